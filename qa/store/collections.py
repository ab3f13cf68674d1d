"""Collections: several independent indexes side by side under one index folder (one per corpus)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from qa.store.chroma import ChromaBackend
from qa.errors import QAError
from qa.store.generations import IndexStore


def list_collections(index_dir: str | Path) -> list[dict[str, Any]]:
    """Every collection with a live generation: name, documents, chunks, embedder, Chroma mode."""
    rows = []
    root = Path(index_dir)
    if not root.is_dir():
        return rows
    for d in sorted(p for p in root.iterdir() if p.is_dir() and (p / "CURRENT").exists()):
        try:
            gen = d / (d / "CURRENT").read_text(encoding="utf-8").strip()
            m = json.loads((gen / "manifest.json").read_text(encoding="utf-8"))
            rows.append({"collection": d.name, "documents": len(m.get("documents", {})), "chunks": m.get("chunks", 0),
                         "embedder": m.get("embedder", "?"), "chroma": m.get("chroma_mode", "embedded"),
                         "built_at": m.get("built_at", "")})
        except (OSError, ValueError):
            rows.append({"collection": d.name, "documents": 0, "chunks": 0, "embedder": "damaged", "chroma": "?",
                         "built_at": ""})
    return rows


def delete_collection(index_dir: str | Path, name: str, chroma: ChromaBackend) -> None:
    store = IndexStore(index_dir, name, chroma)
    if not store.root.is_dir():
        raise QAError(f"no collection named {name!r} in {index_dir}")
    store.delete()
