"""Small text utilities shared by chunking, retrieval and extraction.

Sentence and clause splitting keep exact offsets (so quotes stay substrings of passages), and never cut
inside a number: ``12.75`` contains a full stop, but only the CJK/semicolon enders split sentences.
"""
from __future__ import annotations

import logging
import re
import threading
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

logger = logging.getLogger(__name__)

CJK_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Sentence enders: CJK full stop, semicolons, exclamation/question marks (both widths), and a newline.
SENTENCE_END = "。；;！？!?\n"
# Clause separators inside a sentence (commas and colons of both widths).
CLAUSE_SEP = "，,：:"

_PUNCT_TOKEN = re.compile(r"^[\W_]+$", re.UNICODE)

# Function words and question words that carry no topic: dropped from BM25 queries and overlap scores.
STOPWORDS = frozenset(
    """的 了 是 在 和 与 及 等 对 为 将 把 被 也 都 就 而 并 其 之 以 于 从 到 这 那 这个 那个 这些 那些
    这篇 文章 本文 报告 提到 提及 文中 上述 要 能 会 可 可以 年 哪项 哪类 哪种 哪两 方面 入手 主要 一共 总共 共 大概 大约 我们 我市 有 有些 一个 一些 吗 呢 吧 啊 么 什么 多少 几 几个 几项 哪 哪些 哪个 哪家 哪里 哪儿
    哪几 哪天 哪年 哪一年 谁 怎么 怎样 如何 为什么 何时 何 请问 请 告诉 一下 是否 是不是 有没有 分别 呀 多 少 个
    the a an of to in on for and or is are was were be been by with what which who whom how many much when
    where why does do did that this these those it its as at from their there than into about please tell me""".split()
)


def normalize_for_match(text: str) -> str:
    """NFKC plus no white space: the comparison form used by evaluation and dedupe."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def has_cjk(text: str) -> bool:
    return bool(CJK_RE.search(text))


def cjk_ratio(text: str) -> float:
    chars = [c for c in text if not c.isspace()]
    if not chars:
        return 0.0
    return sum(1 for c in chars if CJK_RE.match(c)) / len(chars)


def iter_spans(text: str, enders: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) spans of ``text`` cut after each ender character, trimmed of white space.

    A full stop between two digits is never an ender (``3.8亿元``), so numbers are never cut.
    """
    start = 0
    n = len(text)
    for i, ch in enumerate(text):
        if ch in enders:
            if ch in ".．" and 0 < i < n - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
                continue
            yield from _trimmed(text, start, i + 1)
            start = i + 1
    if start < n:
        yield from _trimmed(text, start, n)


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end


def sentence_spans(text: str) -> list[tuple[int, int]]:
    return list(iter_spans(text, SENTENCE_END))


def clause_spans(text: str) -> list[tuple[int, int]]:
    """Clauses: sentences cut again at commas and colons (a comma between digits, ``16,500``, is kept)."""
    out: list[tuple[int, int]] = []
    for s, e in sentence_spans(text):
        sub = text[s:e]
        start = 0
        for i, ch in enumerate(sub):
            if ch in CLAUSE_SEP:
                if 0 < i < len(sub) - 1 and sub[i - 1].isdigit() and sub[i + 1].isdigit():
                    continue
                out.extend((s + a, s + b) for a, b in _trimmed(sub, start, i + 1))
                start = i + 1
        out.extend((s + a, s + b) for a, b in _trimmed(sub, start, len(sub)))
    return out


_jieba_lock = threading.Lock()
_jieba = None


def _get_jieba():
    """Load jieba once per process (its dictionary takes ~0.5 s to build) and silence its chatter."""
    global _jieba
    if _jieba is None:
        with _jieba_lock:
            if _jieba is None:
                import jieba

                jieba.setLogLevel(logging.WARNING)
                jieba.initialize()
                _jieba = jieba
    return _jieba


def dictionary_word(word: str) -> bool:
    """Whether jieba's dictionary lists ``word``: a term of the language, whatever a corpus uses."""
    return _get_jieba().dt.FREQ.get(word, 0) > 0


@lru_cache(maxsize=4096)
def _tokenize_cached(text: str) -> tuple[str, ...]:
    jieba = _get_jieba()
    toks = []
    for tok in jieba.cut_for_search(unicodedata.normalize("NFKC", text)):
        tok = tok.strip().lower()
        if not tok or _PUNCT_TOKEN.match(tok) or tok in STOPWORDS:
            continue
        toks.append(tok)
    return tuple(toks)


def tokenize(text: str) -> list[str]:
    """Search tokens for BM25: jieba's search-mode segmentation (words and their sub-words), lower-cased,
    without punctuation and function words. Without segmentation BM25 does nothing on Chinese."""
    if len(text) > 512:
        return list(_tokenize_uncached(text))
    return list(_tokenize_cached(text))


def _tokenize_uncached(text: str) -> tuple[str, ...]:
    return _tokenize_cached.__wrapped__(text)


def bigrams(text: str) -> set[str]:
    """Character bigrams of the CJK/alphanumeric runs of ``text`` (punctuation breaks runs).

    Used for lexical overlap in Chinese, where bigrams are robust to segmentation differences.
    """
    norm = unicodedata.normalize("NFKC", text).lower()
    runs = re.findall(r"[\u3400-\u9fff\uf900-\ufaffa-z0-9.]+", norm)
    out: set[str] = set()
    for run in runs:
        if len(run) == 1:
            out.add(run)
        for i in range(len(run) - 1):
            out.add(run[i : i + 2])
    return out
