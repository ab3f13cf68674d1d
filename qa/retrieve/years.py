"""Years in questions, passages and documents: "2015年…是多少" is answered by the report that reviews 2015
(a report of year Y reviews Y−1 and plans Y), "2015年的目标" by the report of 2015.

A document's year comes from its title (or header date); a passage's years are the ones it names.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from collections.abc import Iterable, Sequence

from qa.ingest.dating import (PLAN_NUMBER, YEAR_RE, doc_year, passage_years, plan_first_year, plan_start,  # noqa: F401
                             time_reference)

# a year a question names: "2015年", "in 2015", and both ends of a range written without 年 after the first
# ("2003到2007年这五年", "2006至2010这五年": the first alone is no word of its own)
Q_YEAR = re.compile(r"((?:19|20)\d{2})\s*年|\b((?:19|20)\d{2})\b|((?:19|20)\d{2})(?=\s*[-–—~至到]\s*(?:19|20)\d{2})|"
                    r"(?<=[-–—~至到])((?:19|20)\d{2})(?!\d)")


def named_years(text: str) -> tuple[str, ...]:
    """The years a question names, as written, in order (see ``Q_YEAR``)."""
    return tuple(dict.fromkeys(next(g for g in m if g) for m in Q_YEAR.findall(text)))


_RANGE = re.compile(r"((?:19|20)\d{2})\s*年?\s*(?:[-–—~至到]|\bto\b|\bthrough\b|\buntil\b|(?<=between \d{4} )and\b)\s*((?:19|20)\d{2})(?!\d)",
                    re.I)  # "2003到2007年", "from 2003 to 2007", "between 2003 and 2007"


def year_range(question: str) -> tuple[int, int] | None:
    """The period of several years a question names ("2003到2007年", "2006—2010年"), or None."""
    m = _RANGE.search(unicodedata.normalize("NFKC", question))
    if not m or not 2 <= int(m.group(2)) - int(m.group(1)) <= 10:
        return None
    return int(m.group(1)), int(m.group(2))


def question_years(question: str) -> tuple[int, ...]:
    """Years the question names ("2015年…", "in 2015", "2003到2007年")."""
    return tuple(int(y) for y in named_years(unicodedata.normalize("NFKC", question)))


_REPORT_YEAR = re.compile(r"((?:19|20)\d{2})\s*年(?:的|度)?\s*(?:国务院)?\s*(?:政府)?\s*(?:工作)?\s*报告|"
                          r"\b((?:19|20)\d{2})\s+(?:government\s+)?(?:work\s+)?report", re.I)


def report_year(question: str) -> int:
    """The year of the report the question names ("2013年报告中…", "the 2003 government work report"); 0 if none."""
    m = _REPORT_YEAR.search(unicodedata.normalize("NFKC", question))
    return int(m.group(1) or m.group(2)) if m else 0


# A header's full date ("日期: 2015年01月10日", "2015-01-10"): never a bare year, which the title line may name
_HEADER_DATE = re.compile(r"((?:19|20)\d{2})\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}")


def document_years(chunks: Iterable) -> dict[str, int]:
    """Each document's year by its source: the first year in its title, else its header passage's date (a dated
    report whose title names no year: published in January 2015, it reviews 2014 and plans 2015)."""
    out: dict[str, int] = {}
    headers = []
    for c in chunks:
        if not out.get(c.source):
            out[c.source] = doc_year(c.title)
        if c.kind == "header":
            headers.append(c)
    for c in headers:
        m = None if out.get(c.source) else _HEADER_DATE.search(unicodedata.normalize("NFKC", c.text))
        if m:
            out[c.source] = int(m.group(1))
    return out


def year_fit(years: Sequence[int], dyear: int, text: str) -> int:
    """2: the passage names an asked year; 1: its document is of an asked year or the year after (the
    report that plans or reviews it); 0: nothing to tell; -1: it is about other years only."""
    if not years:
        return 0
    named = passage_years(text)
    if named & set(years):
        return 2
    if dyear and any(dyear in (y, y + 1) for y in years):
        return 1
    if dyear or named:
        return -1
    return 0


# A report of year Y plans Y ("今年…目标") and reviews Y−1 ("过去一年…增长了"): what the question asks for decides
# which of the two reports answers it.
PLAN_RE = re.compile(r"目标|计划|预期|拟|力争|安排|打算|规划|要求|将要|定下|\btarget|\bbudgeted\b|\bearmarked\b|"
                     r"\bplan(?!t)|\bgoal|\baim|\bexpect|\bceiling|\bcap\b|"
                     r"\b(?:meant|supposed|intended|scheduled|slated|due) to\b|"
                     r"\b(?:was|were|is|are)\b[^?]{0,60}?\bto (?:increase|rise|grow|reach|fall|drop|decline|be|expand|"
                     r"exceed|cut|reduce)\b")  # "by how much was funding to increase"
# an outcome: a change or result in the past tense ("安排了", "安置了多少"; not a duration, "存在了多少年"), or said to be actual
_OUTCOME = re.compile(r"(?:增长|增加|下降|降低|减少|提高|上涨|上升|涨|降|升|调|达到|完成|实现|安排|新增|突破|超过|投入|"
                      r"支出|用|花)(?:到|至)?了|了\s*(?:多少|几)(?!\s*年)|"
                      # a thing done ("实行了哪些补贴"), not what the report said ("点名了哪些", "归纳了哪几条")
                      r"(?<![为除到说])(?<!提到|点名|归纳|强调|指出|列举|概括|总结|明确|部署|谈到|讲到|写到)了\s*(?:哪|什么)|"
                      r"实际|已经|已有|已达|去年|过去一年|\bwas\b|\bwere\b|\bdid\b|\bachieved|"
                      r"\breached|\bgrew\b|\brose\b|\bfell\b")
_EN_TENSE = {"was", "were", "did"}  # only the tense of the question, not an outcome asked
# a target set, asked in the past tense ("增长目标定成了多少", "目标调低，定为了多少"): still the plan
_TARGET_SET = re.compile(r"(?:目标|预期|计划)[^。？?！!]{0,12}(?:确定|设定|定|设)(?:成|为|在|到)?了?\s*(?:多少|几)")
_EN_PLAN_SET = re.compile(r"\bwill\b|\bwould\b|\bset\b|\bsets\b|\bdraft\b|\bpropos|\boutline\b|\bcalls? for\b|\bcalled for\b|\benvisag")
# compared with the year before's budget ("比上年预算少安排了多少"): this year's budget, a plan
_BUDGET_COMPARED = re.compile(r"比(?:上年|去年|上一年|前一年|(?:19|20)\d{2}\s*年)(?:的|度)?(?:年度)?预算|"
                              r"\b(?:than|compared (?:with|to)|from) (?:the |its )?(?:previous|last|prior|preceding) "
                              r"year'?s budget")  # ("…the previous year's budget": this year's budget, a plan)
# a year's budget ("2011年预算的赤字率", "2015年度中央预算"; not "预算内投资", "中央预算投资": kinds of funds) or a figure "set
# as" ("赤字率定为多少"): what was planned
_YEAR_BUDGET = re.compile(r"(?:19|20)\d{2}\s*年(?:的|度)?(?:中央|全国|国家)?(?:财政)?预算(?!内|外|投资|资金)|(?:定为|定成|定在)\s*(?:多少|几)")
_FROM_YEAR = re.compile(r"(?:19|20)\d{2}\s*年\s*(?:起|开始)(?!的)|"  # (not "2004年开始的清欠工作": work that began then)
                        r"\bfrom (?:19|20)\d{2}\b|\bstarting (?:in )?(?:19|20)\d{2}\b")


@lru_cache(maxsize=4096)  # asked once per candidate span of a question
def question_intent(question: str) -> int:
    """1: the question asks for an outcome (answered by the next year's report), −1: for a target, a plan or
    a change from a year on ("2009年起…", announced by that year's report), 0: it does not say."""
    low = unicodedata.normalize("NFKC", question).lower()
    if _PLAN_NAMED_EN.search(low) and _EN_PLAN_SET.search(low):  # "what growth did the draft 11th FYP set"
        return -1
    low = _PLAN_NAMED_EN.sub(" ", low)  # "during the 11th Five-Year Plan": a period's name, no plan asked
    low = without_programmes(low)
    if _FROM_YEAR.search(low) or _TARGET_SET.search(low) or _BUDGET_COMPARED.search(low) or _YEAR_BUDGET.search(low):
        return -1
    outcome = [m.group(0) for m in _OUTCOME.finditer(low)]
    # "what was the 2012 target", "计划发行的国债比上年少了多少": the tense only, where a plan is named
    weak = all(o in _EN_TENSE or o.startswith("了") for o in outcome)
    if outcome and not (PLAN_RE.search(low) and weak):
        return 1
    return -1 if PLAN_RE.search(low) else 0


def from_year_on(question: str) -> bool:
    """A change from a year on asked with no plan word ("2008年起…每人每年多少钱", "starting in 1998, how much…"):
    its year's report announces it, the next one's review says it too (a target reading must not rule that out)."""
    low = without_programmes(unicodedata.normalize("NFKC", question).lower())
    return bool(_FROM_YEAR.search(low)) and not PLAN_RE.search(low)


# a Five-Year Plan a question names: "“十三五”…", "十三五规划", "the 13th Five-Year Plan"
_PLAN_NAMED = re.compile(PLAN_NUMBER + r"(?=[”\"’」]|\s*(?:时期|期间|规划|计划|纲要))")
_PLAN_NAMED_EN = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\s+five[- ]year\s+(?:plan|period|targets?|goals?)|"
                            r"\b(tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth)\s+five[- ]year\s+"
                            r"(?:plan|period|targets?|goals?)", re.I)
# a programme named by its sum or in quotes ("4万亿元投资计划", "“星火计划”"): a noun, not a plan asked
_PROGRAMME = re.compile(r"\d[\d.]*\s*[万亿]*元的?[\u4e00-\u9fff]{0,4}计划|[“\"「][^”\"」]{1,12}计划[”\"」]")


def without_programmes(text: str) -> str:
    """``text`` without the programmes it names ("4万亿元投资计划的…占多大比例"): a name, not a plan asked."""
    return _PROGRAMME.sub(" ", text)


_REVIEW = re.compile(r"回顾|完成|累计|实际|\breview|\bfulfil|\bachiev|\bmet\b|\bmissed\b", re.I)
_EN_ORDINAL = {"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15}


def plan_named(question: str) -> int:
    """The first year of the Five-Year Plan the question names (“十三五” → 2016), 0 if none or several."""
    text = unicodedata.normalize("NFKC", question)
    starts = {plan_first_year(m.group(1), m.group(2)) for m in _PLAN_NAMED.finditer(text)}
    for m in _PLAN_NAMED_EN.finditer(text):
        k = int(m.group(1)) if m.group(1) else _EN_ORDINAL[m.group(2).lower()]
        starts.add(plan_start(k))
    starts.discard(0)
    return starts.pop() if len(starts) == 1 else 0


# a year a figure is compared with ("比2004年多了多少", "与2012年相比", "than in 2009"): not the year asked about
_BASE_YEAR = re.compile(r"(?:比|较)\s*((?:19|20)\d{2})\s*年|(?:与|同|和|跟)\s*((?:19|20)\d{2})\s*年[^，,。？?]{0,8}?相比|"
                        r"\b(?:than|compared (?:with|to)|relative to)\s+(?:(?:that of|the level of|in)\s+)?((?:19|20)\d{2})\b"
                        r"(?!\s*[-–—~至到]\s*\d)", re.I)


def compared_years(question: str) -> set[int]:
    """Years the question compares with ("2005年财政收入比2004年多了多少" → {2004})."""
    return {int(next(g for g in m.groups() if g)) for m in _BASE_YEAR.finditer(unicodedata.normalize("NFKC", question))}


def period_year(question: str, intent: int) -> int:
    """The year that stands for a period of several years the question asks about ("2003到2007年新增了多少", or a
    whole plan's span written as years): the last, which the next report reviews, or for a target (``intent`` −1,
    :func:`question_intent`) the first, whose report plans it; 0 when no such period is named (years inside a plan
    named with them, "“十三五”头三年(2016—2018年)", are asked as they are)."""
    period, start = year_range(question), plan_named(question)
    if not period or (start and period != (start, start + 4)):
        return 0
    # only a Five-Year Plan's span (2006—2010年) is planned ahead; another ("2003到2007年", a government's term)
    # is only looked back on, whatever the verb ("国家安排专项资金帮多少所学校…")
    plan_span = period[1] - period[0] == 4 and (period[0] - plan_start(3)) % 5 == 0
    return period[0] if intent < 0 and plan_span else period[1]


# the first years of a plan ("“十一五”前四年", "头三年")
_FIRST_YEARS = re.compile(r"[头前]\s*([一二三四两1-4])\s*年")
_FIRST_N = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def asked_years(question: str) -> tuple[tuple[int, ...], int]:
    """The years whose reports answer the question and its :func:`question_intent`. A Five-Year Plan's targets
    are set out by the report of its first year and its outcome reviewed by the report after its last, when the
    question names no year or only the plan's last one ("“十三五”打算到2020年…" is the 2016 report's): a target asked →
    the first year, planned; an outcome → the last year, reviewed; neither said (or a plan's targets looked back
    on: "回顾“十三五”，哪些目标没有完成") → both."""
    years, intent = question_years(question), question_intent(question)
    base = compared_years(question)
    if any(y not in base for y in years):  # the year compared with is reviewed beside the asked one
        years = tuple(y for y in years if y not in base)
    period = period_year(question, intent)
    if period:  # its first year: a plan's span planned ahead; its last: looked back on
        return (period,), -1 if period == year_range(question)[0] else 1
    start = plan_named(question)
    if not start or any(y != start + 4 for y in years):  # other years named: "“十三五”头三年(2016—2018年)"
        return years, intent
    first = _FIRST_YEARS.search(question)
    if first and not years:  # "“十一五”前四年…累计下降了多少": 2006—2009, looked back on by the next report
        n = _FIRST_N[first.group(1)]
        return (start + n - 1,), intent if intent < 0 else 1
    if intent > 0:
        return (start + 4,), 1
    if intent < 0 and not _REVIEW.search(question):
        return (start,), -1
    return (start, start + 4), 0


def prefer_years(items: Iterable, years: Sequence[int], key, report: int = 0, intent: int = 0) -> list:
    """Items whose passage/document fits the asked years first (stable), when any fits; else unchanged.
    When the question names a report ("2013年报告中…") and it is among the items, its passages come first;
    with an ``intent`` (:func:`question_intent`), the fitting passages of the report that plans (−1) or
    reviews (1) the one asked year come before the other fitting ones.

    ``key(item)`` returns (document year, passage text)."""
    items = list(items)
    if not years:
        return items
    keys = [key(it) for it in items]
    fits = [year_fit(years, *k) for k in keys]
    named = [bool(report) and k[0] == report for k in keys]
    if max(fits, default=0) <= 0 and not any(named):
        return items
    # one year asked, for a target or an outcome: among the fitting passages, the report that states it first
    want = (years[0] + (1 if intent > 0 else 0)) if intent and len(years) == 1 else None
    order = sorted(range(len(items)), key=lambda i: (not named[i], 0 if fits[i] > 0 else (1 if fits[i] == 0 else 2),
                                                     want is not None and keys[i][0] != want, i))
    return [items[i] for i in order]
