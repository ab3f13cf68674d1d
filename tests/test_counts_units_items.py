"""Units that every figure writes, counts of one noun beside another, a period's figure against its last year's,
parallel items told apart by their own words, changes asked as 增产, items asked one by one, names of a class asked:
pure logic on synthetic text (thirty-first pass)."""
from __future__ import annotations

import numpy as np

from qa.answer.change_rules import level_for_change, level_for_difference
from qa.answer.counters import asked_nouns, other_counted
from qa.answer.enumerations import asked_items, items_run
from qa.answer.extract import Extractor
from qa.answer.features import Scored, SpanContext
from qa.answer.whole_parts import total_for_rate
from qa.answer.focus_rules import focus_absent
from qa.answer.kind_rules import _ASKS_QUOTED_NAME, quoted_candidate, unit_required
from qa.answer.period_rules import one_year_for_period, period_asked
from qa.answer.question import analyze
from qa.answer.respectively import parallel_figure
from qa.answer.spans import QTY_RE, passage_spans
from qa.ingest.chunking import Chunk
from qa.retrieve.years import question_intent


def _cands(text: str, path: tuple[str, ...] = (), left: str = "", right: str = "") -> list[Scored]:
    chunk = Chunk("c1", "doc.txt", text, 0, len(text), path, "paragraph", 0)
    ctx = SpanContext(text, 0, 0.5, 0, 1.0)
    return [Scored(chunk, sp, text[sp.start:sp.end], ctx, None) for sp in passage_spans(text, left, right)]


def _ruled(rule, question: str, text: str, path: tuple[str, ...] = ()) -> set[str]:
    cands = _cands(text, path)
    return {c.text for c, r in zip(cands, rule(analyze(question), cands)) if r and c.span.kind == "qty"}


def test_a_unit_word_is_no_focus_word_every_figure_writes_one() -> None:
    df = {"亿美元": 20, "美元": 20, "顺差": 9, "贸易顺差": 3}
    info = analyze("2031年政府工作报告中，2030年全国贸易顺差具体是多少亿美元？")
    assert focus_absent(info, "外汇储备超过1.52万亿美元。", df)  # 亿美元 is there, 贸易顺差 is not
    assert not focus_absent(info, "贸易顺差3000亿美元。", df)


def test_a_unit_the_question_names_is_required() -> None:
    for q in ("2030年全国民航旅客运输量达到了多少人次？", "2030年新建铁路多少公里？", "2030年粮食产量多少吨？"):
        assert unit_required(analyze(q), Extractor.STRICT_UNITS), q
    assert not unit_required(analyze("2030年新建铁路多长？"), Extractor.STRICT_UNITS)  # implied, not written


def test_a_percentage_point_written_with_a_crawl_space_is_one_figure() -> None:
    assert QTY_RE.search("平均每年降低１个百分 点以上").group(0).replace(" ", "") == "１个百分点以上"
    assert QTY_RE.search("降低１个 百分点").group(0) == "１个"  # a space elsewhere still ends the unit


def test_no_aligned_span_opens_on_a_closing_mark() -> None:
    text = "推动《甲乙协定》生效。"
    spans = passage_spans(text, left="推动生效的全球应对气候变化协定", right="")
    assert spans and not any(text[sp.start] in "》”）" for sp in spans)


def test_a_class_asked_last_asks_a_name_and_the_quoted_name_of_that_class_answers() -> None:
    assert _ASKS_QUOTED_NAME.search("2030年我国推动生效的全球应对气候变化协定是什么？")
    assert not _ASKS_QUOTED_NAME.search("2030年协定的主要内容是什么？")
    text = "推动《甲乙协定》生效。推动升级议定书全面生效实施，早日结束区域伙伴关系协定谈判。"
    cands = _cands(text)
    info = analyze("2030年我国推动生效的全球应对气候变化协定是什么？")
    scores = np.array([0.1 if c.text == "《甲乙协定》" else 0.4 if c.span.kind == "clause" and "议定书" in c.text
                       else 0.0 for c in cands])
    best = int(np.argmax(scores))
    assert cands[quoted_candidate(info, cands, scores, best, 0.1)].text == "《甲乙协定》"
    far = np.where(scores == 0.4, 1.0, scores)  # out of the class margin: the best stays
    assert quoted_candidate(info, cands, far, int(np.argmax(far)), 0.1) == int(np.argmax(far))


def test_a_change_asked_as_zengchan_is_a_change() -> None:
    text = "全年粮食总产量达到46947万吨，增产3877万吨。"
    assert _ruled(level_for_difference, "2030年粮食比上一年增产了多少？", text) == {"46947万吨"}
    assert _ruled(level_for_change, "2030年粮食增产了多少？", text) == {"46947万吨"}
    assert _ruled(level_for_change, "2030年粮食总产量是多少？", text) == set()


def test_parallel_items_are_told_apart_by_their_own_words() -> None:
    text = "淘汰落后的水泥产能1.5亿吨、炼铁产能3122万吨、焦炭产能1925万吨。"
    cands = _cands(text)
    scores = np.array([{"1.5亿吨": 0.65, "3122万吨": 0.58, "1925万吨": 0.57}.get(c.text, 0.0) for c in cands])
    best = int(np.argmax(scores))
    for q, want in (("2030年淘汰了多少落后的炼铁产能？", "3122万吨"), ("2030年淘汰了多少落后的焦炭产能？", "1925万吨"),
                    ("2030年淘汰了多少落后的水泥产能？", "1.5亿吨")):
        info = analyze(q)
        terms = [(t, 1.0) for t in ("淘汰", "落后", q[13:15], "产能")]
        assert cands[parallel_figure(info, terms, cands, scores.copy(), best)].text == want, q


def test_a_count_of_another_noun_is_not_the_count_asked() -> None:
    text = "28个省（区、市）、2300个县（市）已初步建立社会救助体系的基本框架。"
    assert asked_nouns(analyze("In how many counties had a social assistance framework been set up?"))[0] == "县"
    assert asked_nouns(analyze("2030年有多少个县建立了社会救助体系？")) == ("县",)
    for q in ("In how many counties had a social assistance framework been set up?", "2030年有多少个县建立了社会救助体系？"):
        ruled = _ruled(other_counted, q, text)
        assert "28个" in ruled and "2300个" not in ruled, q
    assert _ruled(other_counted, "2030年有多少个乡建立了社会救助体系？", text) == set()  # no count of 乡: nothing


def test_a_periods_outcome_is_the_figure_stated_for_the_period() -> None:
    assert period_asked(analyze("How many new urban jobs were created during the 15th Five-Year Plan period?"))
    assert period_asked(analyze("2026到2030年这五年城镇新增就业多少人？"))
    assert not period_asked(analyze("“十五五”开局之年，单位GDP能耗要降低多少？"))
    assert not period_asked(analyze("“十五五”期间平均每年新增就业多少人？"))
    text = "——这五年，各项社会事业加快发展。城镇新增就业5771万人，转移农业劳动力4500万人。"
    year = "去年经济平稳较快发展。城镇新增就业1168万人。"
    q = "How many new urban jobs were created during the 15th Five-Year Plan period?"
    assert _ruled(one_year_for_period, q, text) == set()
    assert _ruled(one_year_for_period, q, year) == {"1168万人"}


def test_an_english_plan_name_asks_no_plan_unless_the_plan_is_set() -> None:
    assert question_intent("How many new urban jobs were created during the 15th Five-Year Plan period?") >= 0
    assert question_intent("What average annual growth rate did the draft 15th Five-Year Plan set?") == -1
    assert question_intent("How much would central finance invest during the 15th Five-Year Plan?") == -1


def test_the_unit_is_the_last_question_words_and_a_yearly_figure_is_no_rate_per_unit() -> None:
    assert analyze("2030年中央财政给直补、农资、良种几项补贴一共安排多少？").unit != "项"
    assert analyze("2030年新开工几项重大工程？").unit == "项"
    assert not total_for_rate(analyze("“十五五”期间全国财政收入平均每年增加多少？"), "3647亿元")
    assert total_for_rate(analyze("2030年每亩补贴多少元？"), "80亿元")


def test_a_rank_asked_is_a_figure_in_places() -> None:
    info = analyze("过去五年我国出口额在世界上排到了第几？")
    assert info.qtype == "number" and info.unit == "位"
    assert analyze("2030年我国经济总量在世界上排到了第几位？").unit == "位"


def test_items_asked_one_by_one_are_answered_by_the_run_naming_them() -> None:
    q = "2030年报告在区域发展上，对西部、东北、中部、东部分别提出了什么方针？"
    assert asked_items(q) == ["西部", "东北", "中部", "东部"]
    assert asked_items("2030年东部地区的方针是什么？") == []
    text = "要坚持推进西部大开发，振兴东北地区等老工业基地，促进中部地区崛起，鼓励东部地区加快发展，形成新格局。"
    s = text.find("促进")
    got = items_run(analyze(q), text, 0, len(text), s, text.find("，形成"))
    assert text[got[0]:got[1]] == "要坚持推进西部大开发，振兴东北地区等老工业基地，促进中部地区崛起，鼓励东部地区加快发展"
    assert items_run(analyze("2030年东部地区的方针是什么？"), text, 0, len(text), s, s + 8) == (s, s + 8)


def test_a_reach_asked_is_answered_with_what_the_share_is_of() -> None:
    from qa.answer.widening import share_of
    text = "免费孕前优生健康检查试点范围扩大到60%的县，"
    s = text.find("60%")
    assert text[s:share_of(analyze("2030年该试点要扩大到多大范围？"), text, s, s + 3)] == "60%的县"
    assert share_of(analyze("2030年该试点覆盖率是多少？"), text, s, s + 3) == s + 3  # a rate asked: the figure


def test_clauses_going_on_with_one_subject_are_told_apart_by_their_verbs() -> None:
    text = "全年城镇保障性住房基本建成432万套，新开工建设1043万套。"
    cands = _cands(text)
    scores = np.array([{"432万套": 0.61, "1043万套": 0.54}.get(c.text, 0.0) for c in cands])
    best = int(np.argmax(scores))
    terms = [("开工", 3.9), ("建设", 1.0), ("城镇", 2.5), ("保障", 3.4), ("房", 6.4)]
    got = parallel_figure(analyze("2030年开工建设的城镇保障房达到了多少套？"), terms, cands, scores.copy(), best)
    assert cands[got].text == "1043万套"
    terms = [("建成", 3.9), ("城镇", 2.5), ("保障", 3.4), ("房", 6.4)]
    got = parallel_figure(analyze("2030年基本建成的城镇保障房有多少套？"), terms, cands, scores.copy(), best)
    assert cands[got].text == "432万套"


def test_a_focus_word_written_with_another_ending_is_named() -> None:
    df = {"汽车销量": 1, "销量": 1, "城市居民": 8}
    info = analyze("2030年全国汽车销量达到多少？")
    assert not focus_absent(info, "全年汽车销售1364万辆，增长46.2%。", df)
    assert focus_absent(info, "全年粮食产量5.3亿吨。", df)
    city = analyze("2030年全国有多少城市居民领取最低生活保障金？")  # 城市 is not 城镇: no loose first part
    assert focus_absent(city, "城镇居民人均可支配收入7703元。", df)


def test_the_unit_asked_is_the_last_question_words() -> None:
    assert analyze("高校扩招那几年，全国新建的学生公寓有多少平方米？").unit == "平方米"


def test_a_two_word_name_asked_of_a_named_report_must_be_in_the_figures_sentence() -> None:
    from qa.answer.focus_compounds import compound_absent, compounds
    corpus = "全国铁路营业里程达到7.4万公里。居民消费价格上涨1.5%。"
    has = corpus.__contains__
    q = "2031年政府工作报告里，2030年末全国铁路营业里程达到多少公里？"
    assert ("营业", "里程") in compounds(q, has)
    assert compound_absent(analyze(q), "铁路新线投产1433公里，新增公路通车里程4.6万公里。", has)
    assert not compound_absent(analyze(q), "全国铁路营业里程达到7.6万公里。", has)
    plain = "2030年末全国铁路营业里程达到多少公里？"  # no report named: asked in the reader's own words, no check
    assert not compound_absent(analyze(plain), "铁路新线投产1433公里。", has)
    never = "2031年报告里，2030年全国铁道运营长度达到多少公里？"  # a pair the corpus never writes says nothing
    assert not compound_absent(analyze(never), "铁路新线投产1433公里。", has)


def test_a_figure_asked_of_a_named_report_comes_from_a_sentence_naming_a_noun_asked() -> None:
    from qa.answer.subject_rules import asked_nouns, subject_absent
    df = {"国防": 5, "支出": 40, "预算": 50, "转移": 9, "支付": 9}
    q = "2031年政府工作报告提出的2031年国防支出预算增长多少？"
    assert "国防" in asked_nouns(q, df)
    assert subject_absent(analyze(q), "对地方一般性转移支付规模增长9.5%。", df)
    assert not subject_absent(analyze(q), "中央本级国防支出预算增长7%。", df)
    assert not subject_absent(analyze("2031年国防支出预算增长多少？"), "对地方转移支付增长9.5%。", df)  # no report


def test_time_is_the_kind_of_figure_asked_not_its_subject() -> None:
    from qa.answer.subject_rules import asked_nouns, subject_absent
    df = {"时间": 30, "农业税": 6}
    q = "2031年报告说取消农业税提前完成，时间从原定的5年缩短到了几年？"
    assert "时间" not in asked_nouns(q, df)  # a duration asked: its sentence need not write 时间
    assert not subject_absent(analyze(q), "原定5年取消农业税的目标，3年就可以实现。", df)


def test_a_figure_of_another_indicators_clause_does_not_answer_a_named_reports_question() -> None:
    from qa.answer.subject_rules import focus_elsewhere
    text = "全年货物进出口总额3.64万亿美元，增长22.5%，贸易顺差进一步下降。"
    cands = _cands(text)
    fig = next(c for c in cands if c.text == "3.64万亿美元")
    df = {"贸易顺差": 3, "贸易": 60, "顺差": 9}
    assert focus_elsewhere(analyze("2031年政府工作报告中，2030年贸易顺差是多少亿美元？"), fig, df)
    assert not focus_elsewhere(analyze("2030年贸易顺差是多少亿美元？"), fig, df)  # no report named
    assert not focus_elsewhere(analyze("2031年政府工作报告中，2030年货物进出口总额是多少？"), fig, {"进出口总额": 5})


def test_a_clause_that_points_back_is_about_what_its_sentence_named() -> None:
    from qa.answer.focus_rules import enumerated, focus_absent
    from qa.answer.subject_rules import focus_elsewhere
    assert enumerated("科教文卫体", "各级政府加大对科技、教育、文化、卫生、体育事业的支持")
    assert enumerated("农林水", "支持农业、林业和水利建设")
    assert not enumerated("科教文卫体", "加大对科技、教育、卫生事业的支持")  # one thing left out
    assert not enumerated("科教文卫体", "科技和教育，文化、卫生、体育")  # not one list
    text = "各级政府加大对科技、教育、文化、卫生、体育事业的支持，中央财政用于这些方面的支出487亿元。"
    fig = next(c for c in _cands(text) if c.text == "487亿元")
    df = {"科教文卫体": 1, "科教文": 1}
    question = analyze("据2041年报告，上一年中央财政在科教文卫体这几块一共花了多少？")
    assert not focus_absent(question, text, df) and not focus_elsewhere(question, fig, df)
    other = "各级政府加大对农业的支持，中央财政用于这些方面的支出487亿元。"
    other_fig = next(c for c in _cands(other) if c.text == "487亿元")
    assert focus_absent(question, other, df) and focus_elsewhere(question, other_fig, df)
