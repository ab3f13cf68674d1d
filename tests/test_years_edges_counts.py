"""Points asked or only stated, counted nouns after their counter, a time that is no part, changes written as
上调/调高, a day asked, ranks in words, per-person standards where a sum is asked, a bracketed note before a target,
a plan's report for its end year, the head noun of "哪个X", places asked, relative years of a report, English term
groups and growth targets: pure logic on synthetic text (thirty-ninth pass)."""
from __future__ import annotations

from conftest import qty_spans, year_index

from qa.answer.boundaries import complete_noun
from qa.answer.change_rules import change_for_level
from qa.answer.figure_rules import _other_indicator, fitting_years
from qa.answer.kind_rules import counted_as_asked, detail_missing, no_day, not_points
from qa.answer.question import analyze, asked_noun, changed_by
from qa.answer.whole_parts import rate_for_total, stated_whole
from qa.ingest.chunking import Chunk
from qa.retrieve.glossary import english_term_groups, english_to_chinese_terms
from qa.text import tokenize


def _spans(text: str) -> list:
    """Every candidate span of a one-passage synthetic text (not only its figures)."""
    from qa.answer.features import Scored, SpanContext
    from qa.answer.spans import passage_spans
    chunk = Chunk("c1", "doc.txt", text, 0, len(text), (), "paragraph", 0)
    ctx = SpanContext(text, 0, 0.5, 0, 1.0)
    return [Scored(chunk, sp, text[sp.start:sp.end], ctx, None) for sp in passage_spans(text)]


def _ruled(rule, question: str, text: str) -> set[str]:
    items = list(qty_spans(text).values())
    return {c.text for c, r in zip(items, rule(analyze(question), items)) if r}


def test_points_are_asked_only_by_the_question_word() -> None:
    text = "教育经费所占比例每年提高1个百分点，仅此一项五年增加489亿元。"
    assert _ruled(not_points, "比例每年提高一个百分点，五年仅此一项增加了多少钱？", text) == set()
    assert "489亿元" in _ruled(not_points, "教育经费所占比例每年提高几个百分点？", text)
    assert "489亿元" in _ruled(not_points, "By how many percentage points did the share rise each year?", text)
    assert "1个百分点" not in _ruled(not_points, "教育经费所占比例每年提高几个百分点？", text)


def test_the_counted_noun_after_its_counter_is_the_asked_noun() -> None:
    assert asked_noun("运动员一共刷新了多少次世界纪录？").startswith("世界")
    assert asked_noun("提高了多少个百分点？") == ""  # points: a measure, no noun


def test_a_time_before_the_asked_part_is_not_a_part() -> None:
    whole = stated_whole("410个攻坚县里，到2048年有多少个已经达标？")
    assert whole is not None and whole.figure == 410 and whole.part == ""


def test_changes_written_as_adjustments() -> None:
    text = "优抚对象抚恤补助标准提高20%以上，达到每人每年3000元。"
    assert _ruled(change_for_level, "2048年优抚对象的抚恤补助标准上调了多少？", text) == set()  # a change asked
    assert _ruled(change_for_level, "2048年优抚对象的抚恤补助标准是多少？", text) == {"20%以上"}
    info = analyze("2048年存款准备金率一共上调了几次？")
    assert info.unit == "次" and not changed_by(info)  # a count of times, not a change
    assert analyze("优抚对象的抚恤补助涨了几回？").unit == "次"
    assert analyze("专项转移支付项目数量砍掉了多少？").unit != "个"  # a cut may be a share ("1/3以上")
    assert analyze("技改项目数量是多少？").unit == "个"


def test_a_day_asked_rules_out_spans_without_a_day() -> None:
    items = _spans("从2045年起连续三年提高养老金，从今年1月1日起实行。")
    out = no_day(analyze("养老金从哪一天开始上调？"), items)
    kept = {c.text for c, r in zip(items, out) if not r}
    assert kept and all("日" in t for t in kept)
    assert not no_day(analyze("养老金从哪一年开始上调？"), items).any()


def test_a_rank_written_as_first_place_answers_which_place() -> None:
    items = _spans("实际使用外资1300多亿美元，继续位居发展中国家首位。")
    out = counted_as_asked(analyze("实际使用外资在发展中国家中排第几？"), items)
    assert any(r and "首位" in c.text for c, r in zip(items, out))


def test_a_standard_per_person_is_not_a_sum_asked() -> None:
    text = "补助标准由20元提高到40元，中央财政为此安排51亿元。"
    assert _ruled(rate_for_total, "中央拿出多少钱支持合作医疗？", text) == {"20元", "40元"}
    assert _ruled(rate_for_total, "补助标准提高到多少钱？", text) == set()


def test_a_note_in_brackets_does_not_start_a_targets_item() -> None:
    text = "今年的预期目标是：广义货币M2（注：M2为M右下角加2）预期增长12%左右，社会融资规模余额增长13%左右。"
    items = qty_spans(text)
    assert not _other_indicator(items["12%左右"], {"广义", "义货", "货币"})
    assert _other_indicator(items["13%左右"], {"广义", "义货", "货币"})


def test_a_plans_report_fits_its_end_year() -> None:
    assert fitting_years(analyze("按“十二五”目标，到2015年全国森林覆盖率要提高到多少？")) == (2015, 2011)
    assert fitting_years(analyze("2015年全国森林覆盖率是多少？")) == (2015,)


def test_the_noun_after_which_is_kept_whatever_its_tag() -> None:
    text = "推动信息技术协定扩围，积极参与国际谈判。"
    info = analyze("2048年报告要推动哪个协定扩围？")
    assert complete_noun(info, text, 0, 10, text.index("协定")) == text.index("扩围")
    who = analyze("谁的弟子创立了学派？")  # a context after 谁的, not a head noun
    assert complete_noun(who, "张三弟子创立", 0, 6, 2) == 2


def test_places_asked_need_a_place_named() -> None:
    info = analyze("新设的12个综合试验区分别在哪些城市？")
    assert detail_missing(info, "新设12个跨境电子商务综合试验区")
    assert not detail_missing(info, "杭州、宁波")
    assert not detail_missing(analyze("用两年时间在哪些城市率先实现污水全部处理？"), "36个大", "城市")


def test_a_reports_own_year_and_the_year_before_in_its_words() -> None:
    passages = [("a", 2041, "过去一年，城镇新增就业53万人，物价基本稳定。"),
                ("b", 2040, "今年城镇新增就业目标是50万人。"),
                ("c", 2041, "今年城镇新增就业目标是55万人。")]
    idx = year_index(passages)
    assert sorted(idx.find(2040, tokenize("2040年城镇新增就业多少人?"))) == [0, 1]  # not 2041's own "今年"


def test_english_terms_grouped_by_the_word_they_render() -> None:
    q = "What was the 2012 target for growth in total imports and exports?"
    groups = english_term_groups(q)
    assert ("增长",) in groups and any("进出口" in g for g in groups)
    assert english_to_chinese_terms(q) == list(dict.fromkeys(t for g in groups for t in g))
    assert analyze(q).unit == "%"
    assert "增长" in english_to_chinese_terms("What GDP growth rate did China achieve in 2048?")


def test_a_five_year_review_speaks_of_its_years_and_the_one_before() -> None:
    from qa.ingest.dating import part_years
    assert part_years(("一、过去五年政府工作的回顾",), 2043) == frozenset(range(2037, 2043))
    assert part_years(("一、过去五年政府工作的回顾",), 2043, periods=False) == frozenset()  # as indexed
    assert part_years(("二、今年的主要任务",), 2043) == frozenset((2043,))


def test_what_was_paid_out_asks_a_sum_not_what_it_was_spent_on() -> None:
    info = analyze("What did the central government pay out for disaster relief in 2048?")
    assert info.qtype == "number" and info.unit == "元"
    assert analyze("What did the 2048 report plan to spend the money on?").qtype != "number"


def test_a_list_asked_inside_parallel_clauses_takes_the_run() -> None:
    from qa.answer.enumerations import parallel_run
    text = "要加强科研诚信建设。倡导学术诚信，鼓励独立思考，保障学术自由，弘扬科学精神。"
    s = text.index("保障")
    start, end = parallel_run(analyze("报告在学术风气方面提出了哪些要求？"), text, 10, len(text), s, s + 6)
    assert text[start:end] == "倡导学术诚信，鼓励独立思考，保障学术自由，弘扬科学精神"
    fact = analyze("报告要保障什么？")  # a fact asked: the answer stays
    assert parallel_run(fact, text, 10, len(text), s, s + 6) == (s, s + 6)


def test_a_preposition_before_the_question_word_anchors_its_gap() -> None:
    from qa.answer.spans import aligned_spans
    sent = "建立并切实执行以行政首长为重点的行政问责制度，努力提高行政效能。"
    spans = aligned_spans(sent, "行政问责制度以", "为重点")
    assert [sent[a:b] for a, b, _ in spans] == ["行政首长"]
    assert aligned_spans(sent, "", "为重点") and all(sent[a:b] != "行政首长" for a, b, _ in aligned_spans(sent, "", "为重点"))


def test_who_with_a_light_verb_leaves_it_out_of_the_gap() -> None:
    from qa.answer.boundaries import question_gap
    assert question_gap("重大决策都要由谁来决定？") == ("重大决策都要由", "决定")  # ← "由集体讨论决定"
    assert question_gap("由谁设计？") == ("由", "设计")
