"""One figure asked among parallel ones (qa.answer.respectively), figures written "2万多公里", names joined by a
dash, quotations an answer opens, counts not answered by amounts: pure logic on synthetic text."""
from __future__ import annotations

import numpy as np

from qa.answer.features import Scored, SpanContext
from qa.answer.figure_rules import year_excluded
from qa.answer.question import analyze
from qa.answer.respectively import parallel_figure, respective_figure
from qa.answer.spans import QTY_RE, in_unit, name_spans, passage_spans
from qa.answer.widening import counted_noun, quote_closed
from qa.ingest.chunking import Chunk
from qa.text import clause_spans


def _cands(text: str, year: int = 0, part: tuple[str, ...] = ()) -> list[Scored]:
    chunk = Chunk("c1", "doc.txt", text, 0, len(text), part, "paragraph", 0)
    ctx = SpanContext(text, 0, 0.5, 0, 1.0, dyear=year)
    return [Scored(chunk, sp, text[sp.start:sp.end], ctx, None) for sp in passage_spans(text)]


def _respective(question: str, text: str, figure: str, nth: int = 0) -> str | None:
    at = -1
    for _ in range(nth + 1):
        at = text.index(figure, at + 1)
    clause = next(c for c in clause_spans(text) if c[0] <= at < c[1])
    got = respective_figure(question, text, clause, at, at + len(figure))
    return text[got[0]:got[1]] if got else None


def test_the_asked_items_place_among_figures_after_fenbie_gives_its_figure() -> None:
    prices = "提高粮食收购价，甲稻、乙稻、丙麦每50公斤分别提高3元、5元和10元，其他品种不变。"
    assert _respective("丙麦每50公斤提高多少?", prices, "3元") == "10元"
    assert _respective("乙稻提高了多少?", prices, "3元") == "5元"
    assert _respective("甲稻提高了多少?", prices, "3元") is None  # already the asked item's figure
    cuts = "化学需氧量、氨氮排放都要减少2%左右，硫化物、氮化物排放要分别减少3%左右和5%左右。"
    assert _respective("氮化物排放要减少多少?", cuts, "3%左右") == "5%左右"
    spend = "全年市财政用于科技、教育、卫生和文化事业的支出分别为74亿元、53亿元、13亿元和12亿元。"
    assert _respective("市财政用于卫生的支出是多少?", spend, "74亿元") == "13亿元"  # a subject before the first item
    assert _respective("science spending 科技", spend, "53亿元") == "74亿元"  # an English question's terms


def test_no_figure_is_chosen_when_items_and_figures_do_not_pair_or_no_single_item_is_asked() -> None:
    uneven = "甲、乙、丙三地分别增长3%和5%。"
    assert _respective("丙地增长多少?", uneven, "3%") is None  # three items, two figures
    both = "城镇和农村居民收入分别增长8%和9%。"
    assert _respective("城镇和农村居民收入各增长多少?", both, "8%") is None  # both items named
    far = "城镇居民收入12000元，扣除价格因素，分别实际增长8%和9%。"
    assert _respective("农村居民收入实际增长多少?", far, "8%") is None  # one clause before for two figures
    # (items that are clauses of their own, one figure each, do pair: tests/test_groups_runs_lists.py)
    other = "甲稻、乙稻每50公斤分别提高3元和5元，丙麦提高3元。"
    assert _respective("乙稻提高多少?", other, "3元", nth=1) is None  # a figure outside the 分别 clause
    assert _respective("丙麦提高多少?", other, "3元") is None  # the question names no item of the clause


def _best(question: str, text: str, figure: str, scores: dict[str, float]) -> str:
    cands = _cands(text)
    logits = np.array([scores.get(c.text, -1.0) if c.span.kind == "qty" else -1.0 for c in cands])
    best = next(i for i, c in enumerate(cands) if c.text == figure and c.span.kind == "qty")
    info = analyze(question)
    terms = [(t, 1.0) for t in ("农村", "居民", "人均", "纯收入", "城镇", "可支配", "收入", "增加") if t in question]
    got = parallel_figure(info, terms, cands, logits, best)
    assert logits[got] == logits.max()  # the chosen figure is the best scored now
    return cands[got].text


def test_a_figure_after_its_own_subject_is_chosen_over_a_parallel_one_scored_alike() -> None:
    text = "城镇居民人均可支配收入由7703元增加到13786元，农村居民人均纯收入由2476元增加到4140元。"
    close = {"13786元": 0.74, "4140元": 0.70, "7703元": 0.5, "2476元": 0.5}
    assert _best("农村居民人均纯收入增加到多少元?", text, "13786元", close) == "4140元"
    assert _best("城镇居民人均可支配收入增加到多少元?", text, "13786元", close) == "13786元"
    far = {"13786元": 0.9, "4140元": 0.5}
    assert _best("农村居民人均纯收入增加到多少元?", text, "13786元", far) == "13786元"  # the ranker is sure
    mixed = "国内生产总值达到24万亿元，比上年增长8%。"
    assert _best("国内生产总值比上年增长多少?", mixed, "8%", {"8%": 0.6, "24万亿元": 0.58}) == "8%"  # other unit
    prices = "甲稻、乙稻每50公斤分别提高3元和10元，丙麦每50公斤提高3元。"
    cands = _cands(prices)
    later = [i for i, c in enumerate(cands) if c.text == "3元" and c.span.kind == "qty"][-1]  # 丙麦's
    logits = np.array([0.6 if i == later else 0.55 if c.text == "10元" and c.span.kind == "qty" else -1.0
                       for i, c in enumerate(cands)])
    got = parallel_figure(analyze("乙稻每50公斤提高多少?"), [], cands, logits, later)
    assert cands[got].text == "10元"  # a rival figure in a 分别 clause, the asked item's
    assert parallel_figure(analyze("丙麦每50公斤提高多少?"), [], cands, logits.copy(), later) == later
    games = "我国运动员在第28届奥运会、第12届残疾人奥运会上取得优异成绩。"
    assert _best("我国运动员在第几届奥运会上取得优异成绩?", games, "第28届", {"第28届": 0.6, "第12届": 0.58}) == "第28届"


def test_a_figure_written_with_duo_before_its_unit_keeps_the_unit() -> None:
    def figures(text: str) -> list[str]:
        return [m.group() for m in QTY_RE.finditer(text)]
    assert figures("全国建立了2.4万多个社区卫生服务机构") == ["2.4万多个"]
    assert figures("新建公路2万多公里，投入3万多亿元，惠及1.2万余家企业") == ["2万多公里", "3万多亿元", "1.2万余家"]
    assert figures("达到2.4万多，比上年增加5000多万人") == ["2.4万多", "5000多万人"]  # no unit after: as before


def test_two_names_joined_by_a_dash_are_one_name() -> None:
    def names(text: str) -> list[str]:
        return [text[a:b] for a, b in name_spans(text)]
    assert "澜沧江－湄公河" in names("成功举办澜沧江－湄公河合作首次领导人会议")
    assert "北京—上海" in "".join(names("建成北京—上海高速铁路"))
    assert not names("2010-2015年")  # figures: no name


def test_an_answer_opening_a_quotation_ends_where_it_closes() -> None:
    text = "大水过后，总结实施了“封山植树，退耕还林；加固干堤，疏浚江河”的基本措施。后来又提出“新方针。"
    s, e = quote_closed(text, text.index("总结"), text.index("，退耕"))
    assert text[s:e] == "总结实施了“封山植树，退耕还林；加固干堤，疏浚江河”"
    s2 = text.index("提出")
    assert quote_closed(text, s2, s2 + 6) == (s2, s2 + 6)  # not closed in its sentence: unchanged
    assert quote_closed(text, 0, 4) == (0, 4)  # no quotation opened


def test_a_count_asked_is_not_answered_by_an_amount_or_a_share() -> None:
    assert not in_unit("中央财政安排资金1713亿元", "套")
    assert not in_unit("增长8.5%", "人")
    assert in_unit("基本建成432万套", "套") and in_unit("1713亿元，建成432万套", "套")
    assert in_unit("达到3000万", "人") and in_unit("没有数字", "个")  # no unit written, no figure: not ruled out
    assert in_unit("提高1.5个百分点", "百分点")  # not a counter: as before


def test_a_ratio_to_another_year_does_not_date_a_figure() -> None:
    text = "中央财政安排资金1713亿元，是2010年的2.2倍，全年城镇保障性住房基本建成432万套。"
    cands = _cands(text, 2012, ("一、2011年工作回顾",))
    ruled = {c.text for c, r in zip(cands, year_excluded(analyze("2011年城镇保障性住房基本建成多少套?"), cands)) if r}
    assert "432万套" not in ruled
    dated = _cands("2010年，全年城镇保障性住房基本建成370万套。", 2012, ("一、2011年工作回顾",))
    ruled2 = {c.text for c, r in zip(dated, year_excluded(analyze("2011年城镇保障性住房基本建成多少套?"), dated)) if r}
    assert "370万套" in ruled2  # a figure its sentence dates to another year stays ruled out


def test_a_count_ends_with_the_one_character_thing_it_counts_when_the_question_names_it() -> None:
    text = "在320个县开展新型农村社会养老保险试点，建立了2.4万多个社区卫生服务机构。"
    s, e = text.index("320"), text.index("个县") + 1
    assert text[s:counted_noun(analyze("在多少个县开展了试点?"), text, s, e)] == "320个县"
    assert text[s:counted_noun(analyze("In how many counties was the pilot carried out?"), text, s, e)] == "320个县"
    assert counted_noun(analyze("试点开展了多少个?"), text, s, e) == e  # the thing counted is not named
    s2, e2 = text.index("2.4"), text.index("多个社区") + 2
    assert counted_noun(analyze("建立了多少个社区卫生服务机构?"), text, s2, e2) == e2  # not a one-character noun
