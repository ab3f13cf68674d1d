"""A premier's term named in a question reaches the report reviewing it through every way in: ``ReportQA.search``,
the LangChain retriever and ``ask`` (the rewrite lives in the searcher). Invented reports, premiers and figures,
through the real model and a real Chroma."""
from __future__ import annotations

from pathlib import Path

import pytest

from qa import ReportQA

pytestmark = pytest.mark.integration

_NUMS = {2051: "三十一", 2052: "三十一", 2053: "三十一", 2056: "三十二", 2057: "三十二"}
_SESSION = {2051: "一", 2052: "二", 2053: "三", 2056: "一", 2057: "二"}
_PREMIER = {2051: "甲乙丙", 2052: "丁戊己", 2053: "丁戊己", 2056: "丁戊己", 2057: "丁戊己"}
_ROADS = {2051: 1200, 2052: 300, 2053: 350, 2056: 5400, 2057: 410}


def _report(year: int) -> str:
    review = ("过去五年，我们经受住了国际金融危机等严峻考验，各项事业取得新的进展" if _SESSION[year] == "一"
              else "过去一年")
    return (f"{year}年政府工作报告\n——{year}年3月5日在第{_NUMS[year]}届全国人民代表大会第{_SESSION[year]}次会议上\n"
            f"国务院总理 {_PREMIER[year]}\n各位代表：\n一、{review[:4]}的工作\n"
            f"{review}，交通建设稳步推进，{'建成' if year == 2056 else '新建'}高速公路{_ROADS[year]}公里，改造农村危桥一批。\n"
            f"二、{year}年的主要任务\n今年要继续加强水利建设，新增节水灌溉面积{year - 2000}万亩。\n")


@pytest.fixture(scope="module")
def terms_engine(tmp_path_factory) -> ReportQA:
    base = tmp_path_factory.mktemp("premiers")
    corpus = base / "corpus"
    corpus.mkdir()
    for year in _ROADS:
        (corpus / f"{year}.txt").write_text(_report(year), encoding="utf-8")
    return ReportQA.open(corpus=str(corpus), index_dir=str(base / "index"))


QUESTION = "丁戊己第一届政府任内新建了多少公里高速公路？"  # reviewed by the 2056 report (the next congress's first)


def test_search_and_retriever_reach_the_report_reviewing_the_term(terms_engine: ReportQA) -> None:
    top = terms_engine.search(QUESTION, k=2).hits[0]
    assert Path(top.chunk.source).name == "2056.txt"
    docs = terms_engine.as_retriever(k=2).invoke(QUESTION)
    assert Path(docs[0].metadata["source"]).name == "2056.txt"


def test_ask_answers_from_that_report(terms_engine: ReportQA) -> None:
    answer = terms_engine.ask(QUESTION)
    assert "5400公里" in answer.answer
    assert Path(answer.citations[0].source).name == "2056.txt"
