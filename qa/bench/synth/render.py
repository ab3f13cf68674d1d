"""Lay out one whole report (header, headings in several styles, summary sections, problems, next-year plan,
page boilerplate) and choose which (city, bureau, year) each report is about.
"""
from __future__ import annotations

import random

from qa.bench.synth.bureaus import BUREAUS
from qa.bench.synth.model import Bureau, Report
from qa.bench.synth.vocab import (CITIES, INTRO_CORES, PLAN_FILLERS, PLAN_INTROS, PROBLEMS, TARGET_WRAPS, YEARS,
                                  era_min_year)
from qa.bench.synth.writer import Writer, cn_numeral, draw_value, half_width


# Heading styles seen in real reports: {n} is the Chinese numeral, {a} the arabic one, {t} the text.
_HEADINGS: dict[str, str] = {
    "cn": "{n}、{t}", "paren": "（{n}）{t}", "chapter": "第{n}章 {t}", "part": "第{n}部分 {t}",
    "arabic": "{a}. {t}", "arabic2": "{a}、{t}",
}


def _heading(style: str, i: int, text: str) -> str:
    """The ``i``-th (0-based) heading in ``style``; an unknown style (e.g. "plain") is the bare text."""
    template = _HEADINGS.get(style, "{t}")
    return template.format(n=cn_numeral(i) if "{n}" in template else "", a=i + 1, t=text)


_BOTTOMS: tuple[tuple[str, ...], ...] = (
    ("|", "|", "扫一扫在手机打开当前页", "|1"),
    ("打印本页 关闭窗口",),
    ("|", "扫一扫在手机打开当前页", "打印本页 关闭窗口"),
    ("扫一扫在手机打开当前页", "|"),
    ("【打印本页】 【关闭窗口】", "|"),
)
_TOPS: tuple[str, ...] = ("【字体：大 中 小】", "|", "分享到：", "【打印】【关闭】")


def render_report(rng: random.Random, idx: int, city: str, b: Bureau, year: int,
            registry: dict[str, int]) -> Report:
    w = Writer(rng, b, city, year, registry)
    r = rng
    Y, Y1, C, B = year, year + 1, w.C, b.short
    headline = r.choice([h for h in b.headlines if era_min_year(h) <= year] or list(b.headlines))
    title = r.choice((
        f"{C}{B}{Y}年工作总结和{Y1}年工作计划", f"{C}{B}{Y}年工作总结",
        f"{C}{B}关于{Y}年工作情况和{Y1}年工作打算的报告", f"{city}:{Y}年{B}{headline}",
        f"{C}{B}：{headline}（{Y}年工作综述）", f"{Y}年{C}{B}工作报告", f"{C}{b.full}{Y}年度工作总结",
    ))
    if r.random() < 0.8:
        date = f"{Y1}年{r.randint(1, 3):02d}月{r.randint(1, 28):02d}日"
    else:
        date = f"{Y}年12月{r.randint(1, 31):02d}日"
    date += f" {r.randint(8, 18):02d}:{r.randint(0, 59):02d}"
    source = r.choice((f"{C}{b.full}",) * 6 + (f"{C}人民政府",) * 2 + (f"{C}人民政府办公室", f"{city}日报"))
    header = [title, "日期:", date, f"来源:{source}"]
    if r.random() < 0.3:
        header.append(r.choice(_TOPS))

    w.pending = ["date", "place", "plan"] + (["plan"] if r.random() < 0.5 else [])
    r.shuffle(w.pending)

    two_level = r.random() < 0.35
    if two_level:
        top_style = r.choice(("cn", "cn", "part"))
        sub_style = r.choice(("paren", "arabic", "arabic2", "plain"))
    else:
        top_style = "cn"
        sub_style = r.choice(("cn", "cn", "cn", "paren", "chapter", "arabic", "plain"))

    body: list[str] = []
    if r.random() < 0.6:
        body.append(w.fill(f"{Y}年，{{short}}{r.choice(INTRO_CORES)}，{{act}}{{obj}}，{{act2}}{{obj2}}，"
                           "各项工作取得了新的成效。" + r.choice(("现将有关情况报告如下：", "主要工作情况如下：", "")),
                           short=w.short))

    plan_intro = w.fill(r.choice([p for p in PLAN_INTROS if era_min_year(p) <= Y1] or [PLAN_INTROS[0]]))
    plan_lines = [f"{Y1}年，{w.short}将{plan_intro}。"]
    for i in range(r.randint(3, 5)):
        t = ""
        if w.targets and r.random() < 0.75:
            m = w.targets.pop()
            t = w.fill(r.choice(TARGET_WRAPS), T=m.text.format(v=draw_value(r, m)))
        plan_lines.append(f"{cn_numeral(i)}是{w.title_for_item()}。{t}{''.join(w.filler(PLAN_FILLERS) for _ in range(r.randint(1, 3)))}")

    # Length budget: pick a target and size the summary sections to reach it.
    target = r.randint(4100, 7000)
    n_sections = r.randint(3, 5)
    remaining = target - sum(map(len, header + body + plan_lines)) - (260 if two_level else 0)
    sections: list[list[str]] = []
    for si in range(n_sections):
        w.section = si
        layout = r.choice(("joined", "joined", "lines", "lines", "plain"))
        sec = [_heading(sub_style, si, w.theme())] + w.section_body(remaining // (n_sections - si), layout)
        remaining -= sum(map(len, sec))
        sections.append(sec)
    while w.pending:  # facts that did not find a slot go into the last section
        w.section = n_sections - 1
        sections[-1].append(w.fact_sentence(w.pending.pop()) + w.sentences(r.randint(1, 2), p_metric=0))
    w.section = -1

    repeated = r.random() < 0.2
    dup_at = r.randrange(n_sections) if repeated else -1
    dup_mode = r.choice(("after", "end"))

    if two_level:
        body.append(_heading(top_style, 0, r.choice((f"{Y}年工作完成情况", f"{Y}年主要工作", "主要工作成效"))))
    for si, sec in enumerate(sections):
        body.extend(sec)
        if si == dup_at and dup_mode == "after":
            body.extend(sec)
    if two_level:
        body.append(_heading(top_style, 1, "存在的问题和不足"))
        probs = [w.fill(p) for p in r.sample(PROBLEMS, 3)]  # fill() never emits facts
        body.append("在肯定成绩的同时，我们也清醒地看到，工作中还存在一些困难和问题："
                    + "；".join(f"{cn_numeral(i)}是{p}" for i, p in enumerate(probs)) + "。对此，我们将认真研究，切实加以解决。")
        body.append(_heading(top_style, 2, r.choice((f"{Y1}年工作打算", f"{Y1}年工作思路", f"{Y1}年重点工作"))))
    elif r.random() < 0.3:
        body.append(_heading(sub_style, n_sections, f"{Y1}年工作思路"))
    body.extend(plan_lines)
    if dup_mode == "end" and repeated:
        body.extend(sections[dup_at])

    if r.random() < 0.4:  # seed-style half-width punctuation in the body
        body = [half_width(line) for line in body]
        for f in w.facts:
            f.evidence = half_width(f.evidence)
            f.answer = half_width(f.answer)

    text = "\n".join(header + body + list(r.choice(_BOTTOMS))) + "\n"
    name = f"r{idx:05d}_{city}_{b.short}_{year}.txt"
    facts = [f for f in w.facts if f.section != dup_at]
    return Report(name, text, (city, b.short, year), facts, repeated)


def report_triples(seed: int, n: int) -> list[tuple[str, int, int]]:
    """(city, bureau index, year) for each report: a seeded permutation, cycled past its length."""
    space = [(c, bi, y) for c in CITIES for bi in range(len(BUREAUS)) for y in YEARS]
    out: list[tuple[str, int, int]] = []
    round_no = 0
    while len(out) < n:
        perm = space[:]
        random.Random(f"synth-triples:{seed}:{round_no}").shuffle(perm)
        out.extend(perm[: n - len(out)])
        round_no += 1
    return out
