"""A premier's term or first/last report named in a question, resolved to the report from the reports' own opening
lines (congress session, premier): pure logic on synthetic openings with invented names and years."""
from __future__ import annotations

from qa.retrieve.premiers import PremierTerms, governments


def _opening(year: int, npc: str, session: str, premier: str = "") -> tuple[int, list[str]]:
    lines = [f"{year}年政府工作报告", f"——{year}年3月5日在第{npc}届全国人民代表大会第{session}次会议上"]
    return year, lines + ([f"国务院总理 {premier}"] if premier else []) + ["各位代表："]


# the government of the 30th congress (premier 甲乙丙, reviewed in 2051) and two of 丁戊己 (31st, 32nd)
OPENINGS = [_opening(2051, "三十一", "一", "甲乙丙"),
            _opening(2052, "三十一", "二"), _opening(2053, "三十一", "三", "丁戊己"),
            _opening(2056, "三十二", "一"),  # no premier named: its government's other reports name him
            _opening(2057, "三十二", "二", "丁戊己"), _opening(2061, "三十三", "一", "丁戊己")]


def test_governments_from_sessions_and_names() -> None:
    govs = governments(OPENINGS)
    assert [(g.premier, g.npc, g.reports, g.review) for g in govs] == [
        ("甲乙丙", 30, (2051,), 2051), ("丁戊己", 31, (2052, 2053, 2056), 2056),
        ("丁戊己", 32, (2057, 2061), 2061)]


def test_a_term_is_resolved_to_the_report_reviewing_it() -> None:
    terms = PremierTerms(governments(OPENINGS))
    assert terms.rewrite("丁戊己第二届政府五年里，新建公路多少公里？").startswith("据2061年报告，")
    assert terms.rewrite("丁戊己政府第一个任期内，新增就业多少？").startswith("据2056年报告，")
    assert terms.rewrite("甲乙丙那届政府任内一共新建了多少机场？").startswith("据2051年报告，")
    assert terms.rewrite("丁戊己最后一份政府工作报告里提到了什么？") == "2061年政府工作报告里提到了什么？"
    assert terms.rewrite("丁戊己第一次作政府工作报告时说了什么？") == "2052年政府工作报告时说了什么？"


def test_unclear_or_dated_questions_are_left_alone() -> None:
    terms = PremierTerms(governments(OPENINGS))
    for q in ("丁戊己这届政府五年里新建了多少公路？",  # two governments: which one?
              "甲乙丙政府上任前的2049年，贫困人口有多少？",  # a year named
              "新建公路多少公里？"):
        assert terms.rewrite(q) == q
    assert PremierTerms([]).rewrite("甲乙丙政府任内新建多少？") == "甲乙丙政府任内新建多少？"
