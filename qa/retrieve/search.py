"""Hybrid search over one loaded index: dense (Chroma) + BM25 (jieba tokens), fused by RRF."""
from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from langchain_core.embeddings import Embeddings

from qa.ingest.chunking import Chunk
from qa.retrieve.fusion import rrf
from qa.store.generations import IndexData
from qa.retrieve.glossary import english_term_groups, english_to_chinese_terms
from qa.retrieve.premiers import PremierTerms, governments
from qa.retrieve.year_sentences import YearSentences, lift
from qa.retrieve.years import asked_years, document_years, prefer_years, report_year
from qa.text import cjk_ratio, tokenize

logger = logging.getLogger(__name__)

MODES = ("hybrid", "dense", "bm25")
_FETCH_MIN = 20
# A year asked of reports of N years: only the two that plan and review it fit (≈ 2/N of the passages), so
# look deeper for theirs: × N // 3, at most 4 (13 reports: ×4, evidence@3 on the tune questions 0.96 → 0.98).
_YEAR_DEPTH_MAX = 4
# BM25 over a query with no Chinese mostly matches stray numbers: it gets a small say in the fusion.
_BM25_WEIGHT_NON_CJK = 0.5


@dataclass
class Hit:
    """A retrieved chunk with the evidence of why: fused score, cosine similarity and BM25 score."""

    chunk: Chunk
    score: float
    dense_sim: float | None = None
    bm25: float = 0.0
    dense_rank: int | None = None
    bm25_rank: int | None = None


@dataclass
class SearchResult:
    """``retrieval`` is the mode used: the one asked for, or "bm25-only" when vectors are not there (still
    being embedded, or the vector store/embedding server is unreachable: ``warning`` says which)."""

    hits: list[Hit]
    query_tokens: list[str]
    timings_ms: dict[str, float] = field(default_factory=dict)
    retrieval: str = "hybrid"
    warning: str = ""


def query_tokens(query: str) -> list[str]:
    """BM25 tokens of a query. An English query is bridged to Chinese through the glossary (plus its numbers),
    since its own words never occur in a Chinese report."""
    if cjk_ratio(query) >= 0.2:
        return tokenize(query)
    bridged = tokenize(" ".join(english_to_chinese_terms(query)))
    numbers = re.findall(r"\d+(?:\.\d+)?", query)
    return list(dict.fromkeys(bridged + numbers))


def keep_agreed(hits: list[Hit], fits: Callable[[Hit], bool], top: int = 3, at: int = 2) -> list[Hit]:
    """Passages that both searches rank among their first ``top``, in a report that fits the asked year
    (``fits``), moved up to position ``at`` (in their order) when the year order put them lower.

    The year order puts first the report that plans or the one that reviews the asked year, as the question's
    wording says, and English wording says it poorly ("the rule adopted in 2009" is news of the 2009 report,
    not of the 2010 one's review): the passage both searches agree on then fell below the first three, the ones
    cited (third: the evidence is among the first three for 962 of 1,049 tune questions, 938 placed sixth)."""
    agreed = [i for i, h in enumerate(hits) if i > at and h.dense_rank and h.bm25_rank
              and max(h.dense_rank, h.bm25_rank) <= top and fits(h)]
    if not agreed:
        return hits
    moved = set(agreed)
    rest = [h for i, h in enumerate(hits) if i not in moved]
    return rest[:at] + [hits[i] for i in agreed] + rest[at:]


class HybridSearcher:
    """Searches an :class:`IndexData`; keeps the chunk table and BM25 in memory, vectors in Chroma."""

    def __init__(self, data: IndexData, embeddings: Embeddings) -> None:
        self.data = data
        self.embeddings = embeddings
        self.chunks = data.chunks
        self._by_id = {c.chunk_id: i for i, c in enumerate(self.chunks)}
        by_source = document_years(self.chunks)
        self.doc_years = [by_source.get(c.source, 0) for c in self.chunks]
        n_years = len({y for y in self.doc_years if y})
        self._multi_year = n_years > 1
        self._year_depth = min(_YEAR_DEPTH_MAX, max(1, n_years // 3))
        self._year_sentences = YearSentences(self.chunks, self.doc_years, data.df)
        openings: dict[str, tuple[int, list[str]]] = {}
        for c, y in zip(self.chunks, self.doc_years):
            openings.setdefault(c.source, (y, []))[1].append(c.text)
        self.premiers = PremierTerms(governments(openings.values()) if self._multi_year else [])

    def search(self, query: str, k: int = 4, mode: str = "hybrid", fetch: int | None = None) -> SearchResult:
        if mode not in MODES:
            raise ValueError(f"mode must be one of {', '.join(MODES)}, not {mode!r}")
        if k <= 0:
            raise ValueError("k must be greater than 0")
        query = self.premiers.rewrite(query)  # "温家宝第二届政府" → "据2013年报告，…": every caller, not only ask
        years, intent = asked_years(query) if self._multi_year else ((), 0)
        fetch = max(fetch or 0, k * 5, _FETCH_MIN * (self._year_depth if years else 1))
        timings: dict[str, float] = {}
        dense: list[tuple[int, float]] = []
        sparse: list[tuple[int, float]] = []
        tokens = query_tokens(query)
        retrieval, warning = mode, ""
        if mode in ("hybrid", "dense") and self.data.vectorstore is None:
            mode, retrieval = "bm25", "bm25-only"  # vectors still being embedded: keywords answer meanwhile
        if mode in ("hybrid", "dense"):
            try:
                t = time.perf_counter()
                vec = self.embeddings.embed_query(query)
                timings["embed"] = (time.perf_counter() - t) * 1000
                t = time.perf_counter()
                dense = self._dense(vec, fetch)
                timings["dense"] = (time.perf_counter() - t) * 1000
            except Exception as exc:  # Chroma server or embedding server gone: keywords answer until it is back
                reason = str(exc).strip().splitlines()[0][:160] if str(exc).strip() else type(exc).__name__
                warning = f"vector search unavailable ({reason}); answered by keyword search only"
                logger.warning("%s", warning)
                mode, retrieval, dense = "bm25", "bm25-only", []
        if mode in ("hybrid", "bm25"):
            t = time.perf_counter()
            sparse = self.data.bm25.top(tokens, fetch)
            timings["bm25"] = (time.perf_counter() - t) * 1000
        t = time.perf_counter()
        hits = self._fuse(dense, sparse, mode, query)[: max(k, fetch)]
        if years:  # several reports of different years: the ones that plan or review the asked year first
            named = report_year(query)
            hits = prefer_years(hits, years, lambda h: (self.doc_years[self._by_id[h.chunk.chunk_id]],
                                                        f"{h.chunk.section} {h.chunk.text}"), named,
                                 intent)
            fit = {named} if named else {y + d for y in years for d in (0, 1)}
            hits = keep_agreed(hits, lambda h: self.doc_years[self._by_id[h.chunk.chunk_id]] in fit)
            facts = [y for y in years if y != named] if len(years) > 1 else list(years)  # not the report's own
            if len(facts) == 1 and mode == "hybrid":  # a year summed up in a sentence of a longer passage
                groups = english_term_groups(query) if cjk_ratio(query) < 0.2 else ()
                found = [self.chunks[i].chunk_id for i in self._year_sentences.find(facts[0], tokens, groups, intent)]
                hits = lift(hits, found, lambda cid: Hit(self.chunks[self._by_id[cid]], 0.0))
        timings["fuse"] = (time.perf_counter() - t) * 1000
        return SearchResult(hits, tokens, timings, retrieval, warning)

    def _dense(self, vec: list[float], fetch: int) -> list[tuple[int, float]]:
        n = min(fetch, len(self.chunks))
        if n == 0:
            return []
        res = self.data.vectorstore._collection.query(  # by vector: no embedding function involved
            query_embeddings=[vec], n_results=n, include=["distances"]
        )
        out = []
        for cid, dist in zip(res["ids"][0], res["distances"][0]):
            i = self._by_id.get(cid)
            if i is not None:
                out.append((i, 1.0 - float(dist)))
        return out

    def _fuse(self, dense: list[tuple[int, float]], sparse: list[tuple[int, float]], mode: str, query: str) -> list[Hit]:
        dense_sim = {i: s for i, s in dense}
        dense_rank = {i: r for r, (i, _) in enumerate(dense, start=1)}
        bm25 = {i: s for i, s in sparse}
        bm25_rank = {i: r for r, (i, _) in enumerate(sparse, start=1)}
        if mode == "dense":
            fused = [(i, s) for i, s in dense]
        elif mode == "bm25":
            fused = [(i, s) for i, s in sparse]
        else:
            w_bm25 = 1.0 if cjk_ratio(query) >= 0.3 else _BM25_WEIGHT_NON_CJK
            fused = rrf([[i for i, _ in dense], [i for i, _ in sparse]], [1.0, w_bm25])  # type: ignore[misc]
        return [
            Hit(self.chunks[i], float(s), dense_sim.get(i), bm25.get(i, 0.0), dense_rank.get(i), bm25_rank.get(i))
            for i, s in fused  # type: ignore[misc]
        ]
