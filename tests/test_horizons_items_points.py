"""A horizon year does not date a sentence, plan words name no measure, a change "from a year on" is also reviewed,
English periods before a year and "by" the report's year, percentage points for a share's change, an item joined by
和 before an enumeration, and 三农 for 农村: pure logic on synthetic text (session 45). Years are invented."""
from __future__ import annotations

from qa.answer.features import Scored, SpanContext
from qa.answer.figure_rules import figure_excluded, plan_excluded, year_excluded
from qa.answer.kind_rules import points_given
from qa.answer.place_rules import region_absent
from qa.answer.question import analyze
from qa.answer.spans import passage_spans
from qa.ingest.chunking import Chunk
from qa.retrieve.glossary import english_to_chinese_terms
from qa.retrieve.years import from_year_on


def _cands(text: str, dyear: int = 0, path: tuple[str, ...] = ()) -> list[Scored]:
    chunk = Chunk("c1", f"{dyear}.txt", text, 0, len(text), path, "paragraph", 0)
    ctx = SpanContext(text, 0, 0.5, 0, 1.0, dyear=dyear)
    return [Scored(chunk, sp, text[sp.start:sp.end], ctx, None) for sp in passage_spans(text)]


def _ruled(rule, question: str, text: str, dyear: int = 0, path: tuple[str, ...] = ()) -> set[str]:
    cands = _cands(text, dyear, path)
    return {c.text for c, r in zip(cands, rule(analyze(question), cands)) if r and c.span.kind == "qty"}


def test_a_horizon_year_does_not_date_the_figures_sentence() -> None:
    review = ("一、2040年工作回顾",)
    text = "部署启动面向2060年的重大项目，新设6个示范区。"
    assert "6个" not in _ruled(year_excluded, "How many demonstration zones were newly created in 2040?", text,
                                2041, review)
    # a year the sentence is about still rules the figure out
    assert "6个" in _ruled(year_excluded, "How many demonstration zones were newly created in 2040?",
                           "2038年，新设6个示范区。", 2041, review)


def test_plan_words_and_adverbs_name_no_measure_the_clause_before_does() -> None:
    plan = ("二、2040年主要任务",)
    text = "主要预期目标是：国内生产总值增长6%左右；要逐年增加中央预算内建设投资，今年拟先增加50亿元。"
    asked = "2040年中央预算内建设投资打算先增加多少？"
    assert "50亿元" not in _ruled(plan_excluded, asked, text, 2040, plan)
    # the clause before names another measure than the one asked: still a target of another indicator
    other = "2040年居民消费价格涨幅的目标是多少？"
    assert "50亿元" in _ruled(plan_excluded, other, "要逐年增加中央预算内建设投资，今年拟先增加50亿元。", 2040, plan)


def test_a_change_from_a_year_on_is_also_what_the_next_review_says() -> None:
    assert from_year_on("2040年起给困难学生的助学金，每人每年多少钱？")
    assert from_year_on("Starting in 2030, how much was the share raised every year?")
    assert not from_year_on("2040年起计划每人每年补助多少钱？")  # a plan word: a target asked
    assert not from_year_on("2040年给困难学生的助学金每人每年多少钱？")
    review = ("一、2040年工作回顾",)
    text = "向困难家庭学生提供助学金，每人每年1500元。"
    assert "1500元" not in _ruled(figure_excluded, "2040年起给困难学生的助学金，每人每年多少钱？", text, 2041, review)


def test_english_years_before_a_year_and_by_the_reports_own_year() -> None:
    five = ("一、过去五年工作回顾",)
    text = "中央对地方的转移支付累计4万亿元，87%用于支持中西部地区。"
    assert "87%" not in _ruled(year_excluded, "What share of transfers in the five years before 2040 went to the "
                                              "central and western regions?", text, 2040, five)
    assert "87%" in _ruled(year_excluded, "What share of transfers in 2040 went to the central and western regions?",
                           text, 2040, five)
    text = "取消和调整的审批项目总数达到2497项，占原有审批项目的69.3%。"
    assert "69.3%" not in _ruled(year_excluded, "By 2040, what share of the approval items had been cancelled?",
                                 text, 2040, five)


def test_percentage_points_answer_how_much_a_share_changed() -> None:
    assert points_given(analyze("服务业增加值的比重要提高多少？"), "比重提高4个百分点")
    assert points_given(analyze("How much was education's share of spending raised every year?"), "每年提高一个百分点")
    assert not points_given(analyze("服务业增加值增长了多少？"), "提高4个百分点")  # no share asked
    assert not points_given(analyze("服务业增加值的比重要提高多少？"), "比重提高4%")  # not written in points


def test_an_item_joined_by_he_before_an_enumeration_starts_the_list() -> None:
    text = "重点抓好甲区和乙区、丙区发展政策的制定和实施工作。"
    lists = {text[sp.start:sp.end] for sp in passage_spans(text) if sp.kind == "list"}
    assert "甲区和乙区、丙区发展政策的制定和实施工作" in lists
    assert "乙区、丙区发展政策的制定和实施工作" in lists  # the shorter one is still a candidate


def test_sannong_names_the_countryside_and_english_housing_words() -> None:
    cands = _cands("中央财政用于“三农”的支出7000亿元，增长20%。")
    fig = next(c for c in cands if c.text == "7000亿元")
    assert not region_absent(analyze("2040年中央在农业、农村和农民身上一共花了多少钱？"), fig)
    assert region_absent(analyze("2040年中央在农村道路上一共花了多少钱？"), _cands("中央财政支出7000亿元。")[0])
    terms = english_to_chinese_terms("How many urban households with housing difficulties were helped?")
    assert "城市" in terms and "住房困难" in terms


def test_a_figure_opening_its_clause_is_told_apart_by_what_follows_it() -> None:
    import numpy as np

    from qa.answer.respectively import parallel_figure
    text = "2040个县实施城镇居民养老保险试点，1334万人参保，641万人领取养老金。"
    cands = _cands(text)
    idx = {c.text: i for i, c in enumerate(cands) if c.span.kind == "qty"}
    scores = np.full(len(cands), -5.0)
    scores[idx["1334万人"]], scores[idx["641万人"]] = 0.60, 0.55
    terms = [("城镇居民", 3.7), ("养老保险", 4.2), ("试点", 5.0), ("领取", 9.0), ("养老金", 4.2)]
    info = analyze("2040年参加城镇居民养老保险试点的人里，有多少人领取了养老金？")
    assert cands[parallel_figure(info, terms, cands, scores.copy(), idx["1334万人"])].text == "641万人"
    # asked who joined, the figure followed by 参保 stays
    joined = [("城镇居民", 3.7), ("养老保险", 4.2), ("试点", 5.0), ("参保", 9.0)]
    info = analyze("2040年城镇居民养老保险试点有多少人参保？")
    assert cands[parallel_figure(info, joined, cands, scores.copy(), idx["1334万人"])].text == "1334万人"


def test_respective_items_are_told_by_their_words_not_a_shared_rates_base() -> None:
    import numpy as np

    from qa.answer.respectively import parallel_figure
    text = "甲稻、乙中晚稻、丙稻每５０公斤分别提高３元、５元和１０元，丁麦每５０公斤提高４元。"
    chunk = Chunk("c1", "0.txt", text, 0, len(text), (), "paragraph", 0)
    ctx = SpanContext(text, 0, 0.5, 0, 1.0)
    cands = [Scored(chunk, sp, text[sp.start:sp.end], ctx, None) for sp in passage_spans(text, "每５０公斤提高", "")]
    qty = {c.text: i for i, c in enumerate(cands) if c.span.kind == "qty"}
    terms = [("最低收购价", 5.0), ("公斤", 2.0)]

    def answer(question: str, best: int) -> str:
        scores = np.full(len(cands), -5.0)
        for i in qty.values():
            scores[i] = 0.5
        scores[best] = 0.6
        return cands[parallel_figure(analyze(question), terms, cands, scores, best)].text

    # 丁麦 is no item of the 分别 clause: its own figure stays (the items' shared "每50公斤" names none of them)
    assert answer("2040年丁麦的最低收购价每50公斤提高多少？", qty["４元"]) == "４元"
    assert answer("2040年乙中晚稻的最低收购价每50公斤提高多少？", qty["３元"]) == "５元"
    # the gap of the question filled by another item's figure alone (an aligned span, not a figure span)
    aligned = next(i for i, c in enumerate(cands) if c.span.kind != "qty" and c.text == "４元")
    assert answer("2040年丙稻的最低收购价每50公斤提高多少？", aligned) == "１０元"
