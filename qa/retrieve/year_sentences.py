"""Passages with one sentence that writes the asked year beside most of the question's words.

A report often sums a year up in one sentence at the end of a paragraph about something else ("…金融体系运行
稳健。2030年，…地区生产总值增长6.4%，城镇新增就业53万人。"): BM25's length normalisation and the passage's
vector, both about the paragraph's first topic, rank it far below the year's targets. When a question names
one year, such a passage of the report that plans or the one that reviews it is lifted into the passages read.
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from qa.ingest.chunking import Chunk
from qa.ingest.dating import part_years
from qa.text import sentence_spans

MIN_SHARE = 0.75  # of the question's words (IDF-weighted) that the year's sentence must hold
TOP = 2  # passages lifted at most
LIFT_AT = 3  # ... to this position: the best hits of the fusion stay first
_GENERIC = frozenset(("我国", "中国", "全国", "国家", "中央", "政府", "实现", "达到", "取得", "增长", "增加", "提高"))
_THIS_YEAR = ("今年",)  # how a report names its own year, and the year before
_LAST_YEAR = ("去年", "过去一年")
_YEAR = re.compile(r"(\d{4})年")
_OTHER_YEAR = re.compile(r"\d{4}年|今年|去年|明年|过去")


class YearSentences:
    """Finds, per asked year, the passages of that year's reports whose sentence names it with the question's
    words. NFKC text is kept per passage on first use (reports write "２０１２年" too)."""

    def __init__(self, chunks: Sequence[Chunk], doc_years: Sequence[int], df: Mapping[str, int]) -> None:
        self.chunks = chunks
        self.doc_years = doc_years
        self.df = df
        self._norm: dict[int, str] = {}
        self._part: dict[int, frozenset[int]] = {}  # the years of the part each passage stands in (on first use)
        self._spans: dict[int, list[tuple[int, int]]] = {}  # and its sentences

    def _text(self, i: int) -> str:
        t = self._norm.get(i)
        if t is None:
            t = self._norm[i] = unicodedata.normalize("NFKC", self.chunks[i].text)
        return t

    def _sentences(self, i: int) -> list[tuple[int, int]]:
        s = self._spans.get(i)
        if s is None:
            s = self._spans[i] = list(sentence_spans(self._text(i)))
        return s

    def find(self, year: int, tokens: Sequence[str], groups: Sequence[Sequence[str]] = (),
             intent: int = 0) -> list[int]:
        """Indices of the passages (best first, at most :data:`TOP`) in the reports of ``year`` and ``year``+1
        with a sentence that writes "{year}年" (or stands in a part about that year alone) and at least
        :data:`MIN_SHARE` of ``tokens``' IDF weight. An English question gives ``groups`` instead: the Chinese
        renderings of each of its words, one of which counts. Ties go to the report that ``intent`` asks for (> 0
        an outcome, reviewed; < 0 a target, planned), then to a sentence naming no other year."""
        n = len(self.chunks)

        def idf(w: str) -> float:
            return math.log((n + 1) / (self.df.get(w, 0) + 0.5))

        if groups:  # a word's weight is its commonest rendering's: "achieve" (实现|达到|取得) counts little
            # (and words any report's sentence may hold, "China" → 我国, "achieve" → 实现, say nothing of the year's)
            alts = [tuple(t for t in g if len(t) >= 2 and t not in _GENERIC) for g in groups]
            alts = [g for g in dict.fromkeys(alts) if g]
            weight = {g: min(idf(t) for t in g) for g in alts}
        else:
            words = [t for t in dict.fromkeys(tokens) if len(t) >= 2 and not t.isdigit()]
            weight = {(w,): idf(w) for w in words}
        if not weight:
            return []
        total = sum(weight.values())
        found: list[tuple[float, bool, bool, int]] = []
        for i, dy in enumerate(self.doc_years):
            if dy not in (year, year + 1):
                continue
            # the year as written, or as the report says it: "今年" in its own report, "去年" in the next one's
            marks = (f"{year}年",) + (_THIS_YEAR if dy == year else _LAST_YEAR)
            text = self._text(i)
            part = self._part.get(i)
            if part is None:
                part = self._part[i] = part_years(self.chunks[i].path, dy, periods=False, reviews=False)
            if part == {year}:
                marks = ("",)  # a part about that year alone ("一、2014年工作回顾"): each of its sentences names it
            elif not any(m in text for m in marks):
                continue
            held = {g: v for g, v in weight.items() if any(w in text for w in g)}
            if sum(held.values()) < MIN_SHARE * total:  # (no sentence can hold more than its passage)
                continue
            best = max(((sum(v for g, v in held.items() if any(w in text[a:b] for w in g)) / total,
                         not _years_besides(text[a:b], year))
                        for a, b in _marked(text, self._sentences(i), marks)), default=(0.0, False))
            if best[0] >= MIN_SHARE:  # ties: the report that reviews an outcome asked or plans a target asked
                fits = intent > 0 and dy == year + 1 or intent < 0 and dy == year
                found.append((best[0], fits, best[1], i))
        found.sort(key=lambda f: (-f[0], not f[1], not f[2]))
        return [f[-1] for f in found[:TOP]]


def _marked(text: str, spans: Sequence[tuple[int, int]], marks: Sequence[str]) -> list[tuple[int, int]]:
    """The sentences that name the year, each with the next one when it recalls the last year and the next names no
    year of its own: a review's opening sentence ("过去一年，我们的各项工作取得了很大成绩。") dates the figures of
    the sentence after it."""
    out = []
    for j, (a, b) in enumerate(spans):
        if not any(m in text[a:b] for m in marks):
            continue
        out.append((a, b))
        if j + 1 < len(spans) and any(m in text[a:b] for m in _LAST_YEAR):  # (not "2030年，…": a statement of its own)
            c, d = spans[j + 1]
            if not _OTHER_YEAR.search(text[c:d]):
                out.append((a, d))
    return out


def _years_besides(sentence: str, year: int) -> bool:
    return any(int(y) != year for y in _YEAR.findall(sentence))


def lift(hits: list, chunk_ids: Sequence[str], make: Callable[[str], Any], at: int = LIFT_AT) -> list:
    """``hits`` with the passages ``chunk_ids`` names moved up to position ``at`` (or added there, in their order,
    when the search had not found them: ``make(chunk_id)`` builds their hit), the rest in their order."""
    have = {h.chunk.chunk_id: r for r, h in enumerate(hits)}
    moved = [h for h in hits if h.chunk.chunk_id in chunk_ids and have[h.chunk.chunk_id] >= at]
    added = [make(cid) for cid in chunk_ids if cid not in have]
    if not moved and not added:
        return hits
    ids = {h.chunk.chunk_id for h in moved}
    rest = [h for h in hits if h.chunk.chunk_id not in ids]
    return rest[:at] + moved + added + rest[at:]
