"""Which of the spans scoring near the best answers: not one that only restates the question ("这是…的核心": the
sentence before), the quote of as many characters as asked ("哪八个字的方针"), the span that fills the gap the
question's words leave around its question word ("严格执行哪部法律" ← "严格执行统计法"), the text's definition of the
term whose meaning is asked ("“适度”指的是什么" ← "适度，就是松紧得当…"), a span naming a place where one is asked, a
person's name where an office holder is, the figure right after the verb a figure question asks, the figure whose
sentence renders most of an English question's rare terms. Pure text logic."""
from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping

import numpy as np

from qa.answer.boundaries import BRACKETS, question_gap
from qa.answer.features import Scored, norm
from qa.answer.figure_runs import own_item
from qa.answer.kind_rules import restates
from qa.answer.question import CN_DIGITS, COUNTERS, QuestionInfo
from qa.answer.spans import DEFINED, DEFINES, has_person_name, in_unit, tokens
from qa.answer.topic_rules import THIS_IS
from qa.retrieve.glossary import english_term_groups


def past_restatement(info: QuestionInfo, cands: list[Scored], masked: np.ndarray, best: int) -> int:
    """The best span, or when it only restates the question, the best one of its sentence that does not; when that
    sentence opens on "这是" ("加快转变政府职能。这是深化行政管理体制改革的核心"), the best one of the sentence before."""
    b = cands[best]
    if not restates(info, b.text, b.span.kind):
        return best
    live = [i for i in np.flatnonzero(np.isfinite(masked)) if cands[i].chunk.chunk_id == b.chunk.chunk_id
            and not restates(info, cands[i].text, cands[i].span.kind)]
    same = [i for i in live if cands[i].span.sent_start == b.span.sent_start]
    if not same and THIS_IS.match(b.chunk.text, b.span.sent_start):
        same = [i for i in live if cands[i].span.sent_end <= b.span.sent_start
                and not b.chunk.text[cands[i].span.sent_end:b.span.sent_start].strip("。！？!? \n")]
    return int(max(same, key=lambda i: masked[i])) if same else best


# a quote asked by its length ("坚持哪八个字的方针", "十六字方针是什么"): the quote of that many characters
_CHARS_ASKED = re.compile(r"([一二两三四五六七八九十]{1,3}|\d{1,2})\s*个?字(?!的?(?:词|短语|句))")  # not "三个四字词"
QUOTE_MARGIN = 0.3  # a quote in the sentence of a span this close to the best
_QUOTE = re.compile(r"“([^“”]{2,40})”|「([^「」]{2,40})」")
_NOT_CHARS = re.compile(r"[\W\d_a-zA-Z]")


def _numeral(word: str) -> int:
    """"八" → 8, "十六" → 16, "二十四" → 24, "16" → 16."""
    if word.isdigit():
        return int(word)
    if "十" not in word or len(word) == 1:
        return CN_DIGITS.get(word, 0) if len(word) == 1 else 0
    tens, _, ones = word.partition("十")
    return (CN_DIGITS.get(tens, 0) if tens else 1) * 10 + (CN_DIGITS.get(ones, 0) if ones else 0)


def chars_asked(info: QuestionInfo) -> int:
    """How many characters the Chinese question asks a quote of ("哪八个字" → 8), or 0."""
    m = None if info.english else _CHARS_ASKED.search(info.text)
    n = _numeral(m.group(1)) if m else 0
    return n if n >= 2 else 0


def counted_quote(info: QuestionInfo, cands: list[Scored], masked: np.ndarray) -> tuple | None:
    """(chunk, start, end, score) of the quote of as many characters as the Chinese question asks, in the sentence
    of the best-scored candidate that holds one, or None."""
    n = chars_asked(info)
    if not n:
        return None
    for i in np.argsort(-masked):
        if not masked[i] >= masked.max() - QUOTE_MARGIN:
            break
        c = cands[int(i)]
        for q in _QUOTE.finditer(c.chunk.text, c.span.sent_start, c.span.sent_end):
            body = q.group(1) or q.group(2)
            if len(_NOT_CHARS.sub("", body)) == n:
                return c.chunk, q.start(), q.end(), float(masked[i])
    return None


# a span both of whose sides match the question's words around its question word answers within this of the best
# (measured on the tune sets: 0.15 +3 −0; 0.3, and spans matched on one side within 0.1, +2 −4)
GAP_MARGIN = 0.15


def gap_filler(info: QuestionInfo, cands: list[Scored], masked: np.ndarray, best: int) -> int:
    """Where a Chinese fact question's words on both sides of its question word are found around a span
    ("严格执行哪部法律" ← "严格执行统计法"), that span when it scores near the best."""
    if info.english or info.qtype != "fact" or cands[best].span.kind == "aligned":
        return best
    return best_within(masked, best, GAP_MARGIN, lambda i: cands[i].span.kind == "aligned"
                       and cands[i].span.anchors == 2 and _balanced(cands[i].text))


def best_within(masked: np.ndarray, best: int, margin: float, fits: Callable[[int], bool]) -> int:
    """The best-scored candidate within ``margin`` of ``best`` for which ``fits(i)``; ``best`` when none is."""
    near = [i for i in np.flatnonzero(np.isfinite(masked)) if masked[i] >= masked[best] - margin and fits(int(i))]
    return int(max(near, key=lambda i: masked[i])) if near else best


def _balanced(text: str) -> bool:
    """No quote or title mark closed that the text does not open ("千企千亿带万家”的发展格局")."""
    return all(text.count(a) == text.count(b) for a, b in BRACKETS)


DEFINITION_MARGIN = 0.6  # the text's definition of the term asked answers this far below the best


_MEANING = re.compile(r"(?:意思|含义|涵义|内涵)")  # "“适时”具体是什么意思": the gap's right side
_QUOTED_TERM = re.compile(r"[“\"「]([^”\"」]{1,12})[”\"」]")


def definition(info: QuestionInfo, cands: list[Scored], masked: np.ndarray, best: int) -> int:
    """Where a Chinese question asks what a term means ("其中“适度”指的是什么", "“适时”是什么意思"), the best-scored
    span the text writes as its definition ("适度，就是松紧得当，不急刹车，不一刀切"; "适时，就是把握好…的时机"): the
    ranker has not learnt that form."""
    if info.english or info.qtype != "fact":
        return best
    left, right = question_gap(info.text)
    terms = [] if DEFINED.search(left) else _QUOTED_TERM.findall(info.text) if _MEANING.match(right) else None
    if terms is None:
        return best
    defs = [i for i in np.flatnonzero(np.isfinite(masked)) if masked[i] >= masked[best] - DEFINITION_MARGIN
            and ((cands[i].span.kind == "aligned" and _defined_before(cands[i]))
                 or any(_defines(cands[i].text, t) for t in terms))]
    return int(max(defs, key=lambda i: masked[i])) if defs else best


def _defines(text: str, term: str) -> bool:
    """Whether the span opens on the term and its definition ("适时，就是把握好调控措施出台的时机")."""
    return text.startswith(term) and DEFINES.match(text, len(term)) is not None


def _defined_before(c: Scored) -> bool:
    """Whether the span follows a defining word ("就是", "即", "是指")."""
    before = c.chunk.text[max(0, c.span.start - 4):c.span.start]
    return any(m.end() == len(before) for m in DEFINES.finditer(before))


_PLACE_ASKED = re.compile(r"哪里|哪儿|什么地方")  # (a named kind — 哪个省, 哪些城市 — is the gap fillers')
# a kind of place where something is done ("在西部地区实施", "到农村服务"); not "农村义务教育", whose 农村 says whose
_PLACE = re.compile(r"(?:在|到|于|向)[^，,。；;]{0,6}?(?:地区|城市|省份|农村|城镇|乡村|基层|沿海|内地|边境|[东中西]部|东北)")
PLACE_MARGIN = 0.3  # a span of the best one's sentence naming a place answers this far below it


def place_given(info: QuestionInfo, cands: list[Scored], masked: np.ndarray, best: int) -> int:
    """Where a Chinese question asks where ("第一年先在哪里实施"), and the best span names no place, the best-scored
    span of its sentence within ``PLACE_MARGIN`` that does ("…学杂费，今年在西部地区实施")."""
    b = cands[best]
    if info.english or not _PLACE_ASKED.search(info.text) or _names_place(b.text):
        return best
    return best_within(masked, best, PLACE_MARGIN, lambda i: _same_sentence(cands[i], b)
                       and _names_place(cands[i].text))


def _names_place(text: str) -> bool:
    """A place by its kind ("西部地区", "36个大城市") or by its name (jieba's ns: "安徽", "西安")."""
    return bool(_PLACE.search(text)) or any(flag == "ns" for _, _, flag in tokens(text))


# an office holder asked by name ("党中央总书记是谁", "市长叫什么")
_OFFICE_WHO = re.compile(r"(?:书记|总理|主席|部长|省长|市长|县长|局长|主任|院长|校长|董事长|总统|首相|委员长|领导人|负责人)"
                         r"[^，,。？?]{0,3}(?:是谁|叫什么|是哪位)")
PERSON_MARGIN = 0.3  # a span naming a person answers this far below a best one that names none


def person_given(info: QuestionInfo, cands: list[Scored], masked: np.ndarray, best: int) -> int:
    """Where a Chinese question asks who holds an office, and the best span names no person ("的党中央领导下"), the
    best-scored span within ``PERSON_MARGIN`` that names one ("以习近平同志为总书记的党中央" → 习近平)."""
    if info.english or not _OFFICE_WHO.search(info.text) or has_person_name(cands[best].text):
        return best
    return best_within(masked, best, PERSON_MARGIN, lambda i: has_person_name(cands[i].text))


# the verb a figure question asks right before its question word ("废止了多少件"), as the text writes it before a figure
_VERB_ASKED = re.compile(r"([\u4e00-\u9fff]{2})了?\s*(?:多少|几)")
VERB_MARGIN = 0.15  # a figure right after the asked verb, in the best one's sentence, answers this far below it


def verb_before_figure(info: QuestionInfo, cands: list[Scored], masked: np.ndarray, best: int) -> int:
    """Where a Chinese figure question asks what a verb did ("清理…时，废止了多少件") and the best figure does not follow
    that verb, the best-scored figure of its sentence within ``VERB_MARGIN`` that does ("对756件行政法规进行全面清理，
    废止71件": 71件, not the 756件 cleaned)."""
    m = _VERB_ASKED.search(info.text) if not info.english and info.qtype == "number" else None
    b = cands[best]
    if m is None or b.span.kind != "qty":
        return best
    words = [info.text[a:e] for a, e, flag in tokens(info.text[:m.end(1)]) if flag.startswith("v")][-1:]
    verb = words[0] if words and len(words[0]) >= 2 and info.text[:m.end(1)].endswith(words[0]) else ""
    if not verb or _follows_verb(b, verb):
        return best
    return best_within(masked, best, VERB_MARGIN, lambda i: cands[i].span.kind == "qty"
                       and _same_sentence(cands[i], b) and _follows_verb(cands[i], verb))


def _same_sentence(c: Scored, b: Scored) -> bool:
    return c.chunk.chunk_id == b.chunk.chunk_id and c.span.sent_start == b.span.sent_start


def _follows_verb(c: Scored, verb: str) -> bool:
    """Whether the span starts right after ``verb`` (a 了, 为 or 到 between them allowed)."""
    before = c.chunk.text[max(0, c.span.start - len(verb) - 1):c.span.start]
    return before.endswith(verb) or (before[:-1].endswith(verb) and before[-1:] in "了为到")


_HOW_MUCH = re.compile(r"\bhow much\b", re.I)
_FIGURE_UNIT = re.compile(r"[^\d.,．%％]+$")  # what follows a figure's digits: its magnitude and unit
ENGLISH_TERMS_MARGIN = 0.15  # an English figure question's best figure gives way this far below it
RARE_IDF = 3.0  # a rendering in fewer than ~5% of the passages names the thing asked, not the report's routine


def english_terms_choice(info: QuestionInfo, cands: list[Scored], masked: np.ndarray, best: int,
                         df: Mapping[str, int], n: int) -> int:
    """Where an English figure question's best figure has a sentence that renders fewer of the question's rare
    terms than another figure's within ``ENGLISH_TERMS_MARGIN`` ("spend on the new rural cooperative medical
    scheme": "…新型农村合作医疗…；中央财政支出42.7亿元", not the sentence before's "中央财政安排27亿元国债资金"), the
    best-scored figure of those rendering most. The ranker reads the renderings of all the question's words alike."""
    if not info.english or info.qtype != "number" or cands[best].span.kind != "qty":
        return best

    def idf(w: str) -> float:
        return math.log((n + 1) / (df.get(w, 0) + 0.5))
    groups = [g for g in (tuple(t for t in grp if len(t) >= 2) for grp in english_term_groups(info.text))
              if g and min(idf(t) for t in g) >= RARE_IDF]
    if not groups:
        return best

    def rendered(i: int) -> int:
        c = cands[i]
        sentence = norm(c.chunk.text[c.span.sent_start:c.span.sent_end])
        return sum(any(norm(t) in sentence for t in g) for g in groups)

    def in_item(i: int) -> int:  # "…、核电384万千瓦", "安排421亿美元…出口融资保险": the figure's own item
        c = cands[i]
        item = norm(c.chunk.text[slice(*own_item(c.chunk.text, c.span.sent_start, c.span.start, c.span.end,
                                                 c.span.sent_end))])
        return sum(any(norm(t) in item for t in g) for g in groups)

    unit = info.unit.split("|")[0]  # (checked where "how much" asks it; not a counter guessed from a noun,
    unit = unit if unit not in COUNTERS and _HOW_MUCH.search(info.text) else ""  # "projects" → 项, nor "funds" → 元)

    def figure(i: int) -> bool:  # (in the asked unit: "how much was invested" is not answered in 公里)
        return cands[i].span.kind == "qty" and (not unit or in_unit(cands[i].text, unit))
    near = [int(i) for i in np.flatnonzero(np.isfinite(masked)) if masked[i] >= masked[best] - ENGLISH_TERMS_MARGIN
            and figure(int(i))]
    most = max((rendered(i) for i in near), default=0)
    if rendered(best) < most:
        best = best_within(masked, best, ENGLISH_TERMS_MARGIN, lambda i: figure(i) and rendered(i) == most)
    # then, where its figure's own item renders none, the figure of its sentence and unit whose own item
    # renders some ("其中水电9601万千瓦、核电384万千瓦" for "nuclear power capacity")
    c = cands[best]
    unit_of = _FIGURE_UNIT.search(norm(c.text))
    return best if in_item(best) else best_within(
        masked, best, ENGLISH_TERMS_MARGIN, lambda i: figure(i) and cands[i].chunk is c.chunk
        and cands[i].span.sent_start == c.span.sent_start and in_item(i) > 0
        and (m := _FIGURE_UNIT.search(norm(cands[i].text))) is not None and unit_of is not None
        and _unit_kind(m.group(0)) == _unit_kind(unit_of.group(0)))


def _unit_kind(unit: str) -> str:
    """A figure's unit, any money as one ("亿元", "亿美元": sums of a total and of its part raised abroad)."""
    return "元" if unit.endswith("元") else unit


def figure_choice(info: QuestionInfo, cands: list[Scored], masked: np.ndarray, best: int,
                  df: Mapping[str, int], n: int) -> int:
    """The figure after the verb asked (:func:`verb_before_figure`), then the one rendering most of an English
    question's rare terms (:func:`english_terms_choice`)."""
    return english_terms_choice(info, cands, masked, verb_before_figure(info, cands, masked, best), df, n)
