"""Session 42 of issue 8: an English question asking which thing (a fact, not a figure) is not answered by a bare
figure of the passage, while a figure question still is."""
from __future__ import annotations

from qa.answer.kind_rules import figure_for_english_thing
from qa.answer.question import analyze
from test_items_units_since import _cands

TEXT = "推进甲乙投资协定谈判，双向投资达到1029亿美元。"


def test_a_bare_figure_does_not_name_the_thing_an_english_question_asks() -> None:
    cands = _cands(TEXT)
    info = analyze("Which two investment treaty negotiations did the report pledge to push forward?")
    assert info.english and info.qtype == "fact"
    ruled = {c.text for c, r in zip(cands, figure_for_english_thing(info, cands)) if r}
    assert "1029亿美元" in ruled
    assert not any("谈判" in t for t in ruled)  # the clause naming the negotiations stays


def test_figure_and_chinese_questions_keep_their_figures() -> None:
    cands = _cands(TEXT)
    assert not figure_for_english_thing(analyze("How much two-way investment was there?"), cands).any()
    assert not figure_for_english_thing(analyze("报告提出推进哪两个投资协定谈判？"), cands).any()


def test_a_currency_named_in_passing_does_not_ask_for_a_figure() -> None:
    # (session 48) "to keep the RMB stable", "RMB settlement": the currency is a thing, not the unit of an answer
    assert analyze("Which exchange-rate regime did the 2040 report say should be improved to keep the RMB stable?"
                   ).qtype == "fact"
    assert analyze("To what scope was RMB settlement of cross-border trade expanded in 2040?").qtype != "number"
    # the currency a figure is asked in, or one a figure is written in, still asks for a figure
    assert analyze("What was the minimum wage of the city in yuan?").qtype == "number"
    assert analyze("Before it was raised to 1,196 yuan in 2040, what was the threshold?").qtype == "number"


def test_over_how_long_asks_a_duration_though_a_sum_is_named() -> None:
    question = "The 2043 report planned to raise the annual financing of the scheme to 100 yuan per person; over how long?"
    assert analyze(question).unit == "年"
    assert analyze("Within five years, the tax was to go; how long?").unit == "年"
    assert analyze("How long is the gas pipeline completed in 2043?").unit != "年"  # a length, not a duration
