"""Which figures a question rules out, whatever the ranker thinks: targets where an outcome is asked and the
reverse, another year's plan, a figure in a part of a report about another year, the base of a rate ("每50公斤"),
a count of another thing, an average or total of several years (changes and levels: ``qa.answer.change_rules``). Pure text logic
over candidate spans (``Scored``)."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

import numpy as np

from qa.answer.counters import counts_other, share_for_count
from qa.answer.features import AVERAGE_RE, Scored
from qa.answer.figure_runs import run_start
from qa.answer.group_rules import contrary_measure
from qa.answer.period_rules import PERIOD as _PERIOD
from qa.answer.period_rules import year_after_period
from qa.answer.question import ADJUST_WORDS, QuestionInfo
from qa.answer.spans import NUMBER, QTY_RE
from qa.answer.stated_figures import question_numbers
from qa.ingest.dating import part_years, passage_years
from qa.retrieve.glossary import english_to_chinese_terms
from qa.retrieve.years import (PLAN_RE, compared_years, from_year_on, period_year, plan_named, question_intent,
                              report_year, time_reference, without_programmes, year_range)

# A figure hedged as a target ("5%左右", "控制在3.5%以内"): what a plan sets, not what a year turned out to be
_HEDGED = re.compile(r"\d[^\d，,。；;]{0,4}(?:左右|以内|以上)")
_ASKS_PLAN = re.compile(PLAN_RE.pattern + r"|\bto be\b|\bwill\b|\bshould\b")
_PER = re.compile(r"每\s*$|\bper\s*$")  # right before a figure: it is the base of a rate ("每50公斤")
_PLAN_WORDS = re.compile(PLAN_RE.pattern + r"|预计|控制|提出|今年|明年|\bthis year\b")
_TARGET_WORDS = re.compile(r"目标|预期|拟|计划|安排|\btarget")  # a figure the text plans
_GOAL_WORDS = re.compile(r"目标|预期")  # ... as a goal of the year (not a sum it arranges: "安排…亿元")
_AVERAGE_BEFORE = re.compile(r"(?:年均|年平均|平均每年|每年平均)(?:增长|增加|提高|下降|减少|上涨|[\u4e00-\u9fff]{1,4}?)?(?:了|为|达到)?\s*$")
_SEVERAL_YEARS = re.compile(r"(?:[两二三四五六七八九十\d]|几)\s*年(?:来|间|里)?\s*(?:累计|合计|共计|总共)")
# a clause that opens on a span of years ("五年全国新增城镇就业5100万人", "过去五年间…"): a total of the span
_YEARS_OPEN = re.compile(r"\s*(?:——)?(?:过去|这|近|最近)?[两二三四五六七八九十]\s*年(?:来|间|里|中)?(?![前后以内底初末])")
_ASKS_SEVERAL_YEARS = re.compile(r"均|累计|合计|[两二三四五六七八九十几]年|\baverage|\bcumulative|\bin total\b|\bover the (?:past|last)|"
                                 r"\b(?:two|three|four|five|ten|\d+) years\b|\bfive-year\b")
# "多少个X" / "几家X": the question names what it counts (X) right after the counter


def info_years(info: QuestionInfo) -> tuple[int, ...]:
    return tuple(int(y) for y in info.years)


def fitting_years(info: QuestionInfo) -> tuple[int, ...]:
    """The years whose reports a passage may come from: the asked ones and, where a Five-Year Plan is named
    ("按“十二五”目标，到2015年…"), its first, whose report set the plan's targets."""
    plan = plan_named(info.text)
    since = _SINCE_YEAR.search(info.text)  # "1998年以来": a period that runs on, reviewed by a later report
    start = int(since.group(1) or since.group(2)) if since else 0
    later = tuple(range(start + 1, start + SINCE_SPAN)) if since else ()
    return info_years(info) + ((plan,) if plan and info.years else ()) + later


_SINCE_YEAR = re.compile(r"((?:19|20)\d{2})\s*年\s*(?:以来|来|至今|到现在|到如今)|\bsince ((?:19|20)\d{2})\b", re.I)
SINCE_SPAN = 11  # years after the start of such a period whose reports may review it


def asks_target(info: QuestionInfo) -> bool:
    """The question asks for a target or plan ("目标", "计划", "was to be kept"), not for an outcome. A Chinese
    plan verb in the past ("安排了多少资金") asks what was done: :func:`question_intent` reads it so."""
    intent = question_intent(info.text)
    return intent == -1 or ((intent != 1 or info.english)
                            and bool(_ASKS_PLAN.search(without_programmes(info.text.lower()))))


def asks_outcome(info: QuestionInfo) -> bool:
    """The question asks what a year turned out to be: said so ("实际", "增长了"), or it names a report and asks
    about the year before it, which that report reviews ("根据2022年报告,2021年…")."""
    intent = question_intent(info.text)
    if _ASKS_PLAN.search(without_programmes(info.text.lower())):  # "how much did the plan aim to cut": a target
        return False
    named, asked = asked_years(info)
    return intent == 1 or (intent == 0 and bool(named) and asked == (named - 1,))


def _plan_context(c: Scored, sentences: int = 2) -> str:
    """The text that says whether a figure is planned: its sentence up to its clause's end, and the sentence
    before (targets are listed over several, their items cut at ；)."""
    text, start = c.chunk.text, c.span.start
    for _ in range(sentences):
        start = max(text.rfind(e, 0, max(start - 1, 0)) for e in "。！？!?\n") + 1
    return text[start:c.span.clause_end]


_HELD_TO = re.compile(r"(?:控制在|不超过|力争达到|力争)\s*$")  # "失业率控制在4.6%": a bound set, not an outcome


def _hedged_target(c: Scored) -> bool:
    """A figure hedged as a target ("5%左右", "3.5%以内", "控制在4.6%") where the text plans ("今年…预期目标是：…")."""
    held = any(_HELD_TO.search(c.chunk.text, max(0, c.span.start + m.start() - 5), c.span.start + m.start())
               for m in QTY_RE.finditer(c.text))
    return (bool(_HEDGED.search(c.text)) or held) and bool(_PLAN_WORDS.search(_plan_context(c)))


def listed_target(c: Scored) -> bool:
    """A figure hedged as a target, or one the text calls a target or plans ("广义货币增长目标为X%", "拟安排…X")."""
    return _hedged_target(c) or (bool(QTY_RE.search(c.text)) and bool(_TARGET_WORDS.search(_plan_context(c))))


def _outcome_reviewed(c: Scored, year: int) -> bool:
    """An outcome of ``year`` in the next year's report's review of it (not a target: its sentence plans nothing)."""
    return c.ctx.dyear == year + 1 and part_years(c.chunk.path, c.ctx.dyear) == {year} \
        and bool(QTY_RE.search(c.text)) and not _PLAN_WORDS.search(_plan_context(c))


_COMPARED_WITH = re.compile(r"(?:比|较|同)(?:去年|上年)")  # the base of a change, not the year a figure is of


def _target_of_another_year(c: Scored, year: int) -> bool:
    """A figure planned by the report of another year ("2021年的目标" is not what the 2022 report plans), unless
    its sentence, or the part reviewing it, says it is about the asked year ("去年的预期目标是…")."""
    if not c.ctx.dyear or c.ctx.dyear == year or not QTY_RE.search(c.text) or not _PLAN_WORDS.search(_plan_context(c)):
        return False
    if part_years(c.chunk.path, c.ctx.dyear) == {year}:  # "（2016年工作回顾）…低于13%左右的预期目标": that year's
        return False
    return year not in time_reference(_COMPARED_WITH.sub("", _plan_context(c, 1)), c.ctx.dyear)


_NOT_INDICATOR = re.compile(r"按[^，,。]{0,8}价格(?:计算|算)?|十[一二三四五六七八九]五|规划|"  # "按2010年价格计算"
                            r"(?:19|20)\d{2}\s*年|政府工作报告|工作报告|报告|预期|目标|计划|提出|设定|安排|确定|定的|当年|今年|"
                            r"比?上年|比?去年|同比|明年|全年|主要|多少|是|为|的|了|在|和|均|增长|增加|降低|下降|提高|减少|控制|"
                            r"拟|将|先|再|"  # plan verbs and adverbs ("今年拟先增加50亿元" names no measure)
                            r"达到|突破|超过|实现|保持|略?[低高]于|" + "|".join(ADJUST_WORDS) + r"|[^\u4e00-\u9fff]+")
_EN_TARGET = re.compile(r"\btargets?\b", re.I)  # not "plan"/"goal": often nouns of the thing asked about
_EN_PLANNED = re.compile(r"\btargets?\b|\bceiling\b|\bcap\b|\baim(?:s|ed)? (?:to|at|for)\b|\bplann?(?:ed|s)? to\b|(?<!said )\bto be\b|\bwill\b|"
                         r"\bexpect(?:s|ed)?\b", re.I)
# a plan period: "十X五", "今后五年", "2021—2025年", "五年内"
_GDP = re.compile(r"(?:单位|每万元)?(?:国内|地区)生产总值|\bGDP\b")
_ITEM_START = re.compile(r"[，,；;：:。、（(]")
_BRACKETED = re.compile(r"（[^（）]*）|\([^()]*\)")


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def _indicator_bigrams(text: str) -> set[str]:
    """The bigrams of what a target question or a target list's item measures ("新增人民币贷款" of
    "2022年…新增人民币贷款目标是多少"): its words without years, report, plan, change and question words."""
    out: set[str] = set()
    for part in _NOT_INDICATOR.split(text):
        out |= _bigrams(part)
    return out


def _asked_indicator(text: str) -> set[str]:
    """What a question measures. GDP counts only when it is all it names: in "单位国内生产总值能耗" it is the
    denominator, and an item about GDP itself is another indicator."""
    rest = _indicator_bigrams(_GDP.sub("，", text))
    return rest or _indicator_bigrams(text)


def _other_indicator(c: Scored, indicator: set[str]) -> bool:
    """A target listed for another indicator: the item the figure closes ("；广义货币M2增长9%左右") names a
    measure and shares no bigram with what the question measures, nor does the thing the figure modifies ("确保
    95%以上的学生…" asked of 学生). An item that names none ("目标是增长6%左右") may be about anything."""
    figure = QTY_RE.search(c.text)
    at = c.span.start + (figure.start() if figure else 0)
    # a note in brackets ("广义货币M2（注：M2为…）预期增长12%") is not where the item starts
    before = _BRACKETED.sub("", c.chunk.text[max(0, at - 80):at])[-40:]
    parts = _ITEM_START.split(before)
    item = _indicator_bigrams(parts[-1])
    cut = len(before) - len(parts[-1]) - 1
    if not item and len(parts) > 1 and before[cut] in "，,":  # "…增加中央预算内经常性建设投资，今年拟先增加50亿元"
        item = _indicator_bigrams(parts[-2])  # the clause before names what the figure measures
    end = c.span.start + (figure.end() if figure else len(c.text))  # "确保今年底95%以上的学生…": a share of the
    rest = c.chunk.text[end:c.span.clause_end]  # thing the figure modifies, not of what the item before says
    after = _indicator_bigrams(rest) if _MODIFIES.match(rest) else set()
    return bool(item) and not (item & indicator) and not (after & indicator)


_MODIFIES = re.compile(r"(?:以上|以下|以内|左右|多)?的")


def _period_target(c: Scored) -> bool:
    """A target of a plan period ("“十X五”时期…降低X%", "今后五年…"): its part or sentence speaks of several years."""
    part = c.chunk.path[0] if c.chunk.path else ""
    if year_after_period(c):  # "五年淘汰1亿吨，今年力争淘汰3000万吨": this year's
        return False
    own = _plan_context(c, 1)
    if not _PERIOD.search(own) and c.ctx.dyear and time_reference(own, c.ctx.dyear) == {c.ctx.dyear}:
        return False  # a five-year review's "今年…将达305亿元": the report's own year
    return bool(_PERIOD.search(part) or _PERIOD.search(own)) and bool(QTY_RE.search(c.text))


# an English question about several years: "over the five years", "the 11th Five-Year Plan", "2006-2010", "a year"
_EN_IN_YEAR = re.compile(r"\b(?:in|for|during) (?:19|20)\d{2}\b(?! report)|\b(?:that|this|the same) year\b", re.I)
_EN_PERIOD = re.compile(r"\b(?:two|three|four|five|\d+)[- ]years?\b|\byears\b|\b(?:19|20)\d{2}\s*(?:-|–|—|to|through)\s*(?:19|20)\d{2}\b|\bperiod\b|"
                        r"\bannual|\bper year\b|\b(?:each|every) year\b|\ba year\b|\baverage\b", re.I)


def where(test: Callable[[Scored], bool], cands: list[Scored], only: np.ndarray | None) -> np.ndarray:
    """``test(c)`` for the candidates ``only`` marks (every one when None), False for the rest."""
    return np.array([(only is None or bool(only[i])) and test(c) for i, c in enumerate(cands)], dtype=bool)


# a Chinese question that plans without a plan word ("涨幅要控制在多少", "预计降到多少", "准备发多少")
_PLAN_HINT = re.compile(r"(?<![主重需必只想])要(?!求)|预计|将|准备|打算|力争|争取|控制在")


def _outcome_by_default(info: QuestionInfo, cands: list[Scored]) -> bool:
    """"2012年经济增长率是多少" says neither target nor outcome: a past year's figure is what it turned out to be,
    when the passages read include the next year's report, which reviews it."""
    asked = asked_years(info)[1]
    if info.english or len(asked) != 1 or report_year(info.text) or question_intent(info.text) != 0 \
            or _PLAN_HINT.search(info.text):
        return False
    year = asked[0]
    return any(c.ctx.dyear == year + 1 for c in cands)


def _period_reviewed(info: QuestionInfo, cands: list[Scored]) -> int:
    """The year of the report that reviews the Five-Year Plan period a Chinese question names without a year, a plan
    word or an outcome word, when the passages read include it (then the period is over: its outcome is asked);
    else 0."""
    plan = plan_named(info.text)
    if not plan or info.english or info.years or question_intent(info.text) != 0 or _PLAN_HINT.search(info.text):
        return 0
    return plan + 5 if any(c.ctx.dyear == plan + 5 for c in cands) else 0


def _planned_for(c: Scored, year: int) -> bool:
    """A figure set for ``year`` before it was over: a goal of its own report, or one an earlier report planned or
    projected ("今后五年年均增长X%，将会超过")."""
    if not QTY_RE.search(c.text) or not c.ctx.dyear or c.ctx.dyear > year:
        return False
    return bool((_GOAL_WORDS if c.ctx.dyear == year else _PLAN_WORDS).search(_plan_context(c, 1)))


def plan_excluded(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """Figures the question's plan/outcome wording rules out: a hedged target where an outcome is asked (for a past
    year asked plainly, also the goals its own report set, hedged or not: "失业率控制在4.5%"), another
    year's target where one year's target is asked, a plan period's or another indicator's target (all False for
    other questions). ``only``: the candidates worth checking (the others are ruled out anyway)."""
    out = np.zeros(len(cands), dtype=bool)
    if info.qtype != "number":
        return out
    if _outcome_by_default(info, cands):  # ... and what the year's own report planned for it, hedged or not
        year = asked_years(info)[1][0]
        return where(lambda c: _hedged_target(c) or _planned_for(c, year), cands, only)
    review = _period_reviewed(info, cands)
    if review:  # "“十一五”期间关停的小火电机组有多少": what the period's review says, not what was planned in it
        # (a report written in the period says of the whole period only what it plans: "“十一五”期间，关停5000万千瓦")
        return where(lambda c: bool(c.ctx.dyear) and c.ctx.dyear < review and (_hedged_target(c) or bool(
            _PLAN_WORDS.search(_plan_context(c)) or _PERIOD.search(_plan_context(c, 1)))), cands, only)
    if asks_outcome(info):
        return where(_hedged_target, cands, only)
    target = asks_target(info)
    # "2017年报告中，2016年…的预期目标": 2016's, which a 2017 report does not set (a period's are the whole period's)
    asked = () if year_range(info.text) else asked_years(info)[1]
    if target and len(asked) == 1:
        year = asked[0]
        since = from_year_on(info.text)  # ("2008年起…": the next report's review of that year says it too)
        out |= where(lambda c: _target_of_another_year(c, year) or (not since and _outcome_reviewed(c, year)),
                     cands, only)
    one_year = len(info.years) == 1 or bool(report_year(info.text))
    # "2007年要关停多少": a plan verb without a plan word asks that year's target too
    planned = target or (not info.english and question_intent(info.text) == 0 and bool(_PLAN_HINT.search(info.text)))
    if info.english:  # a year asked as such ("in 2007 alone"), not only the report's
        one_year = len(info.years) == 1 and bool(_EN_IN_YEAR.search(info.text))
    if planned and one_year and info.unit != "年" and not (_EN_PERIOD if info.english else _PERIOD).search(info.text):
        out |= where(_period_target, cands, only)
    plan = plan_named(info.text)
    if target and plan and not info.years:  # "“十二五”期间计划新建多少": not a figure of a part reviewing an earlier one
        out |= where(lambda c: bool(py := part_years(c.chunk.path, c.ctx.dyear)) and max(py) < plan, cands, only)
    if _EN_TARGET.search(info.text) if info.english else target:
        indicator = _asked_indicator(" ".join(english_to_chinese_terms(info.text)) if info.english else info.text)
        if indicator:
            out |= where(lambda c: _other_indicator(c, indicator) and listed_target(c), cands, only)
    return out


def year_excluded(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """Figures in a part of a report about other years ("一、2021年工作回顾", "二、今年主要任务" of a 2023 report)
    where a figure of one year is asked, unless the figure's sentence or the one before says it is about that year
    ("过去一年，…。GDP增长X%"). Unlike :func:`plan_excluded` this says nothing about whether the text holds the
    answer: the same indicator's figure of the asked year is often a little further down."""
    named, asked = asked_years(info)
    if not asked and named and asks_target(info) and (not info.english or _EN_PLANNED.search(info.text)):
        # "2022年报告提出的目标", "what did the 2015 report aim to": its own year (an English "plan" is often a noun)
        asked = (named,)
    out = np.zeros(len(cands), dtype=bool)
    # (a period asked, "2003到2007年", "过去五年": its parts are several years)
    if info.qtype != "number" or len(asked) != 1 or year_range(info.text) or _PAST_YEARS.search(info.text):
        return out
    year = asked[0]
    other_part: dict[str, bool] = {}  # per passage: is its part dated, to other years only?
    for i, c in enumerate(cands):
        if only is not None and not only[i]:
            continue
        if c.chunk.chunk_id not in other_part:
            when = part_years(c.chunk.path, c.ctx.dyear)
            # (a stock as of the report itself, "截至2013年作报告时", "by early 2003": its review's last figures)
            other_part[c.chunk.chunk_id] = bool(when) and year not in when \
                and not (year == c.ctx.dyear and _AS_OF_REPORT.search(info.text))
        # "比上年增加81亿元" compares, it is not about that year; the figure's own sentence first ("…２００２年试点
        # 扩大到２０个省。今年中央财政预算用于支持这项改革的资金将达３０５亿元")
        said = _COMPARED_WITH.sub("", _plan_context(c, 1))
        if not time_reference(said, c.ctx.dyear):
            said = _COMPARED_WITH.sub("", _plan_context(c))
        out[i] = (other_part[c.chunk.chunk_id] and year not in time_reference(said, c.ctx.dyear)) \
            or _about_other_years(c, year) or _after_last_year(c, year)
    return out


_PAST_YEARS = re.compile(r"(?:过去|这|近)[两三四五]年|[两三四五]年来|\bover the (?:past|last) (?:two|three|four|five)\b|"
                         # (the year named is not one of them)
                         r"\bthe (?:two|three|four|five) years (?:before|preceding)\b", re.I)
# (an English "by 2013" of the 2013 report: its own year, hence as of the report; any other year is not checked)
_AS_OF_REPORT = re.compile(r"截至|截止|作报告时|两会|年初|\bby (?:early|the start of|the beginning of)\b|\bas of\b|"
                           r"\bby (?:19|20)\d{2}\b", re.I)
_RECALLS_LAST_YEAR = re.compile(r"\s*(?:过去的?一年|去年|一年来|回顾过去一年)")  # a sentence opening on the year before


def _after_last_year(c: Scored, year: int) -> bool:
    """Whether a figure whose own sentence names no time follows a sentence about the report's last year
    ("过去一年，各项工作取得新的成绩。地区生产总值增长X%") when another year is asked: a plan part
    of a report may open by recalling the year before."""
    return bool(c.ctx.dyear) and year != c.ctx.dyear - 1 and after_recalled_year(c)


def after_recalled_year(c: Scored) -> bool:
    """Whether a figure whose own sentence names no time follows a sentence opening on the report's last year
    ("过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%"): that year's figure."""
    text = c.chunk.text
    start = max(text.rfind(e, 0, c.span.start) for e in "。！？!?\n") + 1
    if time_reference(text[start:c.span.clause_end], c.ctx.dyear):
        return False
    before = max(text.rfind(e, 0, max(start - 1, 0)) for e in "。！？!?\n") + 1
    prev = text[before:start]
    return bool(_RECALLS_LAST_YEAR.match(prev)) and not passage_years(prev)


_COMPARED_YEAR = re.compile(r"(?:比|较|与|同|和|从|由|自|面向)\s*\d{4}(?:\s*年)?(?:相比|比|末|底)?|\d{4}\s*年(?:以来|来|起)"
                            r"|(?:是|为|相当于)\s*\d{4}\s*年的\s*[\d.．]+\s*倍")  # "是2010年的2.2倍": a ratio to it
_RELATIVE_YEAR = re.compile(r"今年|去年|明年")
_FROM_BEFORE = re.compile(r"[由从]\s*$")
_FROM_YEAR = re.compile(r"[由从]\s*(\d{4}\s*年)")
_YEAR_RANGE = re.compile(r"(\d{4})\s*年?\s*[-－—–~～至到]\s*(\d{4})")


def _about_other_years(c: Scored, year: int) -> bool:
    """Whether a figure's own sentence (up to its clause) says it is about other years than ``year`` ("2020年，…
    收入达到X" when 2021 is asked): a range's years ("2016—2020年") all count; the year asked named in
    the sentence keeps the figure, and so does the year compared with in the figure's own clause ("比2015年增长X%",
    not "2020年GDP…比2015年增长Y%；外汇储备X"); a year compared with or counted from ("2018年以来") or a
    horizon ("面向2030年的科技创新重大项目") alone says nothing."""
    text, start = c.chunk.text, c.span.start
    start = max(text.rfind(e, 0, start) for e in "。！？!?\n") + 1
    own = unicodedata.normalize("NFKC", text[start:c.span.clause_end])
    said = passage_years(_COMPARED_YEAR.sub(" ", own))
    if not said and c.ctx.dyear and not passage_years(own):  # "今年再解决3200万人的安全饮水问题" (one relative year
        relative = set(_RELATIVE_YEAR.findall(_COMPARED_WITH.sub("", own)))  # only, no year written, none compared)
        said = time_reference(relative.pop(), c.ctx.dyear, False) if len(relative) == 1 else frozenset()
    clause = unicodedata.normalize("NFKC", text[c.span.clause_start:c.span.clause_end])
    if not said or year in said or year in passage_years(clause):
        return False
    if _FROM_BEFORE.search(text, max(0, c.span.start - 3), c.span.start) \
            and year in passage_years(" ".join(_FROM_YEAR.findall(own))):
        return False  # "由1997年的3252亿美元增加到…；出口总额由1828亿美元增加到…": a start is the start year's
    return not any(int(m.group(1)) <= year <= int(m.group(2)) for m in _YEAR_RANGE.finditer(own))


def figure_after(pattern: re.Pattern[str], cands: list[Scored], window: int,
                  only: np.ndarray | None = None, any_figure: bool = False) -> np.ndarray:
    """Spans whose first figure (``any_figure``: any of its figures) comes right after ``pattern`` (within
    ``window`` characters before it, or before the run of figures it ends)."""
    def after(c: Scored, m: re.Match[str]) -> bool:
        at = run_start(c.chunk.text, c.span.start + m.start())
        return pattern.search(c.chunk.text, max(0, at - window), at) is not None

    def test(c: Scored) -> bool:
        if any_figure:
            return any(after(c, m) for m in QTY_RE.finditer(c.text))
        m = QTY_RE.search(c.text)
        return m is not None and after(c, m)
    return where(test, cands, only)


def asked_years(info: QuestionInfo) -> tuple[int, tuple[int, ...]]:
    """The report the question names (0 if none) and the years it asks about, that report's own year left out
    ("2022年报告中,2021年…" asks about 2021; "2022年报告中…" alone asks about no particular year)."""
    named = report_year(info.text)
    years, base = info_years(info), compared_years(info.text)  # "比2010年多出多少": 2010 is only compared with
    years = tuple(y for y in years if y not in base) or years
    period = period_year(info.text, question_intent(info.text))  # "2026到2030年…": the year closing it (as the search)
    if period:
        years = (period,)
    return named, tuple(y for y in years if y != named) or (() if named else years)


def rate_base(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """Figures that are the base of a rate ("小麦每50公斤提高5元"), unless the question asks per what."""
    if info.qtype != "number" or "每" in info.text:
        return np.zeros(len(cands), dtype=bool)
    return figure_after(_PER, cands, 2, only)


# "控制在多少以内", "多少公分以上": the bound the question asks about is written with the figure that answers it
_ASKS_BOUND = re.compile(r"(?:多少|几)[^，,。？?！!\s]{0,3}?(以内|之内|以上|以下)")


def bound_mismatch(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """Where a Chinese 多少 question asks a bound ("赤字控制在多少以内"), figures not written with that bound
    ("３％以内" answers it, "２０％左右" does not)."""
    m = _ASKS_BOUND.search(info.text) if info.qtype == "number" and not info.english else None
    if m is None:
        return np.zeros(len(cands), dtype=bool)
    bound = m.group(1)
    return where(lambda c: not (c.text.rstrip().endswith(bound) or
                                 c.chunk.text.startswith(bound, c.span.end)), cands, only)




def figure_named(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """Spans whose figures are all ones a 多少 question states itself: "原定5年…实际几年" / "originally set for five
    years; in how many years was it achieved" is not answered "5年" (the question gives it to compare with)."""
    out = np.zeros(len(cands), dtype=bool)
    if info.qtype != "number":
        return out
    named = question_numbers(info)
    if not named:
        return out
    for i, c in enumerate(cands):
        if only is not None and not only[i]:
            continue
        figures = {float(m.group(0)) for m in NUMBER.finditer(unicodedata.normalize("NFKC", c.text))}
        out[i] = bool(figures) and figures <= named  # nothing but what the question gives
    return out


def yearly_average(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """Where a question asks about one year, a yearly average or a total over several ("五年来…年均增长X%",
    "前四年累计下降X%"): not that year's figure. Kept when the question asks for an average or a total."""
    named, asked = asked_years(info)
    years = asked or ((named,) if named else ())  # "2022年报告…" alone: about that report's year
    if info.qtype != "number" or len(years) != 1 \
            or _ASKS_SEVERAL_YEARS.search(info.text.lower()) or year_range(info.text) or plan_named(info.text):
        return np.zeros(len(cands), dtype=bool)

    def total(c: Scored) -> bool:
        figures = list(QTY_RE.finditer(c.text))  # the last: "前四年累计…下降X%" also holds "四年"
        at = c.span.start + (figures[-1].start() if figures else 0)
        return bool(figures) and bool(_SEVERAL_YEARS.search(c.chunk.text, c.span.clause_start, at)
                                      or _YEARS_OPEN.match(c.chunk.text, c.span.clause_start, at)
                                      or _SEVERAL_YEARS.search(_opening(c.chunk.text, c.span.sent_start, at))
                                      or _paragraph_of_years(c))
    return figure_after(_AVERAGE_BEFORE, cands, 8, only) | where(total, cands, only)


def _paragraph_of_years(c: Scored) -> bool:
    """Whether the figure's paragraph opens on several years ("——这五年，…。城镇新增就业5771万人"), its own
    sentence names no year of its own and it is not the level the period ended on ("国内生产总值达到39.8万亿元")."""
    text = c.chunk.text
    start = text.rfind("\n", 0, c.span.start) + 1
    m = _YEARS_OPEN.match(text, start)
    return bool(m) and text[m.end(): m.end() + 1] in "，," and m.end() < c.span.start \
        and not _A_YEAR.search(text, max(c.span.sent_start, m.end()), c.span.end) \
        and not _LEVEL_REACHED.search(text, max(c.span.start - 6, 0), c.span.start)


_A_YEAR = re.compile(r"今年|去年|明年|当年|上年|(?:19|20)\d{2}\s*年")
_LEVEL_REACHED = re.compile(r"(?:达到|达|到|突破|超过|余额|总量)(?:了|约|近|超过)?\s*$")  # the period's end: a level


def _opening(text: str, start: int, at: int) -> str:
    """A sentence's short opening clause before ``at`` ("近三年累计，…"), which sets the period of all its figures."""
    end = min((k for k in (text.find(m, start, at) for m in "，,") if k >= 0), default=-1)
    return text[start:end] if 0 <= end - start <= 8 else ""


_ASKS_AVERAGE = re.compile(AVERAGE_RE.pattern + r"|平均增长|\baverag\w* (?:growth|increase|rate)")


def not_average(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """Where a question asks a yearly average ("“十五”时期年均增长多少"), figures not written as one ("增长52.1%，
    年均增长8.8%": the first is the period's total)."""
    if info.qtype != "number" or not _ASKS_AVERAGE.search(info.text.lower()):
        return np.zeros(len(cands), dtype=bool)
    average = figure_after(_AVERAGE_BEFORE, cands, 8, only)
    return ~average if only is None else only & ~average


# a growth rate asked ("经济增速是多少", "how fast"), and a figure written as a share ("比重上升到52.3%")
_ASKS_GROWTH = re.compile(r"增速|增长率|增幅|增长速度|增长(?:了)?(?:百分之)?(?:多少|几)|长了多少|\bhow fast\b|\bgrowth rate\b|"
                          r"\bgr[eo]w(?:n)? by\b")
_ASKS_SHARE = re.compile(r"比重|占|比例|份额|\bshare\b|\bproportion\b|\bpercentage of\b")
_SHARE_BEFORE = re.compile(r"(?:比重|占比|比例|之比|份额)(?:[^，,。；;\d]{0,8}|[^，,。；;\d]{0,4}(?:从|由)[^，,。；;]{1,12}"
                           r"(?:提高|上升|下降|降低|增加|减少)(?:到|至|为))$")  # "比重从2.5%提高到3.3%": the share


def share_for_growth(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """Where a growth rate is asked, a figure written as a share ("服务业增加值占国内生产总值比重上升到52.3%"):
    a share measures a part of a whole, not how fast something grew."""
    if info.qtype != "number" or not _ASKS_GROWTH.search(info.text.lower()) or _ASKS_SHARE.search(info.text.lower()):
        return np.zeros(len(cands), dtype=bool)
    return figure_after(_SHARE_BEFORE, cands, 12, only)


def figure_excluded(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """Figures that do not answer the question and say the text may not hold what is asked (the plan and
    indicator rules, a count of another thing, an average or total of several years, the contrary measure, a share
    where a count is asked)."""
    return plan_excluded(info, cands, only) | counts_other(info, cands, only) | yearly_average(info, cands, only) \
        | contrary_measure(info, cands, only) | share_for_count(info, cands, only)
