"""Choose the questions of a synthetic corpus: only facts whose answer is unambiguous in the whole corpus."""
from __future__ import annotations

import logging
import random

from qa.bench.synth.model import Fact, Report, SynthQuestion
from qa.bench.synth.writer import half_width

log = logging.getLogger(__name__)


def select_questions(rng: random.Random, reports: list[Report], n_questions: int,
                      registry: dict[str, int]) -> list[SynthQuestion]:
    """Pick questions whose report triple is unique and whose evidence occurs once in the corpus.

    The occurrence check runs on the written text with punctuation width folded (what NFKC
    scoring sees), so a full-width copy in one file and a half-width copy in another also count.
    """
    triple_count: dict[tuple[str, str, int], int] = {}
    for rep in reports:
        triple_count[rep.triple] = triple_count.get(rep.triple, 0) + 1
    big = half_width("\x00".join(rep.text for rep in reports))

    def unique(evidence: str) -> bool:
        key = half_width(evidence)
        return registry.get(key, 0) <= 1 and big.count(key) == 1

    order = [rep for rep in reports if triple_count[rep.triple] == 1]
    rng.shuffle(order)
    per_report = []
    for rep in order:
        facts = rep.facts[:]
        rng.shuffle(facts)
        per_report.append((rep, facts))
    # Interleave: first one fact from every report, then a second, ... (spreads questions out).
    stream: list[tuple[Report, Fact]] = []
    depth = max((len(f) for _, f in per_report), default=0)
    for k in range(depth):
        stream.extend((rep, facts[k]) for rep, facts in per_report if k < len(facts))

    want_fact = round(n_questions * 0.3)
    quota = {"number": n_questions - want_fact, "fact": want_fact}
    chosen: list[tuple[Report, Fact]] = []
    seen_q: set[str] = set()
    rejected: set[int] = set()
    for strict in (True, False):
        for pos, (rep, f) in enumerate(stream):
            if len(chosen) >= n_questions:
                break
            if pos in rejected:
                continue
            qtype = "number" if f.kind == "number" else "fact"
            if strict and quota[qtype] <= 0:
                continue
            if (f.question in seen_q or f.answer not in f.evidence or rep.text.count(f.key) != 1
                    or not unique(f.evidence)):
                rejected.add(pos)
                continue
            quota[qtype] -= 1
            seen_q.add(f.question)
            rejected.add(pos)  # used
            chosen.append((rep, f))
    if len(chosen) < n_questions:
        log.warning("only %d of %d requested questions could be made unambiguous", len(chosen), n_questions)
    return [SynthQuestion(id=f"syn{i + 1:04d}", question=f.question,
                          type="number" if f.kind == "number" else "fact",
                          answers=[f.answer], evidence=f.evidence, source=rep.name)
            for i, (rep, f) in enumerate(chosen)]
