"""CMRC 2018's answer measures: exact match and character-level F1 over the longest common substring.

As in the official CMRC evaluation script: lower-cased, punctuation and white space removed, Chinese compared
character by character (an English word or a number counts as one token), best over the gold answers.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

_PUNCT = set("-:_*^/\\~`+=，。：？！“”；’《》……·、「」（）－～『』<>.,!?;'\"()[]{}%$#@&|【】〔〕〈〉•・")
_TOKEN = re.compile(r"[A-Za-z]+|\d+(?:\.\d+)?|\S")


def normalize_answer(text: str) -> str:
    """Lower case, NFKC, no punctuation, no white space."""
    text = unicodedata.normalize("NFKC", text or "").lower()
    return "".join(ch for ch in text if not ch.isspace() and ch not in _PUNCT and unicodedata.category(ch)[0] != "P")


def segment(text: str) -> list[str]:
    """Chinese characters one by one; runs of Latin letters or digits as single tokens."""
    return _TOKEN.findall(normalize_answer(text))


def _lcs_len(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest common contiguous run (O(len(a)·len(b)), fine for answer-sized strings)."""
    best = 0
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0] * (len(b) + 1)
        for j, y in enumerate(b, 1):
            if x == y:
                cur[j] = prev[j - 1] + 1
                if cur[j] > best:
                    best = cur[j]
        prev = cur
    return best


def f1_score(prediction: str, golds: Sequence[str]) -> float:
    """Best character-level F1 of ``prediction`` against any gold answer, in [0, 1]."""
    pred = segment(prediction)
    best = 0.0
    for gold in golds:
        g = segment(gold)
        if not pred or not g:
            continue
        lcs = _lcs_len(pred, g)
        if lcs:
            p, r = lcs / len(pred), lcs / len(g)
            best = max(best, 2 * p * r / (p + r))
    return best


def exact_match(prediction: str, golds: Sequence[str]) -> float:
    pred = normalize_answer(prediction)
    return float(any(pred == normalize_answer(g) for g in golds if normalize_answer(g)))
