"""Focus words: the words right next to a figure question's question word ("外汇储备余额是多少") name what the figure
is of, so a figure whose sentence names none of them is about something else — the commonest near miss. Pure text
logic (split from :mod:`qa.answer.kind_rules`)."""
from __future__ import annotations

import re
from collections.abc import Callable

from qa.answer.features import norm
from qa.answer.enumerations import ITEM_SEP
from qa.answer.question import ADJUST_WORDS, QuestionInfo, asked_noun
from qa.answer.spans import UNITS
from qa.text import dictionary_word, tokenize

# words beside the question word that say what is done or when, not what is measured
NOT_THING = frozenset(("安排", "达到", "打算", "实现", "完成", "增长", "增加", "提高", "下降", "降低", "减少", "实际", "全国",
                       "利用", "计划", "预计", "目标", "预期", "今年", "去年", "当年", "上年", "一共", "总共", "大约", "上涨", "上升", "下跌",
                       "确定", "一番", "翻番", "翻了一番") + ADJUST_WORDS)
FOCUS_MIN = 3  # characters of a focus word specific enough that a figure's sentence must name it ("外汇储备")
# a part of a focus word that names the kind of figure, not the thing ("就业人数", "增长速度", "投资规模"): the
# figure itself says it ("新增就业1050万人"), so its sentence need not repeat the word
MEASURE_PARTS = frozenset(("人数", "数量", "总数", "总量", "总额", "金额", "数额", "规模", "幅度", "速度", "水平", "数字",
                            "人次", "个数", "次数", "比例", "比重", "多少", "增速", "增幅", "涨幅", "降幅", "增长率",
                            "增长速度", "发展速度"))
_UNIT_WORD = re.compile(rf"[万亿千百]+|[万亿千百]*{UNITS}")  # "亿美元", "万亿元": the figure writes it, whatever it counts


TERM_MIN = 4  # characters of a dictionary term that must be named even when the corpus never uses it


def _term(word: str) -> bool:
    """A term of at least ``TERM_MIN`` characters in the dictionary ("外汇储备", "城镇化率") that names a thing, not
    what is done or how it is measured ("控制目标", "人口比例"): asked of a corpus that never writes it, no
    figure there is about it."""
    parts = tokenize(word)
    return len(word) >= TERM_MIN and dictionary_word(word) \
        and not any(p in NOT_THING or p in MEASURE_PARTS for p in parts if p != word)


def abbreviated(word: str, text: str) -> bool:
    """Whether ``text`` writes a two-word term by the usual two-character abbreviation: the first character of
    its first word and one of its second ("能源消耗" as "能耗", "科学研究" as "科研", "环境保护" as "环保")."""
    parts = [t for t in tokenize(word) if t != word]
    if len(parts) != 2 or any(len(p) != 2 or not "\u4e00" <= p[0] <= "\u9fff" for p in parts):
        return False
    return any(parts[0][0] + ch in text for ch in parts[1])


def focus_absent(info: QuestionInfo, around: str, df: dict[str, int]) -> str:
    """A figure asked about a specific thing ("外汇储备余额是多少") answered from a report's sentence (and the one
    before) that names none of the words right next to the question word: the figure is about something else. Only
    words of at least ``FOCUS_MIN`` characters the corpus uses (a paraphrase's own words say nothing) or, for a
    year's figure, dictionary terms (:func:`_term`: a single report that never writes 外汇储备 has no figure of it;
    a paraphrase without a year may use a term for what the text says otherwise, "没什么固定资产的企业" for
    "轻资产企业"), present whole or as all their parts ("粮食产量" in "粮食…产量")."""
    if info.qtype != "number" or info.english:
        return ""
    text = norm(around)
    strong = focus_words(info, df)
    if not strong or any(names(w, text) for w in strong):
        return ""
    noun = asked_noun(info.text)  # "用超收的财政收入削减了多少赤字": the thing measured, named, is enough
    return "" if noun and names(noun, text) else "the figure's sentence does not name what is asked"


def quoted_absent(info: QuestionInfo, around: str, corpus_has: Callable[..., bool]) -> str:
    """A figure asked of a term the question quotes from the reports ("用于“三农”的支出", "残疾人“两项补贴”的标准")
    whose sentence (and the one before) does not write it: a figure of something else. Not a plan period's name
    (“十一五”: a time), nor a quoted phrase the corpus never writes (the asker's own words)."""
    if info.qtype != "number" or info.english:
        return ""
    text = norm(around)
    for m in _QUOTED_TERM.finditer(info.text):
        q = norm(m.group(1))
        # (a term of the reports: one they quote too, or write more than once; not "“旧账”", written once in passing)
        own = corpus_has(f"“{q}”") or corpus_has(q, 2)
        if q not in text and not _PLAN_PERIOD.fullmatch(q) and own and not _written_out(q, text):
            return "the figure's sentence does not name the term the question quotes"
    return ""


def _written_out(short: str, text: str) -> bool:
    """Whether ``text`` writes a quoted abbreviation of three or more characters in full, its characters in order
    and close ("债转股" in "债权转股权")."""
    return len(short) >= 3 and re.search(".{0,2}".join(map(re.escape, short)), text) is not None


_QUOTED_TERM = re.compile(r"“([^“”]{2,8})”")
_PLAN_PERIOD = re.compile(r"十[一二三四五六七八九]?五")  # “十一五”: a time, which a period's figure need not repeat


def focus_words(info: QuestionInfo, df: dict[str, int]) -> list[str]:
    """The focus words specific enough that a figure's sentence must name them (see :func:`focus_absent`)."""
    return [w for w in info.focus if len(w) >= FOCUS_MIN and (df.get(w, 0) >= 1 or (bool(info.years) and _term(w)))
            and not any(c.isdigit() for c in w) and not _UNIT_WORD.fullmatch(w)]


def names(w: str, text: str) -> bool:
    """Whether normalized ``text`` names ``w``: whole, or by most of its parts ("再创新高" in "再创历史新高"), its last
    part written with another ending right after the first ("汽车销量" as "汽车销售"), or abbreviated."""
    parts = [t for t in tokenize(w) if len(t) >= 2 and t != w and t not in MEASURE_PARTS]
    found = sum(norm(t) in text for t in parts)
    loose = len(parts) == 2 and norm(parts[0] + parts[1][0]) in text
    return norm(w) in text or (bool(parts) and (found == len(parts) or (found >= 2 and 2 * found > len(parts)))) \
        or loose or abbreviated(w, text) or enumerated(w, text)


def enumerated(word: str, text: str) -> bool:
    """Whether ``text`` lists in full the things a word of three or more characters abbreviates one character each
    ("科教文卫体" as "科技、教育、文化、卫生、体育"): each character begins an item, the items in its order, one
    after another."""
    if len(word) < 3 or not all("\u4e00" <= ch <= "\u9fff" for ch in word):
        return False
    sep = f"(?:{ITEM_SEP.pattern})"
    return re.search(sep.join(re.escape(ch) + r"[\u4e00-\u9fff]{0,3}" for ch in word), text) is not None
