"""Each document of a corpus indexed alone and asked the questions about it: the engine as used by someone who
brings one report.

    python -m qa.evaluation.per_document tests/eval/reports_fresh.jsonl [more.jsonl …] \\
        --corpus ../shared/corpora/gov-work-reports --index-root /tmp/per-doc [--split tune] [--json]

A question is asked of the document its ``doc`` field names (questions without one are left out). A corpus of
many reports and one report alone differ: across reports the year order and other years' figures help rule
wrong ones out, while one report has fewer passages to confuse and a smaller vocabulary (a written word is
established by fewer passages). Indexes are kept under ``--index-root`` (one folder per document) and reused
while the document is unchanged.
"""
from __future__ import annotations

import argparse
import json
import logging
import shutil
from collections import defaultdict
from pathlib import Path

from qa.evaluation.evaluate import EvalReport, evaluate, load_questions, select

logger = logging.getLogger(__name__)


def by_document(questions: list[dict], corpus: Path) -> dict[Path, list[dict]]:
    """The questions grouped by the corpus file their ``doc`` names (unknown documents left out, logged)."""
    groups: dict[Path, list[dict]] = defaultdict(list)
    for q in questions:
        doc = q.get("doc")
        if not doc:
            continue
        path = corpus / doc
        if path.is_file():
            groups[path].append(q)
        else:
            logger.warning("%s: document %s is not in %s", q["id"], doc, corpus)
    return dict(sorted(groups.items()))


def run(groups: dict[Path, list[dict]], index_root: Path, k: int = 4) -> tuple[EvalReport, dict[str, dict]]:
    """One index per document (its own corpus folder holding a copy of it); the overall report and each
    document's question count and accuracy."""
    from qa.engine import ReportQA

    total, per_doc = EvalReport(), {}
    for path, qs in groups.items():
        home = index_root / path.stem
        corpus = home / "corpus"
        corpus.mkdir(parents=True, exist_ok=True)
        if not (corpus / path.name).is_file() or (corpus / path.name).read_bytes() != path.read_bytes():
            shutil.copyfile(path, corpus / path.name)
        engine = ReportQA.open(corpus=str(corpus), index_dir=str(home / "index"), background=False)
        first = len(total.rows)
        evaluate(qs, lambda text: engine.ask(text, k=k), report=total)
        rows = total.rows[first:]
        per_doc[path.name] = {"n": len(rows),
                              "answer_accuracy": round(sum(r["correct"] for r in rows) / len(rows), 4)}
        logger.info("%s: %d questions, accuracy %s", path.name, len(qs), per_doc[path.name]["answer_accuracy"])
    return total, per_doc


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+", help="question files (docs/eval-format.md) whose rows name their doc")
    ap.add_argument("--corpus", required=True, help="folder holding the documents the questions name")
    ap.add_argument("--index-root", required=True, help="where each document's own index is kept")
    ap.add_argument("--split", choices=("tune", "heldout"), default=None)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("-k", type=int, default=4)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    questions = [q for f in args.files for q in select(load_questions(f), args.split)]
    groups = by_document(questions, Path(args.corpus))
    if not groups:
        raise SystemExit("error: no question names a document of the corpus (field 'doc')")
    total, per_doc = run(groups, Path(args.index_root), args.k)
    if args.json:
        print(json.dumps({**total.as_dict(), "documents": per_doc}, ensure_ascii=False, indent=2))
    else:
        for name, d in per_doc.items():
            print(f"{name}: {d['n']} questions, accuracy {d['answer_accuracy']}")
        print(total.table())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
