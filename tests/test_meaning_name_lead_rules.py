"""A term's meaning asked as "是什么意思", a name written before the class the question asks ("…的方针"), and a
lead paragraph's items answering only when they follow it: pure logic on synthetic text (thirty-fifth pass)."""
from __future__ import annotations

import numpy as np

from qa.answer.features import Scored, SpanContext
from qa.answer.kind_rules import class_follows, quoted_name
from qa.answer.question import analyze
from qa.answer.span_choice import definition
from qa.answer.spans import passage_spans
from qa.ingest.chunking import Chunk


def _cands(text: str, question: str) -> list[Scored]:
    from qa.answer.boundaries import question_gap
    left, right = question_gap(question)
    chunk = Chunk("c1", "doc.txt", text, 0, len(text), (), "paragraph", 0)
    ctx = SpanContext(text, 0, 0.5, 0, 1.0)
    return [Scored(chunk, sp, text[sp.start:sp.end], ctx, None) for sp in passage_spans(text, left, right)]


def test_a_term_asked_what_it_means_is_answered_by_the_clause_defining_it() -> None:
    text = "搞好调控，要适时适度调整政策的力度和重点。适时，就是把握好措施出台的时机，防患于未然。"
    question = "2041年报告解释调控要“适时”，具体是什么意思？"
    cands = _cands(text, question)
    masked = np.array([0.4 if "调整政策" in c.text else 0.0 for c in cands])
    chosen = cands[definition(analyze(question), cands, masked, int(np.argmax(masked)))].text
    assert chosen.startswith("适时，就是把握好措施出台的时机")
    # no meaning asked, or the term defined nowhere: the best stays
    other = "2041年报告说调控要“适时”，具体要调整什么？"
    assert definition(analyze(other), cands, masked, int(np.argmax(masked))) == int(np.argmax(masked))
    cands = _cands("搞好调控，要适时适度调整政策的力度和重点。", question)
    masked = np.zeros(len(cands))
    assert definition(analyze(question), cands, masked, 0) == 0


def test_a_name_written_before_the_asked_class_is_not_replaced_by_a_quote() -> None:
    text = "要贯彻工业反哺农业、城市支持农村的方针，加大对“三农”的支持力度。"
    info = analyze("2041年建设新农村要贯彻什么方针？")
    s, e = text.index("工业"), text.index("的方针")
    assert class_follows(info, text, e) and class_follows(info, text, e + len("的方针"))
    assert quoted_name(info, text, 0, len(text), s, e) is None
    # a span not before the class: the quoted name nearest it is the answer
    s2, e2 = text.index("加大"), text.index("的支持")
    assert quoted_name(info, text, 0, len(text), s2, e2) == (text.index("“三农”"), text.index("“三农”") + 4)


def test_a_where_question_is_answered_by_a_span_of_the_sentence_naming_where() -> None:
    from qa.answer.span_choice import place_given
    text = "从今年起用两年时间，全部免除农村义务教育学杂费，今年在西部地区实施，明年扩大到中部地区。"
    cands = _cands(text, "第一年先在哪里实施？")
    masked = np.array([0.4 if c.text == "从今年起用两年时间，全部免除农村义务教育学杂费" else
                       0.3 if "今年在西部地区实施" in c.text else 0.0 for c in cands])
    best = int(np.argmax(masked))
    assert "西部地区" in cands[place_given(analyze("2041年免除学杂费，第一年先在哪里实施？"), cands, masked, best)].text
    assert place_given(analyze("2041年免除学杂费用了几年？"), cands, masked, best) == best  # no place asked
