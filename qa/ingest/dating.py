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


def time_reference(text: str, dyear: int) -> frozenset[int]:
    """The years a clause or sentence speaks of: those it names, else "去年" = the document's year − 1 and
    "今年" = its year (a report of year Y says "去年" for Y−1); empty when it does not say."""
    named = passage_years(text)
    if named:
        return named
    if dyear:
        low = unicodedata.normalize("NFKC", text).lower()
        if _LAST_YEAR.search(low):
            return frozenset((dyear - 1,))
        if _THIS_YEAR.search(low):
            return frozenset((dyear,))
    return frozenset()


def part_years(path: tuple[str, ...], dyear: int) -> frozenset[int]:
    """The years the part of a report a passage is in speaks of, by its top heading ("一、去年工作回顾" of a 2022
    report: 2021; "三、加快转变发展方式": none)."""
    return time_reference(path[0], dyear) if path else frozenset()
