"""Near misses a reader must not answer, and parts of a total (qa.answer.figure_rules, kind_rules; question units;
shortened years): pure logic on synthetic text."""
from __future__ import annotations

from qa.answer.features import Scored, SpanContext
from qa.answer.figure_rules import plan_excluded, share_for_growth
from qa.answer.whole_parts import part_for_total, total_for_part
from qa.answer.ruled_out import in_place_of_asked_year
from qa.answer.focus_rules import focus_absent
from qa.answer.kind_rules import one_of_a_kind, one_of_a_kind_spans, quoted_name
from qa.answer.place_rules import other_province, place_absent
from qa.answer.question import analyze
from qa.answer.spans import in_unit, passage_spans
from qa.ingest.chunking import Chunk
from qa.retrieve.synonyms import full_years


def _cands(text: str) -> list[Scored]:
    chunk = Chunk("c1", "doc.txt", text, 0, len(text), (), "paragraph", 0)
    ctx = SpanContext(text, 0, 0.5, 0, 1.0)
    return [Scored(chunk, sp, text[sp.start:sp.end], ctx, None) for sp in passage_spans(text)]


def _ruled(rule, question: str, cands: list[Scored]) -> set[str]:
    return {c.text for c, r in zip(cands, rule(analyze(question), cands)) if r}


def test_a_part_named_after_qizhong_is_not_answered_by_the_total() -> None:
    cands = _cands("南湖区道路通车里程达到1760公里，其中快速路由47公里增加到252公里，居全省第二位。")
    ruled = _ruled(total_for_part, "南湖区快速路通车里程是多少?", cands)
    assert "1760公里" in ruled and "252公里" not in ruled
    assert not _ruled(total_for_part, "南湖区道路通车里程是多少?", cands)  # the total itself is asked
    deficit = _cands("今年拟安排赤字900亿元，其中市级赤字700亿元，区县赤字200亿元。")
    assert "900亿元" in _ruled(total_for_part, "今年市级赤字是多少?", deficit)
    assert not _ruled(total_for_part, "今年拟安排赤字多少?", deficit)


def test_the_total_asked_is_not_answered_by_a_qualified_part() -> None:
    deficit = _cands("今年拟安排财政赤字900亿元，比去年增加50亿元。其中，市级财政赤字700亿元，区县财政赤字200亿元。")
    ruled = _ruled(part_for_total, "今年财政赤字安排了多少?", deficit)
    assert {"700亿元", "200亿元"} <= ruled and "900亿元" not in ruled
    assert "700亿元" not in _ruled(part_for_total, "今年市级财政赤字是多少?", deficit)  # the part is asked
    roads = _cands("全市公路通车里程达到1760公里，其中高速公路252公里。")
    assert "252公里" in _ruled(part_for_total, "全市公路通车里程是多少?", roads)
    assert not _ruled(part_for_total, "全市高速公路通车里程是多少?", roads)
    media = _cands("全年媒体报道77次，其中重要媒体头版或封面报道21次。")  # the question names the part ("封面")
    assert not _ruled(part_for_total, "有多少次报道上了大媒体的头版或封面?", media)
    no_total = _cands("主要任务有三项。其中，地方财政赤字200亿元。")  # no total's figure before the part
    assert not _ruled(part_for_total, "财政赤字是多少?", no_total)


def test_a_share_does_not_answer_a_growth_rate() -> None:
    cands = _cands("服务业增加值占地区生产总值比重上升到51.6%。地区生产总值增长6.7%。")
    ruled = _ruled(share_for_growth, "去年经济增速是多少?", cands)
    assert "51.6%" in ruled and "6.7%" not in ruled
    assert not _ruled(share_for_growth, "服务业增加值占地区生产总值比重是多少?", cands)  # a share is asked
    assert "51.6%" in _ruled(share_for_growth, "How fast did the economy grow last year?", cands)


def test_one_and_a_measure_word_is_no_figure_for_how_many() -> None:
    q = analyze("去年全区累计报告了多少病例?")
    assert one_of_a_kind(q, "我区遭遇了一场疫情") and one_of_a_kind(q, "一个预期性指标")
    assert not one_of_a_kind(q, "全区报告病例120例") and not one_of_a_kind(q, "一场疫情造成3人受伤")
    assert not one_of_a_kind(analyze("我区遭遇了什么灾害?"), "我区遭遇了一场疫情")
    cands = _cands("我区遭遇了一场疫情，全区报告病例120例。")
    assert _ruled(one_of_a_kind_spans, "去年全区报告了多少病例?", cands) == {"一场", "我区遭遇了一场疫情"}


def test_a_measure_word_asked_must_be_the_answers() -> None:
    q = analyze("代表团一共拿了多少枚金牌?")
    assert q.unit == "枚" and q.unit_explicit
    assert in_unit("获得金牌32枚", "枚") and not in_unit("观众900多万人次", "枚")
    q = analyze("全区累计报告了多少例确诊病例?")
    assert q.unit == "例" and in_unit("确诊病例120例", "例") and not in_unit("发放口罩2235万个", "例")


def test_a_province_asked_must_be_named_by_the_passage() -> None:
    q = analyze("2007年广东省的地区生产总值是多少?")
    assert place_absent(q, "2007年，国内生产总值达到24.66万亿元")
    assert not place_absent(q, "广东地区生产总值达到3.1万亿元")  # the short name counts
    water = analyze("为了解决天津城市缺水，从黄河调水的那项工程叫什么?")
    assert not place_absent(water, "实施引黄济津应急调水工程")  # a province's one-character name counts
    assert place_absent(water, "实施南水北调东线工程")
    assert not place_absent(analyze("2005年老百姓买东西的物价涨了多少?"), "居民消费价格上涨1.8%")  # 东西 is no place
    assert not place_absent(analyze("全国粮食产量是多少?"), "粮食产量达到5亿吨")
    # an English question names its province in English (thirty-seventh pass; Chinese questions only before)
    assert place_absent(analyze("What was Guangdong's output?"), "国内生产总值")
    assert not place_absent(analyze("What was Guangdong's output?"), "广东地区生产总值")
    assert not place_absent(analyze("What was China's output?"), "国内生产总值")


def test_a_focus_word_is_present_by_most_of_its_parts() -> None:
    q = analyze("2011年粮食产量再创新高，是多少万吨?")
    df = {"再创新高": 1, "万吨": 9}
    assert not focus_absent(q, "粮食产量57121万吨，再创历史新高", df)
    assert focus_absent(q, "棉花总产量达到600万吨", df)

    # a two-word term by its usual abbreviation ("能源消耗" as "能耗"), not by a look-alike of its words
    energy = analyze("2014年单位国内生产总值能源消耗降了多少?")
    assert not focus_absent(energy, "能耗强度下降4.8%，是近年来最大降幅", {"能源消耗": 3})
    assert focus_absent(energy, "能源生产总量增长5%", {"能源消耗": 3})


def test_a_dictionary_term_the_corpus_never_writes_must_still_be_named() -> None:
    q = analyze("2030年末国家外汇储备余额是多少?")
    report = {"万亿元": 9, "储备": 2}  # one report that never writes 外汇储备
    assert focus_absent(q, "社会消费品零售总额5.4万亿元，增长13.3%", report)  # another figure: no answer
    assert not focus_absent(q, "国家外汇储备余额3.1万亿美元", report)
    # what is done or how it is measured is no term to name ("控制目标", "人口比例"); a paraphrase's own words
    # ("卖出去") are no term either
    assert not focus_absent(analyze("2030年城镇登记失业率的控制目标是多少?"), "城镇登记失业率控制在4.5%", {})
    assert not focus_absent(analyze("南湖区全年一共卖出去多少辆车?"), "汽车销量1364万辆", {})
    # without a year, a term may paraphrase what the text says otherwise
    assert not focus_absent(analyze("没什么固定资产的企业融到了多少钱?"), "轻资产企业融资40亿元", {"资产": 1})
    assert focus_absent(analyze("2030年没什么固定资产的企业融到了多少钱?"), "轻资产企业融资40亿元", {"资产": 1})


def test_an_english_counted_noun_without_a_unit_counts_things() -> None:
    q = analyze("How many central government departments disclosed their expenditures in 2011?")
    assert q.unit == ""  # not 元 from "expenditures", which is not what is counted
    assert analyze("How much was spent on expenditures for schools?").unit == "元"


def test_a_year_without_its_century() -> None:
    assert full_years("04年全国粮食总产量是多少?") == "2004年全国粮食总产量是多少?"
    assert full_years("过去10年增长了多少?") == "过去10年增长了多少?"  # ten years, not 2010
    assert full_years("2004年") == "2004年" and full_years("3.04年") == "3.04年"


def test_a_clause_that_restates_the_question_does_not_answer_it() -> None:
    from qa.answer.kind_rules import restates
    q = analyze("去年正式推出的、给成长型科技企业开辟新融资渠道的是什么市场板块?")
    assert restates(q, "为成长型科技企业开辟了新的融资渠道")
    assert not restates(q, "北交所正式推出")  # it names the thing asked
    assert not restates(q, "成长型科技企业融资", "name")  # names are what is asked
    assert not restates(q, "融资渠道")  # too short to state anything
    assert not restates(analyze("给成长型科技企业开辟新融资渠道的资金有多少?"), "为成长型科技企业开辟了新的融资渠道")


def test_the_thing_named_next_to_a_restatement_is_answered() -> None:
    import numpy as np
    from qa.answer.span_choice import past_restatement
    text = "北交所正式推出，为成长型科技企业开辟了新的融资渠道。"
    cands = _cands(text)
    q = analyze("去年正式推出的、给成长型科技企业开辟新融资渠道的是什么市场板块?")
    logits = np.array([1.0 if c.text.startswith("为成长型") else 0.5 if c.text == "北交所正式推出" else 0.0
                       for c in cands])
    best = past_restatement(q, cands, logits, int(np.argmax(logits)))
    assert cands[best].text == "北交所正式推出"


def test_a_plan_part_recalling_last_year_is_not_about_the_plan_year() -> None:
    from qa.answer.figure_rules import year_excluded
    text = "三、2021年的工作\n2021年是规划开局之年。过去一年，我们的各项工作取得了很大成绩。地区生产总值增长10.3%，新增就业12万人。" \
           "今年地区生产总值增长8%左右。"
    chunk = Chunk("c1", "doc.txt", text, 0, len(text), ("三、2021年的工作",), "paragraph", 0)
    ctx = SpanContext(text, 0, 0.5, 0, 1.0, dyear=2021)
    cands = [Scored(chunk, sp, text[sp.start:sp.end], ctx, None) for sp in passage_spans(text)]
    ruled = _ruled(year_excluded, "2021年地区生产总值增长多少?", cands)
    assert "10.3%" in ruled and "8%左右" not in ruled
    assert "10.3%" not in _ruled(year_excluded, "2020年地区生产总值增长多少?", cands)  # the year recalled is asked
    # "比上年" compares; it does not recall the year before
    text2 = "拟安排赤字7500亿元，比上年增加5700亿元。全区赤字合计9500亿元。"
    chunk2 = Chunk("c2", "doc.txt", text2, 0, len(text2), ("二、2009年工作",), "paragraph", 0)
    ctx2 = SpanContext(text2, 0, 0.5, 0, 1.0, dyear=2009)
    cands2 = [Scored(chunk2, sp, text2[sp.start:sp.end], ctx2, None) for sp in passage_spans(text2)]
    assert "9500亿元" not in _ruled(year_excluded, "2009年全区赤字合计安排多少?", cands2)


def test_a_year_compared_with_in_another_clause_does_not_date_the_figure() -> None:
    from qa.answer.figure_rules import year_excluded
    text = "2029年，地区生产总值达到9.6万亿元，比2024年增长45%；外汇储备超过1200亿美元。"
    cands = _dated(text, 2030, "一、过去五年工作回顾", "x")
    ruled = _ruled(year_excluded, "2024年底外汇储备有多少?", cands)
    assert "1200亿美元" in ruled  # the level of 2029
    assert "45%" not in ruled  # compared with 2024 in its own clause: the growth since the year asked
    assert "1200亿美元" not in _ruled(year_excluded, "2029年外汇储备有多少?", cands)


def test_near_miss_rules_keep_what_is_asked() -> None:
    from qa.answer.kind_rules import restates
    # "几个蛋": one may be the answer; a total asked ("共计") is not the part's
    assert not one_of_a_kind(analyze("大冠鹫一巢只生几个蛋?"), "一巢只生一个蛋")
    cands = _cands("先后共计移民18次，其中山西移民8次。")
    assert not _ruled(total_for_part, "先后共计从山西移民了多少次?", cands)
    assert "18次" in _ruled(total_for_part, "从山西移民了多少次?", cands)
    # the year's words are not what makes a clause restate the question: the name in it is new
    assert not restates(analyze("钟惺在万历四十四年和谁一起登泰山?"), "万历四十四年（1616年）与林古度登泰山")


def test_a_restatement_with_a_new_name_or_figure_is_an_answer() -> None:
    from qa.answer.kind_rules import restates
    assert not restates(analyze("南湖商业信用银行的英文名是什么?"), "南湖商业信用银行（Nanhu Commercial Bank，NCB）")
    assert not restates(analyze("坟场在清明节正日的哪个时间段禁止驶入车辆?"), "坟场在清明节正日，车辆由早上5:30到晚上8:00禁止驶入")


def test_a_measure_part_of_a_focus_word_need_not_be_repeated() -> None:
    q = analyze("2019年城镇新增就业人数是多少?")
    df = {"就业人数": 2, "就业": 9, "人数": 5}
    assert not focus_absent(q, "城镇新增就业1352万人", df)  # the figure says it counts people
    assert focus_absent(q, "棉花总产量达到600万吨", df)


def test_a_rate_noun_right_after_the_question_word_sets_the_unit() -> None:
    assert analyze("小排量汽车购置税按多少税率征收?").unit == "%"
    assert analyze("购置税减免了多少?").unit == "元"
    assert analyze("三农支出是多少?").unit == "元"


def test_a_question_asking_a_name_is_answered_by_the_quoted_name() -> None:
    text = "国务院制定了《推进依法行政实施纲要》，明确了建设法治政府的目标和任务。"
    chunk = Chunk("c1", "doc.txt", text, 0, len(text), (), "paragraph", 0)
    span = next(sp for sp in passage_spans(text) if text[sp.start:sp.end].startswith("明确了"))
    q = analyze("明确建设法治政府目标的那份纲要叫什么?")
    s, e = quoted_name(q, chunk.text, span.sent_start, span.sent_end, span.start, span.end)
    assert text[s:e] == "《推进依法行政实施纲要》"
    assert quoted_name(analyze("国务院明确了什么目标?"), text, span.sent_start, span.sent_end, span.start,
                       span.end) is None  # no name asked
    text2 = "落实“米袋子”省长负责制和“菜篮子”市长负责制。"
    q2 = analyze("除了“米袋子”，另一项负责制管的东西叫什么?")
    got = quoted_name(q2, text2, 0, len(text2), 0, 5)
    assert got is not None and text2[got[0]:got[1]] == "“菜篮子”"  # not the name the question gives


def _dated(text: str, year: int, part: str, cid: str) -> list[Scored]:
    chunk = Chunk(cid, f"{year}.txt", text, 0, len(text), (part,), "paragraph", 0)
    ctx = SpanContext(text, 0, 0.5, 0, 1.0, dyear=year)
    return [Scored(chunk, sp, text[sp.start:sp.end], ctx, None) for sp in passage_spans(text)]


PLAN_2030 = "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右；城镇新增就业50万人。"
REVIEW_2030 = "地区生产总值比上年增长6.4%，城镇新增就业53万人。"


def test_a_past_years_figure_asked_plainly_is_its_outcome_when_the_next_report_is_read() -> None:
    plan = _dated(PLAN_2030, 2030, "二、2030年主要任务", "p")
    review = _dated(REVIEW_2030, 2031, "一、2030年工作回顾", "r")
    ruled = _ruled(plan_excluded, "2030年地区生产总值增速是多少?", plan + review)
    assert "6%左右" in ruled and "6.4%" not in ruled
    assert not _ruled(plan_excluded, "2030年地区生产总值增速是多少?", plan)  # no review read: the target may do
    assert "6%左右" not in _ruled(plan_excluded, "2030年地区生产总值增速要达到多少?", plan + review)  # a plan
    persons = next(c for c in review if c.text == "53万人")  # (a count asked: "6.4%" is not in its unit)
    assert in_place_of_asked_year(analyze("2030年城镇新增就业多少人?"), persons)
    assert not in_place_of_asked_year(analyze("2030年城镇新增就业多少人?"), review[0])
    assert not in_place_of_asked_year(analyze("2030年城镇新增就业多少人?"), next(c for c in plan if c.text == "50万人"))
    # the year's own goals, hedged or not, are its plan; a sum it arranges ("拟安排") may be what was spent
    goals = _dated("今年的主要预期目标是：地区生产总值增长7%；城镇登记失业率控制在4.5%。今年拟安排专项资金80亿元。",
                   2030, "二、2030年主要任务", "g")
    ruled = _ruled(plan_excluded, "2030年地区生产总值增速是多少?", goals + review)
    assert {"7%", "4.5%"} <= ruled and "6.4%" not in ruled
    assert "80亿元" not in _ruled(plan_excluded, "2030年专项资金是多少?", goals + review)
    assert "7%" not in _ruled(plan_excluded, "2030年地区生产总值增速是多少?", goals)  # no review read
    # a part reviewing five years holds the asked year's figure where its own sentence names the year
    five = _dated("金融体系运行稳健。2030年，城镇新增就业53万人。五年累计新增就业250万人。", 2031, "一、过去五年工作回顾", "f")
    jobs = analyze("2030年城镇新增就业多少人?")
    assert in_place_of_asked_year(jobs, next(c for c in five if c.text == "53万人"))
    assert not in_place_of_asked_year(jobs, next(c for c in five if c.text == "250万人"))
    # an earlier report's plan or projection for the period is no outcome either
    early = _dated("预计今后五年地区生产总值年均增长7%。", 2026, "二、今后五年的目标", "e")
    period = _dated("五年来地区生产总值年均增长9.5%。", 2031, "一、过去五年工作回顾", "o")
    ruled = _ruled(plan_excluded, "2026到2030年地区生产总值年均增长多少?", early + period)
    assert "7%" in ruled and "9.5%" not in ruled
    trade = _dated("实际利用外商直接投资924亿美元。", 2031, "一、2030年工作回顾", "t")
    assert not in_place_of_asked_year(analyze("2030年物价上涨了多少?"), trade[0])  # not in the asked unit


def test_a_target_asked_is_not_the_next_reports_outcome() -> None:
    plan = _dated(PLAN_2030, 2030, "二、2030年主要任务", "p")
    review = _dated(REVIEW_2030, 2031, "一、2030年工作回顾", "r")
    ruled = _ruled(plan_excluded, "2030年城镇新增就业计划达到多少人?", plan + review)
    assert "53万人" in ruled and "50万人" not in ruled


def test_a_target_asked_with_verbs_of_setting_it_is_not_another_indicators() -> None:
    plan = _dated(PLAN_2030, 2030, "二、2030年主要任务", "p")
    q = "2030年的地区生产总值增长目标略微调低，定成了多少?"
    assert "6%左右" not in _ruled(plan_excluded, q, plan)  # 调低/定成 name no indicator
    assert "50万人" in _ruled(plan_excluded, q, plan)  # another indicator's target still is one
    assert in_place_of_asked_year(analyze(q), next(c for c in plan if c.text == "6%左右"))  # verbs are no thing


def test_the_year_a_change_is_compared_with_is_not_the_year_of_the_plan() -> None:
    own = _dated("拟发行建设国债600亿元，比上年减少200亿元。", 2030, "二、2030年主要任务", "a")
    next_year = _dated("今年拟发行建设国债500亿元，比去年减少100亿元。", 2031, "二、2031年主要任务", "b")
    ruled = _ruled(plan_excluded, "2030年计划发行的建设国债比上一年少了多少?", own + next_year)
    assert "100亿元" in ruled and "200亿元" not in ruled  # 比去年 of the 2031 plan is no word about 2030
    recalled = _dated("去年的预期目标是减少100亿元。", 2031, "一、2030年工作回顾", "c")
    assert "100亿元" not in _ruled(plan_excluded, "2030年计划发行的建设国债比上一年少了多少?", recalled)


def test_another_quoted_item_of_the_list_does_not_answer() -> None:
    from qa.answer.kind_rules import other_quoted_item

    cands = _cands("九要坚持实行“米袋子”省长负责制和“菜篮子”市长负责制。")
    ruled = _ruled(other_quoted_item, "“菜篮子”实行由谁负责的制度?", cands)
    assert any("米袋子" in t and "菜篮子" not in t for t in ruled)
    assert not any("菜篮子" in t for t in ruled)  # the asked item's part, and the whole clause, stay
    assert not _ruled(other_quoted_item, "“米袋子”之外还有什么负责制?", _cands("实行市长负责制。"))  # none quoted
    assert not _ruled(other_quoted_item, "由谁负责的制度?", cands)  # the question names no item
    titled = _cands("《北湖日报》最早采用「堰塞湖」一词。")
    assert not _ruled(other_quoted_item, "哪家报纸最早采用「堰塞湖」一词?", titled)  # a title is no item of a list


def test_a_kind_asked_is_the_modifier_of_the_thing() -> None:
    from qa.answer.kind_phrase import kind_asked

    def got(question: str, text: str) -> str | None:
        r = kind_asked(question, text, 0, len(text))
        return text[r[0]:r[1]] if r else None

    assert got("实行的是什么样的货币政策?", "我们实行积极的财政政策和适度宽松的货币政策") == "适度宽松的货币政策"
    assert got("实施什么样的货币政策?", "实施稳健的货币政策，保持合理的融资规模") == "稳健的货币政策"
    assert got("要形成怎样的行政管理体制?", "形成权责一致、分工合理、执行顺畅的行政管理体制") == \
        "权责一致、分工合理、执行顺畅的行政管理体制"
    assert got("由积极的财政政策转向什么样的财政政策?", "由积极的财政政策转向稳健财政政策") is None  # named by the question
    assert got("货币政策的作用是什么?", "实施稳健的货币政策") is None  # no kind asked
    assert got("实施什么样的货币政策?", "货币政策要保持稳健中性") is None  # no "M的货币政策" to cut


def test_a_kind_asked_is_named_with_its_noun() -> None:
    from qa.answer.kind_phrase import noun_after

    def got(question: str, text: str, answer: str) -> str:
        s = text.index(answer)
        e = noun_after(question, text, s + len(answer))
        return text[s:e] if e else answer

    assert got("对国有企业领导人实行了什么审计？", "对国有企业领导人实行了经济责任审计", "经济责任") == "经济责任审计"
    assert got("要对债务进行什么样的审计?", "对地方政府性债务进行全面审计，实施全口径监管", "全面") == "全面审计"
    assert got("试行哪种补贴办法?", "试行农机补贴办法", "农机") == "农机补贴办法"
    assert got("进行什么样的审计工作？", "进行全面审计，实施监管", "全面") == "全面审计"  # a part, where the clause ends
    assert got("进行什么样的审计工作？", "进行全面审计工程", "全面") == "全面"  # not a part inside a word
    assert got("以什么为主线？", "以科学发展为主线", "科学发展") == "科学发展"  # a preposition, no noun
    assert got("把什么作为首要任务？", "把稳定物价作为首要任务", "稳定物价") == "稳定物价"
    assert got("靠什么来实现？", "靠市场来实现", "市场") == "市场"
    assert got("成为什么的一部分？", "成为大陆的一部分", "大陆") == "大陆"
    assert got("他因什么而著名？", "他因小说而著名", "小说") == "小说"  # the object of a preposition
    assert got("炸弹由什么引爆？", "炸弹由计时器引爆", "计时器") == "计时器"
    assert got("是继什么之后的又一变革？", "是继土地承包之后的又一变革", "土地承包") == "土地承包"
    assert got("什么仍然是改革的中心环节?", "国有企业改革仍然是改革的中心环节", "国有企业改革") == "国有企业改革"
    assert got("实行了什么审计？", "实行了经济责任制度", "经济责任") == "经济责任"  # no noun after it
    assert got("领导人实行了什么？", "实行了经济责任审计", "经济责任审计") == "经济责任审计"  # no noun asked
    assert noun_after("谁负责审计？", "审计署负责审计", 3) is None
    # "哪项" / "怎样的" ask a kind too; an answer ending with the noun's first word takes its last when that is a noun
    assert got("要形成怎样的行政管理体制?", "形成权责一致、监督有力的行政管理体制", "权责一致、监督有力的") \
        == "权责一致、监督有力的行政管理体制"
    assert got("要求落实职工的哪项休假制度？", "落实职工带薪年休假制度。", "带薪年休假") == "带薪年休假制度"
    assert got("及时遏制了哪种疫情蔓延？", "及时遏制了高致病性禽流感疫情蔓延", "高致病性禽流感疫情") == "高致病性禽流感疫情"  # a verb
    assert got("以建设什么样的国家为目标?", "以建设创新型国家为目标", "创新型国家") == "创新型国家"  # not a phrase


def test_a_name_written_after_its_description_answers_what_it_is_called() -> None:
    from qa.answer.boundaries import named_thing, question_gap
    from qa.answer.kind_rules import named_span

    q = "要求落实的国务院鼓励引导民间投资的文件被简称为什么?"
    assert named_thing(q, question_gap(q)[0]) == "要求落实的国务院鼓励引导民间投资"
    q2 = "东湖市扶持小微企业的那份文件，报告里简称什么?"
    assert named_thing(q2, question_gap(q2)[0]) == "东湖市扶持小微企业"
    assert named_thing("谁负责?", "左边") == "左边"  # no name asked: unchanged
    text = "认真落实国务院关于鼓励引导民间投资新36条，抓紧制定市场准入标准。"
    spans = passage_spans(text, named_thing(q, question_gap(q)[0]), "")
    chunk = Chunk("c1", "doc.txt", text, 0, len(text), (), "paragraph", 0)
    ctx = SpanContext(text, 0, 0.5, 0, 1.0)
    cands = [Scored(chunk, sp, text[sp.start:sp.end], ctx, None) for sp in spans]
    named = {c.text for c in cands if named_span(analyze(q), c)}
    assert named == {"新36条"}
    assert not any(named_span(analyze("国务院鼓励民间投资的文件有什么要求?"), c) for c in cands)  # no name asked
    # a name after ≥ 8 characters of its description is chosen over a better-scored clause, however far behind
    import numpy as np
    from qa.answer.kind_rules import quoted_candidate
    clause = next(i for i, c in enumerate(cands) if c.text == "抓紧制定市场准入标准")
    scores = np.array([1.0 if i == clause else 0.1 for i in range(len(cands))])
    assert cands[quoted_candidate(analyze(q), cands, scores, clause, 0.1)].text == "新36条"
    short = "东湖市扶持小微企业的那份文件，报告里简称什么?"  # 4 characters of description: the margin decides
    text2 = "落实扶持小微企业新10条，抓紧制定市场准入标准。"
    spans2 = passage_spans(text2, named_thing(short, question_gap(short)[0]), "")
    chunk2 = Chunk("c2", "doc.txt", text2, 0, len(text2), (), "paragraph", 0)
    cands2 = [Scored(chunk2, sp, text2[sp.start:sp.end], ctx, None) for sp in spans2]
    far = next(i for i, c in enumerate(cands2) if c.text == "抓紧制定市场准入标准")
    scores2 = np.array([1.0 if i == far else 0.1 for i in range(len(cands2))])
    assert quoted_candidate(analyze(short), cands2, scores2, far, 0.1) == far


def test_a_clause_giving_other_names_answers_what_else_a_thing_is_called() -> None:
    from qa.answer.kind_rules import naming_clause

    cands = _cands("北湖鸣禽，又名北湖小雀，是一种分布在湖区的鸟。")
    for q in ("北湖鸣禽又名什么?", "北湖鸣禽又称什么?", "北湖鸣禽还可以叫什么?"):
        assert not _ruled(naming_clause, q, cands), q  # a name is asked: the naming clause answers
    assert _ruled(naming_clause, "北湖鸣禽分布在哪里?", cands)  # something else asked: it only names the topic


def test_a_plans_first_or_last_year_is_named_as_the_year() -> None:
    from qa.retrieve.synonyms import plan_years

    assert plan_years("“十四五”开局之年，粮食产量要达到多少?") == "2021年“十四五”开局之年，粮食产量要达到多少?"
    assert plan_years("十三五规划的最后一年GDP是多少?").startswith("2020年十三五")
    assert plan_years("“十五”计划的收官之年") == "2005年“十五”计划的收官之年"
    for q in ("今年是开局之年", "“十一五”时期累计增长多少?", "二十五开局之年"):
        assert plan_years(q) == q  # no plan's year named, or a whole period


def test_a_name_asked_of_one_province_is_not_another_provinces() -> None:
    cands = _cands("继续发挥经济特区、上海浦东新区的作用，推进天津滨海新区开发开放。")
    ruled = _ruled(other_province, "报告提出要推进开发开放的天津新区叫什么?", cands)
    assert "上海浦东新区" in ruled and not any("天津" in t for t in ruled)
    assert not _ruled(other_province, "报告提出要推进开发开放的新区叫什么?", cands)  # no province asked
    assert not _ruled(other_province, "除经济特区和上海浦东外，要推进开发开放的是哪个新区?", cands)  # 上海 excepted
    assert not _ruled(other_province, "天津滨海新区的GDP是多少?", cands)  # a figure: the passage rule's


def test_a_name_asked_is_the_quoted_one_of_the_sentence_holding_more_of_the_question() -> None:
    import numpy as np
    from qa.answer.kind_rules import quoted_candidate

    cands = _cands("完善制造强国建设政策体系，支持技术改造。要实施“南湖制造2030”，加快从制造大国转向制造强国。")
    q = analyze("推动制造大国变成制造强国的那个战略叫什么?")
    best = next(i for i, c in enumerate(cands) if c.text == "完善制造强国建设政策体系")
    name = next(i for i, c in enumerate(cands) if c.text.strip("“”") == "南湖制造2030")
    scores = np.array([1.0 if i == best else 0.1 for i in range(len(cands))])
    first = np.array([1.0 if c.span.sent_start == 0 else 0.0 for c in cands])  # coverage of each span's sentence
    assert quoted_candidate(q, cands, scores, best, 0.1, sent_coverage=1.0 - first) == name  # the 2nd holds more
    assert quoted_candidate(q, cands, scores, best, 0.1, sent_coverage=first) == best  # the best's holds more
    assert quoted_candidate(q, cands, scores, best, 0.1) == best  # by score alone: too far behind


def test_a_place_or_person_asked_keeps_the_name_unwidened() -> None:
    from qa.answer.kind_rules import place_or_person_name

    cands = _cands("我国成功主办二十国集团领导人杭州峰会，推动取得一系列重要成果。")
    name = next(c for c in cands if c.text == "杭州" and c.span.kind == "name")
    clause = next(c for c in cands if c.span.kind == "clause")
    assert place_or_person_name(analyze("峰会是在哪座城市举行的?"), name)
    assert place_or_person_name(analyze("峰会在哪里举行?"), name)
    assert not place_or_person_name(analyze("峰会是在哪座城市举行的?"), clause)  # not a name: widened as before
    assert not place_or_person_name(analyze("峰会取得了什么成果?"), name)  # neither place nor person asked
