"""What a year added vs the level it reached, a year named only as a comparison's base, lists of the number asked,
kindred counters and the measure an English question names: pure logic on synthetic text (thirty-sixth pass)."""
from __future__ import annotations

from conftest import qty_spans

from qa.answer.change_rules import level_for_difference, total_for_added
from qa.answer.enumerations import _items
from qa.answer.question import analyze
from qa.answer.spans import in_unit


def test_a_level_reached_does_not_answer_what_a_year_added() -> None:
    cands = qty_spans("新建城际铁路投产里程2100公里，城际铁路运营里程达3.1万公里，高速公路通车里程达到9.2万公里。")
    info = analyze("2040年新增城际铁路运营里程是多少公里？")
    assert total_for_added(info, cands["3.1万公里"]) and total_for_added(info, cands["9.2万公里"])
    assert not total_for_added(info, cands["2100公里"])  # written as built that year
    en = analyze("According to the 2041 report, how many kilometres of new intercity railways were opened in 2040?")
    assert total_for_added(en, cands["3.1万公里"]) and not total_for_added(en, cands["2100公里"])
    # a question about the level itself is not this rule's
    assert not total_for_added(analyze("2040年城际铁路运营里程达到多少公里？"), cands["3.1万公里"])


def test_how_many_more_without_a_comparison_is_what_the_year_added() -> None:
    cands = qty_spans("城镇新增就业1300万人，城镇登记失业率4.1%。")
    items = list(cands.values())
    ruled = {c.text for c, r in zip(items, level_for_difference(analyze("2040年城镇里多出了多少就业岗位？"), items)) if r}
    assert "1300万人" not in ruled
    # compared with the year before, the year's addition is a level, not the difference asked
    ruled = {c.text for c, r in zip(items, level_for_difference(analyze("2040年城镇新增就业比上年多了多少？"), items)) if r}
    assert "1300万人" in ruled


def test_a_year_named_only_as_the_base_of_a_comparison_is_not_asked() -> None:
    assert analyze("“九五”这五年，外贸总额比2031年增长了几倍？").years == ()
    assert analyze("据2048年报告，2046年国企资产比2042年增长了多少？").years == ("2048", "2046")
    assert analyze("与2042年相比，2047年增长多少？").years == ("2047",)
    assert analyze("How much higher was output in 2047 than in 2042?").years == ("2047",)
    assert analyze("2045年和2046年分别是多少？").years == ("2045", "2046")  # two years asked, not a base
    assert analyze("比2040年到2045年增长多少？").years == ("2040", "2045")  # a period


def test_any_time_is_not_a_when_question() -> None:
    assert analyze("任何时候都不能放松的是什么工作？").qtype != "date"
    assert analyze("何时开始实施？").qtype == "date"


def test_a_list_of_the_number_asked_that_names_the_thing() -> None:
    assert analyze("要全面提高哪三种创新能力？").count == 3
    assert analyze("“两个确保”的资金是多少？").count == 0  # a name with a number in it counts nothing
    assert _items("提高甲能力、乙能力和丙能力") == 3 and _items("甲、乙、丙、丁") == 4 and _items("甲乙") == 1


def test_laws_are_counted_by_either_counter() -> None:
    assert in_unit("提请审议8件法律议案", "部") and in_unit("制定3部法律", "件")
    assert not in_unit("提请审议8件法律议案", "台")


def test_an_english_question_naming_its_measure_takes_only_that_measure() -> None:
    from qa.answer.kind_rules import unit_required
    strict = ("%", "所", "辆")
    assert unit_required(analyze("How many kilometres of track were laid in 2040?"), strict)
    assert unit_required(analyze("How many tonnes of grain were produced in 2040?"), strict)
    assert not unit_required(analyze("How much was invested in railways in 2040?"), strict)  # money, loosely


def test_how_much_money_spent_on_a_measured_thing_is_money() -> None:
    assert analyze("How much was invested in railway electrification in 2040?").unit == "元"
    assert analyze("How much was spent on building expressways?").unit == "元"
    assert analyze("How many kilometres of expressways were built?").unit == "公里"
    assert analyze("How much steel capacity was cut?").unit == "吨"  # no money asked: the measure stays


def test_a_real_change_does_not_answer_a_nominal_one() -> None:
    from qa.answer.change_rules import real_for_nominal
    cands = qty_spans("城镇居民人均可支配收入实际增长9.8%，农村居民人均纯收入名义增长8.5%。")
    nominal = analyze("2040年城镇居民人均可支配收入名义增长了多少？")
    assert real_for_nominal(nominal, cands["9.8%"]) and not real_for_nominal(nominal, cands["8.5%"])
    assert not real_for_nominal(analyze("2040年城镇居民人均可支配收入增长了多少？"), cands["9.8%"])


def test_what_a_year_added_is_taken_from_the_clause_that_adds_it() -> None:
    import numpy as np

    from qa.answer.near_misses import past_near_miss
    cands = qty_spans("清洁能源发电装机达到4.8亿千瓦，燃煤机组改造6000多万千瓦，比上年增加5170万千瓦。")
    order = ["4.8亿千瓦", "6000多万千瓦", "5170万千瓦"]
    spans = [cands[t] for t in order]
    masked = np.array([0.8, 0.6, 0.45])  # the added figure scored well below the level reached
    info = analyze("How much new clean-energy generating capacity was added in 2043?")
    misses = lambda i: "total" if total_for_added(info, spans[i]) else ""  # noqa: E731
    assert order[past_near_miss(info, spans, masked, 0, misses)] == "5170万千瓦"
    no_adding = [cands[t] for t in order[:2]]  # no clause says what was added: the level stays (and is withdrawn)
    assert past_near_miss(info, no_adding, masked[:2], 0, misses) == 0
    level = analyze("2043年清洁能源发电装机达到多少千瓦？")  # the level asked: nothing to move past
    assert past_near_miss(level, spans, masked, 0, lambda i: "") == 0
