"""Two-word names of what is asked: "铁路营业里程", "居民消费价格" — the question's words right before its question
word, taken two by two. Each word alone is common ("营业", "里程"), so the single-word check
(:func:`qa.answer.focus_rules.focus_absent`) lets "铁路新线投产1433公里" answer "2005年报告里，2004年末全国铁路营业里程
达到多少公里"; the pair, which the corpus writes elsewhere, says what the figure must be of. Only for a question that
names the report it quotes ("2005年政府工作报告里，…"): one asked in the report's own terms, where a pair is its
indicator's name. Asked in a reader's own words ("经济总量", "价格水平" for what the text calls otherwise), a pair says
little (measured on the tune sets: +13 −13 for every question, +11 −0 for those naming their report). A pair the
corpus never writes is a paraphrase's and says nothing. Pure text logic."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from qa.answer.features import norm
from qa.answer.focus_rules import NOT_THING
from qa.answer.question import QuestionInfo, asked_before
from qa.retrieve.years import report_year
from qa.text import tokenize

WINDOW, LAST = 10, 4  # characters before the question word read; tokens of them paired


class CorpusWords:
    """Whether the corpus writes a string anywhere (its chunks normalized once, on first use)."""

    def __init__(self, texts: Sequence[str]) -> None:
        self._texts, self._all = texts, None

    def has(self, word: str) -> bool:
        if self._all is None:
            self._all = "\n".join(norm(t) for t in self._texts)
        return norm(word) in self._all


def compounds(question: str, corpus_has: Callable[[str], bool]) -> list[tuple[str, str]]:
    """Adjacent pairs of two-character-or-longer words right before the question word that the corpus writes."""
    before = asked_before(question)
    if not before:
        return []
    toks = tokenize(before[-WINDOW:])[-LAST:]
    return [(a, b) for a, b in zip(toks, toks[1:]) if len(a) >= 2 and len(b) >= 2
            and not (a in NOT_THING or b in NOT_THING) and not any(ch.isdigit() for ch in a + b)
            and corpus_has(a + b)]


def compound_absent(info: QuestionInfo, around: str, corpus_has: Callable[[str], bool]) -> str:
    """A figure asked of a named report whose sentence (and the one before) writes no pair asked, whole or by both
    words."""
    if info.qtype != "number" or info.english or not report_year(info.text):
        return ""
    pairs = compounds(info.text, corpus_has)
    text = norm(around)
    if pairs and not any(norm(a + b) in text or (norm(a) in text and norm(b) in text) for a, b in pairs):
        return "the figure's sentence does not name the two-word thing asked"
    return ""
