"""Question analysis: type (number/list/date/who/fact), about-the-document, implied units, years, counts."""
from __future__ import annotations

import pytest

from qa.answer.question import QTYPES, analyze


@pytest.mark.parametrize(
    "q, qtype",
    [
        # number
        ("全年新建省级工程技术研究中心多少家?", "number"),
        ("共组织了几次企业家培训?", "number"),
        ("这种鱼有几枚牙齿?", "number"),  # any counter after 几
        ("车站共有几层?", "number"),
        ("几内亚采用什么货币?", "fact"),  # a name that begins with 几
        ("引进了几个高层次创新团队？", "number"),
        ("设立的引导基金规模多大?", "number"),
        ("科技服务业增加值占比是多少", "number"),
        ("今后五年经济打算每年平均涨多快?", "number"),  # how fast: a figure (a rate or a speed)
        ("How many patents were granted?", "number"),
        ("How much money was invested in the demonstration base?", "number"),
        ("What percentage of the budget went to research?", "number"),
        # list
        ("有哪些重点服务领域?", "list"),
        ("哪几个区县获得了专题支持?", "list"),
        ("三项重点工作分别是什么?", "list"),
        ("今年重点抓好的三件事是什么?", "list"),  # counted things asked what they are
        ("“两个确保”的资金是多少?", "number"),
        ("安排30亿元资金的那几项活动分别是什么?", "list"),  # 那几项 names the items; the figure is context
        ("哪几项收费分别是多少?", "number"),  # 多少: the figures asked
        ("主要内容包括哪些方面？", "list"),
        ("Which areas does the pilot cover?", "list"),
        ("What are the three priorities for next year?", "list"),
        ("List the measures taken to support small firms.", "list"),
        # date
        ("这项政策是哪天出台的?", "date"),
        ("什么时候获批成为试点城市?", "date"),
        ("哪一年开始实施行动方案?", "date"),
        ("When did the city become a pilot?", "date"),
        ("On what date was the plan issued?", "date"),
        # who
        ("谁负责这项工作?", "who"),
        ("哪家报纸进行了专题报道?", "who"),
        ("哪个城市获批全国首家试点?", "who"),
        ("Who reported on the little giants?", "who"),
        ("Which city became the first pilot?", "who"),
        ("Which newspaper ran the feature?", "who"),
        # fact
        ("科技金融结合取得了什么成效?", "fact"),
        ("Why was the reform needed?", "fact"),
    ],
)
def test_question_types(q, qtype):
    info = analyze(q)
    assert info.qtype == qtype, (q, info)
    assert info.qtype in QTYPES


def test_order_of_rules():
    # 几年 is a number (a duration), not a date; 哪几 is a list, not a number; 哪家 a name
    assert analyze("计划用几年完成改造?").qtype == "number"
    assert analyze("哪几家企业获得支持?").qtype == "list"
    assert analyze("哪天召开的大会?").qtype == "date"


@pytest.mark.parametrize(
    "q, english",
    [("专利授权量是多少?", False), ("How many patents were granted?", True), ("GDP增长了多少?", False),
     ("What did the 科技局 do?", True)],
)
def test_language(q, english):
    assert analyze(q).english is english


@pytest.mark.parametrize(
    "q, field",
    [
        ("这篇文章是哪天发布的?", "date"),
        ("这份报告的发布日期是什么时候?", "date"),
        ("本文的来源是哪里?", "origin"),
        ("文章出处是哪个部门?", "origin"),
        ("这篇报道的标题是什么?", "title"),
        ("When was this article published?", "date"),
        ("What is the source of this report?", "origin"),
    ],
)
def test_about_the_document(q, field):
    info = analyze(q)
    assert info.about_document, q
    assert info.header_field == field


@pytest.mark.parametrize(
    "q",
    [
        "哪天发布的这篇文章?",
        "What is the title of this document?",
    ],
)
def test_about_the_document_reversed_word_order(q):
    assert analyze(q).about_document


@pytest.mark.parametrize(
    "q",
    ["这项政策是哪天出台的?", "全市技术合同成交额是多少?", "报告期内新增了多少企业?", "When did the city become a pilot?"],
)
def test_not_about_the_document(q):
    assert not analyze(q).about_document


@pytest.mark.parametrize(
    "q, unit",
    [
        ("投入了多少资金?", "元"),
        ("科技经费投入是多少?", "元"),
        ("销售收入可达到多少?", "元"),
        ("增长率是多少?", "%"),
        ("占比达到多少?", "%"),
        ("有多少人参加培训?", "人"),
        ("多少所高校参与?", "所"),
        ("推广新能源汽车多少辆?", "辆"),
        ("新建研究中心多少家?", "家"),
        ("全年投资多少亿元?", "亿元"),
        ("举办了几场活动?", "场"),
        ("How much money was invested?", "元"),
        ("What percentage of firms took part?", "%"),
        ("How many universities joined?", "所"),
        ("How many companies were supported?", "家"),
        ("2012年进出口总额的增长目标是多少?", "%"),  # the word nearest the question word decides (增长, not 总额)
        ("补助标准提高到每人每年多少钱?", "元"),
        ("平均能活到多少岁?", "岁"),
        ("粮食产量是多少万吨?", "万吨"),
        ("国务院定了多长的期限来清理欠薪?", "年"),
        ("How much did the government plan to spend on farmers?", "元"),  # how much: money, not people
        ("How many farmers benefited?", "人"),
        ("How much funding went to safety upgrades at coal mines?", "元"),  # funding is money, the coal mines' tons no
        ("How many villages benefited from the technology commissioners?", "个"),  # what is counted, not who helped
        ("How many companies did the experts visit?", "家"),
        ("What growth target was set for total imports and exports in 2021?", "%"),  # a rate, not the total
        ("How fast did the economy grow?", "%"),
        ("2021年地区生产总值是多少?", "元"),
        ("外贸进出口额是多少?", "元"),  # 额 of an amount asked
        ("To what amount per person was the subsidy for farmers raised?", "元"),  # per person: money, not people
        ("What poverty line did the city adopt?", "元"),
        ("By what percentage was the poverty line raised?", "%"),
        ("Energy use was to fall by 4%. By how much did it actually fall?", "%"),  # the question's own figure's unit
        ("How many college graduates were expected in 2015?", "人"),  # the head noun counts, not its modifier
        ("How many administrative approval items did State Council departments cancel?", "项"),
        ("How many new pilot free trade zones were set up?", "个"),  # five words before the verb
        ("How many kilometres of railways were built?", "公里"),  # the phrase ends at its preposition
        ("2012年的国内生产总值增长目标略微调低，定成了多少?", "%"),  # a growth target is a rate, not an amount
        ("南湖区地区生产总值增长速度是多少?", "%"),
        ("南湖区进出口总额在全国排第几?", "位"),  # a rank, not the amount ranked
        ("每产出一单位国内生产总值所耗能源比上年少了多少?", ""),  # per unit of GDP: no amount of money
    ],
)
def test_units_implied(q, unit):
    info = analyze(q)
    assert info.qtype == "number"
    assert unit in info.unit.split("|") if unit else info.unit == "", (q, info.unit)  # "名|人": any of several


def test_a_speed_that_is_not_growth_is_no_rate():
    assert analyze("南湖处理器的速度是多少?").unit != "%"


@pytest.mark.parametrize("q", ["2004年要重点改革的是哪两家银行?", "获奖的是哪三位科学家?"])
def test_which_two_of_a_counter_is_a_list(q):
    assert analyze(q).qtype == "list"


def test_no_unit_when_nothing_implies_one():
    assert analyze("专利授权量是多少?").unit == ""
    assert analyze("How many were there?").unit == ""
    # a word far from the question word, or one that only looks like a unit word (率先), implies nothing
    assert analyze("在搞农村税费改革试点的地方,种地人身上的担子平均轻了多少?").unit == ""
    assert analyze("要在两年内率先把污水全部收集处理的大城市有几个?").unit == "个"
    assert analyze("黑额鸟的体长是多少?").unit == ""  # 额 inside a name is no amount


def test_soft_units_are_hints_only():
    growth, duration, noun = analyze("2010年国内生产总值增长了多少?"), analyze("取消农业税要用多久?"), analyze("占比达到多少?")
    assert (growth.unit, growth.unit_soft) == ("%", True)
    assert (duration.unit, duration.unit_soft) == ("年", True)
    assert (noun.unit, noun.unit_soft) == ("%", False)


@pytest.mark.parametrize(
    "q, years",
    [
        ("2015年专利授权量是多少?", ("2015",)),
        ("2014年和2015年分别完成投资多少?", ("2014", "2015")),
        ("How many patents were granted in 2014?", ("2014",)),
        ("专利授权量是多少?", ()),
        ("投资530亿元的项目叫什么?", ()),
    ],
)
def test_years(q, years):
    assert analyze(q).years == years


@pytest.mark.parametrize(
    "q, count",
    [("三项重点工作分别是什么?", 3), ("两个方面是什么?", 2), ("五大领域有哪些?", 5), ("What are the three priorities?", 3),
     ("有哪些重点领域?", 0)],
)
def test_counts(q, count):
    assert analyze(q).count == count


def test_person_questions():
    assert analyze("市科技局局长是谁?").person
    assert analyze("Who is the director of the bureau?").person
    assert not analyze("哪家报纸进行了报道?").person
    assert not analyze("全年投入多少资金?").person


def test_focus_words_are_next_to_the_question_word():
    info = analyze("全年利税能超过多少?")
    assert "利税" in info.focus
    assert analyze("How many patents were granted?").focus == ()


@pytest.mark.parametrize("q, kept", [
    ("去年砍掉的各类评比、达标、表彰项目有多少个?", "表彰项目有"),  # 评比 is a word, not a comparison
    ("被叫停的攀比项目有多少个?", "攀比项目有"),
    ("财政收入比上年多了多少?", "财政收入"),  # a comparison: what is compared is kept, its base cut off
    ("进出口与上年对比增长了多少?", "进出口与上年对"),
])
def test_a_comparison_is_cut_off_before_the_question_word_but_not_a_word_holding_比(q, kept):
    from qa.answer.question import asked_before

    assert asked_before(q).endswith(kept)


def test_question_is_stripped():
    assert analyze("  专利授权量是多少?  \n").text == "专利授权量是多少?"


def test_an_average_pension_or_wage_asked_in_english_is_money() -> None:
    assert analyze("What was the average monthly pension for retirees in 2030?").unit == "元"
    assert analyze("How many retirees received a pension in 2030?").unit != "元"
    assert analyze("What was the 2030 ceiling for consumer price inflation?").qtype == "number"


def test_a_subsidy_per_person_or_units_of_housing_set_the_unit() -> None:
    info = analyze("In 2030, what was the new subsidy per participating herder?")
    assert (info.qtype, info.unit) == ("number", "元")
    assert analyze("How many units of affordable housing were planned for 2030?").unit == "套"
    assert analyze("How many units of the fleet were sent?").unit == ""  # units of no housing: no unit implied


def test_a_planned_figure_stated_sets_the_unit_of_the_actual_one_asked() -> None:
    assert analyze("北湖市单位能耗原定降5%左右，实际降了多少?").unit == "%"
    assert analyze("原计划投资300亿元，实际完成了多少?").unit == "元"
    assert analyze("北湖市单位能耗降了多少?").unit == ""  # no figure stated: no unit implied
