"""Sentences of one report: template slots, number drawing, and the fact sentences that become questions.

A :class:`Writer` holds one report's generator and decks; every evidence clause it writes is counted in the
corpus-wide ``registry`` so that questions are only asked about clauses that occur once.
"""
from __future__ import annotations

import math
import random
from typing import Any

from qa.bench.synth.model import Bureau, Fact, Metric
from qa.bench.synth.vocab import (ACTS, EVENT_VERBS, FILLERS, GOALS, METRIC_PRE, METRIC_WRAPS, ORGS, PCT_WRAPS,
                                  PLACE_EVIDENCE, PLACE_MORPHS, PLACE_SUFFIXES, PLACE_TAILS, PLAN_WRAPS, SLOGANS,
                                  era_min_year)


def half_width(s: str) -> str:
    """Seed-style punctuation: half-width comma, colon, semicolon and brackets."""
    return s.replace("，", ",").replace("：", ":").replace("；", ";").replace("（", "(").replace("）", ")")

_CN_DIGITS = "一二三四五六七八九十"


def cn_numeral(i: int) -> str:
    """0 -> 一, 9 -> 十, 10 -> 十一."""
    return _CN_DIGITS[i] if i < 10 else "十" + _CN_DIGITS[i - 10]


def fmt_number(x: float, dec: int) -> str:
    if dec == 0:
        return str(int(round(x)))
    return f"{x:.{dec}f}".rstrip("0").rstrip(".")


def draw_value(rng: random.Random, m: Metric) -> str:
    if m.lo > 0 and m.hi / m.lo > 20:
        x = math.exp(rng.uniform(math.log(m.lo), math.log(m.hi)))
    else:
        x = rng.uniform(m.lo, m.hi)
    return fmt_number(x, m.dec) + m.unit


class _Slots(dict):  # type: ignore[type-arg]
    """Lazy template slots: only the names a template uses are drawn from the generator."""

    def __init__(self, w: "Writer", **fixed: str) -> None:
        super().__init__(fixed)
        self.w = w

    def __missing__(self, key: str) -> str:
        w = self.w
        if key[:3] == "obj":
            taken = [self[k] for k in ("obj", "obj2", "obj3") if k != key and k in self]
            while True:
                val = w.pick(w.objects)
                if val not in taken:
                    break
        else:
            val = _SLOT_MAKERS[key](w)  # KeyError here means a template typo
        self[key] = val
        return val


def _genplan(w: "Writer") -> str:
    o = w.pick(w.genplan_objects)
    return w.pick((f"{w.city}市{o}专项行动方案", f"关于进一步加强{o}工作的实施意见",
                   f"{w.city}市{o}工作要点", f"{w.city}市{o}考核办法"))


def _randint_maker(lo: int, hi: int) -> Any:
    span = hi - lo + 1
    return lambda w: str(lo + int(w.rnd() * span))


_SLOT_MAKERS: dict[str, Any] = {
    "act": lambda w: w.pick(ACTS), "act2": lambda w: w.pick(ACTS), "act3": lambda w: w.pick(ACTS),
    "goal": lambda w: w.pick(GOALS), "goal2": lambda w: w.pick(GOALS),
    "org": lambda w: w.pick(ORGS), "park": lambda w: w.park(), "slogan": lambda w: w.pick(SLOGANS),
    "small": _randint_maker(2, 12), "small2": _randint_maker(3, 20), "mid": _randint_maker(15, 900),
    "mid2": _randint_maker(15, 900), "money": _randint_maker(50, 9000), "month": _randint_maker(1, 12),
    "pct": lambda w: f"{2 + w.rnd() * 33:.1f}", "pp": lambda w: f"{0.2 + w.rnd() * 5.8:.1f}",
    "rate": lambda w: f"{85 + w.rnd() * 14.9:.1f}", "genplan": _genplan,
    "pre": lambda w: w.pick(METRIC_PRE), "city": lambda w: w.city, "field": lambda w: w.b.field,
}


class Writer:
    """Builds one report; all randomness comes from ``rng``."""

    def __init__(self, rng: random.Random, b: Bureau, city: str, year: int,
                 registry: dict[str, int]) -> None:
        self.rng, self.b, self.city, self.year = rng, b, city, year
        self.rnd = rnd = rng.random
        self.pick = lambda seq: seq[int(rnd() * len(seq))]  # faster than rng.choice
        self.decks: dict[str, list[str]] = {}
        self.registry = registry
        ok = lambda s: era_min_year(s) <= year  # noqa: E731
        self.objects = [o for o in b.objects if ok(o)]
        plans = [p for p in b.plans if ok(p[0]) and ok(p[1])]
        topics = {p[0] for p in plans}
        self.genplan_objects = [o for o in self.objects if o not in topics] or self.objects
        self.metrics = [m for m in b.metrics if m.min_year <= year]
        self.targets = [m for m in b.targets if m.min_year <= year]
        self.plans = plans
        self.facilities = [f for f in b.facilities if ok(f)]
        self.events = [e for e in b.events if ok(e)]
        self.themes = [t for t in b.themes if ok(t)]
        self.items = [t for t in b.items if ok(t)]
        for lst in (self.metrics, self.targets, self.plans, self.facilities, self.events,
                    self.themes, self.items):
            rng.shuffle(lst)
        self.C = f"{city}市"
        self.B = b.short
        self.we = "我委" if b.short.endswith("委") else "我局"
        self.short = rng.choice((f"市{b.short}", f"市{b.short}", f"{city}市{b.short}", self.we))
        self.facts: list[Fact] = []
        self.section = -1
        self.pending: list[str] = []  # fact kinds still to place

    # --- small pieces -------------------------------------------------------------------
    def fill(self, template: str, **fixed: str) -> str:
        return template.format_map(_Slots(self, **fixed))

    def park(self) -> str:
        head = self.city if self.rng.random() < 0.3 else self.pick(PLACE_MORPHS)
        return head + self.pick(PLACE_SUFFIXES)

    def filler(self, templates: tuple[str, ...] = FILLERS) -> str:
        """Next sentence from ``templates``, dealt from a shuffled deck so a report rarely repeats one."""
        deck = self.decks.get(templates[0])
        if not deck:
            deck = self.decks[templates[0]] = list(templates)
            self.rng.shuffle(deck)
        return self.fill(deck.pop())

    def prefix(self) -> str:
        """How a question names the report: city + bureau + year, in a few orders."""
        Y, C, B = self.year, self.C, self.B
        return self.rng.choice((f"{Y}年{C}{B}", f"{C}{B}{Y}年", f"{Y}年，{C}{B}", f"在{Y}年，{C}{B}",
                                f"{Y}年度{C}{B}"))

    def ask(self, body: str) -> str:
        return f"{self.prefix()}{body}{self.rng.choice(('?', '?', '？'))}"

    def register(self, clause: str) -> None:
        key = half_width(clause)  # files differ only in punctuation width; NFKC scoring ignores it
        self.registry[key] = self.registry.get(key, 0) + 1

    # --- sentences ----------------------------------------------------------------------
    def metric_sentence(self) -> str:
        m = self.metrics.pop()
        clause = v = ""
        for _ in range(8):  # keep evidence clauses unique across the corpus when possible
            v = draw_value(self.rng, m)
            clause = m.text.format(v=v)
            if half_width(clause) not in self.registry:
                break
        self.register(clause)
        wraps = PCT_WRAPS if m.unit == "%" else METRIC_WRAPS
        self.facts.append(Fact("number", clause, v, self.ask(m.question), self.section, m.text.split("{v}")[0]))
        return self.fill(self.rng.choice(wraps), M=clause)

    def fact_sentence(self, kind: str) -> str:
        r = self.rng
        if kind == "plan" and self.plans:
            topic, title = self.plans.pop()
            name = f"{self.city}市{title}"
            span = f"（{self.year}—{self.year + r.randint(1, 3)}年）" if r.random() < 0.5 else ""
            ev = f"《{name}{span}》"
            q = r.choice((f"围绕{topic}出台了哪份文件", f"在{topic}方面制定了什么方案",
                          f"为推动{topic}印发的文件叫什么"))
            self.facts.append(Fact("plan", ev, name, self.ask(q), self.section, name))
            self.register(ev)
            return self.fill(r.choice(PLAN_WRAPS), topic=topic, E=ev)
        if kind == "place" and self.facilities:
            fac = self.facilities.pop()
            park = self.park()
            ev = r.choice(PLACE_EVIDENCE).format(park=park, fac=fac)
            q = r.choice((f"在哪里布局建设了{fac}", f"的{fac}建在哪个园区", f"推动的{fac}落户在哪里"))
            self.facts.append(Fact("place", ev, park, self.ask(q), self.section, fac))
            self.register(ev)
            lead = r.choice(("", "年内，", "积极争取项目落地，"))
            return lead + ev + "，" + self.fill(r.choice(PLACE_TAILS)) + "。"
        if kind == "date" and self.events:
            event = self.events.pop()
            date = f"{r.randint(1, 12)}月{r.randint(1, 28)}日"
            host = r.choice(("", self.we, self.short))
            full = r.choice((f"{self.city}市{event}", f"全市{event}", f"{self.year}年{self.city}{event}"))
            ev = f"{date}，{host}{r.choice(EVENT_VERBS)}{full}"
            q = r.choice((f"举办的{event}是在几月几日", f"在哪一天举办了{event}", f"的{event}是哪天举行的"))
            self.facts.append(Fact("date", ev, date, self.ask(q), self.section, event))
            self.register(ev)
            return ev + "，" + self.fill(r.choice(("{org}代表{mid}余人参加", "在社会上引起了强烈反响", "取得了良好的社会效果"))) + "。"
        return self.filler()

    def sentences(self, n: int, p_metric: float = 0.13, facts: bool = True) -> str:
        """``n`` sentences; metric and fact sentences (question sources) only where allowed."""
        r, out = self.rng, []
        for _ in range(n):
            x = r.random()
            if facts and self.pending and x < 0.04:
                out.append(self.fact_sentence(self.pending.pop()))
            elif self.metrics and x < 0.04 + p_metric:
                out.append(self.metric_sentence())
            else:
                out.append(self.filler())
        return "".join(out)

    def title_for_item(self) -> str:
        r = self.rng
        if self.items and r.random() < 0.6:
            return self.items.pop()
        obj = r.choice(self.objects)
        return r.choice((f"{r.choice(ACTS)}{obj}", f"{obj}成效明显", f"{obj}取得新进展",
                         f"{obj}扎实推进", f"{r.choice(ACTS)}{obj}工作"))

    def theme(self) -> str:
        if self.themes:
            return self.themes.pop()
        return f"{self.rng.choice(ACTS)}{self.rng.choice(self.objects)}"

    # --- blocks -------------------------------------------------------------------------
    def body_text(self) -> str:
        """Sentences for one item/paragraph: mostly one chunk long (~180-300 chars), sometimes a long
        seed-style item (~350-650 chars) that a chunker has to split."""
        r = self.rng
        goal = r.randint(180, 300) if r.random() < 0.8 else r.randint(350, 650)
        parts = [self.sentences(1), self.sentences(1)]
        size = len(parts[0]) + len(parts[1])
        while size < goal - 35:
            parts.append(self.sentences(1))
            size += len(parts[-1])
        return "".join(parts)

    def item(self, i: int) -> str:
        return f"{cn_numeral(i)}是{self.title_for_item()}。{self.body_text()}"

    def section_body(self, budget: int, layout: str) -> list[str]:
        """Items (or plain paragraphs) until about ``budget`` characters, at least two."""
        parts: list[str] = []
        size = 0
        while len(parts) < 2 or size < budget:
            if layout == "plain":
                part = self.body_text()
            else:
                part = self.item(len(parts))
            parts.append(part)
            size += len(part)
            if len(parts) >= 12:
                break
        return ["".join(parts)] if layout == "joined" else parts
