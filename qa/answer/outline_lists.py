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
    else:  # a lead paragraph ("…抓好三项重点工作：") whose items follow under its own path: the run of items
        idxs = _run_after(chunk, siblings.get((chunk.source, chunk.section), []), chunks)  # right after it
        if not idxs:
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


_MARKER = re.compile(r"^(?:（?[一二三四五六七八九十\d]+）|[一二三四五六七八九十]+[是要]|第[一二三四五六七八九十]+)")


def _run_after(chunk: Chunk, idxs: list[int], chunks: list[Chunk]) -> list[int]:
    """The items of a section that follow ``chunk``, the first right after it, up to where a new list begins (an
    item opening on the first one's marker again): a section may hold several lists ("一是…五是" of schools, then
    a paragraph announcing "五项改革" and its own "一是…五是")."""
    run: list[int] = []
    for i in sorted(idxs, key=lambda i: chunks[i].ordinal):
        if chunks[i].ordinal <= chunk.ordinal:
            continue
        if not run:
            if chunks[i].ordinal != chunk.ordinal + 1:
                return []
        else:
            head, label = _MARKER.match(chunks[run[0]].item), chunks[i].item
            if head and label != chunks[run[0]].item and label.startswith(head.group(0)):
                break
        run.append(i)
    return run
