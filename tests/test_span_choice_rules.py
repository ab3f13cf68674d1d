"""A change the question starts ("从X涨到了多少"), a change word before the thing asked ("增加…投资100亿元"), 城乡 as
both groups of a 分别 pair, a sentence opened by a several-year total ("近三年累计，…"), "这是…" sentences, a
quote asked by its length, the span that fills the question's gap, the document named by its title, and a bare
"report" in English: pure logic on synthetic text (thirty-third pass)."""
from __future__ import annotations

import numpy as np

from qa.answer.change_rules import level_for_change, not_after_stated_start
from qa.answer.features import Scored, SpanContext
from qa.answer.figure_rules import yearly_average
from qa.answer.place_rules import region_absent
from qa.answer.question import analyze
from qa.answer.respectively import asked_figure
from qa.answer.span_choice import _numeral, counted_quote, gap_filler, past_restatement
from qa.answer.spans import passage_spans
from qa.answer.boundaries import question_gap
from qa.answer.topic_rules import around, beyond_title
from qa.ingest.chunking import Chunk
from qa.retrieve.glossary import english_to_chinese_terms
from qa.text import clause_spans


def _cands(text: str, left: str = "", right: str = "", title: str = "") -> list[Scored]:
    chunk = Chunk("c1", "doc.txt", text, 0, len(text), (), "paragraph", 0, title=title)
    ctx = SpanContext(text, 0, 0.5, 0, 1.0)
    return [Scored(chunk, sp, text[sp.start:sp.end], ctx, None) for sp in passage_spans(text, left, right)]


def _ruled(rule, question: str, cands: list[Scored]) -> set[str]:
    info = analyze(question)
    return {c.text for c, r in zip(cands, rule(info, cands)) if r and c.span.kind == "qty"}


def test_a_start_the_question_states_leaves_the_figure_it_changed_to() -> None:
    cands = _cands("五年来，国内生产总值达到98.6万亿元，年均增长9%，财政收入从4.27万亿元增加到9.55万亿元。")
    ruled = _ruled(not_after_stated_start, "这五年财政收入从4.27万亿元涨到了多少？", cands)
    assert "9.55万亿元" not in ruled and "98.6万亿元" in ruled
    assert not _ruled(not_after_stated_start, "这五年财政收入涨到了多少？", cands)  # no start stated
    # a start that only ends another figure's digits ("14.27") is not the one stated
    other = _cands("收入从14.27万亿元增加到19.5万亿元，支出达到7.3万亿元。")
    assert not _ruled(not_after_stated_start, "收入从4.27万亿元涨到了多少？", other)


def test_a_change_word_before_the_thing_asked_writes_a_change() -> None:
    text = "拟发行长期国债800亿元，比上年减少300亿元，同时增加中央预算内经常性建设投资150亿元。"
    ruled = _ruled(level_for_change, "2031年中央预算内经常性建设投资计划增加多少？", _cands(text))
    assert "150亿元" not in ruled and "800亿元" in ruled


def test_chengxiang_pairs_the_town_figure_first_and_the_country_one_second() -> None:
    text = "全面建立临时救助制度，城乡低保标准分别提高8.12%和15.3%，优抚对象补助标准提高20%以上。"
    clause = next(c for c in clause_spans(text) if "分别" in text[c[0]:c[1]])
    s = text.index("8.12%")
    fig = asked_figure("2031年农村低保标准提高了多少？", text, clause, s, s + 5)
    assert fig is not None and text[fig[0]:fig[1]] == "15.3%"
    fig = asked_figure("2031年城镇低保标准提高了多少？", text, clause, s, s + 5)
    assert fig is not None and text[fig[0]:fig[1]] == "8.12%"
    c = next(c for c in _cands(text) if c.text == "15.3%")
    assert region_absent(analyze("2031年农村低保标准提高了多少？"), c) == ""  # 城乡 names 农村
    assert region_absent(analyze("2031年农村居民收入增长了多少？"), _cands("城镇居民收入增长7%。")[0])


def test_a_sentence_opened_by_a_several_year_total_is_not_one_years_figure() -> None:
    text = ("单位能耗比上年下降4.1%，两项排放量分别减少3.2%和5.1%。"
            "近三年累计，单位能耗下降11.3%，两项排放量分别减少7.7%和9.9%。")
    ruled = _ruled(yearly_average, "2031年排放量比上年减少了多少？", _cands(text))
    assert {"7.7%", "9.9%", "11.3%"} <= ruled and not ruled & {"3.2%", "5.1%", "4.1%"}
    assert not _ruled(yearly_average, "近三年排放量累计减少了多少？", _cands(text))


def test_a_this_is_sentence_is_answered_by_the_sentence_before() -> None:
    text = "第一，加快转变发展方式。这是深化经济体制改革的核心。"
    info = analyze("深化经济体制改革的核心是什么？")
    cands = _cands(text)
    scores = np.array([1.0 if c.text.startswith("这是") else 0.6 if "发展方式" in c.text else 0.5 for c in cands])
    best = past_restatement(info, cands, scores, int(np.argmax(scores)))
    assert "加快转变发展方式" in cands[best].text
    assert "深化经济体制改革" in around(cands[best])  # the sentence that says what it is counts as its context


def test_a_quote_asked_by_its_length() -> None:
    assert [_numeral(w) for w in ("八", "十六", "二十四", "两", "12")] == [8, 16, 24, 2, 12]
    text = "对期货业，坚持“规范、透明、稳健、开放”的方针，坚持“稳中求进”的总基调。"
    cands = _cands(text)
    scores = np.zeros(len(cands))
    got = counted_quote(analyze("对期货业坚持的是哪八个字的方针？"), cands, scores)
    assert got is not None and text[got[1]:got[2]] == "“规范、透明、稳健、开放”"
    got = counted_quote(analyze("坚持的四字总基调是什么？"), cands, scores)
    assert got is not None and text[got[1]:got[2]] == "“稳中求进”"
    assert counted_quote(analyze("从哪几方面部署（三个四字词）？"), cands, scores) is None
    assert counted_quote(analyze("坚持的是哪十个字的方针？"), cands, scores) is None


def test_a_span_filling_the_questions_gap_on_both_sides_answers_when_near() -> None:
    q = "为防止妨碍公平竞争，国务院建立了什么制度？"
    text = "凡妨碍公平竞争的行为，都要坚决制止。建立市场准入审查制度，清理各类规定。"
    left, right = question_gap(q)
    cands = _cands(text, left, right)
    info = analyze(q)
    best = next(i for i, c in enumerate(cands) if c.text.startswith("凡妨碍"))
    gap = next(i for i, c in enumerate(cands) if c.span.kind == "aligned" and c.span.anchors == 2)
    assert cands[gap].text.startswith("市场准入审查")
    scores = np.full(len(cands), -np.inf)
    scores[best], scores[gap] = 0.5, 0.4
    assert gap_filler(info, cands, scores, best) == gap
    scores[gap] = 0.2  # too far below the best
    assert gap_filler(info, cands, scores, best) == best


def test_words_naming_the_document_by_its_title_are_not_the_questions_content() -> None:
    info = analyze("2031年政府工作报告里，某飞船是哪一天发射的？")
    c = _cands("我代表国务院，向大会作政府工作报告，请予审议。", title="2031年政府工作报告")[0]
    terms = [("政府", 1.0), ("工作", 1.0), ("报告", 1.0), ("飞船", 2.0), ("发射", 2.0)]
    assert [t for t, _ in beyond_title(info, terms, c)] == ["飞船", "发射"]
    plain = analyze("2031年的重点工作有哪几项？")  # no document named: the title's words are content
    assert beyond_title(plain, terms, c) == terms


def test_a_bare_report_in_english_is_the_document_not_press_coverage() -> None:
    assert "报道" not in english_to_chinese_terms("According to the 2031 report, how much did coal output fall?")
    assert "报道" in english_to_chinese_terms("How many media reports covered the project?")
