"""The figures a question states itself, in the forms a report writes them: a Chinese question's digits, an English
question's number words and figures with thousands commas or scale words ("7,356" is 7356 or 0.7356万, "660 billion"
6600亿 or 0.66万亿); years, months and days left out. A figure a question gives is context, not its answer. Pure text
logic."""
from __future__ import annotations

import re
import unicodedata

from qa.answer.question import QuestionInfo
from qa.answer.spans import NUMBER

_DATE_PART = re.compile(r"\d+\s*(?:月|日|号|时|点|分)")  # "2009年4月": a date, not a figure
# a year ("2005年", "the 2005 report"); a figure from 1800 to 2099 not followed by a digit is read as one too
_YEAR_NUMBER = re.compile(r"(?<!\d)(?:1[89]|20)\d{2}(?!\d)(?=\s*年|\s*$|[^\d%％.])")
_EN_NUMBERS = {w: float(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty".split())}
_EN_NUMBERS.update({w: 10.0 * (i + 3) for i, w in enumerate("thirty forty fifty sixty seventy eighty ninety".split())})


# an English figure with thousands commas and a scale word ("7,356", "660 billion"): a report writes it in 万 or 亿
EN_SCALE_WORD = r"(?:\s*(thousand|million|billion|trillion)\b)?"  # optional, captured
_EN_FIGURE = re.compile(r"(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)" + EN_SCALE_WORD, re.I)
_EN_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def question_numbers(info: QuestionInfo) -> set[float]:
    """The figures a question states itself (digits; in an English question also number words and the forms a
    report writes its figures in: "660 billion" is 6600亿, "7,356" 7356 or 0.7356万), years, months and days
    left out."""
    text = _DATE_PART.sub(" ", _YEAR_NUMBER.sub(" ", unicodedata.normalize("NFKC", info.text)))
    if not info.english:
        return {float(m.group(0)) for m in NUMBER.finditer(text)}
    out = {_EN_NUMBERS[w] for w in re.findall(r"[a-z]+", text.lower()) if w in _EN_NUMBERS}
    for m in _EN_FIGURE.finditer(text):
        out |= report_forms(m.group(1), m.group(2))
    return out


def report_forms(digits: str, scale: str | None) -> set[float]:
    """The numbers a report may write an English figure as: "660" + "billion" is 6600 (亿) or 0.66 (万亿), "7,356"
    is 7356 or 0.7356 (万)."""
    value = float(digits.replace(",", "")) * _EN_SCALE.get((scale or "").lower(), 1.0)
    return {round(value / unit, 6) for unit in (1.0, 1e4, 1e8, 1e12) if value / unit >= 0.01}
