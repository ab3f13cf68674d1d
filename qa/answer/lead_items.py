"""A heading's points as the answer to a list question: the short sentences that open the paragraphs under it
("（一）用改革的办法深入推进“三去一降一补”" → "扎实有效去产能；因城施策去库存；积极稳妥去杠杆；…"). Reports often set
a part's points as such lead sentences (printed in bold) rather than numbering them."""
from __future__ import annotations

import re
from collections.abc import Sequence

from qa.answer.question import QuestionInfo
from qa.answer.spans import Span
from qa.ingest.chunking import Chunk

# a paragraph's lead: a short sentence without a comma or colon ("扎实有效去产能。")
_LEAD = re.compile(r"([^，,。；;：:！!？?、\s]{4,16})。")
_DASHED = re.compile(r"(——[^，,。；;：:！!？?\s]{2,30})[，,。；;]")  # "——必须坚持推进改革开放。": a dash opens each point
LEADS_MAX = 12  # points under one heading: more is not a list of its points
Cited = tuple[Chunk, int, int, float]


class LeadItems:
    """The lead sentences of the paragraphs under a heading, read over the chunks that follow it in its report."""

    def __init__(self, chunks: Sequence[Chunk]) -> None:
        self.chunks = chunks
        self._at = {(c.source, c.ordinal): i for i, c in enumerate(chunks)}

    def answer(self, info: QuestionInfo, chunk: Chunk, span: Span) -> tuple[str, list[Cited]] | None:
        """The points the best span's heading or announcing clause sets out, as their lead sentences: under the
        heading the span lies in (its chunk writes it), when two or more paragraphs and at least two in three open on
        one; after a clause ending its paragraph with a colon ("我们的主要体会是："), the paragraphs that follow as
        long as each opens on one ("——必须坚持…"). As many as the question counts, if it does."""
        if info.qtype != "list" or not chunk.path:
            return None
        heading = chunk.path[-1]
        at = chunk.text.find(heading)  # (a short heading above it may share its chunk)
        if at >= 0 and at <= span.start < at + len(heading):
            leads, paragraphs = self._leads(chunk, run=False)
            if 3 * len(leads) < 2 * paragraphs:
                return None
        elif chunk.text.rstrip().endswith(("：", ":")) and span.start >= _last_sentence(chunk.text):
            leads, _ = self._leads(chunk, run=True)
        else:
            return None
        if not 2 <= len(leads) <= LEADS_MAX or (info.count and info.count != len(leads)):
            return None
        return "；".join(c.text[s:e] for c, s, e, _ in leads), leads

    def _leads(self, chunk: Chunk, run: bool) -> tuple[list[Cited], int]:
        """The leads of the paragraphs after ``chunk`` in its part, and how many paragraphs there are; with ``run``,
        only as far as each paragraph opens on one."""
        leads: list[Cited] = []
        paragraphs, end, k = 0, chunk.end, chunk.ordinal + 1
        while (i := self._at.get((chunk.source, k))) is not None:
            c = self.chunks[i]
            if c.path[:len(chunk.path)] != chunk.path:  # the next part begins
                break
            if c.start > end:  # a new paragraph (not the next piece of a long one)
                paragraphs += 1
                m = _DASHED.match(c.text) or _LEAD.match(c.text)
                if m:
                    leads.append((c, 0, m.end(1), 1.0))
                elif run:
                    break
            end, k = c.end, k + 1
        return leads, paragraphs


def _last_sentence(text: str) -> int:
    """Where the last sentence of ``text`` starts."""
    body = text.rstrip()
    return max(body.rfind(mark, 0, len(body) - 1) for mark in "。！？!?\n") + 1
