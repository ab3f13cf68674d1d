"""Which report a question means when it names a premier's term or report ("温家宝第二届政府五年里", "朱镕基那届政府
任内", "温家宝最后一份政府工作报告"): readers date by who governed, the reports by year. A government is the
State Council of one National People's Congress: its reports are given at that congress's second to fifth
sessions, and the premier looks back on its five years at the first session of the next (the 2008 report, at the
11th NPC's first session, reviews the 10th's government, 2003-2007). Both are read from the reports' own opening
lines ("——2008年3月5日在第十一届全国人民代表大会第一次会议上", "国务院总理 温家宝"); nothing about any premier is
built in. The question is rewritten to name the report ("据2013年报告，…"), which retrieval and the reader follow.
Pure text logic."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_DIGITS = {d: i for i, d in enumerate("一二三四五六七八九", start=1)}
_SESSION = re.compile(r"第([一二三四五六七八九十]+)届全国人民代表大会第([一二三四五])次会议")
_PREMIER = re.compile(r"总理\W{0,2}([\u4e00-\u9fff]{2,3})(?=\W|$)")
_OPENING = 15  # passages of a report read for its session and premier (a crawled page may put them late)
_TERM_ORDINAL = {"第一": 1, "首": 1, "头": 1, "第二": 2, "第三": 3}
_REPORT_ORDINAL = re.compile(r"[的所]{0,2}(最后|第一|首|头)一?[份次个篇][作做]?的?(?:政府工作)?报告")


@dataclass(frozen=True)
class Government:
    """One premier's State Council: the years of its reports in the corpus, and of the one reviewing its term."""

    premier: str
    npc: int
    reports: tuple[int, ...]
    review: int | None


def governments(openings: Iterable[tuple[int, Iterable[str]]]) -> list[Government]:
    """The governments of a corpus from each report's year and its first passages' texts (reports without a
    session line, or whose premier no report of its government names, are left out)."""
    npc_of: dict[int, tuple[int, int]] = {}  # report year -> (the government's congress, session)
    named: dict[int, str] = {}
    for year, texts in openings:
        for text in list(texts)[:_OPENING]:
            s = _SESSION.search(text)
            if s and year not in npc_of:
                npc, k = _number(s.group(1)), _number(s.group(2))
                npc_of[year] = (npc - 1 if k == 1 else npc, k)
            p = _PREMIER.search(text)
            if p and year not in named:
                named[year] = p.group(1)
    by_gov: dict[int, list[int]] = {}
    for year, (gov, _) in npc_of.items():
        by_gov.setdefault(gov, []).append(year)
    out = []
    for gov, years in sorted(by_gov.items()):
        names = {named[y] for y in years if y in named}
        if len(names) == 1:
            review = next((y for y in years if npc_of[y][1] == 1), None)
            out.append(Government(names.pop(), gov, tuple(sorted(years)), review))
    return out


def _number(cn: str) -> int:
    """"十一" → 11, "二" → 2 (a congress or session number)."""
    if "十" not in cn:
        return _DIGITS.get(cn, 0)
    tens, _, ones = cn.partition("十")
    return (_DIGITS.get(tens, 1) if tens else 1) * 10 + (_DIGITS.get(ones, 0) if ones else 0)


class PremierTerms:
    """Rewrites a question naming a premier's term or first/last report into one naming the report."""

    def __init__(self, govs: list[Government]) -> None:
        self.govs = govs
        names = sorted({g.premier for g in govs}, key=len, reverse=True)
        self._term = re.compile(
            rf"({'|'.join(map(re.escape, names))})(?:总理)?的?(?:政府)?(?:(第一|第二|第三|首|头)(?:届|个任期|任)|这一?届|那一?届)?"
            r"(?:政府)?的?(任期内|任期里|任期|任内|期间|那五年|这五年|五年里|五年间|五年来|五年)?") if names else None

    def rewrite(self, question: str) -> str:
        """``question`` prefixed with the report it means ("据2013年报告，"), or unchanged: when it names a report
        year already, names no premier, or a term that is not one government's."""
        if self._term is None or re.search(r"(?:19|20)\d{2}\s*年", question):
            return question
        m = self._term.search(question)
        if m is None:
            return question
        mine = [g for g in self.govs if g.premier == m.group(1)]
        first_last = _REPORT_ORDINAL.match(question, m.end())
        if first_last:
            years = [y for g in mine for y in g.reports]
            year = max(years) if first_last.group(1) == "最后" else min(years)
            return question[:m.start()] + f"{year}年政府工作报告" + question[first_last.end():]
        ordinal = _TERM_ORDINAL.get(m.group(2) or "", 0)
        if ordinal:
            gov = mine[ordinal - 1] if ordinal <= len(mine) else None
        elif m.group(3) or "届" in m.group(0) or "政府" in m.group(0):
            reviewed = [g for g in mine if g.review]
            gov = reviewed[0] if len(mine) == 1 and reviewed else None  # one government: which is meant is clear
        else:
            gov = None
        return f"据{gov.review}年报告，{question}" if gov and gov.review else question
