"""A count of a thing the question does not name, the counted thing before or after the counter, a change whose
start the asked year labels, figures paired with items without 分别, what English questions ask (a share, a
duration, an amount), the gap around "一个怎样的", the words of a target question that name no indicator, the contrary
measure (广义/狭义, 进口/出口), a part named by a verb, a count's head noun, an approximate figure's 近 and an English span
made of the question's own terms, a near miss giving way to a figure of its sentence, a share where a count is asked, and
figures followed by what they are, a definition asked, a noun asked that opens on a verb: pure logic on synthetic text
(thirty-fourth pass)."""
from __future__ import annotations

from qa.answer.boundaries import question_gap
from qa.answer.change_rules import end_after_asked_start, start_for_level
from qa.answer.counters import counts_other
from qa.answer.features import Scored, SpanContext
from qa.answer.figure_rules import _asked_indicator, _other_indicator
from qa.answer.question import analyze
from qa.answer.respectively import asked_figure
from qa.answer.spans import passage_spans
from qa.ingest.chunking import Chunk
from qa.retrieve.glossary import english_to_chinese_terms
from qa.text import clause_spans


def _cands(text: str, dyear: int = 0) -> list[Scored]:
    chunk = Chunk("c1", "doc.txt", text, 0, len(text), (), "paragraph", 0)
    ctx = SpanContext(text, 0, 0.5, 0, 1.0, dyear=dyear)
    return [Scored(chunk, sp, text[sp.start:sp.end], ctx, None) for sp in passage_spans(text)]


def _ruled(rule, question: str, cands: list[Scored]) -> set[str]:
    info = analyze(question)
    return {c.text for c, r in zip(cands, rule(info, cands)) if r and c.span.kind == "qty"}


def test_a_count_of_a_thing_the_question_does_not_name_is_ruled_out_when_no_unit_is_asked() -> None:
    cands = _cands("实行免试就近入学政策，31个省份实现了随迁子女在流入地参加中考，快递业务量达到80亿件。")
    question = "2041年全国快递业务总量是多少？"
    assert _ruled(counts_other, question, cands) == {"31个"}  # (80亿件 counts nothing else)
    assert not _ruled(counts_other, "2041年有多少省份实现了随迁子女异地中考？", cands)  # 省份 is asked
    assert not _ruled(counts_other, "2041年全国快递业务总量是多少件？", cands)  # a unit asked: not this rule
    # the clause holding only that count goes too
    clause = "31个省份实现了随迁子女在流入地参加中考"
    assert clause in {c.text for c, r in zip(cands, counts_other(analyze(question), cands)) if r}


def test_the_counted_thing_may_run_over_a_list_mark_or_stand_before_the_counter() -> None:
    cands = _cands("安排专项资金80亿元，支持3000多个项目，带动投资5000亿元，12个省份完成改造任务。")
    ruled = _ruled(counts_other, "2041年专项资金扶持了多少个产品升级、节能改造项目？", cands)
    assert "3000多个" not in ruled and "12个" in ruled  # 项目 ends the asked phrase
    cands = _cands("钢铁、煤炭等12个重点行业压减产能任务如期完成。")
    assert not _ruled(counts_other, "2041年钢铁、煤炭这些重点行业有几个按期完成了任务？", cands)


def test_a_start_labelled_with_the_asked_year_is_its_figure_and_the_end_is_not() -> None:
    text = "今年拟安排财政赤字3.1万亿元，赤字率从去年的2.4%提高到2.8%。"
    cands = _cands(text, dyear=2041)
    question = "2041年报告中，2040年的赤字率是多少？"
    assert _ruled(end_after_asked_start, question, cands) == {"2.8%"}
    assert "2.4%" not in _ruled(start_for_level, question, cands)
    assert not _ruled(end_after_asked_start, "2041年报告中，2041年的赤字率是多少？", cands)
    # "上年" in a review is the year before the year reviewed, not the report's: no rule by it
    review = _cands("试点城市由上年的77个增加到298个。", dyear=2041)
    assert not _ruled(end_after_asked_start, "2040年试点城市扩大到了多少个？", review)


def _paired(question: str, text: str, figure: str) -> str | None:
    """The figure :func:`asked_figure` pairs with the item ``question`` names, from the clause holding ``figure``."""
    s = text.index(figure)
    clause = next(c for c in clause_spans(text) if c[0] <= s < c[1])
    fig = asked_figure(question, text, clause, s, s + len(figure))
    return text[fig[0]:fig[1]] if fig else None


def test_items_and_figures_pair_without_fenbie() -> None:
    text = "城镇居民人均可支配收入和农村居民人均纯收入实际增长6.1%和9.3%，物价涨幅得到控制。"
    for question, expected in (("2041年农村居民人均纯收入实际增长了多少？", "9.3%"),
                               ("2041年城镇居民人均可支配收入实际增长了多少？", "6.1%")):
        assert _paired(question, text, "6.1%") == expected
    assert _paired("消费增长多少？", "国内生产总值增长7.2%和消费增长8%。", "7.2%") is None  # one item: no pairing


def test_what_english_questions_ask() -> None:
    assert analyze("By 2040, what share of the population lived in areas with free schooling?").unit == "%"
    assert analyze("For how long had farmers paid the tax before it was abolished?").unit == "年"
    info = analyze("What was the country's public fiscal revenue in 2040?")
    assert info.qtype == "number"
    assert analyze("What was the main task of the reform in 2040?").qtype != "number"
    assert english_to_chinese_terms("the fiscal deficit ratio") == ["赤字率"]
    assert "车辆购置税" in english_to_chinese_terms("vehicle purchase tax on small cars")


def test_the_gap_skips_a_measure_word_the_text_drops() -> None:
    left, right = question_gap("2041年报告说要建设一个怎样的政府？")
    assert left.endswith("建设") and right == "政府"  # (怎样的 is the question word)
    assert question_gap("一个什么？")[0] == "一个"  # nothing left without it: kept


def test_period_and_price_basis_words_name_no_indicator() -> None:
    asked = _asked_indicator("照“十四五”规划的预期，按2040年价格算，2045年国内生产总值会超过多少？")
    assert "国内" in asked and "规划" not in asked and "价格" not in asked
    c = next(c for c in _cands("今年中央财政投入增加500亿元以上，比上年增长15%以上。") if c.text == "15%以上")
    assert not _other_indicator(c, _asked_indicator("2041年中央给农业农村的钱，打算比前一年多出百分之几？"))


def test_a_figure_of_the_contrary_measure_is_ruled_out() -> None:
    from qa.answer.group_rules import contrary_measure
    cands = _cands("货币政策要适度宽松，广义货币增长14%左右，新增贷款8万亿元以上。")
    assert _ruled(contrary_measure, "2041年狭义货币M1的增长目标是多少？", cands) == {"14%左右"}
    assert not _ruled(contrary_measure, "2041年广义货币M2的增长目标是多少？", cands)
    trade = _cands("外贸进出口总额达到3.1万亿美元，其中出口1.7万亿美元。")
    assert _ruled(contrary_measure, "2041年出口总额是多少？", trade) == {"3.1万亿美元"}  # both sides: neither alone
    assert not _ruled(contrary_measure, "2041年进出口总额是多少？", trade)
    assert _ruled(contrary_measure, "How much were the country's exports worth in 2041?", trade) == {"3.1万亿美元"}
    deficit = _cands("今年拟安排财政赤字9000亿元，其中中央财政赤字6000亿元。")
    assert _ruled(contrary_measure, "2041年中央财政安排的国防支出是多少？", deficit) == {"9000亿元", "6000亿元"}
    assert not _ruled(contrary_measure, "2041年中央财政赤字是多少？", deficit)
    capital = _cands("实际使用外资1200多亿美元，出境旅游超过1.5亿人次。")
    assert _ruled(contrary_measure, "2041年对外直接投资额是多少？", capital) == {"1200多亿美元"}
    assert _ruled(contrary_measure, "2041年国内旅游人数是多少？", capital) == {"1.5亿人次"}
    assert not _ruled(contrary_measure, "2041年实际使用外资多少？", capital)


def test_a_part_named_by_a_verb_is_not_another_part() -> None:
    from qa.answer.whole_parts import part_for_total
    text = "各地已偿还拖欠工程款1500亿元，其中清付务工人员工资280亿元。"
    assert not _ruled(part_for_total, "务工人员一共拿回了多少被拖欠的工资？", _cands(text))
    roads = "新增公路15万公里，其中高速公路2.1万公里。"
    assert _ruled(part_for_total, "这五年全国一共新增了多少公里公路？", _cands(roads)) == {"2.1万公里"}


def test_a_count_whose_head_noun_is_asked_counts_it() -> None:
    from qa.answer.counters import _head_phrase, other_counted
    assert _head_phrase("部门及其指定地方实施的审批事项，清理") == "审批事项"
    assert _head_phrase("城市完成改造任务。") == "城市"
    cands = _cands("去年又取消150项部门及其指定地方实施的审批事项，清理规范180项审批中介服务事项。")
    assert not _ruled(other_counted, "2041年又砍掉了多少项审批？", cands)


def test_the_gap_of_a_count_is_the_figure_next_to_what_it_counts() -> None:
    from qa.answer.spans import aligned_spans
    sent = "争取用三年时间，解决600万户城市困难家庭和120万户林区棚户区居民的住房问题。"
    left, right = question_gap("2041年报告说要用三年时间解决多少户林区棚户区居民的住房问题？")
    assert right.startswith("林区")  # the counter is the answer's
    assert any(sent[a:b] == "120万户" for a, b, n in aligned_spans(sent, left, right) if n == 2)


def test_an_approximate_figure_keeps_its_qualifier() -> None:
    from qa.answer.boundaries import figure_whole
    text = "中央财政投入累计近4万亿元，年均增长20%。"
    s = text.index("4万亿元")
    info = analyze("这五年中央财政累计投入了多少？")
    assert text[slice(*figure_whole(info, text, s, s + 4))] == "近4万亿元"
    near = "最近3年增长较快。"
    assert figure_whole(info, near, 2, 4)[0] == 2  # 最近 is no qualifier


def test_an_english_span_made_of_the_questions_own_terms_restates_it() -> None:
    from qa.answer.kind_rules import repeats_question
    cands = _cands("逐步使股份制成为公有制的主要实现形式。")
    info = analyze("What should gradually become the main form for realizing public ownership?")
    ruled = {c.text for c, r in zip(cands, repeats_question(info, cands)) if r}
    assert "公有制的主要实现形式" in ruled and not any("股份制" in t for t in ruled)


def test_a_near_miss_gives_way_to_a_figure_of_its_sentence_that_names_what_is_asked() -> None:
    import numpy as np
    from qa.answer.near_misses import past_near_miss
    text = "与五年前相比，国内生产总值增长60%，年均增长9.9%；财政收入增长1.4倍，年均增加3600亿元。粮食增产5%。"
    cands = [c for c in _cands(text) if c.span.kind == "qty"]
    names = [c.text for c in cands]
    scores = {"五年": 0.1, "9.9%": 0.5, "60%": 0.45, "1.4倍": 0.35, "3600亿元": 0.2, "5%": 0.48}
    masked = np.array([scores[n] for n in names])
    info = analyze("这五年财政收入增长了多少？")

    def misses(i: int) -> str:  # a stand-in for the reader's checks: the clause must name 财政收入
        c = cands[i]
        return "" if "财政收入" in c.chunk.text[c.span.clause_start:c.span.clause_end] else "miss"
    assert names[past_near_miss(info, cands, masked, names.index("9.9%"), misses)] == "1.4倍"
    near = masked.copy()
    near[names.index("1.4倍")] = 0.2  # beyond the margin: the best stays (and the reader abstains)
    assert names[past_near_miss(info, cands, near, names.index("9.9%"), misses)] == "9.9%"


def test_a_share_does_not_answer_a_count() -> None:
    from qa.answer.counters import share_for_count
    cands = _cands("城镇登记失业率控制在4.5%以内，全国总人口控制在14.2亿人以内。")
    assert _ruled(share_for_count, "2041年报告里，全国总人口要控制在多少以内？", cands) == {"4.5%以内"}
    assert not _ruled(share_for_count, "2041年城镇登记失业率要控制在多少以内？", cands)  # 率: a share asked
    assert not _ruled(share_for_count, "2041年总人口增长多少？", cands)  # a change may be a %


def test_figures_followed_by_what_they_are_pair_with_the_words_asked() -> None:
    import numpy as np
    from qa.answer.respectively import parallel_figure
    text = "中央财政安排300亿元救灾款和650亿元恢复重建资金，迅速出台支援政策。"
    cands = [c for c in _cands(text) if c.span.kind == "qty"]
    names = [c.text for c in cands]
    for question, expected in (("中央财政安排了多少救灾款？", "300亿元"), ("中央财政安排了多少恢复重建资金？", "650亿元")):
        info = analyze(question)
        terms = [(t, 1.0) for t in ("中央财政", "安排", "救灾款", "恢复", "重建", "资金") if t in question]
        for first in names:  # whichever the ranker put first
            scores = np.array([0.7 if n == first else 0.6 for n in names])
            assert names[parallel_figure(info, terms, cands, scores, names.index(first))] == expected
    # "220个来自115个国家的消费者组织": the first figure is no item of a list, the second counts something else
    text = "成员共有220个来自115个国家的消费者组织。"
    cands = [c for c in _cands(text) if c.span.kind == "qty"]
    scores = np.array([0.7 if c.text == "220个" else 0.65 for c in cands])
    best = next(i for i, c in enumerate(cands) if c.text == "220个")
    info = analyze("联会成员一共有多少个？")
    assert parallel_figure(info, [("成员", 1.0), ("消费者组织", 1.0)], cands, scores, best) == best


def test_a_term_asked_by_its_meaning_is_answered_by_its_definition() -> None:
    import numpy as np
    from qa.answer.span_choice import definition
    from qa.answer.spans import aligned_spans
    sent = "适时，就是把握好出台的时机；适度，就是松紧得当，不一刀切。"
    left, right = question_gap("报告说调控要“适时适度”，其中“适度”指的是什么？")
    assert [sent[a:b] for a, b, _ in aligned_spans(sent, left, right)] == ["松紧得当，不一刀切"]
    text = "搞好调控，要适时适度调整政策的力度。" + sent
    chunk = Chunk("c1", "doc.txt", text, 0, len(text), (), "paragraph", 0)
    ctx = SpanContext(text, 0, 0.5, 0, 1.0)
    cands = [Scored(chunk, sp, text[sp.start:sp.end], ctx, None) for sp in passage_spans(text, left, right)]
    info = analyze("报告说调控要“适时适度”，其中“适度”指的是什么？")
    masked = np.array([0.4 if "调整政策" in c.text else 0.0 for c in cands])
    assert cands[definition(info, cands, masked, int(np.argmax(masked)))].text == "松紧得当，不一刀切"
    other = analyze("报告说调控要适时适度，要调整什么？")  # no meaning asked: the best stays
    assert definition(other, cands, masked, int(np.argmax(masked))) == int(np.argmax(masked))


def test_the_noun_asked_may_open_on_a_verb_and_a_kind_asked_drops_its_word() -> None:
    from qa.answer.boundaries import asked_head
    assert asked_head(analyze("从2041年起对孕产妇实行的是什么补助政策？")) == "补助政策"
    assert asked_head(analyze("2041年把什么作为调控的首要任务？")) != "作为调控"  # a predicate, not a modifier
    assert question_gap("2041年报告提出要建设一个什么类型的社会？") == ("2041年报告提出要建设", "社会")
