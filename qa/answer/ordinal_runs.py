"""Lists a paragraph numbers inline — "一要完善产业政策和行业规划，…。二要抓紧制定…。…五要严肃税制，…" — rather
than as outline headings the chunker makes items of. Asked "提出了哪五条办法", the answer is the head of each item,
and the run may go on into the next passage (a long paragraph is cut into several). Pure text logic."""
from __future__ import annotations

import re
from collections.abc import Sequence

from qa.answer.question import MARKED, QuestionInfo
from qa.ingest.chunking import Chunk
from qa.text import sentence_spans

# a numbered item opens a sentence, a paragraph or what a colon announces ("主要措施是：一要大力增加投入。")
_MARK = re.compile(r"(?:^|(?<=[。；;：:！!？?\n]))\s*(?:([一二三四五六七八九十])(是|要|来|则)|第([一二三四五六七八九十])([，,、]))")
_DIGIT = {ch: i + 1 for i, ch in enumerate("一二三四五六七八九十")}
_HEAD_END = re.compile(r"[，,。；;：:！!？?\n]")
_COUNTED = re.compile(r"[两二三四五六七八九十]\s*(?:项|个方面|方面|大|条|点|类|件)")  # "五条", "三件(事)"
LEAD_MAX = 12  # characters before a run in which its announcing words ("突出抓好三件事：") stand
HEAD_MAX = 40  # characters of an item's head (its first clause)
NEIGHBOURS = (1, 2)  # passages of the same report read before and after the best one: a run may span them
GAP_MAX = 2  # characters between two passages that continue one another (the line break of a paragraph)
AFTER_MAX = 400  # characters after the best span's sentence within which the run it announces must begin


def ordinal_runs(text: str) -> list[list[tuple[int, int]]]:
    """Every run "一X…二X…三X…" (same marker word, numbers in order) of ``text``, as the offsets of each item's head."""
    runs: list[tuple[str, list[tuple[int, int]]]] = []
    for m in _MARK.finditer(text):
        n, word = _DIGIT[m.group(1) or m.group(3)], m.group(2) or "第"
        end = _HEAD_END.search(text, m.end())
        start = m.start(1) if m.group(1) else m.start(3) - 1  # "第一，必须坚持解放思想": the marker and its clause
        head = (start, min(end.start() if end else len(text), start + HEAD_MAX))
        if n == 1:
            runs.append((word, [head]))
        elif runs and runs[-1][0] == word and len(runs[-1][1]) == n - 1:
            runs[-1][1].append(head)
    return [items for _, items in runs if len(items) >= 2]


class InlineLists:
    """The inline numbered lists around a passage, read over the passages next to it in its report."""

    def __init__(self, chunks: Sequence[Chunk]) -> None:
        self.chunks = chunks
        self._at = {(c.source, c.ordinal): i for i, c in enumerate(chunks)}

    def _window(self, chunk: Chunk, before: int, after: int) -> list[Chunk]:
        """The passage with up to ``before``/``after`` neighbours that continue one another in its report's part."""
        out = [chunk]
        for step, count in ((-1, before), (1, after)):
            for k in range(1, count + 1):
                i = self._at.get((chunk.source, chunk.ordinal + step * k))
                if i is None:
                    break
                nxt = self.chunks[i]
                edge = out[0] if step < 0 else out[-1]
                gap = edge.start - nxt.end if step < 0 else nxt.start - edge.end  # a paragraph's line break
                if not 0 <= gap <= GAP_MAX or nxt.path[:1] != chunk.path[:1]:
                    break
                out.insert(0, nxt) if step < 0 else out.append(nxt)
        return out

    def answer(self, info: QuestionInfo, chunk: Chunk, pos: int) -> tuple[str, list[tuple[Chunk, int, int, float]]] | None:
        """The heads of the run of ``info.count`` items the best span (at ``pos`` of ``chunk``) sits in or announces,
        with a citation of each; None when the question counts no items or no such run is near."""
        if info.qtype != "list":
            return None
        for quoted in _QUOTED.finditer(info.text):  # "哪几条“必须坚持”的体会": the sentences of its part that
            window, bases, text = self._joined(chunk, *PART)  # open on the words quoted (any of the quotes)
            heads = _quoted_heads(text, quoted.group(1))
            if len(heads) < 2:  # "把防止X、防止Y作为…": items of one sentence of the passage that open on them
                window, bases, text = [chunk], [0], chunk.text
                heads = _repeated(text, quoted.group(1))
            if len(heads) >= 2 and (not info.count or len(heads) == info.count):
                return "；".join(text[s:e] for s, e in heads), self._cite(window, bases, heads)
        if info.count < 2:
            return None
        window, bases, text = self._joined(chunk, *NEIGHBOURS)
        at = bases[window.index(chunk)] + pos
        sentence = max(text.rfind(mark, 0, at) for mark in "。！？!?\n") + 1
        marked = MARKED.search(info.text)  # the question writes the markers
        counted = _COUNTED.search(info.text)

        def asked(run: list[tuple[int, int]]) -> bool:
            """The question writes the run's markers ("（一要……五要）"), or the words that announce it count what
            it counts ("提出了五条办法" ← "以下五条措施：")."""
            word = text[run[0][0] + 1:run[0][0] + 2]
            lead = text[max(0, run[0][0] - LEAD_MAX):run[0][0]]
            return bool(marked and marked.group(0)[1] == word) or bool(counted and counted.group(0) in lead)
        ends = min((k for k in (text.find(mark, at) for mark in "。！？!?\n") if k >= 0), default=len(text))
        runs = [r for r in ordinal_runs(text) if len(r) == info.count
                and (asked(r) or ends < r[0][0] <= at + AFTER_MAX)  # announced, or after the best one's sentence
                and (r[0][0] <= at <= r[-1][1] or sentence <= r[0][0] <= at + AFTER_MAX)]
        if not runs:
            return None
        run = min(runs, key=lambda r: abs(r[0][0] - at))
        return "；".join(text[s:e] for s, e in run), self._cite(window, bases, run)

    def _joined(self, chunk: Chunk, before: int, after: int) -> tuple[list[Chunk], list[int], str]:
        """The window's passages, where each starts in their joined text, and that text."""
        window = self._window(chunk, before, after)
        bases, text = [], ""
        for c in window:
            text += "\n" if text else ""
            bases.append(len(text))
            text += c.text
        return window, bases, text

    @staticmethod
    def _cite(window: list[Chunk], bases: list[int], spans: list[tuple[int, int]]) -> list[tuple[Chunk, int, int, float]]:
        cited = []
        for s, e in spans:
            k = max(j for j, b in enumerate(bases) if b <= s)
            cited.append((window[k], s - bases[k], e - bases[k], 1.0))
        return cited


_QUOTED = re.compile(r"[“\"]([\u4e00-\u9fff]{2,8})[”\"]")  # words a list question quotes
PART = (15, 15)  # passages read each way for sentences that open on the quoted words (one part of the report)


def _quoted_heads(text: str, phrase: str) -> list[tuple[int, int]]:
    """The first clause of every sentence of ``text`` that opens on ``phrase`` (after a dash or an ordinal)."""
    pat = re.compile(r"(?:^|(?<=[。；;！!？?\n]))\s*((?:——|第[一二三四五六七八九十][，,、]|[一二三四五六七八九十][是要][，,]?)?"
                     + re.escape(phrase) + r"[^，,。；;！!？?\n]{1,30})")
    return [m.span(1) for m in pat.finditer(text)][:MAX_HEADS]


MAX_HEADS = 10
_ITEM_END = re.compile(r"[，,。；;：:！!？?\n、]")  # where an item of one sentence ends


def _repeated(text: str, phrase: str) -> list[tuple[int, int]]:
    """The items of the first sentence of ``text`` that lists two or more opening on ``phrase`` ("防止X、防止Y"),
    each up to the next mark."""
    for a, b in sentence_spans(text):
        hits = [m.start() for m in re.finditer(re.escape(phrase), text[a:b])]
        items = [h for i, h in enumerate(hits) if i == 0 or text[a + h - 1] in "、，,"]
        if len(items) >= 2 and len(items) == len(hits):
            return [(a + h, a + h + _ITEM_END.search(text[a + h:b] + "。", len(phrase)).start()) for h in items][:MAX_HEADS]
    return []
