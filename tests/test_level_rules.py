"""Which figure answers a level, a rank or an average (qa.answer.figure_rules, kind_rules): pure logic on
synthetic text."""
from __future__ import annotations

from qa.answer.features import Scored, SpanContext
from qa.answer.change_rules import level_for_change, start_for_level
from qa.answer.figure_rules import asks_target, not_average, plan_excluded
from qa.answer.kind_rules import amount_for_ordinal
from qa.answer.question import analyze
from qa.answer.spans import QTY_RE, passage_spans
from qa.ingest.chunking import Chunk


def _cands(text: str, dyear: int = 0) -> list[Scored]:
    chunk = Chunk("c1", "doc.txt", text, 0, len(text), (), "paragraph", 0)
    ctx = SpanContext(text, 0, 0.5, 0, 1.0, dyear=dyear)
    return [Scored(chunk, sp, text[sp.start:sp.end], ctx, None) for sp in passage_spans(text)]


def _ruled(rule, question: str, cands: list[Scored]) -> set[str]:
    return {c.text for c, r in zip(cands, rule(analyze(question), cands)) if r}


RESERVES = "南湖区外汇储备从1399亿美元增加到2864亿美元，出口总额1.15万亿美元，由上年第四位上升为第三位。"


def test_a_level_is_where_a_change_ends_not_where_it_starts() -> None:
    cands = _cands(RESERVES)
    ruled = _ruled(start_for_level, "南湖区外汇储备有多少?", cands)
    assert "1399亿美元" in ruled and "第四位" in ruled
    assert not {"2864亿美元", "第三位", "1.15万亿美元"} & ruled
    assert not _ruled(start_for_level, "南湖区外汇储备原来有多少?", cands)  # the start is asked
    assert not _ruled(start_for_level, "南湖区外汇储备从多少增加到了多少?", cands)
    assert not _ruled(start_for_level, "南湖区的外汇储备由谁管理?", cands)  # not a 多少 question


def test_a_report_reviewing_later_years_keeps_its_start_figures() -> None:
    # a 2010 report reviewing 2009: its "from" figure may be the asked 2005 one
    cands = _cands(RESERVES, dyear=2010)
    assert not _ruled(start_for_level, "2005年南湖区外汇储备有多少?", cands)
    assert "1399亿美元" in _ruled(start_for_level, "2009年南湖区外汇储备有多少?", cands)


def test_a_rank_is_asked_by_its_ordinal() -> None:
    cands = _cands(RESERVES)
    ruled = _ruled(amount_for_ordinal, "南湖区出口总额在全国排第几?", cands)
    assert "1.15万亿美元" in ruled and not {"第三位", "第四位"} & ruled
    assert not _ruled(amount_for_ordinal, "南湖区出口总额是多少?", cands)


def test_an_average_asked_is_the_figure_written_as_one() -> None:
    cands = _cands("五年来地区生产总值增长57.3%，年均增长9.5%，财政收入增长1.4倍。")
    ruled = _ruled(not_average, "五年来地区生产总值年均增长多少?", cands)
    assert "57.3%" in ruled and "9.5%" not in ruled
    assert "9.5%" not in _ruled(not_average, "What was the average annual growth of the economy?", cands)
    assert not _ruled(not_average, "五年来地区生产总值增长了多少?", cands)


def test_a_plan_verb_in_the_past_asks_what_was_done() -> None:
    assert not asks_target(analyze("2011年中央财政为南湖工程安排了多少资金?"))
    assert asks_target(analyze("2012年中央财政计划安排多少资金?"))
    assert asks_target(analyze("What was the growth target for 2012?"))


def test_a_change_written_after_a_target_is_not_another_indicator() -> None:
    text = "今年中央财政预算安排再就业补助资金83亿元，比去年增加36亿元。"
    cands = _cands(text)
    question = "2004年中央财政预算安排的再就业补助资金比2003年多了多少?"
    assert "36亿元" not in _ruled(plan_excluded, question, cands)


def test_an_anniversary_is_one_quantity() -> None:
    assert QTY_RE.search("今年是改革开放30周年").group(0) == "30周年"
    assert QTY_RE.search("年满18周岁").group(0) == "18周岁"


def test_an_english_level_question_is_not_answered_by_the_change() -> None:
    from qa.answer.change_rules import change_for_level
    cands = _cands("人均预期寿命提高1岁，达到74.5岁。")
    assert "1岁" in _ruled(change_for_level, "What average life expectancy did the plan aim for?", cands)
    assert "74.5岁" not in _ruled(change_for_level, "What average life expectancy did the plan aim for?", cands)
    assert not _ruled(change_for_level, "By how much was life expectancy to rise?", cands)
    prices = _cands("居民消费价格上涨4.8%。")
    assert not _ruled(change_for_level, "What was consumer price inflation in 2007?", prices)


def test_a_difference_from_last_year_does_not_answer_a_level_of_new_things() -> None:
    from qa.answer.change_rules import change_for_level
    cands = _cands("城镇新增就业预期目标比去年多50万人。城镇新增就业900万人以上。")
    ruled = _ruled(change_for_level, "今年城镇新增就业目标是多少人?", cands)  # 新增 names the indicator
    assert "50万人" in ruled and "900万人以上" not in ruled
    assert not _ruled(change_for_level, "城镇新增就业目标比去年多了多少人?", cands)  # the difference asked
    assert "50万人" in _ruled(change_for_level, "2030年城镇新增就业目标是多少?", _cands("目标比2029年多50万人。"))


def test_a_difference_asked_one_way_is_not_a_change_the_other_way() -> None:
    from qa.answer.change_rules import opposite_change
    cands = _cands("今年拟安排赤字1800亿元，比去年减少650亿元；建设投资比上年增加300亿元。")
    less = _ruled(opposite_change, "今年赤字比上一年少了多少?", cands)
    assert "300亿元" in less and "650亿元" not in less
    more = _ruled(opposite_change, "建设投资比上年多了多少?", cands)
    assert "650亿元" in more and "300亿元" not in more
    assert "650亿元" in _ruled(opposite_change, "建设投资比上年高了多少?", cands)  # the 少 of 多少 says nothing
    assert not _ruled(opposite_change, "今年赤字是多少?", cands)


def test_a_change_asked_is_not_answered_by_a_level() -> None:
    cands = _cands("南湖区生产总值达到3.6万亿元，比上年增长6.8%，单位生产总值能耗下降4.8%，"
                   "服务业比重从40.1%提高到42.6%。")
    ruled = _ruled(level_for_change, "南湖区生产总值增长了多少?", cands)
    assert {"3.6万亿元", "42.6%"} <= ruled and not {"6.8%", "4.8%"} & ruled
    assert "3.6万亿元" not in _ruled(level_for_change, "南湖区生产总值达到多少?", cands)  # a level is asked
    assert not _ruled(level_for_change, "南湖区服务业比重提高到多少?", cands)  # where a change ends
    prices = _cands("去年居民消费价格涨幅回落到2.6%，国内生产总值达到51.9万亿元。")
    ruled = _ruled(level_for_change, "去年物价涨了多少?", prices)  # a rate of change, whatever verb follows it
    assert "51.9万亿元" in ruled and "2.6%" not in ruled
    jobs = _cands("城镇新增就业859万人，登记失业率4.3%。")
    assert not _ruled(level_for_change, "实际新增了多少人?", jobs)  # 新增 names a level of new jobs
