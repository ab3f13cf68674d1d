"""Candidate answer spans inside a passage: clauses, and the tight spans inside them that can answer.

A reader ranks these (``qa.answer.reader``). Kinds:
  clause / pair   a clause, or two neighbouring clauses (subject in one, figure in the other);
  qty             a number with its unit and modifiers ("8%左右", "1.2万亿元", "超过4700件");
  date            a date ("2008年3月5日", "10月27日");
  name            a title in 《》 or quotes, or a run of proper-noun tokens (jieba.posseg nr/ns/nt/nz);
  copula          what follows 是/为/叫/称为… up to the clause end ("生命数耗完即算为踢爆" → 踢爆);
  aligned         the gap left by the question word when the question's words around it are found in the
                  sentence ("X的职业是什么" vs "X的职业是医生" → 医生), on the right past the noun it asks where the
                  text names the thing instead ("哪个工厂在此建立" vs "上海石化总厂在此建造" → 上海石化总厂), or
                  at the noun's last word where its other words are not written ("哪一轮多边贸易谈判" → 多哈回合);
  list            a run of items separated by 、 (and its closing 等).
All offsets are within the passage text, so a span is always an exact slice.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from qa.text import clause_spans, sentence_spans, tokenize

UNITS = (r"(?:人次|平方公里|平方英里|平方米|立方米|公里|千米|公尺|公分|厘米|毫米|英尺|英寸|英吋|英里|海里|光年|万吨|吨|公斤|千克|毫克|克|"
         r"公升|毫升|升|磅|盎司|马力|元|美元|欧元|日元|日圆|港元|港币|加元|澳元|英镑|马克|法郎|卢布|韩元|台币|美金|个百分\s?点|百分\s?点|个|项|次|家|"
         r"名|期|件|所|位|人(?![口民])|种|批|台|套|场|倍|天|村|户|亩|座|条|篇|部|岁|年|米|周年|周岁|周|小时|分钟|秒|届|卷|册|集|首|页|架|艘|辆|头|只|株|公顷|千瓦|瓦|"
         r"度|颗|枚|例|步|匹|根|张|块|粒|层|级|轮|局|对|组|队|处|宗|份|间|栋|幢|℃|°C|%|％|‰|"
         r"(?:cm|mm|km|kg|mg|ml|GHz|MHz|kHz|Hz|kWh|kW|MW|GW|m²|km²)(?![A-Za-z]))")
QTY_RE = re.compile(
    rf"(?:(?:\d+(?:[.,．]\d+)*|[一二三四五六七八九十百千两]+)\s*(?:至|到|~|～|－|-|—|–)\s*)?"  # a range: "10至20公分"
    rf"(?P<num>\d+(?:[.,．]\d+)*|(?<![进统])(?=[百千万]*[一二三四五六七八九十两零〇])[一二三四五六七八九十百千万两零〇]+)\s*"  # not "进一步", "万吨级"
    rf"(?P<mod>余|多|多个|余个)?\s*"
    rf"(?P<mag>万亿|千亿|百亿|亿|千万|百万|十万|万|千|百)?\s*(?:(?<=[万千百])[多余]亿?(?={UNITS}))?"  # "2万多公里"
    rf"(?:(?P<unit>{UNITS})|(?(mag)(?:(?<=\d万|\d亿|[多余]万|[多余]亿)|(?<=\d万亿))|(?!)))"  # "5000万"
    rf"(?:左右|以上|以下|以内|多|余)?"
    # figures written without a unit: a ratio ("1：3"), a long figure in Chinese numerals ("三百二十一万五千余"),
    # a decimal ("6.25"), a fraction ("1/3", "三分之一"), an ordinal ("第12")
    r"|(?<![\d:：.])\d{1,3}\s*[:：比]\s*\d{1,3}(?![\d:：.])"
    r"|(?<![一二三四五六七八九十百千万亿两零〇])(?=[一二三四五六七八九十百千两零〇]*[万亿])[一二三四五六七八九十两][一二三四五六七八九十百千万亿两零〇]{3,}(?:余|多)?"
    r"|(?<![\d.．,])\d+[.．]\d+(?![\d.．,%])"
    r"|(?<![\d/／.．])[1-9]\s*[/／]\s*[1-9]\d?(?![\d/／.．])|[一二三四五六七八九十两]+分之[一二三四五六七八九十]+"  # a fraction ("1/3")
    rf"|第\s*\d+(?![\d.．,]|\s*{UNITS})"
)
# a year as a report writes it, in either width ("1997", "１９９７": three of the 13 reports write full-width digits)
YEAR_DIGITS = r"(?:19|20|１９|２０)\d{2}"
PERCENT_RE = re.compile(r"百分之[一二三四五六七八九十百零点\d.]+")
DATE_RE = re.compile(
    r"(?:(?:公元前?)?(?:[1１][9９]|[2２][0０]|[1１][0-8０-８])?\d{2}\s*年\s*)?\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|"
    r"(?:[1１][9９]|[2２][0０])\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|"
    r"(?:公元前?)?\d{1,4}\s*年(?:代)?|[一二三四五六七八九十〇零]{2,4}年|\d{1,2}\s*世纪(?:\d{2}年代)?(?:初|中|末|中叶|后期|前期)?"
)
NAME_RE = re.compile(r"《[^》]{1,40}》|“[^”]{1,30}”|「[^」]{1,30}」|\"[^\"]{1,30}\"")
_COPULA = re.compile(r"(?:即为|称为|叫做|名为|定为|成为|被称为|简称|又称|是|为|叫|称)")
# "把X作为/列为/当作Y": the thing made Y
_MADE_INTO = re.compile(r"(?:把|将)([^，,。；;：:“”\"]{2,30}?)(?:作为|当作|当成|列为|列入|确定为|定为|视为|放在|摆在)")
_LIST_ITEM_SEP = "、"
_YEAR_DIGITS = set("0123456789０１２３４５６７８９〇零一二三四五六七八九")
MAX_SPAN = 60


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str
    clause_start: int  # the clause (or pair) it lies in: the quote that supports it
    clause_end: int
    sent_start: int
    sent_end: int
    anchors: int = 0  # aligned spans: how many sides of the question word were found (1 or 2)


def _posseg(text: str) -> list[tuple[str, str]]:
    return list(_posseg_cached(text))


@lru_cache(maxsize=65536)  # every clause of a 2,000-chunk corpus fits (``Extractor.warm_tags`` fills it)
def _posseg_cached(text: str) -> tuple[tuple[str, str], ...]:
    from qa.text import _get_jieba  # jieba loads lazily

    _get_jieba()
    import jieba.posseg as pseg

    return tuple((w.word, w.flag) for w in pseg.cut(text))


@lru_cache(maxsize=65536)
def tokens(text: str) -> tuple[tuple[int, int, str], ...]:
    """jieba.posseg tokens of ``text`` as (start, end, flag) offsets (cached per text, as clauses recur)."""
    out, pos = [], 0
    for word, flag in _posseg_cached(text):
        out.append((pos, pos + len(word), flag))
        pos += len(word)
    return tuple(out)


LEAD_TAGS = frozenset(("v", "vd", "p"))  # "深入实施", "划分为": the verb before the items (not a verbal noun)
JOINED_HEAD_MAX = 6  # characters of an item joined by 和 before an enumeration ("西藏和四省藏区、新疆")


def lead_end(text: str, stop: int, room: int) -> int | None:
    """The end of the last verb or preposition of ``text`` that leaves at least ``room`` characters before
    ``stop``: where the items a clause lists start ("深入实施|…、…"); None when there is none."""
    lead = None
    for _, b, flag in tokens(text):
        if b > stop - room:
            break
        if flag in LEAD_TAGS:
            lead = b
    return lead


def _joined_head(clause: str, join: int) -> int | None:
    """Where the item joined by 和/与/及 at ``join`` to the first of an enumeration starts: after the last verb or
    preposition before it ("重点抓好|西藏和四省藏区、新疆", "抓紧建立|企业和个人信用信息征集体系、…"); None when
    none stands within ``JOINED_HEAD_MAX`` characters."""
    head = lead_end(clause[:join], join, 0)
    if head is None or not 1 <= join - head <= JOINED_HEAD_MAX or any(ch in "的，,；;：:" for ch in clause[head:join]):
        return None
    return head


def has_person_name(text: str) -> bool:
    """Whether jieba tags a person's name (nr…) in ``text``."""
    return any(flag.startswith("nr") for _, flag in _posseg(text))


# time words that point at the text's own time, not a period the answer could name
_DEICTIC_TIME = frozenset(("现在", "目前", "当时", "今年", "去年", "明年", "今天", "近年", "此时", "同时", "当今", "以后",
                           "之后", "以前", "之前", "后来", "最后", "最初", "当年", "期间", "其间", "此后", "至今", "先后",
                           "随后", "近期", "近日", "日前", "不久", "届时", "今后", "未来", "过去", "当前", "此前", "同期"))
# measure units a question can ask in ("多少吨", "多少公里"), with the other ways a text writes them
UNIT_FORMS = {"元": ("元",), "吨": ("吨",), "公里": ("公里", "千米", "km"), "千米": ("千米", "公里", "km"),
              "米": ("米", "公尺", "m"), "厘米": ("厘米", "公分", "cm"), "公分": ("公分", "厘米", "cm"),
              "公尺": ("公尺", "米"), "千瓦": ("千瓦",), "千瓦时": ("千瓦时", "度"), "平方米": ("平方米", "㎡"), "平方公里": ("平方公里",),
              "公顷": ("公顷",), "亩": ("亩",), "岁": ("岁",), "公斤": ("公斤", "千克", "kg"), "千克": ("千克", "公斤", "kg"),
              "美元": ("美元",), "枚": ("枚",), "例": ("例",), "立方米": ("立方米", "m³")}


_COUNTERS = frozenset("套个项家户所座台辆艘架名位人件条处宗份间栋幢只头部次期届批块")  # (期, 届: "二期工程" counts no 台)
_MEASURES = ("元", "吨", "米", "公里", "公顷", "亩", "千瓦", "公斤", "千克", "%", "‰", "百分点")  # NFKC: "％" is "%"


_KINDRED = {"名": "人位", "人": "名位", "位": "名人", "家": "户", "户": "家", "项": "件", "件": "项部", "部": "件", "块": "枚"}  # count alike (部 ← 8件法律)


_TIME_FIGURE = re.compile(r"[\d一二三四五六七八九十百千两]\s*[万亿]?\s*(?:周年|年|个月|月|天|小时|岁|倍)")


def _counts(figure: str, unit: str) -> bool:
    """Whether a figure may count what ``unit`` counts: no measure, and its counter (if any) that one, a kindred
    one or the general 个 (and any counter answers 多少个)."""
    if any(f in figure for f in _MEASURES) or _TIME_FIGURE.search(figure):  # "80周年" counts no 块 of anything
        return False
    used = [ch for ch in figure if ch in _COUNTERS]
    return not used or unit == "个" or used[-1] in unit + _KINDRED.get(unit, "") + "个"  # 多少个: any count


def measures_only(text: str) -> bool:
    """Whether ``text`` has figures and all of them are amounts, shares or lengths (they count nothing)."""
    figures = [unicodedata.normalize("NFKC", m.group(0)) for m in QTY_RE.finditer(text)]
    return bool(figures) and all(any(f in g for f in _MEASURES) for g in figures)


_NOT_PEOPLE = _COUNTERS - frozenset("名位人次")  # counters of things, not of people


def not_people(text: str) -> bool:
    """Whether ``text`` has figures and none of them can count people: each an amount, share or length, or a
    count of things ("３１７个" cities, "57个" projects) where a number of people is asked."""
    figures = [unicodedata.normalize("NFKC", m.group(0)) for m in QTY_RE.finditer(text)]
    return bool(figures) and all(any(f in g for f in _MEASURES) or any(ch in _NOT_PEOPLE for ch in g[-2:])
                                 for g in figures)


NUMBER = re.compile(r"\d+(?:\.\d+)?")  # a figure's digits (commas taken out first)
_MAGNITUDE_ASKED = re.compile(r"(?:多少|几)\s*(万亿|亿|万)")
MAGNITUDES = {"万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "亿": 1e8, "千万": 1e7, "百万": 1e6, "十万": 1e5, "万": 1e4,
              "千": 1e3, "百": 1e2}  # QTY_RE's ``mag`` group as a factor


def figure_value(text: str) -> float | None:
    """The first figure of ``text`` with its magnitude ("6600亿元" → 6.6e11), None when it is no digit figure with a
    unit or magnitude, or a percentage."""
    m = QTY_RE.search(unicodedata.normalize("NFKC", text))
    if not m or not m.group("num") or not (m.group("unit") or m.group("mag")) or m.group("unit") == "%":
        return None
    num = m.group("num").replace(",", "")
    return float(num) * MAGNITUDES.get(m.group("mag") or "", 1.0) if NUMBER.fullmatch(num) else None


def below_magnitude(text: str, asked: str) -> bool:
    """Whether every figure of ``text`` is written without a magnitude and below the one the question ``asked``
    writes ("多少万公里" is not answered by "1900公里")."""
    m = _MAGNITUDE_ASKED.search(asked)
    figures = list(QTY_RE.finditer(text)) if m else []
    return bool(figures) and all(
        f.group("num") and not f.group("mag") and NUMBER.fullmatch(f.group("num").replace(",", ""))
        and float(f.group("num").replace(",", "")) < MAGNITUDES[m.group(1)]
        for f in (QTY_RE.match(unicodedata.normalize("NFKC", g.group(0))) for g in figures) if f)


def in_unit(text: str, unit: str, asked: str = "") -> bool:
    """Whether a quantity of ``text`` is written in ``unit`` (or another form of it); True for a unit not
    listed in :data:`UNIT_FORMS` (counters such as 个/项/人 are written in many ways). ``asked``: the question,
    whose magnitude a figure must reach (:func:`below_magnitude`)."""
    if asked and below_magnitude(text, asked):
        return False
    forms = UNIT_FORMS.get(unit)
    if not forms:  # a count ("多少套") is not answered by an amount ("1713亿元"), a share, a length or another
        # thing's count ("1054处" for 多少台) alone
        figures = [unicodedata.normalize("NFKC", m.group(0)) for m in QTY_RE.finditer(text)] if unit in _COUNTERS else []
        return not figures or any(_counts(g, unit) for g in figures)
    return any(f in unicodedata.normalize("NFKC", text[m.start():m.end() + 1]).lower()  # (+1: "亿千瓦|时")
               for m in QTY_RE.finditer(text) for f in forms)


def names_period(text: str) -> bool:
    """Whether ``text`` names a period in words: a time word (jieba's ``t``) of two characters or more."""
    return any(flag == "t" and b - a >= 2 and text[a:b] not in _DEICTIC_TIME for a, b, flag in tokens(text))


_PROPER = frozenset(("nr", "nrfg", "nrt", "ns", "nt", "nz", "eng"))
_NAME_DOTS = frozenset("·・•‧")  # the dot between the parts of a transliterated name ("马丁·路德·金")
_NAME_DASHES = frozenset(("－", "-", "—", "–"))  # between two proper names: one name ("澜沧江－湄公河")
_NAME_HEAD = frozenset(("a", "nr", "nrt", "nrfg", "ns", "nz", "eng"))  # tags a name's cut-off first syllable gets
_REGNAL = re.compile(r"[一二三四五六七八九十]+世")
_NOT_NAME = frozenset(("m", "mq", "t", "q", "x", "w"))  # figures, dates, measures and punctuation: never a name's part
# the category word that ends a proper name ("南湖|市", "南湖集团|公司", "子弹|队"): jieba cuts it off the name
NAME_SUFFIXES = frozenset((
    "省", "市", "县", "区", "州", "郡", "镇", "乡", "村", "町", "岛", "路", "街", "站", "港", "桥", "城", "寺", "庙", "宫", "院",
    "馆", "校", "社", "局", "部", "厅", "署", "委", "党", "帮", "派", "队", "团", "军", "公司", "有限公司", "集团", "大学",
    "学院", "中学", "小学", "银行", "医院", "机场", "车站", "广场", "大厦", "公园", "球场", "体育场", "王朝", "帝国", "王国",
    "共和国", "委员会", "协会", "学会", "研究所", "研究院", "出版社", "电视台", "报社", "工作室", "俱乐部", "球队", "乐队",
    "基金会", "政府", "人民政府", "博物馆", "图书馆", "剧院", "酒店", "中心"))


def _word(token: str) -> bool:
    """A token of letters or ideographs (not punctuation, not a figure)."""
    return bool(token) and all(c.isalpha() for c in token)


def name_spans(text: str) -> list[tuple[int, int]]:
    """Runs of proper-noun tokens (person, place, organisation, other proper noun) in ``text``: the parts of a
    transliterated name joined by a middle dot make one name, whatever jieba tags a part ("马丁·理察德"), a regnal
    number belongs to the name before it ("约瑟夫一世"), a run goes on after a category word followed by another
    name ("福冈县福冈市"); each run also grown over the category word that ends it (:func:`_and_suffixed`)."""
    out: list[tuple[int, int]] = []
    toks = [(s, e, text[s:e], flag) for s, e, flag in tokens(text)]
    run: tuple[int, int] | None = None
    for i, (s, e, word, flag) in enumerate(toks):
        prev = toks[i - 1] if i else None
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if word in _NAME_DOTS and prev and nxt and _word(prev[2]) and _word(nxt[2]) and prev[3] not in _NOT_NAME \
                and nxt[3] not in _NOT_NAME:
            start = run[0] if run and run[1] == prev[1] else prev[0]
            if start == prev[0] and i >= 2 and toks[i - 2][1] - toks[i - 2][0] == 1 and toks[i - 2][3] in _NAME_HEAD:
                start = toks[i - 2][0]  # a first syllable jieba cut off ("高|德菲·哈罗德")
            run = (start, e)  # the dot joins the word before ...
            continue
        if word in _NAME_DASHES and run and run[1] == s and nxt and nxt[3] in _PROPER and prev and prev[3] in _PROPER:
            run = (run[0], e)  # two names joined by a dash are one ("澜沧江－湄公河合作"): the dash joins ...
            continue
        if run and run[1] == s and s > 0 and text[s - 1] in _NAME_DASHES and flag in _PROPER:
            run = (run[0], e)  # ... the name after it
            continue
        if run and run[1] == s and s > 0 and text[s - 1] in _NAME_DOTS and _word(word) and flag not in _NOT_NAME:
            run = (run[0], e)  # ... to the word after it, whatever its tag
            continue
        if flag in _PROPER and word.strip():
            run = (run[0], e) if run and run[1] == s else (s, e)
            continue
        regnal = bool(_REGNAL.fullmatch(word))  # a regnal number is part of the name ("约瑟夫|一世")
        if run and run[1] == s and (regnal or (word in NAME_SUFFIXES and _nominal(flag) and nxt is not None
                                               and nxt[3] in _PROPER)):
            if not regnal and run[1] - run[0] >= 2:
                out.append(run)  # "福冈" of "福冈|县|福冈市": the name goes on after its category word
            run = (run[0], e)
            continue
        if run and run[1] - run[0] >= 2:
            out += _and_suffixed(toks, run)
        run = None
    if run and run[1] - run[0] >= 2:
        out += _and_suffixed(toks, run)
    return out


def _nominal(flag: str) -> bool:
    return flag[:1] == "n" or flag == "zg"


def _and_suffixed(toks: list[tuple[int, int, str, str]], run: tuple[int, int]) -> list[tuple[int, int]]:
    """A name run, and the same run grown over the category word that ends it when one follows, one common noun
    in between allowed ("美国雷明登|武器|公司"): "哪个国家" wants "美国", "哪家公司" the whole name."""
    grown = _with_suffix(toks, run)
    return [run] if grown == run else [run, grown]


def _with_suffix(toks: list[tuple[int, int, str, str]], run: tuple[int, int]) -> tuple[int, int]:
    i = next((k for k, t in enumerate(toks) if t[0] == run[1]), None)
    while i is not None and i < len(toks):
        if toks[i][2] in NAME_SUFFIXES and _nominal(toks[i][3]):
            run, i = (run[0], toks[i][1]), i + 1
        elif i + 1 < len(toks) and _nominal(toks[i][3]) and toks[i + 1][2] in NAME_SUFFIXES and _nominal(toks[i + 1][3]):
            run, i = (run[0], toks[i + 1][1]), i + 2
        else:
            break
    return run


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    trail = "，,。；;：:、 \n\t（）()“”\"'"
    while s < e and text[s] in trail:
        s += 1
    while e > s and text[e - 1] in trail:
        e -= 1
    return s, e


def _anchor_left(sent: str, left: str) -> int | None:
    """End offset in ``sent`` of the longest tail of ``left`` (≥ 2 chars) found in it."""
    for n in range(min(len(left), 10), 1, -1):
        i = sent.rfind(left[-n:])
        if i >= 0:
            return i + n
    return None


def _held(sent: str, left: str, a: int) -> int:
    """How many characters of ``left``'s tail ``sent`` writes right before ``a`` (0 for fewer than two)."""
    return next((n for n in range(min(len(left), 10), 1, -1) if sent.endswith(left[-n:], 0, a)), 0)


def _anchor_right(sent: str, right: str, after: int) -> int | None:
    """Start offset in ``sent`` (at or after ``after``) of the longest head of ``right`` (≥ 2 chars)."""
    found = _right_match(sent, right, after)
    return found[0] if found else None


def _right_match(sent: str, right: str, after: int) -> tuple[int, int] | None:
    """(start, length) in ``sent`` of the longest head of ``right`` (≥ 2 chars) at or after ``after``."""
    for n in range(min(len(right), 10), 1, -1):
        i = sent.find(right[:n], after)
        if i >= 0:
            return i, n
    return None


def _best_left(sent: str, left: str, right: str, a: int) -> int:
    """Of the places the left anchor ending at ``a`` is written, the one the right anchor follows most closely
    matched ("支持东北地区等老工业基地…，支持革命老区和少数民族地区…" asked "支持哪个地区等老工业基地": the first
    支持, whose gap is followed by all of "地区等老工业基地", not the last, followed by "地区" alone)."""
    tail = left[-n:] if (n := _held(sent, left, a)) else ""
    best, best_n = a, -1
    for m in re.finditer(re.escape(tail), sent) if tail else ():
        found = _right_match(sent, right, m.end())
        n = found[1] if found and 0 < found[0] - m.end() <= MAX_SPAN else 0
        if n > best_n or (n == best_n and m.end() > best):
            best, best_n = m.end(), n
    return best


DEFINED = re.compile(r"[”\"’」]?(?:指的|是指|指|的意思)$")  # a question asking what a term means
DEFINES = re.compile(r"\s*[，,：:]?\s*(?:就是|即是|即|是指|指的是|指)")  # the text defining it
_SECOND_ASKED = re.compile(r"什么|哪|多少|谁")  # a second question word: its gap is the answer's other half
_PREPOSITIONS = "以由向把给被对从"  # one character before a question word that opens its gap ("以谁为", "由谁来")
_CLOSING = "》」』）)”’〉】"


def aligned_spans(sent: str, left: str, right: str) -> list[tuple[int, int, int]]:
    """Spans of ``sent`` where the question word's gap falls: (start, end, anchors found)."""
    out = []
    if re.search(r"(?<![为除])了$", left):  # "扩大到了哪类人" ← "扩大到低收入群体": the particle is the question's
        left = left[:-1]
    defined = DEFINED.search(left)  # "“适度”指的是什么" ← "适度，就是松紧得当，不急刹车": the definition
    if defined:
        left = left[:defined.start()]
    a = _anchor_left(sent, left) if left else None
    if a is None and len(left) > 3 and left[-1] == "的" and not _SECOND_ASKED.search(right) \
            and (b := _anchor_left(sent, left[:-1])) is not None and _held(sent, left[:-1], b) >= 3:
        left, a = left[:-1], b  # "边远山区的什么任务" ← "边远山区溜索改桥任务": the text writes no 的
    if a is not None and defined:
        m = DEFINES.match(sent, a)
        end = next((i for i in range(a, len(sent)) if sent[i] in "；;。！？!?"), len(sent))
        return [(m.end(), end, 1)] if m and 0 < end - m.end() <= MAX_SPAN else []
    if a is not None and right:
        a = _best_left(sent, left, right, a)
    if a is not None:
        held = _held(sent, left, a)
        while a < len(sent) and sent[a] in "是为叫即了":  # "X的职业是什么" ← "X的职业是医生": the copula is not the answer
            a += 1
        b = _anchor_right(sent, right, a) if right else None
        if b is None and (rest := after_head(right)):
            found = _right_match(sent, rest, a)  # "哪个工厂在此建立…" ← "上海石化总厂在此建造…": the text names it
            b = found[0] if found and found[1] >= 3 else None  # (two characters found may be chance)
        if b is not None and 0 < b - a <= MAX_SPAN:
            figures = list(QTY_RE.finditer(sent, a, b))  # "解决750万户A和240万户B": the figure next to B
            last = figures[-1] if len(figures) > 1 and figures[-1].end() == b else None
            out.append((last.start() if last else a, b, 2))
        else:
            # up to the end of the clause that starts at the anchor
            e = next((i for i in range(a, len(sent)) if sent[i] in "，,。；;！？!?：:"), len(sent))
            if 0 < e - a <= MAX_SPAN:
                out.append((a, e, 1))
            h = sent.find(head, a, e) if held >= 3 and (head := head_word(right, sent)) else -1
            if h > a:  # "继续推动哪一轮多边贸易谈判" ← "继续推动多哈回合谈判": up to the noun's last word
                out.append((a, h, 2))  # (three characters of the left side found: two, "获得", may be chance)
    elif right:
        b = _anchor_right(sent, right, 0)
        if b is not None:
            s = max((i + 1 for i in range(b) if sent[i] in "，,。；;！？!?：:"), default=0)
            if left and left[-1] in _PREPOSITIONS and 0 <= (p := sent.rfind(left[-1], s, b - 1)):
                s = p + 1  # "以谁为重点" ← "建立并切实执行以行政首长为重点": the preposition is the left anchor
            if 0 < b - s <= MAX_SPAN:
                out.append((s, b, 1))
    return out


_HEAD_FLAGS = ("n", "m", "q")  # the noun a question word asks for, with its numeral or measure word ("一公园")


def after_head(right: str) -> str:
    """The question's words after the noun its question word asks for ("哪个|工厂|在此建立原油码头" → "在此建立原油码头"),
    which the text writes after the name it gives instead; "" when no noun opens ``right``, under two characters
    follow it, or a verb modifying a noun does (the noun phrase goes on: "哪种全国|统一工资制度")."""
    toks, end, noun, i = tokens(right), 0, False, 0
    for i, (s, e, flag) in enumerate(toks):
        if not flag.startswith(_HEAD_FLAGS) or e > 5:
            break
        end, noun = e, noun or flag.startswith("n")
    modifier = i + 1 < len(toks) and toks[i][0] == end and toks[i][2] in ("v", "vn") and toks[i + 1][2].startswith("n")
    alone = not toks or toks[-1][0] == end  # one word left ("哪几种新能源|发电"): it may end the noun phrase
    return right[end:] if noun and len(right) - end >= 2 and not modifier and not alone else ""


def head_word(right: str, sent: str) -> str:
    """The last word of a short noun phrase a question word asks for ("什么改造|任务", "哪一轮多边贸易|谈判"), which the
    text writes after the name it gives when it words the rest otherwise ("溜索改桥任务", "多哈回合谈判"); "" when
    ``sent`` writes another of its words (then the phrase goes on past the name: "支线客机|飞上|蓝天")."""
    toks = tokens(right) if 0 < len(right) <= 10 else ()
    if len(toks) < 2:
        return ""
    s, e, flag = toks[-1]
    if e != len(right) or e - s < 2 or not (flag.startswith("n") or flag == "vn"):
        return ""
    k = next((t[0] for t in toks if not t[2].startswith(("m", "q"))), s)  # (not a numeral: "两个|俱乐部")
    words = [w for w in tokenize(right[k:s]) if len(w) >= 2]  # ("一|公园": no other word to word otherwise)
    return right[s:] if words and not any(w in sent for w in words) else ""


def passage_spans(text: str, left: str = "", right: str = "", with_names: bool = True) -> list[Span]:
    """Every candidate span of a passage (deduplicated by offsets and kind): those of its sentences, which depend
    on the text alone (cached, as passages recur across questions), each followed by the sentence's spans where
    the question word's gap falls."""
    out: list[Span] = []
    for ss, se, clauses, base in _sentence_spans(text, with_names):
        out += base
        if left or right:
            spans: dict[tuple[int, int], Span] = {}
            for a, b, n in aligned_spans(text[ss:se], left, right):
                s, e = _strip(text, ss + a, ss + b)
                if 1 <= e - s <= MAX_SPAN and text[s] not in _CLOSING:  # not the tail of a name: "》生效"
                    cl = next(((cs, ce) for cs, ce in clauses if cs <= ss + a < ce), (ss, se))
                    spans.setdefault((s, e), Span(s, e, "aligned", cl[0], max(cl[1], ss + b), ss, se, n))
            out += spans.values()
    return out


_Sentence = tuple[int, int, tuple[tuple[int, int], ...], tuple[Span, ...]]  # offsets, clauses, spans


@lru_cache(maxsize=8192)
def _sentence_spans(text: str, with_names: bool) -> tuple[_Sentence, ...]:
    """Per sentence of ``text``: its offsets, its clauses and the candidate spans that need no question."""
    out = []
    for ss, se in sentence_spans(text):
        spans: dict[tuple[int, int, str], Span] = {}

        def add(s: int, e: int, kind: str, cs: int, ce: int, ss: int, se: int) -> None:
            s, e = _strip(text, s, e)
            if e - s < 1 or (kind not in ("clause", "pair") and e - s > MAX_SPAN):
                return
            spans.setdefault((s, e, kind), Span(s, e, kind, cs, ce, ss, se))

        sent = text[ss:se]
        clauses = [(ss + a, ss + b) for a, b in clause_spans(sent)]
        for i, (cs, ce) in enumerate(clauses):
            add(cs, ce, "clause", cs, ce, ss, se)
            if i + 1 < len(clauses) and clauses[i + 1][1] - cs <= 120:
                add(cs, clauses[i + 1][1], "pair", cs, clauses[i + 1][1], ss, se)
            clause = text[cs:ce]
            for m in QTY_RE.finditer(clause):
                num = m.group("num")
                if m.group("unit") == "年" and len(num) == 4 and set(num) <= _YEAR_DIGITS:
                    continue  # a year ("2008年", "二〇〇八年"); "三年" is a duration (the reader allows it for 多久)
                start = m.start() - 1 if m.start() > 0 and clause[m.start() - 1] == "第" else m.start()  # 第二十二次
                add(cs + start, cs + m.end(), "qty", cs, ce, ss, se)
            for m in PERCENT_RE.finditer(clause):
                add(cs + m.start(), cs + m.end(), "qty", cs, ce, ss, se)
            for m in DATE_RE.finditer(clause):
                add(cs + m.start(), cs + m.end(), "date", cs, ce, ss, se)
            for m in NAME_RE.finditer(clause):
                add(cs + m.start(), cs + m.end(), "name", cs, ce, ss, se)
            if with_names:
                for a, b in name_spans(clause):
                    add(cs + a, cs + b, "name", cs, ce, ss, se)
            m = _COPULA.search(clause)
            if m and m.end() < len(clause):
                add(cs + m.end(), ce, "copula", cs, ce, ss, se)
            for m in _MADE_INTO.finditer(clause):  # "把X作为Y": X is what Y is (what "把什么作为Y" asks)
                add(cs + m.start(1), cs + m.end(1), "copula", cs, ce, ss, se)
            if _LIST_ITEM_SEP in clause:
                first = clause.find(_LIST_ITEM_SEP)
                start = max((j + 1 for j in range(first) if clause[j] in "是为括有：:对在和与及"), default=0)
                add(cs + start, ce, "list", cs, ce, ss, se)
                if start and clause[start - 1] in "和与及" and (head := _joined_head(clause, start - 1)) is not None:
                    add(cs + head, ce, "list", cs, ce, ss, se)  # "抓好|西藏和四省藏区、新疆…": the item joined first
        out.append((ss, se, tuple(clauses), tuple(spans.values())))
    return tuple(out)
