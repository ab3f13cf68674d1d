"""A year summed up in one sentence of a longer passage is lifted into the passages read (qa.retrieve.year_sentences):
pure logic on synthetic passages."""
from __future__ import annotations

from dataclasses import dataclass

from conftest import year_index

from qa.ingest.chunking import Chunk
from qa.retrieve.year_sentences import YearSentences, lift
from qa.text import tokenize

PASSAGES = [
    # the 2031 report: a paragraph about banks that ends with the sum-up of 2030
    ("a", 2031, "金融体系运行稳健，银行资本充足率提升。２０３０年，地区生产总值增长6.4%，城镇新增就业53万人。"),
    ("b", 2031, "2030年，我们加强了金融监管。城镇新增就业是民生之本。"),  # the year and the words, apart
    ("c", 2030, "今年的主要预期目标是：地区生产总值增长6%左右；城镇新增就业50万人。"),  # no year written
    ("d", 2035, "2030年，城镇新增就业53万人。"),  # a report of another year
]


def _index() -> YearSentences:
    return year_index(PASSAGES)


def test_the_sentence_must_write_the_year_beside_the_questions_words() -> None:
    idx = _index()
    assert idx.find(2030, tokenize("2030年城镇新增就业多少人?")) == [0]  # full-width digits read too
    assert idx.find(2029, tokenize("2029年城镇新增就业多少人?")) == []  # no sentence writes 2029
    assert idx.find(2030, tokenize("2030年粮食产量是多少?")) == []  # the year, but not the question's words
    assert idx.find(2030, ["2030"]) == []  # no word to match


@dataclass
class _Hit:
    chunk: Chunk


def test_lift_moves_or_adds_the_passages_after_the_first_hits() -> None:
    chunks = {cid: Chunk(cid, "r.txt", cid, 0, 1, (), "paragraph", 0) for cid in "pqrstu"}
    hits = [_Hit(chunks[c]) for c in "pqrst"]
    order = lambda hs: "".join(h.chunk.chunk_id for h in hs)  # noqa: E731
    assert order(lift(hits, ["t"], lambda cid: _Hit(chunks[cid]), at=2)) == "pqtrs"
    assert order(lift(hits, ["u"], lambda cid: _Hit(chunks[cid]), at=2)) == "pqurst"  # not found by the search
    assert order(lift(hits, ["q"], lambda cid: _Hit(chunks[cid]), at=2)) == "pqrst"  # already among the first
    assert lift(hits, [], lambda cid: _Hit(chunks[cid])) is hits
