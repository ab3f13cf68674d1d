"""What a count counts: "28个省（区、市）、2300个县（市）" asked "how many counties" (or "多少个县") is answered by
the figure the asked noun follows, not by its neighbour of another noun; a count of a thing the question does not
name ("28个省份" for "农民工总量是多少") answers nothing. Pure text logic over candidate spans."""
from __future__ import annotations

import re

import numpy as np

from qa.answer.features import Scored, norm
from qa.answer.question import COUNTERS, QuestionInfo
from qa.answer.spans import QTY_RE, measures_only, tokens
from qa.retrieve.glossary import english_to_chinese_terms
from qa.text import tokenize

_EN_COUNTED = re.compile(r"\bhow many ([a-z]+(?:\s+[a-z]+)?)", re.I)
_ZH_COUNTED = re.compile(rf"(?:多少|几)[{COUNTERS}]([\u4e00-\u9fff])")
_COUNTED = re.compile(rf"(?:多少|几)\s*[{COUNTERS}]\s*([\u4e00-\u9fff][\u4e00-\u9fff、]{{1,15}})")  # "产业升级、技术改造项目"
_PHRASE = re.compile(r"[\u4e00-\u9fff]{1,20}")  # the noun phrase right after a count, up to a mark or a figure
_PHRASE_END = re.compile(r"[，,。；;、：:（(]|\d")
PHRASE_FAR = 20  # characters after a count in which the head noun of its phrase may name the thing asked
PHRASE_MAX = 8  # characters after a figure in which a counted noun of two or more characters is looked for


def asked_nouns(info: QuestionInfo) -> tuple[str, ...]:
    """The nouns a count question counts, in Chinese: "how many counties" → ("县", "区县"), "多少个省份" → ("省份",),
    "几部法律议案" → ("法律",)."""
    if info.qtype != "number":
        return ()
    if info.english:
        m = _EN_COUNTED.search(info.text)
        if not m:
            return ()
        words = m.group(1).split()
        terms = english_to_chinese_terms(words[0]) or english_to_chinese_terms(m.group(1))
        return tuple(t for t in terms if len(t) <= 2)
    m = _ZH_COUNTED.search(info.text)
    if not m:
        return ()
    first = tokenize(info.text[m.start(1):m.start(1) + 6])[:1]  # "多少个县建立了…" → 县, "多少个省份…" → 省份
    return (first[0],) if first and len(first[0]) <= 2 else ()


def _english_compounds(info: QuestionInfo) -> tuple[str, ...]:
    """An English count's two-word noun as the text would write it: each Chinese rendering of its first word joined
    to each of its second ("county hospitals" → 县医院, "college graduates" → 高校毕业生)."""
    m = _EN_COUNTED.search(info.text) if info.english and info.qtype == "number" else None
    words = m.group(1).split() if m else []
    if len(words) != 2:
        return ()
    first, second = english_to_chinese_terms(words[0]), english_to_chinese_terms(words[1])
    return tuple(a + b for a in first if len(a) <= 2 for b in second if 2 <= len(b) <= 3)


def _phrase_after(c: Scored) -> str:
    """The words a figure counts, written right after it (and its measure word), up to a mark or a figure; "" for a
    figure that is not a count."""
    if not re.search(r"\d|[一二两三四五六七八九十百千万亿]", norm(c.text)):
        return ""
    m = _PHRASE.match(c.chunk.text, c.span.end)
    phrase = m.group(0) if m else ""
    return phrase[1:] if phrase[:1] in COUNTERS else phrase  # a span "2300" before "个县"


def _counts(noun: str, phrase: str) -> bool:
    """Whether ``phrase`` (the words after a figure) is a count of ``noun``: a one-character noun right after the
    figure ("2300个县"), a longer one early in the phrase ("3730万名贫困家庭学生") or in its head ("165项…的审批事项")."""
    return phrase.startswith(noun) if len(noun) == 1 else noun in phrase[:PHRASE_MAX] or noun in _head_phrase(phrase)


def counted_named(info: QuestionInfo, c: Scored) -> bool:
    """Whether the figure ``c`` counts the very noun a Chinese count question asks ("几部法律议案" ←
    "等7部法律议案"): the sentence need not name the question's other words."""
    nouns = [n for n in asked_nouns(info) if len(n) >= 2] if not info.english else []
    return any(_counts(n, _phrase_after(c)) for n in nouns)


def other_counted(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """Counts of another noun where a count of the asked noun stands in the same sentence."""
    out = np.zeros(len(cands), dtype=bool)
    nouns = asked_nouns(info)
    if not nouns:
        return out
    after = [_phrase_after(c) if only is None or only[i] else "" for i, c in enumerate(cands)]
    whole = _english_compounds(info)  # "county hospitals" → 县医院: where the text writes it, not 县中医院
    if any(_counts(n, a) for n in whole for a in after):
        nouns = whole
    asks = [any(_counts(n, a) for n in nouns) for a in after]
    asked = {(c.chunk.chunk_id, c.span.sent_start) for c, a in zip(cands, asks) if a}
    for i, (c, a) in enumerate(zip(cands, after)):
        out[i] = bool(a) and not asks[i] and (c.chunk.chunk_id, c.span.sent_start) in asked
    return out


def counts_other(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """Where a Chinese question counts something ("多少个X", "几家X"), a figure whose text names another thing
    right after it ("12个区县" for "多少个充电站"): it counts that other thing. A figure with no noun after it
    ("充电站建成35个") or one sharing a character with X ("35家科技企业" for "高新技术企业") is kept."""
    if info.qtype != "number" or info.english:
        return np.zeros(len(cands), dtype=bool)
    m = _COUNTED.search(info.text)
    if m is None and info.unit:
        return np.zeros(len(cands), dtype=bool)
    if m is not None:
        toks = [flag for s, _, flag in tokens(info.text) if s >= m.start(1)]
        if toks and (toks[0][0] in "dp" or toks[0].startswith("v") and not (len(toks) > 1 and toks[1][0] in "nq")):
            return np.zeros(len(cands), dtype=bool)  # "几家签约", "有几个按期完成": the counted thing comes before
    # no unit asked ("农民工总量是多少"): a count of a thing the question does not name ("28个省份") is another's
    asked = set(m.group(1)) if m is not None else set(info.text)

    grams = {m.group(1)[k:k + 2] for k in range(len(m.group(1)) - 1)} if m is not None else set()

    def counts_another(clause: str, at: int) -> bool:
        noun = next((clause[s:e] for s, e, flag in tokens(clause) if s == at and flag.startswith("n")), "")
        if len(noun) < 2 or set(noun) & asked:
            return False
        return not any(g in _head_phrase(clause[at:at + PHRASE_FAR]) for g in grams)

    def other(c: Scored) -> bool:
        clause = c.chunk.text[c.span.clause_start:c.span.clause_end]
        if m is not None:
            return counts_another(clause, c.span.end - c.span.clause_start)
        at = c.span.start - c.span.clause_start  # every figure of the span a count of something else
        figures = list(QTY_RE.finditer(c.text))
        return bool(figures) and all(f.group(0)[-1] in COUNTERS and counts_another(clause, at + f.end())
                                     for f in figures)
    return np.array([(only is None or bool(only[i])) and other(c) for i, c in enumerate(cands)], dtype=bool)


def _head_phrase(after: str) -> str:
    """The noun phrase a count counts, from the words after it: up to a mark or a figure, past a modifier that
    ends on 的 ("165项国务院部门及其指定地方实施的审批事项" → 审批事项), and before a verb ("12个省份完成改造任务" →
    省份; "10项国家重点建设工程" keeps its verbal noun)."""
    phrase = _PHRASE_END.split(after, maxsplit=1)[0]
    toks = tokens(phrase)
    start = max((e for s, e, flag in toks if phrase[s:e] == "的"), default=0)
    end = next((s for s, e, flag in toks if s > start and flag.startswith("v") and flag != "vn"), len(phrase))
    return phrase[start:end]


# a question that may ask a share or a change: its answer may be a %
_SHARE_WORDS = re.compile(r"率|比例|比重|百分|[%％]|幅|增|减|升|降|涨|提高|占|份额|指数|物价|价格|通胀|覆盖|多快|速度|水平|"
                          r"超过|缩小|扩张|扩大|轻|少了|多了|成")
COUNT_UNITS = frozenset(("人", "名|人", "户", "个", "家", "所", "项", "套"))


def share_for_count(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """Where a Chinese question counts people or things ("总人口要控制在多少以内", "多少人") and asks no share or
    change, a figure that is only a percentage ("4.6%以内" is the unemployment rate's)."""
    counts = info.unit in COUNT_UNITS or (not info.unit and bool(re.search(r"人口|人数", info.text)))
    if info.qtype != "number" or info.english or not counts or _SHARE_WORDS.search(info.text):
        return np.zeros(len(cands), dtype=bool)

    def share(c: Scored) -> bool:
        figures = [m.group(0) for m in QTY_RE.finditer(c.text)]
        return bool(figures) and all(re.search(r"[%％]", f) for f in figures)
    return np.array([(only is None or bool(only[i])) and share(c) for i, c in enumerate(cands)], dtype=bool)


def amount_for_people(info: QuestionInfo, text: str) -> bool:
    """Whether a Chinese question counts people by a noun ("涉及多少职工": 人 implied, firmly) and every figure of
    ``text`` is a sum or a physical measure ("安排219亿元支持116户企业关闭破产"): that is what they cost, not how
    many they are. (A share may count people: "就业人员增长2.3%"; a soft hint is not checked.)"""
    if info.english or info.qtype != "number" or info.unit != "人" or info.unit_soft:
        return False
    return measures_only(text) and not re.search(r"[%％]|百分\s?点", text)  # sums and lengths count no one


# a measure asked, not a count: "how long is the canal", "how much was trade worth", "多长", "多远"
_MEASURE_ASKED = re.compile(r"\bhow (?:long|much|far|large|big|high)\b|多长|多远|多高|多重", re.I)
_THING_COUNTERS = "个项家所座件条部批处宗"  # counts of things (not 套/户 of housing, 人 of people, which "how much" may ask)
_LENGTH_OR_TIME = re.compile(r"\bhow (?:long|far)\b|多长|多远", re.I)
_LENGTH_OR_TIME_UNITS = re.compile(r"米|公里|公分|km|cm|mm|英尺|英寸|英里|海里|[尺寸里]|年|月|[天日]|小时|周|分钟|秒")


def count_for_measure(info: QuestionInfo, cands: list[Scored]) -> np.ndarray:
    """Spans whose figures all count things where a measure is asked ("how much was trade worth" ← "12个"), or
    have no length or time where one is ("how long is the canal" ← "15个", "223万公顷")."""
    out = np.zeros(len(cands), dtype=bool)
    if info.qtype != "number" or not _MEASURE_ASKED.search(info.text) or re.search(r"\bhow many\b|多少|几", info.text):
        return out
    length = bool(_LENGTH_OR_TIME.search(info.text))
    for i, c in enumerate(cands):
        figures = [norm(m.group(0)) for m in QTY_RE.finditer(c.text)]
        out[i] = bool(figures) and all(not _LENGTH_OR_TIME_UNITS.search(f) if length else f[-1] in _THING_COUNTERS
                                       for f in figures)
    return out


# a count the question gives of the things it asks about ("13个…省具体是哪几个", "10项工程中…哪一项")
_GIVEN_COUNT = re.compile(rf"(?:[2-9]|[1-9]\d+|[两二三四五六七八九十]+)(?:[{COUNTERS}]|大|类|方面)")
_ASKS_WHICH = re.compile(rf"哪(?:几|一|[两二三四五六七八九十]+)?[{COUNTERS}大类]")  # which of them ("哪几个"), not "两大党持什么态度"
_ITEMS_BEFORE = re.compile(r"[、和及与]|等$")  # "土地审批和信贷投放两个闸门", "退耕还林…等六大工程"
_ITEMS_AFTER = re.compile(r"^[^，,。；;]{0,12}[:：]|即|包括|分别")  # "8类大病：儿童白血病、…"


def restates_count(info: QuestionInfo, answer: str) -> bool:
    """Whether the answer to a Chinese question asking which things a count it gives names only repeats the count
    and names none of them ("在13个主产省选择部分县市" for "13个主产省是哪几个"): the count is the question's, not an
    answer. Items written before the count or announced after it ("两个闸门", "8类大病：…") name them."""
    if info.english or info.qtype not in ("list", "fact") or not _ASKS_WHICH.search(info.text):
        return False
    t = norm(answer)
    for g in {m.group(0) for m in _GIVEN_COUNT.finditer(norm(info.text))}:
        k = t.find(g)
        if k >= 0 and "、" not in t and not _ITEMS_BEFORE.search(t[:k]) and not _ITEMS_AFTER.search(t[k + len(g):]):
            return True
    return False
