"""Figures asked against a year or a change (qa.answer.change_rules, qa.retrieve.years), counts in their own
counter, dates where a figure is asked, a date's bound, parallel figures across semicolons: pure logic on
synthetic text (twenty-ninth pass)."""
from __future__ import annotations

import numpy as np

from qa.answer.change_rules import change_for_level, level_for_difference, other_base_year
from qa.answer.features import Scored, SpanContext
from qa.answer.figure_rules import plan_excluded, share_for_growth
from qa.answer.kind_rules import amount_for_count, date_for_figure
from qa.answer.question import analyze
from qa.answer.respectively import parallel_figure
from qa.answer.spans import QTY_RE, in_unit, measures_only, passage_spans
from qa.answer.widening import date_bound
from qa.ingest.chunking import Chunk
from qa.retrieve.years import asked_years, compared_years


def _cands(text: str, year: int = 0) -> list[Scored]:
    chunk = Chunk("c1", "doc.txt", text, 0, len(text), (), "paragraph", 0)
    ctx = SpanContext(text, 0, 0.5, 0, 1.0, dyear=year)
    return [Scored(chunk, sp, text[sp.start:sp.end], ctx, None) for sp in passage_spans(text)]


def _ruled(rule, question: str, text: str) -> set[str]:
    cands = _cands(text)
    return {c.text for c, r in zip(cands, rule(analyze(question), cands)) if r and c.span.kind == "qty"}


def test_the_year_compared_with_is_not_the_year_asked() -> None:
    assert compared_years("2030年财政收入比2029年多了多少?") == {2029}
    assert compared_years("与2028年相比，2030年的赤字是多少") == {2028}
    assert compared_years("How much higher was output in 2030 than in 2029?") == {2029}
    assert compared_years("2028年与2030年的赤字分别是多少") == set()  # two years asked, none compared with
    assert asked_years("2030年财政收入比2029年多了多少?")[0] == (2030,)
    assert asked_years("比2029年多了多少?")[0] == (2029,)  # no other year: the one named stays
    assert asked_years("over 2026-2030, how much was spent") == ((2030,), 1)  # a span, reviewed after its end


def test_the_focus_is_what_is_compared_not_the_year_compared_with() -> None:
    assert "财政收入" in analyze("2030年财政收入比2029年多了多少?").focus
    assert "2029" not in analyze("2030年财政收入比2029年多了多少?").focus
    assert "利润" in analyze("2030年工业企业的利润比上年多赚了多少?").focus
    assert "比重" in analyze("外汇储备比重是多少?").focus  # 比重 is no comparison


def test_a_level_asked_as_where_a_change_ends_rules_out_the_change() -> None:
    text = "人均预期寿命提高1岁，达到80.5岁。"
    assert _ruled(change_for_level, "人均预期寿命要提高到多少岁?", text) == {"1岁"}
    assert _ruled(change_for_level, "人均预期寿命提高了多少岁?", text) == set()  # the change is asked


def test_how_much_more_asked_with_a_verb_between_asks_the_difference() -> None:
    text = "粮食总产量又增产1200万吨，达到6.1亿吨。"
    assert "6.1亿吨" in _ruled(level_for_difference, "粮食比上年又多打了多少?", text)
    assert "6.1亿吨" in _ruled(level_for_difference, "粮食又多打了多少?", text)
    assert "1200万吨" not in _ruled(level_for_difference, "粮食又多打了多少?", text)
    assert "6.1亿吨" not in _ruled(change_for_level, "粮食又多打了多少?", text)
    assert "1200万吨" not in _ruled(change_for_level, "粮食又多打了多少?", text)  # not a level asked


def test_a_figure_compared_with_another_year_is_ruled_out() -> None:
    text = "2030年与2025年相比，地区生产总值增长41.2%；全年地区生产总值比上年增长7.3%。"
    ruled = _ruled(other_base_year, "2030年地区生产总值比2029年增长了百分之几?", text)
    assert ruled == {"41.2%"}
    assert _ruled(other_base_year, "2030年地区生产总值增长了百分之几?", text) == set()  # no year compared with


def test_a_share_that_rose_is_no_growth_rate() -> None:
    text = "研发经费占地区生产总值的比重从2.1%提高到2.6%，地区生产总值增长6%。"
    ruled = _ruled(share_for_growth, "地区生产总值比上年增长了百分之几?", text)
    assert "2.6%" in ruled and "6%" not in ruled
    assert _ruled(share_for_growth, "研发经费占地区生产总值的比重提高到多少?", text) == set()  # a share asked


def test_a_count_in_another_counter_does_not_answer() -> None:
    assert QTY_RE.search("关闭小煤矿1054处").group() == "1054处"
    assert not in_unit("关停小火电1669万千瓦，关闭小煤矿1054处", "台")
    assert in_unit("关停机组300台", "台") and in_unit("扶持1.2万户企业", "家") and in_unit("新建120个", "所")
    assert not in_unit("观众900多万人次", "人")
    assert in_unit("市场主体每天新增4.5万户", "个")  # 多少个: the general counter, any count answers


def test_how_many_in_english_is_not_answered_by_an_amount() -> None:
    assert measures_only("减少企业负担3500亿元左右") and not measures_only("取消收费35项") and not measures_only("无")
    text = "全年减少企业负担3500亿元左右，取消或停征行政事业性收费35项。"
    assert _ruled(amount_for_count, "How many administrative fees were cancelled in 2030?", text) == {"3500亿元左右"}
    assert _ruled(amount_for_count, "How much was the burden on firms cut in 2030?", text) == set()


def test_a_date_does_not_answer_a_figure_asked() -> None:
    text = "2027年在全市建立最低生活保障制度，3451.9万人纳入保障。"
    cands = _cands(text)
    dated = {c.text for c, r in zip(cands, date_for_figure(analyze("How many residents were covered?"), cands)) if r}
    assert "2027年" in dated and "3451.9万人" not in dated
    assert not date_for_figure(analyze("这项制度实施多少年了?"), cands).any()  # years asked
    assert analyze("How many residents were covered when the system was set up in 2027?").qtype == "number"
    assert analyze("When was the system set up?").qtype == "date"


def test_a_dates_bound_is_kept_when_the_question_asks_for_one() -> None:
    text = "确保2028年前完成裁减任务，2030年底基本建成。"
    e = text.index("2028年") + 5
    assert text[:date_bound(analyze("裁减任务须在什么时间以前完成?"), text, e)].endswith("2028年前")
    assert date_bound(analyze("裁减任务是哪一年提出的?"), text, e) == e
    e2 = text.index("2030年") + 5
    assert text[:date_bound(analyze("By when will it be built, by the end of which year?"), text, e2)].endswith("年底")


def test_a_figure_after_a_bare_change_takes_its_subject_from_the_clause_before_across_semicolons() -> None:
    text = "全市财政收入3.9万亿元，比上年增加7694亿元；规模以上工业企业实现利润增长31%，增加4442亿元。"
    cands = _cands(text)
    scores = {"7694亿元": 0.49, "4442亿元": 0.48}
    logits = np.array([scores.get(c.text, -1.0) if c.span.kind == "qty" else -1.0 for c in cands])
    best = next(i for i, c in enumerate(cands) if c.text == "7694亿元")
    terms = [(t, 1.0) for t in ("规模以上", "工业企业", "利润", "上年")]
    got = parallel_figure(analyze("规模以上工业企业的利润比上年多赚了多少?"), terms, cands, logits, best)
    assert cands[got].text == "4442亿元"
    logits2 = np.array([scores.get(c.text, -1.0) if c.span.kind == "qty" else -1.0 for c in cands])
    got2 = parallel_figure(analyze("全市财政收入比上年增加多少?"), [(t, 1.0) for t in ("财政收入", "上年")], cands,
                           logits2, best)
    assert cands[got2].text == "7694亿元"


def test_a_level_after_the_change_is_no_other_indicators_target() -> None:
    text = "促进人口长期均衡发展，人均预期寿命提高1岁，达到80.5岁。"
    cands = _cands(text, 2026)
    ruled = {c.text for c, r in zip(cands, plan_excluded(analyze("按“十五五”目标，人均预期寿命要提高到多少岁?"), cands))
             if r}
    assert "80.5岁" not in ruled


def test_a_change_asked_without_a_unit_word_leaves_the_nouns_unit_a_hint() -> None:
    info = analyze("全社会固定资产投资比前一年涨了多少?")
    assert (info.unit, info.unit_soft) == ("元", True)
    assert (analyze("工资涨了多少钱?").unit, analyze("工资涨了多少钱?").unit_soft) == ("元", False)
    assert analyze("单位能耗降了多少?").unit == ""
    assert analyze("工业企业利润是多少?").unit == "元" and analyze("利润率是多少?").unit != "元"


def test_units_asked_with_a_magnitude_in_points_or_as_a_capacity() -> None:
    assert (analyze("全市粮食种了多少亿亩?").unit, analyze("全市粮食种了多少亿亩?").unit_explicit) == ("亩", True)
    assert analyze("新增产能多少万吨?").unit == "万吨" and analyze("投入多少亿元?").unit == "亿元"  # listed with it
    assert analyze("小排量汽车购置税按几个点征收?").unit == "%"
    assert analyze("新增了多大容量的燃煤脱硫机组?").unit == "千瓦"
    assert analyze("水库容量是多少?").unit != "千瓦"


def test_reserves_are_asked_in_dollars_and_a_monthly_average_is_a_rate() -> None:
    from qa.answer.whole_parts import total_for_rate
    assert analyze("截至2030年末的外汇储备余额是多少?").unit == "美元"
    assert analyze("2030年实际利用外资多少?").unit == "美元"
    assert total_for_rate(analyze("2030年外出务工人员的月均收入是多少?"), "10.37万亿元")
    assert not total_for_rate(analyze("2030年外出务工人员的月均收入是多少?"), "2049元")
