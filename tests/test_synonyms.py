"""Everyday words are rewritten into the corpus's written words only when the corpus says it that way."""
from __future__ import annotations

import pytest

from qa.retrieve.synonyms import COMMON, common_count, written_form

REPORT_DF = {"城镇": 120, "新增": 80, "就业": 150, "工资": 40, "饮水": 18, "安全": 60, "提高": 200, "城里": 0,
             "财政": 90, "赤字": 30, "财政赤字": 20, "国内": 60, "生产": 70, "总值": 50, "国内生产总值": 50, "生产总值": 50,
             "居民": 90, "消费": 80, "价格": 70, "居民消费价格": 20, "居民消费": 30}


@pytest.mark.parametrize("question, expected", [
    ("南湖区城里新找到工作的有多少人?", "南湖区城镇新增就业的有多少人?"),
    ("拖欠的工钱补发了多少?", "拖欠的工资补发了多少?"),
    ("补助标准涨到了多少?", "补助标准提高到了多少?"),
    ("南湖区的涨幅是多少?", "南湖区的涨幅是多少?"),  # not a word of its own: kept
    ("去年城镇新增就业多少人?", "去年城镇新增就业多少人?"),  # nothing colloquial
    ("南湖区今年的财政缺口打算是多少?", "南湖区今年的财政赤字打算是多少?"),
    ("南湖区今年财政入不敷出的部分是多少?", "南湖区今年财政赤字的部分是多少?"),  # 财政 said once, not twice
    ("2016年GDP增速是多少?", "2016年国内生产总值增速是多少?"),  # a report writes the abbreviation out
    ("南湖区的CPI涨了多少?", "南湖区的居民消费价格涨了多少?"),
])
def test_colloquial_words_take_the_written_form(question: str, expected: str) -> None:
    assert written_form(question, REPORT_DF) == expected


def test_a_corpus_that_uses_the_colloquial_word_keeps_it() -> None:
    article_df = {**REPORT_DF, "城里": 12}
    assert written_form("城里有多少人?", article_df) == "城里有多少人?"


def test_no_written_form_the_corpus_knows_keeps_the_question() -> None:
    assert written_form("城里有多少人?", {"城里": 0}) == "城里有多少人?"


def test_an_abbreviation_the_corpus_uses_is_kept() -> None:
    assert written_form("GDP增速是多少?", {**REPORT_DF, "gdp": 25}) == "GDP增速是多少?"


def test_a_single_report_needs_fewer_passages_to_establish_the_written_form() -> None:
    one_report = {"国内": 4, "生产": 4, "总值": 4, "国内生产总值": 4, "生产总值": 4, "增速": 3}
    # in a corpus of thirteen reports, 4 passages do not establish it; in one report of 120 passages they do
    assert written_form("2030年GDP增速是多少?", one_report, passages=1500) == "2030年GDP增速是多少?"
    assert written_form("2030年GDP增速是多少?", one_report, passages=120) == "2030年国内生产总值增速是多少?"
    assert written_form("2030年GDP增速是多少?", {**one_report, "总值": 1}, passages=120) == \
        "2030年GDP增速是多少?"  # one passage is no usage: at least two
    assert common_count(None) == COMMON and common_count(1525) == COMMON and common_count(100_000) == COMMON
    assert common_count(120) == 2 and common_count(18) == 2 and common_count(450) == 3


def test_a_latin_acronym_the_corpus_does_not_use_takes_its_chinese_name() -> None:
    df = {**REPORT_DF, "世界": 40, "贸易": 60, "组织": 80, "世界贸易组织": 5, "世贸": 9, "世贸组织": 9, "正式": 20}
    assert written_form("中国哪年成为WTO正式成员?", df) == "中国哪年成为世界贸易组织正式成员?"  # the full name first
    assert written_form("中国哪年成为WTO正式成员?", {**df, "wto": 6}) == "中国哪年成为WTO正式成员?"  # used: kept
    assert written_form("中国哪年成为WTO正式成员?", REPORT_DF) == "中国哪年成为WTO正式成员?"  # no name known
    assert written_form("When did China join the WTO?", df) == "When did China join the WTO?"  # English: glossary
    taiwan = {**df, "台湾": 30}
    assert written_form("eye Taiwan大赛由谁主办?", taiwan) == "eye Taiwan大赛由谁主办?"  # a name, not an acronym
