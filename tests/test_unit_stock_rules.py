"""What a count or a measure question accepts and a total asked at a date: "二期工程" counts no 台, "多少亿立方米"
asks 立方米, people counted by a noun ("涉及多少职工") are not a sum of money, and what a year added is not the
total it reached: pure logic on synthetic text (thirty-fifth pass)."""
from __future__ import annotations

from conftest import qty_spans

from qa.answer.change_rules import added_for_total
from qa.answer.counters import amount_for_people
from qa.answer.question import analyze
from qa.answer.spans import in_unit


def test_an_ordinal_stage_counts_nothing_else() -> None:
    assert not in_unit("水利枢纽二期工程胜利完成", "台")
    assert in_unit("第三届博览会开幕", "个")  # 多少个: any count
    assert in_unit("新增机组26台", "台") and in_unit("开工建设三期工程", "期")


def test_a_magnitude_before_a_cubic_metre_asks_the_cubic_metre() -> None:
    info = analyze("管道每年能输送多少亿立方米天然气？")
    assert info.unit == "立方米" and info.unit_explicit
    assert in_unit("年输气能力120亿立方米", "立方米") and not in_unit("年输油1.2亿吨", "立方米")
    assert analyze("粮食产量是多少万吨？").unit == "万吨"  # a magnitude listed with its unit stays


def test_people_counted_by_a_noun_are_not_a_sum() -> None:
    info = analyze("2041年关闭破产的90户企业一共涉及多少职工？")
    assert info.unit == "人" and not info.unit_soft
    assert amount_for_people(info, "180亿元") and amount_for_people(info, "中央财政安排180亿元")
    assert not amount_for_people(info, "安排180亿元支持90户企业关闭破产")  # a count beside it may be the answer
    assert not amount_for_people(info, "安置职工42万人")
    assert not amount_for_people(info, "涉及职工42万")  # a bare figure may count them
    assert not amount_for_people(analyze("2041年安排了多少资金？"), "安排180亿元")
    assert not amount_for_people(analyze("城镇就业人员增长了多少？"), "增长2.3%")  # a change: a share may answer


def test_what_a_year_added_is_not_the_total_asked_at_a_date() -> None:
    cands = qty_spans("新建城际铁路投产里程超过2100公里，新建改建高速公路5800多公里。城际铁路运营里程达到3.1万公里。")
    info = analyze("截至2040年底，全国城际铁路运营总里程达到多少公里？")
    assert added_for_total(info, cands["2100公里"]) and added_for_total(info, cands["5800多公里"])
    assert not added_for_total(info, cands["3.1万公里"])
    # a question about the addition itself, or not about a total, is not this rule's
    assert not added_for_total(analyze("2040年新建城际铁路多少公里？"), cands["2100公里"])
    assert not added_for_total(analyze("2040年城际铁路建设完成了多少公里？"), cands["2100公里"])


def test_a_population_is_a_figure_followed_by_its_noun_not_a_head_count() -> None:
    from qa.answer.spans import QTY_RE
    assert [m.group(0) for m in QTY_RE.finditer("我国有14亿人口、8亿劳动力，资金100亿人民币")] == ["14亿", "8亿", "100亿"]
    assert [m.group(0) for m in QTY_RE.finditer("新增就业1300万人，贫困人口减少1000万人。")] == ["1300万人", "1000万人"]


def test_a_change_by_so_much_may_name_what_changed_before_its_figure() -> None:
    from qa.answer.change_rules import level_for_difference
    cands = qty_spans("扩大债务置换规模，降低利息负担约3000亿元，财政收入增长9.3%，新增就业1300万人。")
    items = list(cands.values())
    ruled = {c.text for c, r in zip(items, level_for_difference(analyze("2040年大约降低了多少利息负担？"), items)) if r}
    assert ruled == {"1300万人"}  # the change by an object and the growth rate stay
    # what a year added is a level of its own, not a difference from the year before
    ruled = {c.text for c, r in zip(items, level_for_difference(analyze("2040年新增就业比上年多了多少？"), items)) if r}
    assert "1300万人" in ruled
