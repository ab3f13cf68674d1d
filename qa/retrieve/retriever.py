"""The hybrid retriever as a LangChain ``BaseRetriever``, so any chain or agent can embed it."""
from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict, field_validator

from qa.config import MAX_K
from qa.retrieve.search import MODES, Hit
from qa.validation import validate_question


def hit_to_document(hit: Hit) -> Document:
    meta: dict[str, Any] = {**hit.chunk.metadata(), "score": round(hit.score, 6)}
    if hit.dense_sim is not None:
        meta["dense_similarity"] = round(hit.dense_sim, 6)
    meta["bm25"] = round(hit.bm25, 6)
    return Document(page_content=hit.chunk.text, metadata=meta, id=hit.chunk.chunk_id)


class ReportRetriever(BaseRetriever):
    """Dense + BM25 retrieval fused by reciprocal rank; Documents carry source, section, chunk_id,
    start, end and score metadata.

    Usage::

        retriever = ReportQA.open().as_retriever(k=4)            # or mode="dense" / "bm25"
        docs = retriever.invoke("2014年专利授权量是多少?")
        docs[0].metadata["section"], docs[0].metadata["start"]
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    searcher: Any
    k: int = 4
    mode: str = "hybrid"

    @field_validator("k")
    @classmethod
    def _check_k(cls, v: int) -> int:
        if v <= 0 or v > MAX_K:
            raise ValueError(f"k must be between 1 and {MAX_K}")
        return v

    @field_validator("mode")
    @classmethod
    def _check_mode(cls, v: str) -> str:
        if v not in MODES:
            raise ValueError(f"mode must be one of {', '.join(MODES)}")
        return v

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        # The same checks and normalisation as ReportQA.ask: empty, word-less, over-long or non-text queries
        # raise InvalidQuestionError instead of returning arbitrary passages (or running for minutes).
        result = self.searcher.search(validate_question(query), k=self.k, mode=self.mode)
        return [hit_to_document(h) for h in result.hits[: self.k]]
