"""An English question's own figures in the forms a report writes them ("660 billion" = 6600亿, "7,356" = 7356),
so a figure it states is not its answer, and a part of a whole it gives by its figure follows that whole and is
smaller; a parallel figure the near-miss rules reject does not replace the best: pure logic on synthetic text
(session 46). Figures are invented."""
from __future__ import annotations

from qa.answer.features import Scored, SpanContext
from qa.answer.figure_rules import figure_named
from qa.answer.stated_figures import question_numbers
from qa.answer.question import analyze
from qa.answer.spans import passage_spans
from qa.answer.whole_parts import whole_not_stated
from qa.ingest.chunking import Chunk


def _named(question: str, text: str) -> set[str]:
    chunk = Chunk("c1", "2040.txt", text, 0, len(text), (), "paragraph", 0)
    ctx = SpanContext(text, 0, 0.5, 0, 1.0, dyear=2040)
    cands = [Scored(chunk, sp, text[sp.start:sp.end], ctx, None) for sp in passage_spans(text)]
    return {c.text for c, r in zip(cands, figure_named(analyze(question), cands)) if r and c.span.kind == "qty"}


def test_english_scale_words_and_thousands_commas_give_the_reports_forms() -> None:
    numbers = question_numbers(analyze("How much of the 470 billion yuan of bonds issued in 2031-2035 went to farms?"))
    assert {4700.0, 0.47} <= numbers and 470.0 not in numbers  # 470 billion: 4700亿 or 0.47万亿, not 470亿
    assert 2031.0 not in numbers and 2035.0 not in numbers  # years are no figures
    numbers = question_numbers(analyze("How many of the 8,642 dams repaired were large ones?"))
    assert {8642.0, 0.8642} <= numbers and 8.0 not in numbers and 642.0 not in numbers
    assert 250.0 in question_numbers(analyze("Of the 2.5 million teachers trained, how many were rural?"))  # 250万
    # a Chinese question keeps its digits as written
    assert question_numbers(analyze("2040年原定降4%左右，实际降了多少？")) == {4.0}


def test_a_figure_an_english_question_states_is_not_its_answer() -> None:
    text = "五年共发行长期建设国债4700亿元，其中用于农业1300亿元。"
    named = _named("How much of the 470 billion yuan of long-term bonds went to agriculture?", text)
    assert "4700亿元" in named and "1300亿元" not in named
    text = "加固病险水库8642座，新增库容90亿立方米。"
    named = _named("How many of the 8,642 reservoirs reinforced were large ones?", text)
    assert "8642座" in named and not any("90亿" in n for n in named)
    # a question stating no such figure rules nothing out
    assert not _named("How many reservoirs were reinforced?", text)


def _scored(text: str, figure: str) -> Scored:
    chunk = Chunk("c1", "2040.txt", text, 0, len(text), (), "paragraph", 0)
    ctx = SpanContext(text, 0, 0.5, 0, 1.0, dyear=2040)
    return next(Scored(chunk, sp, text[sp.start:sp.end], ctx, None) for sp in passage_spans(text)
                if text[sp.start:sp.end] == figure)


def test_a_part_of_a_whole_an_english_question_gives_follows_that_whole_and_is_smaller() -> None:
    info = analyze("How much of the 470 billion yuan of long-term bonds went to agriculture?")
    text = "五年投资累计完成9.6万亿元，特别是发行长期建设国债4700亿元，其中用于农业1300亿元，带动投资2.1万亿元。"
    assert whole_not_stated(info, _scored(text, "1300亿元")) == ""  # after its whole, and smaller
    assert whole_not_stated(info, _scored(text, "9.6万亿元"))  # before the whole
    assert whole_not_stated(info, _scored(text, "2.1万亿元"))  # larger than the whole
    other = "全年新建农村公路15万公里。"
    assert whole_not_stated(info, _scored(other, "15万公里"))  # no whole stated at all
    # the whole written in the sentence before the part's
    assert whole_not_stated(info, _scored("发行长期建设国债4700亿元。其中农业1300亿元。", "1300亿元")) == ""
    many = analyze("How many of the 8,642 dams repaired were large ones?")
    assert whole_not_stated(many, _scored("加固病险水库8642座，其中大型水库310座。", "310座")) == ""
    assert whole_not_stated(many, _scored("新增库容2.2亿立方米。", "2.2亿立方米"))
    # a year, an ordinal or a rate is no whole; a Chinese question is left to its own rule
    for question in ("How much of the 2040 budget went to schools?", "2040年发行的4700亿元国债里，农业有多少？",
                     "What share of the 14th plan's funds went to farms?"):
        assert whole_not_stated(analyze(question), _scored(other, "15万公里")) == ""


def test_a_parallel_figure_the_near_miss_rules_reject_does_not_replace_the_best() -> None:
    import numpy as np

    from qa.answer.near_misses import near_miss
    from qa.answer.respectively import parallel_figure

    text = "新建铁路投产里程842公里，高速铁路运营里程达1.6万公里，占全国的10%以上。"
    cands = [c for c in (_scored(text, f) for f in ("842公里", "1.6万公里"))]
    info = analyze("2040年当年新增高速铁路运营里程是多少公里？")
    terms = [(t, 1.0) for t in ("新增", "高速铁路", "运营", "里程", "公里")]
    scores = np.array([0.77, 0.70])
    # by their subjects alone the level reached (高速铁路运营里程达…) names the question better ...
    assert parallel_figure(info, terms, cands, scores.copy(), 0) == 1
    # ... but it is a total where what a year added is asked: the best stays
    assert near_miss(info, cands[1], {}, lambda w: True) and not near_miss(info, cands[0], {}, lambda w: True)
    assert parallel_figure(info, terms, cands, scores.copy(), 0,
                           lambda q, c: near_miss(q, c, {}, lambda w: True)) == 0


def test_a_part_of_a_whole_a_chinese_question_states_is_in_the_wholes_measure() -> None:
    from qa.answer.whole_parts import part_unnamed

    info = analyze("2040年新增的9.6万公里公路里，农村公路占多少？")
    text = "新增公路9.6万公里，其中农村公路7.1万公里，新增造林面积300万公顷。"
    assert part_unnamed(info, _scored(text, "7.1万公里")) == ""
    assert "another measure" in part_unnamed(info, _scored(text, "300万公顷"))
    # a count's measure words vary (户, 家, 个) and a share is a %: not ruled out by their unit
    households = analyze("2040年新登记的120万户市场主体中，个体工商户有多少？")
    assert "measure" not in part_unnamed(households, _scored("新登记市场主体120万户，其中个体工商户80万家。", "80万家"))
