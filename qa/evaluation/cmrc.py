"""CMRC 2018 (SQuAD-style Chinese reading comprehension) → a corpus folder plus a question file (docs/eval-format.md).

One paragraph becomes one document (its title as the first line, so it is parsed as the title); each of its
questions becomes a docs/eval-format.md record with ``answers`` = the gold spans, ``evidence`` = the first gold span
with a few characters of its paragraph around it, ``doc`` = the document's file name and ``split``.

The split is fixed by a hash of the paragraph id: about 60% "tune" (what a reader may be fitted on), the rest
"heldout" (measured only). ``python -m qa eval FILE --format cmrc`` converts on the fly.
"""
from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from qa.errors import CorpusError

logger = logging.getLogger(__name__)

TUNE_SHARE = 0.6
_SAFE = re.compile(r"[^A-Za-z0-9_-]+")


def paragraph_split(pid: str) -> str:
    """"tune" or "heldout", fixed by the paragraph id (so every run and every machine agrees)."""
    h = int(hashlib.sha1(pid.encode("utf-8")).hexdigest()[:8], 16) / 0xFFFFFFFF
    return "tune" if h < TUNE_SHARE else "heldout"


def read_cmrc(path: str | Path) -> list[dict[str, Any]]:
    """Paragraph records from a CMRC JSONL file (one paragraph a line) or an official SQuAD-style JSON file."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CorpusError(f"cannot read CMRC file {p}: {exc}") from exc
    try:
        if text.lstrip().startswith("{") and '"data"' in text[:2000] and "\n{" not in text.strip():
            data = json.loads(text)["data"]
            paras = []
            for art in data:
                for i, par in enumerate(art.get("paragraphs", [])):
                    paras.append({"id": par.get("id") or f"{art.get('id', art.get('title', 'doc'))}_{i}",
                                  "title": art.get("title", ""), "context": par["context"],
                                  "qas": [{"id": qa["id"], "question": qa["question"],
                                           "answers": [a["text"] if isinstance(a, dict) else a for a in qa.get("answers", [])]}
                                          for qa in par.get("qas", [])]})
            return paras
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        raise CorpusError(f"{p}: not a CMRC file ({exc})") from exc


def _evidence(context: str, answer: str, pad: int = 6) -> str:
    i = context.find(answer)
    if i < 0:
        return answer
    return context[max(0, i - pad): i + len(answer) + pad]


def convert(paragraphs: Iterable[dict[str, Any]], out_dir: str | Path, split: str | None = None) -> tuple[Path, Path]:
    """Write ``out_dir/corpus/<paragraph id>.txt`` and ``out_dir/questions.jsonl``; returns both paths.

    ``split``: keep only "tune" or "heldout" paragraphs (None: all)."""
    out = Path(out_dir)
    corpus = out / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    records = []
    for par in paragraphs:
        pid = str(par["id"])
        part = paragraph_split(pid)
        if split and part != split:
            continue
        name = _SAFE.sub("_", pid) + ".txt"
        title = (par.get("title") or "").strip()
        body = par["context"].strip()
        (corpus / name).write_text(f"{title}\n{body}\n" if title else body + "\n", encoding="utf-8")
        for qa in par.get("qas", []):
            golds = [a for a in dict.fromkeys(qa.get("answers", [])) if a and a.strip()]
            if not golds or not str(qa.get("question", "")).strip():  # a few public questions are blank
                continue
            records.append({"id": qa["id"], "question": qa["question"], "type": "span", "answers": golds,
                            "evidence": _evidence(body, golds[0]), "doc": name, "split": part})
    questions = out / "questions.jsonl"
    questions.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    logger.info("CMRC: %d questions over %d documents in %s", len(records), len(list(corpus.glob("*.txt"))), out)
    return corpus, questions


def main(argv: list[str] | None = None) -> int:
    import argparse

    p = argparse.ArgumentParser(prog="python -m qa.evaluation.cmrc",
                                description="Convert CMRC 2018 to a corpus folder + question file (docs/eval-format.md).")
    p.add_argument("file")
    p.add_argument("--out", required=True)
    p.add_argument("--split", choices=("tune", "heldout"), default=None)
    args = p.parse_args(argv)
    corpus, questions = convert(read_cmrc(args.file), args.out, args.split)
    print(f"{corpus}\n{questions}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
