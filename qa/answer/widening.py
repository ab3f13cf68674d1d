"""An answer's extent: the best span, widened over the spans its ranker cannot tell apart from it, then ended
where its noun, name or bracket ends. Kept apart from ``qa.answer.extract`` because the widening margin is
chosen on tune questions by ``qa.evaluation.widen_margin`` with exactly this function."""
from __future__ import annotations

import re

import numpy as np

from qa.answer.boundaries import answer_edges, close_open_brackets
from qa.answer.enumerations import items_run, parallel_run
from qa.answer.features import Scored
from qa.answer.question import QuestionInfo
from qa.answer.figure_runs import figure_groups
from qa.answer.spans import tokens
from qa.retrieve.glossary import english_to_chinese_terms

QUOTE_MAX = 80  # characters of an answer grown to its quotation's end
_QUOTES = (("“", "”"), ("「", "」"), ("《", "》"))
_COUNT_WORDS = frozenset("个项家所座条处批种类")  # a count's word for the thing counted follows ("320个县")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_FULL_STOP = re.compile(r"[。！？!?\n]")
WIDEN_MAX, WIDEN_POOL = 60, 8  # a widened answer's length cap; how many of the best spans may widen it
# "A和B分别是多少": several figures are asked for, so a span may hold several
ASKS_SEVERAL = re.compile(r"分别|各自|各是|各为|各有|和|与|及|、|\band\b|\bboth\b|\brespectively\b|\beach\b")


def widen(info: QuestionInfo, cands: list[Scored], scores: np.ndarray, best: int, margin: float,
          max_len: int = WIDEN_MAX) -> tuple[int, int]:
    """The answer's offsets: the best span, grown to cover the spans of its sentence that score within
    ``margin`` of it. When the ranker cannot tell two neighbouring spans apart, the answer holds both rather
    than a coin toss between them (still one sentence's piece, at most ``max_len`` characters, and for 多少 one
    figure)."""
    c = cands[best]
    s, e = c.span.start, c.span.end
    if margin <= 0:
        return s, e
    one_figure = info.qtype == "number" and not ASKS_SEVERAL.search(_before_counted(info.text))
    near = [cands[int(i)] for i in np.argsort(-scores)[1:WIDEN_POOL] if scores[i] >= scores[best] - margin]
    for o in near:  # one pass in score order: the answer only grows, so a span refused once stays refused
        if o.chunk.chunk_id != c.chunk.chunk_id or o.span.sent_start != c.span.sent_start:
            continue
        ns, ne = min(s, o.span.start), max(e, o.span.end)
        if ne - ns <= max_len and not (one_figure and figure_groups(c.chunk.text[ns:ne]) > 1):
            s, e = ns, ne
    return close_open_brackets(c.chunk.text, s, e, c.span.end)


def _before_counted(question: str) -> str:
    """A Chinese question without the thing its 多少/几 counts ("解决多少户林区、垦区…居民": one figure of
    several places' households, not several figures)."""
    m = re.search(r"(?:多少|几)[^，,。？?！!]*", question)
    return question[:m.start()] + ("分别" if re.search(r"分别|各自|各", question[m.start():]) else "") if m else question


def answer_bounds(info: QuestionInfo, cands: list[Scored], scores: np.ndarray, best: int,
                  margin: float) -> tuple[int, int]:
    """The answer's offsets in its chunk: the best span widened over near ties, then ended where its noun, its
    name or its bracket ends (``qa.answer.boundaries``). What ``Extractor.extract`` answers and what the
    widening margin is chosen on."""
    c = cands[best]
    text, sp = c.chunk.text, c.span
    s, e = widen(info, cands, scores, best, margin)
    s, e = answer_edges(info, text, sp.clause_start, sp.clause_end, s, e)
    s, e = quote_closed(text, s, e)
    s, e = items_run(info, text, sp.sent_start, sp.sent_end, s, e)
    s, e = parallel_run(info, text, sp.sent_start, sp.sent_end, s, e)
    e = share_of(info, text, s, e)
    if info.qtype == "date":
        return s, date_bound(info, text, e)
    return s, counted_noun(info, text, s, e) if info.qtype == "number" else e


def counted_noun(info: QuestionInfo, text: str, s: int, e: int) -> int:
    """The end of a count answered with the thing it counts when the question names that thing ("多少个县",
    "how many counties" → "320个县", not "320个"): a one-character noun right after the answer's counter."""
    if e <= s or text[e - 1] not in _COUNT_WORDS:
        return e
    first = next(iter(tokens(text[e:e + 8])), None)  # one character: "个县", "个市" (not "个社区卫生|服务机构")
    if first is None or first[:2] != (0, 1) or not (first[2].startswith("n") or first[2] == "zg"):
        return e
    word = text[e]
    named = word in english_to_chinese_terms(info.text) if info.english else word in info.text
    return e + 1 if named and _CJK.fullmatch(word) else e


_ASKS_REACH = re.compile(r"多大范围|什么范围|多大比例的|多少比例的|\bwhat (?:share|proportion|percentage) of\b", re.I)
_SHARE_END = re.compile(r"[%％]\s*(?:以上|左右|以内)?$")


def share_of(info: QuestionInfo, text: str, s: int, e: int) -> int:
    """The end of a share answered with what it is a share of ("扩大到多大范围" → "60%的县", not "60%"): the noun
    after 的 when a reach is asked."""
    if not _ASKS_REACH.search(info.text) or not _SHARE_END.search(text[s:e]) or text[e:e + 1] != "的":
        return e
    first = next(iter(tokens(text[e + 1:e + 8])), None)
    if first is None or first[0] != 0 or not (first[2].startswith("n") or first[2] == "zg") or first[1] > 3:
        return e
    return e + 1 + first[1]


# a bound written after a date, and the words that ask for it ("什么时间以前完成" → "2005年前", not "2005年")
_BOUNDS = ((re.compile(r"以前|之前|前"), re.compile(r"前|\bbefore\b|\bby\b", re.I)),
           (re.compile(r"以后|之后|后"), re.compile(r"后|\bafter\b", re.I)),
           (re.compile(r"年底|年末|底|末"), re.compile(r"底|末|\bend\b", re.I)))


def date_bound(info: QuestionInfo, text: str, e: int) -> int:
    """The end of a date answered with the bound written after it ("2005年前", "2010年底") when the question asks
    for a bound ("什么时间以前", "by when"): the date alone says another thing."""
    for written, asked in _BOUNDS:
        m = written.match(text, e)
        if m and asked.search(info.text):
            return m.end()
    return e


def quote_closed(text: str, s: int, e: int) -> tuple[int, int]:
    """An answer that opens a quotation ends where the quotation closes (in its sentence, within ``QUOTE_MAX``):
    a quoted enumeration ("“封山植树，退耕还林；…”") holds clause and item marks, and a span ends inside it."""
    for opening, closing in _QUOTES:
        i = text.rfind(opening, s, e)
        if i >= 0 and text.find(closing, i, e) < 0:
            j = text.find(closing, e, min(len(text), s + QUOTE_MAX))
            if j >= 0 and not _FULL_STOP.search(text, e, j):
                e = j + 1
    return s, e
