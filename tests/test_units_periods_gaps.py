"""A figure's kind against the one asked (people, measures, lengths, per-mille rates, counts of things), a year's
target inside a period's sentence, budgets and settings as plans, English year ranges, a gap whose both sides are
written, and an office holder asked by name: pure logic on synthetic text (thirty-eighth pass)."""
from __future__ import annotations

import numpy as np
from conftest import qty_spans

from qa.answer.change_rules import level_for_difference
from qa.answer.counters import count_for_measure
from qa.answer.kind_rules import amount_for_count
from qa.answer.period_rules import year_after_period, year_for_period_target
from qa.answer.question import analyze
from qa.answer.spans import QTY_RE, aligned_spans, in_unit, not_people
from qa.retrieve.synonyms import written_form
from qa.retrieve.years import asked_years, question_intent, year_range


def _ruled(rule, question: str, text: str) -> set[str]:
    items = list(qty_spans(text).values())
    return {c.text for c, r in zip(items, rule(analyze(question), items)) if r}


def test_a_colloquial_phrase_holding_the_question_word_keeps_it() -> None:
    df = {"支出": 40, "学生": 30, "公寓": 5}
    assert "支出多少" in written_form("学生公寓一共花了多少钱？", df)
    assert analyze(written_form("学生公寓一共花了多少钱？", df)).qtype == "number"


def test_people_are_not_counted_by_things_or_amounts() -> None:
    assert not_people("试点城市增加到３１７个") and not_people("投入1200亿元")
    assert not not_people("参保人数达到１．１７亿") and not not_people("新增就业1113万人")
    text = "试点城市由上年的88个增加到317个，参保人数增加7359万，参保职工达到1113万人。"
    assert _ruled(amount_for_count, "2048年城镇居民医保参保人数达到多少人？", text) == {"88个", "317个"}
    assert _ruled(amount_for_count, "How many people were enrolled in urban residents' medical insurance?", text) \
        == {"88个", "317个"}
    # a rate of people ("employment rate of graduates") or two things asked: not a count of people
    assert _ruled(amount_for_count, "What was the employment rate of college graduates in 2048?", text) == set()
    assert _ruled(amount_for_count, "试点扩大到多少个城市，惠及多少人？", text) == set()


def test_a_measure_asked_is_not_answered_by_a_count() -> None:
    text = "一期工程建成15个泵站，干线全长1432公里，总投资2013亿元，受益人口6000万人。"
    items = list(qty_spans(text).values())
    out = count_for_measure(analyze("How long is the first phase of the canal?"), items)
    assert {c.text for c, r in zip(items, out) if r} == {"一期", "15个", "2013亿元", "6000万人"}
    out = count_for_measure(analyze("How much was the canal's first phase worth?"), items)
    assert {c.text for c, r in zip(items, out) if r} == {"15个"}
    assert not count_for_measure(analyze("How many pumping stations were built?"), items).any()
    assert not count_for_measure(analyze("一期工程建成多少个泵站？"), items).any()
    snake = list(qty_spans("穴蝰体长一般为50公分，最长记录为70公分，有3个亚种。").values())
    out = count_for_measure(analyze("穴蝰最长记录是多长？"), snake)
    assert {c.text for c, r in zip(snake, out) if r} == {"3个"}


def test_english_measure_questions_take_no_count_unit_from_a_noun() -> None:
    assert analyze("How long is the first phase of the water diversion project?").unit not in ("项|个", "个")
    assert analyze("What sum did the central budget set aside for retirees' medical insurance?").unit == "元"
    assert analyze("What was the per capita housing area of rural residents?").unit == "平方米"
    assert analyze("技改专项资金支持的技改项目数量是多少？").unit == "个"
    assert analyze("技改专项资金是多少？").unit == "元"


def test_per_mille_rates_are_figures_of_a_rate() -> None:
    assert [m.group(0) for m in QTY_RE.finditer("人口自然增长率降到６．４５‰，出生率12.1‰")] == ["６．４５‰", "12.1‰"]


def test_a_count_of_medals_is_no_anniversary_nor_visitors() -> None:
    assert analyze("中国队一共夺得几块金牌？").unit == "块"
    assert not in_unit("纪念抗战胜利80周年", "块") and not in_unit("接待游客900多万人次", "块")
    assert in_unit("获得金牌26枚", "块") and in_unit("获得26块金牌", "块")
    assert not in_unit("建设期3年", "个") and in_unit("建成15个泵站", "个")


def test_this_years_target_inside_a_periods_sentence() -> None:
    text = "五年淘汰落后炼铁产能1亿吨、落后炼钢产能5500万吨，今年力争分别淘汰3000万吨和3500万吨。"
    cands = qty_spans(text)
    assert not year_after_period(cands["1亿吨"]) and year_after_period(cands["3000万吨"])
    ruled = _ruled(year_for_period_target, "“十一五”期间计划淘汰多少落后炼铁产能？", text)
    assert ruled == {"3000万吨", "3500万吨"}
    assert _ruled(year_for_period_target, "2047年力争淘汰多少落后炼铁产能？", text) == set()
    assert _ruled(year_for_period_target, "“十一五”期间淘汰了多少落后炼铁产能？", text) == set()


def test_a_years_budget_and_a_figure_set_are_plans() -> None:
    assert question_intent("2041年预算的赤字率是多少？") == -1
    assert question_intent("2045年财政赤字率定为多少？") == -1
    # budgetary funds are a kind of money, not the year's budget
    assert question_intent("2041年中央预算投资一共带动了多少总投资？") == 1
    assert question_intent("2041年中央预算内投资安排了多少？") != -1
    # a verb done, then what was done: the next report reviews it
    assert question_intent("2044年国家对农民实行了哪些补贴？") == 1
    assert question_intent("为了增加农民收入，2044年要实行哪些补贴？") != 1


def test_english_year_ranges() -> None:
    assert year_range("transferred to localities between 2043 and 2047") == (2043, 2047)
    assert year_range("from 2043 to 2047") == (2043, 2047)
    assert year_range("in 2043 and 2047 respectively") is None
    assert asked_years("How much was transferred between 2043 and 2047?")[0] == (2047,)


def test_a_reduction_compared_with_last_year_asks_the_difference() -> None:
    text = "今年拟发行建设国债1100亿元，比上年减少300亿元。"
    assert _ruled(level_for_difference, "2044年建设国债发行规模比上一年压缩了多少？", text) == {"1100亿元"}


def test_a_gap_is_where_both_its_sides_are_written() -> None:
    sent = "采取有力措施，支持东北地区等老工业基地加快调整和改造，支持革命老区和少数民族地区加快发展。"
    spans = aligned_spans(sent, "提出要支持", "地区等老工业基地加快调整和改造")
    assert [sent[a:b] for a, b, _ in spans] == ["东北"]
    # the last place the left side is written, when no other is followed better
    sent = "支持甲地区发展，支持乙地区发展。"
    assert [sent[a:b] for a, b, _ in aligned_spans(sent, "支持", "地区发展")] == ["乙"]


def test_an_office_holder_asked_by_name_takes_a_named_span() -> None:
    from qa.answer.features import Scored, SpanContext
    from qa.answer.span_choice import person_given
    from qa.answer.spans import passage_spans
    from qa.ingest.chunking import Chunk

    text = "让我们在以习近平同志为总书记的党中央领导下，万众一心，奋力拼搏。"
    chunk = Chunk("c1", "doc.txt", text, 0, len(text), (), "paragraph", 0)
    ctx = SpanContext(text, 0, 0.5, 0, 1.0)
    cands = [Scored(chunk, sp, text[sp.start:sp.end], ctx, None) for sp in passage_spans(text, with_names=True)]
    texts = [c.text for c in cands]
    best = next(i for i, t in enumerate(texts) if "习近平" not in t)
    named = [i for i, t in enumerate(texts) if "习近平" in t]
    scores = np.full(len(cands), -np.inf)
    scores[best], scores[named[0]] = 1.0, 0.8
    chosen = person_given(analyze("报告结尾提到的党中央总书记是谁？"), cands, scores, best)
    assert "习近平" in cands[chosen].text
    scores[named[0]] = 0.5  # too far below
    assert person_given(analyze("报告结尾提到的党中央总书记是谁？"), cands, scores, best) == best
    assert person_given(analyze("报告结尾提到了什么？"), cands, scores, best) == best


def test_the_figure_right_after_the_asked_verb() -> None:
    from qa.answer.span_choice import verb_before_figure

    text = "对2040年底以前发布的756件行政法规进行全面清理，废止71件，宣布失效80件。"
    cands = list(qty_spans(text).values())
    texts = [c.text for c in cands]
    scores = np.full(len(cands), -np.inf)
    best, repealed, void = texts.index("756件"), texts.index("71件"), texts.index("80件")
    scores[best], scores[repealed], scores[void] = 0.8, 0.7, 0.75
    question = analyze("清理2040年底前发布的行政法规时，废止了多少件？")
    assert cands[verb_before_figure(question, cands, scores, best)].text == "71件"
    scores[repealed] = 0.5  # too far below the best
    assert verb_before_figure(question, cands, scores, best) == best
    assert verb_before_figure(analyze("清理了多少件行政法规？"), cands, scores, best) == best
