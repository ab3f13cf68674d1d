"""Lists a part of a report sets out without one enumeration sentence: the lead sentences of the paragraphs under a
heading, the run of numbered items right after the paragraph that announces them, and the items the next sentence
gives after a clause that counts them ("…五项改革。主要包括：A，B，C，D，E")."""
from __future__ import annotations

from qa.answer.enumerations import list_after_colon
from qa.answer.lead_items import LeadItems
from qa.answer.outline_lists import structural_list
from qa.answer.question import analyze
from qa.answer.spans import Span
from qa.ingest.chunking import chunk_document
from qa.ingest.cleaning import clean_document

REPORT = """某市2031年政府工作报告
一、2031年重点工作
（一）用改革的办法推进“两减一补”。要在巩固成果基础上，完善政策措施，努力取得更大成效。
稳妥有序减产能。今年要压减落后产能，严控过剩行业新上产能，安置好分流职工，确保就业有出路、生活有保障，做到转岗不失业。
因地施策减库存。支持居民自住和进城人员购房需求，健全购租并举的住房制度，加快建立促进市场平稳健康发展的长效机制。
精准加力补短板。加大脱贫攻坚力度，加强公共服务和基础设施薄弱环节建设，提升技术创新能力，扩大有效投资的规模。
（二）推进社会事业发展。
发展教育事业。一是推进学前教育。二是改善办学条件。三是实施校舍安全工程。
推进医疗卫生改革发展。要坚持公共医疗卫生的公益性质，今后三年需要重点抓好的三项改革：
一是推进基本医疗保障制度建设，扩大覆盖面，提高保障水平。
二是建立基本药物制度，减轻群众用药负担。
三是健全基层医疗卫生服务体系，方便群众就医。
（三）总结经验。
过去一年，我们不仅大步推进各项事业，而且在丰富的实践中加深了认识，增强了贯彻中央决策和部署的自觉性。我们的主要体会是：
——必须坚持稳中求进。经济运行保持在合理区间，靠的是稳定预期，不搞大水漫灌，坚持精准施策、定向调控。
——必须坚持把人民群众利益放在第一位，着力解决群众最关心最直接最现实的利益问题，让发展成果更多惠及全体人民。
——必须坚持依法行政。各级政府要严格依法履行职责，加快建设法治政府，做到法定职责必须为、法无授权不可为。
总结一年来的工作，我们清醒地看到，经济社会发展中还存在不少问题和困难，必须高度重视，采取有力措施认真解决。
（四）加强生态环境保护。
今年要继续推进节能减排，加大污染防治力度，完善生态补偿机制，建设天蓝地绿水清的美丽城市。
要加强水资源节约和保护，推进重点流域综合治理，实行最严格的水资源管理制度，建设节水型社会。
"""


def _chunks():
    doc = clean_document(REPORT, "某市2031年政府工作报告.txt")
    return chunk_document(doc)


def _span_at(chunk, text: str) -> Span:
    at = chunk.text.index(text)
    return Span(at, at + len(text), "clause", at, at + len(text), at, at + len(text))


def test_lead_sentences_under_a_heading_answer_what_it_sets_out() -> None:
    chunks = _chunks()
    head = next(c for c in chunks if c.path[-1].startswith("（一）"))
    leads = LeadItems(chunks)
    got = leads.answer(analyze("“两减一补”具体指哪几项任务？"), head, _span_at(head, "用改革的办法推进"))
    assert got and got[0].split("；") == ["稳妥有序减产能", "因地施策减库存", "精准加力补短板"]
    assert [c.text[s:e] for c, s, e, _ in got[1]] == got[0].split("；")  # each point cited where it is written
    # as many as the question counts, or none; only from the heading itself; only for a list question
    assert leads.answer(analyze("“两减一补”具体指哪三项任务？"), head, _span_at(head, "用改革的办法推进"))
    assert leads.answer(analyze("“两减一补”具体指哪五项任务？"), head, _span_at(head, "用改革的办法推进")) is None
    assert leads.answer(analyze("“两减一补”具体指哪几项任务？"), head, _span_at(head, "完善政策措施")) is None
    assert leads.answer(analyze("“两减一补”的目标是什么？"), head, _span_at(head, "用改革的办法推进")) is None
    # a heading whose paragraphs mostly open on long sentences sets out no points that way
    other = next(c for c in chunks if c.path[-1].startswith("（四）"))
    assert leads.answer(analyze("生态环境保护要做哪几项工作？"), other, _span_at(other, "加强生态环境保护")) is None


def test_a_paragraph_announcing_items_is_answered_by_the_run_right_after_it() -> None:
    chunks = _chunks()
    siblings: dict[tuple[str, str], list[int]] = {}
    for i, c in enumerate(chunks):
        if c.kind == "item":
            siblings.setdefault((c.source, c.parent), []).append(i)
    lead = next(c for c in chunks if "三项改革" in c.text and c.kind != "item")
    info = analyze("今后三年医疗卫生需要重点抓好的三项改革是什么？")
    got = structural_list(info, [("改革", 1.0), ("医疗卫生", 1.0)], lead, _span_at(lead, "需要重点抓好的三项改革"),
                          chunks, siblings, lambda terms, text: 1.0 if any(t in text for t, _ in terms) else 0.0)
    assert got, "the section's first list (教育: 一是…三是) must not hide the list the paragraph announces"
    assert "基本药物制度" in got[0] and "学前教育" not in got[0]


def test_a_clause_counting_items_is_answered_by_the_next_sentence_that_lists_them() -> None:
    text = "为实现改革目标，需要重点抓好的五项改革。主要包括：加快医疗保障建设，建立基本药物制度，健全服务体系，促进服务均等化，推进公立医院改革。"
    end = text.index("。") + 1
    got = list_after_colon(text, 0, end)
    assert got and text[got[0]:got[1]].startswith("加快医疗保障建设") and text[got[1]] == "。"
    # the count must match the clauses listed, and the clause must count something
    four = text.replace("五项改革", "四项改革")
    assert list_after_colon(four, 0, end) is None
    uncounted = "为实现改革目标，需要重点抓好这些改革。主要包括：加快医疗保障建设，建立基本药物制度，健全服务体系。"
    assert list_after_colon(uncounted, 0, uncounted.index("。") + 1) is None
    # items separated by 、 or ； need no count
    listed = "今年要抓好三件事。主要包括：稳增长、调结构、惠民生。"
    got = list_after_colon(listed, 0, listed.index("。") + 1)
    assert got and listed[got[0]:got[1]] == "稳增长、调结构、惠民生"


def test_points_announced_at_a_paragraphs_end_are_the_paragraphs_that_follow() -> None:
    chunks = _chunks()
    lead = next(c for c in chunks if c.text.rstrip().endswith("我们的主要体会是："))
    leads = LeadItems(chunks)
    got = leads.answer(analyze("过去一年的主要体会有哪几条？"), lead, _span_at(lead, "我们的主要体会是"))
    assert got and got[0].split("；") == ["——必须坚持稳中求进", "——必须坚持把人民群众利益放在第一位", "——必须坚持依法行政"]
    # the run stops at the first paragraph that opens on no point; a count must match; the span must announce
    assert leads.answer(analyze("过去一年的主要体会有哪四条？"), lead, _span_at(lead, "我们的主要体会是")) is None
    assert leads.answer(analyze("过去一年的主要体会有哪几条？"), lead, _span_at(lead, "大步推进各项事业")) is None
