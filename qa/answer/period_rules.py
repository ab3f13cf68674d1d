"""A period asked, a period's figure: "how many jobs were created during the 11th Five-Year Plan", "2003到2007年
新增了多少" is answered by a figure the report states for the whole period ("——这五年，…城镇新增就业5771万人"), not
by the last year's figure the same report gives elsewhere ("去年…城镇新增就业1168万人"). The period's years lead the
search to the report that reviews it (:func:`qa.retrieve.years.period_year`); this tells the figures apart.
Pure text logic over candidate spans."""
from __future__ import annotations

import re

import numpy as np

from qa.answer.features import Scored
from qa.answer.question import QuestionInfo
from qa.answer.topic_rules import around
from qa.retrieve.years import plan_named, question_intent, year_range

# words that say a passage or sentence speaks of several years ("这五年", "五年来", "“十一五”期间", "2006—2010年")
_SEVERAL_YEARS = re.compile(r"(?:过去|这|近|最近)?[两二三四五六七八九十]\s*年(?:来|间|里|中|内|累计)|(?:过去|这|近)[两二三四五六七八九十]年|"
                            r"[十]\s*[一二三四五六七八九]?\s*五[”\"’」]?\s*(?:时期|期间|以来)|累计|"
                            r"(?:19|20)\d{2}\s*(?:年)?\s*[-—–~至到]\s*(?:19|20)\d{2}")
# words of several years a plan's targets are set for ("“十二五”", "五年", "2003—2007年", "期间", "年均")
PERIOD = re.compile(r"十[一二三四五六七八九]五|[五三两]年|\d{4}\s*[-—–~至到]\s*\d{4}\s*年|期间|年均|平均")
_ONE_YEAR = re.compile(r"今年|明年|本年度?|当年|(?<![\d-])(?:19|20)\d{2}\s*年(?!\s*[-—–~至到])")
_ASKS_YEARLY = re.compile(r"年均|平均每年|每年|一年|开局|之年|首年|收官|第[一二三四五\d]\s*年|[头前][一二三四两\d]\s*年|\baverage|\bannual|\bper year\b|\beach year\b|\ba year\b", re.I)


def period_asked(info: QuestionInfo) -> bool:
    """Whether a figure question asks an outcome of several years named as a plan or a range of years."""
    return info.qtype == "number" and question_intent(info.text) >= 0 \
        and bool(plan_named(info.text) or year_range(info.text)) and not _ASKS_YEARLY.search(info.text)


def _context(c: Scored) -> str:
    """The figure's sentence and the one before, the passage's first sentence and its section."""
    first = re.split(r"[。！？!?]", c.chunk.text, maxsplit=1)[0]
    return f"{c.chunk.section} {first} {around(c)}"


def one_year_for_period(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """Where a period's outcome is asked, the figures whose sentence, passage opening and section speak of no
    several years (a year's figure), while one that does is left (the rule is applied only while some remain)."""
    out = np.zeros(len(cands), dtype=bool)
    if not period_asked(info):
        return out
    for i, c in enumerate(cands):
        if only is None or only[i]:
            out[i] = not _SEVERAL_YEARS.search(_context(c))
    return out


def year_after_period(c: Scored) -> bool:
    """Whether the figure's sentence names one year after its last words of a period ("五年淘汰落后产能1亿吨，今年
    力争淘汰3000万吨"): the figure is that year's, not the period's."""
    text = c.chunk.text
    before = text[max(text.rfind(e, 0, c.span.start) for e in "。！？!?\n") + 1: c.span.start]
    periods = list(PERIOD.finditer(before))
    return bool(periods) and bool(_ONE_YEAR.search(before, periods[-1].end()))


def year_beside_period(c: Scored, period: Scored) -> bool:
    """Whether ``c`` is the one year's figure its sentence gives after ``period``'s ("“十一五”期间，关停5000万千瓦
    …，今年要关停1000万千瓦"): the period's figure ruled out beside it says nothing of a missing answer."""
    return c.chunk.chunk_id == period.chunk.chunk_id and c.span.sent_start == period.span.sent_start \
        and period.span.end <= c.span.start and year_after_period(c)


def year_for_period_target(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """Where a period's target is asked ("“十一五”期间计划淘汰多少"), a figure its sentence gives one year after the
    period's ("…今年力争淘汰3000万吨")."""
    out = np.zeros(len(cands), dtype=bool)
    if info.qtype != "number" or question_intent(info.text) >= 0 or _ASKS_YEARLY.search(info.text) \
            or not (plan_named(info.text) or year_range(info.text)):
        return out
    for i, c in enumerate(cands):
        if only is None or only[i]:
            out[i] = year_after_period(c)
    return out
