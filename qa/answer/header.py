"""Questions about the document itself (its date, source, title) are answered from its header passage, not by
the reader: the header's lines say them outright."""
from __future__ import annotations

import re

from qa.answer.question import QuestionInfo
from qa.ingest.chunking import Chunk
from qa.retrieve.search import Hit

# A header's publication date: a full date, never a bare year (a title line may name one).
_HEADER_DATE = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|\d{1,2}\s*月\s*\d{1,2}\s*日|"
                          r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}")


def from_header(info: QuestionInfo, hits: list[Hit],
                chunks: list[Chunk]) -> tuple[str, tuple[Chunk, int, int, float]] | None:
    """The header line that answers a question about the document (date, source, title), and its citation."""
    headers = [h.chunk for h in hits if h.chunk.kind == "header"]
    if not headers:
        headers = [c for c in chunks if c.kind == "header"][:1]
    if not headers:
        return None
    chunk = headers[0]
    lines = chunk.text.split("\n")
    value = ""
    if info.header_field == "title":
        value = lines[0]
    else:
        pat = _HEADER_DATE if info.header_field == "date" else re.compile(r"^(?:来源|信息来源|稿件来源|发布机构|发文机关|source)\s*[:：]\s*(.+)$", re.I)
        for line in lines:
            m = pat.search(line)
            if m:
                value = line if info.header_field == "date" else m.group(1)
                break
            if info.header_field == "origin":
                continue
    if not value:
        return None
    pos = chunk.text.find(value)
    return value.strip(), (chunk, pos, pos + len(value), 1.0)
