"""Clause vectors: embedded once, kept beside the index, never wrong after the text or the embedder changed."""
from __future__ import annotations

import threading

import numpy as np
import pytest

from qa.answer.clause_vectors import ClauseVectors


class CountingEmbeddings:
    """A deterministic fake: the vector depends on the text only; counts what it was asked to embed."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.calls.append(list(texts))
        out = []
        for t in texts:
            rng = np.random.default_rng(abs(hash(t)) % (2**32))
            v = rng.normal(size=8)
            out.append((v / np.linalg.norm(v)).tolist())
        return out

    @property
    def embedded(self) -> int:
        return sum(len(c) for c in self.calls)


TEXTS = [f"第{i}条：城镇新增就业{i}万人" for i in range(20)]


def test_get_many_embeds_each_text_once_and_keeps_order():
    emb, cv = CountingEmbeddings(), ClauseVectors()
    a = cv.get_many(emb, TEXTS[:5])
    b = cv.get_many(emb, [TEXTS[4], TEXTS[0], TEXTS[7]])
    assert emb.embedded == 6
    assert np.allclose(b[0], a[4]) and np.allclose(b[1], a[0])
    assert np.allclose(b[2], emb.embed_documents([TEXTS[7]])[0])


def test_warm_saves_and_a_new_process_loads_without_embedding(tmp_path):
    path = tmp_path / "clause_vectors.npz"
    emb = CountingEmbeddings()
    cv = ClauseVectors(path, "fake-8")
    assert cv.warm(emb, TEXTS, batch=3) == 20
    assert path.exists() and all(len(c) <= 3 for c in emb.calls)
    first = cv.get_many(emb, TEXTS)
    again, emb2 = ClauseVectors(path, "fake-8"), CountingEmbeddings()
    assert len(again) == 20
    assert np.array_equal(again.get_many(emb2, TEXTS), first) and emb2.embedded == 0
    assert again.warm(emb2, TEXTS) == 0 and emb2.embedded == 0


def test_warm_drops_clauses_no_longer_in_the_corpus_and_embeds_only_new_ones(tmp_path):
    path = tmp_path / "cv.npz"
    emb = CountingEmbeddings()
    ClauseVectors(path, "fake-8").warm(emb, TEXTS[:10])
    cv = ClauseVectors(path, "fake-8")
    emb2 = CountingEmbeddings()
    assert cv.warm(emb2, TEXTS[5:15]) == 5
    assert sorted(t for c in emb2.calls for t in c) == sorted(TEXTS[10:15])
    assert len(ClauseVectors(path, "fake-8")) == 10


def test_another_embedders_vectors_are_never_used(tmp_path):
    path = tmp_path / "cv.npz"
    ClauseVectors(path, "fake-8").warm(CountingEmbeddings(), TEXTS)
    assert len(ClauseVectors(path, "other-384")) == 0


@pytest.mark.parametrize("content", [b"", b"not a zip at all", b"PK\x03\x04 torn"])
def test_an_unreadable_file_costs_a_re_embedding_not_an_answer(tmp_path, content):
    path = tmp_path / "cv.npz"
    path.write_bytes(content)
    cv, emb = ClauseVectors(path, "fake-8"), CountingEmbeddings()
    assert len(cv) == 0
    assert cv.get_many(emb, TEXTS[:2]).shape == (2, 8)
    assert cv.warm(emb, TEXTS[:4]) == 2  # the two a question embedded are kept
    assert len(ClauseVectors(path, "fake-8")) == 4 and emb.embedded == 4


def test_warm_stops_on_cancel_and_lets_questions_go_first():
    emb, cv = CountingEmbeddings(), ClauseVectors()
    cancel, pauses = threading.Event(), []

    def pause() -> None:
        pauses.append(1)
        if len(pauses) == 3:
            cancel.set()

    assert cv.warm(emb, TEXTS, batch=4, cancel=cancel, pause=pause) == 12
    assert len(pauses) == 3


def test_the_lru_of_question_clauses_is_bounded():
    emb, cv = CountingEmbeddings(), ClauseVectors(size=5)
    cv.get_many(emb, TEXTS[:12])
    assert len(cv) == 5


def test_digests_ending_in_zero_bytes_survive_a_save(tmp_path, monkeypatch):
    """A digest is raw bytes: one that ends in NUL must load as itself (a fixed-width bytes dtype drops it)."""
    from qa.answer import clause_vectors

    monkeypatch.setattr(clause_vectors, "_key", lambda text: text.encode("utf-8").ljust(16, b"\0")[:16])
    path = tmp_path / "cv.npz"
    ClauseVectors(path, "fake-8").warm(CountingEmbeddings(), ["ab", "abc", "x"])
    emb = CountingEmbeddings()
    assert ClauseVectors(path, "fake-8").warm(emb, ["ab", "abc", "x"]) == 0 and emb.embedded == 0
