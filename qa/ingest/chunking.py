"""Section-aware chunking with exact offsets.

A work report is an outline: parts (第一部分 / 第一章), sections (一、), subsections (（一）/ 1. / 1.1),
year-plan paragraphs ("2015年，市科技局将…") and, inside paragraphs, enumerated items ("一是…二是…").
Each chunk is one item or paragraph (split at sentence ends when long), carries the path of headings above
it, and is an exact slice ``doc.text[start:end]`` — so a citation can always be located and highlighted.
Headings are never cut from their body: a heading line is part of the first chunk below it, and the whole
path is prepended to the text that is embedded and BM25-indexed (not to the quoted text).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from qa.ingest.cleaning import CleanDocument
from qa.ingest.dating import doc_year, part_years, passage_years
from qa.ingest.headings import CN_NUM, heading_rank  # noqa: F401 (heading_rank re-exported)
from qa.text import iter_spans

SECTION_SEP = " › "
# Bumped whenever chunk boundaries or paths change, so existing indexes are rebuilt (vectors are reused).
CHUNKER_VERSION = 4

# A year-plan/review paragraph opens a new part of the report: "2015年，市科技局将…", "2014年,在…".
_YEAR_LEAD = re.compile(r"^(?:19|20)\d{2}年(?:[，,]|是|以来|工作|全市|我市|全年)")
_YEAR_RANK = 3
# Enumerated items inside a paragraph: at its start, right after a sentence end, or after the colon of a
# lead ("主要抓了三项工作：一是…；二是…").
_ITEM_RE = re.compile(rf"(?:(?<=^)|(?<=[。；;！？!?：:]))\s*((?:[{CN_NUM}]+是)|(?:第[{CN_NUM}]+[，,、])|(?:其[{CN_NUM}][，,、]))")
_ARTICLE_RANK = 8  # 第X条: an article carries its own text, it is never a bare heading
_LABEL_MAX = 40
_HEADING_LINE_MAX = 60


def dated_section(path: tuple[str, ...], dyear: int) -> str:
    """The section path with its part's year spelled out when the heading only implies it: "一、去年工作回顾" of a
    2022 report → "一、去年工作回顾（2021年）" (for search; the displayed section stays verbatim)."""
    parts = list(path)
    when = part_years(path, dyear, periods=False) if parts and not passage_years(parts[0]) else set()
    if when:
        parts[0] += "（" + "、".join(f"{y}年" for y in sorted(when)) + "）"
    return SECTION_SEP.join(parts)


@dataclass(frozen=True)
class Chunk:
    """One indexed passage. ``text == document.text[start:end]`` always holds."""

    chunk_id: str
    source: str
    text: str
    start: int
    end: int
    path: tuple[str, ...]
    kind: str  # header | paragraph | item | heading
    ordinal: int
    title: str = ""
    item: str = ""  # the item label ("一是加快发展现代农业") when kind == "item"
    parent: str = ""  # section path of the container, for listing sibling items

    @property
    def section(self) -> str:
        return SECTION_SEP.join(self.path)

    @property
    def embed_text(self) -> str:
        """What the embedder and BM25 see: document title and heading path, then the passage (so a chunk
        of one report is told apart from the same wording in another report, and a part's year, read against the
        title's, is searchable)."""
        head = SECTION_SEP.join(p for p in (self.title, dated_section(self.path, doc_year(self.title))) if p)
        return f"{head}\n{self.text}" if head else self.text

    def metadata(self) -> dict[str, str | int]:
        """Scalar metadata for Chroma and LangChain Documents."""
        return {
            "source": self.source,
            "section": self.section,
            "chunk_id": self.chunk_id,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "ordinal": self.ordinal,
            "title": self.title,
            "item": self.item,
            "parent": self.parent,
        }


@dataclass(frozen=True)
class ChunkingConfig:
    max_chars: int = 320
    min_chars: int = 40

    def to_dict(self) -> dict[str, int]:
        return {"max_chars": self.max_chars, "min_chars": self.min_chars}


@dataclass
class _Unit:
    start: int
    end: int
    path: tuple[str, ...]
    kind: str
    item: str = ""
    parent: str = ""
    lead_start: int = -1  # where preceding heading lines begin (merged into the first piece)
    pieces: list[tuple[int, int]] = field(default_factory=list)


def short_label(text: str, limit: int = _LABEL_MAX) -> str:
    """A section label: the text up to its first sentence end, without the trailing mark, at most ``limit``."""
    text = text.lstrip("#").strip()
    for i, ch in enumerate(text):
        if ch in "。；;！？!?：:" or (ch in "，," and i >= 12):
            if not (ch in ":：" and i < 4):
                text = text[:i]
                break
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _is_pure_heading(line: str, rank: int | None = None) -> bool:
    """A heading line with no body on it: short and no sentence end inside. An article ("第一条 为了…，
    制定本条例。") is never one: its text is the content, to be chunked, not only a label."""
    if rank == _ARTICLE_RANK and re.sub(rf"^第[{CN_NUM}\d]+条", "", line).strip():
        return False
    body = line.rstrip("。.：:")
    return len(line) <= _HEADING_LINE_MAX and not re.search(r"[。；;！？!?]", body)


def chunk_document(doc: CleanDocument, config: ChunkingConfig | None = None) -> list[Chunk]:
    """Split a cleaned document into section-aware chunks (the header first, as its own passage)."""
    cfg = config or ChunkingConfig()
    text = doc.text
    units: list[_Unit] = []
    stack: list[tuple[int, str]] = []
    pending_heading = -1  # start offset of heading lines waiting for their first body unit

    if doc.header_end > 0:
        units.append(_Unit(0, doc.header_end, ("文档信息",), "header"))

    pos = doc.header_end
    for raw_line in text[doc.header_end :].split("\n"):
        line_start = text.index(raw_line, pos) if raw_line else pos
        line_end = line_start + len(raw_line)
        pos = line_end
        line = raw_line.strip()
        if not line:
            continue
        rank = heading_rank(line)
        # a year paragraph right under a bare heading is that heading's body ("一、过去一年工作回顾" / "2021年，…")
        is_year = rank is None and pending_heading < 0 and bool(_YEAR_LEAD.match(line))
        if is_year:
            rank = _YEAR_RANK
        if rank is not None:
            label = short_label(line)
            while stack and stack[-1][0] >= rank:
                stack.pop()
            stack.append((rank, label))
            if _is_pure_heading(line, rank) and not is_year:
                if pending_heading < 0:
                    pending_heading = line_start
                continue
        path = tuple(lbl for _, lbl in stack)
        new_units = _paragraph_units(text, line_start, line_end, path)
        if pending_heading >= 0 and new_units:
            new_units[0].lead_start = pending_heading
            pending_heading = -1
        units.extend(new_units)
    if pending_heading >= 0:  # headings with no body at the end of a document
        units.append(_Unit(pending_heading, len(text), tuple(lbl for _, lbl in stack), "heading"))

    units = _merge_short_paragraphs(text, units, cfg)
    chunks: list[Chunk] = []
    for unit in units:
        pieces = _split_long(text, unit.start, unit.end, cfg)
        if unit.lead_start >= 0:
            pieces[0] = (unit.lead_start, pieces[0][1])
        for s, e in pieces:
            chunks.append(
                Chunk(
                    chunk_id=f"{doc.source}#{len(chunks)}",
                    source=doc.source,
                    text=text[s:e],
                    start=s,
                    end=e,
                    path=unit.path,
                    kind=unit.kind,
                    ordinal=len(chunks),
                    title=doc.title,
                    item=unit.item,
                    parent=unit.parent,
                )
            )
    return chunks


def _merge_short_paragraphs(text: str, units: list[_Unit], cfg: ChunkingConfig) -> list[_Unit]:
    """A paragraph shorter than ``min_chars`` ("各位代表！", "一年来，我们主要做了以下工作：", a signature line)
    is not a passage of its own: alone it matches every question a little and crowds real passages out of the
    results. It leads the next unit of its section, like a heading, or else ends the one before it. A short
    paragraph that opens a part of its own ("2016年，市发改委将…" above its items) stays one."""
    out: list[_Unit] = []
    carry: _Unit | None = None  # short paragraphs in a row, waiting for the next unit of their section

    def flush(c: _Unit) -> None:
        prev = out[-1] if out and out[-1].path == c.path and out[-1].kind not in ("header", "heading") else None
        if prev is not None:
            prev.end = c.end
        else:  # nothing to join in its section: it stays a passage
            out.append(c)

    for u in units:
        short = (u.kind == "paragraph" and u.end - u.start < cfg.min_chars
                 and not (u.path and text.startswith(u.path[-1], u.start)))
        if carry is not None:
            same = u.path[:len(carry.path)] == carry.path and u.kind not in ("header", "heading")
            if same and short:
                carry.end = u.end
                continue
            if same:
                u.lead_start = carry.start if u.lead_start < 0 else min(carry.start, u.lead_start)
            else:
                flush(carry)
            carry = None
        if short:  # (with the heading lines above it, if any)
            carry = _Unit(u.lead_start if u.lead_start >= 0 else u.start, u.end, u.path, "paragraph")
            continue
        out.append(u)
    if carry is not None:
        flush(carry)
    return out


def _paragraph_units(text: str, start: int, end: int, path: tuple[str, ...]) -> list[_Unit]:
    """Cut one paragraph at its enumerated items; the lead before the first item is a unit of its own."""
    para = text[start:end]
    marks = [m.start(1) for m in _ITEM_RE.finditer(para)]
    # A lone "一是" mid-paragraph is not an enumeration; at the paragraph start it is (one item per line).
    if not marks or (len(marks) == 1 and marks[0] > 0):
        return [_Unit(start, end, path, "paragraph")]
    units: list[_Unit] = []
    parent = SECTION_SEP.join(path)
    lead = para[: marks[0]].strip()
    # A short lead that only introduces the items ("主要抓了三项重点工作：") stays with the first item,
    # like a heading; a lead with content of its own is a unit of its own.
    short_lead = bool(lead) and lead[-1] in "：:" and len(lead) <= _HEADING_LINE_MAX
    if lead and not short_lead:
        units.append(_Unit(start, start + marks[0], path, "paragraph"))
    bounds = marks + [len(para)]
    for a, b in zip(bounds, bounds[1:]):
        label = short_label(para[a:b])
        units.append(_Unit(start + a, start + b, path + (label,), "item", item=label, parent=parent))
    if short_lead:
        units[0].lead_start = start
    return units


def _split_long(text: str, start: int, end: int, cfg: ChunkingConfig) -> list[tuple[int, int]]:
    """Pack sentences into pieces of at most ``max_chars``; a tiny tail joins the piece before it."""
    if end - start <= cfg.max_chars:
        return [(start, end)]
    spans = [(start + a, start + b) for a, b in iter_spans(text[start:end], "。；;！？!?")]
    # Sentences longer than the limit are cut at clause ends, then (rarely) hard-cut outside numbers.
    fine: list[tuple[int, int]] = []
    for s, e in spans:
        if e - s <= cfg.max_chars:
            fine.append((s, e))
            continue
        for cs, ce in _clause_spans(text, s, e):
            fine.extend(_hard_split(text, cs, ce, cfg.max_chars))
    pieces: list[tuple[int, int]] = []
    cur_s, cur_e = fine[0]
    for s, e in fine[1:]:
        if e - cur_s <= cfg.max_chars:
            cur_e = e
        else:
            pieces.append((cur_s, cur_e))
            cur_s, cur_e = s, e
    pieces.append((cur_s, cur_e))
    if len(pieces) > 1 and pieces[-1][1] - pieces[-1][0] < cfg.min_chars:
        tail = pieces.pop()
        pieces[-1] = (pieces[-1][0], tail[1])
    return pieces


def _clause_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clauses of ``text[start:end]`` (cut after ，,、) as absolute offsets; a comma between digits is a
    thousands separator ("1,200"), never a cut."""
    out: list[tuple[int, int]] = []
    for a, b in iter_spans(text[start:end], "，,、"):
        a, b = start + a, start + b
        if out and out[-1][1] == a and text[a - 1] == "," and text[a - 2 : a - 1].isdigit() and text[a].isdigit():
            a = out.pop()[0]
        out.append((a, b))
    return out


def _hard_split(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    out = []
    while end - start > limit:
        cut = start + limit
        while cut > start + limit // 2 and (text[cut - 1].isdigit() or text[cut].isdigit()):
            cut -= 1
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out
