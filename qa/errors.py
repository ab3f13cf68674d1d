"""Typed exceptions: API callers catch these; the CLI and app turn them into one-line messages."""
from __future__ import annotations


class QAError(Exception):
    """Base class for every error report-qa raises on purpose (never a bug)."""


class InvalidQuestionError(QAError, ValueError):
    """The question is not text, empty, has no words, or is too long."""


class InvalidCollectionError(QAError, ValueError):
    """A collection name that is not a plain folder name (letters, digits, '-', '_'; at most 64)."""


class CorpusError(QAError):
    """The corpus folder is missing, empty, or holds a file that cannot be read."""


class IndexError_(QAError):
    """Base for problems with the on-disk index (named with _ to keep builtins.IndexError usable)."""


class CorruptIndexError(IndexError_):
    """The index directory exists but cannot be read (damaged manifest or Chroma files)."""


class IndexBusyError(IndexError_):
    """Another process is building this collection and the caller chose not to wait for it."""


class IndexPermissionError(IndexError_):
    """The index folder cannot be written (read-only disk or wrong owner); reading still works."""


class EmbedderMismatchError(IndexError_):
    """The index was built with another embedder and rebuilding was not allowed."""


class EmbedderError(QAError):
    """The embedding backend could not be loaded (unknown spec, missing model folder)."""


class StoreUnavailableError(QAError):
    """A Chroma server is down or unreachable."""
