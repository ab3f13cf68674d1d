"""Input checks shared by every entry point (API, retriever, CLI, app), so each refuses the same inputs with
the same one-line message.

Questions are normalised before any analysis: NFKC (full-width letters and digits become ASCII), zero-width
characters, lone surrogates and control characters removed. Text with no letter or digit in any script
(only punctuation, emoji, NUL bytes …) is not a question: answering it would pick an arbitrary passage.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Any

from qa.config import MAX_K, MAX_QUESTION_CHARS
from qa.errors import InvalidQuestionError

# Zero-width and bidi-format characters that are invisible in a question box (NFKC keeps them).
_INVISIBLE = re.compile(r"[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e"
                        r"\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACE = re.compile(r"\s+")


def printable(text: str) -> str:
    """``text`` without lone surrogates, so it can be encoded (printed, JSON-dumped) as UTF-8."""
    return _SURROGATE.sub("", text)


def normalize_question(text: str) -> str:
    """NFKC; invisible, surrogate and control characters removed; runs of white space collapsed."""
    text = printable(text)
    text = unicodedata.normalize("NFKC", text)
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub(" ", text)
    return _SPACE.sub(" ", text).strip()


def has_words(text: str) -> bool:
    """True if ``text`` holds a letter or digit of any script (CJK ideographs are letters, category Lo)."""
    return any(unicodedata.category(ch)[0] in "LN" for ch in text)


def validate_question(question: Any) -> str:
    """The normalised question; raises InvalidQuestionError for non-text, empty, word-less or over-long input."""
    if not isinstance(question, str):
        raise InvalidQuestionError(f"question must be text, not {type(question).__name__}")
    if len(question) > 4 * MAX_QUESTION_CHARS:  # refuse before normalising megabytes
        raise InvalidQuestionError(
            f"question is too long ({len(question)} characters; the limit is {MAX_QUESTION_CHARS})"
        )
    q = normalize_question(question)
    if not q:
        raise InvalidQuestionError("question is empty: type a question about the report")
    if len(q) > MAX_QUESTION_CHARS:
        raise InvalidQuestionError(
            f"question is too long ({len(q)} characters; the limit is {MAX_QUESTION_CHARS})"
        )
    if not has_words(q):
        raise InvalidQuestionError("no words in the question: type a question about the report")
    return q


def validate_k(k: Any) -> int:
    """Passages to retrieve: an integer 1..MAX_K (the same limit in the API, CLI and app)."""
    if isinstance(k, bool) or not isinstance(k, int) or not 1 <= k <= MAX_K:
        raise InvalidQuestionError(f"k must be an integer between 1 and {MAX_K}")
    return k
