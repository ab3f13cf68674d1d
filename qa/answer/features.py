"""Features of a candidate answer span and of a question's best answer, for the learned reader.

Span features say how well a span answers: the question's terms around it (IDF-weighted coverage of its
clause, sentence and passage), whether the span itself repeats the question (answers rarely do), its kind
against the question type (a quantity for 多少, a date for 何时, a name for 谁…), the asked unit, the
question-word alignment, distance to the matched terms, retrieval rank and similarity, year fit, and the
cross-lingual similarity of its clause when that was computed. Question features (for abstention) say
whether the retrieved text is about what was asked at all: unknown or missing rare terms, coverage and
similarity of the best passage, year fit, hard type misses.
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from qa.answer.question import QuestionInfo, changed_by
from qa.answer.spans import DATE_RE, NAME_RE, QTY_RE, Span, tokens
from qa.ingest.chunking import Chunk
from qa.retrieve.search import Hit
from qa.retrieve.years import PLAN_RE, YEAR_RE, question_intent, time_reference
from qa.text import sentence_spans

KINDS = ("clause", "pair", "qty", "date", "name", "copula", "aligned", "list")
QTYPES = ("number", "list", "date", "who", "fact")
# Targets and plans vs outcomes: a report of year Y plans Y ("今年…目标") and reviews Y−1 ("过去一年…达到").
_PLAN = PLAN_RE  # in a clause; a question's intent is qa.retrieve.years.question_intent (as retrieval uses)
_REVIEW = re.compile(r"去年|过去一年|上年|已经|已|达到|完成|实现了|比上年|增长了|下降了|提高了|\bwas\b|\bwere\b")
_GROWTH = re.compile(r"增长|增速|增幅|提高|下降|降低|减少|增加|上升|上涨|涨幅|降幅|比例|比重|率|百分之|\bgrow|\bgrowth|\bincreas|"
                     r"\brise|\brose|\bfall|\bfell|\bdrop|\bdecline|\brate\b|\bpercent|\bshare\b|\bratio")
_PCT = re.compile(r"[%％]|百分点|百分之|成(?![本立为员果功])")
_WINDOW = 12
_QWORDS = re.compile(r"多少|哪些|哪几|哪一|哪里|哪个|哪|什么时候|什么|怎样|如何|谁|何时|何地|为何|为什么|几")
_NOT_WORD = set(" ,.?!，。？！、；;：:“”\"'()（）《》")
# What the question word asks for (finer than the question type: 哪里 and 为什么 want different spans).
QCLASSES = ("what", "who", "where", "when", "howmany", "which", "why", "how", "other")
_QCLASS = (("why", re.compile(r"为什么|为何|原因|\bwhy\b")), ("how", re.compile(r"怎样|怎么|如何|\bhow\b(?! (?:many|much))")),
           ("when", re.compile(r"何时|什么时候|哪一?年|哪一?天|几月|几号|什么时间|\bwhen\b|\bwhat year")),
           ("where", re.compile(r"哪里|哪儿|何地|何处|什么地方|哪个地方|哪个国家|哪个城市|\bwhere\b")),
           ("who", re.compile(r"谁|哪位|什么人|\bwho\b")),
           ("howmany", re.compile(r"多少|几|多[大长高远久重快]|\bhow (?:many|much)")),
           ("which", re.compile(r"哪|\bwhich\b")), ("what", re.compile(r"什么|啥|\bwhat\b")))
# jieba.posseg flags in coarse groups: the part of speech at a span's edges says whether it is a phrase
POS_GROUPS = ("n", "nr", "ns", "nt", "nz", "v", "a", "m", "t", "eng", "func", "punct", "other")
_CAUSAL = re.compile(r"因为|由于|因此|所以|为了|以便|导致|使得|因而|\bbecause\b|\bdue to\b")
# "由230元提高到260元": the figure after 到/至 is where a change ends, the one before it where it began
_AFTER_TO = re.compile(r"(?:到|至|达|为)\s*$")
_BEFORE_TO = re.compile(r"^\s*(?:的\S{0,4})?(?:提高|增加|增长|上升|上调|下降|降低|减少|扩大|缩小|调整|提升)?(?:到|至)")
_Q_TO = re.compile(r"到|至|达到|\bto\b|\breach")
# "年均增长10.6%" (over a plan period) does not answer "2010年增长了多少" (one year), unless an average is asked
AVERAGE_RE = re.compile(r"年均|平均每年|每年平均|年平均|\baverage annual|\bannual average|\bon average\b|\ba year on average")
PERSON_TITLES = re.compile(r"(?:局长|市长|省长|主任|书记|部长|厅长|总理|主席|负责人|院长|董事长|总经理|先生|女士|同志|教授|博士)")

SPAN_FEATURES = (
    ["bias", "lex_clause", "lex_sent", "lex_passage", "span_in_question", "log_len", "is_whole_clause",
     "anchors2", "anchors1", "unit_ok", "rank_recip", "dense_sim", "year_named", "year_doc", "year_other",
     "year_doc_same", "year_doc_next", "clause_plan", "clause_review", "qplan_x_clause_plan", "qplan_x_clause_review",
     "qplan_x_doc_same", "qplan_x_doc_next", "qreview_x_doc_same", "qreview_x_doc_next", "span_pct",
     "qgrowth_x_pct", "qlevel_x_pct", "left_bigrams", "right_bigrams", "window_run", "near_bigrams",
     "sem_rel", "sem_known", "focus_in_clause", "dist", "english", "span_has_qty", "span_has_date",
     "span_has_name", "list_seps"]
    + [f"kind_{k}" for k in KINDS]
    + [f"{q}_x_{k}" for q in QTYPES for k in KINDS]
    + [f"{q}_x_log_len" for q in QTYPES]
    + ["en_x_sem_rel", "en_x_lex_clause", "en_x_rank_recip", "en_x_dense_sim"]
    + [f"qc_{c}" for c in QCLASSES]
    + [f"first_{g}" for g in POS_GROUPS] + [f"last_{g}" for g in POS_GROUPS]
    + ["start_aligned", "end_aligned", "noun_share", "verb_share", "causal", "n_tokens", "doc_named_report",
       "doc_other_report", "lex_clause_local", "lex_sent_local", "sent_local_gap", "span_local_terms",
       "left_local_bigrams", "right_local_bigrams", "sent_local_bigrams", "left_adjacent", "right_adjacent",
       "clause_year_hit", "clause_year_miss", "sent_year_hit", "sent_year_miss", "after_to", "before_to",
       "q_to_x_after_to", "q_to_x_before_to", "qty_order", "near_year_hit", "near_year_miss", "span_n_qty",
       "avg_match", "avg_mismatch"]
)
_SPAN_INDEX = {n: i for i, n in enumerate(SPAN_FEATURES)}

QUESTION_FEATURES = (
    "bias", "best_logit", "margin", "best_lex_passage", "best_lex_clause", "best_lex_sent", "missing_share",
    "unknown_share", "rare_missing", "best_sem", "top_dense_sim", "year_named", "year_doc", "year_other",
    "anchors2", "english", "number_no_qty", "n_terms", "best_span_in_question", "qplan_x_clause_review",
    "qplan_x_clause_plan", "best_unit_ok", "unit_asked", "unit_explicit", "focus_missing", "best_dist",
    "q_number", "q_list", "q_date", "q_who", "q_fact",
)
_Q_INDEX = {n: i for i, n in enumerate(QUESTION_FEATURES)}


@lru_cache(maxsize=65536)  # the same clause, sentence and question are normalised for each of their spans
def norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def coverage(terms: list[tuple[str, float]], text: str) -> float:
    total = sum(w for _, w in terms)
    if total <= 0:
        return 0.0
    low = norm(text)
    return sum(w for t, w in terms if t in low) / total


@dataclass
class SpanContext:
    """What the features of one passage's spans share (computed once per passage)."""

    text: str
    rank: int
    dense_sim: float
    year_fit: int  # qa.retrieve.years.year_fit of the passage
    lex_passage: float
    doc_rel: int = 0  # document year − asked year (0 when either is unknown): 0 plans it, 1 reviews it
    doc_known: bool = False
    report_match: int = 0  # the question names a report ("2013年报告中…"): 1 this passage is in it, -1 it is not
    local: dict[str, float] | None = None  # term weights within the passage (``local_weights``)
    best_local_sent: float = 0.0  # the best sentence's coverage under those weights
    local_bigrams: dict[str, float] | None = None  # the question's bigrams, weighted the same way
    dyear: int = 0  # the document's year
    asked_years: tuple[int, ...] = ()  # the years asked about (a named report's own year left out)
    memo: dict = field(default_factory=dict, repr=False)  # clause/sentence features, shared by their spans


@dataclass
class Scored:
    """A candidate span in one retrieved passage."""

    chunk: Chunk
    span: Span
    text: str
    ctx: SpanContext
    hit: Hit


def local_weights(terms: list[tuple[str, float]], text: str,
                  qbigrams: set[str] | None = None) -> tuple[dict[str, float], float, dict[str, float]]:
    """Question-term weights that say which *sentence* of a passage answers: a term found in many of its
    sentences (the passage's topic, "X是…。X的…") tells them apart less than one found in a single sentence.
    Returns the weights, the best sentence's coverage under them, and the question's bigrams weighted alike."""
    low = norm(text)
    sents = [low[a:b] for a, b in sentence_spans(low)] or [low]
    weights = {t: w / max(1, sum(t in s for s in sents)) for t, w in terms}
    best = max((_wcov(weights, s) for s in sents), default=0.0)
    bigrams = {b: 1.0 / max(1, sum(b in s for s in sents)) for b in (qbigrams or ())}
    return weights, best, bigrams


def _wcov(weights: dict[str, float], low: str) -> float:
    total = sum(weights.values())
    return sum(w for t, w in weights.items() if t in low) / total if total > 0 else 0.0


def question_bigrams(question: str) -> set[str]:
    """Character bigrams of the question's words (question words and punctuation left out)."""
    q = _QWORDS.sub(" ", norm(question))
    return {q[i:i + 2] for i in range(len(q) - 1) if not (set(q[i:i + 2]) & _NOT_WORD)}


def _run(a: str, b: str) -> int:
    """Longest common substring length (short strings: the window and the question)."""
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best


def span_features(info: QuestionInfo, terms: list[tuple[str, float]], ctx: SpanContext, sp: Span,
                  sem_rel: float | None, qchars: set[str], qbigrams: set[str] | None = None,
                  qclass: str | None = None, gap: tuple[str, str] = ("", "")) -> np.ndarray:
    x = [0.0] * len(SPAN_FEATURES)  # a list while filled (item assignment on an array costs more)
    text = ctx.text
    span = text[sp.start:sp.end]
    clause = text[sp.clause_start:sp.clause_end]
    sent = text[sp.sent_start:sp.sent_end]
    f = _SPAN_INDEX
    x[f["bias"]] = 1.0
    memo = ctx.__dict__.setdefault("memo", {})  # (contexts pickled before the field existed have none)
    if memo.get("question") is not info or memo.get("terms") is not terms:  # a context reused for another question
        memo.clear()
        memo.update(question=info, terms=terms)
    ckey, skey = ("c", sp.clause_start, sp.clause_end), ("s", sp.sent_start, sp.sent_end)
    if ckey not in memo:
        memo[ckey] = _part_facts(info, terms, ctx, clause, "clause")
    if skey not in memo:
        memo[skey] = _part_facts(info, terms, ctx, sent, "sent")
    cf, sf = memo[ckey], memo[skey]
    qf = memo.get("q") or memo.setdefault("q", _question_facts(info))
    x[f["lex_clause"]] = cf["lex"]
    x[f["lex_sent"]] = sf["lex"]
    x[f["lex_passage"]] = ctx.lex_passage
    own = _span_facts(text, sp.start, sp.end, sp.sent_start)
    chars = own.chars
    x[f["span_in_question"]] = sum(c in qchars for c in chars) / max(1, len(chars))
    log_len = own.log_len
    x[f["log_len"]] = log_len
    x[f["is_whole_clause"]] = float(sp.start == sp.clause_start and sp.end == sp.clause_end)
    x[f["anchors2"]] = float(sp.anchors == 2)
    x[f["anchors1"]] = float(sp.anchors == 1)
    has_qty = [g for u, g in own.qty if u != "年" or info.unit == "年"]
    if info.unit and has_qty:
        wanted = set(info.unit.split("|"))
        if "人" in wanted:
            wanted |= {"名", "人次"}
        if qf["changed_by"]:
            wanted.add("%")
        if "%" in wanted:  # a rate per thousand ("自然增长率6.45‰") is a rate too
            wanted.add("‰")
        x[f["unit_ok"]] = float(any(u in g for g in has_qty for u in wanted))
    x[f["rank_recip"]] = 1.0 / (1 + ctx.rank)
    x[f["dense_sim"]] = ctx.dense_sim
    x[f["year_named"]] = float(ctx.year_fit == 2)
    x[f["year_doc"]] = float(ctx.year_fit == 1)
    x[f["year_other"]] = float(ctx.year_fit == -1)
    if ctx.doc_known:
        x[f["year_doc_same"]] = float(ctx.doc_rel == 0)
        x[f["year_doc_next"]] = float(ctx.doc_rel == 1)
    plan, review = cf["plan"], cf["review"]
    x[f["clause_plan"]], x[f["clause_review"]] = float(plan), float(review)
    intent = qf["intent"]
    if intent > 0:  # asks for an outcome
        x[f["qreview_x_doc_same"]] = x[f["year_doc_same"]]
        x[f["qreview_x_doc_next"]] = x[f["year_doc_next"]]
    pct = own.pct
    x[f["span_pct"]] = float(pct)
    if pct:  # a growth rate answers "增长了多少", rarely "是多少" (a level)
        x[f["qgrowth_x_pct" if qf["growth"] else "qlevel_x_pct"]] = 1.0
    if intent < 0:  # the question asks for a target or plan, not an outcome
        x[f["qplan_x_clause_plan"]] = float(plan)
        x[f["qplan_x_clause_review"]] = float(review and not plan)
        x[f["qplan_x_doc_same"]] = x[f["year_doc_same"]]
        x[f["qplan_x_doc_next"]] = x[f["year_doc_next"]]
    if sem_rel is not None:
        x[f["sem_rel"]] = sem_rel
        x[f["sem_known"]] = 1.0
    x[f["focus_in_clause"]] = cf["focus"]
    x[f["dist"]] = _distance(terms, sent, sp.start - sp.sent_start, sp.end - sp.sent_start)
    x[f["english"]] = float(info.english)
    x[f["span_has_qty"]] = float(bool(has_qty))
    x[f["span_has_date"]] = float(own.date)
    x[f["span_has_name"]] = float(own.name or sp.kind == "name")
    x[f["list_seps"]] = own.list_seps
    if qbigrams:  # the question's words right next to the span: the strongest sign a span fills its gap
        s0, e0 = sp.start - sp.sent_start, sp.end - sp.sent_start
        low = norm(sent)
        left, right = low[max(0, s0 - _WINDOW):s0], low[e0:e0 + _WINDOW]
        lb = {left[i:i + 2] for i in range(len(left) - 1)}
        rb = {right[i:i + 2] for i in range(len(right) - 1)}
        n = len(qbigrams)
        x[f["left_bigrams"]] = len(qbigrams & lb) / n
        x[f["right_bigrams"]] = len(qbigrams & rb) / n
        near_l, near_r = low[max(0, s0 - 4):s0], low[e0:e0 + 4]
        x[f["near_bigrams"]] = float(any(near_l[i:i + 2] in qbigrams for i in range(len(near_l) - 1))
                                     or any(near_r[i:i + 2] in qbigrams for i in range(len(near_r) - 1)))
        qn = qf["norm"]
        x[f["window_run"]] = min(1.0, max(_run(left, qn), _run(right, qn)) / 8.0)
    x[f[f"kind_{sp.kind}"]] = 1.0
    x[f[f"qc_{qclass or question_class(info.text)}"]] = 1.0
    if ctx.local is not None:
        x[f["lex_clause_local"]] = cf["local"]
        ls = sf["local"]
        x[f["lex_sent_local"]] = ls
        x[f["sent_local_gap"]] = ctx.best_local_sent - ls
        x[f["span_local_terms"]] = _wcov(ctx.local, norm(span))
    if ctx.local_bigrams:
        s0, e0 = sp.start - sp.sent_start, sp.end - sp.sent_start
        low = norm(sent)
        x[f["left_local_bigrams"]] = _wcov(ctx.local_bigrams, low[max(0, s0 - _WINDOW):s0])
        x[f["right_local_bigrams"]] = _wcov(ctx.local_bigrams, low[e0:e0 + _WINDOW])
        x[f["sent_local_bigrams"]] = sf["local_bigrams"]
    if gap[0] or gap[1]:  # the question's words right before/after its question word, right before/after the span
        x[f["left_adjacent"]] = _adjacent(norm(text[max(0, sp.start - 10):sp.start]), norm(gap[0]), left=True)
        x[f["right_adjacent"]] = _adjacent(norm(text[sp.end:sp.end + 10]), norm(gap[1]), left=False)
    if ctx.asked_years:  # the time the span's clause / sentence speaks of ("去年" in a report of 2013 = 2012)
        asked = set(ctx.asked_years)
        for part, facts in (("clause", cf), ("sent", sf)):
            when = facts["when"]
            x[f[f"{part}_year_hit"]] = float(bool(when & asked))
            x[f[f"{part}_year_miss"]] = float(bool(when) and not when & asked)
        near = own.near_year  # "由2002年的X增加到2007年的Y"
        if near is not None:
            x[f["near_year_hit"]] = float(near in asked)
            x[f["near_year_miss"]] = float(near not in asked)
    x[f["after_to"]] = own.after_to
    x[f["before_to"]] = own.before_to
    if qf["to"]:
        x[f["q_to_x_after_to"]] = x[f["after_to"]]
        x[f["q_to_x_before_to"]] = x[f["before_to"]]
    if has_qty:  # the first figure of a sentence is usually its headline one ("赤字2.1万亿元，其中中央…")
        x[f["qty_order"]] = own.qty_order
    x[f["span_n_qty"]] = min(3, len(has_qty)) / 3.0  # a span of several figures rarely is the one asked for
    if cf["avg"]:
        x[f["avg_match" if qf["avg"] else "avg_mismatch"]] = 1.0
    x[f["doc_named_report"]] = float(ctx.report_match == 1)
    x[f["doc_other_report"]] = float(ctx.report_match == -1)
    x[f["causal"]] = own.causal
    for i, v in _pos_cells(clause, sp.start - sp.clause_start, sp.end - sp.clause_start):
        x[i] = v
    x[f[f"{info.qtype}_x_{sp.kind}"]] = 1.0
    x[f[f"{info.qtype}_x_log_len"]] = log_len
    if info.english:  # lexical evidence is weak for English questions (glossary terms): let similarity speak
        x[f["en_x_lex_clause"]] = x[f["lex_clause"]]
        x[f["en_x_rank_recip"]] = x[f["rank_recip"]]
        x[f["en_x_dense_sim"]] = x[f["dense_sim"]]
    return np.asarray(x, dtype=np.float32)


@dataclass(frozen=True)
class _SpanFacts:
    """What a span's features need of its own text and surroundings alone, whatever the question."""

    chars: tuple[str, ...]  # its normalized characters, spaces left out
    log_len: float
    qty: tuple[tuple[str, str], ...]  # (unit, NFKC text) of each quantity in it
    pct: bool
    date: bool
    name: bool
    causal: float
    list_seps: float
    after_to: float
    before_to: float
    qty_order: float  # quantities before it in its sentence (at most 3) / 3
    near_year: int | None  # the last year written right before it


_FROM_YEAR = re.compile(r"[由从]\s*$")


@lru_cache(maxsize=65536)
def _span_facts(text: str, start: int, end: int, sent_start: int) -> _SpanFacts:
    """Cached per span: passages recur across questions, and these regular expressions were most of a span's cost."""
    span = text[start:end]
    window = norm(text[max(sent_start, start - 12):start])
    near = [m for m in YEAR_RE.finditer(window)]
    wide = norm(text[max(sent_start, start - 16):start])
    if near and _FROM_YEAR.search(wide, 0, wide.rfind(near[-1].group(1))) and "到" in window[near[-1].end():]:
        near.pop()  # "由2003年的77%提高到96%": the year of where the change began, not of 96%
    return _SpanFacts(
        chars=tuple(c for c in norm(span) if not c.isspace()),
        log_len=math.log1p(len(span)),
        qty=tuple((m.group("unit"), unicodedata.normalize("NFKC", m.group(0))) for m in QTY_RE.finditer(span)),
        pct=bool(_PCT.search(span)),
        date=bool(DATE_RE.search(span)),
        name=bool(NAME_RE.search(span)),
        causal=float(bool(_CAUSAL.search(span))),
        list_seps=min(3.0, span.count("、")) / 3.0,
        after_to=float(bool(_AFTER_TO.search(text[max(0, start - 3):start]))),
        before_to=float(bool(_BEFORE_TO.search(text[end:end + 6]))),
        qty_order=min(3, sum(1 for _ in QTY_RE.finditer(text, sent_start, start))) / 3.0,
        near_year=int(near[-1].group(1)) if near else None,
    )


def _question_facts(info: QuestionInfo) -> dict:
    """What every span's features ask of the question (once per passage instead of once per span)."""
    qn = norm(info.text)
    return {"norm": qn, "intent": question_intent(info.text), "growth": bool(_GROWTH.search(info.text)),
            "to": bool(_Q_TO.search(qn)), "avg": bool(AVERAGE_RE.search(qn)),
            "changed_by": changed_by(info)}


def _part_facts(info: QuestionInfo, terms: list[tuple[str, float]], ctx: SpanContext, part: str,
                which: str) -> dict:
    """The features of a span that only depend on its clause or sentence (computed once for all its spans)."""
    low = norm(part)
    out = {"lex": coverage(terms, part),
           "local": _wcov(ctx.local, low) if ctx.local is not None else 0.0,
           "when": time_reference(part, ctx.dyear) if ctx.asked_years else frozenset()}
    if which == "clause":
        out.update(plan=bool(_PLAN.search(part)), review=bool(_REVIEW.search(part)),
                   focus=float(any(w in part for w in info.focus)), avg=bool(AVERAGE_RE.search(part)))
    elif ctx.local_bigrams:
        out["local_bigrams"] = _wcov(ctx.local_bigrams, low)
    return out


def _adjacent(passage_side: str, question_side: str, left: bool) -> float:
    """How many characters of the question's side of the gap the passage repeats right at the span's edge
    ("提高到[多少]" / "…提高到350元"), a copula in between allowed; 0–1 (4 characters or more = 1)."""
    if not question_side or not passage_side:
        return 0.0
    best = 0
    for p in {passage_side, passage_side.rstrip("是为了即") if left else passage_side.lstrip("是为的了")}:
        k = 0
        while k < min(len(p), len(question_side)) and (p[-1 - k] == question_side[-1 - k] if left else p[k] == question_side[k]):
            k += 1
        best = max(best, k)
    return min(best, 4) / 4.0


def question_class(text: str) -> str:
    low = norm(text)
    return next((name for name, rx in _QCLASS if rx.search(low)), "other")


def _pos_group(flag: str) -> str:
    if flag in ("nr", "nrfg", "nrt"):
        return "nr"
    if flag in ("ns", "nt", "nz", "eng", "m", "t"):
        return flag
    if flag in ("x", "w"):
        return "punct"
    if flag == "q" or flag == "mq":
        return "m"
    head = flag[:1]
    if head in ("n", "v", "a"):
        return head
    if head in ("u", "p", "c", "d", "r", "y", "e", "f"):
        return "func"
    return "other"


@lru_cache(maxsize=65536)
def _pos_cells(clause: str, s: int, e: int) -> tuple[tuple[int, float], ...]:
    """(feature index, value) for the part of speech at the span's edges, whether it starts and ends on word
    boundaries, its noun/verb share (``s``/``e`` are offsets inside ``clause``); cached, as clauses recur across
    questions."""
    f = _SPAN_INDEX
    toks = tokens(clause)
    inside = [t for t in toks if t[0] < e and t[1] > s] if e > s else []
    if not inside:
        return ()
    n = sum(min(b, e) - max(a, s) for a, b, _ in inside) or 1
    return ((f[f"first_{_pos_group(inside[0][2])}"], 1.0), (f[f"last_{_pos_group(inside[-1][2])}"], 1.0),
            (f["start_aligned"], float(inside[0][0] == s)), (f["end_aligned"], float(inside[-1][1] == e)),
            (f["noun_share"], sum(min(b, e) - max(a, s) for a, b, g in inside if g[:1] == "n") / n),
            (f["verb_share"], sum(min(b, e) - max(a, s) for a, b, g in inside if g[:1] == "v") / n),
            (f["n_tokens"], min(len(inside), 20) / 20.0))


def _distance(terms: list[tuple[str, float]], sent: str, s: int, e: int) -> float:
    """log(1 + characters between the span and the nearest question term in its sentence); 3 when none."""
    low = norm(sent)
    best = None
    for t, _ in terms:
        i = low.find(t)
        while i >= 0:
            j = i + len(t)
            d = 0 if (i < e and j > s) else (s - j if j <= s else i - e)
            best = d if best is None else min(best, d)
            i = low.find(t, i + 1)
    return math.log1p(best) if best is not None else 3.0


def question_features(info: QuestionInfo, terms: list[tuple[str, float]], df: dict[str, int], rare_df: int,
                      best_x: np.ndarray, best_logit: float, margin: float, passage: str, top_dense: float,
                      best_sem: float | None) -> np.ndarray:
    q = np.zeros(len(QUESTION_FEATURES), dtype=np.float32)
    f, s = _Q_INDEX, _SPAN_INDEX
    total = sum(w for _, w in terms) or 1.0
    low = norm(passage)
    q[f["bias"]] = 1.0
    q[f["best_logit"]] = best_logit
    q[f["margin"]] = min(margin, 5.0)
    q[f["best_lex_passage"]] = best_x[s["lex_passage"]]
    q[f["best_lex_clause"]] = best_x[s["lex_clause"]]
    q[f["best_lex_sent"]] = best_x[s["lex_sent"]]
    q[f["missing_share"]] = sum(w for t, w in terms if t not in low) / total
    q[f["unknown_share"]] = sum(w for t, w in terms if df.get(t, 0) == 0) / total
    q[f["rare_missing"]] = float(any(1 <= df.get(t, 0) <= rare_df and len(t) >= 2 and t not in low for t, _ in terms))
    q[f["best_sem"]] = best_sem if best_sem is not None else top_dense
    q[f["top_dense_sim"]] = top_dense
    q[f["year_named"]] = best_x[s["year_named"]]
    q[f["year_doc"]] = best_x[s["year_doc"]]
    q[f["year_other"]] = best_x[s["year_other"]]
    q[f["anchors2"]] = best_x[s["anchors2"]]
    q[f["english"]] = float(info.english)
    q[f["number_no_qty"]] = float(info.qtype == "number" and not best_x[s["span_has_qty"]])
    q[f["n_terms"]] = min(len(terms), 12) / 12.0
    q[f["best_span_in_question"]] = best_x[s["span_in_question"]]
    q[f["qplan_x_clause_review"]] = best_x[s["qplan_x_clause_review"]]
    q[f["qplan_x_clause_plan"]] = best_x[s["qplan_x_clause_plan"]]
    q[f["best_unit_ok"]] = best_x[s["unit_ok"]]
    q[f["unit_asked"]] = float(bool(info.unit))
    q[f["unit_explicit"]] = float(info.unit_explicit)
    q[f["focus_missing"]] = float(bool(info.focus) and not any(norm(w) in low for w in info.focus))
    q[f["best_dist"]] = best_x[s["dist"]]
    q[f[f"q_{info.qtype}"]] = 1.0
    return q


def person_in(text: str) -> bool:
    return bool(PERSON_TITLES.search(text))
