"""Units a question's nouns imply (a burden, a pension, kilowatt-hours), outcome and start-year wording, clause
items sharing a word, elliptic parallel items, the figure right after the question's own words, and names chosen by
the words that describe them: pure logic on synthetic text (made-up names and figures)."""
from __future__ import annotations

import numpy as np

from qa.answer.boundaries import complete_noun
from qa.answer.enumerations import shared_word_items
from qa.answer.features import Scored, SpanContext
from qa.answer.kind_phrase import kind_asked
from qa.answer.kind_rules import class_follows, other_quoted_item, quoted_candidate
from qa.answer.question import analyze
from qa.answer.respectively import _own_words, parallel_figure
from qa.answer.spans import Span, in_unit, passage_spans
from qa.ingest.chunking import Chunk
from qa.retrieve.years import question_intent


def _cands(text: str, left: str = "", right: str = "") -> list[Scored]:
    chunk = Chunk("c1", "doc.txt", text, 0, len(text), (), "paragraph", 0)
    ctx = SpanContext(text, 0, 0.5, 0, 1.0)
    return [Scored(chunk, sp, text[sp.start:sp.end], ctx, None) for sp in passage_spans(text, left, right)]


def test_a_burden_a_pension_or_a_wage_is_counted_in_money_and_kilowatt_hours_are_their_own_unit() -> None:
    assert analyze("当年甲税税率降低可使农户减轻多少负担?").unit == "元"  # not the % of 税率 before it
    assert analyze("两项措施一年能给企业减负大约多少?").unit == "元"
    assert analyze("2030年退休人员养老金人均每月新增多少?").unit == "元"  # not the 人 of 人员
    assert analyze("2030年新增就业人员多少?").unit == "人"
    assert analyze("By how much would cutting the tax rate reduce farmers' burden in 2030?").unit == "元"
    assert analyze("2030年全国发电量是多少亿千瓦时?").unit == "千瓦时"
    assert in_unit("发电量达到5000亿千瓦时", "千瓦时") and not in_unit("新增装机5055万千瓦", "千瓦时")
    assert in_unit("新增装机5055万千瓦", "千瓦")


def test_a_year_work_began_in_is_no_plan_from_that_year_and_what_is_already_so_is_an_outcome() -> None:
    assert question_intent("2030年起甲补贴每人每年多少钱?") == -1  # a change from a year on: announced then
    assert question_intent("2030年开始的清欠工作,到2033年已偿还的欠款有多少?") != -1  # the work that began then
    assert question_intent("400个攻坚县中已有多少个县实现目标?") == 1  # 目标 reached: an outcome
    assert question_intent("2030年的增长目标是多少?") == -1
    assert question_intent("甲部门已组织力量制定什么方案?") == 0  # (已 alone says nothing)


def test_items_of_clauses_that_open_on_the_shared_word_answer_a_count_before_the_quote() -> None:
    text = "新的一年，甲方面继续前进。在国际事务中，坚持甲乙公正，推进丙丁合作；坚持戊己互信，维护庚辛安全；" \
           "坚持壬癸互利，促进子丑繁荣；坚持寅卯包容，推动辰巳对话。"
    cands = _cands(text)
    masked = np.array([1.0 if c.text.startswith("在国际事务中") else 0.0 for c in cands])
    got = shared_word_items(analyze("2030年报告说在国际事务中要坚持哪四个“坚持”?"), cands, masked)
    assert got is not None
    answer = text[got[1]:got[2]]
    assert answer.startswith("坚持甲乙公正") and answer.endswith("推动辰巳对话")
    assert all(w in answer for w in ("戊己互信", "壬癸互利", "寅卯包容"))
    assert shared_word_items(analyze("2030年报告说要坚持哪三个“坚持”?"), cands, masked) is None  # four, not three
    plain = "着力推进甲色发展、乙环发展、丙碳发展，建设美丽家园。"
    cands = _cands(plain)  # a count before the quote of an enumeration: left to the list readers
    assert shared_word_items(analyze("报告提出要着力推进哪三种“发展”?"), cands, np.ones(len(cands))) is None


def test_an_item_cut_short_by_ellipsis_takes_the_next_ones_tail() -> None:
    assert _own_words(["中", "高等职业教育在校生"]) == [{"中等"}, {"高等"}]
    assert _own_words(["甲", "乙", "丙学"])[2] == {"丙学"}  # 大、中、小学: 甲学, 乙学, 丙学 (own words only)
    text = "更加重视职业教育，2030年中、高等职业教育在校生分别达到2000万人和861万人。"
    cands = _cands(text)
    logits = np.array([0.7 if c.text == "2000万人" and c.span.kind == "qty" else 0.4 if c.text == "861万人"
                       and c.span.kind == "qty" else -1.0 for c in cands])
    best = int(np.argmax(logits))
    got = parallel_figure(analyze("2030年全国高等职业教育在校生达到多少?"), [("高等", 1.0), ("职业教育", 1.0)],
                          cands, logits, best)
    assert cands[got].text == "861万人"


def test_a_figure_right_after_the_questions_own_words_is_not_moved_to_a_rival_whose_subject_names_more() -> None:
    text = "重大水利工程已开工的57个项目要加快建设，今年再开工27个项目，在建投资超过8000亿元。"
    cands = _cands(text)
    scores = {"27个": 0.72, "57个": 0.70}
    logits = np.array([scores.get(c.text, -1.0) if c.span.kind == "qty" else -1.0 for c in cands])
    best = int(np.argmax(logits))
    terms = [("重大水利工程", 2.0), ("开工", 1.0), ("项目", 1.0)]
    got = parallel_figure(analyze("2030年计划再开工多少个重大水利工程项目?"), terms, cands, logits.copy(), best)
    assert cands[got].text == "27个"
    # (without the question's words before the figure, the rival whose subject names more is still chosen)
    got = parallel_figure(analyze("2030年重大水利工程项目有多少个?"), terms, cands, logits.copy(), best)
    assert cands[got].text == "57个"


def test_a_listed_name_holding_the_words_that_describe_it_answers_over_the_best_scored_name() -> None:
    text = "国务院提出了甲法修正案，制定并颁布了《重大禽类疫情应急条例》、《关于预防矿井生产事故的特别规定》等22部行政法规。"
    cands = _cands(text)
    pick = lambda q, top: cands[quoted_candidate(analyze(q), cands, scores(top), int(np.argmax(scores(top))), 0.1)].text

    def scores(top: str) -> np.ndarray:
        return np.array([0.66 if c.text == top else 0.59 if c.text.startswith("《") and c.text.endswith("》")
                         else 0.0 for c in cands])

    assert pick("2030年报告提到的行政法规中,针对禽类疫情的是哪一部?", "《关于预防矿井生产事故的特别规定》") \
        == "《重大禽类疫情应急条例》"
    assert pick("那部预防矿井事故的“特别规定”全称是什么?", "《重大禽类疫情应急条例》") == "《关于预防矿井生产事故的特别规定》"
    assert pick("那部行政法规全称是什么?", "《重大禽类疫情应急条例》") == "《重大禽类疫情应急条例》"  # no words tell


def test_a_quoted_name_written_before_the_noun_asked_answers_what_x() -> None:
    text = "深化农村土地制度改革试点。完善农村土地“甲权分置”办法，建立退出机制。"
    cands = _cands(text)
    scores = np.array([0.43 if c.text == "深化农村土地制度改革试点" else 0.36 if c.text == "甲权分置" else 0.0
                       for c in cands])
    got = quoted_candidate(analyze("2030年完善了农村土地的什么办法?"), cands, scores, int(np.argmax(scores)), 0.1)
    assert cands[got].text == "甲权分置"


def test_a_span_ending_on_the_class_asked_is_that_name_and_one_cut_inside_another_items_quotes_is_that_item() -> None:
    info = analyze("两岸签署实施了什么协议?")
    text = "两岸直接双向“三连”全面实现，签署实施两岸经济合作框架协议，形成交往格局。"
    assert class_follows(info, text, text.index("，形成"))
    assert not class_follows(info, text, text.index("，签署"))
    text = "九要坚持实行“甲袋子”省长负责制和“乙篮子”市长负责制。"
    chunk, ctx = Chunk("c1", "doc.txt", text, 0, len(text), (), "paragraph", 0), SpanContext(text, 0, 0.5, 0, 1.0)

    def cand(a: int, b: int) -> Scored:  # a span the question's gap cuts out, inside the sentence's one clause
        return Scored(chunk, Span(a, b, "aligned", 0, len(text) - 1, 0, len(text)), text[a:b], ctx, None)

    cut, own = cand(text.index("甲袋子"), text.index("省长") + 2), cand(text.index("乙篮子"), text.index("市长") + 2)
    assert list(other_quoted_item(analyze("“乙篮子”实行什么负责制?"), [cut, own])) == [True, False]


def test_a_which_noun_after_shi_completes_the_name_and_a_list_of_modifiers_keeps_its_verb_like_items() -> None:
    q = "过去五年顺利建成的是哪个自贸区?"
    text = "加强互利合作，顺利建成中国－甲乙自贸区，推动合作机制发展。"
    e = text.index("自贸区")
    assert complete_noun(analyze(q), text, text.index("顺利"), text.index("，推动"), e) == e + 3
    text = "形成权责一致、分工合理、决策科学、执行顺畅、监督有力的行政管理体制。"
    s, e = kind_asked("要形成一个什么样的行政管理体制?", text, text.index("权责"), len(text) - 1)
    assert text[s:e] == "权责一致、分工合理、决策科学、执行顺畅、监督有力的行政管理体制"
    text = "统筹发展、加快构建便捷、安全、高效的运输体系。"  # a verb opening no item: what it builds is the kind
    s, e = kind_asked("要加快构建一个什么样的运输体系?", text, 0, len(text) - 1)
    assert text[s:e] == "便捷、安全、高效的运输体系"
    text = "今年实施稳健的货币政策。"
    s, e = kind_asked("实施什么样的货币政策?", text, 0, len(text) - 1)
    assert text[s:e] == "稳健的货币政策"
