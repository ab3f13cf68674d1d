"""A numbered name stands for the items written right before it ("A、B、C三大战略"): qa.answer.enumerations."""
from __future__ import annotations

import pytest

from qa.answer.enumerations import enumeration_before
from qa.answer.question import analyze

TEXT = "新的增长极加快形成。深入实施南湖开发、北湖保护、西江航运发展三大战略，启动建设一批重大工程。"


def _answer(question: str, text: str = TEXT) -> str | None:
    found = enumeration_before(analyze(question), text)
    return text[found[0]:found[1]] if found else None


@pytest.mark.parametrize("question", ["南湖区的“三大战略”是哪三个?", "三大战略分别是什么?", "三大战略包括哪些?"])
def test_the_items_before_a_numbered_name_answer_it(question: str) -> None:
    assert _answer(question) == "南湖开发、北湖保护、西江航运发展"  # the verb before them left out


@pytest.mark.parametrize("question, text, expected", [
    ("规划把国土划成了哪四类功能区?", "将国土空间划分为优化开发、重点开发、限制开发和禁止开发四类功能区。",
     "优化开发、重点开发、限制开发和禁止开发"),  # the last item joined by 和
    ("要突出抓好哪三大领域?", "一是突出抓好工业、交通、建筑三大领域节能。", "工业、交通、建筑"),
])
def test_items_joined_by_and_and_led_by_an_ordinal(question: str, text: str, expected: str) -> None:
    assert _answer(question, text) == expected


@pytest.mark.parametrize("question", [
    "四大战略是哪些?",  # another count than the text's items
    "三大工程是哪三个?",  # a name the text does not write
    "三大战略是什么时候提出的?",  # not a list question
    "What are the three strategies?",  # English: the name is not in the question's words
])
def test_nothing_when_the_name_or_the_count_does_not_fit(question: str) -> None:
    assert _answer(question) is None


def test_a_name_with_nothing_enumerated_before_it() -> None:
    assert _answer("三大战略是哪三个?", "统筹推进三大战略和四大板块发展。") is None
