"""Which document and sentence answer: a title line names a topic and does not answer a question about it; a
question that names a document by its whole title is answered from it;
and which sentence of a short article answers: every sentence of an article about one topic (named in its title)
is about that topic, so the topic's name in the question says little about where the answer is; the question's
other words do. The opening sentence names the topic and so matches the question best by words, yet it holds
the answer only when the question asks what the topic is.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import lru_cache

import numpy as np

from qa.answer.features import Scored, norm
from qa.answer.question import QuestionInfo

_ASKING = re.compile(r"哪|什么|谁|几|多少|怎|何")  # a question word's own term ("哪些地方") names no detail


THIS_IS = re.compile(r"\s*(?:这|此|这就|这也|这才)是")  # "X。这是…的核心": a sentence about the one before


def around(c: Scored) -> str:
    """The answer's sentence and the one before it (which may name what "它/他" in the answer's refers to), and
    the one after when it opens on "这是" (it says what the answer's sentence is)."""
    text = c.chunk.text  # the span's sentence may end at "；": the one before is whatever precedes it up to "。"
    start = max(text.rfind(e, 0, max(c.span.sent_start - 1, 0)) for e in "。！？!?\n") + 1
    end = c.span.sent_end
    if THIS_IS.match(text, end):
        end = min((k + 1 for k in (text.find(e, end) for e in "。！？!?\n") if k >= 0), default=len(text))
    return text[start:end]


_DOC_NAMED = re.compile(r"[^，,。？?；;]{0,16}(?:报告|讲话|文件)")  # "2004年政府工作报告里，…": the document by name


def beyond_title(info: QuestionInfo, terms: list[tuple[str, float]], c: Scored) -> list[tuple[str, float]]:
    """The question's terms but those naming the answer's document by its title ("2004年政府工作报告里，X是哪一天"):
    finding only them near a date (the report's own) says nothing of X."""
    ref = _DOC_NAMED.search(info.text)
    if ref is None:
        return terms
    title, named = norm(c.chunk.title or ""), norm(ref.group(0))
    rest = [(t, w) for t, w in terms if not (norm(t) in title and norm(t) in named)]
    return rest or terms


def detail_sentences(terms: list[tuple[str, float]], cands: list[Scored], best: int,
                     allowed: np.ndarray) -> np.ndarray | None:
    """The candidates to choose among instead of ``best`` (a span of a short article): those of the same article
    whose sentence (or the one before) holds one of the question's words besides the topic's name ("南湖鱼的
    鳞片是什么颜色" → a sentence saying 鳞片), when ``best``'s sentence shares not one character with those words
    nor any number of the question's. None when the rule does not apply (no such word, best has one, or no
    allowed candidate has one)."""
    c = cands[best]
    title = norm(c.chunk.title)
    words = [t for t, _ in terms if len(t) >= 2 and t not in title and not _ASKING.search(t)]
    details = [t for t in words if not any(ch.isdigit() for ch in t)]
    if not details:
        return None
    own = norm(around(c))
    if any(ch in own for t in details for ch in t) or any(t in own for t in words if t not in details):
        return None
    mask = np.array([x.chunk.source == c.chunk.source and any(t in norm(around(x)) for t in details)
                     for x in cands])
    return mask if (mask & allowed).any() else None


@lru_cache(maxsize=4096)
def title_name(title: str) -> str:
    """A document's title without its bracketed qualifier ("南湖鱼 (鱼类)" → "南湖鱼"): the name of its topic."""
    return re.sub(r"\s*[（(][^）)]*[）)]", "", norm(title)).strip()  # "某站 (某县)": the name itself


def _title(c: Scored) -> str:
    return title_name(c.chunk.title)


def named_documents(question: str, cands: list[Scored], best: int, allowed: np.ndarray,
                    df: Mapping[str, int], df_max: int) -> np.ndarray | None:
    """The candidates of the documents the question names by their whole title ("南湖鱼的体色…" when one article
    is titled 南湖鱼 and the best span is in the article 北湖鱼), the longest title where one holds another
    ("黄南湖鱼" over "南湖鱼"); a title that many passages use ("某省", in more than ``df_max``) names a place
    the question is set in, not the article. None when the best span's document is named, or no allowed
    candidate's is."""
    q = norm(question)
    named = {t for t in map(_title, cands) if len(t) >= 2 and t in q and df.get(t, 0) <= df_max}
    named = {t for t in named if not any(t != u and t in u for u in named)}
    if not named or _title(cands[best]) in named:
        return None
    mask = np.array([_title(c) in named for c in cands])
    return mask if (mask & allowed).any() else None


def body_of(info: QuestionInfo, cands: list[Scored], best: int) -> np.ndarray | None:
    """The spans of the best span's document outside its header, when the best is in the header (a short
    article's one-line title, "南湖鱼 (鱼类)") and the question is not about the document itself: a title names the
    topic, it does not answer what is asked about it. None otherwise."""
    c = cands[best]
    if c.chunk.kind != "header" or info.about_document:
        return None
    return np.array([x.chunk.kind != "header" and x.chunk.source == c.chunk.source for x in cands])


def narrowed(info: QuestionInfo, terms: list[tuple[str, float]], cands: list[Scored], logits: np.ndarray,
             allowed: np.ndarray, df: Mapping[str, int], df_max: int, short: Callable[[str], bool]) -> np.ndarray:
    """``allowed`` narrowed to a document's body rather than its title line (``body_of``), to the document the
    question names by its title (``named_documents``), then, when the best span is in a short article
    (``short(source)``), to the sentences naming the detail asked (``detail_sentences``); each only where it
    applies."""
    best = int(np.argmax(np.where(allowed, logits, -np.inf)))
    body = body_of(info, cands, best)
    if body is not None and (body & allowed).any():
        allowed = allowed & body
        best = int(np.argmax(np.where(allowed, logits, -np.inf)))
    named = named_documents(info.text, cands, best, allowed, df, df_max)
    if named is not None:
        allowed = allowed & named
        best = int(np.argmax(np.where(allowed, logits, -np.inf)))
    if not info.english and short(cands[best].chunk.source):
        detail = detail_sentences(terms, cands, best, allowed)
        if detail is not None:
            allowed = allowed & detail
    return allowed
