"""Extractive answering without an LLM: pick the clause that answers, quote it, cite where it came from.

For each of the best retrieved passages, every clause is scored by
  - lexical coverage: the IDF-weighted share of the question's terms found in the clause (and its sentence),
  - type fit: a quantity with the asked unit for 多少/how many, a date for 哪天/when, an enumeration for 哪些,
    a proper name (《…》, an organisation) for 谁/哪家,
  - retrieval rank of its passage, and, for English or weakly-overlapping questions, cross-lingual
    similarity from the embedder (so "How many patents were granted?" finds 授权量超过16500件).
The answer is the best clause (widened to its neighbours when it is too short to stand alone, or to the
whole enumeration for lists); list questions about a section ("三项重点工作分别是什么") are answered from the
outline: the labels of the sibling items. If the question's key terms are not in the best passage, the
engine abstains rather than guessing — calibrated on the eval set (see tests/eval).
"""
from __future__ import annotations

import math
import re
import threading
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np
from langchain_core.embeddings import Embeddings

from qa.ingest.chunking import Chunk
from qa.retrieve.glossary import english_to_chinese_terms
from qa.answer.question import QuestionInfo
from qa.retrieve.search import Hit
from qa.text import clause_spans, sentence_spans, tokenize

ABSTAIN_MESSAGE = "报告中没有找到相关信息。"

_UNITS = r"(?:人次|公里|平方米|万吨|吨|元|个|项|次|家|名|期|件|所|位|人|种|批|台|套|场|倍|天|村|户|亩|座|条|篇|部|%|％)"
_QTY_RE = re.compile(
    rf"(?P<num>\d+(?:[.,]\d+)*|[一二三四五六七八九十百千两]+)\s*(?P<mod>余|多|多个|余个)?\s*(?P<mag>万|亿|千|百)?\s*(?P<unit>{_UNITS}|年(?!\d))"
)
_DATE_RE = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|\d{1,2}\s*月\s*\d{1,2}\s*日|(?:今年|去年|当年)?\d{1,2}\s*月|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}")
_NAME_RE = re.compile(r"《[^》]{2,40}》|“[^”]{2,30}”|\"[^\"]{2,30}\"|[\u4e00-\u9fff]{2,12}(?:市|省|局|部|委|中心|报|公司|院|平台|基地|网|集群|品牌)")
_LIST_SEP = re.compile(r"[、]")
_TRAIL = "，,。；;：:、 "
_MIN_STANDALONE = 10
_MAX_ANSWER = 120


@dataclass
class Candidate:
    hit_rank: int
    chunk: Chunk
    start: int  # quote offsets within chunk.text
    end: int
    score: float
    lex: float
    typed: bool
    unit_ok: bool = False
    sem: float | None = None


@dataclass
class Extraction:
    answer: str
    abstained: bool
    confidence: float
    cited: list[tuple[Chunk, int, int, float]]  # chunk, quote start, quote end, score


class _VecCache:
    """LRU of clause vectors: clause embedding is the slow part of cross-lingual extraction."""

    def __init__(self, size: int = 20000) -> None:
        self._d: OrderedDict[str, np.ndarray] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def get_many(self, emb: Embeddings, texts: list[str]) -> np.ndarray:
        with self._lock:
            missing = [t for t in dict.fromkeys(texts) if t not in self._d]
        if missing:
            vecs = emb.embed_documents(missing)
            with self._lock:
                for t, v in zip(missing, vecs):
                    self._d[t] = np.asarray(v, dtype=np.float32)
                while len(self._d) > self._size:
                    self._d.popitem(last=False)
        with self._lock:
            return np.stack([self._d[t] for t in texts]) if texts else np.zeros((0, 1), np.float32)


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


class Extractor:
    """Turns retrieved hits into a concise cited answer (or an abstention). One per loaded index."""

    STRICT_UNITS = ("%", "所", "辆", "元")
    STRICT_UNITS_EN = ("%", "所", "辆")  # English money words map loosely to 元, so that one is not enforced

    def __init__(self, chunks: list[Chunk], df: dict[str, int], embeddings: Embeddings | None,
                 abstain_threshold: float = 0.38, sem_floor: float = 0.875, sem_full: float = 0.925,
                 sem_floor_en: float = 0.70, sem_full_en: float = 0.78) -> None:
        self.chunks = chunks
        self.df = df
        self.n = max(1, len(chunks))
        self.embeddings = embeddings
        self.abstain_threshold = abstain_threshold
        self.sem_floor, self.sem_full = sem_floor, sem_full
        self.rare_df = 1 if len(chunks) < 200 else 3  # "rare" = in at most this many chunks
        self.sem_floor_en, self.sem_full_en = sem_floor_en, sem_full_en
        self._siblings: dict[tuple[str, str], list[int]] = {}
        for i, c in enumerate(chunks):
            if c.kind == "item" and c.parent is not None:
                self._siblings.setdefault((c.source, c.parent), []).append(i)
        self._cache = _VecCache()

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
        total = sum(w for _, w in terms)
        if total <= 0:
            return 0.0
        low = _norm(text)
        return sum(w for t, w in terms if t in low) / total

    # -- main entry --------------------------------------------------------------------------------
    def extract(self, info: QuestionInfo, hits: list[Hit], query_vec: list[float] | None, top_passages: int = 5) -> Extraction:
        if not hits:
            return Extraction(ABSTAIN_MESSAGE, True, 0.0, [])
        if info.about_document:
            got = self._from_header(info, hits)
            if got:
                return got
        if info.english:  # weigh the glossary's Chinese renderings of the question's words
            terms = self.question_terms(" ".join(english_to_chinese_terms(info.text)))
        else:
            terms = self.question_terms(info.text, info.focus)
        cands = self._candidates(info, terms, hits[:top_passages], query_vec)
        if not cands:
            return Extraction(ABSTAIN_MESSAGE, True, 0.0, [])
        best = cands[0]
        if best.sem is None and query_vec is not None and self.embeddings is not None:
            vec = self._cache.get_many(self.embeddings, [best.chunk.text[best.start:best.end]])[0]
            best.sem = float(vec @ np.asarray(query_vec, dtype=np.float32))
        confidence = self._confidence(info, terms, best)
        if confidence < self.abstain_threshold:
            return Extraction(ABSTAIN_MESSAGE, True, confidence, [])
        if info.qtype == "list":
            structural = self._structural_list(info, terms, best)
            if structural:
                return Extraction(structural[0], False, confidence, structural[1])
        s, e = self._widen(info, best)
        text = best.chunk.text[s:e].strip(_TRAIL)
        s = best.chunk.text.index(text, s) if text else s
        cited = [(best.chunk, s, s + len(text), best.score)]
        seen = {best.chunk.chunk_id}
        for c in cands[1:]:
            if len(cited) >= 3 or c.score < 0.85 * best.score:
                break
            if c.chunk.chunk_id in seen or (info.qtype in ("number", "date") and not c.typed):
                continue
            seen.add(c.chunk.chunk_id)
            cited.append((c.chunk, c.start, c.end, c.score))
        return Extraction(text, False, confidence, cited)

    # -- pieces ------------------------------------------------------------------------------------
    def _candidates(self, info: QuestionInfo, terms: list[tuple[str, float]], hits: list[Hit],
                    query_vec: list[float] | None) -> list[Candidate]:
        cands: list[Candidate] = []
        # Lexical scores say little for an English question, so the passage ranking counts for more there.
        rank_cost = 0.04 if info.english else 0.04
        for rank, hit in enumerate(hits):
            text = hit.chunk.text
            # A passage under "2015年…" answers "2015年的目标" better than one under another year.
            year_bonus = 0.0
            if info.years:
                ctx_years = set(self._YEAR_IN.findall(f"{hit.chunk.section} {text}"))
                year_bonus = 0.2 if ctx_years & set(info.years) else (-0.2 if ctx_years else 0.0)
            for ss, se in sentence_spans(text):
                sent_lex = self.coverage(terms, text[ss:se])
                spans = [(ss + cs, ss + ce) for cs, ce in clause_spans(text[ss:se])]
                # Single clauses, and pairs of neighbours: "申请量超过4700件,授权量超过1650件" or
                # "10月27日,《人民日报》…" put the subject and the answer in different clauses.
                units = [(a, b, 0.0) for a, b in spans]
                units += [(spans[i][0], spans[i + 1][1], 0.06) for i in range(len(spans) - 1)
                          if spans[i + 1][1] - spans[i][0] <= _MAX_ANSWER]
                for a, b, penalty in units:
                    clause = text[a:b]
                    lex = self.coverage(terms, clause)
                    fit, unit_ok = self._type_fit(info, clause)
                    focus_hit = any(f in clause for f in info.focus)
                    score = (lex + 0.35 * sent_lex + 0.3 * fit + 0.2 * unit_ok + 0.25 * focus_hit
                             + year_bonus - rank_cost * rank - penalty)
                    if info.qtype in ("number", "date") and not fit:
                        score -= 0.3
                    if info.unit and info.qtype == "number" and fit and not unit_ok:
                        score -= 0.15
                    cands.append(Candidate(rank, hit.chunk, a, b, score, lex, fit > 0, unit_ok > 0))
        if not cands:
            return []
        if self.embeddings is not None and query_vec is not None:
            # Cross-lingual / paraphrase signal for the most promising clauses only (embedding is the slow part).
            pool = sorted(cands, key=lambda c: (-c.score))[: (16 if info.english else 6)]
            if info.english:  # lexical scores mean little for an English question: take typed clauses of top passages
                pool = sorted(cands, key=lambda c: (not c.typed, c.hit_rank, -c.score))[:16]
            texts = [c.chunk.text[c.start:c.end] for c in pool]
            sims = self._cache.get_many(self.embeddings, texts) @ np.asarray(query_vec, dtype=np.float32)
            for c, sim in zip(pool, sims):
                c.sem = float(sim)
            base = float(min(sims))
            weight = 8.0 if info.english else 1.5
            for c in cands:
                c.score += weight * ((c.sem if c.sem is not None else base) - base)
        cands.sort(key=lambda c: -c.score)
        return cands

    @staticmethod
    def _type_fit(info: QuestionInfo, clause: str) -> tuple[float, float]:
        if info.qtype == "number":
            qty = [m for m in _QTY_RE.finditer(clause) if not (m.group("unit") == "年" and len(m.group("num")) == 4)]
            if not qty:
                return 0.0, 0.0
            unit_ok = 0.0
            if info.unit:
                wanted = set(info.unit.split("|"))
                if "人" in wanted:
                    wanted |= {"名", "人次"}
                for m in qty:
                    got = (m.group("mag") or "") + m.group("unit")
                    if any(got.endswith(u) or u in got for u in wanted):
                        unit_ok = 1.0
            return 1.0, unit_ok
        if info.qtype == "date":
            return (1.0 if _DATE_RE.search(clause) else 0.0), 0.0
        if info.qtype == "list":
            seps = len(_LIST_SEP.findall(clause))
            return min(1.0, seps / 2.0), 0.0
        if info.qtype == "who":
            return (1.0 if _NAME_RE.search(clause) else 0.0), 0.0
        return 0.0, 0.0

    _PERSON_RE = re.compile(r"(?:局长|市长|主任|书记|部长|厅长|负责人|院长|董事长|总经理|先生|女士|同志)")
    _YEAR_IN = re.compile(r"(?:19|20)\d{2}")

    def _confidence(self, info: QuestionInfo, terms: list[tuple[str, float]], best: Candidate) -> float:
        """How sure we are that the best clause answers. Hard misses (no quantity for 多少, no date for 哪天,
        a different year, no person for 谁) give 0; otherwise term coverage of the passage, or the clause's
        semantic similarity when that is the stronger evidence (paraphrases, English)."""
        ctx = f"{best.chunk.section}\n{best.chunk.text}"
        if info.qtype in ("number", "date") and not best.typed:
            return 0.0
        strict = self.STRICT_UNITS if not info.english else self.STRICT_UNITS_EN
        if info.qtype == "number" and info.unit in strict and not best.unit_ok:
            return 0.0
        if info.person and not self._PERSON_RE.search(ctx):
            return 0.0
        if info.years:
            ctx_years = set(self._YEAR_IN.findall(ctx))
            if ctx_years and not ctx_years & set(info.years):
                return 0.0
        cov = self.coverage(terms, ctx)
        # A rare term of the question that the corpus does contain, but elsewhere, names another thing:
        # "智慧城市…示范项目投入了多少" is not answered by another project's amount.
        low = _norm(ctx)
        rare = [t for t, _ in terms if 1 <= self.df.get(t, 0) <= self.rare_df and len(t) >= 2]
        penalty = 0.6 if any(t not in low for t in rare) else 1.0
        sem = best.sem if best.sem is not None else 0.0
        sem_conf = (sem - self.sem_floor) / (self.sem_full - self.sem_floor) if not info.english else \
            (sem - self.sem_floor_en) / (self.sem_full_en - self.sem_floor_en)
        sem_conf = min(1.0, max(0.0, sem_conf))
        if info.english:
            # Similarity alone cannot tell "tractors sold" from "grain output": the glossary's Chinese terms
            # must be found in the passage too; with no term to check, similarity must carry it alone.
            return penalty * (sem_conf * min(1.0, cov / 0.3) if terms else 0.5 * sem_conf)
        return penalty * max(cov, sem_conf)

    def _widen(self, info: QuestionInfo, c: Candidate) -> tuple[int, int]:
        """Grow a clause that cannot stand alone: too short, or a list continuing into the next clauses."""
        text = c.chunk.text
        clauses = [(a, b) for a, b in clause_spans(text)]
        sent = next(((a, b) for a, b in sentence_spans(text) if a <= c.start < b), (c.start, c.end))
        in_sent = [(a, b) for a, b in clauses if sent[0] <= a and b <= sent[1]]
        idx = next((i for i, (a, b) in enumerate(in_sent) if a == c.start), None)
        s, e = c.start, c.end
        if idx is None:
            return s, e
        if e - s < _MIN_STANDALONE and idx > 0:
            s = in_sent[idx - 1][0]
        if info.qtype == "list":
            j = idx + 1
            while j < len(in_sent) and "、" in text[in_sent[j][0]:in_sent[j][1]] and in_sent[j][1] - s <= _MAX_ANSWER:
                e = in_sent[j][1]
                j += 1
        if e - s < _MIN_STANDALONE and idx + 1 < len(in_sent):
            e = in_sent[idx + 1][1]
        return s, e

    def _structural_list(self, info: QuestionInfo, terms: list[tuple[str, float]], best: Candidate):
        """Answer "哪几项/分别是什么" about a section from its enumerated items (the outline, not a clause)."""
        chunk = best.chunk
        if chunk.kind == "item":
            idxs = self._siblings.get((chunk.source, chunk.parent), [])
        else:  # a lead paragraph ("…抓好三项重点工作：") whose items follow under its own path
            idxs = self._siblings.get((chunk.source, chunk.section), [])
            if not idxs:
                return None
        first: dict[str, Chunk] = {}
        for i in idxs:
            first.setdefault(self.chunks[i].item, self.chunks[i])
        if len(first) < 2:
            return None
        parent_cov = self.coverage(terms, chunk.parent)
        has_enum = "、" in chunk.text[best.start:best.end]
        asks_items = bool(re.search(r"几项|哪几项|几个方面|哪几个方面|哪些方面|几方面|哪几条|哪些任务|哪些工作|几大", info.text))
        item_cov = self.coverage(terms, chunk.item) if chunk.item else 0.0
        if chunk.kind != "item":
            parent_cov = max(parent_cov, self.coverage(terms, chunk.text))
        if asks_items and item_cov >= 0.5 and not (info.count and info.count == len(first)):
            return self._sentence_heads(chunk)
        if not ((info.count and info.count == len(first)) or (parent_cov >= 0.5 and not has_enum)
                or (asks_items and parent_cov >= 0.3)):
            return None
        labels = list(first)
        answer = "；".join(labels)
        cited = []
        for label, c in first.items():
            pos = c.text.find(label)
            cited.append((c, max(pos, 0), max(pos, 0) + len(label), best.score))
        return answer, cited

    def _sentence_heads(self, chunk: Chunk):
        """An item written as "二是X。A，…。B，…。" lists its parts as sentences: answer with their heads."""
        spans = sentence_spans(chunk.text)[1:]
        heads = []
        for a, b in spans:
            cl = clause_spans(chunk.text[a:b])
            if cl:
                heads.append((a + cl[0][0], a + cl[0][1]))
        if len(heads) < 2:
            return None
        parts = [chunk.text[a:b].strip(_TRAIL) for a, b in heads]
        answer = "；".join(parts)
        if len(answer) > 2 * _MAX_ANSWER:
            return None
        return answer, [(chunk, heads[0][0], heads[-1][1], 1.0)]

    def _from_header(self, info: QuestionInfo, hits: list[Hit]) -> Extraction | None:
        """Questions about the document itself (date, source, title) are answered from its header passage."""
        headers = [h.chunk for h in hits if h.chunk.kind == "header"]
        if not headers:
            headers = [c for c in self.chunks if c.kind == "header"][:1]
        if not headers:
            return None
        chunk = headers[0]
        lines = chunk.text.split("\n")
        value = ""
        if info.header_field == "title":
            value = lines[0]
        else:
            pat = _DATE_RE if info.header_field == "date" else re.compile(r"^(?:来源|信息来源|稿件来源|发布机构|发文机关|source)\s*[:：]\s*(.+)$", re.I)
            for line in lines:
                m = pat.search(line)
                if m:
                    value = line if info.header_field == "date" else m.group(1)
                    break
                if info.header_field == "origin":
                    continue
        if not value:
            return None
        pos = chunk.text.find(value)
        return Extraction(value.strip(), False, 1.0, [(chunk, pos, pos + len(value), 1.0)])
