"""Tests for qa.synth: deterministic synthetic corpora with known, unambiguous answers."""
from __future__ import annotations

import json
import re
import time
from collections import Counter
from pathlib import Path

import pytest

from qa.bench.synth import CITIES, BUREAUS, SynthQuestion, generate_corpus, main

N_REPORTS = 200


def _read_corpus(out_dir: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(out_dir.glob("*.txt"))}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[SynthQuestion], dict[str, str], float]:
    out = tmp_path_factory.mktemp("synth")
    t0 = time.perf_counter()
    questions = generate_corpus(out, N_REPORTS, seed=7, n_questions=60)
    elapsed = time.perf_counter() - t0
    return out, questions, _read_corpus(out), elapsed


def test_file_count_and_names(corpus) -> None:
    out, _, texts, _ = corpus
    assert len(texts) == N_REPORTS
    assert (out / "questions.jsonl").is_file()
    pattern = re.compile(r"^r\d{5}_[\u4e00-\u9fff]+_[\u4e00-\u9fff]+_(20[12]\d)\.txt$")
    for name in texts:
        m = pattern.match(name)
        assert m, name
        assert 2010 <= int(m.group(1)) <= 2024
    assert list(texts)[0].startswith("r00000_") and list(texts)[-1].startswith(f"r{N_REPORTS - 1:05d}_")


def test_fast_enough(corpus) -> None:
    *_, elapsed = corpus
    assert elapsed < 5.0, f"{N_REPORTS} reports took {elapsed:.2f}s"


def test_deterministic_for_a_seed(tmp_path: Path) -> None:
    q1 = generate_corpus(tmp_path / "a", 40, seed=3, n_questions=10)
    q2 = generate_corpus(tmp_path / "b", 40, seed=3, n_questions=10)
    assert q1 == q2
    assert _read_corpus(tmp_path / "a") == _read_corpus(tmp_path / "b")
    assert (tmp_path / "a" / "questions.jsonl").read_bytes() == (tmp_path / "b" / "questions.jsonl").read_bytes()
    q3 = generate_corpus(tmp_path / "c", 40, seed=4, n_questions=10)
    assert _read_corpus(tmp_path / "c") != _read_corpus(tmp_path / "a")
    assert q3 != q1


def test_smaller_corpus_is_a_prefix_of_a_larger_one(tmp_path: Path) -> None:
    generate_corpus(tmp_path / "small", 15, seed=5, n_questions=0)
    generate_corpus(tmp_path / "big", 30, seed=5, n_questions=0)
    small, big = _read_corpus(tmp_path / "small"), _read_corpus(tmp_path / "big")
    assert all(big[name] == text for name, text in small.items())


def test_headers_parse(corpus) -> None:
    _, _, texts, _ = corpus
    for name, text in texts.items():
        lines = text.split("\n")
        title, date_label, date, source = lines[:4]
        city, bureau, year = name[:-4].split("_")[1:]
        assert city in title and year in title, (name, title)
        assert date_label == "日期:"
        assert re.fullmatch(r"20\d\d年\d\d月\d\d日 \d\d:\d\d", date), date
        assert source.startswith("来源:") and len(source) > 3 and city in source


def test_length_and_structure(corpus) -> None:
    _, _, texts, _ = corpus
    lengths = [len(t) for t in texts.values()]
    assert 4000 <= sum(lengths) / len(lengths) <= 8000
    assert sum(4000 <= n <= 8500 for n in lengths) / len(lengths) > 0.85
    joined = "\n".join(texts.values())
    for marker in ("一是", "二是", "扫一扫在手机打开当前页", "打印本页 关闭窗口", "\n|\n", "亿元", "《"):
        assert marker in joined, marker
    heading_styles = {
        "cn": r"^[一二三四五]、", "paren": r"^[（(][一二三四五][)）]", "chapter": r"^第[一二三四五]章 ",
        "arabic": r"^\d[.、]",
    }
    for style, rx in heading_styles.items():
        assert re.search(rx, joined, re.M), style
    # a year-plan paragraph "2015年，市科技局将…" in (nearly) every report
    plan = re.compile(r"^20\d\d年[，,].{0,20}(?:局|委)将", re.M)
    assert sum(bool(plan.search(t)) for t in texts.values()) == len(texts)


def test_variety(corpus) -> None:
    _, _, texts, _ = corpus
    assert len(CITIES) >= 30 and len(BUREAUS) >= 10
    cities = {n.split("_")[1] for n in texts}
    bureaus = {n.split("_")[2] for n in texts}
    years = {n.split("_")[3][:4] for n in texts}
    assert len(cities) >= 30 and len(bureaus) >= 10 and len(years) == 15
    for b in BUREAUS:
        assert len(b.metrics) >= 10 and len(b.objects) >= 12


def test_repeated_section_feature(corpus) -> None:
    _, _, texts, _ = corpus

    def has_repeat(text: str) -> bool:
        long_lines = [ln for ln in text.split("\n") if len(ln) >= 60]
        return any(c > 1 for c in Counter(long_lines).values())

    share = sum(has_repeat(t) for t in texts.values()) / len(texts)
    assert 0.08 <= share <= 0.35, share


def test_questions_are_unambiguous(corpus) -> None:
    _, questions, texts, _ = corpus
    assert len(questions) == 60
    assert len({q.id for q in questions}) == len(questions)
    assert len({q.question for q in questions}) == len(questions)
    assert {q.type for q in questions} == {"number", "fact"}
    for q in questions:
        holders = [name for name, text in texts.items() if q.evidence in text]
        assert holders == [q.source], (q.id, holders)
        assert texts[q.source].count(q.evidence) == 1
        assert q.answers and all(a and a in q.evidence for a in q.answers)
        city, bureau, year = q.source[:-4].split("_")[1:]
        assert city in q.question and bureau in q.question and year in q.question, q.question
        assert q.evidence not in q.question  # paraphrased, not copied
        if q.type == "number":  # the measure itself is named once in its report
            stem = q.evidence.replace(q.answers[0], "")
            assert texts[q.source].count(stem) == 1, (q.id, stem)


def test_question_triples_are_unique_in_corpus(corpus) -> None:
    _, questions, texts, _ = corpus
    triples = Counter(tuple(n[:-4].split("_")[1:]) for n in texts)
    for q in questions:
        assert triples[tuple(q.source[:-4].split("_")[1:])] == 1


def test_questions_jsonl_matches_eval_format(corpus) -> None:
    out, questions, _, _ = corpus
    rows = [json.loads(line) for line in (out / "questions.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len(questions)
    for row, q in zip(rows, questions):
        assert set(row) == {"id", "question", "type", "answers", "evidence"}
        assert row == {"id": q.id, "question": q.question, "type": q.type, "answers": q.answers,
                       "evidence": q.evidence}


def test_small_corpus_returns_what_it_can(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    qs = generate_corpus(tmp_path, 2, seed=1, n_questions=500)
    assert 0 < len(qs) < 500
    assert "could be made unambiguous" in caplog.text
    assert generate_corpus(tmp_path / "empty", 0) == []


def test_rejects_negative_sizes(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        generate_corpus(tmp_path, -1)


def test_cli(tmp_path: Path) -> None:
    assert main([str(tmp_path / "cli"), "--reports", "5", "--seed", "2", "--questions", "4"]) == 0
    assert len(list((tmp_path / "cli").glob("*.txt"))) == 5
    assert len((tmp_path / "cli" / "questions.jsonl").read_text(encoding="utf-8").splitlines()) == 4
