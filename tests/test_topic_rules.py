"""In a short article every sentence is about the topic its title names: a question's other words say which
sentence answers (qa.answer.topic_rules)."""
from __future__ import annotations

import numpy as np

from qa.answer.features import Scored, SpanContext
from qa.answer.spans import passage_spans
from qa.answer.topic_rules import around, detail_sentences
from qa.ingest.chunking import Chunk

ARTICLE = ("南湖鱼为辐鳍鱼纲鲈形目的其中一种，俗名湖青。本鱼分布于北湖及西江水域。"
           "鳞片呈银白色，背部略带青色。2009年被列为保护物种。")


def _cands(text: str, title: str = "南湖鱼", source: str = "南湖鱼.txt") -> list[Scored]:
    chunk = Chunk("c1", source, text, 0, len(text), (), "paragraph", 0, title=title)
    ctx = SpanContext(text, 0, 0.5, 0, 1.0)
    return [Scored(chunk, sp, text[sp.start:sp.end], ctx, None) for sp in passage_spans(text)]


def _opening(cands: list[Scored]) -> int:
    return next(i for i, c in enumerate(cands) if c.span.sent_start == 0)


def test_a_detail_asked_moves_the_answer_from_the_opening_sentence_to_the_sentence_naming_it() -> None:
    cands = _cands(ARTICLE)
    terms = [("南湖鱼", 3.0), ("鳞片", 2.5), ("颜色", 1.0)]  # 南湖鱼的鳞片是什么颜色?
    mask = detail_sentences(terms, cands, _opening(cands), np.ones(len(cands), bool))
    assert mask is not None and mask.any()
    assert all("鳞片" in around(c) for c, m in zip(cands, mask) if m)
    assert not any(m for c, m in zip(cands, mask) if c.span.sent_start == 0)


def test_the_rule_keeps_the_answer_when_its_sentence_shares_a_character_with_the_detail() -> None:
    cands = _cands(ARTICLE)
    terms = [("南湖鱼", 3.0), ("俗称", 2.0)]  # "俗名" in the opening sentence shares 俗 with 俗称
    assert detail_sentences(terms, cands, _opening(cands), np.ones(len(cands), bool)) is None


def test_a_number_of_the_question_in_the_answers_sentence_keeps_it() -> None:
    text = "南湖鱼2009年被列为保护物种，由北湖渔业局负责。本鱼的保护等级在保护名录中为二级。"
    cands = _cands(text)
    best = next(i for i, c in enumerate(cands) if "北湖渔业局" in c.text)
    terms = [("南湖鱼", 3.0), ("2009", 2.0), ("名录", 2.0)]  # 2009年南湖鱼被列入什么名录?
    assert detail_sentences(terms, cands, best, np.ones(len(cands), bool)) is None
    without_year = [("南湖鱼", 3.0), ("名录", 2.0)]
    assert detail_sentences(without_year, cands, best, np.ones(len(cands), bool)) is not None


def test_nothing_changes_without_a_detail_word_or_a_sentence_that_names_it() -> None:
    cands = _cands(ARTICLE)
    allowed = np.ones(len(cands), bool)
    assert detail_sentences([("南湖鱼", 3.0)], cands, _opening(cands), allowed) is None  # only the topic
    assert detail_sentences([("南湖鱼", 3.0), ("哪些地方", 1.0)], cands, _opening(cands), allowed) is None  # a question word's term
    assert detail_sentences([("南湖鱼", 3.0), ("寿命", 2.0)], cands, _opening(cands), allowed) is None  # no sentence says it
    named = [("南湖鱼", 3.0), ("鳞片", 2.5)]
    detail = np.array(["鳞片" in around(c) for c in cands])
    assert detail_sentences(named, cands, _opening(cands), allowed & ~detail) is None  # none of them allowed


def test_another_articles_sentence_is_never_chosen() -> None:
    cands = _cands(ARTICLE) + _cands("北湖鱼鳞片呈金黄色。", title="北湖鱼", source="北湖鱼.txt")
    mask = detail_sentences([("南湖鱼", 3.0), ("鳞片", 2.5)], cands, _opening(cands), np.ones(len(cands), bool))
    assert mask is not None and not any(m for c, m in zip(cands, mask) if c.chunk.source == "北湖鱼.txt")


def test_a_document_named_by_its_title_holds_the_answer() -> None:
    from qa.answer.topic_rules import named_documents

    south = _cands(ARTICLE)
    north = _cands("北湖鱼鳞片呈金黄色。", title="北湖鱼", source="北湖鱼.txt")
    yellow = _cands("黄南湖鱼鳞片呈淡黄色。", title="黄南湖鱼 (鱼类)", source="黄南湖鱼.txt")
    cands = north + south + yellow
    allowed = np.ones(len(cands), bool)
    on = lambda mask: {c.chunk.source for c, m in zip(cands, mask) if m}  # noqa: E731
    assert on(named_documents("南湖鱼的鳞片是什么颜色?", cands, 0, allowed, {}, 20)) == {"南湖鱼.txt"}
    assert on(named_documents("黄南湖鱼的鳞片是什么颜色?", cands, 0, allowed, {}, 20)) == {"黄南湖鱼.txt"}  # the longest title
    assert named_documents("北湖鱼的鳞片是什么颜色?", cands, 0, allowed, {}, 20) is None  # the best span's own document
    assert named_documents("这种鱼的鳞片是什么颜色?", cands, 0, allowed, {}, 20) is None  # no title named
    south_only = np.array([c.chunk.source == "南湖鱼.txt" for c in cands])
    assert named_documents("南湖鱼的鳞片是什么颜色?", cands, 0, ~south_only, {}, 20) is None  # none of its spans allowed
    common = {"南湖鱼": 21}  # a title many passages use is where the question is set, not what it is about
    assert named_documents("南湖鱼的鳞片是什么颜色?", cands, 0, allowed, common, 20) is None


def test_narrowed_takes_the_named_article_then_the_sentence_naming_the_detail() -> None:
    from qa.answer.question import analyze
    from qa.answer.topic_rules import narrowed

    cands = _cands("北湖鱼鳞片呈金黄色。", title="北湖鱼", source="北湖鱼.txt") + _cands(ARTICLE)
    logits = np.array([5.0 if c.chunk.source == "北湖鱼.txt" else 1.0 - c.span.sent_start / 100 for c in cands])
    terms = [("南湖鱼", 3.0), ("鳞片", 2.5), ("颜色", 1.0)]
    allowed = narrowed(analyze("南湖鱼的鳞片是什么颜色?"), terms, cands, logits, np.ones(len(cands), bool), {}, 20,
                       lambda source: True)
    best = cands[int(np.argmax(np.where(allowed, logits, -np.inf)))]
    assert best.chunk.source == "南湖鱼.txt" and "鳞片" in around(best)
    long = narrowed(analyze("南湖鱼的鳞片是什么颜色?"), terms, cands, logits, np.ones(len(cands), bool), {}, 20,
                    lambda source: False)  # not a short article: only the named document
    assert {c.chunk.source for c, a in zip(cands, long) if a} == {"南湖鱼.txt"}


def test_a_title_line_does_not_answer_what_is_asked_about_its_topic() -> None:
    from qa.answer.question import analyze
    from qa.answer.topic_rules import body_of

    head = "南湖鱼 (鱼类)"
    title = Chunk("h1", "南湖鱼.txt", head, 0, len(head), ("文档信息",), "header", 0, title=head)
    cands = [Scored(title, passage_spans(head)[0], head, SpanContext(head, 0, 0.5, 0, 1.0), None)]
    cands += _cands(ARTICLE, title=head) + _cands("北湖鱼鳞片呈金黄色。", title="北湖鱼", source="北湖鱼.txt")
    body = body_of(analyze("南湖鱼的鳞片是什么颜色?"), cands, 0)
    assert body is not None and not body[0] and body[1:].any()
    assert {c.chunk.source for c, b in zip(cands, body) if b} == {"南湖鱼.txt"}  # its own article's body only
    assert body_of(analyze("南湖鱼的鳞片是什么颜色?"), cands, 1) is None  # the best is already in the body
    assert body_of(analyze("这份文件的标题是什么?"), cands, 0) is None  # a question about the document itself
