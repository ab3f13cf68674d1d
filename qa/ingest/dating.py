"""Years a document or a piece of text speaks of: the report's own year (from its title or date), the years a
passage names, and "去年"/"今年" read against the report's year. Ingest dates section headings with it
("一、去年工作回顾" of a 2022 report is about 2021); retrieval and the reader match asked years with it.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# A year, not an amount: "2019元", "1998万人", "2010.5亿元" are figures that happen to start like one
YEAR_RE = re.compile(r"(?<![\d.])((?:19|20)\d{2})(?!\d)(?!(?:\.\d+)?\s*(?:[万亿千百十元多余个人名项吨户家件次台套辆所%‰倍米]|公里|平方))")


def doc_year(title: str, date: str = "") -> int:
    """The year a document is about: the first year in its title, else in its date; 0 when none."""
    for text in (title, date):
        m = YEAR_RE.search(unicodedata.normalize("NFKC", text or ""))
        if m:
            return int(m.group(1))
    return 0


@lru_cache(maxsize=16384)  # asked of the same passages and clauses by every question that retrieves them
def passage_years(text: str) -> frozenset[int]:
    """The years a text names, in any digit width."""
    return frozenset(int(y) for y in YEAR_RE.findall(unicodedata.normalize("NFKC", text)))  # "２００８" counts


_LAST_YEAR = re.compile(r"去年|上年|上一年|过去一年|一年来|\blast year\b|\bpast year\b")
_THIS_YEAR = re.compile(r"今年|本年|当年|\bthis year\b")
# a Five-Year Plan period ("“十一五”时期"): the k-th plan (k ≥ 3) covers 1966 + 5(k − 3) … + 4
PLAN_NUMBER = r"(?<![第\d])(十)?([一二三四六七八九])?五"  # "十一五": groups for plan_first_year
_PLAN_PERIOD = re.compile(PLAN_NUMBER + r"[”\"’」]?(?:时期|期间|规划|计划)")
_CN_DIGIT = {c: i for i, c in enumerate("一二三四五六七八九", start=1)}


def plan_first_year(tens: str | None, digit: str | None) -> int:
    """The first year of the Five-Year Plan "十X五" written with ``tens`` (十 or none) and ``digit`` (X or none):
    "十一五" → 2006; 0 for a number that is no plan (k < 3)."""
    return plan_start((_CN_DIGIT[digit] if digit else 0) + (10 if tens else 0))


def plan_start(k: int) -> int:
    """The first year of the k-th Five-Year Plan (the 3rd began in 1966); 0 for k < 3."""
    return 1966 + 5 * (k - 3) if k >= 3 else 0


@lru_cache(maxsize=16384)  # read of the same headings and sentences for every candidate span
def plan_period(text: str) -> frozenset[int]:
    """The years of the Five-Year Plan periods a text names ("“十一五”时期" → 2006–2010), empty when none."""
    out: set[int] = set()
    for m in _PLAN_PERIOD.finditer(text):
        start = plan_first_year(m.group(1), m.group(2))
        if start:
            out.update(range(start, start + 5))
    return frozenset(out)


def time_reference(text: str, dyear: int, periods: bool = True) -> frozenset[int]:
    """The years a clause or sentence speaks of: those it names (or its Five-Year Plan period's, "“十一五”时期",
    unless ``periods`` is False), else "去年" = the document's year − 1 and "今年" = its year (a report of year Y
    says "去年" for Y−1); empty when it does not say."""
    named = passage_years(text) or (plan_period(text) if periods else frozenset())
    if named:
        return named
    if dyear:
        low = unicodedata.normalize("NFKC", text).lower()
        if _LAST_YEAR.search(low):
            return frozenset((dyear - 1,))
        if _THIS_YEAR.search(low):
            return frozenset((dyear,))
    return frozenset()


def part_years(path: tuple[str, ...], dyear: int, periods: bool = True, reviews: bool = True) -> frozenset[int]:
    """The years the part of a report a passage is in speaks of, by its top heading ("一、去年工作回顾" of a 2022
    report: 2021; "一、“十一五”时期…回顾": 2006–2010; "三、加快转变发展方式": none). ``periods=False``: plan
    periods not read (the indexed section text, whose chunker version predates them). A part reviewing "过去五年"
    of a report of year Y speaks of Y−5 to Y−1 and of the year before them, where its changes start (unless
    ``reviews`` is False)."""
    if not path:
        return frozenset()
    when = time_reference(path[0], dyear, periods)
    if not when and periods and reviews and dyear and _PAST_FIVE.search(path[0]):
        return frozenset(range(dyear - 6, dyear))
    return when


_PAST_FIVE = re.compile(r"(?:过去|这|近)五年")
