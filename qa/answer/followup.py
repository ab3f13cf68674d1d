"""Follow-up completion without an LLM: turn an elliptical follow-up into a self-contained question.

In a chat, users ask "2014年专利申请量是多少?" and then just "授权量呢?" or "那2015年的目标呢?" or
"and in 2015?". Retrieval needs the whole question, so :func:`complete_followup` rewrites the second
turn using the previous (already resolved) question. It is a pure function built from general Chinese /
English surface cues only — it knows nothing about any particular report.

Approach
--------
1. **Detect ellipsis.** The question is split into *connectors* (那/那么/还有/另外/至于…, "and", "what
   about", "how about"…), *time slots* (years such as ``2015``/``2015年``, and 今年/去年/明年/前年),
   an optional *question word* tail (多少/几/哪些/什么/如何/是否…; what/how many/which…) and the
   remaining *fragment* (e.g. "授权量", "目标", "grants"). It is a follow-up when

   * there is a previous question, and
   * the fragment is short (≤ 10 CJK characters / ≤ 5 English words), and
   * either it has no question word, or what remains besides time slots is empty, an attribute word
     (目标/计划/增长率/target/goal…) or a short piece that overlaps the previous topic, and
   * some ellipsis cue is present: it ends in 呢 (or starts with 那…), starts with a connector, consists only
     of a time slot, is an attribute word, or overlaps the previous question's topic (shares a head noun
     such as 量/额/率 or a leading word such as 专利).

   Anything else — a complete question, a greeting, an unrelated bare phrase — is returned unchanged.

2. **Complete from the previous question**, which is split into *head* (everything before the
   question word) and *tail* (the question word to the end, e.g. "是多少?"):

   * **Slot swap** — years in the follow-up replace the years of the previous question in place
     (pairwise; a year is prepended when the previous question had none).
   * **Overlap substitution** — the longest common substring ``S`` of fragment and head, where ``S`` is a
     prefix or suffix of the fragment, anchors the fragment in the head; the characters on the other
     side of ``S`` are replaced by the fragment's own ("专利申请量" + "授权量" → "专利授权量";
     "专利申请量" + "专利授权" → "专利授权量"). English works the same way on words.
   * **Attribute** — a generic attribute word is attached to the topic: "…总金额" + "目标" →
     "…总金额的目标" (English: "What is the 2015 target for <topic>?").
   * **Entity swap** — otherwise the fragment replaces the part of the topic before its first "的", or
     the entity part before a generic measure suffix (…量/额/数/率/规模/金额…), or else the whole topic.
   * The previous question word tail is kept unless the follow-up brings its own ("授权量有多少?").

Limitations (documented on purpose): the rules are surface heuristics. An entity swap on a topic
without "的" guesses the boundary from a measure suffix; follow-ups in one language on a previous question
in the other only swap time slots and append the fragment; pronoun resolution ("它", "this fund")
is not attempted.
"""
from __future__ import annotations

import re

__all__ = ["complete_followup", "is_followup"]

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RE = re.compile(f"[{_CJK}]")
_END_PUNCT_RE = re.compile(r"[\s?？!！。.,，;；:：~～…]+$")
_YEAR_RE = re.compile(r"(?<!\d)(1[89]\d{2}|2[01]\d{2})(?!\d)")
_REL_YEARS = ("前年", "去年", "今年", "明年", "后年")
_REL_YEAR_RE = re.compile("|".join(_REL_YEARS))

# Chinese connectors that open an elliptical follow-up.
_ZH_CONNECTOR_RE = re.compile(r"^(那么|那|还有|另外|此外|以及|至于|关于|再问一下|再问|请问|那请问|而|和|与|跟|又|再)+")
_ZH_TRAILING_PARTICLE_RE = re.compile(r"(的呢|呢|啊|呀|吧|嘛)+$")
# Question words (longest first so 为什么 wins over 什么).
_ZH_QWORDS = (
    "为什么", "为何", "怎么样", "怎样", "怎么", "如何", "多少", "哪些", "哪个", "哪里", "哪儿", "哪几", "哪",
    "什么", "何时", "几", "是否", "有没有", "是不是", "多大", "多高", "多长", "多久", "谁", "吗",
)
_ZH_QWORD_RE = re.compile("|".join(_ZH_QWORDS))
# Verbs/adverbs that belong to the question tail when right before the question word.
_ZH_TAIL_LEAD_RE = re.compile(r"(一共|总共|共计|累计|大约|大概|分别|将|会|要|能|可|共|约|达到|达|为|是|有)+$")
# Generic attribute words (language, not report facts).
_ZH_ATTRS = (
    "增长率", "增长幅度", "目标", "计划", "预期", "预计", "预测", "增长", "增速", "增幅", "同比", "环比", "占比",
    "比例", "比重", "变化", "原因", "措施", "情况", "进展", "结果", "排名", "总量", "总额", "总数", "平均",
    "任务", "安排", "要求", "成效", "效果", "重点", "规划", "打算", "举措", "做法",
)
_ZH_MEASURE_RE = re.compile(
    r"(总金额|金额|总额|规模|比重|比例|人数|次数|家数|数量|收入|产值|增加值|余额|"
    r"[{cjk}]{{2}}(?:量|额|数|率|值))$".format(cjk=_CJK)
)
_ZH_FUNCTION_CHARS = set("的了和与及或在是有年月日")

_EN_CONNECTOR_RE = re.compile(
    r"^(?:and\s+what\s+about|and\s+how\s+about|what\s+about|how\s+about|what\s+of|same\s+for|"
    r"and\s+also|and|also|then|so|but|or)\b[\s,]*",
    re.I,
)
_EN_QWORD_RE = re.compile(
    r"\b(what|which|who|whom|whose|when|where|why|how|is|are|was|were|did|does|do|can|could|will|would)\b", re.I
)
_EN_STOP = {"the", "a", "an", "in", "for", "of", "on", "at", "to", "year", "about", "its", "their", "that", "this"}
_EN_ATTRS = {
    "target", "targets", "goal", "goals", "plan", "plans", "forecast", "growth", "rate", "share", "increase",
    "change", "reason", "reasons", "progress", "total", "average", "trend", "ranking", "result", "results",
}
_EN_WHAT_IS_RE = re.compile(r"^(what|which)\s+(is|was|are|were)\s+", re.I)

_MAX_ZH_FRAGMENT = 10
_MAX_EN_FRAGMENT_WORDS = 5


# --------------------------------------------------------------------------- small helpers


def _has_cjk(text: str) -> bool:
    return bool(_CJK_RE.search(text))


def _split_end(text: str) -> tuple[str, str]:
    """("2014年…是多少", "?") — the core and its trailing punctuation."""
    m = _END_PUNCT_RE.search(text)
    if not m:
        return text, ""
    return text[: m.start()], m.group(0).strip()


def _year_tokens(text: str) -> list[str]:
    """Absolute years and relative year words, in order of appearance."""
    found = [(m.start(), m.group(0)) for m in _YEAR_RE.finditer(text)]
    found += [(m.start(), m.group(0)) for m in _REL_YEAR_RE.finditer(text)]
    return [tok for _, tok in sorted(found)]


def _year_spans(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in _YEAR_RE.finditer(text)] + [m.span() for m in _REL_YEAR_RE.finditer(text)]
    return sorted(spans)


def _swap_years(prev: str, new_years: list[str], zh: bool) -> str:
    """Replace the previous question's years by ``new_years`` (pairwise; extra ones joined on the last)."""
    if not new_years:
        return prev
    spans = _year_spans(prev)
    if not spans:
        if zh:
            joined = "和".join(y + ("年" if y.isdigit() else "") for y in new_years)
            return joined + prev
        return prev  # English without a year: handled by the caller (appends " in 2015")
    out = prev
    # Replace from the right so offsets stay valid.
    replacements: list[tuple[int, int, str]] = []
    for i, (s, e) in enumerate(spans):
        if i < len(new_years):
            tok = new_years[i] if i < len(spans) - 1 else _join_years(new_years[i:], zh, prev[e: e + 1] == "年")
            replacements.append((s, e, tok))
    for s, e, tok in reversed(replacements):
        old = out[s:e]
        # A relative word (今年) replaced by a digit year needs its 年; a digit year followed by 年 must not
        # get a second one from 今年→"2015年".
        if zh and tok.isdigit() and not old.isdigit():
            tok = tok + "年"
        if zh and not tok[:1].isdigit() and out[e: e + 1] == "年" and old.isdigit():
            e += 1  # "2014年" → "今年", not "今年年"
        out = out[:s] + tok + out[e:]
    return out


def _join_years(years: list[str], zh: bool, followed_by_nian: bool) -> str:
    if len(years) == 1:
        return years[0]
    if zh:
        sep = "年和" if followed_by_nian else "和"
        return sep.join(years)
    return " and ".join(years)


def _longest_common_substring(a: str, b: str) -> tuple[int, int, int]:
    """(length, start in a, start in b) of the longest common substring (first one found on ties)."""
    best = (0, 0, 0)
    if not a or not b:
        return best
    prev_row = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        row = [0] * (len(b) + 1)
        ai = a[i - 1]
        for j in range(1, len(b) + 1):
            if ai == b[j - 1] and ai != "\0":
                row[j] = prev_row[j - 1] + 1
                if row[j] > best[0]:
                    best = (row[j], i - row[j], j - row[j])
        prev_row = row
    return best


# --------------------------------------------------------------------------- Chinese


class _ZhParts:
    """A Chinese (or mixed) follow-up split into connector / years / fragment / question tail."""

    def __init__(self, question: str) -> None:
        core, self.punct = _split_end(question.strip())
        core = core.strip()
        m = _ZH_CONNECTOR_RE.match(core)
        self.connector = bool(m)
        if m:
            core = core[m.end():]
        self.ends_ne = bool(re.search(r"呢$", core))
        core = _ZH_TRAILING_PARTICLE_RE.sub("", core)
        self.years = _year_tokens(core)
        # Question word tail of the follow-up itself ("授权量有多少" → tail "有多少").
        self.tail = ""
        qm = _ZH_QWORD_RE.search(core)
        if qm:
            lead = _ZH_TAIL_LEAD_RE.search(core[: qm.start()])
            start = lead.start() if lead else qm.start()
            self.tail = core[start:]
            core = core[:start]
        frag = _YEAR_RE.sub("", core)
        frag = _REL_YEAR_RE.sub("", frag)
        frag = re.sub(r"^[年的\s,，、]+|[的\s,，、]+$", "", frag)
        frag = re.sub(r"^年", "", frag)
        self.fragment = frag.strip()
        self.is_attr = self.fragment in _ZH_ATTRS


def _zh_head_tail(prev_core: str) -> tuple[str, str]:
    """Split a previous question into head (topic incl. years) and question-word tail."""
    qm = _ZH_QWORD_RE.search(prev_core)
    if not qm:
        return prev_core, ""
    lead = _ZH_TAIL_LEAD_RE.search(prev_core[: qm.start()])
    start = lead.start() if lead else qm.start()
    return prev_core[:start], prev_core[start:]


def _topic_start(head: str) -> int:
    """Index where the topic starts in ``head``: after leading years / "年的" glue."""
    i = 0
    while True:
        m = re.match(r"\s*(?:(?:1[89]\d{2}|2[01]\d{2})年?|前年|去年|今年|明年|后年)[的度]?[,，、\s]*", head[i:])
        if not m or not m.group(0):
            return i
        i += m.end()


def _masked(head: str) -> str:
    """``head`` with year characters replaced by NUL so they never anchor a substitution."""
    chars = list(head)
    for s, e in _year_spans(head):
        for k in range(s, min(e + 1, len(chars))):  # include the 年 after a digit year
            if k < e or chars[k] == "年":
                chars[k] = "\0"
    return "".join(chars)


def _zh_overlap(fragment: str, head: str) -> tuple[int, int, int] | None:
    """Anchor of ``fragment`` in ``head``: (len, pos in fragment, pos in head) or None."""
    length, fi, hi = _longest_common_substring(fragment, _masked(head))
    if length == 0:
        return None
    is_prefix = fi == 0
    is_suffix = fi + length == len(fragment)
    if not (is_prefix or is_suffix):
        return None
    common = fragment[fi: fi + length]
    if length == 1 and (not is_suffix or common in _ZH_FUNCTION_CHARS or not _has_cjk(common)):
        return None
    return length, fi, hi


def _zh_substitute(head: str, fragment: str, anchor: tuple[int, int, int]) -> str:
    length, fi, hi = anchor
    start = _topic_start(head)
    if length == len(fragment):
        return head  # the fragment is already part of the topic
    if fi + length == len(fragment):  # shared suffix: replace what precedes it in the head
        new = fragment[:fi]
        s = max(start, hi - len(new))
        return head[:s] + new + head[hi:]
    # shared prefix: replace what follows it
    new = fragment[length:]
    s = hi + length
    end_limit = len(head)
    e = min(end_limit, s + len(new))
    return head[:s] + new + head[e:]


def _zh_entity_swap(head: str, fragment: str) -> str:
    start = _topic_start(head)
    topic = head[start:]
    if not topic:
        return head + fragment
    de = topic.find("的")
    if 0 < de < len(topic) - 1:
        return head[:start] + fragment + topic[de:]
    m = _ZH_MEASURE_RE.search(topic)
    if m and m.start() > 0:
        return head[:start] + fragment + topic[m.start():]
    return head[:start] + fragment


def _complete_zh(prev: str, parts: _ZhParts) -> str:
    prev_core, prev_punct = _split_end(prev.strip())
    punct = parts.punct or prev_punct or "?"
    zh_prev = _has_cjk(prev_core)
    prev_core = _swap_years(prev_core, parts.years, zh=zh_prev)
    if parts.years and not zh_prev and not _year_spans(_split_end(prev.strip())[0]):
        prev_core = f"{prev_core} in {' and '.join(parts.years)}"
    if not zh_prev:
        # Chinese fragment on an English question: only the slot can be merged reliably.
        return f"{prev_core} {parts.fragment}".rstrip() + punct if parts.fragment else prev_core + punct
    head, tail = _zh_head_tail(prev_core)
    if parts.tail:
        tail = parts.tail
    frag = parts.fragment
    if frag:
        anchor = None if parts.is_attr else _zh_overlap(frag, head)
        if anchor:
            head = _zh_substitute(head, frag, anchor)
        elif parts.is_attr:
            if frag not in head:
                head = head + ("" if head.endswith("的") or not head[_topic_start(head):] else "的") + frag
        else:
            head = _zh_entity_swap(head, frag)
    if not tail:
        tail = "是多少" if parts.is_attr or not frag else ""
    return head + tail + punct


def _zh_is_followup(parts: _ZhParts, prev: str) -> bool:
    frag = parts.fragment
    if len(frag) > _MAX_ZH_FRAGMENT:
        return False
    prev_core, _ = _split_end(prev.strip())
    prev_head, _ = _zh_head_tail(prev_core) if _has_cjk(prev_core) else (prev_core, "")
    overlaps = bool(frag) and _has_cjk(prev_core) and _zh_overlap(frag, prev_head) is not None
    if parts.tail:
        # A question word is present: only a follow-up if it lacks its own topic.
        if frag and not (parts.is_attr or (overlaps and len(frag) <= 4)):
            return False
        if not frag and not parts.years:
            return False  # "为什么呢?" — nothing to carry over reliably
    slot_only = bool(parts.years) and not frag
    return parts.ends_ne or parts.connector or slot_only or parts.is_attr or overlaps


# --------------------------------------------------------------------------- English


def _en_words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9][A-Za-z0-9'\-]*", text)


def _en_stem(word: str) -> str:
    w = word.lower()
    for suf in ("ies", "es", "s"):
        if w.endswith(suf) and len(w) > len(suf) + 2:
            return w[: -len(suf)]
    return w


class _EnParts:
    def __init__(self, question: str) -> None:
        core, self.punct = _split_end(question.strip())
        core = core.strip()
        m = _EN_CONNECTOR_RE.match(core)
        self.connector = bool(m)
        if m:
            core = core[m.end():]
        self.years = [m.group(0) for m in _YEAR_RE.finditer(core)]
        self.has_qword = bool(_EN_QWORD_RE.search(core))
        words = [w for w in _en_words(_YEAR_RE.sub(" ", core))]
        while words and words[0].lower() in _EN_STOP:
            words.pop(0)
        while words and words[-1].lower() in _EN_STOP:
            words.pop()
        self.words = words
        self.fragment = " ".join(words)
        content = [w for w in words if w.lower() not in _EN_STOP]
        self.is_attr = len(content) == 1 and content[0].lower() in _EN_ATTRS
        self.attr = content[0] if self.is_attr else ""


def _en_overlap_substitute(prev_core: str, words: list[str]) -> str | None:
    """Word-level version of the Chinese overlap substitution; None when nothing anchors."""
    prev_tokens = list(re.finditer(r"[A-Za-z0-9][A-Za-z0-9'\-]*", prev_core))
    prev_stems = [
        "\0" if (t.group(0).lower() in _EN_STOP or _YEAR_RE.fullmatch(t.group(0))) else _en_stem(t.group(0))
        for t in prev_tokens
    ]
    frag_stems = [_en_stem(w) for w in words]
    length, fi, pi = _longest_common_substring(tuple(frag_stems), tuple(prev_stems))  # type: ignore[arg-type]
    if length == 0 or length == len(words):
        return None if length == 0 else prev_core
    if fi + length == len(words):  # shared suffix: replace preceding words
        new = words[:fi]
        first = max(0, pi - len(new))
        s, e = prev_tokens[first].start(), prev_tokens[pi].start()
        return prev_core[:s] + " ".join(new) + " " + prev_core[e:]
    if fi == 0:  # shared prefix: replace following words
        new = words[length:]
        j = pi + length
        if j >= len(prev_tokens):
            return prev_core + " " + " ".join(new)
        last = min(len(prev_tokens) - 1, j + len(new) - 1)
        s, e = prev_tokens[j].start(), prev_tokens[last].end()
        return prev_core[:s] + " ".join(new) + prev_core[e:]
    return None


def _remove_en_year_phrase(text: str) -> str:
    text = re.sub(r"\s*\b(in|for|during|of)\s+(1[89]\d{2}|2[01]\d{2})\b", "", text)
    return _YEAR_RE.sub("", text).replace("  ", " ").strip()


def _complete_en(prev: str, parts: _EnParts) -> str:
    prev_core, prev_punct = _split_end(prev.strip())
    punct = parts.punct or prev_punct or "?"
    if _has_cjk(prev_core):
        # English follow-up on a Chinese question: swap the slot, keep any extra words visible.
        out = _swap_years(prev_core, parts.years, zh=True)
        if parts.fragment:
            out = f"{out} ({parts.fragment})"
        return out + punct
    had_year = bool(_year_spans(prev_core))
    if parts.is_attr:
        m = _EN_WHAT_IS_RE.match(prev_core)
        if m:
            topic = _remove_en_year_phrase(prev_core[m.end():])
            year = (parts.years[0] + " ") if parts.years else ""
            return f"What is the {year}{parts.attr.lower()} for {topic}{punct}"
        out = _swap_years(prev_core, parts.years, zh=False)
        if parts.years and not had_year:
            out += f" in {' and '.join(parts.years)}"
        return f"{out} ({parts.attr.lower()}){punct}"
    out = _swap_years(prev_core, parts.years, zh=False)
    if parts.years and not had_year:
        out += f" in {' and '.join(parts.years)}"
    if parts.words:
        sub = _en_overlap_substitute(out, parts.words)
        out = sub if sub is not None else f"{out} ({parts.fragment})"
    return re.sub(r"\s{2,}", " ", out) + punct


def _en_is_followup(parts: _EnParts, prev: str) -> bool:
    if len(parts.words) > _MAX_EN_FRAGMENT_WORDS:
        return False
    if parts.has_qword and not parts.connector:
        return False
    slot_only = bool(parts.years) and not parts.words
    prev_core, _ = _split_end(prev.strip())
    overlaps = False
    if parts.words and not _has_cjk(prev_core):
        sub = _en_overlap_substitute(prev_core, parts.words)
        overlaps = sub is not None
    return parts.connector or slot_only or parts.is_attr or overlaps


# --------------------------------------------------------------------------- public API


def is_followup(previous_question: str | None, question: str) -> bool:
    """True when ``question`` looks elliptical and can be completed from ``previous_question``."""
    if not previous_question or not previous_question.strip() or not question or not question.strip():
        return False
    q = question.strip()
    if _has_cjk(q):
        return _zh_is_followup(_ZhParts(q), previous_question)
    return _en_is_followup(_EnParts(q), previous_question)


def complete_followup(previous_question: str | None, question: str) -> str:
    """Complete an elliptical follow-up from the previous question; otherwise return ``question`` unchanged.

    >>> complete_followup("2014年专利申请量是多少?", "授权量呢?")
    '2014年专利授权量是多少?'
    >>> complete_followup(None, "授权量呢?")
    '授权量呢?'
    """
    if not is_followup(previous_question, question):
        return question
    assert previous_question is not None
    q = question.strip()
    try:
        if _has_cjk(q):
            out = _complete_zh(previous_question, _ZhParts(q))
        else:
            out = _complete_en(previous_question, _EnParts(q))
    except Exception:  # pragma: no cover - a heuristic must never break the chat
        return question
    out = out.strip()
    return out or question
