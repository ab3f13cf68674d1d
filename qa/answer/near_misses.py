"""Near misses: the best figure is about something close to what is asked but not it — another region, a sentence
that names none of the focus words or of the two-word name asked, another indicator's clause, the other group of a
pair. One place that asks each check in turn (the checks live in their own modules) and says why, or ""."""
from __future__ import annotations

from collections.abc import Callable

from qa.answer.counters import counted_named
from qa.answer.features import Scored
from qa.answer.focus_compounds import compound_absent
from qa.answer.focus_rules import focus_absent
from qa.answer.group_rules import other_group
from qa.answer.kind_rules import region_absent
from qa.answer.question import QuestionInfo
from qa.answer.subject_rules import focus_elsewhere, subject_absent
from qa.answer.topic_rules import around


def near_miss(info: QuestionInfo, c: Scored, df: dict[str, int], corpus_has: Callable[[str], bool]) -> str:
    """Why the figure ``c`` answers something else than the question asks, or ""."""
    text = around(c)
    return region_absent(info, c) or (not counted_named(info, c) and focus_absent(info, text, df)) \
        or compound_absent(info, text, corpus_has) or subject_absent(info, text, df) \
        or focus_elsewhere(info, c, df) or ("the figure is of the other group" if other_group(info, c) else "")
