"""Follow-up completion (qa.followup): two-turn dialogues in Chinese and English, and non-follow-ups."""
from __future__ import annotations

import pytest

from qa.answer.followup import complete_followup, is_followup

# (previous question, follow-up, expected completed question)
DIALOGUES = [
    # Chinese: swap the measure, keep year and question word
    ("2014年专利申请量是多少?", "授权量呢?", "2014年专利授权量是多少?"),
    ("2014年专利申请量是多少?", "专利授权呢?", "2014年专利授权量是多少?"),
    ("2014年专利申请量是多少?", "授权量有多少?", "2014年专利授权量有多少?"),
    # Chinese: swap the year (with connector 那, with 的呢, full-width punctuation kept)
    ("2014年专利申请量是多少?", "那2015年呢?", "2015年专利申请量是多少?"),
    ("2014年专利申请量是多少?", "2013年的呢？", "2013年专利申请量是多少？"),
    ("西安市2014年专利申请量是多少件？", "那2015年呢？", "西安市2015年专利申请量是多少件？"),
    ("今年专利申请量是多少?", "去年呢?", "去年专利申请量是多少?"),
    ("今年专利申请量是多少?", "2013年呢?", "2013年专利申请量是多少?"),
    # Chinese: year + attribute ("the 2015 target of the same topic")
    ("2014年全市技术合同成交总金额是多少?", "那2015年的目标呢?", "2015年全市技术合同成交总金额的目标是多少?"),
    ("2014年全市技术合同成交总金额是多少?", "增长率呢?", "2014年全市技术合同成交总金额的增长率是多少?"),
    ("2014年全市技术合同成交总金额是多少?", "2015年的目标是什么?", "2015年全市技术合同成交总金额的目标是什么?"),
    # Chinese: entity swap
    ("上海的GDP是多少?", "北京呢?", "北京的GDP是多少?"),
    ("2014年专利申请量是多少?", "商标呢?", "2014年商标申请量是多少?"),
    # English: slot swap, word-level substitution, attribute
    ("How many patent applications were filed in 2014?", "and in 2015?",
     "How many patent applications were filed in 2015?"),
    ("What was the total value of technology contracts in 2014?", "What about 2013?",
     "What was the total value of technology contracts in 2013?"),
    ("How many patent applications were filed in 2014?", "what about patent grants?",
     "How many patent grants were filed in 2014?"),
    ("What was the total value of technology contracts in 2014?", "and the 2015 target?",
     "What is the 2015 target for the total value of technology contracts?"),
    # Mixed languages: the year slot still carries over
    ("2014年专利申请量是多少?", "and in 2015?", "2015年专利申请量是多少?"),
    ("How many patent applications were filed in 2014?", "那2015年呢?",
     "How many patent applications were filed in 2015?"),
]


@pytest.mark.parametrize("previous,question,expected", DIALOGUES)
def test_two_turn_dialogues(previous, question, expected):
    assert is_followup(previous, question)
    assert complete_followup(previous, question) == expected


# Questions that must be left exactly as typed.
NOT_FOLLOWUPS = [
    (None, "授权量呢?"),
    ("", "那2015年呢?"),
    ("2014年专利申请量是多少?", ""),
    ("2014年专利申请量是多少?", "   "),
    ("2014年专利申请量是多少?", "小巨人企业有多少家?"),  # complete question
    ("2014年专利申请量是多少?", "小巨人企业有多少家呢?"),  # complete question ending in 呢
    ("2014年专利申请量是多少?", "2015年技术成果交易额的目标是多少?"),
    ("2014年专利申请量是多少?", "你好"),
    ("2014年专利申请量是多少?", "科技金融"),  # unrelated bare phrase: no cue, no overlap
    ("2014年专利申请量是多少?", "为什么呢?"),  # nothing to carry over reliably
    ("2014年专利申请量是多少?", "What is the total value of technology contracts?"),
    ("What was the total value of technology contracts?", "Thanks!"),
    ("What was the total value of technology contracts?", "How many patents were granted in 2014?"),
    ("How many patents were granted in 2014?", "Which newspaper reported on the little giants?"),
]


@pytest.mark.parametrize("previous,question", NOT_FOLLOWUPS)
def test_non_followups_unchanged(previous, question):
    assert complete_followup(previous, question) == question


def test_pure_and_deterministic():
    args = ("2014年专利申请量是多少?", "授权量呢?")
    assert complete_followup(*args) == complete_followup(*args)
    assert args == ("2014年专利申请量是多少?", "授权量呢?")


def test_chained_followups_use_the_resolved_question():
    q1 = "2014年专利申请量是多少?"
    q2 = complete_followup(q1, "授权量呢?")
    q3 = complete_followup(q2, "那2015年呢?")
    assert q3 == "2015年专利授权量是多少?"


def test_markup_in_followup_is_never_executed_just_text():
    # The function is text-in, text-out; markup is the renderer's job. It must not crash.
    out = complete_followup("2014年专利申请量是多少?", "<script>alert(1)</script>呢?")
    assert isinstance(out, str)


def test_very_long_question_unchanged():
    long_q = "专利" * 2500
    assert complete_followup("2014年专利申请量是多少?", long_q) == long_q
