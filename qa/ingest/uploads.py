"""Put an uploaded file into the corpus without ever overwriting one that is there.

Two users may upload ``notes.txt`` at the same moment, or a second ``notes.txt`` may differ from the first:
both are kept. The file is copied to a hidden temporary name first (hidden files are not part of the
corpus) and then hard-linked to its final name, which fails instead of replacing when the name is taken —
so a concurrent build never sees half a file and no name is ever claimed twice.
"""
from __future__ import annotations

import hashlib
import logging
import os
import shutil
import uuid
from pathlib import Path

from qa.errors import CorpusError

logger = logging.getLogger(__name__)

_HASH_CHARS = 8


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def candidate_names(name: str, digest: str) -> list[str]:
    """``notes.txt``, then ``notes-<8 hex>.txt``, then longer suffixes (a hash prefix collision)."""
    stem, suffix = os.path.splitext(name)
    return [name] + [f"{stem}-{digest[:n]}{suffix}" for n in (_HASH_CHARS, 16, 64)]


def store_upload(src: Path, dest: Path) -> Path | None:
    """Copy ``src`` into ``dest`` under a free name; returns the new file, or None when ``dest`` already holds
    the same content under one of its candidate names (nothing to add)."""
    digest = file_sha256(src)
    tmp = dest / f".upload-{uuid.uuid4().hex}{src.suffix}"
    shutil.copyfile(src, tmp)
    try:
        for name in candidate_names(src.name, digest):
            target = dest / name
            try:
                os.link(tmp, target)  # atomic; raises FileExistsError instead of replacing
            except FileExistsError:
                try:
                    if target.is_file() and file_sha256(target) == digest:
                        logger.info("%s: same content already in the corpus as %s", src.name, target.name)
                        return None
                except OSError:
                    pass
                continue
            except OSError:  # a file system without hard links: exclusive create, then copy
                try:
                    with target.open("xb") as out, tmp.open("rb") as fh:
                        shutil.copyfileobj(fh, out)
                except FileExistsError:
                    continue
            if name != src.name:
                logger.info("%s: name taken by other content; stored as %s", src.name, name)
            return target
        raise CorpusError(f"{src.name}: no free name in {dest}")
    finally:
        tmp.unlink(missing_ok=True)
