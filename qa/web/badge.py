"""The small "关键词检索 · 向量索引 37%" badge: shown while the index answers by keywords and its vectors are
embedded behind (``ReportQA.vector_status``), empty once hybrid search is live."""
from __future__ import annotations

from typing import Any


def _eta(seconds: float) -> str:
    seconds = int(round(seconds))
    return f"{seconds // 60} min {seconds % 60:02d} s" if seconds >= 60 else f"{seconds} s"


def vector_badge(engine: Any) -> str:
    """Markdown for the badge, or "" when hybrid search is live (or the engine does not report progress)."""
    status_fn = getattr(engine, "vector_status", None)
    if not callable(status_fn):
        return ""
    try:
        s = status_fn()
    except Exception:  # a badge never breaks the page
        return ""
    if s.get("retrieval") == "hybrid":
        return ""
    done, total = int(s.get("done", 0)), int(s.get("total", 0))
    pct = int(100 * done / total) if total else 0
    text = f"关键词检索 · 向量索引 {pct}% / keyword search · vectors {done}/{total}"
    if s.get("eta_s") is not None:
        text += f" · 约 {_eta(float(s['eta_s']))} 后完成 / ETA {_eta(float(s['eta_s']))} ({s.get('rate', 0):.1f} chunks/s)"
    elif s.get("error"):
        text += f" · 已暂停 / paused: {s['error']}"
    return f"<small>🔎 {text}</small>"
