"""Near misses: the best figure is about something close to what is asked but not it — another region, a sentence
that names none of the focus words or of the two-word name asked, another indicator's clause, the other group of a
pair, the whole or another part where a part of a stated whole is asked. One place that asks each check in turn (the
checks live in their own modules) and says why, or ""."""
from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np

from qa.answer.change_rules import added_for_total, clause_before_figure, real_for_nominal, total_for_added
from qa.answer.counters import amount_for_people, counted_named
from qa.answer.figure_rules import figure_named
from qa.answer.features import Scored
from qa.answer.focus_compounds import compound_absent
from qa.answer.focus_rules import focus_absent, quoted_absent
from qa.answer.group_rules import other_group
from qa.answer.place_rules import region_absent
from qa.answer.question import QuestionInfo
from qa.answer.subject_rules import focus_elsewhere, subject_absent
from qa.answer.topic_rules import around
from qa.answer.whole_parts import part_unnamed, unstated_part_unnamed, whole_not_stated


def near_miss(info: QuestionInfo, c: Scored, df: dict[str, int], corpus_has: Callable[[str], bool]) -> str:
    """Why the figure ``c`` answers something else than the question asks, or ""."""
    text = around(c)
    return ("the figure is one the question states" if figure_named(info, [c])[0] else "") \
        or region_absent(info, c) or quoted_absent(info, text, corpus_has) \
        or (not counted_named(info, c) and focus_absent(info, text, df)) \
        or compound_absent(info, text, corpus_has) or subject_absent(info, text, df) \
        or focus_elsewhere(info, c, df) or ("the figure is of the other group" if other_group(info, c) else "") \
        or part_unnamed(info, c) or unstated_part_unnamed(info, c) or whole_not_stated(info, c) \
        or ("an amount where people are counted" if amount_for_people(info, c.text) else "") \
        or ("what a year added where a total is asked" if added_for_total(info, c) else "") \
        or ("a total reached where what a year added is asked" if total_for_added(info, c) else "") \
        or ("a real change where the nominal one is asked" if real_for_nominal(info, c) else "")


# a figure of the best one's sentence scored within this of it (and among the best ten) answers instead
NEAR_MISS_MARGIN, NEAR_MISS_POOL = 0.2, 10
OFF_TOPIC_MARGIN = 0.1  # ... and of another sentence, when the best one's sentence names nothing asked


def past_near_miss(info: QuestionInfo, cands: list[Scored], masked: np.ndarray, best: int,
                   misses: Callable[[int], str]) -> int:
    """Where the best figure cannot answer (``misses(i)``: why candidate ``i`` misses, or ""), the next best of the
    same sentence (its clauses joined by semicolons) within ``NEAR_MISS_MARGIN`` that can ("财政收入增长多少" ←
    "国内生产总值增长57.3%，年均增长9.5%；财政收入增长1.36倍": 9.5%'s clauses do not name 财政收入, 1.36倍's
    do); ``best`` when none does. Another sentence's figure may be a near miss of its own."""
    if info.qtype != "number" or not misses(best):
        return best
    b = cands[best]
    added = added_instead(cands, masked, best, misses) if total_for_added(info, b) else best
    if added != best:
        return added
    for i in np.argsort(-masked)[1:NEAR_MISS_POOL]:
        c = cands[int(i)]
        if not masked[i] >= masked[best] - NEAR_MISS_MARGIN:
            break
        if c.chunk.chunk_id == b.chunk.chunk_id and _sentence(c) == _sentence(b) and not misses(int(i)):
            return int(i)
    return best


_ADDING = re.compile(r"新增|增加|净增")


def added_instead(cands: list[Scored], masked: np.ndarray, best: int, misses: Callable[[int], str]) -> int:
    """Where the best figure is a level reached and what a year added is asked, the figure whose clause says it was
    added ("清洁能源发电装机达到2.9亿千瓦，比上年增加3356万千瓦"; "为此新增支出140亿元"): of the same sentence among
    the best ten, of another within ``NEAR_MISS_MARGIN``; ``best`` when none is (and the answer is withdrawn)."""
    b = cands[best]
    for i in np.argsort(-masked)[1:NEAR_MISS_POOL]:
        c = cands[int(i)]
        if not np.isfinite(masked[i]):
            break
        same = c.chunk.chunk_id == b.chunk.chunk_id and _sentence(c) == _sentence(b)
        before = clause_before_figure(c)
        if (same or masked[i] >= masked[best] - NEAR_MISS_MARGIN) and before and _ADDING.search(before) \
                and not misses(int(i)):
            return int(i)
    return best


def past_off_topic(info: QuestionInfo, cands: list[Scored], masked: np.ndarray, best: int,
                   off_topic: Callable[[int], bool], misses: Callable[[int], str],
                   margin: float = OFF_TOPIC_MARGIN) -> int:
    """Where the best figure's sentence (and the one before) holds none of the question's words, the next best
    span of its kind within ``margin`` of any passage that holds some and is no near miss ("取消了多少个检查项目" ←
    "取消检查项目40项", not "12个" of a sentence about something else); ``best`` when none is."""
    if info.qtype != "number" or info.english or not off_topic(best):  # (an English question's words are the
        return best  # glossary's guesses: a sentence holding some of them is weaker evidence; tune −2)
    for i in np.argsort(-masked)[1:NEAR_MISS_POOL]:
        if not masked[i] >= masked[best] - margin:
            break
        if cands[int(i)].span.kind == cands[best].span.kind and not off_topic(int(i)) and not misses(int(i)):
            return int(i)
    return best


def _sentence(c: Scored) -> int:
    """Where a candidate's sentence starts, semicolons not ending it."""
    return max(c.chunk.text.rfind(mark, 0, c.span.start) for mark in "。！？!?\n") + 1
