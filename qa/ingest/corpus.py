"""Corpus discovery: every supported file under a folder (recursively), read, cleaned and hashed."""
from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path

from qa.errors import CorpusError
from qa.ingest.cleaning import CleanDocument, clean_document
from qa.ingest.loaders import SUPPORTED_SUFFIXES, load_document

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class CorpusFile:
    """A file of the corpus: ``name`` is its path relative to the corpus folder (the citation's source)."""

    path: Path
    name: str
    sha256: str


def _sha256(path: Path) -> str:
    """Content hash; an unreadable file (permissions, vanished) gets a marker so it is skipped, not fatal."""
    h = hashlib.sha256()
    try:
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
    except OSError as exc:
        logger.warning("cannot read %s: %s", path, exc.strerror)
        return f"unreadable:{exc.strerror}"
    return h.hexdigest()


def list_corpus(corpus: str | Path) -> list[CorpusFile]:
    """All supported files under ``corpus``, sorted by name, with content hashes (hidden files skipped)."""
    root = Path(corpus)
    if not root.exists():
        raise CorpusError(f"corpus folder not found: {root}")
    if root.is_file():
        files = [root]
        root = root.parent
    else:
        files = sorted(
            p for p in root.rglob("*")
            if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
            and not any(part.startswith(".") for part in p.relative_to(root).parts)
        )
    if not files:
        raise CorpusError(f"no readable documents in {root} (looked for {', '.join(SUPPORTED_SUFFIXES)})")
    return [CorpusFile(p, p.relative_to(root).as_posix(), _sha256(p)) for p in files]


def read_document(file: CorpusFile, max_bytes: int = 20 * 1024 * 1024) -> tuple[CleanDocument, str]:
    """Load and clean one file; returns the document and its format. Raises CorpusError naming the file."""
    loaded = load_document(file.path, max_bytes=max_bytes)
    doc = clean_document(loaded.text, file.name)
    if not doc.title and loaded.title:
        doc = CleanDocument(**{**doc.__dict__, "title": loaded.title})
    if not doc.text.strip():
        raise CorpusError(f"{file.name}: no text left after cleaning")
    return doc, loaded.format
