"""A section's items as the answer to "哪几项/分别是什么": the outline's labels, not a clause about them."""
from __future__ import annotations

import re
from typing import Callable

from qa.answer.enumerations import sentence_heads
from qa.answer.question import QuestionInfo
from qa.answer.spans import Span
from qa.ingest.chunking import Chunk

MAX_ANSWER = 120  # characters of an answer (the item heads may take twice that)


def structural_list(info: QuestionInfo, terms: list[tuple[str, float]], chunk: Chunk, span: Span,
                    chunks: list[Chunk], siblings: dict[tuple[str, str], list[int]],
                    coverage: Callable[[list[tuple[str, float]], str], float]):
    """Answer "哪几项/分别是什么" about a section from its enumerated items (the outline, not a clause)."""
    if chunk.kind == "item":
        idxs = siblings.get((chunk.source, chunk.parent), [])
    else:  # a lead paragraph ("…抓好三项重点工作：") whose items follow under its own path
        idxs = siblings.get((chunk.source, chunk.section), [])
        if not idxs or not 0 < chunks[idxs[0]].ordinal - chunk.ordinal <= 1:  # right before the items
            return None
    first: dict[str, Chunk] = {}
    for i in idxs:
        first.setdefault(chunks[i].item, chunks[i])
    if len(first) < 2:
        return None
    parent_cov = coverage(terms, chunk.parent)
    lead = chunks[idxs[0]]  # "必须把握好以下原则：一是…": the first item's chunk may open with the lead
    at = lead.text.find(lead.item) if lead.item else -1
    if at > 0:
        parent_cov = max(parent_cov, coverage(terms, lead.text[:at]))
    has_enum = "、" in chunk.text[span.clause_start:span.clause_end]
    asks_items = bool(re.search(r"几项|哪几项|几个方面|哪几个方面|哪些方面|几方面|哪几条|哪些任务|哪些工作|几大", info.text))
    item_cov = coverage(terms, chunk.item) if chunk.item else 0.0
    if chunk.kind != "item":
        parent_cov = max(parent_cov, coverage(terms, chunk.text))
    if asks_items and item_cov >= 0.5 and not (info.count and info.count == len(first)):
        return sentence_heads(chunk, 2 * MAX_ANSWER)
    if not ((info.count and info.count == len(first)) or (parent_cov >= 0.5 and not has_enum)
            or (asks_items and parent_cov >= 0.3)):
        return None
    labels = list(first)
    answer = "；".join(labels)
    cited = []
    for label, c in first.items():
        pos = c.text.find(label)
        cited.append((c, max(pos, 0), max(pos, 0) + len(label), 1.0))
    return answer, cited
