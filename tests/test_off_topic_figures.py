"""A best figure whose sentence names nothing asked gives way to a close one that does (session 43)."""
from __future__ import annotations

import numpy as np

from qa.answer.features import Scored, SpanContext
from qa.answer.near_misses import past_off_topic
from qa.answer.question import analyze
from qa.answer.spans import passage_spans
from qa.ingest.chunking import Chunk


def _cands(text: str, chunk_id: str = "c1") -> list[Scored]:
    chunk = Chunk(chunk_id, "doc.txt", text, 0, len(text), (), "paragraph", 0)
    ctx = SpanContext(text, 0, 0.5, 0, 1.0)
    return [Scored(chunk, sp, text[sp.start:sp.end], ctx, None) for sp in passage_spans(text)]


def test_an_off_topic_best_figure_gives_way_to_a_close_one_that_names_what_is_asked() -> None:
    one = [c for c in _cands("新建高速公路15个路段，全年竣工。", "a") if c.span.kind == "qty"]
    two = [c for c in _cands("取消评比达标表彰项目29项、职业资格许可事项149项。", "b") if c.span.kind == "qty"]
    cands = one + two
    names = [c.text for c in cands]
    info = analyze("去年砍掉的评比、达标、表彰项目有多少个？")

    def off_topic(i: int) -> bool:  # a stand-in for the reader's check: the sentence must name 表彰
        return "表彰" not in cands[i].chunk.text

    def never(i: int) -> str:
        return ""

    scores = np.array([{"15个": 0.43, "29项": 0.41, "149项": 0.30}[n] for n in names])
    assert names[past_off_topic(info, cands, scores, names.index("15个"), off_topic, never)] == "29项"
    far = np.array([{"15个": 0.60, "29项": 0.41, "149项": 0.30}[n] for n in names])
    assert names[past_off_topic(info, cands, far, names.index("15个"), off_topic, never)] == "15个"  # beyond the margin
    assert names[past_off_topic(info, cands, scores, names.index("15个"), off_topic,
                                lambda i: "miss" if names[i] == "29项" else "")] == "15个"  # a near miss of its own
    assert names[past_off_topic(analyze("去年砍掉了哪些评比项目？"), cands, scores, names.index("15个"), off_topic,
                                never)] == "15个"  # number questions only
    assert names[past_off_topic(analyze("How many award programmes were cut last year?"), cands, scores,
                                names.index("15个"), off_topic, never)] == "15个"  # Chinese questions only
