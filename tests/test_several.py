"""Questions asking for several figures at once get all of them (pure logic, synthetic text)."""
from __future__ import annotations

import pytest

from qa.answer.question import analyze
from qa.answer.several import figures_asked, several_figures


@pytest.mark.parametrize("question, k", [
    ("南湖区的新增绿地和新建公园分别是多少?", 2),
    ("全年用于道路、桥梁、码头和仓库的投资分别是多少?", 4),
    ("临风阁共接待了多少游客，门票收入多少?", 2),
    ("南湖区去年的新增绿地是多少?", 1),
    ("各地新建了多少座桥?", 1),  # 各地 is not 各是
    ("南湖和北湖各是多少平方公里?", 2),
    ("What were the harbour's imports and exports, respectively?", 2),
    ("What were the harbour's imports and exports?", 1),
])
def test_figures_asked(question: str, k: int) -> None:
    assert figures_asked(analyze(question)) == k


def _grow(question: str, text: str, answer: str) -> str:
    info = analyze(question)
    s = text.index(answer)
    terms = [(t, 1.0) for t in ("新增绿地", "新建公园", "道路", "桥梁", "游客", "门票收入", "北湖", "南湖")
             if t in question]
    a, b = several_figures(info, text, 0, len(text), s, s + len(answer), terms, figures_asked(info))
    return text[a:b]


@pytest.mark.parametrize("question, text, answer, expected", [
    # each figure after its indicator: the run whose text holds the indicators asked, from its clause's start
    ("南湖区的新增绿地和新建公园分别是多少?",
     "今年的目标是，人口增长3%左右，新增绿地120公顷，新建公园8个，治理河道40公里。",
     "新建公园8个", "新增绿地120公顷，新建公园8个"),
    ("南湖区的新增绿地和新建公园分别是多少?",
     "今年的目标是，人口增长3%左右，新增绿地120公顷，新建公园8个，治理河道40公里。",
     "120公顷", "新增绿地120公顷，新建公园8个"),
    # the figures listed together after the items
    ("全年用于道路、桥梁、码头和仓库的投资分别是多少?",
     "全年用于道路、桥梁、码头和仓库的投资分别为74亿元、53亿元、13亿元和12亿元，均比上年增长。",
     "53亿元", "全年用于道路、桥梁、码头和仓库的投资分别为74亿元、53亿元、13亿元和12亿元"),
    # a figure the question itself quotes is not one of the answers
    ("临风阁1200万元的收入中，游客和门票收入分别是多少?",
     "临风阁收入1200万元，其中游客300万人次，门票收入900万元。",
     "900万元", "其中游客300万人次，门票收入900万元"),
])
def test_several_figures(question: str, text: str, answer: str, expected: str) -> None:
    assert _grow(question, text, answer) == expected


def test_too_few_figures_or_one_asked_leave_the_answer() -> None:
    text = "新增绿地120公顷。"
    assert _grow("南湖区的新增绿地和新建公园分别是多少?", text, "120公顷") == "120公顷"
    assert _grow("南湖区的新增绿地是多少?", "新增绿地120公顷，新建公园8个。", "120公顷") == "120公顷"


def test_the_items_of_a_total_in_the_next_sentence() -> None:
    q = "南湖区的赤字中，区本级赤字和街道赤字分别是多少?"
    text = "今年拟安排赤字9亿元，比去年增加2亿元。其中，区本级赤字6亿元，增加1亿元；街道赤字3亿元，增加1亿元。"
    info = analyze(q)
    terms = [("区本级", 3.0), ("街道", 3.0), ("赤字", 1.0)]
    s = text.index("9亿元")
    sent_end = text.index("。") + 1
    a, b = several_figures(info, text, 0, sent_end, s, s + 3, terms, figures_asked(info))
    assert text[a:b] == "区本级赤字6亿元，增加1亿元；街道赤字3亿元"
