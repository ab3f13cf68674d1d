"""The app's reader warm-up through the real model and index: clause vectors embedded once, saved beside the
index, loaded by the next process, and answers exactly as without them."""
from __future__ import annotations

from qa import ReportQA
from qa.answer.clause_vectors import FILE_NAME

QUESTIONS = ["2014年全年专利授权量是多少?", "What was the growth rate of GDP in 2014?", "去年城镇新增就业多少人?"]


def test_warm_reader_saves_clause_vectors_and_answers_do_not_change(index_copy):
    corpus, index_dir = index_copy
    engine = ReportQA.open(corpus=str(corpus), index_dir=str(index_dir), build="never")
    engine.extractor.vectors.clear()
    before = [engine.ask(q) for q in QUESTIONS]
    engine.warm_reader(block=True)
    saved = engine.store.root / FILE_NAME  # the collection's, kept across generations
    assert saved.exists()
    n = len(engine.extractor.corpus_clauses())

    again = ReportQA.open(corpus=str(corpus), index_dir=str(index_dir), build="never")
    assert len(again.extractor.vectors) == n  # loaded, nothing embedded
    calls = []
    inner = again.embeddings.embed_documents
    again.embeddings.embed_documents = lambda texts: calls.append(texts) or inner(texts)
    after = [again.ask(q) for q in QUESTIONS]
    assert calls == []  # every clause the reader compared came from the saved vectors
    for a, b in zip(before, after):
        assert (a.answer, a.abstained) == (b.answer, b.abstained)
        assert abs(a.confidence - b.confidence) < 1e-9
        assert [c.quote for c in a.citations] == [c.quote for c in b.citations]


def test_clause_vectors_outlive_a_rebuild(index_copy):
    corpus, index_dir = index_copy
    engine = ReportQA.open(corpus=str(corpus), index_dir=str(index_dir), build="never")
    engine.warm_reader(block=True)
    n = len(engine.extractor.vectors)
    rebuilt = ReportQA.open(corpus=str(corpus), index_dir=str(index_dir), build="force")  # a new generation
    assert rebuilt.data.gen_dir != engine.data.gen_dir
    assert len(rebuilt.extractor.vectors) == n  # keyed by clause text: nothing to embed again
