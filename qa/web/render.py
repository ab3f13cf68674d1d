"""Pure rendering helpers for the chat app: an :class:`~qa.types.Answer` → chat message dicts.

Nothing here imports gradio, so these functions are fast to unit-test. ``app.py`` turns the dicts
(``{"role", "content", "metadata"?}``) into ``gr.ChatMessage`` objects.

The Gradio Chatbot renders message content *and* panel titles as Markdown and then sanitises the HTML.
Every piece of text that comes from a document or a user therefore goes through :func:`escape_text`,
which HTML-escapes it and also neutralises Markdown syntax (``*``, ``_``, ``[``, ``#``, ``$`` …) with
numeric character references, so a passage or question is always shown literally: ``<script>`` shows
as text and can never become markup. The only markup the app adds itself is ``<mark>``, ``<sup>``,
``<small>`` and ``**bold**``.
"""
from __future__ import annotations

import html
import re
from typing import Any

from qa.types import Answer, Citation

__all__ = [
    "ABSTAIN_TEXT",
    "RELATED_INTRO",
    "answer_messages",
    "answer_to_json",
    "citation_title",
    "error_message",
    "escape_text",
    "has_markup",
    "highlight_quote",
    "shorten",
    "user_message",
]

ABSTAIN_TEXT = "报告中没有找到这个问题的答案。(Not found in the report.)"
RELATED_INTRO = "以下是最接近的段落，仅供参考，并非答案出处 (related reading, not citations):"
UNDERSTOOD_AS = "理解为："
RELATED_LABEL = "相关段落"
MAX_USER_DISPLAY = 300
MAX_TITLE = 90

# Characters Markdown (marked + GFM + KaTeX delimiters) could interpret. Replaced by numeric references.
_MD_SPECIAL = {c: f"&#{ord(c)};" for c in "\\`*_[]{}()#+-!|~$=:"}
_MD_TABLE = str.maketrans(_MD_SPECIAL)
_ORDERED_LIST_RE = re.compile(r"^(\s*\d+)\.(?=\s|$)", re.M)
_MARKER_RE = re.compile(r"\[\d+\]")


def escape_text(text: object) -> str:
    """HTML-escape ``text`` and neutralise Markdown so it renders literally in the Chatbot."""
    # Escape <, >, & first, then Markdown characters (their entities contain '#', so this order matters),
    # then quotes last, so "'" becomes &#39; and is not mangled by the Markdown pass.
    s = html.escape("" if text is None else str(text), quote=False)
    s = s.translate(_MD_TABLE)
    s = s.replace('"', "&quot;").replace("'", "&#39;")
    s = _ORDERED_LIST_RE.sub(lambda m: m.group(1) + "&#46;", s)
    return s


def shorten(text: str, limit: int) -> str:
    """Cut ``text`` to ``limit`` characters with an ellipsis (raw text; escape afterwards)."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: max(1, limit - 1)] + "…"


def _quote_span(c: Citation) -> tuple[int, int] | None:
    text = c.text or ""
    qs, qe = c.quote_start, c.quote_end
    if 0 <= qs < qe <= len(text) and (not c.quote or text[qs:qe] == c.quote):
        return qs, qe
    if c.quote:
        i = text.find(c.quote)
        if i >= 0:
            return i, i + len(c.quote)
    return None


def highlight_quote(c: Citation) -> str:
    """The passage text, escaped, with the supporting quote wrapped in ``<mark>``."""
    text = c.text or ""
    span = _quote_span(c)
    if span is None:
        return escape_text(text)
    s, e = span
    return escape_text(text[:s]) + "<mark>" + escape_text(text[s:e]) + "</mark>" + escape_text(text[e:])


def _doc_name(c: Citation) -> str:
    """The document's title (what a reader recognises), its file name when it has none or the title is long."""
    title = (c.title or "").strip()
    return title if title and len(title) <= 40 else (c.source or title)


def citation_title(c: Citation, label: str | None = None) -> str:
    """Panel title: ``[n] document title · section path`` (escaped); the file name when there is no title."""
    where = " · ".join(p for p in (_doc_name(c), c.section) if p)
    head = label if label is not None else f"[{c.n}]"
    return escape_text(shorten(f"{head} {where}".strip(), MAX_TITLE))


def _markers(answer: Answer) -> str:
    if not answer.citations or _MARKER_RE.search(answer.answer or ""):
        return ""
    return " " + "".join(f"<sup>[{c.n}]</sup>" for c in answer.citations)


def _understood_line(asked: str | None, resolved: str | None) -> str:
    if not asked or not resolved or asked.strip() == resolved.strip():
        return ""
    return f"<small>{UNDERSTOOD_AS}{escape_text(shorten(resolved, 200))}</small>\n\n"


_MARKUP_RE = re.compile(r"<\s*/?\s*[a-zA-Z!][^>]*>|&#?\w+;")
MARKUP_NOTE = "问题中的 HTML 标记按纯文本处理。(Markup in the question is treated as plain text.)"


def has_markup(text: str | None) -> bool:
    """True when ``text`` contains something that looks like an HTML tag or entity."""
    return bool(text) and bool(_MARKUP_RE.search(str(text)))


def answer_messages(
    answer: Answer, asked: str | None = None, notes: list[str] | None = None
) -> list[dict[str, Any]]:
    """Chat messages for one answer: the concise answer, then one collapsible panel per passage.

    ``asked`` is what the user typed; when the app completed it into another question
    (``answer.resolved_question`` or ``answer.question`` differs) a small "理解为：…" line shows the
    completed question; when ``asked`` contains markup a note says it was treated as plain text (pass
    ``notes`` to override the automatic notes). Abstentions say so and list the closest passages as related reading
    (collapsed panels titled 相关段落), never as citations.
    """
    resolved = answer.resolved_question or answer.question
    prefix = "".join(f"<small>{escape_text(n)}</small>\n\n" for n in (notes or []))
    if notes is None and has_markup(asked):
        prefix += f"<small>{escape_text(MARKUP_NOTE)}</small>\n\n"
    prefix += _understood_line(asked, resolved)
    messages: list[dict[str, Any]] = []
    if answer.abstained:
        body = prefix + f"**{escape_text(ABSTAIN_TEXT)}**"
        detail = (answer.answer or "").strip()
        if detail and detail not in ABSTAIN_TEXT and "没有找到" not in detail:
            body += "\n\n" + escape_text(detail)
        if answer.related:
            body += "\n\n" + escape_text(RELATED_INTRO)
        messages.append({"role": "assistant", "content": body})
        for i, c in enumerate(answer.related, 1):
            messages.append(
                {
                    "role": "assistant",
                    "content": escape_text(c.text),
                    "metadata": {"title": citation_title(c, f"{RELATED_LABEL} {i}"), "status": "done"},
                }
            )
        return messages

    body = prefix + f"**{escape_text(answer.answer)}**" + _markers(answer)
    messages.append({"role": "assistant", "content": body})
    for c in answer.citations:
        messages.append(
            {
                "role": "assistant",
                "content": highlight_quote(c),
                "metadata": {"title": citation_title(c)},
            }
        )
    return messages


def user_message(text: str) -> dict[str, Any]:
    """The user's turn as shown in the chat (escaped; very long input abbreviated)."""
    raw = "" if text is None else str(text)
    shown = raw if len(raw) <= MAX_USER_DISPLAY else raw[:MAX_USER_DISPLAY] + f"… ({len(raw)} 字 / chars)"
    return {"role": "user", "content": escape_text(shown) if shown.strip() else "<small>(空 / empty)</small>"}


def error_message(text: str) -> dict[str, Any]:
    """A one-line assistant message for bad input or a failure (escaped, first line only)."""
    line = shorten(str(text).strip().splitlines()[0] if str(text).strip() else "出错了 / Something went wrong", 300)
    return {"role": "assistant", "content": "⚠️ " + escape_text(line)}


def answer_to_json(answer: Answer, asked: str | None = None) -> dict[str, Any]:
    """The JSON returned by the ``/ask`` API: question, answer, abstained, citations (+ related, resolved)."""
    d = answer.to_dict()
    if asked is not None:
        d["question"] = asked
    return d
