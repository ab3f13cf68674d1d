"""Whether figures ruled out for the asked year or kind say the text lacks the answer: the best allowed figure's
support (its span or one around it) against the best ruled-out one, and the places where the asked year's figure is
written (the next report's review of it, that year's own targets), where an allowed figure is trusted."""
from __future__ import annotations

import numpy as np

from qa.answer.features import Scored, norm
from qa.answer.figure_rules import after_recalled_year, asks_target, listed_target
from qa.answer.focus_rules import MEASURE_PARTS, NOT_THING
from qa.answer.question import QuestionInfo
from qa.answer.spans import QTY_RE, in_unit
from qa.answer.topic_rules import around
from qa.ingest.dating import part_years, time_reference
from qa.retrieve.years import plan_named


def support(cands: list[Scored], logits: np.ndarray, ruled: np.ndarray, best: int) -> float:
    """The best score of the answer's span or of a span around it not ruled out: a figure is scored low alone
    where its clause ("国内生产总值达到X，比上年增长Y") matches the question well."""
    b = cands[best]
    return max([float(logits[best])] + [
        float(logits[i]) for i, c in enumerate(cands) if not ruled[i] and c.chunk.chunk_id == b.chunk.chunk_id
        and c.span.start <= b.span.start and c.span.end >= b.span.end])


def in_place_of_asked_year(info: QuestionInfo, c: Scored) -> bool:
    """Whether ``c`` stands where the one year asked is written about: in the next year's report's review of it
    (an outcome; a part reviewing five years has it where its sentence names the year), or, for a target asked,
    among that year's own report's targets."""
    words = [w for w in info.focus if w not in NOT_THING and w not in MEASURE_PARTS and not QTY_RE.search(w)]
    plan = 0 if info.years else plan_named(info.text)  # "“十一五”期间…": the report after the period reviews it
    if (len(info.years) != 1 and not plan) or not c.ctx.dyear or not all(norm(w) in norm(around(c)) for w in words) \
            or (info.unit and not in_unit(c.text, info.unit.lstrip("万亿"))):
        return False  # (and the figure's sentence names what is asked, in the asked unit)
    if plan:
        return c.ctx.dyear == plan + 5 and not asks_target(info)
    year = int(info.years[0])
    if c.ctx.dyear == year + 1:  # its part reviews that year, or its own sentence says it is that year's
        said = c.chunk.text[c.span.sent_start:c.span.end]
        # (a part reviewing five years: only where the figure's own sentence names the year)
        return year in part_years(c.chunk.path, c.ctx.dyear, reviews=False) \
            or year in time_reference(said, c.ctx.dyear, False) or after_recalled_year(c)
    return c.ctx.dyear == year and asks_target(info) and listed_target(c)
