"""Places a question names, against the passage and the span: a province's, a region's or a scope's figure is not the
nation's ("2007年广东省的地区生产总值", "东部地区经济增长了多少", "农村市场消费品零售额"), and a name asked of one
province is not another's ("天津新区叫什么" ← "上海浦东新区"). Pure text logic over candidate spans."""
from __future__ import annotations

import re

import numpy as np

from qa.answer.features import Scored, norm
from qa.answer.question import QuestionInfo
from qa.answer.spans import tokens


# where a place a question names is looked for in vain: words for the whole country are no particular place
_NATIONWIDE = frozenset(("中国", "我国", "全国", "国内", "国外", "境内", "境外", "中华", "中华人民共和国", "世界", "全球",
                         "各地", "地方", "城乡", "农村", "城镇", "城市"))


# China's provinces and regions by their short names: the tagger's "ns" alone also marks 东西, 大国, 台独
_PROVINCES = frozenset((
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东",
    "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏",
    "宁夏", "新疆", "香港", "澳门"))
# a province's one-character name in compounds ("京津冀", "引黄济津"), where that character is rare otherwise
_ABBREVIATION = {"北京": "京", "天津": "津", "上海": "沪", "重庆": "渝", "河北": "冀", "山西": "晋", "安徽": "皖",
                 "福建": "闽", "江西": "赣", "山东": "鲁", "河南": "豫", "湖北": "鄂", "湖南": "湘", "广东": "粤",
                 "海南": "琼", "贵州": "黔", "云南": "滇", "甘肃": "陇"}
_PLACE_SUFFIX = re.compile(r"(?:省|市|县|自治区|自治州|特别行政区)$")
# places a name joins by one character each ("深港通", "港澳", "粤港澳"): alone, too common a character to name them
_JOINED = {"香港": "港", "澳门": "澳", "深圳": "深", "台湾": "台", "广州": "穗", "厦门": "厦"}


_EXCEPT = re.compile(r"除(?:了)?[^，,。？?]{0,30}?(?:以外|之外|外)")  # "除上海浦东外…哪个新区": not the one asked


def other_province(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """Where a Chinese 什么/谁 question names a province ("天津新区叫什么"), a span naming another one and not it
    ("上海浦东新区" beside "天津滨海新区"): the name asked is the one of the place the question names."""
    out = np.zeros(len(cands), dtype=bool)
    if info.english or info.qtype not in ("who", "fact"):
        return out
    asked = {p for p in _PROVINCES if p in _EXCEPT.sub("", info.text)}
    if not asked:
        return out
    others = _PROVINCES - asked
    for i, c in enumerate(cands):
        if (only is None or only[i]) and not any(p in c.text for p in asked):
            out[i] = any(p in c.text for p in others)
    return out


# a scope the asked indicator is narrowed to ("农村市场消费品零售额", "规模以上工业企业利润"): the nation's total is not it
_SCOPE = re.compile(r"农村|城镇|城市|(?<!全)国有(?!多少|几)|民营|规模以上|高速|中小(?=企业|学)")  # not "全国有多少"
SCOPE_ALIKE = {"城镇": ("城镇", "城市", "城乡"), "城市": ("城市", "城镇", "城乡"),  # 城乡: both; “三农”: 农业、农村、农民
               "农村": ("农村", "城乡", "三农")}
_QWORD_AT = re.compile(r"多少|几")
# a part of the country by its compass point ("东部地区", "中西部", "西南地区"): a place the tagger does not mark
_REGION = re.compile(r"(东部|中部|西部|东北|中西部|西北|西南|东南|华北|华东|华南|华中)(?:地区|省份|各省)")


def region_absent(info: QuestionInfo, c: Scored) -> str:
    """A figure of a region ("东部地区经济增长了多少") or of a scope of an indicator ("农村市场消费品零售额",
    "规模以上工业企业利润") asked from a sentence (and the one before, over "；") that does not name it: the nation's
    figure is not the region's or the scope's (a report names them in passing elsewhere)."""
    if info.english or info.qtype != "number":
        return ""
    t = c.chunk.text
    own = max(0, max(t.rfind(e, 0, c.span.start) for e in "。！？!?\n"))  # the "。" before its sentence
    start = max(t.rfind(e, 0, own) for e in "。！？!?\n") + 1 if own else 0  # ... and the one before that
    end = min((k for k in (t.find(e, c.span.end) for e in "。！？!?\n") if k >= 0), default=len(t))
    text = norm(t[start:end])
    for m in _REGION.finditer(info.text):
        if norm(m.group(1)) not in text:
            return f"the figure's sentence does not name {m.group(0)}"
    at = _QWORD_AT.search(info.text)
    asked = re.split(r"[，,；;：:]", info.text[:at.start()] if at else info.text)[-1]  # "2009年农村市场…增长了"
    for m in _SCOPE.finditer(asked):
        if not any(norm(w) in text for w in SCOPE_ALIKE.get(m.group(0), (m.group(0),))):
            return f"the figure's sentence does not name {m.group(0)}"
    return ""


# the provinces in English ("What was Guangdong province's GDP?")
_EN_PROVINCES = {
    "beijing": "北京", "tianjin": "天津", "shanghai": "上海", "chongqing": "重庆", "hebei": "河北", "shanxi": "山西",
    "liaoning": "辽宁", "jilin": "吉林", "heilongjiang": "黑龙江", "jiangsu": "江苏", "zhejiang": "浙江", "anhui": "安徽",
    "fujian": "福建", "jiangxi": "江西", "shandong": "山东", "henan": "河南", "hubei": "湖北", "hunan": "湖南",
    "guangdong": "广东", "hainan": "海南", "sichuan": "四川", "guizhou": "贵州", "yunnan": "云南", "shaanxi": "陕西",
    "gansu": "甘肃", "qinghai": "青海", "inner mongolia": "内蒙古", "guangxi": "广西", "tibet": "西藏", "ningxia": "宁夏",
    "xinjiang": "新疆"}
_EN_PROVINCE = re.compile(r"\b(" + "|".join(_EN_PROVINCES) + r")\b", re.I)


# the capital as the subject of a government's act: the central government, not the city
_CAPITAL_ACTING = re.compile(r"beijing(?:'s)?\s+(?:has\s+|had\s+|will\s+|would\s+|did\s+)?"
                             r"(?:set|spen[dt]|allocat|earmark|"
                             r"pledg|provid|invest|plan|decid|announc|budget|ma[dk]e|put|pa(?:y|id)|commit)", re.I)


# a conjunction or preposition the tagger joined to the next word's generic head ("改造和新建的县医院" → 和县)
_SPLIT_OFF = re.compile(r"[和与及或在对向从把被给让将]\s*[省市县区]")


def place_absent(info: QuestionInfo, context: str) -> str:
    """A Chinese question about a place ("2007年广东省的地区生产总值") answered from a passage that never names it:
    a national figure is not the province's. A place is a province by name or a word tagged as a place that ends
    like one (市, 县…); in English, a province by name."""
    text = norm(context)
    if info.english:
        for m in _EN_PROVINCE.finditer(info.text):
            if _CAPITAL_ACTING.match(info.text, m.start()):  # "Beijing set aside 3 billion": the central government
                continue
            chinese = _EN_PROVINCES[m.group(1).lower()]
            if chinese not in text and _ABBREVIATION.get(chinese, "\0") not in text:
                return f"the passage does not name {m.group(1)}"
        return ""
    places = [(w, w[:-1] if len(w) >= 3 and w[-1] in "省市县区" else w) for w in (info.text[a:b] for a, b, flag in
              tokens(info.text) if flag == "ns") if len(w) >= 2 and w not in _NATIONWIDE and not _SPLIT_OFF.fullmatch(w)]
    joined = [_ABBREVIATION.get(s) or _JOINED.get(s, "") for _, s in places]  # "深港通" names 深圳 and 香港 together
    for (word, short), ab in zip(places, joined):
        if not (word in _PROVINCES or _PLACE_SUFFIX.search(word) or short in _JOINED):
            continue
        if norm(short) not in text and _ABBREVIATION.get(short, "\0") not in text \
                and not (ab and any(o and o != ab and (ab + o in text or o + ab in text) for o in joined)):
            return f"the passage does not name {word}"  # ("引黄济津" names 天津)
    return ""


# "在哪个城市举行", "哪些国家", "哪几个省": a place of that kind is the answer
_PLACE_ASKED = re.compile(r"哪(?:一|几)?(?:个|座|些)?(城市|国家|省份|省)")
_EN_PLACE_ASKED = re.compile(r"\bwhich\s+(?:[a-z-]+\s+)?(city|cities|country|countries|province|provinces)\b", re.I)
_EN_KIND = {"city": "城市", "cities": "城市", "country": "国家", "countries": "国家",
            "province": "省", "provinces": "省"}


def place_unnamed(info: QuestionInfo, answer: str) -> str:
    """A question asking which city, country or province, answered by a span that names no place beyond those the
    question names (a clause about the event, "上海合作组织召开峰会" for "峰会在哪个国家举行") nor the kind asked
    ("主要发达国家"): the text does not say where."""
    m = (_EN_PLACE_ASKED if info.english else _PLACE_ASKED).search(info.text)
    kind = m and (_EN_KIND[m.group(1).lower()] if info.english else m.group(1))
    if not m or kind in answer:
        return ""
    asked = "" if info.english else norm(info.text)  # (an English question's glossary terms may hold the answer)
    named = [answer[a:b] for a, b, flag in tokens(answer) if flag == "ns"]
    if any(len(w) >= 2 and w not in _NATIONWIDE and norm(w) not in asked for w in named) \
            or any(p in answer and p not in asked for p in _PROVINCES):
        return ""
    return f"no {m.group(1)} named"
