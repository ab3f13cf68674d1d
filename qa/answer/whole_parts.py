"""A part of a whole the question states: "2009年卖出的1364万辆汽车里，乘用车占了多少辆" gives the whole by its figure
and asks for one part of it. A report that splits the whole says so next to the part's figure ("其中中央财政赤字
1.55万亿元"); a figure whose clause does not name the part is about something else (the whole, another part, another
year's total), and the whole's own figure is never the answer. Likewise the reverse: a sum of named parts is not one
part's figure, and a budget's sum is not an amount per person. Pure text logic."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from qa.answer.features import Scored, norm
from qa.answer.figure_rules import figure_after, where
from qa.answer.figure_runs import own_item
from qa.answer.focus_rules import names
from qa.answer.group_rules import own_clause
from qa.answer.question import QuestionInfo
from qa.answer.several import figures_asked
from qa.answer.spans import NUMBER, QTY_RE, figure_value, tokens
from qa.answer.stated_figures import EN_SCALE_WORD, report_forms
from qa.text import tokenize

# "<figure><whole>里/中，<part>…多少": 中 or 里 closing the whole, not a word's first character (中央, 中国, 里程)
_PART_ASKED = re.compile(r"(?P<whole>[^，,。？?；;]{0,24}?)(?:当中|之中|中|里)(?![央国小等心程部外])[，,]?"
                         r"(?P<part>[^，,。？?；;]*?)(?:多少|几)")
_NOT_WHOLE_UNITS = frozenset(("年", "月", "岁", "届", "天", "周年", "周岁", "次"))  # a date or an ordinal, not a whole
# what the part's name is wrapped in: a verb giving it its share before, the verb asking how much after
_PART_NAME = re.compile(r"^(?:其中)?(?:用于|用在|用来|投向|投入|投到|安排给|分给|给)?(?P<name>[^的]+?)"
                        r"(?:具体|实际|大约|一共|总共)?(?:的.*|[有是占为]了?|能?分到|拿到|得到|贡献了?|需要\w{0,2}|要\w{0,2}|能\w{0,2}|"
                        r"[\u4e00-\u9fff]了)?$")  # "…出了多少": a verb done
_WHEN = re.compile(r"(?:到|至|截至|截止到?|在)?(?:19|20)\d{2}\s*年(?:底|末|初|年底)?|目前|现在|已经|当时")
# measures a part is written in as its whole is (a count's words vary: 个/家/户; a share is a %)
_MEASURES = frozenset(("元", "美元", "公里", "公顷", "亩", "平方公里", "平方米", "立方米", "吨", "千瓦", "千瓦时"))
_SHARES = frozenset(("%", "％", "‰"))  # a part of a measured whole may be given as its share
_SUMMED = re.compile(r"(?:共|合计|总计|一共|总共|累计)(?:达到?|为|有)?(?:约|近|超过)?\s*$")  # right before a figure


@dataclass(frozen=True)
class StatedWhole:
    """The whole a question states (its figure as a number) and the name of the part it asks about ("" when the
    question names none: "1400亿元长期建设国债里有多少…")."""
    figure: float
    part: str
    unit: str = ""  # the whole's unit as written ("公里", "亿元" → "元")


@lru_cache(maxsize=256)
def stated_whole(question: str) -> StatedWhole | None:
    """The whole and the part asked of a "<figure><whole>中，<part>有多少" question, or None."""
    text = unicodedata.normalize("NFKC", question)
    for m in QTY_RE.finditer(text):
        unit = m.group("unit") or ""
        if not m.group("num") or not any(ch.isdigit() for ch in m.group("num")) or not (unit or m.group("mag")) \
                or unit in _NOT_WHOLE_UNITS:
            continue
        asked = _PART_ASKED.match(text, m.end())
        if asked is None:
            continue
        name = _PART_NAME.match(asked.group("part").strip())
        part = name.group("name") if name and name.group("name") not in ("有", "是") else ""
        part = _WHEN.sub("", part)  # "410个县里，到2006年有多少个…": a time, not a part
        return StatedWhole(float(m.group("num").replace(",", "")), part, unit.lstrip("万亿"))
    return None


def part_unnamed(info: QuestionInfo, c: Scored) -> str:
    """Why the figure ``c`` cannot be the part asked of a whole the question states, or "": it is the whole's own
    figure, or its clause does not name the part."""
    whole = None if info.english or info.qtype != "number" else stated_whole(info.text)
    if whole is None or figures_asked(info) != 1:
        return ""
    figures = [float(n) for n in NUMBER.findall(unicodedata.normalize("NFKC", c.text).replace(",", ""))]
    if figures and all(f == whole.figure for f in figures):
        return "the figure of the whole the question states, not of the part asked"
    m = QTY_RE.search(unicodedata.normalize("NFKC", c.text))
    unit = (m.group("unit") or "").lstrip("万亿") if m and m.group("num") else ""
    if whole.unit in _MEASURES and unit and unit != whole.unit and unit not in _SHARES:  # "19.2万公里公路里" ←
        return "a figure in another measure than the whole the question states"  # "666.7万公顷", "1650万户"
    clause = norm(c.chunk.text[c.span.clause_start:c.span.clause_end])
    if len(whole.part) >= 2 and not names(whole.part, clause):
        return "the figure's clause does not name the part asked"
    m = QTY_RE.search(c.text)
    if m and _SUMMED.search(c.chunk.text, max(0, c.span.start + m.start() - 4), c.span.start + m.start()):
        return "a sum of several things, not the part asked"  # "保障性住房、棚户区改造住房共1000万套"
    return ""


# "how many of the 7,356 reservoirs…", "how much of the 660 billion yuan…": an English question giving the whole by its
# figure (not a year, an ordinal or a rate: "of the 2009 budget", "of the 11th Five-Year Plan")
_EN_WHOLE = re.compile(r"\b(?:how (?:much|many)|what (?:share|proportion|part|portion|percentage|fraction)) of "
                       r"(?:the|this|that|these|those|its|their) (?:\$|us\$|rmb ?)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
                       r"(?!\d|\.\d|\s*(?:th|st|nd|rd)\b|\s*(?:%|percent))" + EN_SCALE_WORD, re.I)


def whole_not_stated(info: QuestionInfo, c: Scored) -> str:
    """Where an English question gives the whole by its figure and asks a part of it, a figure not preceded by that
    whole in its sentence or the one before: a report writes a part after its whole ("发行长期建设国债6600亿元，其中…"),
    so a figure elsewhere is of something else."""
    m = _EN_WHOLE.search(info.text) if info.english and info.qtype == "number" else None
    if m is None or (not m.group(2) and "," not in m.group(1) and 1800 <= float(m.group(1)) <= 2099):
        return ""
    forms = report_forms(m.group(1), m.group(2))
    part = figure_value(c.text)
    if part is not None and part >= max(forms):  # (the largest form is the figure's absolute value)
        return "a figure no smaller than the whole the question gives, not a part of it"
    text = c.chunk.text
    start = text.rfind("。", 0, max(0, c.span.sent_start - 1)) + 1
    window = unicodedata.normalize("NFKC", text[start:c.span.start]).replace(",", "")
    if any(round(float(n), 6) in forms for n in NUMBER.findall(window)):
        return ""
    return "the figure's sentence does not state the whole the question gives"


# a whole named without its figure, closed by 中/里 and a comma ("“十一五”期间新增的发电装机里，核电有多少")
_UNSTATED_WHOLE = re.compile(r"(?P<whole>[^，,。？?；;]{2,24}?)(?:当中|之中|中|里)(?![央国小等心程部外])[，,]"
                             r"(?P<part>[^，,。？?；;]*?)(?:多少|几)")
_TIME_WORDS = re.compile(r"(?:19|20)\d{2}\s*年(?:底|末|初)?|“?十[一二三四五六七八九]?五”?|期间|时期|以来|过去|五年|今年|去年|"
                         r"全年|当年|[这那]几年|的")
_TIME_END = re.compile(r"(?:年|届|任期|任内|期间|时期|以来|阶段|政府)\s*$")  # "温家宝第一届政府五年里": a time
PART_NAME_MAX = 6


def unstated_part_unnamed(info: QuestionInfo, c: Scored) -> str:
    """Where a Chinese question names a whole without its figure and asks one part of it ("新增的发电装机里，核电有
    多少"), a figure whose own item (between its commas or enumeration marks) does not name the part: the whole's or
    another part's ("新增发电装机容量4.45亿千瓦，其中水电9601万千瓦、核电384万千瓦"). Not a whole that is the report or
    only a time ("2008年报告中，…", "“十一五”期间，…")."""
    if info.english or info.qtype != "number" or figures_asked(info) != 1 or stated_whole(info.text):
        return ""
    m = _UNSTATED_WHOLE.search(unicodedata.normalize("NFKC", info.text))
    whole = m.group("whole") if m else ""
    if not whole or "报告" in whole or _TIME_END.search(whole) or len(_TIME_WORDS.sub("", whole)) < 2:
        return ""
    name = _PART_NAME.match(m.group("part").strip())
    part = _TIME_WORDS.sub("", _WHEN.sub("", name.group("name"))) if name else ""
    # a short noun ("核电", "乘用车"), not a deed ("砍掉的…事项") nor a long description
    if not 2 <= len(part) <= PART_NAME_MAX or tokens(part)[0][2][:1] in ("v", "d", "p", "c"):
        return ""
    start, end = own_item(c.chunk.text, c.span.sent_start, c.span.start, c.span.end, c.span.sent_end)
    return "" if names(part, norm(c.chunk.text[start:end])) else "the figure's item does not name the part asked"


# several things asked summed up ("中央、地方财政赤字加起来一共多少"): not one of them alone
_ASKS_SUM = re.compile(r"加起来|加在一起|合起来|合在一起|合计|总和")
_SEVERAL_NAMED = re.compile(r"[\u4e00-\u9fff]{2,}(?:(?:、|和|与|及|加上)[\u4e00-\u9fff]{2,})+")
_BRACKETED = re.compile(r"[（(][^）)]*[）)]")


def summed_items(question: str) -> list[str]:
    """The words naming the things a Chinese question sums, in the clause right before its sum word ("中央、地方财政
    赤字加起来" → 中央, 地方); [] when it sums nothing named ("五年加起来")."""
    m = _ASKS_SUM.search(question)
    if not m:
        return []
    clause = re.split(r"[，,；;：:]", _BRACKETED.sub("", question[:m.start()]))[-1]
    listed = _SEVERAL_NAMED.search(clause)
    if not listed:
        return []
    pieces = [p for p in re.split(r"、|和|与|及|加上", listed.group(0)) if p]
    words = [tokenize(p) for p in pieces]
    items = [w[-1] if k == 0 else w[0] for k, w in enumerate(words) if w]
    return items if len(items) >= 2 and all(len(i) >= 2 for i in items) else []


def parts_for_sum(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """Where a Chinese question names several things and asks their sum, the figures whose own clause names some of
    them but not all ("中央财政赤字7500亿元" beside "全国财政赤字合计9500亿元"): one part's, ruled out while others are
    left."""
    items = summed_items(info.text) if not info.english and info.qtype == "number" else []
    if not items:
        return np.zeros(len(cands), dtype=bool)

    def one_part(c: Scored) -> bool:
        named = [norm(i) in own_clause(c) for i in items]
        return any(named) and not all(named)
    return where(one_part, cands, only)


# an amount per person, per mu, per household… ("每亩补贴多少元", "人均可支配收入多少元")
_PER_UNIT = re.compile(r"每(?!年|月|天|日|周|季|次)[\u4e00-\u9fff]{1,3}|人均|户均|亩均|月均|平均每(?!年|月|天|日|周|季|次)")


_PER_UNIT_EN = re.compile(r"\bper[- ]capita\b|\bper (?:person|head|mu|household|student)\b", re.I)


def total_for_rate(info: QuestionInfo, answer: str) -> bool:
    """Whether an amount per person/mu/household is asked in 元 and ``answer`` is a sum in 亿元 (a budget total,
    not a rate: "每亩补贴多少元" is not answered by "安排80亿元"; "per-capita GDP" not by "24.66万亿元")."""
    if info.qtype != "number" or not (_PER_UNIT_EN.search(info.text) if info.english else
                                      info.unit == "元" and _PER_UNIT.search(info.text)):
        return False
    return any("亿" in m.group(0) and "元" in m.group(0) for m in QTY_RE.finditer(answer))


def totals_for_rate(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """The sums in 亿元 among ``cands`` where an amount per person or unit is asked (:func:`total_for_rate`): ruled
    out while a figure of the asked kind is left ("人均可支配收入涨了多少" ← "实际增长58.3%", not "3647亿元"), where
    the unit is only a hint (a rate answers too); where 元 is asked ("是多少元"), a sum stays the best match, and says
    the text does not hold what is asked."""
    if not info.unit_soft:
        return np.zeros(len(cands), dtype=bool)
    return where(lambda c: total_for_rate(info, c.text), cands, only)


# a total asked ("国内生产总值总量是多少"), and the per-person figure written beside it ("人均国内生产总值1000美元")
_TOTAL_ASKED = re.compile(r"总量|总额|总值(?!增长)|总规模|(?:拿出|花|投入|拨|支出|出)了?多少(?:钱|资金|经费)")
_PER_BEFORE = re.compile(r"(?:人均|户均|每人|每户|标准)(?:由[^，,。；;]{1,8}?[提增]\w{0,2}到|[^，,。；;\d]{0,12})$")  # ("补助标准由20元提高到40元": a rate)


# an English question asking what a budget spends or puts in, and one asking a rate, a standard or an amount per unit
_TOTAL_ASKED_EN = re.compile(r"\bhow much\b.*\b(?:spend|spent|spending|outlays?|allocat\w*|invest\w*|cost)\b", re.I)
_RATE_ASKED_EN = re.compile(r"\b(?:standards?|rates?|each|every|average|per|apiece)\b", re.I)


def rate_for_total(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """Where a question asks a total and nothing per person, a figure written per person ("人均…1000美元", "补助标准
    由20元提高到40元" where "how much would the budget spend" is asked): ruled out while a total is left."""
    asked = (_TOTAL_ASKED_EN.search(info.text) and not _RATE_ASKED_EN.search(info.text)) if info.english else \
        (_TOTAL_ASKED.search(info.text) and not _PER_UNIT.search(info.text) and "标准" not in info.text)
    if info.qtype != "number" or not asked:
        return np.zeros(len(cands), dtype=bool)
    return figure_after(_PER_BEFORE, cands, 14, only)


_PART = re.compile(r"其中")
_ASKS_TOTAL = re.compile(r"其中|共计|一共|总共|合计|累计|总计|共有|加起来|加在一起|总和")  # the total itself is asked
_LABEL_END = re.compile(r"[\d０-９，,。；;：:、（(]|由|从|达到|为|是|增加|增长|提高|下降|减少")


def total_for_part(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """Where a Chinese question names a part its sentence (or the next, opening on 其中) singles out after the
    total ("公路通车里程…168万公里，其中高速公路…2.3万公里"; "财政赤字8400亿元…。其中，市级赤字6100亿元"), the
    total's figure: the question's word names the part (it is in the part's label, not in the total's clause)."""
    out = np.zeros(len(cands), dtype=bool)
    if info.qtype != "number" or info.english or _ASKS_TOTAL.search(info.text):
        return out
    words = [w for w in dict.fromkeys(tokenize(info.text)) if len(w) >= 2 and not any(ch.isdigit() for ch in w)]
    for i, c in enumerate(cands):
        if (only is not None and not only[i]) or not QTY_RE.search(c.text):
            continue
        text, sp = c.chunk.text, c.span
        own, stop = text[sp.clause_start:sp.end], sp.sent_end
        nxt = len(text) - len(text[stop:].lstrip("。；; \n"))
        if text.startswith("其中", nxt):  # the parts in a sentence of their own: "…1.62万亿元。其中，中央…",
            stop = next((k + 1 for k in range(nxt, len(text)) if text[k] in "。！？\n"), len(text))
            own = text[sp.sent_start:sp.sent_end]  # named by a word the total's whole sentence does not have
        for m in _PART.finditer(text, sp.end, stop):
            at = m.end() + len(re.match(r"[，,：:\s]*", text[m.end():stop]).group(0))  # "其中，中央…"
            end = _LABEL_END.search(text, at, min(stop, at + 16))
            label = text[at:end.start() if end else min(stop, at + 16)]
            if any(w in label and w not in own for w in words):
                out[i] = True
                break
    return out


_LABEL_START = re.compile(r"[，,；;：:、。]|其中")


_WHOLE_ASKED = re.compile(r"共计|一共|总共|合计|累计|总计|共有|总量|总额|总数")  # "其中" aside: a part may be asked


def part_for_total(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """The reverse of :func:`total_for_part`: where a Chinese question names the total ("财政赤字是多少") and the
    sentence gives it before singling out parts ("财政赤字2.38万亿元…其中，中央财政赤字1.55万亿元，地方财政赤字…"),
    a part's figure: its label repeats the asked words with a qualifier the question does not have ("地方")."""
    out = np.zeros(len(cands), dtype=bool)
    if info.qtype != "number" or info.english:
        return out
    words = [w for w in dict.fromkeys(tokenize(info.text)) if len(w) >= 2 and not any(ch.isdigit() for ch in w)]
    for i, c in enumerate(cands):
        m = QTY_RE.search(c.text)
        if (only is not None and not only[i]) or m is None:
            continue
        text, sp = c.chunk.text, c.span
        at = sp.start + m.start()
        part = text.rfind("其中", sp.sent_start, at)
        if part < 0:
            continue
        # the total before the parts, in the same sentence or (其中 opening it) the one before
        head = text[sp.sent_start:part].strip() or text[:sp.sent_start].rstrip("。；; ").rsplit("。", 1)[-1]
        if not QTY_RE.search(head):
            continue
        start = max((s.end() for s in _LABEL_START.finditer(text, part, at)), default=part)
        end = _LABEL_END.search(text, start, at)
        label = text[start:end.start() if end else at]
        named = [w for w in words if w in label]
        if not named and _WHOLE_ASKED.search(info.text):  # "一共多出了多少千瓦": no part ("其中水电X") is the total
            out[i] = any(len(w) >= 2 and "\u4e00" <= w[0] <= "\u9fff" and w not in info.text for w in tokenize(label))
            continue
        if not named or not all(w in head for w in named):
            continue  # the label is of another thing, or names an asked word the total does not (the part is asked)
        rest = label
        for w in named:
            rest = rest.replace(w, " ")
        out[i] = any(e - s >= 2 and "\u4e00" <= rest[s] <= "\u9fff" and rest[s:e] not in info.text  # a qualifier ("地方",
                     and not flag.startswith(("v", "t")) for s, e, flag in tokens(rest))  # "高速"), not a verb
        # ("清付") nor a time ("其中去年超收X": the year of a period, which a question naming it asks)
    return out
