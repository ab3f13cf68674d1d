"""Pure rendering helpers (qa.render): escaping, highlighting, footnotes, abstention, API JSON."""
from __future__ import annotations

import html
import re
import sys

from qa.web.render import (
    ABSTAIN_TEXT,
    RELATED_LABEL,
    answer_messages,
    answer_to_json,
    citation_title,
    error_message,
    escape_text,
    has_markup,
    highlight_quote,
    user_message,
)
from qa.types import Answer, Citation

PASSAGE = "全市技术合同成交总金额已达530.53亿元,连续四年实现百亿元增长。二是健全技术转移服务体系。"
QUOTE = "全市技术合同成交总金额已达530.53亿元"
EVIL = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def cite(n=1, text=PASSAGE, quote=QUOTE, section="二、持续推动技术市场快速发展", source="report.txt", **kw):
    qs = text.find(quote) if quote else 0
    kw.setdefault("quote_start", max(qs, 0))
    kw.setdefault("quote_end", max(qs, 0) + len(quote) if quote and qs >= 0 else 0)
    return Citation(n=n, text=text, quote=quote, section=section, source=source, chunk_id=f"c{n}", start=0,
                    end=len(text), score=0.9, **kw)


def _no_live_markup(s: str) -> None:
    """Only the app's own tags may appear; no tag from user/document text."""
    tags = re.findall(r"<\s*/?\s*([a-zA-Z]+)", s)
    assert set(tags) <= {"mark", "sup", "small"}, tags
    assert "<script" not in s.lower() and "<img" not in s.lower()


def _visible(s: str) -> str:
    """Roughly what a Markdown renderer would show: drop our tags and ** and decode entities."""
    return html.unescape(re.sub(r"</?(mark|sup|small)>|\*\*", "", s))


def test_escape_text_html_and_markdown():
    out = escape_text(EVIL + " **bold** [link](http://x) `code` $x$ # h")
    _no_live_markup(out)
    assert "*" not in out and "[" not in out and "`" not in out and "$" not in out
    assert html.unescape(out) == EVIL + " **bold** [link](http://x) `code` $x$ # h"
    assert escape_text(None) == ""


def test_escape_keeps_numbers_readable():
    assert escape_text("530.53亿元") == "530.53亿元"
    assert html.unescape(escape_text("1. first\n2. second")) == "1. first\n2. second"
    assert "1." not in escape_text("1. first")  # would become an ordered list


def test_highlight_quote_marks_span_and_escapes():
    out = highlight_quote(cite())
    assert out.count("<mark>") == 1
    assert re.search(r"<mark>(.*?)</mark>", out).group(1) == escape_text(QUOTE)
    assert _visible(out) == PASSAGE


def test_highlight_quote_falls_back_to_find_and_to_plain():
    c = cite(quote_start=0, quote_end=0)  # offsets missing → locate by text
    assert "<mark>" + escape_text(QUOTE) + "</mark>" in highlight_quote(c)
    c2 = cite(quote="not in passage", quote_start=0, quote_end=0)
    assert "<mark>" not in highlight_quote(c2)


def test_highlight_with_markup_in_passage():
    text = "前文" + EVIL + "关键句。后文"
    c = cite(text=text, quote="关键句")
    out = highlight_quote(c)
    _no_live_markup(out)
    assert _visible(out) == text


def test_answer_messages_with_citations():
    c1, c2 = cite(1), cite(2, text="授权量超过16500件。", quote="授权量超过16500件", section="三、优化环境")
    a = Answer(question="q", answer="530.53亿元", abstained=False, citations=[c1, c2])
    msgs = answer_messages(a, asked="q")
    assert msgs[0]["role"] == "assistant" and "metadata" not in msgs[0]
    assert "530.53亿元" in msgs[0]["content"]
    assert "<sup>[1]</sup><sup>[2]</sup>" in msgs[0]["content"]
    panels = msgs[1:]
    assert len(panels) == 2
    assert panels[0]["metadata"]["title"].startswith("&#91;1&#93;")
    assert html.unescape(panels[0]["metadata"]["title"]) == "[1] report.txt · 二、持续推动技术市场快速发展"
    assert html.unescape(panels[1]["metadata"]["title"]).startswith("[2] report.txt · 三、优化环境")
    assert all("<mark>" in p["content"] for p in panels)
    assert "理解为" not in msgs[0]["content"]


def test_answer_markers_not_duplicated_when_engine_adds_them():
    a = Answer(question="q", answer="530.53亿元 [1]", abstained=False, citations=[cite()])
    assert "<sup>" not in answer_messages(a)[0]["content"]


def test_understood_as_line_when_question_was_completed():
    a = Answer(question="2014年专利授权量是多少?", answer="16500件", abstained=False, citations=[cite()])
    first = answer_messages(a, asked="授权量呢?")[0]["content"]
    assert "理解为" in first and "2014年专利授权量是多少?" in html.unescape(first)


def test_abstention_shows_related_not_citations():
    rel = [cite(1), cite(2)]
    a = Answer(question="2016年GDP是多少?", answer="", abstained=True, related=rel)
    msgs = answer_messages(a, asked="2016年GDP是多少?")
    assert "报告中没有找到" in msgs[0]["content"]
    assert ABSTAIN_TEXT.split("(")[0] in html.unescape(msgs[0]["content"])
    assert "<sup>" not in msgs[0]["content"]
    panels = msgs[1:]
    assert len(panels) == 2
    for p in panels:
        assert html.unescape(p["metadata"]["title"]).startswith(RELATED_LABEL)
        assert p["metadata"].get("status") == "done"  # collapsed
        assert "<mark>" not in p["content"]  # related reading is not a quote


def test_abstention_without_related():
    msgs = answer_messages(Answer(question="x", answer="", abstained=True))
    assert len(msgs) == 1 and "报告中没有找到" in msgs[0]["content"]


def test_evil_question_answer_and_document_are_escaped():
    c = cite(text=EVIL + "。" + PASSAGE, quote=QUOTE, section=EVIL, source="<b>x</b>.txt")
    a = Answer(question=EVIL, answer=EVIL, abstained=False, citations=[c])
    for m in answer_messages(a, asked=EVIL + "呢"):
        _no_live_markup(m["content"])
        if "metadata" in m:
            _no_live_markup(m["metadata"]["title"])
    um = user_message(EVIL)
    assert um["role"] == "user"
    _no_live_markup(um["content"])
    assert html.unescape(um["content"]) == EVIL


def test_user_message_long_and_empty():
    long = "长" * 5000
    um = user_message(long)
    assert len(um["content"]) < 400 and "5000" in um["content"]
    assert "empty" in user_message("  ")["content"]


def test_error_message_one_line_escaped():
    m = error_message("bad <b>input</b>\nsecond line")
    assert m["role"] == "assistant" and "\n" not in m["content"]
    _no_live_markup(m["content"])
    assert "second line" not in m["content"]


def test_citation_title_truncated():
    c = cite(section="很长的章节" * 40)
    assert len(html.unescape(citation_title(c))) <= 90


def test_answer_to_json():
    a = Answer(question="q2", answer="530.53亿元", abstained=False, citations=[cite()])
    d = answer_to_json(a, asked="q")
    assert d["question"] == "q" and d["answer"] == "530.53亿元" and d["abstained"] is False
    assert d["citations"][0]["quote"] == QUOTE and d["citations"][0]["n"] == 1
    assert d["resolved_question"] == "q2"


def test_render_does_not_import_gradio():
    import importlib

    importlib.import_module("qa.web.render")
    src = open(sys.modules["qa.web.render"].__file__, encoding="utf-8").read()
    assert "import gradio" not in src


def test_markup_in_question_gets_a_plain_text_note():
    assert has_markup(EVIL) and has_markup("a &amp; b") and not has_markup("2014年专利申请量是多少?")
    assert not has_markup("1 < 2 and 3 > 2")
    a = Answer(question=EVIL, answer="", abstained=True)
    first = answer_messages(a, asked=EVIL)[0]["content"]
    assert "纯文本" in first
    _no_live_markup(first)
    plain = answer_messages(Answer(question="q", answer="", abstained=True), asked="q")[0]["content"]
    assert "纯文本" not in plain


def test_citation_title_names_the_document_by_its_title():
    c = cite()
    titled = Citation(**{**c.__dict__, "title": "2008年国务院政府工作报告", "source": "r2008.txt"})
    assert "2008年国务院政府工作报告" in html.unescape(citation_title(titled))
    untitled = Citation(**{**c.__dict__, "title": "", "source": "r2008.txt"})
    assert "r2008.txt" in html.unescape(citation_title(untitled))
