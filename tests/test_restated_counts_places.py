"""An answer that only repeats the count a question gives, and a "which city / country / province" answer that
names no place, abstain (session 45): pure logic on synthetic text."""
from __future__ import annotations

from qa.answer.counters import restates_count
from qa.answer.place_rules import place_unnamed
from qa.answer.question import analyze


def test_an_answer_repeating_the_questions_count_names_none_of_the_things() -> None:
    q = analyze("2019年开展养老服务试点的12个县具体是哪几个？")
    assert restates_count(q, "今年在12个县开展养老服务试点，探索多种服务模式")
    assert restates_count(q, "在１２个县开展养老服务试点")  # full-width digits are the same count
    # the things named before the count, listed after it, or announced after a colon are an answer
    assert not restates_count(q, "在甲县、乙县、丙县等12个县开展养老服务试点")
    assert not restates_count(q, "在甲县和乙县等12个县开展试点")
    assert not restates_count(q, "12个县：甲县、乙县、丙县")
    assert not restates_count(q, "12个县包括沿江各县")
    assert not restates_count(q, "今年在沿江各县开展养老服务试点")  # the count is not repeated


def test_the_count_rule_keeps_to_chinese_which_questions_with_a_count() -> None:
    text = "今年在12个县开展养老服务试点"
    assert not restates_count(analyze("2019年开展养老服务试点的县有多少个？"), text)  # the count is asked
    assert not restates_count(analyze("Which 12 counties piloted elderly care services in 2019?"), text)
    assert not restates_count(analyze("2019年开展养老服务试点的是哪些县？"), text)  # no count given
    assert not restates_count(analyze("一个县的试点是什么？"), "在一个县开展试点")  # 一 is no count of several
    assert restates_count(analyze("新开工的5项重点工程中投资最大的是哪一项？"), "全年新开工5项重点工程")
    assert not restates_count(analyze("“两个闸门”是指什么？"), "严把土地审批和信贷投放两个闸门")
    assert restates_count(analyze("报告里的“三大战略”是哪三个？"), "统筹推进三大战略发展")
    # the count names who does something asked, not the things asked: "两大党" of "两大党持什么态度"
    assert not restates_count(analyze("两大在野党对新法持有什么态度？"), "两大在野党皆表态支持新法")
    assert not restates_count(analyze("七名教员投诉院长的哪些方面？"), "七名教员联署投诉院长")


def test_a_which_city_question_needs_a_place_in_the_answer() -> None:
    q = analyze("第三届博览会是在哪个城市举办的？")
    assert place_unnamed(q, "成功举办第三届博览会，签约项目大幅增加")
    assert not place_unnamed(q, "兰州")
    assert not place_unnamed(q, "在兰州成功举办第三届博览会")
    assert not place_unnamed(q, "36个大城市")  # the kind asked, named by the answer
    # a place the question itself names, or the whole country, is not where it was held
    assert place_unnamed(analyze("上海合作组织峰会在哪个国家举行？"), "上海合作组织召开峰会")
    assert place_unnamed(analyze("博览会在哪个国家举办？"), "我国成功举办博览会")
    assert not place_unnamed(analyze("是哪些国家实行宽松货币政策？"), "主要发达国家实行宽松货币政策")
    assert place_unnamed(analyze("试点最早在哪个省开展？"), "税费改革试点逐步推开")
    assert not place_unnamed(analyze("试点最早在哪个省开展？"), "安徽")


def test_the_place_rule_keeps_to_chinese_questions_of_a_place_kind() -> None:
    text = "成功举办第三届博览会，签约项目大幅增加"
    assert place_unnamed(analyze("Which city hosted the third expo?"), text)  # English: the same kinds
    assert place_unnamed(analyze("Which provinces piloted the new scheme?"), text)
    assert not place_unnamed(analyze("Which city hosted the third expo?"), "兰州成功举办第三届博览会")
    assert not place_unnamed(analyze("Which Chinese cities hosted expos?"), "在36个大城市举办")
    assert not place_unnamed(analyze("In how many provinces was the expo held?"), text)  # a count, not a place
    assert not place_unnamed(analyze("Where was the third expo held?"), text)  # where: a venue may be no place name
    assert not place_unnamed(analyze("第三届博览会是在哪里举办的？"), text)  # 哪里: a venue may be no place name
    assert not place_unnamed(analyze("第三届博览会在哪个地区举办？"), text)  # 地区: "西部地区" is no tagged place
