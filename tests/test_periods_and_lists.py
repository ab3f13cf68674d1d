"""Periods of several years ("2003到2007年"), totals and their parts, flows asked as changes,
English changes, lists announced by a colon or by 双, a verbal noun asked ("什么监控"), regions: pure logic on synthetic
text (thirtieth pass)."""
from __future__ import annotations

from qa.answer.boundaries import add_head, asked_head
from qa.answer.change_rules import change_for_level, level_for_change
from qa.answer.enumerations import enumeration_before, list_after_colon, listing_span, other_than
from qa.answer.features import Scored, SpanContext
from qa.answer.figure_rules import plan_excluded, yearly_average
from qa.answer.whole_parts import part_for_total
from qa.answer.place_rules import region_absent
from qa.answer.question import analyze
from qa.answer.spans import passage_spans
from qa.ingest.chunking import Chunk
from qa.retrieve.years import asked_years, question_intent, question_years, year_range


def _cands(text: str, year: int = 0, path: tuple[str, ...] = ()) -> list[Scored]:
    chunk = Chunk("c1", "doc.txt", text, 0, len(text), path, "paragraph", 0)
    ctx = SpanContext(text, 0, 0.5, 0, 1.0, dyear=year)
    return [Scored(chunk, sp, text[sp.start:sp.end], ctx, None) for sp in passage_spans(text)]


def _ruled(rule, question: str, text: str, year: int = 0, path: tuple[str, ...] = ()) -> set[str]:
    cands = _cands(text, year, path)
    return {c.text for c, r in zip(cands, rule(analyze(question), cands)) if r and c.span.kind == "qty"}


def test_a_range_names_both_years_even_without_a_year_mark_after_the_first() -> None:
    assert question_years("2026到2030年这五年新增了多少公路？") == (2026, 2030)
    assert question_years("2026至2030这五年一共造林多少？") == (2026, 2030)
    assert question_years("2026—2030年新增多少？") == (2026, 2030)
    assert analyze("2026到2030年这五年新增了多少公路？").years == ("2026", "2030")
    assert question_years("2030年比2029年多了多少？") == (2030, 2029)  # two years, no range
    assert year_range("2030年比2029年多了多少？") is None
    assert year_range("2026到2030年") == (2026, 2030)
    assert year_range("2029到2030年") is None  # two years are no period of several


def test_a_period_is_reviewed_after_its_last_year_and_planned_in_its_first() -> None:
    assert asked_years("2026到2030年这五年，全国一共新增了多少公里公路？") == ((2030,), 1)
    assert asked_years("2026—2030年全国新增城市污水日处理能力多少？") == ((2030,), 1)
    assert asked_years("2026到2030年的规划目标是多少？") == ((2026,), -1)


def test_no_part_answers_a_total_asked() -> None:
    text = "新增发电装机容量4.45亿千瓦，其中水电9601万千瓦、核电384万千瓦。"
    ruled = _ruled(part_for_total, "2026—2030年全国发电能力一共多出了多少千瓦？", text)
    assert {"9601万千瓦", "384万千瓦"} <= ruled and "4.45亿千瓦" not in ruled
    assert _ruled(part_for_total, "2026—2030年全国发电能力多出了多少千瓦？", text) == set()  # no total word


def test_a_flow_asked_is_answered_by_the_change() -> None:
    text = "农村贫困人口减少217万人。"
    assert _ruled(change_for_level, "2030年又有多少农民摆脱了贫困？", text) == set()
    assert _ruled(change_for_level, "2030年农村贫困人口是多少？", text) == {"217万人"}  # a level asked


def test_a_unit_implied_by_an_earlier_clause_is_only_a_hint() -> None:
    info = analyze("2030年农业税降税率，农民一年能少交多少？")
    assert info.unit == "%" and info.unit_soft
    assert not analyze("2030年农业税税率降到多少？").unit_soft


def test_an_english_change_asked_rules_out_the_level() -> None:
    text = "国家外汇储备达4033亿美元，比年初增加1168亿美元。"
    assert _ruled(level_for_change, "By how much did foreign exchange reserves increase in 2030?", text) == {"4033亿美元"}
    assert _ruled(level_for_change, "What was the level of foreign exchange reserves in 2030?", text) == set()
    assert analyze("What was the real-terms increase in per capita income in 2030?").qtype == "number"


def test_a_list_announced_by_a_colon_runs_to_the_sentence_end() -> None:
    text = "实现目标，需要把握以下原则：坚持稳中求进，促进平稳发展；坚持以人为本，加快社会建设。其他内容。"
    clause_start = 0
    clause_end = text.index("：") + 1
    s, e = list_after_colon(text, clause_start, clause_end)
    assert text[s:e] == "坚持稳中求进，促进平稳发展；坚持以人为本，加快社会建设"
    said = "改革的关键环节是：转变职能，理顺甲；推进财税改革，理顺乙。"
    s, e = list_after_colon(said, 0, said.index("：") + 1)  # "…是：" announces what follows too
    assert said[s:e] == "转变职能，理顺甲；推进财税改革，理顺乙"
    assert list_after_colon("他说：好。", 0, 3) is None  # no list announced
    assert list_after_colon("主要是：一个事项。", 0, 4) is None  # one item


def test_a_double_name_stands_for_the_two_items_before_it() -> None:
    text = "坚持稳政策稳预期和促改革调结构“双结合”，打造创业创新“双引擎”。"
    s, e = enumeration_before(analyze("2030年报告提出的“双结合”指哪两方面？"), text)
    assert text[s:e] == "稳政策稳预期和促改革调结构"


def test_a_verbal_noun_asked_last_is_part_of_the_answer() -> None:
    info = analyze("2030年报告要求对重点污染源实行什么监控？")
    assert asked_head(info) == "监控"
    text = "对所有重点污染源实行24小时在线监控，确保质量。"
    s = text.index("24")
    assert text[slice(*add_head(info, text, s, text.index("监控")))] == "24小时在线监控"


def test_scale_is_a_number_word_only_where_it_is_asked() -> None:
    assert analyze("2030年对适度规模经营农户实施什么保险？").qtype != "number"
    assert analyze("2030年投资规模是多大？").qtype == "number"


def test_a_region_or_scope_asked_must_be_named_by_the_figures_sentence() -> None:
    def absent(question: str, text: str) -> str:
        c = next(c for c in _cands(text) if c.span.kind == "qty")
        return region_absent(analyze(question), c)
    assert absent("2030年东部地区经济增长了多少？", "国内生产总值比上年增长7.4%。")
    assert not absent("2030年东部地区经济增长了多少？", "东部地区经济增长8%。")
    assert not absent("2030年经济增长了多少？", "国内生产总值比上年增长7.4%。")
    scoped = "2031年报告中，2030年农村市场消费品零售额增长了多少？"  # a scope of the indicator asked
    assert absent(scoped, "社会消费品零售总额实际增长16.9%。")
    assert not absent(scoped, "农村市场消费品零售额增长15%。")
    assert not absent("为了农村发展，2030年财政投入了多少？", "财政投入增长10%。")  # another clause
    assert not absent("2030年有多少城市居民享受低保？", "全国2235万城镇居民得到最低生活保障。")  # 城市 ~ 城镇
    assert not absent("2030年高速公路通车里程是多少？", "甲。乙。丙。高速公路通车里程达到2万公里。")
    assert not absent("2030年全国有多少人享受低保？", "全国2235万城市居民得到最低生活保障。")  # 全国有: no 国有
    assert absent("2030年高速公路通车里程是多少？", "高速公路很重要。其他。铁路营业里程达到9万公里。")
    # the scope named earlier in the sentence, before "；"
    assert not absent("2030年规模以上工业企业的利润多赚了多少？", "规模以上工业企业利润9000亿元；利润增长31%，增加4442亿元。")


def test_a_target_of_the_year_before_the_named_report_is_not_its_outcome() -> None:
    text = "居民消费价格上涨2%。"
    question, path = "2031年政府工作报告中，2030年居民消费价格涨幅的预期目标是多少？", ("一、2030年工作回顾",)
    assert _ruled(plan_excluded, question, text, 2031, path) == {"2%"}  # the 2030 outcome the 2031 report reviews


def test_the_year_compared_with_is_not_asked_by_the_figure_rules() -> None:
    from qa.answer.figure_rules import asked_years as rule_years
    assert rule_years(analyze("2031年中央给三农的钱比2030年多出多少？")) == (0, (2031,))
    assert rule_years(analyze("2031年报告中，2030年的投资是多少？")) == (2031, (2030,))


def test_an_english_question_of_what_started_asks_the_change() -> None:
    text = "新增510万沼气用户，又有80万户危房得到改造。"
    assert "510万" not in _ruled(change_for_level, "How many rural households started using biogas in 2030?", text)
    assert "510万" in _ruled(change_for_level, "How many rural households used biogas in 2030?", text)


def test_a_list_asked_takes_the_span_listing_items_when_the_best_lists_none() -> None:
    import numpy as np
    text = "整顿金融秩序，筑牢金融风险防火墙。对不良资产、债券违约、影子银行等风险要高度警惕。"
    cands = _cands(text)
    info = analyze("2030年报告点名哪些金融隐患需要提防？")
    best = next(i for i, c in enumerate(cands) if c.text == "筑牢金融风险防火墙")
    listing = next(i for i, c in enumerate(cands) if c.text.startswith("不良资产、债券违约"))
    scores = np.full(len(cands), -np.inf)
    scores[best], scores[listing] = 0.5, 0.45
    assert listing_span(info, cands, scores, best, 0.1) == listing
    assert listing_span(info, cands, scores, best, 0.01) == best  # too far below the best
    listed = "坚持甲、乙、丙。对不良资产、债券违约、影子银行等风险要高度警惕。"
    cands = _cands(listed)
    first = next(i for i, c in enumerate(cands) if c.text == "坚持甲、乙、丙")
    assert listing_span(info, cands, np.zeros(len(cands)), first, 0.1) == first  # the best lists items already


def test_what_a_question_leaves_out_is_not_its_answer() -> None:
    text = "积极发展新一代信息技术产业，建设宽带网。大力推动节能环保、新能源、生物等产业发展。"
    cands = _cands(text)
    ruled = {c.text for c, r in zip(cands, other_than(analyze("2030年要推动的新兴产业（新一代信息技术之外）有哪些？"),
                                                         cands)) if r}
    assert "积极发展新一代信息技术产业" in ruled and not any("节能环保" in t for t in ruled)
    assert other_than(analyze("除了信息技术以外还有哪些产业？"), cands).any()
    listed = _cands("推进中巴、孟中印经济走廊建设。")  # the one left out is listed with the answer
    assert not other_than(analyze("要构建的经济走廊，除中巴以外还有哪一个？"), listed).any()
    assert not other_than(analyze("2030年要推动哪些新兴产业？"), cands).any()


def test_an_english_was_to_is_a_plan() -> None:
    assert question_intent("By what proportion was central poverty-alleviation funding to increase in 2030?") == -1
    assert question_intent("By how much did funding increase in 2030?") == 1


def test_a_clause_opening_on_a_span_of_years_is_no_one_years_figure() -> None:
    text = "五年全国新增城镇就业5100万人。全年城镇新增就业1200万人。"
    assert _ruled(yearly_average, "2031年报告中，2030年全国城镇新增就业人数是多少？", text) == {"5100万人"}
    assert _ruled(yearly_average, "How many urban jobs were created over the previous five years, per the 2031 report?",
                  text) == set()
    assert _ruled(yearly_average, "2026到2030年全国城镇新增就业多少人？", text) == set()  # a period asked
    assert _ruled(yearly_average, "2030年五年内要新增多少就业？", "五年内新增就业5000万人。") == set()  # 五年 asked


def test_a_plans_whole_span_is_the_plan_and_a_part_of_it_its_years() -> None:
    assert asked_years("2016到2020年(“十三五”时期)GDP年均增长多少?") == ((2020,), 1)  # the plan's five years
    assert asked_years("“十三五”头三年(2016—2018年)能耗累计下降了多少?") == ((2016, 2018), 1)  # years inside it


def test_one_year_stands_for_a_period_in_search_and_in_the_figure_rules_alike() -> None:
    from qa.answer.figure_rules import asked_years as rule_years
    from qa.retrieve.years import period_year
    assert period_year("2026到2030年新增了多少公路？", 1) == 2030
    assert period_year("2026到2030年的规划目标是多少？", -1) == 2026
    assert period_year("“十三五”头三年(2016—2018年)能耗累计下降了多少?", 1) == 0  # years inside a plan named
    assert period_year("2030年新增了多少公路？", 1) == 0
    question = "2026到2030年这五年，全国一共新增了多少公里公路？"
    assert rule_years(analyze(question))[1] == asked_years(question)[0] == (2030,)
