"""`python -m qa …` in subprocesses: index, ask (single, --json, stdin batch), eval, and bad input.

One index per module, built by the CLI itself (``python -m qa index``) in a tmp folder.
"""
from __future__ import annotations

import json
import re
import shutil

import pytest

from conftest import EVAL_FILE, SEEDS, run_cli

pytestmark = pytest.mark.integration

CITATION_KEYS = {"text", "quote", "section", "source", "chunk_id", "start", "end", "score"}


@pytest.fixture(scope="module")
def cli_index(tmp_path_factory):
    base = tmp_path_factory.mktemp("cli")
    corpus = base / "corpus"
    shutil.copytree(SEEDS, corpus)
    idx = base / "index"
    proc = run_cli("index", "--corpus", str(corpus), "--index-dir", str(idx))
    return corpus, idx, proc


def _args(cli_index) -> list[str]:
    corpus, idx, _ = cli_index
    return ["--corpus", str(corpus), "--index-dir", str(idx)]


def _one_line_error(proc) -> str:
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    return lines[0]


def test_index_builds_and_prints_counts(cli_index):
    corpus, idx, proc = cli_index
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    m = re.search(r"built: 1 added, 0 updated, 0 removed, 0 unchanged; (\d+) chunks \((\d+) embedded, 0 reused\)", proc.stdout)
    assert m, proc.stdout
    assert int(m.group(1)) == int(m.group(2)) > 10
    assert (idx / "default" / "CURRENT").exists()
    # a second run finds the index current and embeds nothing
    again = run_cli("index", *_args(cli_index))
    assert again.returncode == 0, again.stderr
    assert re.search(r"index is current: .*1 unchanged; \d+ chunks \(0 embedded", again.stdout), again.stdout


def test_ask_prints_answer_and_citations(cli_index):
    proc = run_cli("ask", "全市技术合同成交总金额是多少?", *_args(cli_index))
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert "530.53亿元" in lines[0]
    first = next(line.strip() for line in lines if line.strip().startswith("[1] "))
    assert "(000_e198b29a7063dd32.txt) › " in first  # the report's title, then its file name
    assert "Traceback" not in proc.stderr


def test_ask_json_single(cli_index):
    proc = run_cli("ask", "这篇文章是哪天发布的?", "--json", *_args(cli_index))
    assert proc.returncode == 0, proc.stderr
    d = json.loads(proc.stdout)
    assert {"question", "answer", "abstained", "citations"} <= set(d)
    assert d["question"] == "这篇文章是哪天发布的?"
    assert "2015年01月10日" in d["answer"] and d["abstained"] is False
    assert CITATION_KEYS <= set(d["citations"][0])


def test_ask_json_stdin_batch_keeps_order(cli_index):
    questions = ["全市技术合同成交总金额是多少?", "How big is the science and technology start-up seed fund?", "西安市科技局局长叫什么名字?"]
    proc = run_cli("ask", "--json", "-", *_args(cli_index), stdin="\n".join(questions) + "\n")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    assert len(rows) == 3
    assert [r["question"] for r in rows] == questions
    for r in rows:
        assert {"question", "answer", "abstained", "citations"} <= set(r)
        for c in r["citations"]:
            assert CITATION_KEYS <= set(c)
            assert c["quote"] in c["text"]
    assert "530.53亿元" in rows[0]["answer"] and not rows[0]["abstained"]
    assert rows[2]["abstained"] is True and rows[2]["citations"] == []


def test_ask_stdin_batch_reports_a_bad_line_in_place(cli_index):
    lines = ["这篇文章的来源是哪里?", "问" * 2001, "", "全市技术合同成交总金额是多少?"]
    proc = run_cli("ask", "--json", "-", *_args(cli_index), stdin="\n".join(lines) + "\n")
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    assert len(rows) == 3, "blank lines are skipped, the bad one is answered with an error"
    assert "科技部" in rows[0]["answer"]
    assert "error" in rows[1] and "2001" in rows[1]["error"] and rows[1]["citations"] == []
    assert "530.53亿元" in rows[2]["answer"]


def test_eval_on_a_small_file(cli_index, tmp_path):
    rows = [json.loads(line) for line in EVAL_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]
    pick = [r for r in rows if r["type"] == "number"][:2] + [r for r in rows if r["type"] == "fact"][:1] + \
        [r for r in rows if r["type"] == "list"][:1] + [r for r in rows if r["type"] == "unanswerable"][:1]
    f = tmp_path / "five.jsonl"
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in pick) + "\n", encoding="utf-8")
    proc = run_cli("eval", str(f), "--json", *_args(cli_index))
    assert proc.returncode == 0, proc.stderr
    d = json.loads(proc.stdout)
    assert d["overall"]["n"] == 5
    for key in ("answer_accuracy", "evidence@1", "evidence@3", "abstention_unanswerable", "false_abstention"):
        assert key in d["overall"]
    assert set(d["by_type"]) == {"number", "fact", "list", "unanswerable"}
    assert len(d["rows"]) == 5
    assert [r["id"] for r in d["rows"]] == [r["id"] for r in pick]
    # --threshold overrides the reader's: at 1 it abstains on every answer it is not certain of (the curve's end;
    # a header field read off the document is certain)
    proc = run_cli("eval", str(f), "--json", "--threshold", "1", *_args(cli_index))
    assert proc.returncode == 0, proc.stderr
    rows1 = json.loads(proc.stdout)["rows"]
    assert all(r["abstained"] or r["confidence"] == 1.0 for r in rows1)
    assert sum(r["abstained"] for r in rows1) > sum(r["abstained"] for r in d["rows"])
    line = _one_line_error(run_cli("eval", str(f), "--threshold", "2", *_args(cli_index)))
    assert "--threshold" in line


# --------------------------------------------------------------------------- bad input
@pytest.mark.parametrize("question", ["", "   "])
def test_empty_question(cli_index, question):
    proc = run_cli("ask", question, *_args(cli_index))
    line = _one_line_error(proc)
    assert "empty" in line


def test_too_long_question(cli_index):
    line = _one_line_error(run_cli("ask", "问" * 2001, *_args(cli_index)))
    assert "too long" in line


def test_missing_corpus_folder(cli_index, tmp_path):
    _, idx, _ = cli_index
    line = _one_line_error(run_cli("ask", "全市技术合同成交总金额是多少?", "--corpus", str(tmp_path / "nope"), "--index-dir", str(tmp_path / "i")))
    assert "nope" in line
    line = _one_line_error(run_cli("index", "--corpus", str(tmp_path / "nope"), "--index-dir", str(tmp_path / "i")))
    assert "nope" in line


def test_corrupt_index(cli_index, tmp_path):
    corpus, idx, _ = cli_index
    broken = tmp_path / "broken"
    shutil.copytree(idx, broken)
    gen = (broken / "default" / "CURRENT").read_text(encoding="utf-8").strip()
    (broken / "default" / gen / "manifest.json").write_bytes(b"\x00\xffnot a manifest")
    line = _one_line_error(run_cli("ask", "全市技术合同成交总金额是多少?", "--corpus", str(corpus), "--index-dir", str(broken)))
    assert "damaged" in line and "--rebuild" in line
    # the module's own index is untouched
    ok = run_cli("ask", "这篇文章是哪天发布的?", "--json", *_args(cli_index))
    assert ok.returncode == 0 and "2015年01月10日" in json.loads(ok.stdout)["answer"]


def test_bad_eval_file(cli_index, tmp_path):
    f = tmp_path / "bad.jsonl"
    f.write_text('{"id": "x1", "question": "q?", "type": "number", "answers": ["1"]}\n{not json\n', encoding="utf-8")
    line = _one_line_error(run_cli("eval", str(f), *_args(cli_index)))
    assert "bad.jsonl:2" in line
    line = _one_line_error(run_cli("eval", str(tmp_path / "missing.jsonl"), *_args(cli_index)))
    assert "missing.jsonl" in line


def test_unknown_embedder(cli_index, tmp_path):
    corpus, _, _ = cli_index
    line = _one_line_error(run_cli("index", "--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "--embedder", "no-such-model"))
    assert "no-such-model" in line


def test_index_reader_prepares_clause_vectors_once(index_copy):
    corpus, idx = index_copy
    args = ["--corpus", str(corpus), "--index-dir", str(idx), "--reader"]
    first = run_cli("index", *args)
    assert first.returncode == 0, first.stderr
    m = re.search(r"reader ready: (\d+) clause vectors", first.stdout)
    assert m and int(m.group(1)) > 100, first.stdout
    saved = idx / "default" / "clause_vectors.npz"
    stamp = saved.stat().st_mtime_ns
    again = run_cli("index", *args)  # nothing new to embed: the saved vectors are loaded, the file left alone
    assert again.returncode == 0, again.stderr
    assert f"reader ready: {m.group(1)} clause vectors" in again.stdout
    assert saved.stat().st_mtime_ns == stamp
