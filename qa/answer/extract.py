"""Extractive answering without an LLM: pick the span that answers, quote its clause, cite its passage.

For the best retrieved passages, every candidate span (``qa.answer.spans``: clauses, quantities, dates,
names, the phrase after a copula, the gap of the question word, enumerations) gets features
(``qa.answer.features``) and is scored by a learned ranker; a second learned model gives the probability
that the retrieved text answers the question at all, and the engine abstains below one threshold — or
whatever the scores, when the answer cannot be of the asked kind (no quantity for 多少, no date or named
period for 何时, a
passage about another year, a question none of whose words occur in the documents). Both models are fitted
on data (``qa.answer.reader``). The answer is the tight span; the citation's quote is its whole clause.
List questions about a section ("三项重点工作分别是什么") are answered from the outline: the labels of the
sibling items; questions about the document itself (date, source, title) from its header.
"""
from __future__ import annotations

import math
import re
import threading
from dataclasses import dataclass

import numpy as np
from langchain_core.embeddings import Embeddings

from qa.answer.answer_evidence import evidence_features
from qa.answer.boundaries import DESCRIBE, WHY, named_thing, question_gap, reason_before, whole_sentence
from qa.answer.choices import chosen_option
from qa.answer.clause_vectors import ClauseVectors
from qa.answer.counters import count_for_measure, other_counted, restates_count
from qa.answer.enumerations import (best_enumeration, list_after_colon, listing_span, other_than,
                                    shared_word_items)
from qa.answer.figure_runs import figure_groups
from qa.answer.focus_compounds import CorpusWords
from qa.answer.group_rules import other_group_spans
from qa.answer.header import from_header
from qa.answer.features import (PERSON_TITLES, QUESTION_FEATURES, SPAN_FEATURES, Scored, SpanContext, coverage,
                                local_weights, norm, person_in, question_bigrams, question_class, question_features,
                                span_features)
from qa.answer.change_rules import (ASKS_END_VALUE, change_for_level, end_after_asked_start, end_for_period_base,
                                    level_for_change, level_for_difference, not_after_stated_start, opposite_change,
                                    other_base_year, start_for_level)
from qa.answer.figure_rules import (asked_years, bound_mismatch, figure_excluded, figure_named, fitting_years, not_average,
                                    rate_base, share_for_growth, year_excluded)
from qa.answer.kind_phrase import kind_asked, noun_after
from qa.answer.kind_rules import (amount_for_count, amount_for_ordinal, class_statement, counted_as_asked,
                                  date_for_figure, detail_missing, figure_for_english_thing, named_span, naming_clause,
                                  no_day, no_person_name, not_points, one_of_a_kind, one_of_a_kind_spans,
                                  ordinal_for_count,
                                  other_quoted_item, place_or_person_name, points_given, quoted_candidate, quoted_name,
                                  repeats_question, unit_required)
from qa.answer.near_misses import near_miss, past_near_miss, past_off_topic
from qa.answer.place_rules import other_province, place_absent, place_unnamed
from qa.answer.span_choice import (chars_asked, counted_quote, definition, gap_filler, past_restatement,
                                    figure_choice, person_given, place_given)
from qa.answer.ordinal_runs import InlineLists
from qa.answer.lead_items import LeadItems
from qa.answer.outline_lists import structural_list
from qa.answer.period_rules import one_year_for_period, year_beside_period, year_for_period_target
from qa.answer.ruled_out import in_place_of_asked_year, support
from qa.answer.several import figures_asked, several_figures
from qa.answer.topic_rules import around, beyond_title, narrowed, title_name
from qa.answer.whole_parts import (part_for_total, parts_for_sum, rate_for_total, total_for_part, total_for_rate,
                                   totals_for_rate)
from qa.answer.widening import ASKS_SEVERAL, answer_bounds
from qa.answer.question import QuestionInfo
from qa.answer.reader import ReaderModel, shipped_model
from qa.answer.respectively import parallel_figure
from qa.answer.spans import QTY_RE, has_person_name, in_unit, names_period, passage_spans, tokens
from qa.ingest.chunking import Chunk
from qa.retrieve.glossary import english_to_chinese_terms
from qa.retrieve.search import Hit
from qa.retrieve.years import doc_year, document_years, year_fit
from qa.text import tokenize

ABSTAIN_MESSAGE = "报告中没有找到相关信息。"

_NON_CONTENT = "的了是在有和与及？?！!，,。的吗呢吧 "


@dataclass
class Analysis:
    terms: list[tuple[str, float]]
    cands: list[Scored]
    X: np.ndarray
    logits: np.ndarray
    best: int | None
    qx: np.ndarray
    p_answer: float
    hard_miss: str
    ruled_out: np.ndarray | None = None  # the figure rules' exclusions (computed once per question)


@dataclass
class Extraction:
    answer: str
    abstained: bool
    confidence: float
    cited: list[tuple[Chunk, int, int, float]]  # chunk, quote start, quote end, score


# "有哪些X" / "有什么X" / "什么样的": in a short article, the sentence that lists or describes them, unless the
# answer chosen already enumerates them (a report's lists are its outline items, answered structurally)
_ASKS_WHAT_ALL = re.compile(r"有(?:哪些|什么)|哪些|什么样")
_ENDS_ON_FIGURE = re.compile(f"(?:{QTY_RE.pattern})\\s*$")  # a span that ends on a figure
_OFFICE_ASKED = re.compile(PERSON_TITLES.pattern + r"|\bdirector\b|\bmayor\b|\bhead of\b|\bminister\b|\bchairman\b|"
                           r"\bgovernor\b|\bpremier\b|\bpresident\b", re.I)  # an office holder is asked


class Extractor:
    """Turns retrieved hits into a concise cited answer (or an abstention). One per loaded index."""

    STRICT_UNITS = ("%", "所", "辆", "元", "人次", "公里", "吨", "平方米", "千瓦", "美元", "公顷", "亩")
    STRICT_UNITS_EN = ("%", "所", "辆")  # English money words map loosely to 元, so that one is not enforced
    MAX_CITED = 3
    SENTENCE_ANSWER_MAX = 80  # characters: a longer sentence is not one answer; the span stays as chosen
    REASON_MAX = 100  # characters a reason stated before a consequence ("…，因此X") may take
    # clauses whose similarity to the question is computed: embedding them is most of an answer's time (6 → 3
    # saved ~30 ms a new question but cost 4 points of held-out accuracy), and training used the same sizes
    SEM_POOL = 6
    SEM_POOL_ARTICLE = 12  # the same in a short article (TOPIC_DOC_MAX)
    SEM_POOL_EN = 12
    KEYWORD_ONLY_COVERAGE = 0.25  # without similarity, the answer's sentence must hold this share of the question's term weight
    ENUM_PASSAGES = 3  # a numbered name's items are looked for in this many of the best-scored passages
    NAME_MARGIN = 0.1  # a quoted name this close to the best span answers "叫什么" (see kind_rules.quoted_candidate)
    RULED_OUT_GAP = 0.02  # a ruled-out figure this far above every allowed one means the text lacks what is asked
    RULED_OUT_SURE = 0.9  # ... unless the allowed answer is this likely ("出口总额由X增加到Y" beside 进出口总额's)
    LIST_MARGIN = 0.1  # a span listing items ("A、B、C") this close to the best answers "有哪些" instead
    EN_SEM_ALONE = 0.86  # an English question with no glossary word is answered on similarity alone only above this

    def __init__(self, chunks: list[Chunk], df: dict[str, int], embeddings: Embeddings | None,
                 model: ReaderModel | None = None, vectors: ClauseVectors | None = None) -> None:
        self.chunks = chunks
        self.df = df
        self.n = max(1, len(chunks))
        self.embeddings = embeddings
        self.model = model or shipped_model()
        self.rare_df = 1 if len(chunks) < 200 else 3  # "rare" = in at most this many chunks
        self._siblings: dict[tuple[str, str], list[int]] = {}
        for i, c in enumerate(chunks):
            if c.kind == "item" and c.parent is not None:
                self._siblings.setdefault((c.source, c.parent), []).append(i)
        self.vectors = vectors if vectors is not None else ClauseVectors()
        self.doc_years = document_years(chunks)
        self._norm_texts: list[tuple[str, str]] | None = None  # (source, normalized text) of every chunk
        self._corpus = CorpusWords([d.text for d in self.chunks])
        self._doc_len: dict[str, int] = {c.source: c.end for c in sorted(chunks, key=lambda c: c.end)}  # the last end
        self._inline = InlineLists(chunks)
        self._leads = LeadItems(chunks)

    def warm_tags(self, cancel: threading.Event | None = None) -> int:
        """Tag every clause and clause pair of the corpus with parts of speech before questions need them
        (a new question's passages otherwise cost ~20 ms of tagging); returns how many were tagged."""
        n = 0
        for c in self.chunks:
            if cancel is not None and cancel.is_set():
                break
            for sp in passage_spans(c.text, with_names=False):
                if sp.kind in ("clause", "pair"):
                    tokens(c.text[sp.clause_start:sp.clause_end])
                    n += 1
        return n

    def corpus_clauses(self) -> list[str]:
        """Every clause and clause pair of the corpus: what a question's similarity pool is drawn from."""
        out: dict[str, None] = {}
        for c in self.chunks:
            for sp in passage_spans(c.text, with_names=False):
                if sp.kind in ("clause", "pair"):
                    out.setdefault(c.text[sp.clause_start:sp.clause_end])
        return list(out)

    # -- weights -----------------------------------------------------------------------------------
    def idf(self, term: str) -> float:
        return math.log(1.0 + (self.n + 1) / (self.df.get(term, 0) + 0.5))

    def question_terms(self, question: str, focus: tuple[str, ...] = ()) -> list[tuple[str, float]]:
        """Question terms with IDF weights; terms next to the question word (the focus) count double."""
        terms = dict.fromkeys(tokenize(question))
        out = []
        for t in terms:
            if len(t) == 1 and t.isascii():
                continue
            w = self.idf(t)
            if any(t == f or (len(t) >= 2 and t in f) for f in focus):
                w *= 2.0
            out.append((t, w))
        return out

    @staticmethod
    def coverage(terms: list[tuple[str, float]], text: str) -> float:
        return coverage(terms, text)

    # -- main entry --------------------------------------------------------------------------------
    def extract(self, info: QuestionInfo, hits: list[Hit], query_vec: list[float] | None, top_passages: int = 5) -> Extraction:
        if not hits:
            return Extraction(ABSTAIN_MESSAGE, True, 0.0, [])
        if info.about_document:
            got = from_header(info, hits, self.chunks)
            if got:
                return Extraction(got[0], False, 1.0, [got[1]])
        a = self.analyse(info, hits, query_vec, top_passages)
        if a is None or a.best is None:
            return Extraction(ABSTAIN_MESSAGE, True, 0.0, [])
        ex = self._answer(info, a)
        # fitted on reports' answers found with the question's vector: not short articles, not keyword-only answers
        if ex.abstained or query_vec is None or self._short_article(a.cands[a.best].chunk.source):
            return ex
        given = a.cands[a.best]
        evidence = evidence_features(info, a.terms, given.chunk.text, given.span, ex.answer)
        stands = self.model.p_answer_stands(a.qx, a.X[a.best], a.p_answer, float(a.logits[a.best]), evidence)
        return ex if stands >= self.model.verify_threshold else Extraction(ABSTAIN_MESSAGE, True, a.p_answer, [])

    def _answer(self, info: QuestionInfo, a: Analysis) -> Extraction:
        """The answer the analysis points to, or an abstention (before the verifier's second check)."""
        best = a.cands[a.best]
        # a list the text announces by the very noun asked ("把握哪几条原则" — "需要把握以下原则：…") is there
        items = list_after_colon(best.chunk.text, best.span.clause_start, best.span.clause_end) \
            if info.qtype == "list" else None
        announced = bool(items) and not a.hard_miss and a.p_answer >= self.model.threshold / 2 and any(
            w in best.chunk.text[best.span.clause_start:best.span.clause_end] for w in info.focus if len(w) >= 2)
        if a.hard_miss or (a.p_answer < self.model.threshold and not announced):
            return Extraction(ABSTAIN_MESSAGE, True, a.p_answer if not a.hard_miss else 0.0, [])
        counted = counted_quote(info, a.cands, np.where(self._allowed(info, a.cands, a.X, a.ruled_out), a.logits, -np.inf)) \
            if chars_asked(info) else None
        if counted:  # "坚持哪八个字的方针": the quote of eight characters
            return Extraction(counted[0].text[counted[1]:counted[2]], False, a.p_answer, [counted])
        if info.qtype == "list":
            structural = structural_list(info, a.terms, best.chunk, best.span, self.chunks, self._siblings,
                                         self.coverage)
            structural = structural or self._inline.answer(info, best.chunk, best.span.start)  # "一要…二要…" inline
            structural = structural or self._leads.answer(info, best.chunk, best.span)  # a heading's lead sentences
            if structural:
                return Extraction(structural[0], False, a.p_answer, structural[1])
        if info.qtype in ("list", "fact"):  # "哪“三弃”": the three items that each hold 弃
            shared = shared_word_items(info, a.cands, np.where(self._allowed(info, a.cands, a.X, a.ruled_out),
                                                               a.logits, -np.inf))
            if shared:
                c, s, e = shared
                return Extraction(c.chunk.text[s:e], False, a.p_answer, [(c.chunk, s, e, float(a.logits[a.best]))])
        if info.qtype == "list":
            named = best_enumeration(info, a.cands, a.logits, self.ENUM_PASSAGES)
            if named:
                return Extraction(named[0].text[named[1]:named[2]], False, a.p_answer, [named])
            if items:
                return Extraction(best.chunk.text[items[0]:items[1]], False, a.p_answer,
                                  [(best.chunk, best.span.clause_start, items[1], float(a.logits[a.best]))])
        masked = np.where(self._allowed(info, a.cands, a.X, a.ruled_out), a.logits, -np.inf)
        if info.qtype == "list":  # the items a sentence lists, when the best span's sentence lists none
            a.best = listing_span(info, a.cands, masked, a.best, self.LIST_MARGIN)
            best = a.cands[a.best]
        if info.qtype == "number" and figures_asked(info) == 1:  # "甲、乙分别X和Y", "甲…X，乙…Y": 甲's figure
            # (not to a figure the near-miss rules reject while the best passes them: a total where the added is asked)
            a.best = parallel_figure(info, a.terms, a.cands, masked, a.best,
                                     lambda q, c: near_miss(q, c, self.df, self._corpus.has))
            best = a.cands[a.best]
        # a report names its policies, plans and laws in quotes or right after their description: the name asked
        # is the answer, not its clause; an article quotes other names, titles and terms too (CMRC tune: −5 +1)
        report = not self._short_article(best.chunk.source)
        # ... and so is a place or person asked ("在哪座城市举行" → 杭州, not the clause it ties with)
        keep = named_span(info, best) or place_or_person_name(info, best)
        margin = 0.0 if report and keep else self.model.widening(not report)
        s, e = answer_bounds(info, a.cands, masked, a.best, margin)
        k = figures_asked(info) if info.qtype in ("number", "list") else 1
        if k > 1:  # "甲和乙分别是多少": every figure asked, not the best one alone
            s, e = several_figures(info, best.chunk.text, best.span.sent_start, best.span.sent_end, s, e, a.terms, k)
        if report:
            s, e = chosen_option(info, best.chunk.text, best.span.sent_start, best.span.sent_end) \
                or quoted_name(info, best.chunk.text, best.span.sent_start, best.span.sent_end, s, e) or (s, e)
        if report and not info.english:  # an article describes a kind at length, over clauses (CMRC tune −3)
            s, e = kind_asked(info.text, best.chunk.text, s, e) or (s, e)
        if not info.english:  # "实行了什么审计" ← "经济责任审计", not "经济责任"
            e = noun_after(info.text, best.chunk.text, e) or e
        if not info.english and (DESCRIBE.search(info.text) or (
                _ASKS_WHAT_ALL.search(info.text) and self._short_article(best.chunk.source)
                and best.chunk.text.count("、", s, e) < 2)):  # an enumeration chosen is the answer itself
            s, e = whole_sentence(best.chunk.text, best.span, s, e, self.SENTENCE_ANSWER_MAX)
            if WHY.search(info.text):
                s, e = reason_before(best.chunk.text, s, e, self.REASON_MAX)
        text = best.chunk.text[s:e]
        if restates_count(info, text):  # "13个主产省是哪几个" ← "在13个主产省选择部分县市": not said which
            return Extraction(ABSTAIN_MESSAGE, True, a.p_answer, [])
        cited = [(best.chunk, min(s, best.span.clause_start), max(e, best.span.clause_end), float(a.logits[a.best]))]
        seen = {best.chunk.chunk_id}
        for i in np.argsort(-masked):  # other passages that support a close answer: cited after the best
            c = a.cands[int(i)]
            if len(cited) >= self.MAX_CITED or not masked[i] >= a.logits[a.best] - self.model.cite_margin:
                break
            if c.chunk.chunk_id in seen:
                continue
            seen.add(c.chunk.chunk_id)
            cited.append((c.chunk, c.span.clause_start, c.span.clause_end, float(a.logits[i])))
        return Extraction(text, False, a.p_answer, cited)

    def analyse(self, info: QuestionInfo, hits: list[Hit], query_vec: list[float] | None,
                top_passages: int = 5) -> Analysis | None:
        """Every candidate span of the top passages with its features and score, the best one, and the
        probability that the question is answered at all (what training and evaluation look at)."""
        if info.english:  # weigh the glossary's Chinese renderings of the question's words
            terms = self.question_terms(" ".join(english_to_chinese_terms(info.text)))
        else:
            terms = self.question_terms(info.text, info.focus)
        left, right = question_gap(info.text) if not info.english else ("", "")
        gap_left = named_thing(info.text, left)
        qchars = set(norm(info.text)) - set(_NON_CONTENT)
        cands: list[Scored] = []
        ctxs: list[SpanContext] = []
        named, asked = asked_years(info)
        qbi = question_bigrams(info.text) if not info.english else set()
        for rank, hit in enumerate(hits[:top_passages]):
            chunk = hit.chunk
            ctx_text = f"{chunk.section} {chunk.text}"
            years, dyear = fitting_years(info), self.doc_years.get(chunk.source) or doc_year(chunk.title)
            ctx = SpanContext(chunk.text, rank, float(hit.dense_sim or 0.0), year_fit(years, dyear, ctx_text),
                              coverage(terms, ctx_text), (dyear - years[0]) if years and dyear else 0,
                              bool(years and dyear), (1 if dyear == named else -1) if named and dyear else 0,
                              *local_weights(terms, chunk.text, qbi), dyear, asked)
            ctxs.append(ctx)
            gap = left if self._short_article(chunk.source) else gap_left  # a name after its description: reports
            for sp in passage_spans(chunk.text, gap, right, with_names=info.qtype in ("who", "fact")):
                text = chunk.text[sp.start:sp.end]
                if sp.kind == "aligned" and info.qtype == "number" and not _ENDS_ON_FIGURE.search(text):
                    continue  # the gap of "多少" is a figure: "98个部门和北京、上海等" does not fill "多少个省市"
                cands.append(Scored(chunk, sp, text, ctx, hit))
        if not cands:
            return None
        qclass = question_class(info.text)
        X = np.stack([span_features(info, terms, c.ctx, c.span, None, qchars, qbi, qclass, (left, right))
                      for c in cands])
        sem_best: float | None = None
        if self.embeddings is not None and query_vec is not None:
            # Cross-lingual / paraphrase signal for the clauses of the most promising spans (embedding is slow).
            prior = X @ self.model.span_weights  # the linear ranker picks the pool (cheap; as in training)
            pool: dict[tuple[str, int, int], str] = {}  # the clauses of the best-scored spans
            # a short article's clauses all share its topic, so its words tell them apart less: more of them
            # are compared by meaning (in a long report the wider pool only adds look-alikes from other parts)
            size = self.SEM_POOL_EN if info.english else \
                self.SEM_POOL_ARTICLE if self._short_article(hits[0].chunk.source) else self.SEM_POOL
            for i in np.argsort(-prior):
                c = cands[int(i)]
                key = (c.chunk.chunk_id, c.span.clause_start, c.span.clause_end)
                pool.setdefault(key, c.chunk.text[key[1]:key[2]])
                if len(pool) >= size:
                    break
            sims = self.vectors.get_many(self.embeddings, list(pool.values())) @ np.asarray(query_vec, dtype=np.float32)
            sim_of = dict(zip(pool, (float(s) for s in sims)))
            sem_best = max(sim_of.values())
            col, known = SPAN_FEATURES.index("sem_rel"), SPAN_FEATURES.index("sem_known")
            en_col = SPAN_FEATURES.index("en_x_sem_rel")
            for i, c in enumerate(cands):
                s = sim_of.get((c.chunk.chunk_id, c.span.clause_start, c.span.clause_end))
                if s is not None:
                    X[i, col] = s - sem_best
                    X[i, known] = 1.0
                    if info.english:
                        X[i, en_col] = s - sem_best
        logits = self.model.span_logits(X)
        kind = self._allowed_kind(info, cands, X)  # the rules need only check spans of the asked kind
        excluded = figure_excluded(info, cands, kind)
        other_part = year_excluded(info, cands, kind)
        allowed = self._allowed(info, cands, X, excluded | other_part)
        hard_miss = ""
        if not allowed.any():
            hard_miss = f"no candidate of the asked kind ({info.qtype})"
            allowed[:] = True
        # the document the question names by its title; in a short article, the sentences naming the detail asked
        allowed = narrowed(info, terms, cands, logits, allowed, self.df, self.TOPIC_DF_MAX, self._short_article)
        masked = np.where(allowed, logits, -np.inf)
        best = past_restatement(info, cands, masked, int(np.argmax(masked)))
        best = definition(info, cands, masked, gap_filler(info, cands, masked, best))
        if not self._short_article(cands[best].chunk.source):  # (see extract: an article quotes much else; a place:
            best = quoted_candidate(info, cands, masked, best, self.NAME_MARGIN, X[:, SPAN_FEATURES.index("lex_sent")])
            best = place_given(info, cands, masked, best)  # its names are not all known to the tagger, CMRC −1)
            best = person_given(info, cands, masked, best)
            best = figure_choice(info, cands, masked, best, self.df, self.n)
        misses = lambda i: self._hard_miss(info, terms, cands[i], X[i], sem_best)  # noqa: E731
        best = past_off_topic(info, cands, masked, past_near_miss(info, cands, masked, best, misses),
                              lambda i: self._off_topic(info, terms, cands[i]), misses)
        order = np.argsort(-masked)
        second = next((float(masked[i]) for i in order[1:] if cands[int(i)].text != cands[best].text
                       and np.isfinite(masked[i])), float(logits[best]) - 5.0)
        c = cands[best]
        qx = question_features(info, terms, self.df, self.rare_df, X[best], float(logits[best]),
                               float(logits[best]) - second, f"{c.chunk.section} {c.chunk.text}",
                               float(hits[0].dense_sim or 0.0), sem_best)
        keyword_only = sem_best is None and not any(h.dense_sim for h in hits[:top_passages])
        span_x = X[best]
        if keyword_only:  # no similarity to go by: the abstainer sees its typical value, the words must match
            for name, value in self.model.impute.items():
                qx[QUESTION_FEATURES.index(name)] = value
            span_x = span_x.copy()  # ... and the span as if its clause were the most similar one, as usual
            span_x[SPAN_FEATURES.index("sem_known")] = 1.0
            if X[best, SPAN_FEATURES.index("lex_sent")] < self.KEYWORD_ONLY_COVERAGE:
                hard_miss = "keyword-only answer from a sentence with few of the question's words"
        if not hard_miss:
            hard_miss = self._hard_miss(info, terms, c, X[best], sem_best)
        p_answer = self.model.p_answerable(qx, span_x)
        if not hard_miss and excluded.any() and not in_place_of_asked_year(info, c) and p_answer < self.RULED_OUT_SURE:
            # the best match was a target where an outcome is asked (or another year's or another indicator's
            # target), and no other figure comes near it: the text likely does not hold what is asked
            unruled = np.where(self._allowed(info, cands, X, other_part) & ~np.isfinite(masked), logits, -np.inf)
            if float(unruled.max()) - support(cands, logits, excluded | other_part, best) > self.RULED_OUT_GAP \
                    and not year_beside_period(c, cands[int(np.argmax(unruled))]):  # (a period's figure before it)
                hard_miss = "the best match is a target of another kind or year"
        if not hard_miss and self._off_topic(info, terms, c):
            hard_miss = "none of the question's words near the answer"  # the sentence and the one before
        return Analysis(terms, cands, X, logits, best, qx, p_answer, hard_miss, excluded | other_part)

    @staticmethod
    def _allowed(info: QuestionInfo, cands: list["Scored"], X: np.ndarray,
                 excluded: np.ndarray | None = None) -> np.ndarray:
        """Spans of the asked kind: a quantity for 多少, a date for 何时 (the ranker picks among them); not a span
        written right after another year than the asked one ("由2002年的X增加到2007年的Y"), nor one ``excluded``
        (by default :func:`figure_excluded` and :func:`year_excluded`: a target where an outcome is asked, another
        year's or indicator's target, a count of another thing, an average or total of several years, a figure in
        a part about another year); while others are left, not the base of a rate, a change for a level, …"""
        ok = Extractor._allowed_kind(info, cands, X)
        other_year = X[:, SPAN_FEATURES.index("near_year_miss")] > 0
        if (ok & ~other_year).any():
            ok = ok & ~other_year
        if info.qtype == "number" and not ASKS_SEVERAL.search(info.text):  # 多少 → one figure, not a list of them
            several = X[:, SPAN_FEATURES.index("span_n_qty")] > 0.34  # more than one quantity: one range, or two figures
            one = ok & np.array([not m or figure_groups(c.text) <= 1 for c, m in zip(cands, several)], dtype=bool)
            if one.any():
                ok = one
        if excluded is None:
            excluded = figure_excluded(info, cands, ok) | year_excluded(info, cands, ok)
        ok = ok & ~excluded
        if unit_required(info, Extractor.STRICT_UNITS_EN if info.english else Extractor.STRICT_UNITS):
            # "增速是多少": the % while one is left, not the amount beside it (a share: a %)
            kept = ok & ((X[:, SPAN_FEATURES.index("unit_ok")] > 0) | [points_given(info, c.text) for c in cands])
            ok = kept if kept.any() else ok
        # ruled out only while something else is left
        for rule in (rate_base, change_for_level, level_for_difference, level_for_change, class_statement,
                     repeats_question, naming_clause, not_points, ordinal_for_count, amount_for_ordinal, figure_named,
                     bound_mismatch, start_for_level, not_average, opposite_change, share_for_growth, total_for_part,
                     part_for_total, one_of_a_kind_spans, other_quoted_item, other_province, amount_for_count,
                     date_for_figure, no_day, other_base_year, other_than, other_counted, one_year_for_period,
                     year_for_period_target, other_group_spans, not_after_stated_start, end_after_asked_start,
                     totals_for_rate, end_for_period_base,
                     parts_for_sum, rate_for_total, figure_for_english_thing):
            kept = ok & ~rule(info, cands, ok)
            if kept.any():
                ok = kept
        if info.qtype == "number" and ASKS_END_VALUE.search(info.text):  # "提高到多少": not where a change began
            end = ok & (X[:, SPAN_FEATURES.index("before_to")] == 0)
            if end.any():
                return end
        return ok

    @staticmethod
    def _allowed_kind(info: QuestionInfo, cands: list["Scored"], X: np.ndarray) -> np.ndarray:
        if info.qtype == "number":
            ok = ((X[:, SPAN_FEATURES.index("span_has_qty")] > 0) | counted_as_asked(info, cands)) \
                & ~count_for_measure(info, cands)
            base = info.unit.lstrip("万亿")  # "多少万吨" is answered in 吨 (万吨, 亿吨), "多少亿元" in 元
            if info.unit_explicit and not info.english:  # "多少吨", "多少万吨": a quantity in 吨, not "一艘"
                ok &= np.array([in_unit(c.text, base, info.text) for c in cands])
            return ok
        if info.qtype == "date":  # a date, or a period the text names in words ("侏罗纪晚期", "每年初夏")
            return (X[:, SPAN_FEATURES.index("span_has_date")] > 0) | np.array([names_period(c.text) for c in cands])
        return np.ones(len(cands), dtype=bool)

    TOPIC_DF_MAX = 20  # passages a document's topic word may occur in (it is named in its own document only)
    TOPIC_DOC_MAX = 3000  # characters: an article about one topic, not a report about many things

    def _short_article(self, source: str) -> bool:
        return self._doc_len.get(source, 0) <= self.TOPIC_DOC_MAX

    def _off_topic(self, info: QuestionInfo, terms: list[tuple[str, float]], c: "Scored") -> bool:
        return bool(terms) and coverage(beyond_title(info, terms, c), around(c)) == 0 and not self._names_topic(terms, c)

    def _names_topic(self, terms: list[tuple[str, float]], c: "Scored") -> bool:
        """The answer's document is a short article titled with a word of the question (the title is mostly that
        word) that no other document uses ("临风阁"): its sentences speak of that topic without naming it
        ("位于某省某县"). Not a report titled "某市2021年政府工作报告", whose sentences are about many things."""
        if not self._short_article(c.chunk.source):
            return False
        title = title_name(c.chunk.title)  # "杨某 (演员)": the name is the topic
        words = [t for t, _ in terms if len(t) >= 2 and 2 * len(t) >= len(title) and t in title
                 and not any(ch.isdigit() for ch in t) and self.df.get(t, 0) <= self.TOPIC_DF_MAX]
        if not words:
            return False
        if self._norm_texts is None:  # normalized once per index, on the first question that needs it
            self._norm_texts = [(d.source, norm(d.text)) for d in self.chunks]
        return any(all(src == c.chunk.source or t not in text for src, text in self._norm_texts) for t in words)

    def _hard_miss(self, info: QuestionInfo, terms: list[tuple[str, float]], c: "Scored", x: np.ndarray,
                   sem_best: float | None) -> str:
        """Reasons to abstain whatever the scores: the answer cannot be of the asked kind or about the asked thing."""
        if terms and all(self.df.get(t, 0) == 0 for t, _ in terms) \
                and not any(len(t) >= 2 and t in norm(c.chunk.text) for t, _ in terms):  # not even inside a word
            return "none of the question's words occur in the documents"
        if not terms and (not info.english or sem_best is None or sem_best < self.EN_SEM_ALONE):
            return "no content words in the question"
        if info.years and c.ctx.year_fit == -1:
            return "the passage is about another year"
        strict = self.STRICT_UNITS if not info.english else self.STRICT_UNITS_EN
        if unit_required(info, strict) and not x[SPAN_FEATURES.index("unit_ok")] and not points_given(info, c.text):
            return f"no quantity in {info.unit}"
        if info.person and _OFFICE_ASKED.search(info.text) \
                and not (person_in(f"{c.chunk.section} {c.chunk.text}") or has_person_name(c.text)):
            # 局长/director: the passage must speak of an office holder, or the answer be a person's name (a bare
            # 谁 may be answered by an organisation or a name the tagger does not know)
            return "no person named"
        if total_for_rate(info, c.text):
            return "a total where an amount per person or unit is asked"
        if no_person_name(info, c.text):
            return "no person named"
        if one_of_a_kind(info, c.text):
            return "no figure but 一 and a measure word"
        missing = detail_missing(info, c.text, c.chunk.text[c.span.end:c.span.end + 2])
        if missing or self._short_article(c.chunk.source):  # an article's one topic: its sentences need not name it
            return missing
        # (an article's foreign places are often unknown to the tagger: "斯洛文尼亚", CMRC tune −5)
        return place_unnamed(info, c.chunk.text[c.span.start:c.span.end + 3]) \
            or place_absent(info, f"{c.chunk.title} {c.chunk.section} {c.chunk.text}") \
            or near_miss(info, c, self.df, self._corpus.has)
