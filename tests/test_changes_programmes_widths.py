"""Years written in full-width digits, a change asked of an amount, totals where a rate is asked, the year of a
period as a part, averages of any verb, programmes named by their sum, change verbs, the noun after the question
word: pure logic on synthetic text (thirty-seventh pass)."""
from __future__ import annotations

from conftest import qty_spans

from qa.answer.change_rules import level_for_change, start_for_level
from qa.answer.figure_rules import asks_target, yearly_average
from qa.answer.focus_rules import focus_absent
from qa.answer.question import analyze, asked_noun, changed_by
from qa.answer.whole_parts import part_for_total, totals_for_rate
from qa.retrieve.synonyms import written_form
from qa.retrieve.years import question_intent


def _ruled(rule, question: str, text: str) -> set[str]:
    cands = qty_spans(text)
    items = list(cands.values())
    return {c.text for c, r in zip(items, rule(analyze(question), items)) if r}


def test_a_start_labelled_with_the_asked_year_answers_in_either_digit_width() -> None:
    for text in ("公路里程由1997年的123万公里增加到2002年的176万公里。",
                 "公路里程由１９９７年的１２３万公里增加到２００２年的１７６万公里。"):
        ruled = _ruled(start_for_level, "按2003年报告，1997年公路里程有多少？", text)
        assert not any("123" in r or "１２３" in r for r in ruled), text
    # another year asked: the start is not the level then
    ruled = _ruled(start_for_level, "2002年底公路里程有多少？", "公路里程由１９９７年的１２３万公里增加到１７６万公里。")
    assert "１２３万公里" in ruled


def test_by_how_much_an_amount_rose_takes_a_rate_too() -> None:
    assert changed_by(analyze("2040年外贸总额比上年涨了多少？"))
    assert not changed_by(analyze("2040年外贸总额是多少？"))
    assert not changed_by(analyze("2040年外贸总额涨了多少钱？"))  # money said: an amount
    assert not changed_by(analyze("How much did trade rise in 2040?"))


def test_a_sum_is_ruled_out_where_an_amount_per_person_is_asked() -> None:
    text = "城镇居民人均可支配收入实际增长58.3%，财政安排3647亿元。"
    assert _ruled(totals_for_rate, "城镇居民人均可支配收入涨了多少？", text) == {"3647亿元"}
    # 元 asked outright: the sum stays the best match (and says the text does not hold the answer)
    assert _ruled(totals_for_rate, "城镇居民人均可支配收入是多少元？", text) == set()
    assert _ruled(totals_for_rate, "财政安排了多少钱？", text) == set()


def test_the_year_of_a_period_is_not_a_qualified_part() -> None:
    text = "从2040年到2043年年均超收2040亿元，其中去年超收2573亿元，地方超收300亿元。"
    ruled = _ruled(part_for_total, "2043年超收了多少？", text)
    assert "2573亿元" not in ruled and "300亿元" in ruled


def test_an_average_of_any_verb_is_not_one_years_figure() -> None:
    text = "从2040年到2043年年均超收2040亿元，其中去年超收2573亿元。"
    assert _ruled(yearly_average, "2043年超收了多少？", text) == {"2040亿元"}
    assert _ruled(yearly_average, "2040年到2043年平均每年超收多少？", text) == set()


def test_a_programme_named_by_its_sum_is_not_a_plan_asked() -> None:
    assert not asks_target(analyze("据2041年报告，4万亿元投资计划中，生态建设占多大比例？"))
    assert question_intent("“星火计划”带动了多少农民？") != -1
    assert asks_target(analyze("2041年计划新建多少套住房？"))
    assert asks_target(analyze("2041年投资计划安排多少亿元？"))  # a plan's sum asked, no sum named


def test_cutting_is_a_change() -> None:
    text = "同时，削减财政赤字450亿元；财政赤字余额1.2万亿元。"
    ruled = _ruled(level_for_change, "2040年削减了多少赤字？", text)
    assert "450亿元" not in ruled and "1.2万亿元" in ruled


def test_the_noun_after_the_question_word_names_what_is_asked() -> None:
    assert asked_noun("用超收的财政收入削减了多少赤字？") == "赤字"
    assert asked_noun("一共花了多少钱？") == "" and asked_noun("有多少？") == ""
    cands = qty_spans("同时，削减财政赤字450亿元。")
    info = analyze("2040年用上一年超收的财政收入削减了多少赤字？")
    df = {"财政收入": 9, "收入": 40, "削减": 5, "赤字": 12}
    assert focus_absent(info, cands["450亿元"].chunk.text, df) == ""
    other = analyze("2040年用上一年超收的财政收入削减了多少开支？")
    assert focus_absent(other, cands["450亿元"].chunk.text, {**df, "开支": 3}) != ""


def test_a_form_the_corpus_never_writes_takes_a_written_form_it_uses_at_all() -> None:
    df = {"超收": 2, "比": 90, "预算": 50}
    assert written_form("2040年中央财政比预算多收了多少钱？", df) == "2040年中央财政超收了多少钱？"
    # a colloquial form the corpus itself uses stays
    assert written_form("2040年中央财政比预算多收了多少钱？", {**df, "多收": 6}) == "2040年中央财政比预算多收了多少钱？"


def test_english_kinds_and_measures() -> None:
    assert analyze("What kind of exchange rate regime did the 2040 report say should be improved?").qtype == "fact"
    assert analyze("What was the interest rate cut in 2040?").qtype == "number"
    assert analyze("How many mu of trees were planted in 2040?").unit == "亩"
    assert analyze("How many hectares of farmland were irrigated?").unit == "公顷"
    assert analyze("What was the average length of schooling in 2040?").unit == "年"
    assert analyze("What did the 2040 report make the most important target of macro-control?").qtype == "fact"
    assert analyze("What did the 2040 report make the growth target, in per cent?").qtype == "number"


def test_the_thing_made_into_what_is_asked_is_a_span() -> None:
    from qa.answer.spans import passage_spans
    text = "坚持把扭转经济增速下滑趋势作为宏观调控最重要的目标。将非典列为法定传染病管理。"
    spans = {text[s.start:s.end] for s in passage_spans(text) if s.kind == "copula"}
    assert "扭转经济增速下滑趋势" in spans and "非典" in spans
    assert "宏观调控最重要的目标" in spans  # what follows the verb stays a span too


def test_parallel_clauses_ending_on_one_measure_are_told_apart_by_their_own_words() -> None:
    from qa.answer.respectively import _shared_measure_cut
    assert _shared_measure_cut(["中等职业学校资助面超过", "高校资助面超过"]) == (["中等职业学校", "高校"], True)
    assert _shared_measure_cut(["城镇新增就业", "农村劳动力转移"]) == (["城镇新增就业", "农村劳动力转移"], False)
    assert _shared_measure_cut(["资助面超过", "资助面超过"])[1] is False  # nothing of their own


def test_the_size_of_an_investment_is_its_scale() -> None:
    df = {"规模": 40, "投资": 90, "投资规模": 12}
    assert written_form("一共撬起了多大的投资盘子？", df) == "一共撬起了多大的投资规模？"
