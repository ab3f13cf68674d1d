"""Pure pieces of the learned reader and its evaluation: CMRC metrics and conversion, candidate spans,
question-word gaps, year fit, the model file. No model, no index."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from qa.answer.boundaries import question_gap as _question_gap
from qa.answer.extract import Extractor, Scored
from qa.answer.features import (QUESTION_FEATURES, SPAN_FEATURES, SpanContext, _adjacent, _pos_cells, _span_facts,
                                local_weights, question_class, span_features)
from qa.answer.question import analyze
from qa.answer.reader import MODEL_PATH, ReaderModel
from qa.answer.spans import name_spans, passage_spans
from qa.evaluation.cmrc import convert, paragraph_split, read_cmrc
from qa.evaluation.metrics import exact_match, f1_score, normalize_answer, segment
from qa.ingest.chunking import Chunk
from qa.retrieve.search import HybridSearcher, query_tokens
from qa.retrieve.years import (asked_years, doc_year, document_years, passage_years, plan_named, prefer_years,
                              question_intent, question_years, report_year, time_reference, year_fit)
from qa.store.bm25 import BM25Index
from qa.store.generations import IndexData


def test_metrics_follow_cmrc() -> None:
    assert normalize_answer("《泡泡堂》， 2015年！") == "泡泡堂2015年"
    assert segment("Nexon公司2015年") == ["nexon", "公", "司", "2015", "年"]
    assert exact_match("4 分钟。", ["4分钟"]) == 1.0
    assert exact_match("4分钟内", ["4分钟"]) == 0.0
    assert f1_score("4分钟内", ["4分钟"]) == pytest.approx(2 * (3 / 4) * 1 / (3 / 4 + 1))  # 4 | 分 | 钟 | 内
    assert f1_score("完全无关", ["4分钟"]) == 0.0
    # best over golds; longest common *substring*, not subsequence
    assert f1_score("甲乙丙", ["丁", "甲乙丙"]) == 1.0
    assert f1_score("甲x乙", ["甲乙"]) == pytest.approx(2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2))
    assert f1_score("", ["甲"]) == 0.0


def test_answer_containment_ignores_only_edge_punctuation() -> None:
    from qa.evaluation.evaluate import contains_answer

    assert contains_answer({"answers": ["园内展出旧式机车。"]}, "公园里有一座小型博物馆，园内展出旧式机车")
    assert contains_answer({"answers": ["。全裸是受到鼓励的"]}, "全裸是受到鼓励的，但并不强制")
    assert not contains_answer({"answers": ["4.6%"]}, "4.6万人")  # a figure's point and % still count
    assert not contains_answer({"answers": ["甲，乙"]}, "甲乙")  # punctuation inside the answer still counts
    assert not contains_answer({"answers": ["《建筑物条例》"]}, "建筑物条例")  # brackets are part of a title
    assert contains_answer({"answers": ["4.6%"]}, "控制在4.6%以内")
    assert contains_answer({"must": ["东北", "部分行业。"]}, "东北地区部分行业")
    assert not contains_answer({"answers": ["。"]}, "任何回答")


def test_cmrc_conversion_and_fixed_split(tmp_path: Path) -> None:
    src = tmp_path / "c.jsonl"
    rows = [{"id": f"P_{i}", "title": f"题{i}", "context": f"第{i}段。甲乙丙是答案{i}。",
             "qas": [{"id": f"P_{i}_Q", "question": "什么是答案?", "answers": [f"答案{i}", f"答案{i}"]}]}
            for i in range(40)]
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    paras = read_cmrc(src)
    corpus, questions = convert(paras, tmp_path / "out")
    recs = [json.loads(line) for line in questions.read_text(encoding="utf-8").splitlines()]
    assert len(recs) == 40 and all(r["answers"] == [r["answers"][0]] for r in recs)  # duplicates folded
    assert (corpus / "P_3.txt").read_text(encoding="utf-8").startswith("题3\n")
    assert all(r["evidence"] in (corpus / r["doc"]).read_text(encoding="utf-8") for r in recs)
    splits = {r["split"] for r in recs}
    assert splits == {"tune", "heldout"}
    assert all(paragraph_split(r["doc"][:-4]) == r["split"] for r in recs)  # stable, by paragraph id
    _, held = convert(paras, tmp_path / "held", split="heldout")
    assert all(json.loads(x)["split"] == "heldout" for x in held.read_text(encoding="utf-8").splitlines())


def test_cmrc_reader_rejects_garbage(tmp_path: Path) -> None:
    from qa.errors import CorpusError

    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(CorpusError):
        read_cmrc(bad)


def _scored(text: str, span, ctx: SpanContext) -> Scored:
    return Scored(Chunk("c", "r.txt", text, 0, len(text), (), "paragraph", 0), span, text[span.start:span.end], ctx, None)


def _kinds(text: str, left: str = "", right: str = "") -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for s in passage_spans(text, left, right, with_names=False):
        out.setdefault(s.kind, set()).add(text[s.start:s.end])
    return out


def test_spans_give_tight_typed_candidates() -> None:
    text = "2019年，全省粮食产量达到1.2万亿斤，比上年增长3.5%左右。生命数耗完即算为踢爆。会议于10月27日召开。"
    k = _kinds(text)
    assert "3.5%左右" in k["qty"]
    assert "10月27日" in k["date"]
    assert "踢爆" in k["copula"]
    assert all(text.find(s) >= 0 for kind in k.values() for s in kind)  # exact slices


def _names(text: str) -> set[str]:
    return {text[a:b] for a, b in name_spans(text)}


@pytest.mark.parametrize("text, name, part", [
    ("南湖大学的约翰·史密斯（John Smith）提出了这一方法。", "约翰·史密斯", "约翰"),
    ("临风市市长玛丽·安妮·沃森出席了开幕式。", "玛丽·安妮·沃森", "沃森"),
    ("该剧由彼得・帕克主演。", "彼得・帕克", "彼得"),
])
def test_a_transliterated_name_is_one_candidate(text: str, name: str, part: str) -> None:
    names = _names(text)
    assert name in names and part not in names  # the parts of a dotted name are not names of their own


@pytest.mark.parametrize("text, bare, whole", [
    ("该设备由南湖机械公司生产。", "南湖", "南湖机械公司"),
    ("会议在南湖市召开。", "南湖", "南湖市"),
    ("他被约翰·史密斯公司聘用。", "约翰·史密斯", "约翰·史密斯公司"),
])
def test_a_name_and_its_category_word_are_both_candidates(text: str, bare: str, whole: str) -> None:
    names = _names(text)
    assert {bare, whole} <= names  # "哪个城市" wants the bare name as much as "哪家公司" the whole one


def test_a_regnal_number_and_a_place_after_its_category_word_belong_to_the_name() -> None:
    text = "该宫建于查理·约瑟夫一世统治时期。"
    assert "查理·约瑟夫一世" in _names(text)
    text = "他生于南湖省临海市。"
    assert "南湖省临海市" in _names(text)


def test_a_name_is_not_grown_over_other_nouns() -> None:
    text = "南湖经济发展很快。"
    assert _names(text) == {"南湖"}


def test_a_dot_between_figures_or_dates_joins_no_name() -> None:
    text = "2015年·经济篇：临风市发展概况。"
    names = _names(text)
    assert not any("·" in n for n in names)


def test_aligned_span_fills_the_question_words_gap() -> None:
    left, right = _question_gap("张三的职业是什么?")
    assert (left, right) == ("张三的职业是", "") or left.startswith("张三的职业")
    text = "张三出生于某县。张三的职业是医生，后来改行。"
    assert "医生" in _kinds(text, left, right).get("aligned", set())
    left, right = _question_gap("谁在2003年担任市长?")
    text = "李四在2003年担任市长，主持市政府工作。"
    assert "李四" in _kinds(text, left, right).get("aligned", set())


def test_years() -> None:
    assert question_years("2015年的目标是多少?") == (2015,)
    assert question_years("What was the target in 2008?") == (2008,)
    assert doc_year("2008年国务院政府工作报告") == 2008 and doc_year("某市报告", "2015年01月10日") == 2015
    assert year_fit((2015,), 2016, "过去一年，2015年国内生产总值增长6.9%") == 2
    assert year_fit((2015,), 2016, "过去一年，国内生产总值增长") == 1  # the report reviewing 2015
    assert year_fit((2015,), 2015, "今年的主要预期目标") == 1  # the report planning 2015
    assert year_fit((2015,), 2011, "今年的主要预期目标") == -1
    assert year_fit((2015,), 0, "没有年份") == 0
    items = [(2011, "a"), (2016, "b"), (0, "c"), (2015, "d")]
    assert prefer_years(items, (2015,), key=lambda it: it) == [(2016, "b"), (2015, "d"), (0, "c"), (2011, "a")]
    assert prefer_years(items, (), key=lambda it: it) == items


def test_document_years_fall_back_to_the_header_date() -> None:
    from qa.ingest.chunking import Chunk

    def chunk(source: str, title: str, text: str, kind: str = "paragraph") -> Chunk:
        return Chunk(f"{source}:{kind}", source, text, 0, len(text), (), kind, 0, title)

    chunks = [chunk("a.txt", "某市科技工作总结", "一、主要工作。2014年投入1亿元。"),  # body years do not date it
              chunk("a.txt", "某市科技工作总结", "某市科技工作总结\n日期:\n2015年01月10日 15:38", "header"),
              chunk("b.txt", "2013年政府工作报告", "2013年政府工作报告\n2012-03-05", "header"),  # the title wins
              chunk("c.txt", "某区2019计划", "正文"),
              chunk("d.txt", "无年份的文章", "无年份的文章\n来源:某部", "header"),
              chunk("e.txt", "另一篇", "另一篇\n2018年发布", "header")]  # a bare year is not a date
    assert document_years(chunks) == {"a.txt": 2015, "b.txt": 2013, "c.txt": 2019, "d.txt": 0, "e.txt": 0}


def test_shipped_model_matches_the_features() -> None:
    d = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert d["span_features"] == list(SPAN_FEATURES) and d["question_features"] == list(QUESTION_FEATURES)
    m = ReaderModel.load()
    assert m.version not in ("default", "untrained")
    assert 0.0 < m.threshold < 1.0
    assert m.span_weights.shape == (len(SPAN_FEATURES),) and np.isfinite(m.span_weights).all()
    assert "trained_on" in m.notes and all("heldout" not in s for s in m.notes["trained_on"])  # never fitted on held-out data
    assert m.abstain_weights.shape == (len(QUESTION_FEATURES) + len(SPAN_FEATURES),)  # question + best-span features


def test_abstainer_reads_the_best_spans_features() -> None:
    q, x = np.zeros(len(QUESTION_FEATURES), np.float32), np.zeros(len(SPAN_FEATURES), np.float32)
    q[QUESTION_FEATURES.index("bias")] = 1.0
    w = np.zeros(len(q) + len(x), np.float32)
    w[len(q) + SPAN_FEATURES.index("lex_clause")] = 4.0
    w[QUESTION_FEATURES.index("bias")] = -2.0
    m = ReaderModel(np.zeros(len(SPAN_FEATURES), np.float32), w, 0.5)
    assert m.p_answerable(q, x) < 0.5
    x[SPAN_FEATURES.index("lex_clause")] = 1.0
    assert m.p_answerable(q, x) > 0.5
    with pytest.raises(ValueError):
        m.p_answerable(q)
    old = ReaderModel(np.zeros(len(SPAN_FEATURES), np.float32), w[:len(q)], 0.5)  # question features only
    assert old.p_answerable(q) == old.p_answerable(q, x)


def test_report_year_and_time_reference() -> None:
    assert report_year("2013年报告中提到的首艘航母叫什么?") == 2013
    assert report_year("2008年国务院政府工作报告说,2005年人均期望寿命是多少?") == 2008
    assert report_year("According to the 2003 government work report, how many?") == 2003
    assert report_year("2015年国内生产总值是多少?") == 0
    assert time_reference("去年国内生产总值增长7.8%", 2013) == {2012}
    assert time_reference("今年预期目标7.5%左右", 2013) == {2013}
    assert time_reference("2011年完成投资", 2013) == {2011}  # a named year wins over the document's
    assert time_reference("继续推进改革", 2013) == set()
    assert time_reference("去年增长", 0) == set()  # no document year: nothing to tell
    # a Five-Year Plan period: the k-th plan (k >= 3) covers 1966 + 5(k - 3) … + 4
    assert time_reference("一、“十一五”时期国民经济和社会发展的回顾", 2011) == set(range(2006, 2011))
    assert time_reference("实施十二五规划", 2012) == set(range(2011, 2016))
    assert time_reference("“十五”期间", 2006) == set(range(2001, 2006))
    assert time_reference("“十一五”时期", 2011, periods=False) == set()  # the indexed section text: not read
    assert time_reference("第十五计划", 2011) == set() and time_reference("今后五年", 2011) == set()
    # a named report's passages come first, before other passages that fit the asked year
    items = [(2012, "2012年增长8%"), (2013, "推进改革"), (2011, "其他")]
    assert prefer_years(items, (2013, 2012), lambda it: it, report=2013)[0] == (2013, "推进改革")
    assert prefer_years(items, (2012,), lambda it: it)[0] == (2012, "2012年增长8%")


def test_question_intent_orders_the_report_that_plans_or_reviews_the_year() -> None:
    assert question_intent("2012年国内生产总值增长了多少?") == 1
    assert question_intent("2005年物价总体涨了多少?") == 1
    assert question_intent("2006年城镇一共多安排了多少人就业?") == 1  # "安排了": done, not planned
    assert question_intent("What was the GDP growth in 2012?") == 1
    assert question_intent("What was the GDP growth target for 2012?") == -1  # "was" is the tense, a target asked
    assert question_intent("What was the GDP growth achieved against the 2012 target?") == 1
    assert question_intent("2015年经济增长的预期目标是多少?") == -1
    assert question_intent("2009年起扶贫标准提高到了多少?") == -1  # a change from that year on: announced then
    assert question_intent("2006年取消的税种一共存在了多少年?") == 0  # "存在了" says nothing about which report
    assert question_intent("2011年国内生产总值是多少?") == 0
    assert question_intent("2030年的增长目标略微调低，定成了多少?") == -1  # a target set, in the past tense
    assert question_intent("2030年地区生产总值增长目标定了多少?") == -1
    assert question_intent("2030年的目标完成了多少?") == 1  # what was done against it
    assert question_intent("2030年财政赤字定了多少?") == 1  # no target named
    assert question_intent("2030年计划发行的国债比上一年少了多少?") == -1  # "了多少" is the tense of a plan named
    assert question_intent("2030年计划生育补助实际增加了多少?") == 1  # "实际", "增加了": an outcome
    items = [(2012, "今年增长7.5%左右"), (2013, "去年增长7.8%"), (2011, "其他")]
    key = lambda it: it  # noqa: E731
    assert prefer_years(items, (2012,), key, intent=1)[0] == (2013, "去年增长7.8%")
    assert prefer_years(items, (2012,), key, intent=-1)[0] == (2012, "今年增长7.5%左右")
    assert prefer_years(items, (2012,), key)[0] == (2012, "今年增长7.5%左右")  # no intent: retrieval order
    assert prefer_years(items, (2012, 2013), key, intent=1) == prefer_years(items, (2012, 2013), key)  # two years


def test_a_five_year_plan_asked_is_answered_by_the_report_that_sets_it_out_or_the_one_that_reviews_it() -> None:
    assert plan_named("“十三五”期间城镇化率要提高到多少?") == 2016
    assert plan_named("十四五规划纲要提出了什么?") == 2021
    assert plan_named("What did the 13th Five-Year Plan aim for?") == 2016
    assert plan_named("What did the fourteenth five-year plan set?") == 2021
    assert plan_named("第十五届会议在哪里开?") == 0  # a session, not a plan
    assert plan_named("五年来城镇新增就业多少?") == 0
    assert plan_named("“十二五”和“十三五”相比如何?") == 0  # two plans: no one report
    # its targets: the report of its first year, whatever target year inside it is named
    assert asked_years("按“十三五”规划的打算，到2020年人均预期寿命提高到多少?") == ((2016,), -1)
    assert asked_years("What life expectancy did the 13th Five-Year Plan aim for?") == ((2016,), -1)
    # its outcome: the report after its last year reviews it
    assert asked_years("“十三五”期间能耗累计下降了多少?") == ((2020,), 1)
    # unsaid, or targets looked back on: both reports
    assert asked_years("“十三五”那五年经济年均增长多少?") == ((2016, 2020), 0)
    assert asked_years("回顾“十三五”，哪些规划目标没有完成?") == ((2016, 2020), 0)
    # other years named inside it: those years, as asked
    assert asked_years("“十三五”头三年(2016—2018年)能耗累计下降了多少?") == ((2016, 2018), 1)
    assert asked_years("2018年国内生产总值增长了多少?") == ((2018,), 1)


def test_question_class_and_local_weights() -> None:
    assert question_class("永昌大君的母亲是谁?") == "who"
    assert question_class("潘嘉丽是哪儿的人?") == "where"
    assert question_class("为什么被罚红牌?") == "why"
    assert question_class("渡川之战发生于什么时候?") == "when"
    assert question_class("有多少颗牙齿?") == "howmany"
    assert question_class("How many zones were set up?") == "howmany"
    assert question_class("口号是什么?") == "what"
    # a term in every sentence of the passage (its topic) weighs less than one in a single sentence
    terms = [("甲鱼", 1.0), ("颜色", 1.0)]
    weights, best, bigrams = local_weights(terms, "甲鱼分布于海域。甲鱼体长一米。甲鱼颜色为黄绿色。", {"颜色", "甲鱼"})
    assert weights["甲鱼"] == pytest.approx(1 / 3) and weights["颜色"] == 1.0
    assert best == 1.0 and bigrams["颜色"] == 1.0 and bigrams["甲鱼"] == pytest.approx(1 / 3)


def test_span_edge_features() -> None:
    # the question's words right at the span's edges, a copula in between allowed
    assert _adjacent("标准由320元提高到", "补助标准提高到", left=True) == 0.75
    assert _adjacent("母亲是", "永昌大君的母亲", left=True) == 0.5
    assert _adjacent("的成名作", "", left=False) == 0.0
    info = analyze("2015年补助标准提高到每人每年多少?")
    text = "补助标准由320元提高到380元。"
    spans = {text[s.start:s.end]: s for s in passage_spans(text) if s.kind == "qty"}
    ctx = SpanContext(text, 0, 0.5, 0, 1.0)
    f = {n: i for i, n in enumerate(SPAN_FEATURES)}
    x_to = span_features(info, [("补助", 1.0)], ctx, spans["380元"], None, set())
    x_from = span_features(info, [("补助", 1.0)], ctx, spans["320元"], None, set())
    assert x_to[f["q_to_x_after_to"]] == 1.0 and x_from[f["q_to_x_before_to"]] == 1.0
    assert x_from[f["qty_order"]] == 0.0 and x_to[f["qty_order"]] > 0
    assert x_to[f["start_aligned"]] == 1.0 and x_to[f["end_aligned"]] == 1.0
    assert x_to[f["first_m"]] == 1.0 or x_to[f["first_other"]] == 1.0
    # "提高到多少" asks for the value a change ends at: the one it started from is not a candidate
    X = np.stack([x_to, x_from])
    cands = [_scored(text, spans["380元"], ctx), _scored(text, spans["320元"], ctx)]
    assert list(Extractor._allowed(info, cands, X)) == [True, False]
    other = analyze("2015年补助标准是多少?")  # a level: where the change ends too (change_rules.start_for_level)
    assert list(Extractor._allowed(other, cands, X)) == [True, False]
    start = analyze("2015年补助标准原来是多少?")  # ... unless the start is asked
    assert list(Extractor._allowed(start, cands, X)) == [True, True]
    # the year written right before a figure: "由2002年的10.2万亿元增加到2007年的24.66万亿元"
    text = "国内生产总值由2002年的10.2万亿元增加到2007年的24.66万亿元。"
    spans = {text[s.start:s.end]: s for s in passage_spans(text) if s.kind == "qty"}
    ctx = SpanContext(text, 0, 0.5, 2, 1.0, dyear=2008, asked_years=(2002,))
    info = analyze("2002年国内生产总值达到了多少?")
    x_2002 = span_features(info, [("国内生产总值", 1.0)], ctx, spans["10.2万亿元"], None, set())
    x_2007 = span_features(info, [("国内生产总值", 1.0)], ctx, spans["24.66万亿元"], None, set())
    assert x_2002[f["near_year_hit"]] == 1.0 and x_2007[f["near_year_miss"]] == 1.0
    X = np.stack([x_2002, x_2007])
    cands = [_scored(text, spans["10.2万亿元"], ctx), _scored(text, spans["24.66万亿元"], ctx)]
    assert list(Extractor._allowed(info, cands, X)) == [True, False]


def test_durations_ordinals_and_full_width_dates_are_candidates() -> None:
    text = "国务院决定，用三年时间基本解决这个问题。成功举办第二十二次会议。２００９年１１月８日宣布八项新举措。"
    k = _kinds(text)
    assert "三年" in k["qty"]  # a duration (allowed only when a duration is asked)
    assert "第二十二次" in k["qty"] and "二十二次" not in k["qty"]  # the ordinal keeps its 第
    assert "２００９年１１月８日" in k["date"]
    assert not any(s.endswith("２００９年") for s in k["qty"])  # a year is never a quantity


def test_a_duration_is_a_quantity_only_when_one_is_asked() -> None:
    text = "用三年时间基本解决拖欠问题，偿还欠款332亿元。"
    spans = {text[s.start:s.end]: s for s in passage_spans(text) if s.kind == "qty"}
    ctx = SpanContext(text, 0, 0.5, 0, 1.0)
    f = {n: i for i, n in enumerate(SPAN_FEATURES)}
    how_long = analyze("国务院定了多长的期限来解决拖欠问题?")
    how_much = analyze("偿还了多少欠款?")
    assert how_long.unit == "年" and how_long.unit_soft
    assert span_features(how_long, [("拖欠", 1.0)], ctx, spans["三年"], None, set())[f["span_has_qty"]] == 1.0
    assert span_features(how_much, [("欠款", 1.0)], ctx, spans["三年"], None, set())[f["span_has_qty"]] == 0.0


def test_average_and_several_figures_features() -> None:
    text = "国内生产总值年均增长11.2%，财政收入增长21%、利润增长8.5%。"
    spans = {text[s.start:s.end]: s for s in passage_spans(text) if s.kind in ("qty", "clause")}
    ctx = SpanContext(text, 0, 0.5, 0, 1.0)
    f = {n: i for i, n in enumerate(SPAN_FEATURES)}
    one_year = analyze("2010年国内生产总值增长了多少?")
    average = analyze("“十一五”期间国内生产总值年均增长多少?")
    assert span_features(one_year, [], ctx, spans["11.2%"], None, set())[f["avg_mismatch"]] == 1.0
    assert span_features(average, [], ctx, spans["11.2%"], None, set())[f["avg_match"]] == 1.0
    clause = spans["财政收入增长21%、利润增长8.5%"]
    assert span_features(one_year, [], ctx, clause, None, set())[f["span_n_qty"]] == pytest.approx(2 / 3)


def test_a_year_asked_of_many_reports_is_searched_deeper(tmp_path) -> None:
    """In a corpus of 13 yearly reports only two fit an asked year: their passage is found even when 60 passages
    of other years match the question's words better."""
    texts = [(f"{2000 + i % 12}年工作报告", f"全市粮食产量增长，粮食产量再创新高，粮食产量达到{300 + i}万吨。") for i in range(60)]
    texts.append(("2019年工作报告", "过去一年，全市农业稳定，粮食收成420万吨。"))
    chunks = [Chunk(f"{t}.txt#{i}", f"{t}.txt", body, 0, len(body), (), "paragraph", i, title=t)
              for i, (t, body) in enumerate(texts)]
    bm25 = BM25Index.build([query_tokens(f"{c.section} {c.text}") for c in chunks])
    searcher = HybridSearcher(IndexData({}, chunks, bm25, None, tmp_path), None)
    hits = searcher.search("2018年粮食产量是多少?", k=4, mode="bm25").hits
    assert hits[0].chunk.source == "2019年工作报告.txt"
    plain = searcher.search("粮食产量是多少?", k=4, mode="bm25").hits  # no year: the usual depth
    assert len(plain) <= 20 and all(h.chunk.source != "2019年工作报告.txt" for h in plain[:4])


@pytest.mark.parametrize("text, years", [
    ("2011年城镇新增就业1221万人", {2011}),
    ("起征点从2000元提高到3500元", set()),  # amounts that start like a year are not years
    ("新增1980万人，投入2010.5亿元，2015个项目", set()),
    ("２００８年，北京", {2008}),
    ("2003年至2007年", {2003, 2007}),
    ("published 2015-01-10", {2015}),
    ("日期：2015.01.10", {2015}),
    ("In 2015, GDP grew", {2015}),
])
def test_passage_years_are_years_not_amounts(text: str, years: set[int]) -> None:
    assert passage_years(text) == years


def test_span_facts_are_cached_per_span_and_questions_still_differ() -> None:
    # what a span's features need of its own text is cached (passages recur across questions); the parts that
    # depend on the question are not: the same span scores differently for another question, and a cold cache
    # gives the same features as a warm one
    text = "南湖大桥于2019年建成，全长1200米，总投资8亿元。"
    spans = {text[s.start:s.end]: s for s in passage_spans(text) if s.kind == "qty"}
    ctx = SpanContext(text, 0, 0.5, 0, 1.0)
    f = {n: i for i, n in enumerate(SPAN_FEATURES)}
    length, cost = analyze("南湖大桥全长多少米?"), analyze("南湖大桥总投资多少元?")
    x_len = span_features(length, [("全长", 1.0)], ctx, spans["1200米"], None, set("南湖大桥全长多少米"))
    x_cost = span_features(cost, [("投资", 1.0)], ctx, spans["1200米"], None, set("南湖大桥总投资多少元"))
    assert x_len[f["unit_ok"]] == 1.0 and x_cost[f["unit_ok"]] == 0.0
    assert x_len[f["span_in_question"]] > x_cost[f["span_in_question"]]
    assert _span_facts.cache_info().currsize > 0 and _pos_cells.cache_info().currsize > 0
    _span_facts.cache_clear()
    _pos_cells.cache_clear()
    cold = span_features(length, [("全长", 1.0)], ctx, spans["1200米"], None, set("南湖大桥全长多少米"))
    assert np.array_equal(cold, x_len)
