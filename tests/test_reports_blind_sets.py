"""Sanity checks for the question sets written blind over the 13 shared reports — tests/eval/reports_fresh6.jsonl
(``h8_``, twenty-sixth pass), reports_fresh8.jsonl (``h10_``, twenty-seventh), reports_fresh9.jsonl (``h11_``,
twenty-eighth), reports_fresh10.jsonl (``h12_``, twenty-ninth), reports_fresh11.jsonl (``h13_``, thirtieth),
reports_fresh12.jsonl (``h14_``, thirty-first), reports_fresh13.jsonl (``h15_``, thirty-second),
reports_fresh14.jsonl (``h16_``, thirty-third), reports_fresh15.jsonl (``h17_``, thirty-fourth),
reports_fresh16.jsonl (``h18_``, thirty-fifth), reports_fresh17.jsonl (``h19_``, thirty-sixth), reports_fresh18.jsonl
and reports_fresh19.jsonl (``h20_``, ``h21_``, thirty-seventh), reports_fresh20.jsonl to reports_fresh23.jsonl
(``h22_`` to ``h25_``, thirty-eighth), reports_fresh24.jsonl and reports_fresh25.jsonl (``h26_``, ``h27_``,
thirty-ninth), reports_fresh26.jsonl and reports_fresh27.jsonl (``h28_``, ``h29_``, fortieth), reports_fresh28.jsonl
and reports_fresh29.jsonl (``h30_``, ``h31_``, forty-first), reports_fresh30.jsonl (``h32_``, forty-second),
reports_fresh31.jsonl and reports_fresh32.jsonl (``h33_``, ``h34_``, forty-second; 60 unanswerable questions each,
for the verifier), reports_fresh33.jsonl (``h35_``, forty-third), reports_fresh34.jsonl (``h36_``, fiftieth),
reports_fresh35.jsonl to reports_fresh37.jsonl (``h37_`` to ``h39_``, fifty-first; fresh37 with 60 unanswerable
questions): 150 questions each, written by a helper that read only the reports, the format and the other sets'
question texts (not ``qa/``, not any result): numbers, short facts, outline lists, English questions and near-miss
unanswerable questions. fresh6, fresh8, fresh16, fresh22, fresh23, fresh30, fresh33 and fresh34 are only measured
(split ``heldout``); fresh9 to fresh15 were measured, then their wrong answers were read (in the twenty-ninth to
thirty-fifth passes; fresh17 in the thirty-sixth, fresh18 and fresh19 in the thirty-seventh, fresh20 and fresh21 in
the thirty-eighth, fresh24 and fresh25 in the thirty-ninth, fresh26 and fresh27 in the fortieth, fresh28 and fresh29
in the forty-first, fresh31 and fresh32 in the forty-second, fresh35 to fresh37 in the fifty-first: split ``tune``).
The per-row checks skip when the corpus is not found."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import assert_string_lists, load_jsonl
import test_reports_eval_set as main_set
from test_reports_eval_set import _norm, _text, assert_ids_new, assert_mix, assert_row_header

corpus = main_set.corpus

EVAL_DIR = Path(__file__).resolve().parent / "eval"
BLIND = {"reports_fresh6": "h8_", "reports_fresh8": "h10_", "reports_fresh9": "h11_",
         "reports_fresh10": "h12_", "reports_fresh11": "h13_", "reports_fresh12": "h14_",
         "reports_fresh13": "h15_", "reports_fresh14": "h16_", "reports_fresh15": "h17_",
         "reports_fresh16": "h18_", "reports_fresh17": "h19_",
         "reports_fresh18": "h20_", "reports_fresh19": "h21_", "reports_fresh20": "h22_",
         "reports_fresh21": "h23_", "reports_fresh22": "h24_", "reports_fresh23": "h25_",
         "reports_fresh24": "h26_", "reports_fresh25": "h27_", "reports_fresh26": "h28_",
         "reports_fresh27": "h29_", "reports_fresh28": "h30_", "reports_fresh29": "h31_",
         "reports_fresh30": "h32_", "reports_fresh31": "h33_", "reports_fresh32": "h34_",
         "reports_fresh33": "h35_", "reports_fresh34": "h36_", "reports_fresh35": "h37_",
         "reports_fresh36": "h38_", "reports_fresh37": "h39_",
         "reports_fresh38": "h40_", "reports_fresh39": "h41_"}  # set name -> id prefix
SPLIT = {"reports_fresh6": "heldout", "reports_fresh8": "heldout", "reports_fresh9": "tune",
         "reports_fresh10": "tune", "reports_fresh11": "tune", "reports_fresh12": "tune",
         "reports_fresh13": "tune", "reports_fresh14": "tune", "reports_fresh15": "tune",
         "reports_fresh16": "heldout", "reports_fresh17": "tune",
         "reports_fresh18": "tune", "reports_fresh19": "tune", "reports_fresh20": "tune", "reports_fresh21": "tune",
         "reports_fresh22": "heldout", "reports_fresh23": "heldout", "reports_fresh24": "tune",
         "reports_fresh25": "tune", "reports_fresh26": "tune", "reports_fresh27": "tune",
         "reports_fresh28": "tune", "reports_fresh29": "tune", "reports_fresh30": "heldout",
         "reports_fresh31": "tune", "reports_fresh32": "tune", "reports_fresh33": "heldout",
         "reports_fresh34": "heldout", "reports_fresh35": "tune", "reports_fresh36": "tune",
         "reports_fresh37": "tune", "reports_fresh38": "tune", "reports_fresh39": "tune"}  # read once: tune
# questions per report at least (the helpers of fresh20 to fresh23 found the older sets had asked most of the 2004
# and 2005 reports' facts, and wrote fewer there)
MIN_PER_REPORT = {"reports_fresh20": 7, "reports_fresh21": 8, "reports_fresh22": 4, "reports_fresh23": 5,
                  "reports_fresh24": 5, "reports_fresh25": 7, "reports_fresh26": 9, "reports_fresh27": 8,
                  "reports_fresh30": 9, "reports_fresh31": 9, "reports_fresh32": 7, "reports_fresh33": 9,
                  "reports_fresh34": 9, "reports_fresh35": 9, "reports_fresh36": 9, "reports_fresh37": 9,
                  "reports_fresh38": 9, "reports_fresh39": 9}
# sets weighted toward unanswerable near misses (written for the verifier, forty-second pass)
MIXES = {name: {"number": 30, "fact": 20, "list": 10, "en": 30, "unanswerable": 60}
         for name in ("reports_fresh31", "reports_fresh32", "reports_fresh37")}
SETS = {name: load_jsonl(EVAL_DIR / f"{name}.jsonl") for name in BLIND}
OLDER = ("reports_eval", "reports_extra", "reports_fresh", "reports_fresh2", "reports_fresh3", "reports_fresh4",
         "reports_fresh5", "reports_fresh7")


# sets whose helpers wrote at the same time and could not read each other: three of fresh22's questions are, by
# chance, word for word fresh20's or fresh21's (counted apart in the thirty-eighth pass's blind figures)
SAME_PASS = (("reports_fresh20", "reports_fresh21", "reports_fresh22", "reports_fresh23"),
             ("reports_fresh24", "reports_fresh25"), ("reports_fresh26", "reports_fresh27"),
             ("reports_fresh28", "reports_fresh29"), ("reports_fresh31", "reports_fresh32"),
             ("reports_fresh35", "reports_fresh36", "reports_fresh37"), ("reports_fresh38", "reports_fresh39"))


def _others(name: str) -> list[dict]:
    """Every other set's rows (a blind set must not repeat their ids, nor their questions unless written in the same
    pass)."""
    return ([q for other in OLDER for q in load_jsonl(EVAL_DIR / f"{other}.jsonl")]
            + [q for other, rows in SETS.items() if other != name for q in rows
               if not any(name in group and other in group for group in SAME_PASS)])


@pytest.mark.parametrize("name", BLIND)
def test_counts_and_coverage(name: str) -> None:
    # heldout: measured only, never tuned on
    assert_mix(SETS[name], SPLIT[name], MIN_PER_REPORT.get(name, 10), MIXES.get(name))


@pytest.mark.parametrize("name", BLIND)
def test_ids_unique_and_new(name: str) -> None:
    assert_ids_new(SETS[name], BLIND[name], _others(name))


@pytest.mark.parametrize("q", [q for rows in SETS.values() for q in rows], ids=lambda q: str(q.get("id")))
def test_row_is_well_formed_and_found_in_its_report(q: dict, corpus: Path) -> None:
    """The evidence is in the named report and so is one gold answer (English alternatives aside), or every item of
    a list; an unanswerable row has none. (These sets keep lists of up to 8 items and English renderings of an
    answer, which the older sets' stricter row rule does not allow; the scorer accepts both.)"""
    assert_row_header(q)
    assert_string_lists(q)
    if q["type"] == "unanswerable":
        assert not q.get("answers") and not q.get("must") and not q.get("evidence")
        return
    text = _text(corpus, q["doc"])
    assert q.get("evidence") and _norm(q["evidence"]) in text, q.get("evidence")
    if q["type"] == "list":
        assert 2 <= len(q["must"]) <= 8 and all(_norm(m) in text for m in q["must"]), q["must"]
    elif "answers" in q:
        assert any(_norm(a) in text for a in q["answers"]), q["answers"]
    else:  # FORMAT.md allows "must" for any type: a figure and what it counts, all found
        assert q["must"] and all(_norm(m) in text for m in q["must"]), q["must"]
