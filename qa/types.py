"""Result dataclasses shared by the engine, CLI, app and evaluation."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Citation:
    """One cited passage: the whole chunk text plus the span inside it that supports the answer.

    ``start``/``end`` are character offsets of ``text`` in the cleaned document ``source``;
    ``quote_start``/``quote_end`` are offsets of ``quote`` inside ``text`` (so the UI can highlight it).
    """

    n: int
    text: str
    quote: str
    section: str
    source: str
    chunk_id: str
    start: int
    end: int
    score: float
    quote_start: int = 0
    quote_end: int = 0
    title: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Answer:
    """What ``ReportQA.ask`` returns.

    ``citations`` support ``answer`` (empty when ``abstained``); ``related`` holds the closest passages
    so a user can still read around an abstention. ``retrieval`` says how passages were found: the mode
    asked for, or "bm25-only" while vectors are still being embedded (``vectors`` = done/total chunks) or
    when the vector store is unreachable (``warning`` says why).
    """

    question: str
    answer: str
    abstained: bool
    citations: list[Citation] = field(default_factory=list)
    related: list[Citation] = field(default_factory=list)
    qtype: str = "fact"
    confidence: float = 0.0
    resolved_question: str = ""
    timings_ms: dict[str, float] = field(default_factory=dict)
    retrieval: str = "hybrid"
    vectors: dict[str, int] | None = None
    warning: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answer": self.answer,
            "abstained": self.abstained,
            "citations": [c.to_dict() for c in self.citations],
            "related": [c.to_dict() for c in self.related],
            "qtype": self.qtype,
            "confidence": round(self.confidence, 4),
            "resolved_question": self.resolved_question or self.question,
            "retrieval": self.retrieval,
            **({"vectors": dict(self.vectors)} if self.vectors else {}),
            **({"warning": self.warning} if self.warning else {}),
        }
