"""A review's opening sentence dating the figures after it, a paragraph opening on several years, things
counted by their counter, English measure nouns: pure logic on synthetic text (fortieth pass)."""
from __future__ import annotations

from conftest import qty_spans, year_index

from qa.answer.features import Scored, SpanContext
from qa.answer.figure_rules import after_recalled_year, yearly_average
from qa.answer.kind_rules import amount_for_count
from qa.answer.question import analyze
from qa.answer.spans import passage_spans
from qa.ingest.chunking import Chunk
from qa.text import tokenize


def _figures(text: str, dyear: int = 0) -> dict[str, Scored]:
    chunk = Chunk("c1", f"{dyear}.txt", text, 0, len(text), (), "paragraph", 0)
    ctx = SpanContext(text, 0, 0.5, 0, 1.0, dyear=dyear)
    return {text[sp.start:sp.end]: Scored(chunk, sp, text[sp.start:sp.end], ctx, None)
            for sp in passage_spans(text) if sp.kind == "qty"}


def test_a_review_opening_dates_the_sentence_after_it() -> None:
    idx = year_index([("a", 2041, "今年要做好五件事。过去一年，我们的工作取得了很大成绩。地区生产总值增长9.1%，城镇新增就业53万人。"),
                  ("b", 2041, "过去一年，我们的工作取得了很大成绩。2042年粮食产量要稳定。地区生产总值增长9.1%。"),
                  ("c", 2040, "今年要加快发展服务业。")])
    assert idx.find(2040, tokenize("2040年地区生产总值增长了多少?")) == [0]  # not where another year comes between


def test_ties_go_to_the_report_the_question_asks_for() -> None:
    idx = year_index([("plan", 2040, "今年地区生产总值增长8%左右。"),
                  ("review", 2041, "去年地区生产总值增长9.1%。")])
    q = tokenize("2040年地区生产总值增长了多少?")
    assert idx.find(2040, q, intent=1)[0] == 1  # an outcome: the next year's review
    assert idx.find(2040, q, intent=-1)[0] == 0  # a target: the year's own report


def test_a_figure_after_a_sentence_recalling_last_year_is_that_years() -> None:
    text = "过去一年，我们的工作取得了很大成绩。地区生产总值增长9.1%，城镇新增就业53万人。2042年要新增就业60万人。"
    figures = _figures(text, dyear=2042)
    assert after_recalled_year(figures["53万人"])
    assert not after_recalled_year(figures["60万人"])  # its own sentence names its year


def test_a_paragraph_opening_on_several_years_gives_totals_but_also_the_level_reached() -> None:
    text = "——这五年，人民生活明显改善。城镇新增就业5771万人，地区生产总值达到39.8万亿元。"
    figures = _figures(text, dyear=2041)
    items = list(figures.values())
    ruled = {c.text for c, r in zip(items, yearly_average(analyze("2040年城镇新增就业多少人？"), items)) if r}
    assert "5771万人" in ruled and "39.8万亿元" not in ruled
    assert not yearly_average(analyze("这五年城镇新增就业多少人？"), items).any()  # several years asked


def test_things_counted_by_their_counter_are_not_measured() -> None:
    text = "建成国家重点实验室59家，新建铁路5944公里，投资3500亿元。"
    items = list(qty_spans(text).values())
    for q in ("How many national key laboratories were built?", "建成了多少家国家重点实验室？"):
        ruled = {c.text for c, r in zip(items, amount_for_count(analyze(q), items)) if r}
        assert ruled == {"5944公里", "3500亿元"}, q
    assert not amount_for_count(analyze("新建铁路多少公里？"), items).any()
    assert not amount_for_count(analyze("服务业比重提高了多少个百分点？"), items).any()


def test_english_questions_about_a_measure_ask_a_figure() -> None:
    assert analyze("What was the installed wind power capacity at the end of 2048?").qtype == "number"
    assert analyze("What was the total grain sown area in 2048?").qtype == "number"
    assert analyze("What was the pilot area of the reform?").qtype != "number"


def test_a_five_year_review_names_this_years_budget_with_its_own_year() -> None:
    from qa.answer.figure_rules import _period_target
    text = "从2040年起开展试点，2042年试点扩大到20个省。今年中央财政预算用于支持这项改革的资金将达305亿元。"
    chunk = Chunk("c1", "2043.txt", text, 0, len(text), ("一、过去五年政府工作的回顾",), "paragraph", 0)
    ctx = SpanContext(text, 0, 0.5, 0, 1.0, dyear=2043)
    figures = {text[sp.start:sp.end]: Scored(chunk, sp, text[sp.start:sp.end], ctx, None)
               for sp in passage_spans(text) if sp.kind == "qty"}
    assert not _period_target(figures["305亿元"])  # the report's own year, said in its sentence
    assert _period_target(figures["20个"])  # (the review's years)


def test_colloquial_money_and_the_thing_of_a_pair() -> None:
    from qa.answer.focus_compounds import compounds
    assert analyze("小麦的最低收购价比上年提高了几块钱？").unit == "元"
    assert compounds("2043年报告回顾的五年里共有几家企业上市？", lambda w: True) == []  # 的 between: no pair
    assert ("支出", "总额") not in compounds("据2043年报告，上一年文化领域的支出总额是多少？", lambda w: True)
    assert compounds("2043年报告里，全国铁路营业里程达到多少公里？", lambda w: True)
    # words of time or rate say when or how often, not what: no pair of them names the thing asked
    assert compounds("2043年报告说过去五年一共转移了多少农村人口？", lambda w: True) == []
    assert compounds("2043年报告说中央财政平均每年超收多少？", lambda w: True) == []


def test_a_total_asked_after_a_clause_about_what_was_added() -> None:
    from qa.answer.change_rules import total_for_added
    text = "新建高速公路4.2万公里，高速公路总里程达9.56万公里。"
    figures = _figures(text)
    assert not total_for_added(analyze("高速公路五年新增4.2万公里后，全国总里程达到了多少？"), figures["9.56万公里"])
    assert total_for_added(analyze("2043年新增高速公路多少公里？"), figures["9.56万公里"])


def test_english_nouns_count_only_when_counting_is_asked() -> None:
    # the farmers are not counted (a burden is lifted in money since session 53: 元, not 人)
    assert analyze("What was the average cut in farmers' burdens in 2043?").unit == "元"
    assert analyze("What was the number of students enrolled in 2043?").unit
    assert analyze("How many farmers joined the scheme in 2043?").unit


def test_those_years_are_a_time_not_a_question_word() -> None:
    assert analyze("关闭污染企业那几年，先从哪个行业下手？").qtype != "number"
    assert analyze("近几年累计投资多少？").unit == "元"
    assert analyze("用了几年时间？").unit == "年"


def test_a_term_the_question_quotes_must_be_named_by_the_figure() -> None:
    from qa.answer.focus_rules import quoted_absent
    from qa.answer.focus_compounds import CorpusWords
    corpus = "加大“三农”投入。落实残疾人“两项补贴”制度。“十一五”时期。还清历史旧账。推进债转股。市场化债转股。"
    has = CorpusWords([corpus]).has
    info = analyze("2043年中央财政用于“三农”的支出总额是多少？")
    assert quoted_absent(info, "中央财政全年用于教育、卫生、科技的支出达855亿元。", has)
    assert not quoted_absent(info, "中央财政用于“三农”的支出达2626亿元。", has)
    assert quoted_absent(analyze("残疾人“两项补贴”每人每月多少元？"), "奖励扶助标准提高到720元。", has)
    assert not quoted_absent(analyze("“十一五”期间城镇新增就业多少？"), "这五年，城镇新增就业5771万人。", has)
    assert not quoted_absent(analyze("“菜篮子工程”投了多少钱？"), "投入300亿元。", has)  # words of the asker's own
    # written once and never quoted: the asker's word for it ("旧账"), which the answer need not repeat
    assert not quoted_absent(analyze("有多少退休职工的养老“旧账”得到了解决？"), "解决了500多万名退休人员的问题。", has)
    assert quoted_absent(analyze("“债转股”规模有多少？"), "不良贷款余额下降1000亿元。", has)  # written twice


def test_a_part_about_the_year_dates_every_sentence() -> None:
    text = "国务院各部门全年取消和下放246项行政审批事项。"
    idx = year_index([("a", 2044, text, ("一、2043年工作回顾",)), ("b", 2044, text, ("二、2044年工作总体部署",))])
    assert idx.find(2043, tokenize("2043年国务院部门取消和下放了多少项行政审批事项？")) == [0]


def test_a_figure_said_of_this_year_is_not_last_years() -> None:
    text = "加快安全饮水设施建设，今年再解决3200万人的安全饮水问题，比上年增加300万人。"
    figures = _figures(text, dyear=2044)
    items = list(figures.values())
    from qa.answer.figure_rules import year_excluded
    ruled = {c.text for c, r in zip(items, year_excluded(analyze("2043年解决了多少人的安全饮水问题？"), items)) if r}
    assert "3200万人" in ruled
    assert not year_excluded(analyze("2044年要解决多少人的安全饮水问题？"), items).any()


def test_an_english_figure_question_prefers_the_sentence_rendering_its_rare_terms() -> None:
    import numpy as np
    from qa.answer.span_choice import english_terms_choice
    text = "中央财政安排27亿元国债资金用于医疗卫生基础设施建设。新型农村合作医疗覆盖4.1亿农民；中央财政支出42.7亿元。"
    figures = _figures(text, dyear=2044)
    items = list(figures.values())
    names = [c.text for c in items]
    masked = np.array([0.52 if t == "27亿元" else 0.49 if t == "42.7亿元" else 0.1 for t in names])
    df = {"新型农村合作医疗": 3, "合作医疗": 5, "中央": 400, "财政": 500}
    q = analyze("How much did the central government spend on the new rural cooperative medical scheme in 2043?")
    best = names.index("27亿元")
    assert names[english_terms_choice(q, items, masked, best, df, 2000)] == "42.7亿元"
    masked[names.index("42.7亿元")] = 0.2  # beyond the margin: the ranker's choice stands
    assert english_terms_choice(q, items, masked, best, df, 2000) == best


def test_a_quoted_abbreviation_written_in_full_is_named() -> None:
    from qa.answer.focus_rules import quoted_absent
    info = analyze("让多少户国有大中型企业搞“债转股”？")
    assert not quoted_absent(info, "确定对符合条件的580户国有大中型企业实施债权转股权。", lambda w: True)
    assert quoted_absent(info, "确定对符合条件的580户国有大中型企业实施破产。", lambda w: True)


def test_english_plan_words_and_the_capital_as_the_government() -> None:
    from qa.answer.place_rules import place_absent
    from qa.retrieve.years import asked_years, plan_named
    q = "What share of the population was meant to live in cities by the end of the 14th Five-Year Plan?"
    assert asked_years(q) == ((2021,), -1)  # the plan's targets: its first year's report
    assert plan_named("How much forest cover was due under the 14th Five-Year targets?") == 2021
    from qa.retrieve.years import question_intent
    assert question_intent("How many county hospitals were slated to receive support?") == -1
    text = "国务院决定今年安排30亿元，支持国有煤矿安全技术改造。"
    assert not place_absent(analyze("What sum did Beijing set aside in 2048 for safer coal mines?"), text)
    assert place_absent(analyze("How much did Beijing's GDP grow in 2048?"), text)


def test_a_start_figure_is_the_start_years() -> None:
    from qa.answer.figure_rules import _about_other_years
    text = "进出口总额由2037年的3252亿美元增加到2042年的6208亿美元；出口总额由1828亿美元增加到3256亿美元。"
    figures = _figures(text, dyear=2043)
    assert not _about_other_years(figures["1828亿美元"], 2037)  # where the change starts
    assert _about_other_years(figures["3256亿美元"], 2037)  # where it ends: 2042's


def test_an_english_choice_keeps_to_the_unit_asked_by_how_much() -> None:
    import numpy as np
    from qa.answer.span_choice import english_terms_choice
    text = "五年建成新线5944公里，电气化线路5704公里。铁路建设投资3562亿元。"
    items = list(_figures(text, dyear=2044).values())
    names = [c.text for c in items]
    masked = np.array([0.5 if t == "3562亿元" else 0.45 for t in names])
    df = {"电气化": 2, "铁路": 50}
    q = analyze("How much was invested in railway electrification in 2043?")
    best = names.index("3562亿元")
    assert english_terms_choice(q, items, masked, best, df, 2000) == best  # 5704公里 renders more, not in 元


def test_last_year_of_a_named_report_is_written_as_its_year() -> None:
    from qa.retrieve.synonyms import relative_years
    assert relative_years("据2044年报告，去年全国低保人数有多少？") == "据2044年报告，2043年全国低保人数有多少？"
    assert relative_years("2044年报告中，财政收入比去年增长多少？") == "2044年报告中，财政收入比去年增长多少？"
    assert relative_years("去年全国低保人数有多少？") == "去年全国低保人数有多少？"  # which report: not said


def test_english_words_any_sentence_holds_do_not_weigh_in_the_year_share() -> None:
    from qa.retrieve.glossary import english_term_groups
    idx = year_index([("a", 2041, "过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%，城镇新增就业1168万人。"),
                      ("b", 2041, "今年要加快发展服务业。")])
    q = "What GDP growth rate did China achieve in 2040?"
    assert idx.find(2040, tokenize(q), english_term_groups(q)) == [0]
