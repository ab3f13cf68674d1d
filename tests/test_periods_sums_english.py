"""Periods that are no plan, a plan's first years, budgets compared, sums of named parts, fractions, quoted numbered
names, the thing counted after its measure, and English kinds, measures and provinces: pure logic on
synthetic text (thirty-seventh pass)."""
from __future__ import annotations

from conftest import qty_spans

from qa.answer.boundaries import asked_head
from qa.answer.change_rules import level_for_change
from qa.answer.enumerations import _run_of
from qa.answer.focus_compounds import compound_absent
from qa.answer.kind_rules import one_of_a_kind
from qa.answer.place_rules import place_absent
from qa.answer.question import analyze
from qa.answer.spans import QTY_RE
from qa.answer.whole_parts import parts_for_sum, summed_items
from qa.retrieve.years import asked_years, question_intent


def test_a_period_that_is_no_plan_is_looked_back_on() -> None:
    # a government's term, whatever the verb: the report after its last year reviews it
    assert asked_years("2043到2047年，国家安排专项资金帮多少所学校改造了危房？") == ((2047,), 1)
    # a Five-Year Plan's span asked as a target: its first year's report plans it
    assert asked_years("2046到2050年计划新增多少粮食生产能力？") == ((2046,), -1)
    assert asked_years("2046到2050年粮食增产了多少？") == ((2050,), 1)


def test_a_plans_first_years_are_reviewed_by_the_next_report() -> None:
    assert asked_years("“十一五”前四年，化学需氧量累计下降了多少？") == ((2009,), 1)
    assert asked_years("“十二五”头两年粮食产量增加了多少？") == ((2012,), 1)
    assert asked_years("“十一五”期间粮食增产多少？") == ((2006, 2010), 0)


def test_compared_with_the_year_befores_budget_is_this_years_budget() -> None:
    assert question_intent("2046年中央财政赤字比2045年预算少安排了多少？") == -1
    assert question_intent("2046年中央财政赤字比上年预算减少了多少？") == -1
    assert question_intent("2046年中央财政赤字比上年减少了多少？") == 1


def test_by_how_much_in_english_takes_a_figure_written_as_a_change() -> None:
    text = "中央财政赤字拟安排2450亿元，比去年预算赤字减少500亿元；同时增加中央预算内经常性建设投资100亿元。"
    cands = qty_spans(text)
    items = list(cands.values())
    ruled = {c.text for c, r in zip(items, level_for_change(
        analyze("By how much was the 2047 central deficit cut from the previous year's budget?"), items)) if r}
    assert "2450亿元" in ruled and "500亿元" not in ruled and "100亿元" not in ruled


def test_a_sum_of_named_parts_is_not_one_part() -> None:
    assert summed_items("2049年中央、地方财政赤字加起来一共多少？") == ["中央", "地方"]
    assert summed_items("2041到2045年，转移支付（税收返还和补助不算在内）五年加起来是多少？") == []
    text = "中央财政赤字7500亿元，地方债券2000亿元，全国财政赤字合计9500亿元。"
    cands = qty_spans(text)
    items = list(cands.values())
    ruled = {c.text for c, r in zip(items, parts_for_sum(analyze("2049年中央、地方财政赤字加起来一共多少？"), items)) if r}
    assert ruled == {"7500亿元", "2000亿元"}


def test_fractions_are_figures_and_a_modifier_is_no_head() -> None:
    assert [m.group(0) for m in QTY_RE.finditer("减少1/3行政审批事项，压缩三分之一")] == ["1/3", "三分之一"]
    assert [m.group(0) for m in QTY_RE.finditer("2047/3/5")] == []
    assert asked_head(analyze("要减少多少行政审批事项？")) == ""
    assert asked_head(analyze("有多少个座位？")) == "座位"


def test_a_quoted_numbered_name_is_answered_by_its_items() -> None:
    text = "要确保“三个高于”，即：甲投入高于上年，乙投入高于上年，丙投入高于上年。"
    s, e = _run_of(text, 0, len(text), "高于", 3, "三个高于")
    assert text[s:e] == "甲投入高于上年，乙投入高于上年，丙投入高于上年"
    text = "有效缓解弃水、弃风、弃光状况。"
    s, e = _run_of(text, 0, len(text), "弃", 3)
    assert text[s:e] == "弃水、弃风、弃光状况"
    assert _run_of(text, 0, len(text), "弃", 2) is None  # three items, not two
    text = "甲没有变，乙没有变，丙没有变。丁在变。"
    s, e = _run_of(text, 0, text.index("。") + 1, "没有变", 3)
    assert text[s:e] == "甲没有变，乙没有变，丙没有变"


def test_the_thing_counted_after_its_measure_must_be_named_whole() -> None:
    cands = qty_spans("新增公路19.2万公里，其中高速公路2.8万公里；新增铁路营运里程6100公里。")
    has = {"高速铁路", "高速公路"}.__contains__
    info = analyze("2041到2045年全国新增了多少公里高速铁路？")
    assert compound_absent(info, cands["2.8万公里"].chunk.text, has) != ""
    assert compound_absent(analyze("2045年新增了多少公里高速公路？"), cands["2.8万公里"].chunk.text, has) == ""
    # a list's first item is no name of the thing counted
    assert compound_absent(analyze("2045年扶持了多少个产业升级、技术改造项目？"), "支持4000多个项目", has) == ""


def test_provinces_named_in_an_english_question() -> None:
    assert place_absent(analyze("What was Guangdong province's GDP in 2045?"), "国内生产总值增长9%") != ""
    assert place_absent(analyze("What was Guangdong province's GDP in 2045?"), "广东省生产总值") == ""


def test_english_kinds_units_and_specific_things() -> None:
    assert analyze("Which animal disease did the 2044 report single out when it talked about farming?").qtype == "fact"
    assert analyze("What year was the law passed when the congress met?").qtype == "date"
    assert analyze("When did it start?").qtype == "date"
    assert analyze("Up to what age do infants get check-ups?").unit == "岁"
    assert analyze("What was the actual amount of foreign direct investment used in 2045?").qtype == "number"
    assert analyze("What was China's trade surplus in 2045, in US dollars?").qtype == "number"
    assert analyze("How many private banks were approved in 2045?").unit == "家"
    assert one_of_a_kind(analyze("How many countries took part in the Expo?"), "办成一届")


def test_a_numbered_name_named_in_passing_is_not_asked_for_its_items() -> None:
    from qa.answer.enumerations import _SHARED_NUMBERED
    assert _SHARED_NUMBERED.search("2045年要有效缓解哪“三弃”问题？")
    assert _SHARED_NUMBERED.search("“三个高于”是指哪三类投入？")
    assert not _SHARED_NUMBERED.search("2041—2045年，中央财政在“三农”上累计花了多少钱？")


def test_totals_and_amounts_per_person_are_told_apart() -> None:
    from qa.answer.whole_parts import rate_for_total, total_for_rate
    cands = qty_spans("国内生产总值达到11.67万亿元，人均国内生产总值突破1000美元。")
    items = list(cands.values())
    ruled = {c.text for c, r in zip(items, rate_for_total(analyze("2043年国内生产总值总量是多少？"), items)) if r}
    assert ruled == {"1000美元"}
    assert not rate_for_total(analyze("2043年人均国内生产总值是多少？"), items).any()
    per_capita = analyze("What was China's per-capita GDP in 2047?")
    assert per_capita.qtype == "number" and total_for_rate(per_capita, "24.66万亿元")
    assert not total_for_rate(per_capita, "2000美元")


def test_an_answer_keeps_its_bound_and_its_name_closes_on_the_noun_asked() -> None:
    from qa.answer.word_edges import bound_start, through_last_noun
    text = "城乡居民收入年均实际增长超过7%。"
    s = text.index("7%")
    assert text[bound_start(analyze("城乡居民收入年均实际增长多少？"), text, 0, s):s + 2] == "超过7%"
    text = "出台土壤污染防治行动计划。"
    e = text.index("防治")
    assert text[2:through_last_noun(analyze("2046年出台了哪项污染防治的行动计划？"), text, e)] == "土壤污染防治行动计划"
    assert through_last_noun(analyze("要形成怎样的行动计划？"), text, e) == e  # a kind asked: the modifier answers
    text = "出台土壤污染防治，启动行动计划。"
    e = text.index("，")
    assert through_last_noun(analyze("出台了哪项行动计划？"), text, e) == e  # not over punctuation


def test_what_a_figure_counts_stops_before_what_it_did() -> None:
    from qa.answer.respectively import _named_after
    cands = qty_spans("28个省（区、市）、2300个县（市）已初步建立社会救助体系的基本框架。")
    assert "初步" not in _named_after(cands["2300个"])
