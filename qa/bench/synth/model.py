"""The records of a synthetic corpus: a question with its known answer, a bureau's vocabulary and metrics,
and the facts a rendered report holds (the candidates for questions).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from qa.bench.synth.vocab import era_min_year


@dataclass(frozen=True)
class SynthQuestion:
    """One question with its known answer, evidence substring and the file that holds it."""

    id: str
    question: str
    type: str  # "number" | "fact"
    answers: list[str]
    evidence: str
    source: str

    def to_eval_dict(self) -> dict[str, Any]:
        """The record in the docs/eval-format.md layout (no ``source``: evidence is unique)."""
        return {"id": self.id, "type": self.type, "question": self.question,
                "answers": list(self.answers), "evidence": self.evidence}


@dataclass(frozen=True)
class Metric:
    text: str  # clause with "{v}" where the number + unit goes
    question: str  # question body, e.g. "新认定了多少家国家高新技术企业"
    unit: str
    lo: float
    hi: float
    dec: int
    min_year: int


@dataclass(frozen=True)
class Bureau:
    short: str  # 科技局
    full: str  # 科学技术局
    field: str  # 科技
    headlines: tuple[str, ...]
    themes: tuple[str, ...]
    items: tuple[str, ...]
    objects: tuple[str, ...]
    metrics: tuple[Metric, ...]
    targets: tuple[Metric, ...]
    plans: tuple[tuple[str, str], ...]  # (topic noun phrase, plan title without city)
    facilities: tuple[str, ...]
    events: tuple[str, ...]


def parse_metrics(spec: str) -> tuple[Metric, ...]:
    """Parse lines ``text|question|unit|lo|hi|dec[|min_year]``."""
    out: list[Metric] = []
    for line in spec.strip().splitlines():
        parts = [p.strip() for p in line.split("|")]
        text, question, unit, lo, hi, dec = parts[:6]
        min_year = int(parts[6]) if len(parts) > 6 else 0
        min_year = max(min_year, era_min_year(text))
        out.append(Metric(text, question, unit, float(lo), float(hi), int(dec), min_year))
    return tuple(out)


def parse_targets(spec: str) -> tuple[Metric, ...]:
    """Parse lines ``text|unit|lo|hi|dec`` (plan-year targets; never asked about)."""
    out: list[Metric] = []
    for line in spec.strip().splitlines():
        text, unit, lo, hi, dec = [p.strip() for p in line.split("|")]
        out.append(Metric(text, "", unit, float(lo), float(hi), int(dec), era_min_year(text)))
    return tuple(out)


@dataclass
class Fact:
    kind: str  # number | plan | place | date
    evidence: str
    answer: str
    question: str
    section: int  # index of the summary section the fact sits in (-1 outside)
    key: str = ""  # the phrase the question hinges on; must occur once in the report


@dataclass
class Report:
    name: str
    text: str
    triple: tuple[str, str, int]
    facts: list[Fact] = field(default_factory=list)
    repeated: bool = False
