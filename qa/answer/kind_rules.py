"""Spans ruled out by what a question asks, beyond figures (those are :mod:`qa.answer.figure_rules`): a
statement of what class a thing belongs to ("X为某纲某目某科的其中一种") describes none of its attributes, so it
does not answer "X是什么颜色" / "X有什么特点" / "X分布在哪里". Pure text logic over candidate spans."""
from __future__ import annotations

import re
import unicodedata

import numpy as np

from qa.answer.boundaries import named_thing, question_gap
from qa.answer.features import Scored, norm, question_class
from qa.answer.question import QuestionInfo
from qa.answer.spans import QTY_RE, has_person_name, measures_only, not_people, tokens
from qa.retrieve.glossary import english_to_chinese_terms

# an attribute of a thing asked: its look, parts, habits, place, use (not its class: "属于什么科", "是什么")
_ATTRIBUTE = re.compile(r"颜色|色彩|体色|形状|外形|外观|外表|体型|形态|样子|长相|特点|特征|特色|分布|栖息|生活在|"
                        r"习性|食性|为食|吃什么|花期|果期|用途|功能|作用|功效|烹饪|味道|口感|大小|多长|多重|结构|繁殖|呈")
_ASKS_CLASS = re.compile(r"[纲目科属族类种]|学名|物种|归类|分类|属于")
# a clause that names a class the thing belongs to: "…为某纲某目某科的其中一种", "…是某某科的一个种"
_CLASS_STATEMENT = re.compile(r"(?:是|为|属于?)[^，,。；;]{2,40}(?:的|之)(?:其中)?一(?:个|种|类)?(?:种|类|属)\s*[，,。；;]?\s*$")


def class_statement(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """Spans in a clause that states a thing's class, where a Chinese question asks one of its attributes."""
    out = np.zeros(len(cands), dtype=bool)
    if info.english or not _ATTRIBUTE.search(info.text) or _ASKS_CLASS.search(info.text):
        return out
    for i, c in enumerate(cands):
        if only is not None and not only[i]:
            continue
        clause = c.chunk.text[c.span.clause_start:c.span.clause_end]
        out[i] = bool(_CLASS_STATEMENT.search(clause))
    return out


_HOW_MANY = re.compile(r"\bhow many\b", re.I)


_THING_COUNTERS = frozenset("个家项所座套台辆艘架件条处部")  # counters of things ("多少家", "how many banks": 家)
_COUNTED_BY = re.compile(r"(?:多少|几)\s*[%s]" % "".join(sorted(_THING_COUNTERS)))


def amount_for_count(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """Where things are counted ("how many … fees were cancelled", "how many laboratories", "有多少家"), a span
    whose figures are all amounts, shares or lengths ("3500亿元"): those measure, they do not count; where
    people are counted (多少人, "how many students"), one whose figures all measure or count things."""
    people = info.qtype == "number" and bool(info.unit) and set(info.unit.split("|")) <= {"人", "名", "人次", "位"} \
        and (not info.english or bool(_HOW_MANY.search(info.text))) \
        and len(re.findall(r"多少|几", info.text)) <= 1  # not "employment rate of graduates", "多少个县，多少农民"
    things = info.qtype == "number" and bool(info.unit) and set(info.unit.split("|")) <= _THING_COUNTERS \
        and bool(_HOW_MANY.search(info.text) or _COUNTED_BY.search(info.text))
    if not people and not things \
            and not (info.english and info.qtype == "number" and not info.unit and _HOW_MANY.search(info.text)):
        return np.zeros(len(cands), dtype=bool)
    test = not_people if people else measures_only
    return np.array([(only is None or bool(only[i])) and test(c.text) for i, c in enumerate(cands)], dtype=bool)


_CALENDAR = re.compile(r"(?:19|20)\d{2}\s*年|\d\s*月")


def date_for_figure(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """Where a figure is asked (not years: "多少年", "how many years"), a date ("2007年", "3月"): a year's
    number names a time, it counts or measures nothing."""
    if info.qtype != "number" or info.unit in ("年", "周年"):
        return np.zeros(len(cands), dtype=bool)
    return np.array([(only is None or bool(only[i])) and c.span.kind == "date"
                     and bool(_CALENDAR.search(unicodedata.normalize("NFKC", c.text))) for i, c in enumerate(cands)],
                    dtype=bool)


def repeats_question(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """Spans of an English question that are only a piece of a Chinese term the question itself names through
    the glossary ("十国集团" of "二十国集团" for "G20"), or only such terms: they restate what is asked."""
    out = np.zeros(len(cands), dtype=bool)
    if not info.english:
        return out
    named = sorted((t for t in english_to_chinese_terms(info.text) if len(t) >= 2), key=len, reverse=True)
    for i, c in enumerate(cands):
        span = c.text.strip(" ，,。；;：:、")
        if (only is None or only[i]) and len(span) >= 2:
            rest = span  # ... or made of such terms only ("公有制的主要实现形式" for "the main form of public ownership")
            for t in named:
                rest = rest.replace(t, "")
            out[i] = any(span in t for t in named) or not _LINKS.sub("", rest)
    return out


_LINKS = re.compile(r"[的之和与及、，,\s]")


# a clause that names a thing ("X，又称Y", "X（学名：Y", "X，字Y，号Z"): it answers what the thing is called only
_NAMING_CLAUSE = re.compile(r"^[^，,。；;]{0,24}?(?:又称|又名|又译|又叫|亦称|亦名|俗称|俗名|简称|别称|别名|学名|英文名|英语名|"
                            r"原名|本名|全名|全称|旧称|古称)(?:作|为|是)?[^是为由于属在，,。；;]{0,30}$|"
                            r"^\s*(?:一字|字|号)[^，,。；;]{1,6}\s*$")  # names only: no statement goes on after them
_DEFINE = re.compile(r"^[^，,。？?]{1,30}是什么[？?]?$")  # "X是什么": its other names are part of the answer
_ASKS_NAME = re.compile(r"叫|称|名|字|号|译|全称|简称|缩写|写法|怎么读|读音")


def naming_clause(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """Spans in a clause that only gives a thing's other names, where a Chinese question asks something other
    than a name: that clause names the topic (so it shares the question's words) without saying anything
    about it."""
    out = np.zeros(len(cands), dtype=bool)
    if info.english or _ASKS_NAME.search(info.text) or _DEFINE.search(info.text.strip()):
        return out
    for i, c in enumerate(cands):
        if only is None or only[i]:
            clauses = re.split(r"[，,；;]", c.chunk.text[c.span.clause_start:c.span.clause_end])
            out[i] = any(_NAMING_CLAUSE.search(part) for part in clauses)  # a pair of clauses holding one too
    return out


# a person's name asked outright ("两名队员叫什么名字", "作者的姓名"): a person, not a clause about them
_PERSON_NAME_ASKED = re.compile(r"(?:员|者|手|官)(?:的|们的|们)?(?:名字|姓名|叫什么)")


def no_person_name(info: QuestionInfo, answer: str) -> bool:
    """Whether a Chinese question asks a person's name outright and ``answer`` names no person (jieba nr)."""
    return not info.english and bool(_PERSON_NAME_ASKED.search(info.text)) and not has_person_name(answer)


# points asked, not stated ("比例每年提高一个百分点，…增加了多少钱" asks money)
_POINTS = re.compile(r"(?:几|多少)\s*个?\s*百分点|(?<![\d.])\s*(?<!\d )percentage points?", re.I)


def not_points(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """Figures that are not percentage points where the question asks how many points ("上升了几个百分点"): a
    change of a rate is written in points, the rate itself in %."""
    out = np.zeros(len(cands), dtype=bool)
    if info.qtype != "number" or not _POINTS.search(info.text):
        return out
    for i, c in enumerate(cands):
        if only is None or only[i]:
            out[i] = "百分点" not in c.text
    return out


def unit_required(info: QuestionInfo, strict: tuple[str, ...]) -> bool:
    """Whether a figure's unit must be the asked one: a strict unit (a %, 元, …) the question says or implies firmly
    (not a growth that may be an amount too)."""
    if info.qtype == "number" and info.english and info.unit in _EN_NAMED_UNITS and not info.unit_soft:
        return bool(_EN_NAMED_UNITS[info.unit].search(info.text))  # "how many kilometres": a length, whatever else
    return info.qtype == "number" and info.unit in strict and not info.unit_soft \
        and (info.unit_explicit or info.english or info.unit in "%元")


# measures an English question names by their word: only a figure in that measure answers it
_EN_NAMED_UNITS = {"公里": re.compile(r"\bkilomet(?:re|er)s?\b|\bkm\b", re.I),
                   "吨": re.compile(r"\btonnes?\b|\btons?\b", re.I),
                   "千瓦": re.compile(r"\bkilowatts?\b|\bkw\b", re.I),
                   "公顷": re.compile(r"\bhectares?\b", re.I)}


# how much a share or rate changed ("比重提高了多少", "how much was its share raised"): percentage points answer it
_SHARE_CHANGED = re.compile(r"(?:比重|比例|占比|份额|[^\s]率)[^，,。？?]{0,6}(?:提高|降低|上升|下降|增加|减少|上调|下调)|"
                            r"\b(?:share|proportion|ratio|rate)\b.{0,40}\b(?:raised|lifted|increased|rose|cut|lowered|"
                            r"reduced|decreased|fell|dropped)\b", re.I)


def points_given(info: QuestionInfo, text: str) -> bool:
    """Whether ``text`` gives what the question asks in another form than its unit: the percentage points a %
    question, or one asking how much a share changed, asks for, or a share in words for how much a thing is cut or
    raised ("条目砍掉多少" ← "缩减一半")."""
    return (bool(_POINTS.search(info.text) or _SHARE_CHANGED.search(info.text)) and "百分点" in text) or (
        not info.unit_explicit and bool(_BY_HOW_MUCH.search(info.text)) and bool(_FRACTION.search(text)))


# a detail asked beyond the topic: a day (not only a year or month), a city (a place, not a clause about the event)
_DAY_ASKED = re.compile(r"哪一?天|几月几[日号]|具体日期|几号")
_DAY_GIVEN = re.compile(r"\d{1,2}\s*[日号]|[一二三四五六七八九十廿初]{1,3}[日号]|当天|当日|次日|同日|前一天|第二天")
_CITY_ASKED = re.compile(r"(?:哪|什么)(?:一|个|座)?城市|在哪(?:个|座)?城(?:市)?(?:举行|举办|召开)")
_PLACES_ASKED = re.compile(r"(?:哪些|哪几个?)(城市|省份|省区|省市|省|地区|国家)")
_PLACE_WORD = re.compile(r"[市城都州省县区镇村港岛郡乡]")


def no_day(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """Where a day is asked ("从哪一天开始"), the spans that give none ("2005年" beside "今年1月1日起")."""
    out = np.zeros(len(cands), dtype=bool)
    if info.english or not _DAY_ASKED.search(info.text):
        return out
    for i, c in enumerate(cands):
        if only is None or only[i]:
            out[i] = not _DAY_GIVEN.search(c.text)
    return out


def detail_missing(info: QuestionInfo, answer: str, after: str = "") -> str:
    """Why ``answer`` cannot answer a Chinese question that asks a particular detail of its topic: a day, but
    the answer gives no day ("哪一天…" answered "2030年"); a city, but the answer names no place; a year, but the
    answer is the year the question itself names ("据2030年报告，X在哪一年建成" answered "2030年"). The topic's
    clause without its detail is a near miss, not an answer. ``after``: the text right after the answer."""
    if info.english:
        return ""
    if _DAY_ASKED.search(info.text) and not _DAY_GIVEN.search(answer):
        return "no day where a day is asked"
    if _CITY_ASKED.search(info.text) and not (_PLACE_WORD.search(answer)
                                             or any(flag == "ns" for _, _, flag in tokens(answer))):
        return "no place where a city is asked"
    places = _PLACES_ASKED.search(info.text)  # (named, or the asked word qualified: "36个大|城市", "主要发达国家")
    if places and places.group(1)[:2] not in answer + after[:2] \
            and not any(flag == "ns" for _, _, flag in tokens(answer)):
        return "no place named where places are asked"  # ("新设12个…综合试验区" for "在哪些城市")
    year = re.fullmatch(r"\s*((?:19|20)\d{2})\s*年?\s*", answer)
    if info.qtype == "date" and year and year.group(1) in info.years:
        return "the answer only repeats the question's year"
    return ""


_ASKS_ORDINAL = re.compile(r"第\s*(?:几|多少)")
_ORDINAL = re.compile(r"第\s*[\d一二三四五六七八九十百千〇零]+")


def ordinal_for_count(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """Ordinals ("第12届") where a count is asked ("多少枚", not "第几届"): the ordinal numbers an occasion,
    it counts nothing."""
    out = np.zeros(len(cands), dtype=bool)
    if info.qtype != "number" or _ASKS_ORDINAL.search(info.text) or re.search(r"排名|名次|位次", info.text):
        return out
    for i, c in enumerate(cands):
        if only is None or only[i]:
            out[i] = bool(_ORDINAL.match(c.text.lstrip()))
    return out


def amount_for_ordinal(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """Spans without an ordinal where one is asked ("排第几", "第几位": "第三位", not the amount ranked)."""
    out = np.zeros(len(cands), dtype=bool)
    if info.qtype != "number" or not _ASKS_ORDINAL.search(info.text):
        return out
    for i, c in enumerate(cands):
        if only is None or only[i]:
            out[i] = not _ORDINAL.search(c.text)
    return out


# "多少路", "几代": the question's own counter, which the units a quantity is recognised by may not list
_ASKED_COUNTER = re.compile(r"(?:多少|几)(?!乎)([\u4e00-\u9fff])")
_NUMERAL = r"(?:\d+|[一二三四五六七八九十百千两]+)"
# a code is asked, not an amount: "编号是多少" is answered "G11"
_CODE_ASKED = re.compile(r"(?:编号|代号|代码|号码|编码|型号|邮编|区号|车牌)(?:是|为)?(?:多少|什么)")
_CODE = re.compile(r"(?<![A-Za-z\d])[A-Za-z]{0,4}\d+[A-Za-z\d-]*(?![A-Za-z\d])")


def counted_as_asked(info: QuestionInfo, cands: list[Scored]) -> np.ndarray:
    """Spans that answer a 多少 question in its own words though no listed unit marks them a quantity: a count
    in the question's counter ("十五路" for "多少路"), or a code where a code is asked ("G11" for "编号是多少")."""
    out = np.zeros(len(cands), dtype=bool)
    if info.english:
        return out
    m = _ASKED_COUNTER.search(info.text)
    counted = re.compile(_NUMERAL + re.escape(m.group(1))) if m and m.group(1) not in "万亿" else None
    code = bool(_CODE_ASKED.search(info.text))
    rank = bool(_RANK_ASKED.search(info.text))  # "在世界上排第几" ← "位居世界第一": an ordinal in words
    share = not info.unit_explicit and bool(_BY_HOW_MUCH.search(info.text))  # "条目砍掉多少" ← "缩减一半"
    for i, c in enumerate(cands):
        out[i] = bool(counted and counted.search(c.text)) or (code and bool(_CODE.fullmatch(c.text.strip()))) \
            or (share and bool(_FRACTION.search(c.text))) or (rank and bool(_RANK_WORD.search(c.text)))
    return out


_RANK_ASKED = re.compile(r"第几(?![次届批期个项条名位])")  # a rank, not "第几次" (a count, "第三次")
_RANK_WORD = re.compile(r"第[一二三四五六七八九十]+(?=[位名大，,。；;、）)]|$)|首位|榜首|之首")  # "位居世界第一"; not "第三方"
_FRACTION = re.compile(r"一半|[一二三四五六七八九十两]+分之[一二三四五六七八九十]+")  # a share said in words
_BY_HOW_MUCH = re.compile(r"(?:减|砍|降|压|少|增|提高|扩大|缩)[^，,。？?]{0,3}(?:多少|几成)(?![个项件元吨人])")


_HOW_MANY_EN = re.compile(r"\bhow many\b", re.I)


def asks_many(info: QuestionInfo) -> bool:
    """A 多少 / "how many" question (not 几: "几个蛋" may be answered by "一个")."""
    return info.qtype == "number" and ("多少" in info.text if not info.english else bool(_HOW_MANY_EN.search(info.text)))


def one_of_a_kind(info: QuestionInfo, text: str) -> bool:
    """Whether a 多少 / "how many" question's span holds no figure but "一" and a measure word ("一场灾害", "一个指标",
    "办成一届…盛会"): such a span counts nothing the question asks."""
    if not asks_many(info):  # "几个蛋": "一个" may answer
        return False
    figures = [m.group("num") for m in QTY_RE.finditer(text) if m.group("num")]
    return bool(figures) and all(f == "一" for f in figures) and not re.search(r"\d", text)


def one_of_a_kind_spans(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """:func:`one_of_a_kind` over candidate spans (ruled out while a real figure is left)."""
    if not asks_many(info):  # nothing to check (as one_of_a_kind)
        return np.zeros(len(cands), dtype=bool)
    return np.array([(only is None or bool(only[i])) and one_of_a_kind(info, c.text) for i, c in enumerate(cands)],
                    dtype=bool)


def place_or_person_name(info: QuestionInfo, c: Scored) -> bool:
    """Whether ``c`` is a name answering a question that asks a place or a person ("在哪座城市举行", "谁"): the
    answer is the name itself, not widened over the clause it ties with."""
    return c.span.kind == "name" and (question_class(info.text) in ("where", "who")
                                      or bool(_CITY_ASKED.search(info.text)))


_RESTATABLE = ("fact", "who")
RESTATED_SHARE = 0.8  # of a span's words that are the question's
RESTATED_MIN = 8  # characters: a shorter span names something
_STATEMENTS = ("clause", "pair", "copula", "list")  # span kinds that state (a name, a figure or a gap names)
_NOT_WORDS = frozenset(("x", "w"))  # punctuation; figures, dates and Latin words count (they are often what is new)


def restates(info: QuestionInfo, text: str, kind: str = "clause") -> bool:
    """Whether a span of a Chinese fact question only says again what the question says ("给创业企业开辟新融资渠道的
    是什么板块" → "为…创业企业开辟了新的融资渠道"): (nearly) every word of it is in the question. The thing asked is
    then named next to it ("创业板正式推出，…"). Nearly every: a function word ("及其") may be new."""
    if info.english or info.qtype not in _RESTATABLE:
        return False
    if kind not in _STATEMENTS or len(text) < RESTATED_MIN:  # a name ("互联网+") is what is asked, whatever words it shares
        return False
    q = norm(info.text)  # whole words, not search-mode sub-words (a year's "四十四年" is one word, not four)
    words = [text[a:b] for a, b, flag in tokens(text) if b - a >= 2 and flag not in _NOT_WORDS]
    return len(words) >= 3 and sum(norm(t) in q for t in words) >= RESTATED_SHARE * len(words)


# a question that asks what something is called: its answer is a name the text quotes ("《…纲要》", "“…”")
# (its own name: _ASKS_NAME above is naming_clause's wider test, which a second binding once narrowed)
_NAMED_CLASS = r"(?:战略|工程|计划|规划|纲要|文件|法律|法规|共识|板块|口号|方针|条例|协议|协定|倡议|行动)"
_ASKS_QUOTED_NAME = re.compile(r"叫(?:做)?什么|称(?:为|作|之为)什么|简称|全称|名称|名字|"
                               rf"(?:什么|哪(?:一|个|份|部|项)?){_NAMED_CLASS}|哪一?[部份][？?]?$|"
                               rf"哪(?:一|个|份|部|项)[^，,。？?]{{2,14}}的[^，,。？?的]{{0,4}}{_NAMED_CLASS}|"  # 哪项…的国际协定
                               rf"的[^，,的]{{0,8}}{_NAMED_CLASS}(?:是|叫)(?:什么|哪(?:一|个)+)[？?]?$")  # "…的X协定是什么"
_QUOTED = re.compile(r"《[^《》]{2,40}》|“[^“”]{2,20}”|「[^「」]{2,20}」")


def quoted_name(info: QuestionInfo, text: str, sent_start: int, sent_end: int, s: int, e: int) -> tuple[int, int] | None:
    """Where a Chinese question asks what something is called, the name quoted in the answer's sentence nearest
    the answer ``s:e`` (not one the question names itself): the name, not the clause around it."""
    if info.english or info.qtype not in ("fact", "who") or not _ASKS_QUOTED_NAME.search(info.text):
        return None
    q = norm(info.text)
    names = [m for m in _QUOTED.finditer(text, sent_start, sent_end) if norm(m.group(0)[1:-1]) not in q]
    if not names or any(m.start() <= s and e <= m.end() for m in names) or class_follows(info, text, e):
        return None
    m = min(names, key=lambda m: max(m.start() - e, s - m.end(), 0))
    return m.start(), m.end()


def class_follows(info: QuestionInfo, text: str, end: int) -> bool:
    """Whether the span ending at ``end`` is followed by the class the question asks the name of, or ends on it
    ("贯彻什么方针" ← "贯彻工业反哺农业、城市支持农村的|方针", "签署了什么协议" ← "…两岸经济合作框架协议"): it
    is that name, written without quotes."""
    m = re.search(_NAMED_CLASS, info.text)
    return m is not None and (text.startswith(m.group(0), end + (text.startswith("的", end)))
                              or text.endswith(m.group(0), 0, end))


def _is_quoted(c: Scored) -> bool:
    """A span that is a quoted name, with or without its marks."""
    t, a, b = c.chunk.text, c.span.start, c.span.end
    if _QUOTED.fullmatch(c.text):
        return True
    return a > 0 and b < len(t) and _QUOTED.fullmatch(t[a - 1:b + 1]) is not None


_NAME_BODY = re.compile(r"[^，,。；;：:、（）()\s]{2,8}")


def _described(info: QuestionInfo) -> str:
    """The words of a naming question that describe the thing named ("…鼓励引导民间投资的文件被简称为什么")."""
    left = question_gap(info.text)[0]
    thing = named_thing(info.text, left)
    return norm(thing) if thing != left else ""


def _follows(c: Scored, described: str, tail: int = 4) -> int:
    """For a short unpunctuated span written right after the last ``tail``+ characters of ``described`` — the name
    after its description ("落实关于扶持小微企业的新10条") —, how many characters of the description precede it
    (at most 12); else 0."""
    if len(described) < tail or c.span.kind != "aligned" or not _NAME_BODY.fullmatch(c.text):
        return 0
    before = norm(c.chunk.text[max(0, c.span.start - 12):c.span.start])
    return next((n for n in range(min(len(described), 12), tail - 1, -1) if before.endswith(described[-n:])), 0)


CLASS_MARGIN = 0.5  # a quoted name of the class asked ("…协定是什么") this close to the best span answers it
FOLLOWS_WHOLE = 8  # characters of a description written right before a name: the text names what the question describes


def named_span(info: QuestionInfo, c: Scored) -> bool:
    """Whether ``c`` is a name a naming question asks for (quoted, or written right after its description): the
    answer itself, not to be widened over the clause around it."""
    return not info.english and bool(_ASKS_QUOTED_NAME.search(info.text)) and (
        _is_quoted(c) or _follows(c, _described(info)) > 0)


def quoted_candidate(info: QuestionInfo, cands: list[Scored], masked: np.ndarray, best: int, margin: float,
                     sent_coverage: np.ndarray | None = None) -> int:
    """Where a Chinese question asks what something is called, the best-scored quoted name (not one the question
    names) when it scores within ``margin`` of the best span, or (``sent_coverage``: how much of the question each
    span's sentence holds) the quoted name of the sentence that holds more of the question than the best span's
    ("要实施“中国制造2025”，…加快从制造大国转向制造强国" for "推动制造大国变成制造强国的那个战略叫什么"); else ``best``."""
    if info.english or info.qtype not in ("fact", "who"):
        return best
    before = _quoted_before_noun(info, cands, masked, best)
    if before is not None:  # "完善了什么办法" ← "完善农村土地“三权分置”办法": the name the noun asked follows
        return before
    if not _ASKS_QUOTED_NAME.search(info.text):
        return best
    q = norm(info.text)
    if _is_quoted(cands[best]):  # one of several names listed: the one holding the words the question describes it by
        return _name_of_words(q, cands, masked, best)
    if class_follows(info, cands[best].chunk.text, cands[best].span.end):
        return best
    described = _described(info)
    named = [i for i in np.flatnonzero(np.isfinite(masked))
             if (_is_quoted(cands[i]) or _follows(cands[i], described)) and norm(cands[i].text).strip("《》“”「」") not in q]
    # equal scores (names listed together): the one sharing words with the question ("法律草案" → "…（草案）》")
    if not named:
        return best
    whole = [i for i in named if _follows(cands[i], described) >= FOLLOWS_WHOLE]
    if whole:  # "…鼓励引导民间投资新36条" for "鼓励引导民间投资的文件简称是什么": that name, however it scores
        return int(max(whole, key=lambda i: masked[i]))
    m = re.search(_NAMED_CLASS, info.text)
    classed = [i for i in named if m and norm(cands[i].text).strip("《》“”「」").endswith(m.group(0))]
    if classed:  # "…的应对气候变化协定是什么": the quoted name of that class ("《巴黎协定》") over the clause about it
        top = int(max(classed, key=lambda i: masked[i]))
        if masked[top] >= masked[best] - CLASS_MARGIN:
            return top
    if sent_coverage is not None:
        widest = max(named, key=lambda i: (sent_coverage[i], masked[i]))
        if sent_coverage[widest] > sent_coverage[best]:
            return int(widest)
    high = max(float(masked[i]) for i in named)
    top = max((i for i in named if masked[i] >= high - 0.01), key=lambda i: sum(
        q[k:k + 2] in norm(cands[i].text) for k in range(len(q) - 1)))
    return int(top) if masked[top] >= masked[best] - margin else best


NAME_WORDS_MARGIN = 0.3  # another listed name this close to the best one answers when it holds the question's words
NAME_WORDS_GAIN = 2  # ... at least this many more of the question's character bigrams than the best one


_WHAT_NOUN = re.compile(r"什么([\u4e00-\u9fff]{2})")


def _quoted_before_noun(info: QuestionInfo, cands: list[Scored], masked: np.ndarray, best: int) -> int | None:
    """The best-scored quoted name, within ``NAME_WORDS_MARGIN`` of the best span, that the text writes right before
    the noun the question asks "什么X" of ("“三权分置”办法" for "什么办法"); None when there is none or the best is one."""
    m = _WHAT_NOUN.search(info.text)
    if m is None:
        return None

    def before(i: int) -> bool:
        c = cands[i]
        if not _is_quoted(c):
            return False
        end = c.span.end + (0 if c.text[-1:] in "》”」" else 1)
        return c.chunk.text.startswith(m.group(1), end) and norm(c.text).strip("《》“”「」") not in norm(info.text)

    if before(best):
        return None
    named = [i for i in np.flatnonzero(masked >= masked[best] - NAME_WORDS_MARGIN) if before(int(i))]
    return int(max(named, key=lambda i: masked[i])) if named else None


def _name_of_words(q: str, cands: list[Scored], masked: np.ndarray, best: int) -> int:
    """Of the quoted names scored within ``NAME_WORDS_MARGIN`` of the best one (itself quoted), the one whose words
    the question describes it by ("应对突发公共卫生事件的条例" ← 《突发公共卫生事件应急条例》, not the law cited
    before it), when it holds clearly more of them than the best; else ``best``."""
    grams = {q[k:k + 2] for k in range(len(q) - 1) if _CJK2.fullmatch(q[k:k + 2])}

    def held(i: int) -> int:
        return sum(g in norm(cands[i].text) for g in grams)

    mine = held(best)
    named = [i for i in np.flatnonzero(masked >= masked[best] - NAME_WORDS_MARGIN)
             if _QUOTED.fullmatch(cands[i].text) and norm(cands[i].text).strip("《》“”「」") not in q]
    top = max(named, key=lambda i: (held(i), masked[i]), default=best)
    return int(top) if held(top) >= mine + NAME_WORDS_GAIN else best


_CJK2 = re.compile(r"[\u4e00-\u9fff]{2}")


def other_quoted_item(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """Spans that hold another quoted item of a list whose item the question names ("“菜篮子”由谁负责" over
    "“米袋子”省长负责制和“菜篮子”市长负责制": the 省长 part belongs to the other item), while their clause holds
    the question's own quoted item and the span does not."""
    out = np.zeros(len(cands), dtype=bool)
    if info.english:
        return out
    asked = {norm(m.group(0)[1:-1]) for m in _QUOTED.finditer(info.text)}
    if not asked:
        return out
    for i, c in enumerate(cands):
        if only is not None and not only[i]:
            continue
        clause = c.chunk.text[c.span.clause_start:c.span.clause_end]
        marks = {m.group(0)[0] for m in _QUOTED.finditer(clause) if norm(m.group(0)[1:-1]) in asked}
        if not marks:
            continue
        # items of one list are quoted alike: a 《title》 beside a quoted “term” is no other item of its list
        inside = [norm(m.group(0)[1:-1]) for m in _QUOTED.finditer(c.text) if m.group(0)[0] in marks]
        t, a = c.chunk.text, c.span.start
        if _is_quoted(c) and (c.text[:1] in marks or (a > 0 and t[a - 1] in marks)):
            inside.append(norm(c.text).strip("《》“”「」"))  # the item's name, its marks cut off
        if not inside:  # a span cut inside another item's marks ("米袋子”省长")
            inside = [norm(m.group(0)[1:-1]) for m in _QUOTED.finditer(t, c.span.clause_start, c.span.clause_end)
                      if m.group(0)[0] in marks and m.start() < a < m.end() - 1]
        out[i] = bool(inside) and not any(q in asked for q in inside)
    return out


_FIGURE_ONLY = re.compile(f"^\\s*(?:约|近|超过|多于|达到?)?(?:{QTY_RE.pattern})\\s*$")


def figure_for_english_thing(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """An English "which/what X" question that asks no figure (its type is a fact, not a number or a date): a span
    that is only a figure ("1029亿美元" for "which two treaty negotiations") names no thing."""
    if not info.english or info.qtype != "fact":
        return np.zeros(len(cands), dtype=bool)
    return np.array([(only is None or bool(only[i])) and bool(_FIGURE_ONLY.match(c.text)) for i, c in enumerate(cands)],
                    dtype=bool)
