"""Turn one corpus file (txt, md, html, pdf, docx) into plain text, one paragraph or heading per line.

Loaders only extract; boilerplate removal and chunking happen in later modules. Every failure a
user can cause (wrong type, too big, bad encoding, corrupt or image-only file) raises
:class:`qa.errors.CorpusError` with a one-line message naming the file, so the CLI can print it as is.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

from qa.errors import CorpusError

logger = logging.getLogger(__name__)

SUPPORTED_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")

# Unpacked text allowed per document: a report is ~10–100 k characters; millions mean a generated or broken
# file whose chunks would take hours to embed.
MAX_DOCUMENT_CHARS = 5_000_000

_FORMAT_BY_SUFFIX: dict[str, str] = {
    ".txt": "txt",
    ".md": "md",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".docx": "docx",
}


@dataclass(frozen=True)
class LoadedDocument:
    """Plain text of one file plus what we know about it.

    ``text`` holds one paragraph/heading per line (``"\\n"`` separated), never markup.
    ``title`` is ``""`` when the file does not say.
    """

    path: Path
    text: str
    format: str
    title: str = ""


def load_document(path: str | Path, max_bytes: int = 20 * 1024 * 1024) -> LoadedDocument:
    """Load ``path`` as plain text; raise CorpusError for anything the user has to fix.

    The size check runs before reading so a stray multi-GB file cannot exhaust memory.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in _FORMAT_BY_SUFFIX:
        raise CorpusError(
            f"{path}: unsupported file type {suffix or '(no suffix)'!r}; "
            f"supported: {', '.join(SUPPORTED_SUFFIXES)}"
        )
    if not path.is_file():
        raise CorpusError(f"{path}: not found or not a regular file")
    size = path.stat().st_size
    if size > max_bytes:
        raise CorpusError(f"{path}: file is {size} bytes, larger than the limit of {max_bytes} bytes")

    fmt = _FORMAT_BY_SUFFIX[suffix]
    try:
        if fmt == "txt":
            text, title = _normalise_newlines(_decode_text(path, path.read_bytes())), ""
        elif fmt == "md":
            text, title = _markdown_to_text(_normalise_newlines(_decode_text(path, path.read_bytes())))
        elif fmt == "html":
            text, title = _html_to_text(_decode_text(path, path.read_bytes()))
        elif fmt == "pdf":
            text, title = _load_pdf(path)
        else:
            text, title = _load_docx(path)
    except OSError as exc:  # permissions, a file that vanished while being read
        raise CorpusError(f"{path}: cannot be read ({exc.strerror or type(exc).__name__})") from exc

    if len(text) > MAX_DOCUMENT_CHARS:
        raise CorpusError(_too_long(path))
    if not text.strip():
        hint = " (scanned/image-only PDF? run OCR first)" if fmt == "pdf" else ""
        raise CorpusError(f"{path}: no extractable text{hint}")
    logger.debug("loaded %s as %s: %d chars, title=%r", path, fmt, len(text), title)
    return LoadedDocument(path=path, text=text, format=fmt, title=title)


def _too_long(path: Path) -> str:
    return (f"{path}: more than {MAX_DOCUMENT_CHARS:,} characters of text once unpacked; "
            "split it into smaller documents")


# --------------------------------------------------------------------------- text decoding

# Control characters that never occur in real text files (tab, LF, CR, FF are allowed).
_BAD_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_PRIVATE_USE_RE = re.compile(r"[\ue000-\uf8ff]")
_HAN_RE = re.compile(r"[\u4e00-\u9fff]")
# Share of Han characters that must be in GB2312 level 1 (the 3,755 most common hanzi).
# Real Chinese prose is ~99% level 1; bytes that merely happen to decode as GB18030 land mostly
# in the rare GBK extension area, so this separates the two cleanly.
_MIN_COMMON_HAN_RATIO = 0.7


def _decode_text(path: Path, data: bytes) -> str:
    """Decode UTF-8 (with or without BOM); fall back to GB18030 only for plausible Chinese text.

    Chinese government sites still publish GBK/GB2312 pages and text files, so rejecting them
    would lose real reports. But GB18030 decodes many arbitrary byte strings without error, so a
    successful decode alone proves nothing; we accept it only when the result looks like Chinese
    prose (see :func:`_is_plausible_chinese`). Anything else is rejected rather than guessed,
    because mojibake in the index silently breaks retrieval.
    """
    try:
        text = data.decode("utf-8-sig")  # also accepts plain UTF-8; strips a BOM if present
    except UnicodeDecodeError:
        pass
    else:
        if "\x00" in text:
            raise CorpusError(f"{path}: looks binary (contains NUL bytes), not UTF-8 text")
        return text
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise CorpusError(f"{path}: is not UTF-8 text") from None
    if not _is_plausible_chinese(text):
        raise CorpusError(f"{path}: is not UTF-8 text")
    logger.warning("%s: not UTF-8; decoded as GB18030 (looks like Chinese text)", path)
    return text


def _is_plausible_chinese(text: str) -> bool:
    """True if ``text`` reads like Chinese prose rather than bytes that happened to decode."""
    if _BAD_CONTROL_RE.search(text) or _PRIVATE_USE_RE.search(text) or "\ufffd" in text:
        return False
    han = _HAN_RE.findall(text)
    if not han:
        return False
    common = 0
    for ch in han:
        try:
            encoded = ch.encode("gb2312")
        except UnicodeEncodeError:
            continue
        if 0xB0 <= encoded[0] <= 0xD7:  # GB2312 level-1 rows
            common += 1
    return common / len(han) >= _MIN_COMMON_HAN_RATIO


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --------------------------------------------------------------------------- markdown

_MD_HEADING_RE = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$")


def _markdown_to_text(text: str) -> tuple[str, str]:
    """Strip ATX heading markers and ``**`` emphasis; the heading text stays on its own line.

    Title is the first level-1 heading (a convention, not a guarantee), else ``""``.
    """
    lines: list[str] = []
    title = ""
    in_fence = False
    for line in text.split("\n"):
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence  # "#" inside code fences is not a heading
        m = None if in_fence else _MD_HEADING_RE.match(line)
        if m:
            line = m.group(2)
            if not title and len(m.group(1)) == 1:
                title = line.replace("**", "").strip()
        lines.append(line.replace("**", ""))
    return "\n".join(lines), title


# --------------------------------------------------------------------------- html

_DROP_TAGS = [
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe",
    "template", "svg", "canvas", "object", "embed",
]
_BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li tr br section article main ul ol table thead tbody tfoot "
    "blockquote pre dl dt dd figure figcaption caption hr address center".split()
)
_CELL_TAGS = frozenset(("td", "th"))
# class/id tokens (split on non-alphanumerics, lower-cased) that mark page chrome.
_CHROME_EXACT = frozenset(("share", "sharing", "social", "crumb", "crumbs", "topbar", "toolbar"))
_CHROME_AFFIX = ("nav", "menu", "breadcrumb", "footer", "sidebar")
# Never drop these on a class/id match: a body class like "has-sidebar" must not empty the page.
_KEEP_CONTAINERS = frozenset(("html", "body", "main", "article"))


def _looks_like_chrome(tag) -> bool:  # tag: bs4.Tag
    """True if the tag's class/id/role says navigation, menu, breadcrumb, share, footer or sidebar."""
    if tag.name in _KEEP_CONTAINERS:
        return False
    if (tag.get("role") or "").lower() == "navigation":
        return True
    classes = tag.get("class") or []
    if isinstance(classes, str):
        classes = [classes]
    values = [*classes, tag.get("id") or ""]
    for token in re.split(r"[^a-z0-9]+", " ".join(values).lower()):
        if not token:
            continue
        if token in _CHROME_EXACT:
            return True
        if any(token.startswith(a) or token.endswith(a) for a in _CHROME_AFFIX):
            return True
    return False


def _html_to_text(markup: str) -> tuple[str, str]:
    """Visible body text with page chrome removed; block elements end lines, table cells get tabs."""
    from bs4 import BeautifulSoup
    from bs4.element import NavigableString, PreformattedString, Tag

    soup = BeautifulSoup(markup, "lxml")
    title = ""
    if soup.title and soup.title.get_text(strip=True):
        title = " ".join(soup.title.get_text().split())
    else:
        h1 = soup.find("h1")
        if h1 is not None:
            title = " ".join(h1.get_text(" ").split())

    for tag in soup.find_all(_DROP_TAGS):
        if tag.decomposed:
            continue
        if tag.name == "header" and tag.find_parent(["article", "main"]) is not None:
            continue  # an article's own <header> holds its headline, not site chrome
        tag.decompose()
    # Collect first, then decompose outermost matches; decomposing while iterating skips nodes.
    for tag in [t for t in soup.find_all(True) if _looks_like_chrome(t)]:
        if not tag.decomposed and tag.find(["main", "article", "h1"]) is None:
            tag.decompose()

    root = soup.body or soup
    pieces: list[str] = []
    # Iterative walk (deeply nested pages would overflow recursion). Plain-str items on the stack
    # are separators to emit when a block ("\n") or table cell ("\t") closes.
    stack: list = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, str) and not isinstance(node, NavigableString):
            pieces.append(node)  # a marker pushed below
            continue
        if isinstance(node, PreformattedString):
            continue  # comments, doctype, CDATA, processing instructions
        if isinstance(node, NavigableString):
            pieces.append(re.sub(r"\s+", " ", str(node)))
            continue
        if not isinstance(node, Tag):
            continue
        name = node.name
        if name in _BLOCK_TAGS:
            pieces.append("\n")
            stack.append("\n")
        elif name in _CELL_TAGS:
            stack.append("\t")
        if name != "head":
            stack.extend(reversed(list(node.children)))

    lines = []
    for line in "".join(pieces).split("\n"):
        line = re.sub(r" +", " ", line)
        line = re.sub(r" *\t[ \t]*", "\t", line).strip(" \t")
        if line:
            lines.append(line)
    return "\n".join(lines), title


# --------------------------------------------------------------------------- pdf

# Lines ending with these close a sentence/clause, so the break after them is real.
_PDF_TERMINALS = frozenset("。！？；：”…")
# Starts of Chinese report headings / list items: 一、 （一） (一) 一是 第X章 1. 1、 （1）
_HEADING_START_RE = re.compile(
    r"^(?:[一二三四五六七八九十百]+[、是]"
    r"|[（(][一二三四五六七八九十百\d]+[)）]"
    r"|第[一二三四五六七八九十百千\d]+[章节部分篇条]"
    r"|\d+[.．、](?!\d))"
)
_PAGE_NUMBER_RE = re.compile(r"^[\s\-—–]*\d+[\s\-—–]*$")
_SENTENCE_PUNCT = frozenset("，。；！？,;")
_MAX_HEADING_CHARS = 30


def _is_cjk_char(ch: str) -> bool:
    """Han ideographs, CJK punctuation and full-width forms (the chars of wrapped Chinese lines)."""
    cp = ord(ch)
    return (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0x3000 <= cp <= 0x303F
        or 0xFF00 <= cp <= 0xFFEF
        or ch in "“”‘’"
    )


def _looks_like_heading(line: str) -> bool:
    """A short numbered line without sentence punctuation, e.g. "（一）稳增长"."""
    return (
        bool(_HEADING_START_RE.match(line))
        and len(line) <= _MAX_HEADING_CHARS
        and not any(c in _SENTENCE_PUNCT for c in line)
    )


def _should_join(prev: str, nxt: str) -> bool:
    if not prev or not nxt:
        return False
    last, first = prev[-1], nxt[0]
    if last in _PDF_TERMINALS or not _is_cjk_char(last):
        return False  # sentence end, or not Chinese (English wraps keep their line break)
    if not (_is_cjk_char(first) or first.isalnum()):
        return False  # e.g. "——2024年3月5日", bullet glyphs
    if _PAGE_NUMBER_RE.match(prev) or _PAGE_NUMBER_RE.match(nxt):
        return False
    if _HEADING_START_RE.match(nxt) or _looks_like_heading(prev):
        return False
    return True


def _join_wrapped_cjk_lines(text: str) -> str:
    """Undo the hard line wraps PDFs put inside Chinese paragraphs.

    A line is glued (without a space) to the next one when it ends in a CJK character that is not
    sentence-final (。！？；：”…), the next line does not start a heading/list pattern
    (一、 （一） 一是 第X章 1.), neither line is a bare page number, and the line itself is not a
    short numbered heading. Empty lines are dropped. Lines of other scripts are left alone.
    """
    out: list[str] = []
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            continue
        if out and _should_join(out[-1], line):
            out[-1] += line
        else:
            out.append(line)
    return "\n".join(out)


def _one_line(exc: BaseException) -> str:
    """Exception text squeezed onto one short line (pypdf/lxml messages can be multi-line)."""
    msg = " ".join(str(exc).split()) or type(exc).__name__
    return msg[:200]


def _clean_pdf_title(raw: object) -> str:
    """Metadata title minus the "Microsoft Word - x.docx" noise many exporters write."""
    if not raw:
        return ""
    title = " ".join(str(raw).split())
    title = re.sub(r"^Microsoft (?:Word|PowerPoint) - ", "", title)
    title = re.sub(r"\.(?:docx?|pptx?|wps)$", "", title, flags=re.IGNORECASE)
    return title.strip()


def _load_pdf(path: Path) -> tuple[str, str]:
    """Text of every page (pages joined by "\\n"), with CJK line wraps undone; title from metadata."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            raise CorpusError(f"{path}: PDF is password-protected")
        pages = list(reader.pages)
    except CorpusError:
        raise
    except Exception as exc:  # pypdf raises many types (PdfReadError, ValueError, KeyError, ...)
        raise CorpusError(f"{path}: unreadable or corrupt PDF ({_one_line(exc)})") from exc
    if not pages:
        raise CorpusError(f"{path}: unreadable or corrupt PDF (no pages)")

    texts: list[str] = []
    failed = 0
    for i, page in enumerate(pages):
        try:
            texts.append(page.extract_text() or "")
        except Exception as exc:
            failed += 1
            logger.warning("%s: could not extract text from page %d: %s", path, i + 1, _one_line(exc))
    if failed == len(pages):
        raise CorpusError(f"{path}: unreadable or corrupt PDF (text extraction failed on every page)")

    try:
        title = _clean_pdf_title(reader.metadata.title if reader.metadata else None)
    except Exception:  # a broken Info dictionary should not cost us the text
        title = ""
    return _join_wrapped_cjk_lines("\n".join(texts)), title


# --------------------------------------------------------------------------- docx


# A .docx is a zip: its XML is unpacked in memory before any check on the text can run, so an archive whose
# document.xml inflates past this is refused unopened (a few MB of zipped tiny paragraphs can inflate to GBs).
MAX_DOCX_XML_BYTES = 100 * 1024 * 1024


def _docx_xml_size(path: Path) -> int:
    """Uncompressed size of ``word/document.xml`` (0 when the archive does not say)."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as zf:
            return zf.getinfo("word/document.xml").file_size
    except (zipfile.BadZipFile, KeyError, OSError):
        return 0  # python-docx reports the real problem below


def _load_docx(path: Path) -> tuple[str, str]:
    """Paragraphs and tables in document order; a table row is one line with tab-separated cells.

    Styles are looked up by id in a table built once: python-docx's ``Paragraph.style`` scans every style
    of the document on each call (~2 ms), which made documents of many tiny paragraphs take minutes.
    """
    import docx
    from docx.oxml.ns import qn
    from docx.table import Table

    xml_size = _docx_xml_size(path)
    if xml_size > MAX_DOCX_XML_BYTES:
        raise CorpusError(f"{path}: DOCX unpacks to {xml_size // (1024 * 1024)} MB of XML "
                          f"(limit {MAX_DOCX_XML_BYTES // (1024 * 1024)} MB)")
    try:
        document = docx.Document(str(path))
        style_names = {s.get(qn("w:styleId")): (s.name_val or "")
                       for s in document.styles.element.style_lst}
        lines: list[str] = []
        chars = 0
        heading_title = ""
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                rows = _table_lines(block)
            else:
                text = block.text
                if not text.strip():
                    continue
                rows = [s.strip() for s in text.split("\n") if s.strip()]
                if not heading_title:
                    style = style_names.get(block._p.style, "").lower()
                    if style.startswith("heading") or style == "title":
                        heading_title = " ".join(text.split())
            lines.extend(rows)
            chars += sum(len(r) + 1 for r in rows)
            if chars > MAX_DOCUMENT_CHARS:
                raise CorpusError(_too_long(path))
        core_title = (document.core_properties.title or "").strip()
    except CorpusError:
        raise
    except Exception as exc:  # PackageNotFoundError, BadZipFile, KeyError, lxml errors, ...
        raise CorpusError(f"{path}: unreadable or corrupt DOCX ({_one_line(exc)})") from exc
    return "\n".join(lines), core_title or heading_title


def _table_lines(table) -> list[str]:  # table: docx.table.Table
    """One line per row; merged cells (python-docx repeats them) are emitted once."""
    lines: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        previous = None
        for cell in row.cells:
            if previous is not None and cell._tc is previous:
                continue  # horizontally merged cell, already emitted
            previous = cell._tc
            cells.append(" ".join(cell.text.split()))
        if any(cells):
            lines.append("\t".join(cells))
    return lines
