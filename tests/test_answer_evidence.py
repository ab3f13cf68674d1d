"""The verifier's evidence features: what the answer's own sentence and passage say of the question."""
from __future__ import annotations

import pytest

from qa.answer.answer_evidence import EVIDENCE_FEATURES, evidence_features
from qa.answer.question import analyze
from qa.answer.spans import Span
from qa.retrieve.glossary import glossary_reach

F = {n: i for i, n in enumerate(EVIDENCE_FEATURES)}
PASSAGE = "二〇一〇年外贸形势好转。2011年进出口总额3.64万亿美元，增长22.5%。贸易顺差继续收窄。"


def span_in(passage: str, answer: str) -> Span:
    """The answer's span, its sentence the one (ending on 。) that holds it."""
    s = passage.index(answer)
    sent_start = passage.rfind("。", 0, s) + 1
    sent_end = passage.index("。", s) + 1
    return Span(s, s + len(answer), "qty", sent_start, sent_end, sent_start, sent_end)


def features(question: str, terms, answer: str, passage: str = PASSAGE) -> dict[str, float]:
    x = evidence_features(analyze(question), terms, passage, span_in(passage, answer), answer)
    assert x.shape == (len(EVIDENCE_FEATURES),)
    return {n: float(x[i]) for n, i in F.items()}


def test_the_heaviest_term_missing_from_the_answer_sentence():
    terms = [("贸易", 2.0), ("顺差", 4.0), ("2011", 1.0)]
    f = features("2011年贸易顺差是多少亿美元？", terms, "3.64万亿美元")
    assert f["sent_miss_max"] == 1.0  # 顺差 is in the passage's last sentence, not the answer's
    assert f["pass_miss_max"] == 0.0
    assert f["sent_miss_n"] == 2  # 贸易 and 顺差
    on_topic = features("2011年进出口总额是多少？", [("进出口", 3.0), ("总额", 3.0), ("2011", 1.0)], "3.64万亿美元")
    assert on_topic["sent_miss_max"] == 0.0 and on_topic["sent_miss_n"] == 0


@pytest.mark.parametrize("question,in_sent,other", [
    ("2011年进出口总额是多少？", 1.0, 0.0),
    ("2012年进出口总额是多少？", 0.0, 1.0),  # the sentence writes another year than the one asked
])
def test_years_of_the_question_against_the_answer_sentence(question, in_sent, other):
    f = features(question, [("进出口", 3.0)], "3.64万亿美元")
    assert (f["year_in_sent"], f["other_year_in_sent"]) == (in_sent, other)


def test_a_question_without_year_focus_or_english_has_those_features_unset():
    f = features("进出口总额增长了多少？", [("进出口", 3.0), ("增长", 1.0)], "22.5%")
    for name in ("year_in_sent", "year_in_passage", "other_year_in_sent", "group_sent_miss", "group_pass_miss",
                 "english_unmatched"):
        assert f[name] == -1.0, name


def test_english_glossary_phrases_rendered_by_the_sentence_and_passage():
    f = features("What was the trade surplus in 2011?", [("顺差", 4.0), ("贸易顺差", 5.0)], "3.64万亿美元")
    assert f["group_sent_miss"] == 1.0 and f["group_pass_miss"] == 0.0
    assert f["english_unmatched"] == 0.0  # "trade surplus" is known; the rest are function words and a year
    unknown = features("What was the zorblax trade surplus in 2011?", [("顺差", 4.0)], "3.64万亿美元")
    assert unknown["english_unmatched"] == pytest.approx(1 / 3)  # zorblax of zorblax, trade, surplus


def test_glossary_reach_lists_the_words_no_phrase_covers():
    words, unmatched = glossary_reach("How big was the zorblax trade surplus?")
    assert "zorblax" in unmatched and "trade" not in unmatched and "surplus" not in unmatched
    assert words[-2:] == ["trade", "surplus"]
