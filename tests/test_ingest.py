"""Ingest: boilerplate removal, header parsing and dedupe on synthetic pages (not the seed's lines)."""
from __future__ import annotations

import pytest

from qa.ingest.cleaning import clean_document, clean_lines, dedupe_lines, is_boilerplate, parse_header

BODY_A = "一是加快建设创新平台，全年新建省级以上研发机构二十个，带动社会投入十五亿元。"
BODY_B = "二是深化人才发展体制改革，引进高层次创新创业人才团队三十个，新增技能人才八千人。"
BODY_C = "一是推进老旧小区改造，完成改造项目一百二十个，惠及居民三万户，群众满意度明显提升。"


# --------------------------------------------------------------------------- cleaning
@pytest.mark.parametrize(
    "line",
    [
        "|",
        "||",
        "———",
        "* * *",
        "扫一扫在手机打开当前页",
        "打印本页 关闭窗口",
        "【打印本页】【关闭窗口】",
        "【字体：大 中 小】",
        "字体：【大 中 小】",
        "分享到：",
        "责任编辑：王五",
        "上一篇：关于做好春节期间安全生产工作的通知",
        "下一篇",
        "首页 > 政务公开 > 工作报告",
        "当前位置：首页",
        "版权所有 某某市人民政府办公厅",
        "Copyright © 2016 City Government",
    ],
)
def test_boilerplate_lines_are_recognised(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        # Content that merely mentions page furniture words, but is long: kept.
        "我们在全市三十多个社区开展“扫一扫在手机打开当前页”便民宣传活动，群众参与人数超过一万人次，反响良好。",
        "推行政务服务“打印本页、关闭窗口”式一次办结，全年办理业务十二万件，群众满意率达到百分之九十八。",
        "开发“字体大中小可调”的适老化政务网站，为全市六十岁以上老年人提供无障碍信息服务，访问量突破五十万次。",
        # Short real content without furniture words: kept.
        "一、总体情况",
        "（二）民生保障",
        "2016",
    ],
)
def test_content_lines_are_kept(line):
    assert not is_boilerplate(line)


def test_clean_lines_strips_and_counts():
    raw = (
        "\ufeff某市工作报告\r\n"
        "|\r\n"
        "\u3000\u3000一、总体情况  \r\n"
        "\r\n"
        "【字体：大 中 小】\n"
        "扫一扫在手机打开当前页\r"
        "全年地区生产总值增长\xa0百分之七。\u200b\n"
        "打印本页 关闭窗口\n"
    )
    kept, dropped = clean_lines(raw)
    assert kept == ["某市工作报告", "一、总体情况", "全年地区生产总值增长 百分之七。"]
    assert dropped == 4


def test_clean_document_removes_boilerplate_but_keeps_long_mentions():
    mention = "我们在全市三十多个社区开展“扫一扫在手机打开当前页”便民宣传活动，群众参与人数超过一万人次，反响良好。"
    raw = "\n".join([
        "某区2016年政府工作报告",
        "发布时间：2016-02-03",
        "|",
        "一、便民服务",
        mention,
        "【字体：大 中 小】",
        "扫一扫在手机打开当前页",
        "打印本页 关闭窗口",
        "|",
    ])
    doc = clean_document(raw, "r.txt")
    assert "|" not in doc.text
    assert "【字体" not in doc.text
    assert "打印本页" not in doc.text
    assert mention in doc.text
    assert doc.text.count("扫一扫在手机打开当前页") == 1  # only inside the kept paragraph
    assert doc.removed_boilerplate == 5


# --------------------------------------------------------------------------- header
def test_header_label_value_same_line():
    doc = clean_document("青禾市科技局2016年工作总结\n发布时间：2017年01月18日 09:30\n来源：青禾市科学技术局\n" + BODY_A, "a.txt")
    assert doc.title == "青禾市科技局2016年工作总结"
    assert doc.date == "2017年01月18日 09:30"
    assert doc.origin == "青禾市科学技术局"
    assert doc.text[: doc.header_end] == "青禾市科技局2016年工作总结\n发布时间：2017年01月18日 09:30\n来源：青禾市科学技术局"
    assert doc.text[doc.header_end + 1 :].startswith("一是加快建设创新平台")


def test_header_label_value_next_line():
    raw = "某市工作报告\n日期:\n2015年03月02日 10:15\n来源:\n市政府办公厅\n" + BODY_A
    doc = clean_document(raw, "b.txt")
    assert (doc.title, doc.date, doc.origin) == ("某市工作报告", "2015年03月02日 10:15", "市政府办公厅")
    assert doc.text[: doc.header_end].endswith("市政府办公厅")
    assert BODY_A in doc.text[doc.header_end :]


@pytest.mark.parametrize(
    "date_line, expected",
    [
        ("发布时间：2016-03-02", "2016-03-02"),
        ("发布日期: 2016/3/2", "2016/3/2"),
        ("日期：2016年3月2日", "2016年3月2日"),
        ("成文日期：2016.03.02", "2016.03.02"),
        ("Date: 2016-03-02", "2016-03-02"),
    ],
)
def test_header_date_variants(date_line, expected):
    doc = clean_document(f"某市工作报告\n{date_line}\n{BODY_A}", "d.txt")
    assert doc.date == expected
    assert date_line in doc.text[: doc.header_end]


def test_header_english_source():
    doc = clean_document("Annual Work Report\nPublished: 2016-03-02\nSource: City Office\nbody text of the report, long enough.", "e.txt")
    assert doc.title == "Annual Work Report"
    assert doc.date == "2016-03-02"
    assert doc.origin == "City Office"
    assert doc.text[: doc.header_end].endswith("Source: City Office")


def test_header_date_label_without_a_date_is_not_a_date():
    # "时间:" followed by a non-date is not the publication date.
    doc = clean_document("某市工作报告\n时间：全年\n来源：市统计局\n" + BODY_A, "f.txt")
    assert doc.date == ""
    assert doc.origin == "市统计局"


def test_no_header_at_all_plain_paragraphs():
    raw = BODY_A + "\n" + BODY_B
    doc = clean_document(raw, "g.txt")
    assert (doc.title, doc.date, doc.origin, doc.header_end) == ("", "", "", 0)
    assert doc.text == raw


def test_no_header_document_starting_with_a_heading():
    """The first outline heading is not a title: it must stay in the body (and in the section paths)."""
    raw = "一、总体情况\n" + BODY_A + "\n二、下一步打算\n" + BODY_B
    doc = clean_document(raw, "h.txt")
    assert doc.title == ""
    assert doc.header_end == 0
    assert doc.text == raw


def test_no_header_document_starting_with_a_short_sentence():
    raw = "今年全市经济运行平稳。\n" + BODY_A
    doc = clean_document(raw, "i.txt")
    assert doc.title == ""
    assert doc.header_end == 0


def test_title_only_header():
    doc = clean_document("某市科技创新促进条例\n第一条 为了促进科技创新，结合本市实际，制定本条例。", "j.txt")
    assert doc.title == "某市科技创新促进条例"
    assert doc.header_end == len("某市科技创新促进条例")


def test_markdown_title_has_no_hashes():
    doc = clean_document("# 某市发展和改革委员会工作总结\n\n## 一、工作成效\n" + BODY_A, "k.md")
    assert doc.title == "某市发展和改革委员会工作总结"
    assert doc.text[: doc.header_end] == "# 某市发展和改革委员会工作总结"


def test_header_is_never_deduped_and_labels_are_found_after_noise():
    raw = "|\n扫一扫在手机打开当前页\n某市工作报告\n来源：市政府\n" + BODY_A
    doc = clean_document(raw, "l.txt")
    assert doc.title == "某市工作报告"
    assert doc.origin == "市政府"
    assert doc.text.startswith("某市工作报告\n来源：市政府\n")


def test_parse_header_returns_line_count():
    fields, n = parse_header(["标题", "日期：2015-01-02", "来源：某局", BODY_A])
    assert n == 3
    assert fields == {"title": "标题", "date": "2015-01-02", "origin": "某局"}


# --------------------------------------------------------------------------- dedupe
def test_repeated_sections_are_dropped_once():
    lines = ["一、科技创新", BODY_A, BODY_B, "二、民生保障", BODY_C, "一、科技创新", BODY_A, BODY_B, "二、民生保障", BODY_C]
    kept, n = dedupe_lines(lines)
    assert kept == lines[:5]
    assert n == 5


def test_repeated_nested_headings_go_with_their_section():
    """A repeated "一、" / "（一）" chain above a repeated body leaves no orphan heading behind."""
    a = "加快建设创新平台，全年新建省级以上研发机构二十个，带动社会投入十五亿元。"
    b = "深化人才发展体制改革，引进高层次创新创业人才团队三十个，新增技能人才八千人。"
    lines = ["一、科技创新", "（一）平台建设", a, "（二）人才队伍", b]
    kept, n = dedupe_lines(lines + lines)
    assert kept == lines
    assert n == 5


def test_repeated_short_heading_with_new_content_is_kept():
    lines = ["主要做法", BODY_A, "主要做法", BODY_C]
    kept, n = dedupe_lines(lines)
    assert kept == lines
    assert n == 0


def test_repeated_short_heading_with_repeated_content_is_dropped():
    kept, n = dedupe_lines(["主要做法", BODY_A, "主要做法", BODY_A])
    assert kept == ["主要做法", BODY_A]
    assert n == 2


def test_dedupe_ignores_width_and_white_space():
    halfwidth = BODY_A.replace("，", ",").replace("。", "。")
    spaced = " ".join(BODY_A)
    kept, n = dedupe_lines([BODY_A, halfwidth, spaced])
    assert kept == [BODY_A]
    assert n == 2


def test_short_lines_alone_are_not_deduped():
    # Two different sections each with a short "小结" line followed by different text.
    kept, n = dedupe_lines(["小结", "好", "小结", "差"])
    assert n == 0 and kept == ["小结", "好", "小结", "差"]


def test_clean_document_dedupe_counts_and_text():
    raw = "\n".join(["某市报告", "来源：某局", "一、科技创新", BODY_A, BODY_B, "一、科技创新", BODY_A, BODY_B, "|", "扫一扫在手机打开当前页"])
    doc = clean_document(raw, "m.txt")
    assert doc.removed_duplicates == 3
    assert doc.removed_boilerplate == 2
    assert doc.text == "\n".join(["某市报告", "来源：某局", "一、科技创新", BODY_A, BODY_B])
    assert doc.text.count(BODY_A) == 1


def test_seed_report_is_cleaned():
    from conftest import SEED_FILE

    raw = SEED_FILE.read_text(encoding="utf-8")
    doc = clean_document(raw, SEED_FILE.name)
    assert doc.date.startswith("2015年01月10日")
    assert doc.origin == "科技部"
    assert doc.removed_duplicates > 0
    assert "扫一扫" not in doc.text
    assert "\n|" not in doc.text
    # every long paragraph appears once
    paras = [line for line in doc.text.split("\n") if len(line) >= 20]
    assert len(paras) == len(set(paras))
