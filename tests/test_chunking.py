"""Section-aware chunking on several synthetic report layouts and on the seed report.

Invariants checked on every layout: ``chunk.text == doc.text[start:end]``; chunks in document order,
non-overlapping and covering every non-blank character once; a bounded size; a heading line never forms a
chunk of its own when a body follows it.
"""
from __future__ import annotations

import re

import pytest

from qa.ingest.chunking import SECTION_SEP, ChunkingConfig, chunk_document, dated_section, heading_rank, short_label
from qa.ingest.cleaning import CleanDocument, clean_document

# (a) 一、/（一）/1. nesting, with numbers that contain a full stop and a thousands separator.
NESTED = """某市2016年政府工作报告
发布时间：2016年02月15日
来源：某市人民政府办公厅
一、2015年工作回顾
（一）经济运行稳中有进
1. 工业生产平稳增长
全年规模以上工业增加值完成530.53亿元，同比增长8.2%；工业用电量达到1,200万千瓦时。
2. 投资结构持续优化
固定资产投资完成900亿元，其中民间投资占比达到六成。
（二）城乡建设加快推进
一是交通路网不断完善，新建改建农村公路三百公里。二是城市更新提速，改造老旧小区四十个。三是生态环境持续改善，空气优良天数达到二百八十天。
二、2016年主要任务
（一）着力稳增长
全年地区生产总值增长7%左右，一般公共预算收入增长6%。
"""

# (b) legal style: 第X章 / 第X节 / 第X条, each article one line of text.
LEGAL = """某市科技创新促进条例
第一章 总则
第一条 为了促进科技创新，根据有关法律法规，结合本市实际，制定本条例。
第二条 本条例适用于本市行政区域内的科技创新活动及其管理和服务。
第二章 创新主体
第一节 企业
第三条 鼓励企业加大研发投入，市财政对研发投入超过500万元的企业给予奖励。
第四条 支持企业建设研发机构。
第二节 高校和科研机构
第五条 高校应当建立成果转化机制，转化收益的70%以上可以奖励科研团队。
"""

# (c) markdown headings, inline 一是…二是… after a colon, and a year-plan paragraph with item lines.
MARKDOWN = """# 某市发展和改革委员会工作总结

## 一、2015年工作成效

主要抓了三项重点工作：一是扩大有效投资，重点项目完成投资四百亿元；二是推进简政放权，取消行政审批事项五十项；三是优化营商环境，新登记市场主体两万户。

### （一）价格监管

全年开展价格监督检查一百二十次，查处价格违法案件四十六件。

2016年，市发改委将围绕稳增长、调结构、惠民生，重点抓好以下工作。
一是加快重大项目建设，全年计划完成投资四百五十亿元。
二是深化投融资体制改革，推广政府和社会资本合作模式，签约项目二十个。
"""

# (d) plain paragraphs, no headings, long sentences (each sentence shorter than max_chars).
_S1 = "今年以来全市上下认真贯彻落实各项决策部署，坚持稳中求进工作总基调，经济社会发展保持了总体平稳、稳中有进的良好态势。"
_S2 = "全年地区生产总值预计完成3,456.78亿元，同比增长百分之七点五，高于全省平均水平零点八个百分点；"
_S3 = "一般公共预算收入完成210.5亿元，同比增长百分之九，城镇居民人均可支配收入达到三万二千元！"
_S4 = "我们坚持把改革作为发展的根本动力，在重点领域和关键环节持续发力，市场活力进一步激发？"
_S5 = "全市新增城镇就业五万人，新开工保障性住房一万套，基本建成八千套。"
PLAIN = (_S1 + _S2 + _S3 + _S4 + _S5) + "\n" + "明年是全面建成小康社会决胜阶段的开局之年，做好经济工作意义重大。我们将继续坚持稳中求进。\n"

SMALL = ChunkingConfig(max_chars=120, min_chars=20)
NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)+")


def _chunks(raw: str, name: str = "doc.txt", config: ChunkingConfig | None = None):
    doc = clean_document(raw, name)
    return doc, chunk_document(doc, config)


def _heading_prefix_len(chunk) -> int:
    """Length of the heading lines (and a short colon lead) merged in front of the chunk's own unit."""
    lines = chunk.text.split("\n")
    n = 0
    for line in lines[:-1]:
        if heading_rank(line.strip()) is not None or re.match(r"(?:19|20)\d{2}年", line):
            n += len(line) + 1
        else:
            break
    return n


def check_invariants(doc: CleanDocument, chunks, config: ChunkingConfig | None = None) -> None:
    cfg = config or ChunkingConfig()
    assert chunks, "no chunks"
    prev_end = 0
    for i, c in enumerate(chunks):
        assert c.text == doc.text[c.start : c.end], f"chunk {i} is not an exact slice"
        assert c.text.strip() == c.text and c.text, f"chunk {i} has outer white space or is empty"
        assert c.ordinal == i and c.chunk_id == f"{doc.source}#{i}" and c.source == doc.source
        assert c.start >= prev_end, f"chunk {i} overlaps the previous one"
        assert doc.text[prev_end : c.start].strip() == "", f"text lost between chunks {i - 1} and {i}"
        prev_end = c.end
        # Size: pieces are packed to max_chars; a tail shorter than min_chars joins the piece before it,
        # and heading lines above the first piece are merged into it.
        assert len(c.text) - _heading_prefix_len(c) <= cfg.max_chars + cfg.min_chars, f"chunk {i} too long"
        assert c.section == SECTION_SEP.join(c.path)
        assert c.embed_text.endswith(c.text)
        if c.path:
            assert c.section in c.embed_text.split("\n")[0]
    assert doc.text[prev_end:].strip() == "", "text lost after the last chunk"


def _no_heading_only_chunks(chunks) -> None:
    """A chunk made only of heading lines may exist only at the very end (a heading with no body)."""
    for c in chunks[:-1]:
        if c.kind == "header":
            continue
        lines = [line for line in c.text.split("\n") if line.strip()]
        assert c.kind != "heading", f"orphan heading chunk: {c.text!r}"
        assert not all(heading_rank(line) is not None and len(line) < 40 and "。" not in line for line in lines), c.text


# --------------------------------------------------------------------------- (a) nested outline
def test_nested_outline_paths_and_offsets():
    doc, chunks = _chunks(NESTED)
    check_invariants(doc, chunks)
    _no_heading_only_chunks(chunks)
    assert chunks[0].kind == "header" and chunks[0].path == ("文档信息",)
    assert chunks[0].text == doc.text[: doc.header_end]
    def find(prefix):
        return next(c for c in chunks if c.text.split("\n")[-1].startswith(prefix))

    c = find("全年规模以上")
    assert c.path == ("一、2015年工作回顾", "（一）经济运行稳中有进", "1. 工业生产平稳增长")
    # the three headings above the first body are part of its chunk, not chunks of their own
    assert c.text.startswith("一、2015年工作回顾\n（一）经济运行稳中有进\n1. 工业生产平稳增长\n")
    assert find("固定资产投资").path == ("一、2015年工作回顾", "（一）经济运行稳中有进", "2. 投资结构持续优化")
    assert find("固定资产投资").text.startswith("2. 投资结构持续优化\n")
    items = [c for c in chunks if c.kind == "item"]
    assert [c.item[:2] for c in items] == ["一是", "二是", "三是"]
    assert items[1].section == "一、2015年工作回顾 › （二）城乡建设加快推进 › 二是城市更新提速，改造老旧小区四十个"
    assert all(c.parent == "一、2015年工作回顾 › （二）城乡建设加快推进" for c in items)
    assert items[0].text.startswith("（二）城乡建设加快推进\n一是")
    last = chunks[-1]
    assert last.path == ("二、2016年主要任务", "（一）着力稳增长")  # 二、 closes every level of 一、


# --------------------------------------------------------------------------- (b) legal style
def test_legal_style_articles_are_chunks_with_chapter_and_section():
    doc, chunks = _chunks(LEGAL)
    check_invariants(doc, chunks)
    _no_heading_only_chunks(chunks)
    assert doc.title == "某市科技创新促进条例" and chunks[0].kind == "header"
    articles = [c for c in chunks if c.kind != "header"]
    assert len(articles) == 5, [c.text for c in articles]
    for n, c in zip("一二三四五", articles):
        assert c.path[-1].startswith(f"第{n}条"), c.path
        assert f"第{n}条" in c.text
    assert articles[0].path[:-1] == ("第一章 总则",)
    assert articles[1].path[:-1] == ("第一章 总则",)
    assert articles[2].path[:-1] == ("第二章 创新主体", "第一节 企业")
    assert articles[3].path[:-1] == ("第二章 创新主体", "第一节 企业")
    assert articles[4].path[:-1] == ("第二章 创新主体", "第二节 高校和科研机构")
    assert articles[2].text.startswith("第二章 创新主体\n第一节 企业\n第三条")
    assert "500万元" in articles[2].text and "70%" in articles[4].text


# --------------------------------------------------------------------------- (c) markdown + inline items
def test_markdown_inline_items_and_year_plan():
    doc, chunks = _chunks(MARKDOWN, "fgw.md")
    check_invariants(doc, chunks)
    _no_heading_only_chunks(chunks)
    assert doc.title == "某市发展和改革委员会工作总结"
    first = [c for c in chunks if c.kind == "item" and "四百亿元" in c.text][0]
    # the inline enumeration after "：" is three items; the short lead stays with the first one
    inline = [c for c in chunks if c.parent == "一、2015年工作成效"]
    assert [c.item for c in inline] == [
        "一是扩大有效投资，重点项目完成投资四百亿元",
        "二是推进简政放权，取消行政审批事项五十项",
        "三是优化营商环境，新登记市场主体两万户",
    ]
    assert first is inline[0]
    assert first.text.startswith("## 一、2015年工作成效\n主要抓了三项重点工作：一是")
    assert inline[1].section == "一、2015年工作成效 › 二是推进简政放权，取消行政审批事项五十项"
    # a markdown subsection
    sub = [c for c in chunks if "价格监督检查" in c.text][0]
    assert sub.path == ("一、2015年工作成效", "（一）价格监管")
    # the year-plan paragraph opens its own part; the item lines below it are its children
    plan = [c for c in chunks if c.text.startswith("2016年，市发改委将")][0]
    assert plan.kind == "paragraph"
    assert plan.path[-1] == "2016年，市发改委将围绕稳增长、调结构、惠民生"
    assert "（一）价格监管" not in plan.path
    plan_items = [c for c in chunks if c.parent == plan.section]
    assert [c.item[:2] for c in plan_items] == ["一是", "二是"]
    assert plan_items[0].section == plan.section + " › 一是加快重大项目建设，全年计划完成投资四百五十亿元"
    assert plan_items[1].text == "二是深化投融资体制改革，推广政府和社会资本合作模式，签约项目二十个。"


def test_year_paragraph_under_a_bare_heading_is_its_body():
    """A national report opens each part with a heading and then a year paragraph ("一、过去一年工作回顾" /
    "2021年，全国…"): the paragraph is the heading's body, so the part keeps its heading in every path."""
    text = ("某国2022年政府工作报告\n一、过去一年工作回顾\n2021年，全国上下共同努力，经济稳定恢复。\n"
            "（一）稳定经济运行\n财政收入增长5%左右。\n二、2022年主要任务\n2022年是关键之年，任务繁重。\n"
            "（一）扩大内需\n投资增长6%。\n")
    doc, chunks = _chunks(text, "national.txt")
    check_invariants(doc, chunks)
    review = [c for c in chunks if "财政收入" in c.text][0]
    plan = [c for c in chunks if "投资增长" in c.text][0]
    assert review.path[0] == "一、过去一年工作回顾" and plan.path[0] == "二、2022年主要任务"
    assert {c.path[0] for c in chunks if c.path} == {"文档信息", "一、过去一年工作回顾", "二、2022年主要任务"}
    lead = [c for c in chunks if "经济稳定恢复" in c.text][0]
    assert lead.path == ("一、过去一年工作回顾",) and lead.text.startswith("一、过去一年工作回顾\n2021年")
    # search sees the part's year the heading implies; the cited section stays verbatim
    assert doc.title == "某国2022年政府工作报告"
    assert review.embed_text.startswith("某国2022年政府工作报告 › 一、过去一年工作回顾（2021年）")
    assert review.section.startswith("一、过去一年工作回顾") and "2021年）" not in review.section
    assert plan.embed_text.startswith("某国2022年政府工作报告 › 二、2022年主要任务")  # names its year already


def test_dated_section():
    assert dated_section(("一、去年工作回顾", "（一）就业"), 2022) == "一、去年工作回顾（2021年） › （一）就业"
    assert dated_section(("二、今年主要任务",), 2022) == "二、今年主要任务（2022年）"
    assert dated_section(("一、过去五年工作回顾",), 2022) == "一、过去五年工作回顾"  # five years: no one year
    assert dated_section(("一、2021年工作回顾",), 2022) == "一、2021年工作回顾"
    assert dated_section(("一、去年工作回顾",), 0) == "一、去年工作回顾"  # an undated document
    assert dated_section((), 2022) == ""


# --------------------------------------------------------------------------- (d) plain paragraphs
def test_plain_paragraphs_split_at_sentence_ends_only():
    doc, chunks = _chunks(PLAIN, "plain.txt", SMALL)
    check_invariants(doc, chunks, SMALL)
    assert doc.header_end == 0 and all(c.path == () for c in chunks)
    first_para_end = doc.text.index("\n")
    pieces = [c for c in chunks if c.end <= first_para_end]
    assert len(pieces) >= 2, [c.text for c in pieces]
    for c in pieces:
        assert c.text[-1] in "。；;！？!?", f"cut inside a sentence: {c.text!r}"
    # the pieces are whole sentences: every sentence lies in exactly one chunk
    for s in (_S1, _S2, _S3, _S4, _S5):
        assert sum(s in c.text for c in chunks) == 1, s
    for c in chunks:
        assert len(c.text) <= SMALL.max_chars + SMALL.min_chars
    assert chunks[-1].text.startswith("明年是全面建成小康社会")


def test_numbers_are_never_cut():
    """Sentence ends inside numbers (530.53) and thousands separators (1,200) are not cut points, even
    when an over-long sentence must be split at its commas."""
    cfg = ChunkingConfig(max_chars=60, min_chars=10)
    for pad in range(0, 80, 3):
        text = "甲" * pad + "，全年完成投资1,200亿元，增加值530.53亿元，" + "乙" * 30 + "，" + "丙" * 30 + "。"
        doc = CleanDocument("n.txt", text)
        chunks = chunk_document(doc, cfg)
        check_invariants(doc, chunks, cfg)
        joined = [c.text for c in chunks]
        assert sum("1,200亿元" in t for t in joined) == 1, (pad, joined)
        assert sum("530.53亿元" in t for t in joined) == 1, (pad, joined)
        for t in joined:
            for m in NUMBER_RE.finditer(doc.text):
                # a number is either wholly inside a chunk or wholly outside it
                s = doc.text.find(t)
                inside = s <= m.start() and m.end() <= s + len(t)
                outside = m.end() <= s or m.start() >= s + len(t)
                assert inside or outside, (pad, t, m.group())


def test_long_item_split_at_sentence_ends_keeps_label_and_path():
    sent = "围绕重点产业链组织实施关键核心技术攻关项目，全年共安排财政科技资金3.25亿元，带动社会研发投入18.6亿元。"
    para = "一是强化关键核心技术攻关。" + sent * 4 + "二是完善科技成果转化机制。全年技术合同成交额达到1,234.5亿元。"
    raw = "一、科技创新\n" + para
    doc, chunks = _chunks(raw, "long.txt", SMALL)
    check_invariants(doc, chunks, SMALL)
    first = [c for c in chunks if c.item.startswith("一是")]
    assert len(first) >= 2, "a long item is split into several chunks"
    assert all(c.path == ("一、科技创新", "一是强化关键核心技术攻关") for c in first)
    for c in first:
        assert c.text[-1] in "。；;！？!?"
    assert first[0].text.startswith("一、科技创新\n一是")
    assert all(m.group() in ("3.25", "18.6") for c in first for m in NUMBER_RE.finditer(c.text))
    second = [c for c in chunks if c.item.startswith("二是")]
    assert len(second) == 1 and "1,234.5亿元" in second[0].text


def test_heading_without_body_at_the_end():
    doc, chunks = _chunks("一、总体情况\n全年经济平稳增长，各项指标完成良好。\n二、下一步打算")
    check_invariants(doc, chunks)
    assert chunks[-1].kind == "heading" and chunks[-1].text == "二、下一步打算"
    assert chunks[0].path == ("一、总体情况",)
    assert chunks[0].text.startswith("一、总体情况\n")


def test_a_single_midparagraph_yishi_is_not_an_enumeration():
    doc, chunks = _chunks("（一）民生\n今年的重点一是稳就业，这是最大的民生。")
    # "重点一是" is not after a sentence end: one paragraph
    assert [c.kind for c in chunks] == ["paragraph"]


@pytest.mark.parametrize(
    "line, rank",
    [
        ("第一部分 总体要求", 0),
        ("第一章 总则", 1),
        ("第二节 企业", 2),
        ("一、总体情况", 3),
        ("十二、其他", 3),
        ("（一）稳增长", 4),
        ("(二)促改革", 4),
        ("1. 工业生产", 5),
        ("2、投资结构", 5),
        ("1.1 总体目标", 6),
        ("（1）具体措施", 7),
        ("① 第一项", 7),
        ("第三条 本条例自公布之日起施行。", 8),
        ("# 标题", 0),
        ("### 小节", 2),
        ("一是加快发展", None),
        ("2015年，全市经济平稳", None),
        ("530.53亿元", None),
        ("3.8亿元投入", None),
    ],
)
def test_heading_rank(line, rank):
    assert heading_rank(line) == rank


def test_short_label():
    assert short_label("一是大力培育科技企业小巨人。着眼推动产业集群化发展") == "一是大力培育科技企业小巨人"
    assert short_label("## 一、工作成效") == "一、工作成效"
    long = short_label("二" * 60)
    assert len(long) == 40 and long.endswith("…")


# --------------------------------------------------------------------------- the seed report
def test_seed_chunks_cover_each_paragraph_once():
    from conftest import SEED_FILE

    raw = SEED_FILE.read_text(encoding="utf-8")
    doc, chunks = _chunks(raw, SEED_FILE.name)
    check_invariants(doc, chunks)
    _no_heading_only_chunks(chunks)
    assert chunks[0].kind == "header" and chunks[0].ordinal == 0
    assert chunks[0].text == doc.text[: doc.header_end]
    assert "来源" in chunks[0].text and doc.date in chunks[0].text
    texts = [c.text for c in chunks]
    assert len(texts) == len(set(texts)), "duplicate chunk texts"
    # every paragraph of the raw page (after boilerplate) is in exactly one chunk, although the page repeats them
    paragraphs = {line.strip() for line in raw.splitlines() if len(line.strip()) >= 20}
    for p in paragraphs:
        for sentence in re.split(r"(?<=。)", p):
            if len(sentence) >= 15:
                assert sum(sentence in t for t in texts) == 1, sentence[:30]
    # enumerated items have their section path
    item_paths = [c.section for c in chunks if c.kind == "item"]
    assert any(p.startswith("一、") and SECTION_SEP + "二是" in p for p in item_paths)
    for c in chunks:
        if c.kind == "item":
            assert c.parent and c.section.startswith(c.parent) and c.path[-1] == c.item


SALUTATIONS = """一、过去一年的工作
各位代表！
一年来，我们主要做了以下工作：
经济平稳较快发展，国内生产总值达到三十万亿元，比上年增长百分之九，城乡居民收入稳步增加。
城镇新增就业一千万人，登记失业率控制在百分之四以内，社会保障覆盖面继续扩大，新农合覆盖全部县。
各位代表！
二、今年的主要任务
今年经济社会发展的主要预期目标是：国内生产总值增长百分之八左右，居民消费价格涨幅控制在百分之三。
谢谢大家。
"""


def test_short_paragraphs_lead_the_next_passage_or_end_the_last():
    doc, chunks = _chunks(SALUTATIONS, "speech.txt")
    check_invariants(doc, chunks)
    assert all(len(c.text) >= ChunkingConfig().min_chars for c in chunks if c.kind == "paragraph")
    first = [c for c in chunks if "三十万亿元" in c.text][0]
    assert first.text.startswith("一、过去一年的工作\n各位代表！\n一年来，我们主要做了以下工作：\n经济平稳较快发展")
    # the salutation before the next heading ends the last passage of its own section, not the next section's
    jobs = [c for c in chunks if "一千万人" in c.text][0]
    assert jobs.text.endswith("各位代表！") and jobs.path == ("一、过去一年的工作",)
    # the closing words end the document's last passage
    target = [c for c in chunks if "百分之八左右" in c.text][0]
    assert target.text.endswith("谢谢大家。") and target.path == ("二、今年的主要任务",)


def test_a_document_of_short_paragraphs_is_still_chunked():
    doc, chunks = _chunks("各位代表！\n谢谢大家。\n", "tiny.txt")
    check_invariants(doc, chunks)
    assert chunks and "谢谢大家" in chunks[-1].text
