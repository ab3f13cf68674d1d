"""Session 41 of issue 8: pure logic on invented text. What a question leaves out before a comma, the units implied by
subsidies and tenths, counters of cases, English sums and shares, plan words, periods running on from a year, mobile
generations, a figure's own item in an English choice, the parts of a change, and a figure the question states."""
from __future__ import annotations

import numpy as np

from qa.answer.features import Scored, SpanContext
from qa.answer.question import analyze
from qa.answer.spans import passage_spans
from qa.ingest.chunking import Chunk


def _cands(text: str, dyear: int = 0) -> list[Scored]:
    chunk = Chunk("c1", f"{dyear}.txt", text, 0, len(text), (), "paragraph", 0)
    ctx = SpanContext(text, 0, 0.5, 0, 1.0, dyear=dyear)
    return [Scored(chunk, sp, text[sp.start:sp.end], ctx, None) for sp in passage_spans(text)]


def test_what_a_question_leaves_out_before_a_comma_is_not_its_answer() -> None:
    from qa.answer.enumerations import other_than
    cands = _cands("继续发挥甲特区、乙新区的作用，推进丙新区开发开放。")
    ruled = {c.text for c, r in zip(cands, other_than(analyze("除了甲特区和乙新区，还要推动哪块地方的开发开放？"), cands)) if r}
    assert "继续发挥甲特区、乙新区的作用" in ruled  # every item it lists is left out
    assert "推进丙新区开发开放" not in ruled
    mixed = _cands("推进甲特区、丙新区开发开放。")  # the listing names the answer too
    assert not other_than(analyze("除了甲特区，还要推动哪块地方的开发开放？"), mixed).any()


def test_units_implied_by_subsidies_tenths_and_cases() -> None:
    assert analyze("2043年中央预算给再就业准备了多少补助？").unit == "元"
    assert analyze("转移支付有几成投向了中西部？").qtype == "number"
    assert analyze("转移支付有几成投向了中西部？").unit == "%"
    assert analyze("这件事几成功了？").unit != "%"
    assert analyze("全年一共查处了多少起案件？").unit == "起"  # not the weight a 钢 nearby implies


def test_english_sums_and_shares_are_figures() -> None:
    spend = analyze("What was the central government's spending on rural roads in 2043, per the 2044 report?")
    assert (spend.qtype, spend.unit) == ("number", "元")
    assert analyze("What was the funding for rural roads used for?").qtype != "number"
    share = analyze("What was the actual fiscal deficit as a share of GDP in 2043?")
    assert (share.qtype, share.unit) == ("number", "%")


def test_plan_words_set_and_budgeted() -> None:
    from qa.retrieve.years import question_intent
    assert question_intent("2043年还定下让多少下岗失业人员重新上岗？") == -1
    assert question_intent("How much central funding was budgeted for social security in 2043?") == -1
    assert question_intent("How much money did the central budget spend on disaster relief in 2043?") == 1
    assert question_intent("By how much did the 2044 budget cut the deficit compared with the previous year's budget?") == -1


def test_a_period_from_a_year_on_fits_later_reports() -> None:
    from qa.answer.figure_rules import fitting_years
    years = fitting_years(analyze("2031年以来国有企业累计筹到了多少资金？"))
    assert 2031 in years and 2036 in years
    assert fitting_years(analyze("2031年国有企业筹到了多少资金？")) == (2031,)
    assert 2040 in fitting_years(analyze("How much was raised since 2031?"))


def test_mobile_generations_are_written_out() -> None:
    from qa.retrieve.synonyms import written_form
    from qa.text import tokenize
    df = {w: 1 for w in tokenize("新增第四代移动通信用户3.4亿")}  # a phrase the corpus writes once
    assert written_form("2043年一年里，4G手机用户增加了多少？", df, 100) == "2043年一年里，第四代移动通信用户增加了多少？"


def test_an_english_choice_moves_to_the_figure_whose_own_item_renders_the_term() -> None:
    from qa.answer.span_choice import english_terms_choice
    items = [c for c in _cands("新增发电装机容量4.45亿千瓦，其中水电9601万千瓦、核电384万千瓦。", 2044) if c.span.kind == "qty"]
    names = [c.text for c in items]
    masked = np.array([0.4 if t == "9601万千瓦" else 0.35 if t == "384万千瓦" else -np.inf for t in names])
    q = analyze("Over 2038-2043, by how much did China expand its installed nuclear power capacity?")
    best = names.index("9601万千瓦")
    assert names[english_terms_choice(q, items, masked, best, {"核电": 3, "核": 5}, 2000)] == "384万千瓦"
    # a figure followed by its own item ("安排421亿美元…出口融资保险") keeps it
    items = [c for c in _cands("完成出口信用保险承保900亿美元，安排421亿美元成套设备出口融资保险。", 2044) if c.span.kind == "qty"]
    names = [c.text for c in items]
    masked = np.array([0.6 if t == "421亿美元" else 0.55 for t in names])
    q = analyze("How much insurance did China provide for financing exports of complete equipment sets?")
    best = names.index("421亿美元")
    assert english_terms_choice(q, items, masked, best, {"设备": 4, "融资": 4, "保险": 6, "出口": 9}, 2000) == best


def test_parts_of_a_change_are_changes() -> None:
    from qa.answer.change_rules import level_for_change
    cands = [c for c in _cands("五年新增发电装机容量4.45亿千瓦，其中水电9601万千瓦、核电384万千瓦。发电装机总容量达到9.5亿千瓦。")
             if c.span.kind == "qty"]
    ruled = {c.text for c, r in zip(cands, level_for_change(analyze("By how much did nuclear power capacity expand?"),
                                                             cands)) if r}
    assert "9.5亿千瓦" in ruled and "384万千瓦" not in ruled


def test_a_figure_the_question_states_is_a_near_miss() -> None:
    from qa.answer.near_misses import near_miss
    (c,) = [c for c in _cands("全年粮食增产3877万吨。", 2044) if c.span.kind == "qty"]
    info = analyze("2043年粮食增产3877万吨，其中稻谷增产了多少万吨？")
    assert near_miss(info, c, {}, lambda w, times=1: False) == "the figure is one the question states"
    assert near_miss(analyze("2043年粮食增产了多少万吨？"), c, {"粮食": 5, "增产": 5}, lambda w, times=1: False) == ""


def test_english_measures_asked_by_their_nouns() -> None:
    cap = analyze("According to the 2044 report, what amount of small power generating capacity was to be shut that year?")
    assert (cap.qtype, cap.unit) == ("number", "千瓦")
    life = analyze("By the end of the plan, what was average life expectancy supposed to reach?")
    assert (life.qtype, life.unit) == ("number", "岁")
    assert analyze("2043年抗击的几场灾害分别发生在哪里？").qtype == "list"
    assert analyze("几个项目分别投入多少资金？").qtype == "number"


def test_by_how_many_asks_a_change() -> None:
    from qa.answer.change_rules import level_for_change
    cands = [c for c in _cands("城镇居民每百户拥有家用汽车21.5辆，比2037年增加15.5辆。") if c.span.kind == "qty"]
    ruled = {c.text for c, r in zip(cands, level_for_change(analyze("By how many cars per 100 households did car "
                                                                     "ownership rise?"), cands)) if r}
    assert ruled == {"21.5辆"}


def test_a_conjunction_joined_to_a_generic_head_is_no_place() -> None:
    from qa.answer.place_rules import place_absent
    info = analyze("2043年新建的县医院（不算县中医院和县妇幼保健院）有多少所？")  # (和县: a county's name)
    assert not place_absent(info, "改造和新建2.3万所乡镇卫生院、1500所县医院。")
    assert place_absent(analyze("2043年广东省的地区生产总值是多少？"), "全国国内生产总值增长8%。")


def test_an_aside_naming_what_is_left_out_is_not_read() -> None:
    from qa.retrieve.synonyms import written_form
    q = "2043年新建的县医院（不算县中医院和县妇幼保健院）有多少所？"
    assert written_form(q, {}, 100) == "2043年新建的县医院有多少所？"
    assert written_form("（新一代信息技术之外）有哪些产业？", {}, 100) == "（新一代信息技术之外）有哪些产业？"


def test_an_english_item_choice_counts_any_money_as_one_unit() -> None:
    from qa.answer.span_choice import english_terms_choice
    items = [c for c in _cands("国有企业累计筹资7436亿元，其中境外筹资352亿美元。", 2044) if c.span.kind == "qty"]
    names = [c.text for c in items]
    masked = np.array([0.5 if t == "7436亿元" else 0.45 for t in names])
    q = analyze("Of the funds raised in those years, how much was raised overseas?")
    best = names.index("7436亿元")
    assert names[english_terms_choice(q, items, masked, best, {"境外": 3, "国外": 9, "对外": 20}, 2000)] == "352亿美元"


def test_a_part_asked_of_a_whole_named_without_its_figure() -> None:
    from qa.answer.whole_parts import unstated_part_unnamed
    figs = {c.text: c for c in _cands("新增发电装机容量4.45亿千瓦，其中水电9601万千瓦、核电384万千瓦。", 2044)
            if c.span.kind == "qty"}
    info = analyze("“十一五”期间新增的发电装机里，核电有多少？")
    assert unstated_part_unnamed(info, figs["4.45亿千瓦"]) and unstated_part_unnamed(info, figs["9601万千瓦"])
    assert not unstated_part_unnamed(info, figs["384万千瓦"])
    wind = analyze("新增发电装机中，风电装机有多少？")  # a part the text does not split out
    assert all(unstated_part_unnamed(wind, c) for c in figs.values())
    assert not unstated_part_unnamed(analyze("2044年报告中，新增发电装机有多少？"), figs["4.45亿千瓦"])  # the report
    assert not unstated_part_unnamed(analyze("“十一五”期间，新增发电装机有多少？"), figs["4.45亿千瓦"])  # a time
    for q in ("甲乙丙那届政府五年里，新增发电装机有多少？",  # a premier's term: a time
              "简政放权中，砍掉的许可事项是多少项？"):  # a deed, not a part's name
        assert not unstated_part_unnamed(analyze(q), figs["4.45亿千瓦"])


def test_a_cut_in_personnel_is_a_change() -> None:
    from qa.answer.change_rules import level_for_change
    cands = [c for c in _cands("裁减军队员额20万。全军总员额为230万。") if c.span.kind == "qty"]
    ruled = {c.text for c, r in zip(cands, level_for_change(analyze("By how many personnel was the army downsized?"),
                                                             cands)) if r}
    assert ruled == {"230万"}


def test_tonnes_keep_what_they_are_counted_in() -> None:
    from qa.answer.boundaries import figure_whole
    text = "今年要新增8000万吨标准煤的节能能力。"
    s = text.index("8000")
    info = analyze("2043年要新形成多大的节能能力？")
    start, end = figure_whole(info, text, s, s + len("8000万吨"))
    assert text[start:end] == "8000万吨标准煤"
    grain = "粮食产量达到6.5亿吨以上。"
    g = grain.index("6.5")
    assert figure_whole(info, grain, g, g + len("6.5亿吨")) == (g, g + len("6.5亿吨"))
