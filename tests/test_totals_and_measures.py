"""A budget's outlay asked in English is not a standard per person written beside it, and a part of a whole a
Chinese question states in a measure is not a count in another word (session 47). Pure logic on invented text."""
from __future__ import annotations

from conftest import qty_spans

from qa.answer.question import analyze
from qa.answer.whole_parts import part_unnamed, rate_for_total

_TEXT = "中央财政对参合农民的补助标准由30元提高到50元，中央财政为此将增加支出36亿元。"


def test_an_outlay_asked_in_english_is_not_a_standard_per_person() -> None:
    items = list(qty_spans(_TEXT).values())
    spend = analyze("How much extra would the central budget spend in 2041 to raise the subsidies for farmers?")
    assert {c.text for c, r in zip(items, rate_for_total(spend, items)) if r} == {"30元", "50元"}
    # a rate, a standard or an amount per person asked: nothing ruled out
    for question in ("How much was the subsidy standard per person raised to in 2041?",
                     "How much did the central budget spend per farmer in 2041?",
                     "What was the average subsidy each farmer received in 2041?"):
        assert not rate_for_total(analyze(question), items).any(), question


def test_a_part_of_a_measured_whole_is_not_a_count_in_another_word() -> None:
    info = analyze("2041年新增的9.6万公里公路里，农村公路占多少？")
    text = "新增公路9.6万公里，其中农村公路7.1万公里，1650万户农民受益，农村公路占74%。"
    cands = qty_spans(text)
    assert part_unnamed(info, cands["7.1万公里"]) == ""
    assert "another measure" in part_unnamed(info, cands["1650万户"])
    assert part_unnamed(info, cands["74%"]) == ""  # a share of the whole answers too
