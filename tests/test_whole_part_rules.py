"""A part asked of a whole the question states ("…的5400万辆汽车里，新能源汽车有多少辆"): the whole and the part read
from the question, the whole's own figure and a figure whose clause does not name the part ruled out: pure logic on
synthetic text (thirty-fifth pass)."""
from __future__ import annotations

from conftest import qty_spans

from qa.answer.features import Scored
from qa.answer.question import analyze
from qa.answer.whole_parts import part_unnamed, stated_whole


def test_the_whole_and_the_part_are_read_from_the_question() -> None:
    whole = stated_whole("2041年卖出的5400万辆汽车里，新能源汽车占了多少辆？")
    assert whole is not None and whole.figure == 5400.0 and whole.part == "新能源汽车"
    assert stated_whole("2041年安排的980亿元专项资金中，用于职业培训的是多少？").part == "职业培训"
    assert stated_whole("7.5万公里新线中，城际铁路有多少公里？").figure == 7.5
    assert stated_whole("2041年的900亿元补助里，中央财政出了多少？").part == "中央财政"  # a verb done: not the part
    assert stated_whole("2041年发行的3000亿元特别国债里，有多少用于水利？").part == ""  # no part named before 多少
    # a year, a word opening on 中 or 里, a question without a stated figure: no whole
    assert stated_whole("2041年政府工作报告中，新能源汽车产量是多少？") is None
    assert stated_whole("新建铁路1200公里里程是多少？") is None
    assert stated_whole("2041年中央财政赤字是多少？") is None


def test_a_figure_must_be_of_the_part_and_not_the_whole() -> None:
    cands = qty_spans("全年汽车销售5400万辆，增长12%，其中新能源汽车1300万辆，出口汽车600万辆。")
    info = analyze("2041年卖出的5400万辆汽车里，新能源汽车占了多少辆？")
    assert part_unnamed(info, cands["5400万辆"]).startswith("the figure of the whole")
    assert part_unnamed(info, cands["600万辆"]) == "the figure's clause does not name the part asked"
    assert part_unnamed(info, cands["1300万辆"]) == ""
    # a compound differing in one word names another part ("城际公路" for "城际铁路")
    cands = qty_spans("新建铁路7.5万公里，其中城际公路2.1万公里。")
    assert part_unnamed(analyze("7.5万公里新线中，城际铁路有多少公里？"), cands["2.1万公里"])
    # a question without a stated whole, or asking several figures, is not this rule's
    assert part_unnamed(analyze("2041年新能源汽车卖了多少辆？"), cands["2.1万公里"]) == ""
    info = analyze("2041年卖出的5400万辆汽车里，新能源汽车和出口汽车分别是多少辆？")
    assert part_unnamed(info, qty_spans("其中出口汽车600万辆。")["600万辆"]) == ""


def _ruled(rule, question: str, cands: dict[str, Scored]) -> set[str]:
    items = list(cands.values())
    return {c.text for c, r in zip(items, rule(analyze(question), items)) if r}


def test_a_total_whose_parts_follow_in_a_sentence_of_their_own_does_not_answer_a_part() -> None:
    from qa.answer.whole_parts import total_for_part
    cands = qty_spans("今年拟安排财政赤字3.2万亿元，赤字率从去年的2.5%提高到2.9%。其中，中央财政赤字2.1万亿元，地方财政赤字1.1万亿元。")
    assert "3.2万亿元" in _ruled(total_for_part, "2041年中央财政赤字拟安排多少？", cands)
    # a word the total's own sentence has (财政) names no part: the rate's question keeps it
    assert not _ruled(total_for_part, "2041年财政赤字率按多少安排？", cands)


def test_figures_of_the_items_asked_are_found_over_two_sentences() -> None:
    from qa.answer.several import several_figures
    text = "今年拟安排财政赤字3.2万亿元。其中，中央财政赤字2.1万亿元，增加900亿元；地方财政赤字1.1万亿元，增加300亿元。"
    info = analyze("2041年的财政赤字中，中央财政赤字和地方财政赤字分别是多少？")
    s = text.index("2.1万亿元")
    sent_end = text.index("；")
    a, b = several_figures(info, text, text.index("其中"), sent_end, s, s + len("2.1万亿元"), [], 2)
    assert "2.1万亿元" in text[a:b] and "1.1万亿元" in text[a:b]


def test_a_sum_of_several_things_is_not_the_part_asked() -> None:
    cands = qty_spans("今年再开工建设保障性住房、棚户区改造住房共1100万套，其中棚户区改造住房400万套。")
    info = analyze("2041年新开工的1080万套保障性住房中，棚户区改造住房有多少套？")
    assert part_unnamed(info, cands["1100万套"]) == "a sum of several things, not the part asked"
    assert part_unnamed(info, cands["400万套"]) == ""
