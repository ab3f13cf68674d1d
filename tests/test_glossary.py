"""The English → Chinese glossary bridge: phrase precedence, inflections, and representative questions."""
from __future__ import annotations

import pytest

from qa.retrieve.glossary import GLOSSARY, english_to_chinese_terms as terms


def test_longest_phrase_wins():
    got = terms("energy consumption per unit of GDP")
    assert got[0] == "单位国内生产总值能耗"
    assert "能源" not in got and "生产总值" not in got  # the words inside the phrase are not matched again
    assert terms("energy")[0] == "能源"
    assert terms("Twelfth Five-Year Plan") == ["十二五"]
    assert "五年规划" in terms("the five-year plan")


@pytest.mark.parametrize("variant", ["shantytown", "shantytowns", "shanty towns", "Shantytowns'"])
def test_plurals_and_possessives(variant):
    assert "棚户区" in terms(variant)


@pytest.mark.parametrize("variant", ["eliminate", "eliminated", "eliminating", "phased out"])
def test_inflections(variant):
    assert "淘汰" in terms(variant)


@pytest.mark.parametrize("pair", [("sulphur dioxide", "sulfur dioxide"), ("urbanisation rate", "urbanization rate"),
                                  ("enrolment", "enrollment"), ("million tonnes", "million tons"),
                                  ("subsidised housing", "subsidized housing"), ("labour", "labor")])
def test_british_and_american_spellings_agree(pair):
    assert terms(pair[0]) == terms(pair[1])


def test_nonsense_and_function_words_give_nothing():
    assert terms("asdfgh") == []
    assert terms("What was the news?") == []  # "news" is not the plural of "new"
    assert terms("") == []


QUESTIONS = [
    ("What capacity of small thermal power units was shut down in 2007?", ["小火电", "关停"]),
    ("How much backward production capacity in steel was eliminated?", ["落后产能", "钢铁", "淘汰"]),
    ("What was the average life expectancy?", ["人均预期寿命"]),
    ("How many pilot free trade zones were set up?", ["自由贸易试验区", "自贸试验区", "设立"]),
    ("How many world championships did athletes win?", ["冠军", "运动员"]),
    ("What was the fiscal deficit planned for this year?", ["财政赤字", "今年"]),
    ("What was the grain output last year?", ["粮食产量", "上年"]),
    ("By how much did the CPI rise?", ["居民消费价格", "上升"]),
    ("How large were foreign exchange reserves at the end of the year?", ["外汇储备"]),
    ("What was outward direct investment?", ["对外直接投资"]),
    ("How much did basic pensions for enterprise retirees increase?", ["基本养老金", "退休人员"]),
    ("How many rural residents were lifted out of poverty?", ["农村居民", "脱贫"]),
    ("What was per capita disposable income of urban residents?", ["人均可支配收入", "城镇居民"]),
    ("How many new urban jobs were created?", ["城镇新增就业"]),
    ("What was the registered urban unemployment rate?", ["登记失业率"]),
    ("How much were sulfur dioxide emissions and COD reduced?", ["二氧化硫", "排放", "化学需氧量"]),
    ("How many kilometers of high-speed railways were built?", ["公里", "高速铁路"]),
    ("Were tuition fees waived and scholarships increased?", ["学杂费", "免征", "奖学金"]),
    ("What was the gross enrollment rate of higher education?", ["毛入学率", "高等教育"]),
    ("How many administrative approval items did State Council departments cancel?",
     ["审批事项", "国务院", "取消"]),
    ("What did the report say about Hong Kong, Macao and Taiwan?", ["香港", "澳门", "台湾"]),
    ("How many million kilowatts of installed capacity were added?", ["万千瓦", "装机容量"]),
    ("What percent of GDP was R&D spending?", ["%", "国内生产总值", "研发投入"]),
    ("How many affordable housing units were built in the new rural cooperative medical care?",
     ["保障性住房", "新型农村合作医疗"]),
    ("How many fixed-line and mobile phone subscribers were there?", ["固定电话", "移动电话", "用户"]),
    ("How many people were granted hukou in cities, and how many were relocated?", ["户籍", "搬迁"]),
    ("What was the actual growth of small businesses' loans?", ["实际", "中小企业"]),
    ("How many people were enrolled in the basic medical insurance scheme?", ["参保", "基本医疗保险"]),
    ("What was enrolment in the new rural cooperative medical scheme?", ["参合", "新型农村合作医疗"]),
    ("Which gas field was developed?", ["气田"]), ("Which oilfield was found?", ["油田"]),
    ("Which unconventional gas was explored?", ["非常规天然气", "页岩气"]),
    ("Which climate agreement came into force?", ["气候", "协定"]),
    ("How many professional and technical personnel were there?", ["专业技术人才"]),
    ("Which backward areas were to develop faster?", ["欠发达地区", "加快发展"]),
    ("Was tiered pricing rolled out for residential power?", ["阶梯价格", "推开", "居民"]),
    ("Which management system for the dairy industry was revitalized?", ["管理体制", "奶业", "振兴"]),
]


def test_enrolling_students_is_not_joining_a_scheme():
    assert "参保" not in terms("How many students did the universities enroll?")  # the verb: students admitted
    assert "招生" in terms("How many students did the universities enroll?")
    assert terms("the subsidy per participant")[-1] == "人均"  # a rate per member, not a count of members


@pytest.mark.parametrize("question,expected", QUESTIONS)
def test_representative_questions(question, expected):
    got = terms(question)
    assert all(e in got for e in expected), (question, got)


def test_terms_are_unique_and_chinese_or_units():
    got = terms("GDP growth rate and GDP per capita, GDP again")
    assert len(got) == len(set(got))
    for renderings in GLOSSARY.values():
        assert renderings and all(r.strip() == r and r for r in renderings)


def test_many_calls_run():
    question = "How much did energy consumption per unit of GDP fall during the Eleventh Five-Year Plan period?"
    results = [terms(question) for _ in range(1000)]
    assert all(r == results[0] for r in results) and results[0]
