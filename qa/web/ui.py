"""The Gradio chat UI: header, chat with cited answers, settings, the upload panel and the ``/ask`` API.

``build_app(engine)`` takes any object with the ``ReportQA`` contract (tests pass a fake engine). Replies
show the concise answer with footnote markers, then one collapsible panel per cited passage with the
supporting quote highlighted; elliptical follow-ups are completed from the session's previous question.
"""
from __future__ import annotations

import logging
import os
import threading
import time
from pathlib import Path
from typing import Any

import gradio as gr

from qa.answer.followup import complete_followup
from qa.config import MAX_K
from qa.errors import CorpusError, QAError
from qa.ingest.loaders import SUPPORTED_SUFFIXES
from qa.web.badge import vector_badge
from qa.web.render import answer_messages, answer_to_json, error_message, escape_text, shorten, user_message

log = logging.getLogger("report_qa.app")

MODES = ["hybrid", "dense", "bm25"]
DEFAULT_K = 4
MAX_MESSAGES = 400  # per session; older turns scroll out of the chat
INTERNAL_ERROR = "内部错误，请稍后再试。(Internal error — please try again.)"
MAX_UPLOAD_BYTES = 20 * 1024 * 1024  # per file; also the server's upload limit (launch(max_file_size=...))
UPLOAD_TYPES = list(SUPPORTED_SUFFIXES)  # .txt .md .html .htm .pdf .docx
MAX_HEADER_DOCS = 12  # documents listed by name in the header; the rest are counted

# Default example questions: about any report (app.py passes questions about the shipped seed report).
EXAMPLES = [
    "这份报告的标题是什么?",
    "这篇文章是哪天发布的?",
    "报告的来源是哪里?",
    "What is the title of this report?",
]

CSS = """
#header h1 { margin-bottom: 0.2em; }
#header .meta { color: var(--body-text-color-subdued); }
#chat mark { background: #ffe58a; color: inherit; padding: 0 2px; border-radius: 2px; }
.dark #chat mark { background: #8a6d00; }
#chat sup { font-size: 0.75em; color: var(--link-text-color); }
#chat .thought-group .message-content { opacity: 1; }
#chat .thought-group .content * { font-size: var(--text-md); line-height: 1.6; }
"""


def _session() -> dict[str, Any]:
    return {"messages": [], "last_question": None}


def _to_chat(msg: dict[str, Any]) -> gr.ChatMessage:
    return gr.ChatMessage(role=msg["role"], content=msg["content"], metadata=msg.get("metadata") or {})


def _doc_label(d: Any) -> str:
    """``file（title）`` for the header's document list (raw text; escaped by the caller)."""
    source = str(getattr(d, "source", "") or "")
    title = str(getattr(d, "title", "") or "")
    return f"{source}（{shorten(title, 40)}）" if title and title != source else source


def _header_markdown(engine: Any) -> str:
    docs = list(getattr(engine, "documents", []) or [])
    if not docs:
        return "# 报告问答 · Report QA"
    d = docs[0]
    title = escape_text(getattr(d, "title", "") or getattr(d, "source", "报告"))
    meta = []
    if getattr(d, "date", ""):
        meta.append(f"日期 / Date: {escape_text(d.date)}")
    if getattr(d, "origin", ""):
        meta.append(f"来源 / Source: {escape_text(d.origin)}")
    if getattr(d, "source", ""):
        meta.append(f"文件 / File: {escape_text(d.source)}")
    lines = [f"# {title}", f"<span class='meta'>{' · '.join(meta)}</span>"]
    if len(docs) > 1:
        shown = [escape_text(_doc_label(x)) for x in docs[:MAX_HEADER_DOCS]]
        if len(docs) > MAX_HEADER_DOCS:
            more = len(docs) - MAX_HEADER_DOCS
            shown.append(f"另有 {more} 份 / +{more} more")
        lines.append(f"<span class='meta' id='doc-list'>文档 / Documents ({len(docs)}): {' · '.join(shown)}</span>")
        lines.append("就这些文档提问（中文或英文），回答均为文档原文摘录，并附出处段落。"
                     " Ask in Chinese or English; answers are extracted from the documents, with cited passages.")
    else:
        lines.append("就这份报告提问（中文或英文），回答均为报告原文摘录，并附出处段落。"
                     " Ask in Chinese or English; answers are extracted from the report, with cited passages.")
    skipped = list(getattr(engine, "skipped", []) or [])
    if skipped:
        shown = " · ".join(escape_text(f"{name}（{shorten(why, 60)}）") for name, why in skipped[:MAX_HEADER_DOCS])
        lines.append(f"<span class='meta' id='skipped'>未能读取、已跳过 / Skipped ({len(skipped)}): {shown}</span>")
    return "\n\n".join(lines)


def _clean_settings(k: Any, mode: Any) -> tuple[int, str]:
    try:
        k_int = int(k)
    except (TypeError, ValueError):
        raise QAError(f"段落数必须是 1–{MAX_K} 的整数。(k must be an integer 1–{MAX_K}.)") from None
    if not 1 <= k_int <= MAX_K:
        raise QAError(f"段落数必须在 1–{MAX_K} 之间。(k must be between 1 and {MAX_K}.)")
    if mode not in MODES:
        raise QAError(f"检索方式必须是 {'/'.join(MODES)} 之一。(mode must be one of {', '.join(MODES)}.)")
    return k_int, str(mode)


def _fmt_mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"


def _upload_paths(files: Any) -> list[Path]:
    """Paths from a gr.File value (a path, a list of paths, or file-like objects with ``.name``/``path``)."""
    if files is None:
        return []
    items = files if isinstance(files, (list, tuple)) else [files]
    paths = []
    for f in items:
        p = f if isinstance(f, (str, os.PathLike)) else getattr(f, "path", None) or getattr(f, "name", None)
        if p:
            paths.append(Path(p))
    return paths


def _check_upload(paths: list[Path], max_bytes: int) -> None:
    """Type, size and name checks done before the engine sees anything; raises CorpusError (one line)."""
    if not paths:
        raise CorpusError("请选择要添加的文件。(No file selected.)")
    seen: set[str] = set()
    for p in paths:
        name = p.name
        if p.suffix.lower() not in SUPPORTED_SUFFIXES:
            raise CorpusError(f"{name}: 不支持的文件类型 / unsupported file type "
                              f"“{p.suffix.lower() or '(none)'}” (supported: {', '.join(SUPPORTED_SUFFIXES)})")
        if name.startswith("."):
            raise CorpusError(f"{name}: 文件名不能以“.”开头 / file names starting with '.' are not indexed")
        if name in seen:
            raise CorpusError(f"{name}: 文件名重复 / the same file name was given twice")
        seen.add(name)
        try:
            size = p.stat().st_size
        except OSError:
            raise CorpusError(f"{name}: 文件无法读取 / file cannot be read") from None
        if size > max_bytes:
            raise CorpusError(f"{name}: 文件太大 / file too large ({_fmt_mb(size)}; limit {_fmt_mb(max_bytes)})")


def _status(icon: str, text: str) -> str:
    # ASCII apostrophes become ’: escape_text turns "'" into "&#x27;" and then escapes its "#", so the
    # Markdown would show "&#x27;" literally (the engine's messages quote suffixes like '.exe').
    return f"{icon} " + escape_text(shorten(text.replace("'", "\u2019"), 300))


def upload_documents(engine: Any, files: Any, max_bytes: int = MAX_UPLOAD_BYTES, progress: Any = None) -> str:
    """Add uploaded files to ``engine`` and return the status line (Markdown, escaped).

    Success: ``✅ 已添加 / added: a.txt, b.pdf — built: 1 added, … N chunks (k embedded, m reused) in Xs``.
    Failure: ``⚠️ <one line>`` — type/size/name checks here, everything else from the engine's CorpusError
    (temporary upload paths replaced by the file names). Never raises.
    """
    paths = _upload_paths(files)
    names = ", ".join(p.name for p in paths)
    t0 = time.perf_counter()

    def step(frac: float, desc: str) -> None:
        if progress is not None:
            progress(frac, desc=desc)

    try:
        step(0.05, "检查文件 / checking files")
        _check_upload(paths, max_bytes)
        step(0.2, f"索引中 / indexing {shorten(names, 60)}")
        report = engine.add_documents([str(p) for p in paths], max_bytes=max_bytes)
        step(1.0, "完成 / done")
    except QAError as e:
        msg = str(e).strip().splitlines()[0] if str(e).strip() else "upload failed"
        for p in paths:  # name the file, not the server's temporary upload path
            msg = msg.replace(str(p), p.name)
        log.info("upload rejected (%s): %s", names, msg)
        return _status("⚠️", msg)
    except Exception:
        log.exception("upload of %s failed", names)
        return _status("⚠️", f"添加失败 / upload failed: {INTERNAL_ERROR}")
    summary = report.summary() if hasattr(report, "summary") else str(report)
    log.info("added %s in %.2f s: %s", names, time.perf_counter() - t0, summary)
    # A name taken by other content is stored with a hash suffix: say under which name.
    stored = [n for n in getattr(report, "added", []) or [] if n.startswith("uploads/")]
    renamed = [n for n in stored if Path(n).name not in {p.name for p in paths}]
    note = f" (保存为 / stored as {', '.join(renamed)})" if renamed else ""
    return _status("✅", f"已添加 / added: {shorten(names, 200)}{note} — {summary}")


def build_app(engine: Any, examples: list[str] | None = None, max_upload_bytes: int = MAX_UPLOAD_BYTES) -> gr.Blocks:
    """The chat UI and the ``/ask`` API around ``engine`` (anything with ``ask`` and ``documents``; the upload
    panel also needs ``add_documents(paths, max_bytes=...)``)."""
    examples = list(EXAMPLES if examples is None else examples)
    # ReportQA.ask is thread-safe; an engine that is not can set ``thread_safe = False``.
    engine_lock = threading.Lock() if getattr(engine, "thread_safe", True) is False else None

    def run_engine(question: str, k: int, mode: str):
        if engine_lock is None:
            return engine.ask(question, k=k, mode=mode)
        with engine_lock:
            return engine.ask(question, k=k, mode=mode)

    def respond(message: Any, session: dict[str, Any] | None, k: Any, mode: Any):
        session = dict(session or _session())
        messages = list(session.get("messages") or [])
        text = message if isinstance(message, str) else ("" if message is None else str(message))
        messages.append(user_message(text))
        session["messages"] = messages
        yield "", [_to_chat(m) for m in messages], session
        t0 = time.perf_counter()
        try:
            k_int, mode_str = _clean_settings(k, mode)
            resolved = complete_followup(session.get("last_question"), text) if text.strip() else text
            answer = run_engine(resolved, k_int, mode_str)
            new = answer_messages(answer, asked=text)
            session["last_question"] = resolved
            log.info("answered in %.0f ms (k=%s, mode=%s, abstained=%s, followup=%s)",
                     (time.perf_counter() - t0) * 1000, k_int, mode_str, answer.abstained, resolved != text)
        except QAError as e:
            new = [error_message(str(e))]
            log.info("rejected question: %s", e)
        except Exception:  # never show a traceback to users
            log.exception("failed to answer %r", text[:200])
            new = [error_message(INTERNAL_ERROR)]
        messages = (messages + new)[-MAX_MESSAGES:]
        session["messages"] = messages
        yield "", [_to_chat(m) for m in messages], session

    def respond_example(sample: Any, session: dict[str, Any] | None, k: Any, mode: Any):
        question = sample[0] if isinstance(sample, (list, tuple)) and sample else sample
        yield from respond(question if isinstance(question, str) else "", session, k, mode)

    def clear():
        return [], _session(), ""

    def add_files(files: Any, progress=gr.Progress()):
        """Upload event: add the files, then refresh the header's document list and empty the picker."""
        if engine_lock is None:
            status = upload_documents(engine, files, max_upload_bytes, progress)
        else:
            with engine_lock:
                status = upload_documents(engine, files, max_upload_bytes, progress)
        return status, _header_markdown(engine), None

    def ask(question: str, k: int = DEFAULT_K, mode: str = "hybrid") -> dict:
        """Answer one question about the report (no conversation state). Returns a JSON object:
        {question, answer, abstained, citations: [{n, text, quote, section, source, ...}], related, ...}."""
        try:
            k_int, mode_str = _clean_settings(k, mode)
            answer = run_engine(question if isinstance(question, str) else "", k_int, mode_str)
        except QAError as e:
            raise gr.Error(str(e), print_exception=False) from None
        except Exception:
            log.exception("API /ask failed")
            raise gr.Error(INTERNAL_ERROR, print_exception=False) from None
        return answer_to_json(answer, asked=question)

    with gr.Blocks(title="报告问答 · Report QA", fill_width=False) as demo:
        header = gr.Markdown(_header_markdown(engine), elem_id="header")
        # While vectors are embedded behind a keyword-only index: "关键词检索 · 向量索引 37%" with ETA.
        badge = gr.Markdown(vector_badge(engine), elem_id="vector-badge")
        gr.Timer(2.0).tick(lambda: vector_badge(engine), outputs=[badge], api_visibility="private", queue=False,
                           show_progress="hidden")
        chatbot = gr.Chatbot(
            label="对话 / Chat",
            elem_id="chat",
            height="66vh",
            min_height=420,
            latex_delimiters=[],
            buttons=["copy", "copy_all"],
            feedback_options=None,
            group_consecutive_messages=True,
            placeholder="在下方输入问题，或点击示例问题。<br>Type a question below, or click an example.",
        )
        with gr.Row(equal_height=True):
            msg = gr.Textbox(
                placeholder="输入问题，按回车发送 / Ask a question and press Enter",
                label="问题 / Question",
                show_label=False,
                lines=1,
                max_lines=1,
                scale=8,
                elem_id="question",
                autofocus=True,
            )
            send = gr.Button("发送 / Send", variant="primary", scale=1, min_width=90, elem_id="send")
            clear_btn = gr.Button("清空 / Clear", variant="secondary", scale=1, min_width=90, elem_id="clear")
        example_ds = gr.Dataset(
            label="示例问题 / Example questions",
            components=[msg],
            samples=[[q] for q in examples],
            type="values",
            elem_id="examples",
        )
        with gr.Accordion("设置 / Settings", open=False, elem_id="settings"):
            k_slider = gr.Slider(1, MAX_K, value=DEFAULT_K, step=1, label="检索段落数 / Passages retrieved (k)")
            mode_radio = gr.Radio(MODES, value="hybrid", label="检索方式 / Retrieval mode")
        can_upload = callable(getattr(engine, "add_documents", None))
        with gr.Accordion("添加文档 / Add documents", open=False, elem_id="upload", visible=can_upload):
            upload = gr.File(
                label=f"上传报告 / Upload reports ({' '.join(UPLOAD_TYPES)}; ≤ {_fmt_mb(max_upload_bytes)} each)",
                file_count="multiple",
                file_types=UPLOAD_TYPES,
                type="filepath",
                elem_id="upload-files",
            )
            upload_status = gr.Markdown(
                "<small>文件上传后即编入索引，随后即可就其提问。"
                " Files are indexed on upload; ask about them right after.</small>",
                elem_id="upload-status",
            )
        session = gr.State(_session())

        common = dict(
            inputs=[msg, session, k_slider, mode_radio],
            outputs=[msg, chatbot, session],
            show_progress="minimal",
        )
        # The chat turn is callable by clients (undocumented) so tests can drive sessions with gradio_client.
        msg.submit(respond, api_name="chat", api_visibility="undocumented", **common)
        send.click(respond, api_visibility="private", **common)
        example_ds.click(
            respond_example,
            inputs=[example_ds, session, k_slider, mode_radio],
            outputs=[msg, chatbot, session],
            api_visibility="private",
            show_progress="minimal",
        )
        clear_btn.click(clear, outputs=[chatbot, session, msg], api_visibility="private", queue=False)
        chatbot.clear(clear, outputs=[chatbot, session, msg], api_visibility="private", queue=False)
        gr.api(ask, api_name="ask")
        if can_upload:
            # One upload at a time. Chats stay correct during an upload: the engine swaps the new index in under
            # its lock (ReportQA currently holds that lock while embedding, so questions wait for the build).
            upload.upload(add_files, inputs=[upload], outputs=[upload_status, header, upload],
                          api_name="add_documents", api_visibility="undocumented", concurrency_limit=1,
                          show_progress="full", show_progress_on=[upload_status])
        # A new page load shows the current document list (documents may have been added since start).
        demo.load(lambda: _header_markdown(engine), outputs=[header], api_visibility="private", queue=False)
    return demo
