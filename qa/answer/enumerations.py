"""A numbered name and the items it stands for: "“三大战略”是哪三个" is answered by the enumeration the text writes
right before the name ("深入实施A、B、C三大战略"), a convention of Chinese official writing. Pure text logic."""
from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from qa.answer.features import Scored, norm
from qa.answer.question import WHICH_COUNT, QuestionInfo
from qa.answer.spans import lead_end, tokens
from qa.ingest.chunking import Chunk
from qa.text import clause_spans, sentence_spans

# "三大战略", "四项改革", "两个机制": a numeral, a measure word, then the noun the question names
_NUMBERED = re.compile(r"([一二两三四五六七八九十]|\d{1,2})\s*(大|项|个|条|种|类|件)([\u4e00-\u9fff]{1,6})")
_CLAUSE_START = re.compile(r"[，,。；;：:！!？?\n（(]")
ITEM_SEP = re.compile(r"、|和|及|以及|与")  # between the items of a list


_DOUBLE = re.compile(r"双([\u4e00-\u9fff]{1,4})")  # "“双结合”指哪两方面": 双 numbers its two items too


def _numbered_name(question: str, text: str) -> str:
    """The numbered name of ``question`` as ``text`` writes it ("三大战略" from "“三大战略”是哪三个"), or ""."""
    for m in _DOUBLE.finditer(question):
        for n in range(len(m.group(1)), 0, -1):
            if f"双{m.group(1)[:n]}" in text:
                return f"双{m.group(1)[:n]}"
    for m in _NUMBERED.finditer(question):
        noun = m.group(3)
        for n in range(len(noun), 0, -1):
            name = f"{m.group(1)}{m.group(2)}{noun[:n]}"
            if len(name) >= 3 and name in text:
                return name
    return ""


def _lead(clause: str) -> int:
    """Where the first item starts: after the last verb or preposition before the first separator that leaves
    it two characters or more ("深入实施|“一带一路”建设、…", "将国土空间划分为|优化开发、…")."""
    first = ITEM_SEP.search(clause)
    return lead_end(clause, first.start() if first else len(clause), 2) or 0


def _items(clause: str) -> int:
    return len([p for p in ITEM_SEP.split(clause) if p.strip("“”\"' ")])


def enumeration_before(info: QuestionInfo, text: str) -> tuple[int, int] | None:
    """Offsets in ``text`` of the items written right before the question's numbered name, when there are as
    many as the question asks ("A、B、C三大战略" for "三大战略是哪三个"); None otherwise."""
    if info.qtype != "list" or info.english or not info.count or info.count < 2:
        return None
    name = _numbered_name(info.text, text)
    if not name:
        return None
    for m in re.finditer(re.escape(name), text):
        end = m.start()
        while end > 0 and text[end - 1] in "“”\"'":
            end -= 1
        cut = [c.end() for c in _CLAUSE_START.finditer(text, 0, end)]
        start = cut[-1] if cut else 0
        if end - start < 4 or _items(text[start:end]) != info.count:
            continue
        return start + _lead(text[start:end]), end
    return None


def best_enumeration(info: QuestionInfo, cands: Sequence[Scored], logits: np.ndarray,
                     passages: int = 3) -> tuple[Chunk, int, int, float] | None:
    """(chunk, start, end, score) of the items a numbered name stands for in one of the ``passages`` passages
    whose spans score best, or None."""
    seen: set[str] = set()
    for i in np.argsort(-logits):
        chunk = cands[int(i)].chunk
        if chunk.chunk_id in seen:
            continue
        seen.add(chunk.chunk_id)
        if len(seen) > passages:
            return None
        found = enumeration_before(info, chunk.text)
        if found:
            return chunk, found[0], found[1], float(logits[i])
    return None


# a list announced by a colon ("需要把握以下原则：坚持A，…；坚持B，…。"): its items run to the sentence's end
_ANNOUNCES = re.compile(r"(?:以下|如下|下列|几个方面|几点|主要是|包括|分别是)[^，,。；;]{0,8}$|是$")  # "关键环节是："
LIST_AFTER_COLON_MAX = 400  # characters
_NEXT_LISTS = re.compile(r"(?:主要|具体)?(?:包括|内容是|内容包括)[：:]")  # the next sentence lists what one counted
_COUNTED = re.compile(r"([二两三四五六七八九十])[项个条点件大类种][^，,。；;、]{0,6}$")  # "五项改革", "三个方面" (_CN_COUNT)


def list_after_colon(text: str, clause_start: int, clause_end: int) -> tuple[int, int] | None:
    """Offsets of the items after a clause that announces them and ends with a colon, when there are two or more
    (separated by "；" or "、"); None otherwise."""
    colon = clause_end if clause_end < len(text) and text[clause_end] in "：:" else \
        next((i for i in range(clause_end - 1, clause_start - 1, -1) if text[i] in "：:"), -1)
    counted = 0
    stop = clause_end - 1 if text[clause_end - 1:clause_end] in ("。", ".") else clause_end  # (a clause may hold its 。)
    if colon < 0 and text[stop:stop + 1] in ("。", "."):  # "…需要重点抓好的五项改革。主要包括：A，B，…"
        nxt, number = _NEXT_LISTS.match(text, stop + 1), _COUNTED.search(text[clause_start:stop])
        counted = _CN_COUNT[number.group(1)] if nxt and number else 0
        colon = nxt.end() - 1 if counted else -1
    elif colon >= 0 and not _ANNOUNCES.search(text[clause_start:colon]):
        colon = -1
    if colon < 0:
        return None
    end = text.find("。", colon)
    end = len(text) if end < 0 else end
    body = text[colon + 1:end]
    listed = len(re.split(r"[；;]", body)) >= 2 or body.count("、") >= 2 \
        or (counted >= 2 and len(re.split(r"[，,；;]", body)) == counted)  # as many clauses as the count said
    if not body.strip() or len(body) > LIST_AFTER_COLON_MAX or not listed:
        return None
    return colon + 1, end


def listing_span(info: QuestionInfo, cands: Sequence[Scored], masked: np.ndarray, best: int, margin: float) -> int:
    """``best``, or for a Chinese list question whose best span's sentence (over "；" to its "。") lists nothing,
    the best span within ``margin`` of it that lists items ("不良资产、债券违约、影子银行…" for "点名哪些隐患")."""
    b = cands[best]
    if not np.isfinite(masked[best]):
        return best
    head = WHICH_COUNT.search(info.text)  # "哪三种创新能力": a span of three that names 创新能力 (not "两个闸门")
    if head and head.group(2) and info.count >= 2 and not info.english and _items(b.text) not in (1, info.count):
        fit = [int(i) for i in np.flatnonzero(masked >= masked[best] - ALIGNED_LIST_MARGIN)
               if _items(cands[int(i)].text) == info.count and head.group(2) in cands[int(i)].text]
        if fit:
            return max(fit, key=lambda i: masked[i])
    stop = b.chunk.text.find("。", b.span.sent_start)
    if info.english or len(re.findall("[、；;]", b.chunk.text[b.span.sent_start:stop if stop >= 0 else None])) >= 2:
        return best
    near = [int(i) for i in np.flatnonzero(masked >= masked[best] - ALIGNED_LIST_MARGIN)
            if cands[int(i)].text.count("、") >= 2
            and (masked[i] >= masked[best] - margin or cands[int(i)].span.kind == "aligned")]
    return max(near, key=lambda i: masked[i]) if near else best


ALIGNED_LIST_MARGIN = 0.3  # ... or within this, one where the question's words leave a gap ("要坚持哪几条" ← "坚持A、B、C")


# what a question leaves out: "（新一代信息技术之外）有哪些", "除了X以外还有什么"
# ("除了经济特区和浦东，还要…": the comma closes it too)
_EXCEPT = re.compile(r"(?:除了?|除去)([\u4e00-\u9fff“”、]{2,16}?)(?:之外|以外|外|(?=[，,]))|"
                     r"[（(]([\u4e00-\u9fff“”]{2,12}?)(?:之外|以外)[）)]")
_ITEM_SPLIT = re.compile(r"、|和|与|及")


def other_than(info: QuestionInfo, cands: Sequence[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """Spans whose clause names what the question leaves out and lists nothing else (ruled out while others are
    left): "推进中巴、孟中印经济走廊建设" still answers "除中巴以外还有哪一个"."""
    out = np.zeros(len(cands), dtype=bool)
    left_out = [t for m in _EXCEPT.finditer(info.text) for g in m.groups() if g
                for t in _ITEM_SPLIT.split(norm(g).strip("“”")) if len(t) >= 2]
    if info.english or not left_out:
        return out
    for i, c in enumerate(cands):
        if only is None or only[i]:
            clause = norm(c.chunk.text[c.span.clause_start:c.span.clause_end])
            # a listing answers unless every item it lists is left out ("发挥经济特区、上海浦东新区的作用")
            out[i] = all(any(t in item for t in left_out) for item in _ITEM_SPLIT.split(clause))
    return out


# "对西部、东北、中部、东部分别提出了什么方针": the items a question asks about one by one
_ASKED_ITEMS = re.compile(r"([\u4e00-\u9fff]{1,6}(?:、[\u4e00-\u9fff]{1,6})+(?:(?:和|与|及)[\u4e00-\u9fff]{1,6})?)\s*(?:分别|各自)")
_ITEM_LEAD = re.compile(r"^(?:对于|对|在|给|向|为|从|把|将|就|关于)")
_CLAUSE_END = frozenset("，,；;。！？!?：:")
ITEMS_RUN_MAX = 120  # characters a run of clauses answering the items one by one may take


def asked_items(question: str) -> list[str]:
    """The items a question lists before 分别/各自 (its first one without a preposition), or []."""
    m = _ASKED_ITEMS.search(question)
    if not m:
        return []
    items = [it for it in re.split(r"、|和|与|及", m.group(1)) if it]
    items[0] = _ITEM_LEAD.sub("", items[0]) or items[0]
    if len(items) >= 2 and len(items[0]) > (width := max(map(len, items[1:]))):
        items[0] = items[0][-width:]  # "报告对合法收入、过高收入和…": the first item is as long as the others
    return items if len(items) >= 2 else []


def items_run(info: QuestionInfo, text: str, sent_start: int, sent_end: int, s: int, e: int) -> tuple[int, int]:
    """The answer ``s:e`` grown over the run of its sentence's clauses that name the items the question asks
    about one by one ("推进西部大开发，振兴东北地区…，促进中部地区崛起，鼓励东部地区加快发展"), when that run names
    more of them than the answer does."""
    items = asked_items(info.text) if not info.english and info.qtype in ("list", "fact") else []
    if not items:
        return s, e
    clauses = [(a + sent_start, b + sent_start - (text[sent_start + b - 1] in _CLAUSE_END))
               for a, b in clause_spans(text[sent_start:sent_end]) if b > a]
    naming = [(a, b) for a, b in clauses if any(it[:2] in text[a:b] for it in items)]
    if len(naming) < 2:
        return s, e
    a, b = naming[0][0], naming[-1][1]
    named = sum(it[:2] in text[a:b] for it in items)
    if b - a > ITEMS_RUN_MAX or named <= sum(it[:2] in text[s:e] for it in items):
        return s, e
    return min(a, s), max(b, e)



PARALLEL_MIN, PARALLEL_CLAUSE = (3, 4), (3, 10)  # clauses in a run (the answer's too); characters each


def parallel_run(info: QuestionInfo, text: str, sent_start: int, sent_end: int, s: int, e: int) -> tuple[int, int]:
    """A list asked ("倡导什么样的学术风气") answered inside one of a run of short parallel clauses, each a verb and its
    object ("倡导学术诚信，鼓励独立思考，保障学术自由，弘扬科学精神"): the whole run, its items."""
    if info.english or info.qtype != "list":
        return s, e
    clauses = [(a + sent_start, b + sent_start - (text[sent_start + b - 1] in _CLAUSE_END))
               for a, b in clause_spans(text[sent_start:sent_end]) if b > a]

    def parallel(a: int, b: int) -> bool:  # (the tagger reads some verbs as names: "弘扬")
        toks = tokens(text[a:b])
        return PARALLEL_CLAUSE[0] <= b - a <= PARALLEL_CLAUSE[1] and len(toks) >= 2 and toks[0][1] == 2 \
            and toks[0][2][:1] in "vn" and not any(ch.isdigit() for ch in text[a:b])
    inside = [k for k, (a, b) in enumerate(clauses) if a < e and s < b]  # the answer's clauses, all parallel
    if not inside or not all(parallel(*clauses[k]) for k in inside):
        return s, e
    lo, hi = inside[0], inside[-1]
    width = clauses[lo][1] - clauses[lo][0]

    def alike(k: int) -> bool:  # as long as the answer's clause, give or take two characters
        return parallel(*clauses[k]) and abs(clauses[k][1] - clauses[k][0] - width) <= 2
    while lo > 0 and alike(lo - 1):
        lo -= 1
    while hi + 1 < len(clauses) and alike(hi + 1):
        hi += 1
    if not PARALLEL_MIN[0] <= hi - lo + 1 <= PARALLEL_MIN[1] + 2:
        return s, e
    return clauses[lo][0], clauses[hi][1]


# a quoted name numbering its items by a word each item shares ("哪“三弃”" ← "弃水、弃风、弃光"; "哪“三个没有变”" ←
# "…基本国情没有变，…社会主要矛盾没有变，…国际地位没有变")
_SHARED_NUMBERED = re.compile(r"哪(?:些)?[“\"「]([二两三四五六七八九十])(?:个|大|项|条|种)?([\u4e00-\u9fff]{1,4})[”\"」]|"
                              r"[“\"「]([二两三四五六七八九十])(?:个|大|项|条|种)?([\u4e00-\u9fff]{1,4})[”\"」]"
                              r"(?:是|指|包括)[^？?]{0,4}(?:什么|哪)|"  # asked for its items, not named in passing
                              r"哪([二两三四五六七八九十])(?:个|大|项|条|种)[“\"「]([\u4e00-\u9fff]{1,4})[”\"」]")  # 哪四个“坚持”
_CN_COUNT = {c: i for i, c in enumerate("一二三四五六七八九十", start=1)} | {"两": 2}
_PIECE_SEP = re.compile(r"[、，,；;：:]")
_ITEM_SEP = re.compile(r"[；;：:]")


def shared_word_items(info: QuestionInfo, cands: Sequence[Scored], masked: np.ndarray) -> tuple[Scored, int, int] | None:
    """The run of exactly as many items as a quoted numbered name counts, each holding its shared word, in the
    best-scored sentence that writes one, the best span's passage first: (a candidate of that sentence, start, end);
    None when none does."""
    m = _SHARED_NUMBERED.search(info.text) if not info.english else None
    if m is None:
        return None
    n, word = _CN_COUNT[m.group(1) or m.group(3) or m.group(5)], m.group(2) or m.group(4) or m.group(6)
    # the numbered name itself ("三个高于"), which its items do not repeat (a count before the quote names none)
    name = "" if m.group(5) else re.search(r"[“\"「]([^”\"」]+)", m.group(0)).group(1)
    order = [int(i) for i in np.argsort(-masked) if np.isfinite(masked[i])]
    if not order:
        return None
    passage = cands[order[0]].chunk.chunk_id  # the best span's passage first (another report's "三个高于" is not it)
    for mine in (True, False):
        seen: set[tuple[str, int]] = set()
        for i in order:
            c = cands[i]
            key = (c.chunk.chunk_id, c.span.sent_start)
            if (c.chunk.chunk_id == passage) != mine or key in seen:
                continue
            seen.add(key)
            # items of a clause each ("坚持甲，推进乙；坚持丙，维护丁"): the pieces between semicolons of the
            # whole sentence (its parts cut at ；)
            text = c.chunk.text
            # (a count before the quote, "哪四个“坚持”": clauses only, the word often their verb; "哪三种“发展”" of
            # "绿色发展、循环发展、低碳发展" is an enumeration the list readers answer)
            run = (None if m.group(5) else _run_of(text, c.span.sent_start, c.span.sent_end, word, n, name)) \
                or _run_of(text, max(text.rfind(p, 0, c.span.sent_start) for p in "。！？!?\n") + 1,
                           min((i for i in (text.find(p, c.span.sent_start) for p in "。！？!?\n") if i >= 0),
                               default=len(text)), word, n, name, _ITEM_SEP)
            if run:
                return c, run[0], run[1]
    return None


def _run_of(text: str, start: int, end: int, word: str, n: int, name: str = "",
            seps: re.Pattern = _PIECE_SEP) -> tuple[int, int] | None:
    """Offsets of exactly ``n`` consecutive pieces of ``text[start:end]`` (cut at ``seps``: 、，；：) that each hold
    ``word``, not the numbered ``name`` itself ("要确保“三个高于”，即：…")."""
    bounds, at = [], start
    for sep in seps.finditer(text, start, end):
        bounds.append((at, sep.start()))
        at = sep.end()
    bounds.append((at, end))
    run: list[tuple[int, int]] = []
    for a, b in bounds + [(end, end)]:
        if a < b and word in text[a:b] and not (name and name in text[a:b]):
            run.append((a, b))
            continue
        if len(run) == n:
            first = run[0][0]
            if all(text.startswith(word, a) for a, _ in run[1:]):  # "有效缓解弃水、弃风、弃光": the items begin at 弃
                first = text.index(word, first)
            return first, run[-1][1] - (text[run[-1][1] - 1] in "。！？!?")
        run = []
    return None


_TRAIL = "，,。；;：:、 "


def sentence_heads(chunk: Chunk, max_len: int) -> tuple[str, list] | None:
    """An item written as "二是X。A，…。B，…。" lists its parts as sentences: its sentences' first clauses, joined
    (None for fewer than two, or longer than ``max_len``)."""
    heads = []
    for a, b in sentence_spans(chunk.text)[1:]:
        cl = clause_spans(chunk.text[a:b])
        if cl:
            heads.append((a + cl[0][0], a + cl[0][1]))
    if len(heads) < 2:
        return None
    answer = "；".join(chunk.text[a:b].strip(_TRAIL) for a, b in heads)
    if len(answer) > max_len:
        return None
    return answer, [(chunk, heads[0][0], heads[-1][1], 1.0)]
