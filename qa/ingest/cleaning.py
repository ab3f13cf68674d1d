"""Ingest: turn a raw page into a clean document — boilerplate removed, repeats dropped, header parsed.

Web copies of work reports carry navigation crumbs ("|", "扫一扫在手机打开当前页", "打印本页") and often
repeat whole sections. Both are removed by general rules so that every passage is indexed exactly once and
every citation offset refers to the same cleaned text.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from qa.ingest.headings import heading_rank
from qa.text import normalize_for_match

logger = logging.getLogger(__name__)

# Lines that web pages add around an article. Matched only on short lines so content is never lost.
_BOILERPLATE_RE = re.compile(
    r"扫一扫|手机打开|打印本页|打印此页|关闭窗口|关闭本页|分享到|收藏本页|加入收藏|返回顶部|回到顶部|"
    r"上一篇|下一篇|上一条|下一条|责任编辑|编辑[:：]|网站地图|联系我们|版权所有|ICP备|公网安备|"
    r"浏览次数|阅读次数|点击数|访问量|当前位置|您的位置|字体[:：]?\s*[【\[]?\s*[大中小]|【\s*[大中小]\s*】|"
    r"^首页\s*[>›»]|copyright|all rights reserved|print this page|share this",
    re.IGNORECASE,
)
_BOILERPLATE_MAX_LEN = 40
_CONTENT_CHAR_RE = re.compile(r"[\w\u3400-\u9fff]")
_INVISIBLE_RE = re.compile(r"[\u200b-\u200f\u2060\ufeff]")

# Header labels: "日期:" / "发布时间：2015-01-10" / "来源:科技部" / "Source: ..."
_LABEL_RE = re.compile(
    r"^(?P<label>日期|发布日期|发布时间|时间|成文日期|来源|信息来源|稿件来源|发布机构|发文机关|"
    r"date|published|source)\s*[:：]\s*(?P<value>.*)$",
    re.IGNORECASE,
)
_DATE_LABELS = {"日期", "发布日期", "发布时间", "时间", "成文日期", "date", "published"}
_DATE_VALUE_RE = re.compile(r"(19|20)\d{2}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?(\s+\d{1,2}:\d{2}(:\d{2})?)?")
_HEADER_SCAN_LINES = 8
# Short lines (headings) repeat legitimately ("主要做法"); they count as repeats only with their body.
_DEDUPE_MIN_LEN = 20


@dataclass(frozen=True)
class CleanDocument:
    """A cleaned document. ``text`` is what every chunk offset refers to; ``header_end`` is where the
    header (title/date/source lines) stops, so the header can be indexed as a passage of its own."""

    source: str
    text: str
    title: str = ""
    date: str = ""
    origin: str = ""
    header_end: int = 0
    removed_boilerplate: int = 0
    removed_duplicates: int = 0


def clean_lines(raw: str) -> tuple[list[str], int]:
    """Strip every line, drop empty and boilerplate lines. Returns the kept lines and how many were dropped."""
    kept: list[str] = []
    dropped = 0
    for line in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = _INVISIBLE_RE.sub("", line).replace("\u3000", " ").replace("\xa0", " ").strip()
        if not line:
            continue
        if is_boilerplate(line):
            dropped += 1
            continue
        kept.append(line)
    return kept, dropped


def is_boilerplate(line: str) -> bool:
    """A line with no letters, digits or CJK ("|", "———"), or a short line of page furniture."""
    if not _CONTENT_CHAR_RE.search(line):
        return True
    return len(line) <= _BOILERPLATE_MAX_LEN and bool(_BOILERPLATE_RE.search(line))


def dedupe_lines(lines: list[str]) -> tuple[list[str], int]:
    """Drop paragraphs already seen (compared after NFKC and without white space).

    Long paragraphs are dropped on sight; a short line (a heading) only when the paragraph after it is a
    repeat too, so a heading that legitimately recurs with new content stays.
    """
    seen: set[str] = set()
    keys = [normalize_for_match(line) for line in lines]
    repeat = [False] * len(lines)
    for i, key in enumerate(keys):
        if key in seen and len(key) >= _DEDUPE_MIN_LEN:
            repeat[i] = True
        seen.add(key)
    # Short repeated lines: drop when followed by a dropped line (a heading of a repeated section). Walk
    # backwards so a chain of headings ("一、…" / "（一）…" / body) above a repeated body goes as a whole.
    first: dict[str, int] = {}
    for i, key in enumerate(keys):
        first.setdefault(key, i)
    for i in range(len(lines) - 2, -1, -1):
        if len(keys[i]) < _DEDUPE_MIN_LEN and first[keys[i]] < i and repeat[i + 1]:
            repeat[i] = True
    kept = [line for line, rep in zip(lines, repeat) if not rep]
    return kept, sum(repeat)


def parse_header(lines: list[str]) -> tuple[dict[str, str], int]:
    """Find title, date and source in the first lines. Returns the fields and the number of header lines.

    Handles a label with its value on the same line ("来源:科技部") or on the next one ("日期:" / "2015年…").
    The title is the first line when it is not itself a label.
    """
    fields = {"title": "", "date": "", "origin": ""}
    last = -1
    i = 0
    limit = min(len(lines), _HEADER_SCAN_LINES)
    while i < limit:
        m = _LABEL_RE.match(lines[i])
        if m:
            label = m.group("label").lower()
            value = m.group("value").strip()
            consumed = i
            if not value and i + 1 < len(lines) and not _LABEL_RE.match(lines[i + 1]) and len(lines[i + 1]) <= 40:
                value = lines[i + 1].strip()
                consumed = i + 1
            key = "date" if label in _DATE_LABELS else "origin"
            if key == "date" and value and not _DATE_VALUE_RE.search(value):
                i += 1
                continue
            if value and not fields[key]:
                fields[key] = value
                last = consumed
            i = consumed + 1
            continue
        i += 1
    if lines and not _LABEL_RE.match(lines[0]) and (last >= 0 or _could_be_title(lines[0])):
        fields["title"] = re.sub(r"^#+\s+", "", lines[0])  # a markdown "# Title" line
        last = max(last, 0)
    if last < 0:
        return fields, 0
    # The header is the lines up to the last field found, but only if they are all header-like (short).
    n = last + 1
    if any(len(line) > 100 for line in lines[:n]):
        return fields, 0
    return fields, n


def _could_be_title(line: str) -> bool:
    """Without header labels, the first line is the title only if it is short, not a sentence and not the
    first heading of the outline ("一、总体情况", "第一章 总则"), which must stay in the body."""
    if len(line) > 80 or re.search(r"[。；;！？!?]", line):
        return False
    return bool(re.match(r"#\s", line)) or heading_rank(line) is None


def clean_document(raw: str, source: str) -> CleanDocument:
    """Clean one raw page: boilerplate out, header parsed, repeated paragraphs dropped (header never deduped)."""
    lines, dropped = clean_lines(raw)
    fields, n_header = parse_header(lines)
    header, body = lines[:n_header], lines[n_header:]
    body, n_dup = dedupe_lines(body)
    header_text = "\n".join(header)
    text = "\n".join(header + body)
    if n_dup:
        logger.info("%s: dropped %d repeated paragraph(s) and %d boilerplate line(s)", source, n_dup, dropped)
    return CleanDocument(
        source=source,
        text=text,
        title=fields["title"],
        date=fields["date"],
        origin=fields["origin"],
        header_end=len(header_text),
        removed_boilerplate=dropped,
        removed_duplicates=n_dup,
    )
