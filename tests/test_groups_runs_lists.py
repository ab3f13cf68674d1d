"""Counts of any measure word, runs of figures that share one change word, parallel items whose names stand in the
clause before, the other group of a pair (城镇/农村), magnitudes asked, inline numbered lists, the gap of a
question word after 了, shares said in words: pure logic on synthetic text (thirty-second pass)."""
from __future__ import annotations

from qa.answer.change_rules import level_for_change, start_for_level
from qa.answer.counters import asked_nouns, counted_named, other_counted
from qa.answer.enumerations import asked_items
from qa.answer.features import Scored, SpanContext, _span_facts
from qa.answer.figure_rules import plan_excluded
from qa.answer.figure_runs import run_end, run_start
from qa.answer.group_rules import other_group, other_group_spans
from qa.answer.kind_rules import points_given
from qa.answer.ordinal_runs import InlineLists, ordinal_runs
from qa.answer.question import analyze
from qa.answer.respectively import asked_figure
from qa.answer.spans import QTY_RE, below_magnitude, in_unit, passage_spans
from qa.ingest.chunking import Chunk


def _cands(text: str, left: str = "", right: str = "") -> list[Scored]:
    chunk = Chunk("c1", "doc.txt", text, 0, len(text), (), "paragraph", 0)
    ctx = SpanContext(text, 0, 0.5, 0, 1.0)
    return [Scored(chunk, sp, text[sp.start:sp.end], ctx, None) for sp in passage_spans(text, left, right)]


def _qty(cands: list[Scored], figure: str) -> Scored:
    return next(c for c in cands if c.span.kind == "qty" and c.text == figure)


def test_a_count_in_any_measure_word_is_told_from_its_neighbour() -> None:
    info = analyze("2030年国务院制定颁布了多少部行政法规？")
    assert asked_nouns(info) == ("行政",)
    cands = _cands("国务院提出了甲法草案等7部法律议案，制定并颁布了乙条例等22部行政法规。")
    ruled = {c.text for c, r in zip(cands, other_counted(info, cands)) if r and c.span.kind == "qty"}
    assert ruled == {"7部"}
    named = analyze("2030年国务院向全国人大提出了几部法律议案？")
    assert counted_named(named, _qty(cands, "7部")) and not counted_named(named, _qty(cands, "22部"))


def test_a_modified_english_counted_noun_is_found_in_the_words_after_the_figure() -> None:
    info = analyze("How many students from poor families received free textbooks in 2030?")
    cands = _cands("免除了5200万名学生的学杂费，为3730万名贫困家庭学生免费提供教科书。")
    ruled = {c.text for c, r in zip(cands, other_counted(info, cands)) if r and c.span.kind == "qty"}
    assert "3730万名" not in ruled


def test_the_noun_counted_after_ge_sets_the_unit_not_a_noun_before() -> None:
    assert analyze("2030年中央财政专项资金支持了多少个村的广播电视设施建设？").unit == "个"
    assert analyze("财政赤字率下降了多少个百分点？").unit == "%"
    assert analyze("专项资金一共安排了多少？").unit == "元"


def test_what_each_one_is_asks_a_list_and_written_markers_count_the_items() -> None:
    assert analyze("报告列出的几条体会分别是什么？").qtype == "list"
    assert analyze("三项补贴分别安排了多少资金？").qtype == "number"
    assert analyze("农业要突出抓好哪三件事？").qtype == "list"
    assert analyze("具体是从哪几个方面下手的（一是……四是）？").count == 4
    assert analyze("提出了哪些办法（一要……五要）？").count == 5


def test_english_counted_phrases_end_at_their_verb() -> None:
    assert analyze("How many students received state financial aid in 2030?").unit == "人"
    assert analyze("How many departments disclosed their expenditures in 2030?").unit == ""
    assert analyze("How many rural primary and secondary schools and teaching sites were equipped?").unit == "个"


def test_a_run_of_figures_shares_the_words_before_and_after_it() -> None:
    text = "城镇和农村居民收入分别实际增长58.3%和29.2%。"
    assert text[run_start(text, text.index("29.2")):].startswith("58.3%")
    assert run_start(text, text.index("58.3")) == text.index("58.3")
    text2 = "排放量由上年分别增长5.6%和13.1%，减为增长1.2%和1.8%。"
    assert text2[run_end(text2, text2.index("5.6%") + 4):].startswith("，减为")
    cands = _cands(text)
    ruled = {c.text for c, r in zip(cands, level_for_change(analyze("农村居民收入累计实际增长了多少？"), cands))
             if r and c.span.kind == "qty"}
    assert "29.2%" not in ruled  # written after 增长, through 58.3%和
    cands2 = _cands(text2)
    starts = {c.text for c, r in zip(cands2, start_for_level(analyze("二氧化硫排放量比上年增长了多少？"), cands2))
              if r and c.span.kind == "qty"}
    assert {"5.6%", "13.1%"} <= starts and not starts & {"1.2%", "1.8%"}


def _paired(question: str, text: str, figure: str) -> str | None:
    """The figure :func:`asked_figure` pairs with the item the question names, from the candidate ``figure``."""
    c = _qty(_cands(text), figure)
    fig = asked_figure(question, text, (c.span.clause_start, c.span.clause_end), c.span.start, c.span.end)
    return text[fig[0]:fig[1]] if fig else None


def test_parallel_items_may_stand_in_the_clause_before_or_be_continued() -> None:
    text = "城镇居民人均可支配收入和农村居民人均纯收入，分别实际增长58.3%和29.2%。"
    assert _paired("农村居民人均纯收入增长了多少", text, "58.3%") == "29.2%"
    text2 = "化学需氧量、二氧化硫排放量由上年分别增长5.6%和13.1%，减为增长1.2%和1.8%。"
    assert _paired("二氧化硫排放量增长了多少", text2, "1.2%") == "1.8%"


def test_a_year_a_change_starts_from_is_not_the_year_of_where_it_ends() -> None:
    text = "西部地区人口覆盖率由2023年的77%提高到96%。"
    assert _span_facts(text, text.index("96%"), text.index("96%") + 3, 0).near_year is None
    text2 = "由2022年的X增加到2027年的96%。"
    assert _span_facts(text2, text2.index("96%"), text2.index("96%") + 3, 0).near_year == 2027


def test_a_figure_of_the_other_group_is_not_about_the_one_asked() -> None:
    info = analyze("2030年底农村居民平均每百户拥有多少辆家用汽车？")
    cands = _cands("城镇居民每百户拥有家用汽车21.5辆，比上年增加15.5辆；农村居民每百户拥有家用汽车3辆。")
    ruled = {c.text for c, r in zip(cands, other_group_spans(info, cands)) if r and c.span.kind == "qty"}
    assert ruled == {"21.5辆", "15.5辆"}  # the change's subject is the clause before
    both = analyze("城乡居民的收入增长了多少？")  # names neither side alone
    assert not other_group(both, _qty(cands, "21.5辆"))
    jobs = analyze("2030年有多少下岗失业的人重新找到了工作？")
    assert not other_group(jobs, _qty(_cands("城镇新增就业1184万人，505万下岗失业人员实现再就业。"), "505万"))


def test_a_figure_below_the_magnitude_asked_is_not_in_its_unit() -> None:
    assert below_magnitude("新建高速铁路超过1900公里", "铁路营业里程达到了多少万公里？")
    assert not below_magnitude("营业里程12.4万公里", "达到了多少万公里？")
    assert not below_magnitude("0.5亿元", "多少亿元")  # written with a magnitude: left to the ranker
    assert not below_magnitude("1900公里", "多少公里")
    assert not in_unit("超过1900公里", "公里", "多少万公里") and in_unit("超过1900公里", "公里")
    assert [m.group(0) for m in QTY_RE.finditer("解决4800多万农村人口")] == ["4800多万"]


def test_inline_numbered_lists_are_read_over_neighbouring_passages() -> None:
    first = "要遏制盲目投资。一要完善产业政策，正确引导投资。二要制定准入标准，严格准入。三要加强用地管理。"
    second = "四要强化信贷审核。五要严肃税制，禁止擅自减税。通过这些措施，调整结构。"
    assert [first[a:b] for a, b in ordinal_runs(first)[0]] == ["一要完善产业政策", "二要制定准入标准", "三要加强用地管理"]
    chunks = [Chunk("a", "r.txt", first, 0, len(first), (), "paragraph", 0),
              Chunk("b", "r.txt", second, len(first), len(first) + len(second), (), "paragraph", 1)]
    lists = InlineLists(chunks)
    got = lists.answer(analyze("报告提出了哪五条办法（一要……五要）？"), chunks[0], 0)
    assert got and got[0].split("；") == ["一要完善产业政策", "二要制定准入标准", "三要加强用地管理", "四要强化信贷审核",
                                         "五要严肃税制"]
    assert got[1][-1][0] is chunks[1]  # the last items are cited in the next passage
    # a run of as many items as asked, right after the best span's sentence, answers unannounced
    assert lists.answer(analyze("报告提出了哪五条办法？"), chunks[0], 0)[0] == got[0]
    # ... but not when the best span sits in its first item (its own enumeration answers: "工业、交通、建筑")
    assert lists.answer(analyze("报告提出了哪五条办法？"), chunks[0], first.index("完善")) is None
    assert lists.answer(analyze("2041年打好保卫战，报告提出了哪五个“要”？"), chunks[0], 0)[0] == got[0]
    assert lists.answer(analyze("报告提出了哪三条办法（一要……三要）？"), chunks[0], 0) is None  # the run has five


def test_the_gap_of_a_question_word_after_le_and_the_items_asked() -> None:
    text = "法律援助范围从低保群体扩大到低收入群体。"
    spans = {text[sp.start:sp.end] for sp in passage_spans(text, left="法律援助的覆盖范围从低保群体扩大到了", right="人")
             if sp.kind == "aligned"}
    assert "低收入群体" in spans
    assert asked_items("2030年报告对合法收入、过高收入和非法收入分别提出了什么要求？") == ["合法收入", "过高收入", "非法收入"]


def test_a_share_in_words_answers_by_how_much_and_a_bound_set_is_a_target() -> None:
    assert points_given(analyze("2030年打算把限制类条目砍掉多少？"), "把限制类条目缩减一半")
    assert not points_given(analyze("2030年限制类条目有多少项？"), "把限制类条目缩减一半")
    info = analyze("2030年全国城镇登记失业率实际是多少？")
    cands = _cands("今年主要预期目标是：城镇登记失业率控制在4.6%；居民消费价格涨幅3%。")
    ruled = {c.text for c, r in zip(cands, plan_excluded(info, cands)) if r and c.span.kind == "qty"}
    assert "4.6%" in ruled


def test_the_sentences_that_open_on_the_words_a_list_question_quotes_are_its_items() -> None:
    parts = ["——必须坚持落实发展观。发展是硬道理。", "——必须坚持改善调控。调控要适度。", "——必须坚持推进改革。改革要深化。"]
    chunks, at = [], 0
    for i, text in enumerate(parts):
        chunks.append(Chunk(f"c{i}", "r.txt", text, at, at + len(text), ("一、回顾",), "paragraph", i))
        at += len(text) + 1  # a line break between paragraphs
    got = InlineLists(chunks).answer(analyze("报告列出的几条“必须坚持”的体会分别是什么？"), chunks[1], 0)
    assert got and got[0] == "——必须坚持落实发展观；——必须坚持改善调控；——必须坚持推进改革"
    assert InlineLists(chunks).answer(analyze("报告列出的几条体会分别是什么？"), chunks[1], 0) is None  # nothing quoted
    got = InlineLists(chunks).answer(analyze("回顾“十二五”，报告列出的几条“必须坚持”的体会分别是什么？"), chunks[1], 0)
    assert got and got[0].count("必须坚持") == 3  # any of the quotes: the first names a period
    marked = "第一，必须坚持解放思想，大胆探索。第二，必须坚持改革开放。第三，必须坚持依法行政。"
    assert [marked[a:b] for a, b in ordinal_runs(marked)[0]] == ["第一，必须坚持解放思想", "第二，必须坚持改革开放",
                                                                  "第三，必须坚持依法行政"]
    one = "今年要把防止增长转为过热、防止价格演变为通货膨胀作为首要任务。"
    chunk = Chunk("o", "r.txt", one, 0, len(one), ("二、任务",), "paragraph", 0)
    got = InlineLists([chunk]).answer(analyze("今年的首要任务是哪两个“防止”？"), chunk, 0)
    assert got and got[0] == "防止增长转为过热；防止价格演变为通货膨胀作为首要任务"


def test_parallel_items_may_be_clauses_of_their_own_before_the_respectively_clause() -> None:
    text = "城镇居民人均可支配收入9422元，农村居民人均纯收入2936元，扣除价格因素，分别实际增长7.7%和6.8%。"
    assert _paired("农村居民人均纯收入实际增长了多少", text, "7.7%") == "6.8%"
    lone = "收入9422元，扣除价格因素，分别实际增长7.7%和6.8%。"  # one figure clause for two figures: no pairing
    assert _paired("收入实际增长了多少", lone, "7.7%") is None


def test_a_target_whose_clause_names_what_is_asked_after_the_figure_is_not_another_indicators() -> None:
    info = analyze("2041年报告要求到年底，灾区有多大比例的学生能在永久性校舍里上课？")
    cands = _cands("今年的目标是：确保今年底95%以上的学生都能在永久性校舍中学习；城镇新增就业900万人左右。")
    ruled = {c.text for c, r in zip(cands, plan_excluded(info, cands)) if r and c.span.kind == "qty"}
    assert "95%以上" not in ruled and "95%" not in ruled
    assert "900万人左右" in ruled  # another item's target: still another indicator
    info = analyze("2041年报告里，灾后恢复重建总体规划的总投资是多少？")  # the figure does not modify what follows it
    cands = _cands("今年中央财政拟安排1300亿元用于灾后恢复重建。")
    assert "1300亿元" in {c.text for c, r in zip(cands, plan_excluded(info, cands)) if r and c.span.kind == "qty"}
