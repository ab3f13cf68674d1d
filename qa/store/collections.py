"""Collections: several independent indexes side by side under one index folder (one per corpus)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from qa.config import COLLECTION_NAME
from qa.store.chroma import ChromaBackend
from qa.errors import QAError
from qa.store.generations import IndexStore


def is_collection_dir(path: Path) -> bool:
    """A real collection folder: a valid name, not a symlink, holding CURRENT or a generation."""
    return (
        COLLECTION_NAME.fullmatch(path.name) is not None
        and path.is_dir() and not path.is_symlink()
        and ((path / "CURRENT").is_file() or any(p.is_dir() for p in path.glob("gen-*")))
    )


def list_collections(index_dir: str | Path) -> list[dict[str, Any]]:
    """Every collection with a live generation: name, documents, chunks, skipped files, embedder, Chroma mode."""
    rows = []
    root = Path(index_dir)
    if not root.is_dir():
        return rows
    for d in sorted(p for p in root.iterdir() if is_collection_dir(p) and (p / "CURRENT").exists()):
        try:
            gen = d / (d / "CURRENT").read_text(encoding="utf-8").strip()
            m = json.loads((gen / "manifest.json").read_text(encoding="utf-8"))
            skipped = m.get("skipped", {}) or {}
            rows.append({"collection": d.name, "documents": len(m.get("documents", {})), "chunks": m.get("chunks", 0),
                         "embedder": m.get("embedder", "?"), "chroma": m.get("chroma_mode", "embedded"),
                         "built_at": m.get("built_at", ""),
                         "skipped": {n: s.get("reason", "") for n, s in sorted(skipped.items())}})
        except (OSError, ValueError, AttributeError) as exc:
            state = "unreadable (permission denied)" if isinstance(exc, PermissionError) else "damaged"
            rows.append({"collection": d.name, "documents": 0, "chunks": 0, "embedder": state, "chroma": "?",
                         "built_at": "", "skipped": {}})
    return rows


def delete_collection(index_dir: str | Path, name: str, chroma: ChromaBackend) -> None:
    """Remove one collection. Only ever a real collection folder inside ``index_dir`` (validated name, no
    symlink, holds an index): anything else raises and nothing is deleted."""
    store = IndexStore(index_dir, name, chroma)  # raises InvalidCollectionError for names that are paths
    if not is_collection_dir(store.root):
        raise QAError(f"no collection named {name!r} in {index_dir}")
    store.delete()
