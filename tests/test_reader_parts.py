"""Pure pieces of the learned reader and its evaluation: CMRC metrics and conversion, candidate spans,
question-word gaps, year fit, the model file. No model, no index."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from qa.answer.extract import _question_gap
from qa.answer.features import QUESTION_FEATURES, SPAN_FEATURES
from qa.answer.reader import MODEL_PATH, ReaderModel
from qa.answer.spans import passage_spans
from qa.evaluation.cmrc import convert, paragraph_split, read_cmrc
from qa.evaluation.metrics import exact_match, f1_score, normalize_answer, segment
from qa.retrieve.years import doc_year, prefer_years, question_years, year_fit


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


def test_shipped_model_matches_the_features() -> None:
    d = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert d["span_features"] == list(SPAN_FEATURES) and d["question_features"] == list(QUESTION_FEATURES)
    m = ReaderModel.load()
    assert m.version not in ("default", "untrained")
    assert 0.0 < m.threshold < 1.0
    assert m.span_weights.shape == (len(SPAN_FEATURES),) and np.isfinite(m.span_weights).all()
    assert "trained_on" in m.notes and all("heldout" not in s for s in m.notes["trained_on"])  # never fitted on held-out data
