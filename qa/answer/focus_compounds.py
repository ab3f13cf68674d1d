"""Two-word names of what is asked: "铁路营业里程", "居民消费价格" — the question's words right before its question
word, taken two by two. Each word alone is common ("营业", "里程"), so the single-word check
(:func:`qa.answer.focus_rules.focus_absent`) lets "铁路新线投产1433公里" answer "2005年报告里，2004年末全国铁路营业里程
达到多少公里"; the pair, which the corpus writes elsewhere, says what the figure must be of. Only for a question that
names the report it quotes ("2005年政府工作报告里，…"): one asked in the report's own terms, where a pair is its
indicator's name. Asked in a reader's own words ("经济总量", "价格水平" for what the text calls otherwise), a pair says
little (measured on the tune sets: +13 −13 for every question, +11 −0 for those naming their report). A pair the
corpus never writes is a paraphrase's and says nothing. Pure text logic."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from qa.answer.features import norm
from qa.answer.focus_rules import MEASURE_PARTS, NOT_THING
from qa.answer.question import QuestionInfo, asked_before
from qa.answer.spans import UNITS
from qa.retrieve.years import report_year
from qa.text import tokenize

WINDOW, LAST = 10, 4  # characters before the question word read; tokens of them paired
# a word of time or rate says when or how often, not what ("过去五年一共转移了多少农村人口": 过去·五年 is no thing)
_WHEN = re.compile(r"^(?:过去|近|今后|未来|前|后|每|头)?[一二三四五六七八九十两几多数\d]*年(?:来|间|内|中)?$|^(?:过去|平均|年均|"
                   r"每年|每月|每天|以来|近年|今后|未来|同期)$")


class CorpusWords:
    """Whether the corpus writes a string anywhere (its chunks normalized once, on first use)."""

    def __init__(self, texts: Sequence[str]) -> None:
        self._texts, self._all = texts, None

    def has(self, word: str, times: int = 1) -> bool:
        """Whether the corpus writes ``word`` at least ``times`` times."""
        if self._all is None:
            self._all = "\n".join(norm(t) for t in self._texts)
        w = norm(word)
        return w in self._all if times <= 1 else self._all.count(w) >= times


def compounds(question: str, corpus_has: Callable[[str], bool]) -> list[tuple[str, str]]:
    """Adjacent pairs of two-character-or-longer words right before the question word that the corpus writes."""
    before = asked_before(question)
    if not before:
        return []
    toks = tokenize(before[-WINDOW:])[-LAST:]
    # (written together in the question: "回顾的五年" is no pair; nor a measure's word, "支出总额": 支出 is the thing)
    return [(a, b) for a, b in zip(toks, toks[1:]) if len(a) >= 2 and len(b) >= 2
            and not (a in NOT_THING or b in NOT_THING or b in MEASURE_PARTS) and not any(ch.isdigit() for ch in a + b)
            and not (_WHEN.match(a) or _WHEN.match(b))
            and a + b in before and corpus_has(a + b)]


def counted_compound(question: str, corpus_has: Callable[[str], bool]) -> tuple[str, str] | None:
    """The two-word name right after "多少<unit>", ending the question, that the corpus writes whole ("多少公里高速铁路?"
    → 高速, 铁路): what is counted, named after the measure (not "多少个产业升级、技术改造项目": a list's first item)."""
    m = _AFTER_MEASURE.search(question)
    if not m:
        return None
    toks = tokenize(m.group(1))[:2]
    if len(toks) == 2 and all(len(t) >= 2 and t not in NOT_THING for t in toks) \
            and m.group(1) == toks[0] + toks[1] and corpus_has(toks[0] + toks[1]):
        return toks[0], toks[1]
    return None


_AFTER_MEASURE = re.compile(r"(?:多少|几)(?:" + UNITS + r")的?([\u4e00-\u9fff]{4,8})(?=[？?。，,！!]|$)")


def compound_absent(info: QuestionInfo, around: str, corpus_has: Callable[[str], bool]) -> str:
    """A figure asked of a named report whose sentence (and the one before) writes no pair asked, whole or by both
    words; of any question, one whose sentence does not write the two-word thing counted after its measure whole
    ("多少公里高速铁路" ← "高速公路2.8万公里…铁路营运里程": another thing)."""
    if info.qtype != "number" or info.english:
        return ""
    text = norm(around)
    counted = counted_compound(info.text, corpus_has)
    if counted and norm(counted[0] + counted[1]) not in text:
        return "the figure's sentence does not name the thing counted"
    if not report_year(info.text):
        return ""
    pairs = compounds(info.text, corpus_has)
    if pairs and not any(norm(a + b) in text or (norm(a) in text and norm(b) in text) for a, b in pairs):
        return "the figure's sentence does not name the two-word thing asked"
    return ""
