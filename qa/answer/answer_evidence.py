"""What the answer's own sentence and passage say of the question: inputs of the verifier's second check.

The reader's features describe the best span among its rivals; an answer to a question the text cannot answer
is typically a near miss whose *sentence* lacks the question's rarest word ("顺差" asked, the sentence gives the
trade total), names another year than the one asked, or, for an English question, renders few of its glossary
phrases. These features read that directly from the answer given (the span the engine finally chose), once per
answer, so they cost nothing next to retrieval.
"""
from __future__ import annotations

import math
import re

import numpy as np

from qa.answer.features import norm
from qa.answer.question import QuestionInfo
from qa.answer.spans import YEAR_DIGITS, Span
from qa.retrieve.glossary import english_term_groups, glossary_reach, normalize_word
from qa.text import STOPWORDS

EVIDENCE_FEATURES = (
    "sent_miss_max", "pass_miss_max", "sent_miss_n", "group_sent_miss", "group_pass_miss", "english_unmatched",
    "year_in_sent", "year_in_passage", "other_year_in_sent", "focus_in_sent", "answer_len", "question_len",
)
_YEAR = re.compile(YEAR_DIGITS)  # (the text is NFKC-normalized first: ASCII digits)
# English words whose absence from the glossary says nothing of the question's topic, spelled as the glossary
# normalizes the question's words ("does" → "doe")
_FUNCTION = frozenset(normalize_word(w) for w in STOPWORDS.union(
    "according report government work china chinese per year over under after before whose total number".split())
    if w.isascii())
_NA = -1.0  # the question has nothing of the kind (no year, no focus word, not English)


def _content(words: list[str]) -> list[str]:
    return [w for w in words if w not in _FUNCTION and not w.isdigit()]


def evidence_features(info: QuestionInfo, terms: list[tuple[str, float]], passage: str, span: Span,
                      answer: str) -> np.ndarray:
    """The evidence features of ``answer`` (whose span ``span`` lies in ``passage``), in ``EVIDENCE_FEATURES``
    order: the weight of the heaviest question term missing from its sentence and from its passage (relative to
    the heaviest term), how many terms its sentence misses, for English questions the share of glossary phrases
    its sentence and passage render none of and the share of content words the glossary does not know, whether
    its sentence and passage write a year the question names and its sentence another year, whether its sentence
    names a focus word, and the log lengths of the answer and the question."""
    sent, low = norm(passage[span.sent_start:span.sent_end]), norm(passage)
    heaviest = max((w for _, w in terms), default=0.0) or 1.0
    f = dict.fromkeys(EVIDENCE_FEATURES, _NA)
    f["sent_miss_max"] = max((w for t, w in terms if t not in sent), default=0.0) / heaviest
    f["pass_miss_max"] = max((w for t, w in terms if t not in low), default=0.0) / heaviest
    f["sent_miss_n"] = min(sum(1 for t, _ in terms if t not in sent and len(t) >= 2), 10)
    if info.english:
        groups = english_term_groups(info.text)
        f["group_sent_miss"] = sum(not any(norm(t) in sent for t in g) for g in groups) / max(len(groups), 1)
        f["group_pass_miss"] = sum(not any(norm(t) in low for t in g) for g in groups) / max(len(groups), 1)
        words, unmatched = glossary_reach(info.text)
        f["english_unmatched"] = len(_content(unmatched)) / max(len(_content(words)), 1)
    if info.years:
        f["year_in_sent"] = float(any(y in sent for y in info.years))
        f["year_in_passage"] = float(any(y in low for y in info.years))
        f["other_year_in_sent"] = float(any(m.group(0) not in info.years for m in _YEAR.finditer(sent)))
    if info.focus:
        f["focus_in_sent"] = float(any(norm(w) in sent for w in info.focus))
    f["answer_len"] = math.log1p(len(answer))
    f["question_len"] = math.log1p(len(info.text))
    return np.array([f[n] for n in EVIDENCE_FEATURES], dtype=np.float64)
