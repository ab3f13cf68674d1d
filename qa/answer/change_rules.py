"""Changes and levels: which figures a question rules out because it asks a level and they are a change ("又增产X万吨，
达到Y万吨"), a start ("从X增加到Y"), or a difference from the year before, or because it asks a difference and they
are a level or a change the other way. Pure text logic over candidate spans (``Scored``)."""
from __future__ import annotations

import re

import numpy as np

from qa.answer.features import Scored, norm
from qa.answer.figure_rules import asked_years, figure_after, where
from qa.answer.figure_runs import run_end
from qa.answer.question import QuestionInfo, asked_before
from qa.answer.spans import QTY_RE, YEAR_DIGITS
from qa.retrieve.years import compared_years
from qa.ingest.dating import part_years

_CHANGE_BEFORE = re.compile(r"(?:增产|减产|增加|增长|减少|提高|下降|降低|增收|减收|上涨|下跌|扩大|缩小|新增|净增)了?\s*$")
# a level asked as where a change ends ("提高到多少", "还剩多少")
ASKS_END_VALUE = re.compile(r"(?:(?:提高|增加|增长|上升|上调|提升|扩大|降低|下降|减少|压缩|调整|调|升|降|涨)(?:到|至|为)|剩下|剩|还有|仅有|只有|"
                            r"变成|变为|减为)了?[^，,。？?！!]{0,6}(?:多少|几)")
_ASKS_CHANGE = re.compile(r"增|减|涨|降|提高|提升|上升|下跌|扩大|缩小|变化|幅度|多快|比|新|多了|少了|[上下]调|调[高低]|砍|削|压缩|"
                          r"又(?:有|[增减新多少])|摆脱|脱贫|脱离|节省|节约|少交|少缴|多出")  # of a Chinese question; a flow too ("又有多少人脱贫")
_EN_ASKS_CHANGE = re.compile(r"increas|decreas|\brais|\brise|\brose|\bgr[eo]w|\bfell\b|\bfall|\bdrop|\bcut|\breduc|"
                             r"\bdeclin|\bmore\b|\bless\b|\bfewer\b|\bby how much|\bchange|\bgain|\bnew\b|\bnewly\b|\badd|"
                             r"\bstart(?:ed)?\b|\bbegan\b|\blifted\b|\bescaped\b|inflation|"
                             r"\bprices?\b|\bcpi\b", re.I)  # a price level asked is how much prices rose

# a difference from the year before ("预期目标比去年多X万人"), which only a comparison asked wants
_MORE_THAN_BEFORE = re.compile(r"比(?:去年|上年|上一年|前一年|" + YEAR_DIGITS + r"\s*年)(?:多|少)了?\s*$")
_ASKS_COMPARISON = re.compile(r"比|多了|少了|多出|少出|相差|差距|相比|\bmore\b|\bless\b|\bfewer\b|\bthan\b|\bdifference")


def change_for_level(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """Where a Chinese question asks a level ("粮食产量是多少"), the change written before a figure ("又增产X万吨，
    达到Y万吨"): not the figure asked; nor, unless a comparison is asked, a difference from the year before
    ("新增就业目标比去年多X万人": a question of 新增 asks a change of words, not this one)."""
    out = np.zeros(len(cands), dtype=bool)
    if info.qtype != "number":
        return out
    if not _ASKS_COMPARISON.search(info.text.lower()):
        out |= figure_after(_MORE_THAN_BEFORE, cands, 10, only)
    if info.english:
        asks_change = bool(_EN_ASKS_CHANGE.search(info.text))
    else:  # "提高到多少" asks the level the change ends at
        asks_change = bool(_ASKS_CHANGE.search(info.text) or _ASKS_DIFFERENCE.search(info.text)) \
            and not ASKS_END_VALUE.search(info.text)
    if asks_change:
        return out
    return out | figure_after(_CHANGE_BEFORE, cands, 4, only)


# right after a figure: a change starts from it ("从X亿美元增加到Y亿美元", "由上年第四位上升为第三位")
_CHANGE_FROM = re.compile(r"\s*(?:的\S{0,4})?(?:(?:提高|增加|增长|上升|上调|提升|扩大|下降|降低|减少|缩小|跃升|跃居)"
                          r"(?:到|至|为)|[转变降升]为|到|至)")
_ASKS_START = re.compile(r"从|由|原|起初|最初|以前|之前|此前|当初|起步|前(?=有|是|为|共|的)|"
                         r"\bfrom\b|\bstart|\bbefore\b|\binitial|\boriginal|\bprevious")


def start_for_level(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """Where a question asks a level ("2002年底外汇储备有多少", "排第几"), a figure a change starts from
    ("从X亿美元增加到Y亿美元"): the text's figure for that time is where the change ends. Not when the
    question asks the start, nor in a report whose reviewed year is after the asked one (the start
    may be the asked year's figure)."""
    if info.qtype != "number" or _ASKS_START.search(info.text.lower()):
        return np.zeros(len(cands), dtype=bool)
    asked = asked_years(info)[1]

    def start(c: Scored) -> bool:
        if asked and c.ctx.dyear and max(asked) < c.ctx.dyear - 1:  # (not the report named: "据2003年报告，1997年…")
            return False
        if not QTY_RE.search(c.text) or _start_year(c) in asked:  # "赤字率从去年的2.1%提高到2.3%": 去年 asked
            return False
        end = run_end(c.chunk.text, c.span.end)
        return _CHANGE_FROM.match(c.chunk.text, c.span.end) is not None \
            or _THEN_CHANGED.match(c.chunk.text, end) is not None
    return where(start, cands, only)


# the year a change's start is labelled with ("从去年的X", "由2012年的X")
_START_YEAR = re.compile(r"(?:从|由)\s*(?:(" + YEAR_DIGITS + r")\s*年|(去年))(?:底|末)?的?\s*$")


def _start_year(c: Scored) -> int:
    """The year a figure starting a change is labelled with (0 if none); 去年 is the year before the report's."""
    m = _START_YEAR.search(c.chunk.text, max(0, c.span.start - 12), c.span.start)
    if m is None:
        return 0
    return int(m.group(1)) if m.group(1) else (c.ctx.dyear - 1 if c.ctx.dyear else 0)


_THEN_CHANGED = re.compile(r"[，,]\s*(?:[减增降升转变]为|(?:提高|下降|回落|增加|减少)(?:到|至|为))")  # "X和Y，减为P和Q"


# a Chinese question asking how much more or less ("比去年多了多少", "比上年增加多少"), and a figure written as a change
# ("多收了多少": a verb between 多 and 了)
_ASKS_DIFFERENCE = re.compile(r"(?:多了|少了|多出|高出|低了)(?:多少|几)|(?<!多)[多少][^\s多少几了，,。？?！!]了(?:多少|几)|"
                              r"比(?![重例率值])[^，,。？?！!]{1,15}(?:多|少|增加|减少|增产|减产|增收|减收|高|低|压缩|削减|压减|缩减)了?[^，,。？?！!]{0,4}"
                              r"(?:多少|几)")
_ASKS_RATE = re.compile(r"百分|[%％]|率|幅|比重|比例")  # "比上年多出百分之几": a rate, which the text writes many ways
# words that write a figure as a change, by direction, and what may come between them and the figure
_UP_WORDS = "增产|增加|增长|提高|提升|增收|上涨|上升|扩大|新增|净增|多|增幅|涨幅|增速|增长率"
_DOWN_WORDS = "减产|减少|下降|降低|削减|压减|缩减|裁减|精简|压缩|减轻|节约|节省|减收|下跌|回落|缩小|少|降幅"
_TO_FIGURE = r")(?:了|为|达|达到|是)?(?:约|近|超过|逾)?\s*$"
_CHANGE_GIVEN = re.compile("(?:" + _UP_WORDS + "|" + _DOWN_WORDS + _TO_FIGURE)
_UP_BEFORE = re.compile("(?:" + _UP_WORDS + _TO_FIGURE)
_DOWN_BEFORE = re.compile("(?:" + _DOWN_WORDS + _TO_FIGURE)


def level_for_difference(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """Where a Chinese question asks how much more or less ("资金比上年多了多少"), a figure not written as a change
    ("资金83亿元，比去年增加36亿元": 83亿元 is the level, 36亿元 the difference asked)."""
    if info.qtype != "number" or info.english or not _ASKS_DIFFERENCE.search(info.text) \
            or _ASKS_RATE.search(info.text):
        return np.zeros(len(cands), dtype=bool)
    change = figure_after(_CHANGE_GIVEN, cands, 6, only, any_figure=True)  # some figure written as a change
    change |= _object_changed(info, cands, only, _CHANGED_BY_OBJECT)  # ... or after what changed ("降低利息负担约4000亿元")
    if not _COMPARED.search(info.text):  # "城镇多出了多少就业岗位", compared with nothing: what the year added
        change |= _object_changed(info, cands, only, _ADDED_OBJECT)
    return ~change if only is None else only & ~change


_DOWN_ASKED = re.compile(r"少|减|低|降|缩")


def opposite_change(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """Where a Chinese question asks how much less ("比上一年少了多少") or more, a figure written as a change the
    other way ("比上年增加4300亿元" when less is asked)."""
    m = _ASKS_DIFFERENCE.search(info.text) if info.qtype == "number" and not info.english else None
    if m is None or _ASKS_RATE.search(info.text):
        return np.zeros(len(cands), dtype=bool)
    said = re.sub(r"(?:多少|几)$", "", m.group(0))  # the direction is before the question word ("多少" holds 少)
    other = _UP_BEFORE if _DOWN_ASKED.search(said) else _DOWN_BEFORE
    return figure_after(other, cands, 6, only)


# a rate of change named before a figure, whatever verb comes between ("涨幅回落到2.6%", "增速为7.8%")
_RATE_BEFORE = re.compile(r"(?:涨幅|增幅|降幅|增速|增长率|增长速度|幅度)[^，,。；;\d%％]{0,4}$")
# a Chinese question asking by how much something changed ("能耗降了多少", "增长了多少"), not to what level
# ... an English one ("by how much did reserves increase", "what was the real increase in income")
_EN_ASKS_CHANGE_BY = re.compile(r"\bby how much\b|\bhow much (?:did|has|have|had|does|do|will|would)\b[^?]*?\b(?:increas|gr[eo]w|"
                                r"ris|rose|f[ae]ll|drop|declin|decreas)|\bwhat (?:is|was|were) the (?:[a-z-]+ ){0,3}"
                                r"(?:increase|growth|rise|decline|decrease|drop|reduction)\b(?! (?:target|rate|goal))|"
                                r"\bhow fast\b", re.I)
_EN_BY_HOW_MUCH = re.compile(r"\bby how (?:much|many)\b", re.I)
_LEVEL_GIVEN = re.compile(r"(?:达到|达|突破|超过|总额|总量|余额)\s*$")  # "外汇储备达4033亿美元": a level
_ASKS_CHANGE_BY = re.compile(r"(?:增长|增加|增产|减产|增收|减收|提高|提升|上升|上涨|下降|降低|减少|缩小|扩大|压缩|削减|压减|缩减|"
                             r"(?<![新净])增|减|涨|降|升)"
                             r"了?(?:多少|几)|(?:[上下]调|调[高低])了?(?:多少|几)(?!\s*[次回轮])")  # (上调了几次: a count)


def level_for_change(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """Where a Chinese question asks by how much something changed ("单位GDP能耗降了多少"), a figure not written as
    a change ("国内生产总值达到63.6万亿元", "比重从10.1%下降到2.6%"): the text writes the one asked right after the
    change ("能耗强度下降4.8%") or a rate of change ("涨幅回落到2.6%"). A comparison with a year is
    :func:`level_for_difference`'s."""
    if info.qtype == "number" and info.english:  # English says the change loosely: only a level said as one goes
        if _EN_BY_HOW_MUCH.search(info.text):  # "by how much was X cut": a figure written as a change, as in Chinese
            change = _written_as_change(cands, only) | _part_of_change(cands, only) \
                | figure_after(_CHANGE_OBJECT, cands, 22, only)  # "增加中央预算内经常性建设投资100亿元"
            return ~change if only is None else only & ~change
        if _EN_ASKS_CHANGE_BY.search(info.text) and not _ASKS_COMPARISON.search(info.text.lower()):
            # ... not a rate of change said to pass a mark ("提价幅度超过20%")
            return figure_after(_LEVEL_GIVEN, cands, 2, only) & ~figure_after(_RATE_BEFORE, cands, 8, only)
        return np.zeros(len(cands), dtype=bool)
    if info.qtype != "number" or not _ASKS_CHANGE_BY.search(info.text) or _ASKS_DIFFERENCE.search(info.text):
        return np.zeros(len(cands), dtype=bool)
    change = _written_as_change(cands, only) | _object_changed(info, cands, only) | _part_of_change(cands, only)
    return ~change if only is None else only & ~change


# a change written with its figure, then its parts ("新增装机容量4.45亿千瓦，其中水电9601万千瓦、核电384万千瓦")
_CHANGE_THEN_PARTS = re.compile("(?:" + _UP_WORDS + "|" + _DOWN_WORDS + r")[^，,。；;！？]{0,18}?[\d０-９][^。；;！？]*?其中[^。；;！？]*$")


def _part_of_change(cands: list[Scored], only: np.ndarray | None) -> np.ndarray:
    """Figures after 其中 that part a change written before it in their sentence: changes too."""
    def part(c: Scored) -> bool:
        return _CHANGE_THEN_PARTS.search(c.chunk.text, c.span.sent_start, c.span.start) is not None
    return np.array([(only is None or bool(only[i])) and part(c) for i, c in enumerate(cands)], dtype=bool)


def _written_as_change(cands: list[Scored], only: np.ndarray | None) -> np.ndarray:
    """Figures right after a change word ("下降4.8%") or a rate of change ("涨幅回落到2.6%")."""
    return figure_after(_CHANGE_GIVEN, cands, 6, only, any_figure=True) \
        | figure_after(_RATE_BEFORE, cands, 8, only, any_figure=True)


# a change word, then what changed, then the figure ("增加中央预算内经常性建设投资100亿元")
_CHANGE_OBJECT = re.compile("(?:" + _UP_WORDS + "|" + _DOWN_WORDS + r")([^，,。；;\d０-９%％]{2,18})$")
# what a year added, by its object ("新增就业1221万人"): a change where the question compares with nothing
_ADDED_OBJECT = re.compile(r"(?:新增|净增|新建|新开工|新创造)([^，,。；;\d０-９%％]{2,18})$")
_COMPARED = re.compile(r"比|较|相比|同比")
# ... a change by so much, not what was added ("新增就业859万人" is a year's flow, not a difference from the year before)
_CHANGED_BY_OBJECT = re.compile(r"(?:增加|提高|减少|下降|降低|减轻|节约|节省|压减|削减)([^，,。；;\d０-９%％]{2,18})$")


def _object_changed(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None,
                    pattern: re.Pattern[str] = _CHANGE_OBJECT) -> np.ndarray:
    """Figures written after a change word and the very thing the question asks about: a change as well."""
    nouns = [f for f in info.focus if len(f) >= 2 and not _ASKS_CHANGE_BY.match(f + "多少")]

    def test(c: Scored) -> bool:
        m = QTY_RE.search(c.text)
        at = c.span.start + m.start() if m else -1
        got = pattern.search(c.chunk.text, max(0, at - 22), at) if m else None
        return got is not None and any(n in got.group(1) for n in nouns)
    return where(test, cands, only) if nouns else np.zeros(len(cands), dtype=bool)


def other_base_year(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """Where a question compares with a year ("2005年GDP比2004年增长了多少"), a figure its sentence compares with
    another year ("2005年与2000年相比，国内生产总值增长57.3%"): a change over another span of years."""
    asked = compared_years(info.text) if info.qtype == "number" else set()
    if not asked:
        return np.zeros(len(cands), dtype=bool)

    def other(c: Scored) -> bool:
        said = compared_years(c.chunk.text[c.span.sent_start:c.span.start])
        return bool(said) and not (said & asked)
    return where(other, cands, only)


# the figure a change started from, written in the question ("收入从3.16万亿元涨到了多少")
_STATED_START = re.compile(r"从\s*([\d.．０-９]+\s*(?:多)?[万亿]*)")
_START_REACH = 40  # characters from the stated start to the figure it changed to


def not_after_stated_start(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """Where the question writes where a change began and asks where it ended, the figures that do not follow
    that start in their sentence: the text's "从X增加到Y" gives Y; another figure of the passage does not."""
    m = _STATED_START.search(info.text) if info.qtype == "number" and ASKS_END_VALUE.search(info.text) else None
    if m is None:
        return np.zeros(len(cands), dtype=bool)
    start = re.compile(r"(?<![\d.])" + re.escape(norm(m.group(1)).replace(" ", "")))

    def follows(c: Scored) -> bool:
        before = norm(c.chunk.text[max(0, c.span.start - _START_REACH):c.span.start])
        at = [s.end() for s in start.finditer(before)]
        return bool(at) and not any(e in before[at[-1]:] for e in "。；;！？")
    if not where(follows, cands, only).any():  # the passage does not write that start: nothing to go by
        return np.zeros(len(cands), dtype=bool)
    return where(lambda c: not follows(c), cands, only)


# a figure a change ends at, after a start labelled with a year ("从去年的2.1%提高到2.3%")
_END_AFTER_DATED_START = re.compile(r"(?:从|由)\s*(?:(" + YEAR_DIGITS + r")\s*年|(去年))(?:底|末)?的?\s*[^，,。；;]{1,15}?"
                                    r"(?:提高|增加|增长|上升|提升|扩大|下降|降低|减少|缩小)?(?:到|至|为)\s*$")


def end_after_asked_start(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """Where the one year asked labels a change's start ("赤字率从去年的2.1%提高到2.3%", 2014 asked of a 2015
    report), the figure the change ends at: another year's."""
    asked = asked_years(info)[1] if info.qtype == "number" else ()
    if len(asked) != 1:
        return np.zeros(len(cands), dtype=bool)

    def end(c: Scored) -> bool:
        m = _END_AFTER_DATED_START.search(c.chunk.text, max(0, c.span.start - 40), c.span.start)
        if m is None or not QTY_RE.match(c.text):
            return False
        year = int(m.group(1)) if m.group(1) else (c.ctx.dyear - 1 if c.ctx.dyear else 0)
        return year == asked[0]
    return where(end, cands, only)


# a total at a date or a stock ("截至2016年底…总里程", "保有量", "余额"), asked without a word of change
_ASKS_STOCK = re.compile(r"总里程|总量|总数|总人数|保有量|存量|余额|运营里程|(?:截至|截止|到)[^，,。？?]{0,8}(?:年底|年末|底|末)")
_ADDED = re.compile(r"新建|新增|新开工|新投产|新改建|新建成|新铺设|净增|新招|新上")  # what a year added to a stock


def added_for_total(info: QuestionInfo, c: Scored) -> bool:
    """Whether a Chinese question asks a total at a date or a stock ("截至2016年底，高速铁路运营总里程达到多少") and
    the figure's clause gives what was added ("新建高速铁路投产里程超过1900公里"): a year's addition, not the total."""
    if info.english or info.qtype != "number" or not _ASKS_STOCK.search(info.text) \
            or _ASKS_CHANGE.search(info.text.replace("新能源", "")):
        return False
    before = clause_before_figure(c)
    return before is not None and _ADDED.search(before) is not None


def clause_before_figure(c: Scored) -> str | None:
    """The words of a figure's clause before the figure ("高速公路通车里程达"), None when the span has no figure."""
    m = QTY_RE.search(c.text)
    return None if m is None else c.chunk.text[c.span.clause_start:c.span.start + m.start()]


_ASKS_ADDED = re.compile(r"新增|新建|新开通|新开工|新投产|新修|新铺|新通车|净增")
_EN_ASKS_ADDED = re.compile(r"\bnew(?:ly)?\b[^?]{0,40}?\b(?:opened|built|added|constructed|completed|laid|installed)\b|"
                            r"\b(?:were|was) added\b", re.I)
_LEVEL_BEFORE = re.compile(r"(?:达到|达|突破|总里程|总量|累计|总计|总数)\s*(?:约|近|超过)?\s*$")


def total_for_added(info: QuestionInfo, c: Scored) -> bool:
    """Whether a question asks what a year added ("新增高速铁路运营里程多少", "how many km of new expressways were
    opened") and the figure's clause gives a level reached ("高速公路通车里程达11.2万公里") with no word of adding
    before it: the stock, not what was added (the reverse of :func:`added_for_total`)."""
    if info.qtype != "number" or not (_EN_ASKS_ADDED if info.english else _ASKS_ADDED).search(info.text):
        return False
    if not info.english and not _ASKS_ADDED.search(re.split(r"[，,；;]", asked_before(info.text) or info.text)[-1]) \
            and _ASKS_STOCK.search(info.text):  # "五年新增4.2万公里后，全国总里程达到了多少": the total asked
        return False
    before = clause_before_figure(c)
    return before is not None and _LEVEL_BEFORE.search(before) is not None \
        and not re.search(r"[增新]", before)  # 新建, 净增: added


_ASKS_NOMINAL = re.compile(r"名义上?的?\s*(?:增长|增加|上涨|提高|下降|增速|增幅|收入|工资|国内生产总值|GDP)|\bnominal", re.I)


def real_for_nominal(info: QuestionInfo, c: Scored) -> bool:
    """Whether a question asks a nominal change ("名义增长了多少") and the figure's clause says it is real, prices
    taken out ("实际增长9.8%"): another measure of the same change, which the text does not give as asked."""
    if info.qtype != "number" or not _ASKS_NOMINAL.search(info.text):
        return False
    before = clause_before_figure(c)
    return before is not None and "实际" in before and "名义" not in before


_CHANGED_TO = re.compile(r"(?:增加|提高|上升|增长|扩大|下降|降低|减少|缩小|提升|跃升)(?:到|至)\s*(?:了|近|约|超过)?\s*$")


def end_for_period_base(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """Where the one year asked is the year before the five a report reviews (1997 of a 2003 report), the figure a
    change over those years ends at ("外汇储备从1399亿美元增加到2864亿美元"): the last year's, not the asked one's,
    which is where the change starts."""
    asked = asked_years(info)[1] if info.qtype == "number" else ()
    if len(asked) != 1:
        return np.zeros(len(cands), dtype=bool)

    def end(c: Scored) -> bool:
        if not c.ctx.dyear or asked[0] != c.ctx.dyear - 6 or not QTY_RE.match(c.text):
            return False
        # (a part reviewing the five years: qa.ingest.dating.part_years counts the year before them in)
        return asked[0] in part_years(c.chunk.path, c.ctx.dyear) \
            and _CHANGED_TO.search(c.chunk.text, max(0, c.span.start - 8), c.span.start) is not None
    return where(end, cands, only)
