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
LEADS_MAX = 12  # points under one heading: more is not a list of its points
Cited = tuple[Chunk, int, int, float]


class LeadItems:
    """The lead sentences of the paragraphs under a heading, read over the chunks that follow it in its report."""

    def __init__(self, chunks: Sequence[Chunk]) -> None:
        self.chunks = chunks
        self._at = {(c.source, c.ordinal): i for i, c in enumerate(chunks)}

    def answer(self, info: QuestionInfo, chunk: Chunk, span: Span) -> tuple[str, list[Cited]] | None:
        """The leads of the paragraphs under the heading the best span lies in (its chunk writes it), when two or
        more paragraphs and at least two in three open on one (as many as the question counts, if it does)."""
        if info.qtype != "list" or not chunk.path:
            return None
        heading = chunk.path[-1]
        at = chunk.text.find(heading)  # (a short heading above it may share its chunk)
        if at < 0 or not at <= span.start < at + len(heading):
            return None
        leads: list[Cited] = []
        paragraphs, end, k = 0, chunk.end, chunk.ordinal + 1
        while (i := self._at.get((chunk.source, k))) is not None:
            c = self.chunks[i]
            if c.path[:len(chunk.path)] != chunk.path:  # the next part begins
                break
            if c.start > end:  # a new paragraph (not the next piece of a long one)
                paragraphs += 1
                m = _LEAD.match(c.text)
                if m:
                    leads.append((c, 0, m.end(1), 1.0))
            end, k = c.end, k + 1
        if not 2 <= len(leads) <= LEADS_MAX or 3 * len(leads) < 2 * paragraphs \
                or (info.count and info.count != len(leads)):
            return None
        return "；".join(c.text[s:e] for c, s, e, _ in leads), leads
