"""Spans ruled out by what a question asks, beyond figures (those are :mod:`qa.answer.figure_rules`): a
statement of what class a thing belongs to ("X为某纲某目某科的其中一种") describes none of its attributes, so it
does not answer "X是什么颜色" / "X有什么特点" / "X分布在哪里". Pure text logic over candidate spans."""
from __future__ import annotations

import re

import numpy as np

from qa.answer.features import Scored
from qa.answer.question import QuestionInfo
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


def repeats_question(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """Spans of an English question that are only a piece of a Chinese term the question itself names through
    the glossary ("十国集团" of "二十国集团" for "G20"): they restate what is asked, they do not answer it."""
    out = np.zeros(len(cands), dtype=bool)
    if not info.english:
        return out
    named = [t for t in english_to_chinese_terms(info.text) if len(t) >= 2]
    for i, c in enumerate(cands):
        span = c.text.strip(" ，,。；;：:、")
        if (only is None or only[i]) and len(span) >= 2:
            out[i] = any(span in t for t in named)
    return out
