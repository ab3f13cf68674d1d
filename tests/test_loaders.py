"""Tests for qa.loaders. Every fixture is generated in tmp_path (no binary files in git, no network).

The Chinese-PDF test needs matplotlib plus a CJK TrueType font (Debian: ``apt-get install
fonts-wqy-microhei``); it is skipped, not failed, when either is missing. The other PDF tests
use a hand-written PDF with the built-in Helvetica font and need nothing extra.
"""
from __future__ import annotations

import random
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from qa.errors import CorpusError
from qa.ingest.loaders import (
    SUPPORTED_SUFFIXES,
    LoadedDocument,
    _join_wrapped_cjk_lines,
    load_document,
)

# --------------------------------------------------------------------------- fixture generators

REPORT_LINES = [
    "政府工作报告",
    "一、2023年工作回顾",
    "过去一年，我们坚持稳中求进工作总基调，经济运行",
    "总体回升向好。",
    "（一）稳增长",
    "国内生产总值增长5.2%。",
]


def make_docx(path: Path, *, core_title: str = "") -> Path:
    """A .docx with Chinese Title/Heading styles, body paragraphs and a 3x3 table (one merged cell)."""
    import docx

    document = docx.Document()
    document.core_properties.title = core_title
    document.add_paragraph("前言：本文件为测试。")  # Normal style, must not become the title
    document.add_heading("政府工作报告", level=1)
    document.add_paragraph("过去一年，我们坚持稳中求进工作总基调。")
    document.add_paragraph("")  # empty paragraph is dropped
    document.add_heading("一、主要指标", level=2)
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate([["指标", "目标", "实际"], ["GDP增速", "5%左右", "5.2%"], ["备注", "", ""]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    merged = table.cell(2, 1).merge(table.cell(2, 2))
    merged.text = "合并单元格"
    document.add_paragraph("表后段落。")
    document.save(str(path))
    return path


def _pdf_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_text_pdf(path: Path, pages: list[list[str]], *, title: str | None = None) -> Path:
    """A minimal valid PDF (built-in Helvetica, ASCII only) with one text line per entry.

    Written by hand so PDF tests do not depend on fonts or plotting libraries being installed.
    ``pages=[[]]`` gives a page without any text, i.e. what a scanned PDF looks like to pypdf.
    """
    objects: list[bytes] = []
    n_pages = len(pages)
    # 1 catalog, 2 pages tree, 3 font, then (page, content) pairs, then optional info.
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(n_pages))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for i, lines in enumerate(pages):
        ops = ["BT", "/F1 12 Tf", "72 720 Td", "16 TL"]
        for line in lines:
            ops.append(f"({_pdf_escape(line)}) Tj T*")
        ops.append("ET")
        stream = "\n".join(ops).encode("latin-1")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    info_ref = ""
    if title is not None:
        objects.append(f"<< /Title ({_pdf_escape(title)}) >>".encode("latin-1"))
        info_ref = f" /Info {len(objects)} 0 R"

    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R{info_ref} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))
    return path


def find_cjk_font() -> str | None:
    """Path of an installed font that covers Chinese, via fontconfig; None if there is none."""
    if shutil.which("fc-list") is None:
        return None
    result = subprocess.run(
        ["fc-list", ":lang=zh", "file"], capture_output=True, text=True, timeout=30, check=False
    )
    for line in result.stdout.splitlines():
        candidate = line.split(":")[0].strip()
        if candidate.lower().endswith((".ttf", ".ttc", ".otf")) and Path(candidate).is_file():
            return candidate
    return None


def make_cjk_pdf(path: Path, lines: list[str], font_path: str, *, title: str = "") -> Path:
    """A one-page PDF with Chinese text lines, via matplotlib with an embedded TrueType (Type 42) font.

    Type 42 embedding keeps a ToUnicode map, which is what lets pypdf extract the Chinese back.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib import font_manager

    matplotlib.rcParams["pdf.fonttype"] = 42
    font_manager.fontManager.addfont(font_path)
    prop = font_manager.FontProperties(fname=font_path)
    fig = plt.figure(figsize=(8.27, 11.69))
    try:
        for i, line in enumerate(lines):
            fig.text(0.08, 0.92 - i * 0.04, line, fontproperties=prop, fontsize=12)
        fig.savefig(str(path), format="pdf", metadata={"Title": title} if title else None)
    finally:
        plt.close(fig)
    return path


# --------------------------------------------------------------------------- contract


def test_supported_suffixes_contract():
    assert SUPPORTED_SUFFIXES == (".txt", ".md", ".html", ".htm", ".pdf", ".docx")


# --------------------------------------------------------------------------- txt / md


def test_utf8_txt_keeps_content_and_normalises_newlines(tmp_path):
    p = tmp_path / "report.txt"
    p.write_bytes("政府工作报告\r\n\r\n  各位代表：\r现在，我代表国务院。\n".encode("utf-8"))
    doc = load_document(p)
    assert isinstance(doc, LoadedDocument)
    assert doc.format == "txt"
    assert doc.path == p
    assert doc.title == ""
    assert doc.text == "政府工作报告\n\n  各位代表：\n现在，我代表国务院。\n"


def test_utf8_bom_is_stripped(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes("\ufeff政府工作报告".encode("utf-8"))
    assert load_document(p).text == "政府工作报告"


def test_gbk_chinese_txt_is_decoded(tmp_path):
    text = "政府工作报告\n过去一年，我们坚持稳中求进工作总基调，经济总体回升向好。\n"
    p = tmp_path / "gbk.txt"
    p.write_bytes(text.encode("gbk"))
    assert load_document(p).text == text


def test_binary_garbage_txt_raises(tmp_path):
    p = tmp_path / "garbage.txt"
    p.write_bytes(random.Random(0).randbytes(4096))
    with pytest.raises(CorpusError, match=r"garbage\.txt.*not UTF-8"):
        load_document(p)


def test_nul_bytes_are_rejected_even_if_valid_utf8(tmp_path):
    p = tmp_path / "zeros.txt"
    p.write_bytes(b"\x00" * 64)
    with pytest.raises(CorpusError, match="zeros.txt"):
        load_document(p)


@pytest.mark.parametrize(
    "payload",
    [
        "丂丄丅丆丏丒丗丟丠両丣並丩丮丯丱丳丵丷丼乀乁乂乄乆乊乑".encode("gb18030"),  # rare GBK-extension hanzi
        "café naïve résumé".encode("cp1252"),  # Latin-1 text: GB18030 decoding would be mojibake
    ],
)
def test_gb18030_decodable_but_implausible_text_is_rejected(tmp_path, payload):
    p = tmp_path / "odd.txt"
    p.write_bytes(payload)
    with pytest.raises(CorpusError, match="not UTF-8 text"):
        load_document(p)


def test_markdown_headings_and_emphasis(tmp_path):
    p = tmp_path / "r.md"
    p.write_text(
        "# 政府工作报告\r\n\r\n## 一、**工作回顾** ##\n正文有**重点**内容。\n#标签不是标题\n"
        "```\n# code comment\n```\n",
        encoding="utf-8",
    )
    doc = load_document(p)
    assert doc.format == "md"
    assert doc.title == "政府工作报告"
    assert doc.text.split("\n") == [
        "政府工作报告",
        "",
        "一、工作回顾",
        "正文有重点内容。",
        "#标签不是标题",
        "```",
        "# code comment",
        "```",
        "",
    ]


# --------------------------------------------------------------------------- html

HTML_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>2024年政府工作报告</title>
<style>p { color: red }</style>
<script>var msg = "脚本里的中文不应出现";</script></head>
<body class="has-sidebar">
<header><h1>中国政府网</h1></header>
<nav><a href="/">首页</a> <a href="/zc">政策</a></nav>
<div class="breadcrumb">首页 &gt; 政策 &gt; 报告</div>
<div id="main-content">
  <h2>一、2023年工作回顾</h2>
  <p>　　过去一年，我们坚持稳中求进工作总基调，
     经济总体回升向好。</p>
  <p>国内生产总值<b>增长5.2%</b>。<br>城镇新增就业1244万人。</p>
  <!-- 注释不应出现 -->
  <ul><li>第一项</li><li>第二项</li></ul>
  <table><tr><th>指标</th><th>数值</th></tr><tr><td>GDP</td><td>5.2%</td></tr></table>
  <p>   </p>
  <div class="share-box">分享到微信</div>
  <div class="canvas-unavailable">保留这段</div>
</div>
<aside id="sidebar">相关链接</aside>
<div class="footer-links">网站地图</div>
<footer>版权所有</footer>
<noscript>请启用脚本</noscript>
<form><input name="q">搜索</form>
</body></html>
"""


def test_html_keeps_body_and_drops_chrome(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(HTML_PAGE, encoding="utf-8")
    doc = load_document(p)
    assert doc.format == "html"
    assert doc.title == "2024年政府工作报告"
    assert doc.text.split("\n") == [
        "一、2023年工作回顾",
        "过去一年，我们坚持稳中求进工作总基调， 经济总体回升向好。",
        "国内生产总值增长5.2%。",
        "城镇新增就业1244万人。",
        "第一项",
        "第二项",
        "指标\t数值",
        "GDP\t5.2%",
        "保留这段",
    ]
    for dropped in ("脚本", "首页", "分享", "相关链接", "网站地图", "版权", "请启用", "搜索", "注释", "color", "<"):
        assert dropped not in doc.text


def test_html_title_falls_back_to_h1_and_htm_suffix(tmp_path):
    p = tmp_path / "page.HTM"
    p.write_text("<html><body><h1>关于 2024年\n计划的报告</h1><p>正文。</p></body></html>", encoding="utf-8")
    doc = load_document(p)
    assert doc.format == "html"
    assert doc.title == "关于 2024年 计划的报告"
    assert doc.text == "关于 2024年 计划的报告\n正文。"


def test_html_article_header_is_kept_but_nested_chrome_is_not(tmp_path):
    p = tmp_path / "article.html"
    p.write_text(
        "<html><body><header>网站标题</header><article><header><h1>报告标题</h1></header>"
        "<div class='nav'><h1>不是导航</h1></div><div class='subnav'>子导航</div>"
        "<p>正文。</p><footer>文章页脚</footer></article></body></html>",
        encoding="utf-8",
    )
    doc = load_document(p)
    assert doc.title == "报告标题"
    assert doc.text == "报告标题\n不是导航\n正文。"


def test_gbk_html_is_decoded(tmp_path):
    p = tmp_path / "gbk.html"
    html = '<html><head><meta charset="gb2312"><title>政府工作报告</title></head><body><p>经济总体回升向好。</p></body></html>'
    p.write_bytes(html.encode("gbk"))
    doc = load_document(p)
    assert doc.title == "政府工作报告"
    assert doc.text == "经济总体回升向好。"


# --------------------------------------------------------------------------- docx


def test_docx_paragraphs_tables_and_heading_title(tmp_path):
    doc = load_document(make_docx(tmp_path / "r.docx"))
    assert doc.format == "docx"
    assert doc.title == "政府工作报告"
    assert doc.text.split("\n") == [
        "前言：本文件为测试。",
        "政府工作报告",
        "过去一年，我们坚持稳中求进工作总基调。",
        "一、主要指标",
        "指标\t目标\t实际",
        "GDP增速\t5%左右\t5.2%",
        "备注\t合并单元格",
        "表后段落。",
    ]


def test_docx_core_property_title_wins(tmp_path):
    doc = load_document(make_docx(tmp_path / "r.docx", core_title="2024年政府工作报告"))
    assert doc.title == "2024年政府工作报告"


@pytest.mark.parametrize("kind", ["garbage", "zip_without_document"])
def test_corrupt_docx_raises(tmp_path, kind):
    p = tmp_path / "bad.docx"
    if kind == "garbage":
        p.write_bytes(b"PK\x03\x04 this is not really a zip")
    else:
        with zipfile.ZipFile(p, "w") as zf:
            zf.writestr("hello.txt", "no word/document.xml here")
    with pytest.raises(CorpusError, match=r"bad\.docx.*corrupt DOCX") as info:
        load_document(p)
    assert "\n" not in str(info.value)


def test_empty_docx_has_no_text(tmp_path):
    import docx

    p = tmp_path / "empty.docx"
    docx.Document().save(str(p))
    with pytest.raises(CorpusError, match=r"empty\.docx.*no extractable text"):
        load_document(p)


# --------------------------------------------------------------------------- pdf


def test_cjk_pdf_text_is_extracted_and_wraps_joined(tmp_path):
    pytest.importorskip("matplotlib")
    font = find_cjk_font()
    if font is None:
        pytest.skip("no CJK font installed (apt-get install fonts-wqy-microhei)")
    p = make_cjk_pdf(tmp_path / "report.pdf", REPORT_LINES, font, title="2024年政府工作报告")
    doc = load_document(p)
    assert doc.format == "pdf"
    assert doc.title == "2024年政府工作报告"
    assert doc.text.split("\n") == [
        "政府工作报告",  # stays apart: the next line starts "一、"
        "一、2023年工作回顾",
        "过去一年，我们坚持稳中求进工作总基调，经济运行总体回升向好。",
        "（一）稳增长",
        "国内生产总值增长5.2%。",
    ]


def test_english_pdf_multi_page_and_metadata_title(tmp_path):
    p = make_text_pdf(
        tmp_path / "en.pdf",
        [["Government Work Report", "The economy grew by", "5.2 percent."], ["Page two (final)."]],
        title="Microsoft Word - Work Report 2024.docx",
    )
    doc = load_document(p)
    assert doc.format == "pdf"
    assert doc.title == "Work Report 2024"
    # English wraps are not joined; pages are separated by a newline.
    assert doc.text.split("\n") == [
        "Government Work Report",
        "The economy grew by",
        "5.2 percent.",
        "Page two (final).",
    ]


def test_pdf_without_text_raises(tmp_path):
    p = make_text_pdf(tmp_path / "scan.pdf", [[], []])
    with pytest.raises(CorpusError, match=r"scan\.pdf.*no extractable text"):
        load_document(p)


@pytest.mark.parametrize(
    "payload", [b"%PDF-1.4\nthis is not a pdf at all\n%%EOF\n", b"\x89PNG\r\n\x1a\n not a pdf"]
)
def test_corrupt_pdf_raises(tmp_path, payload):
    p = tmp_path / "broken.pdf"
    p.write_bytes(payload)
    with pytest.raises(CorpusError, match=r"broken\.pdf") as info:
        load_document(p)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # wrapped paragraph: no sentence end, next line is plain text -> joined without a space
        ("我们坚持稳中求进工作总\n基调，经济总体回升向好。", "我们坚持稳中求进工作总基调，经济总体回升向好。"),
        # comma at line end is not final either
        ("经济总体回升，\n向好。", "经济总体回升，向好。"),
        # sentence-final punctuation keeps the break
        ("经济回升向好。\n就业保持稳定。", "经济回升向好。\n就业保持稳定。"),
        ("各位代表：\n现在，我代表国务院", "各位代表：\n现在，我代表国务院"),
        ("他说“好”\n然后", "他说“好”\n然后"),
        # next line starts a heading / list pattern
        ("工作回顾\n一、经济", "工作回顾\n一、经济"),
        ("工作回顾\n（二）扩大内需", "工作回顾\n（二）扩大内需"),
        ("工作回顾\n(2)扩大内需", "工作回顾\n(2)扩大内需"),
        ("主要做了以下工作\n一是扩大内需", "主要做了以下工作\n一是扩大内需"),
        ("目录\n第三章 总体要求", "目录\n第三章 总体要求"),
        ("重点任务\n1. 扩大内需", "重点任务\n1. 扩大内需"),
        ("增长\n1.5个百分点", "增长1.5个百分点"),  # "1.5" is a number, not a list item
        # a short numbered heading line is not glued to the body after it
        ("（一）稳增长\n国内生产总值增长", "（一）稳增长\n国内生产总值增长"),
        # a numbered line with sentence punctuation is body text and may wrap
        ("一是坚持稳中求进，推动经济\n持续回升", "一是坚持稳中求进，推动经济持续回升"),
        # page numbers and dash lines stay apart; empty lines are dropped
        ("经济运行\n— 2 —\n总体平稳", "经济运行\n— 2 —\n总体平稳"),
        ("经济运行\n\n  \n总体平稳", "经济运行总体平稳"),
        ("政府工作报告\n——2024年3月5日", "政府工作报告\n——2024年3月5日"),
        # Latin-script lines are never joined
        ("The economy grew by\n5.2 percent.", "The economy grew by\n5.2 percent."),
    ],
)
def test_join_wrapped_cjk_lines(raw, expected):
    assert _join_wrapped_cjk_lines(raw) == expected


# --------------------------------------------------------------------------- generic errors


def test_unsupported_suffix_raises(tmp_path):
    p = tmp_path / "slides.pptx"
    p.write_bytes(b"whatever")
    with pytest.raises(CorpusError, match=r"slides\.pptx.*unsupported file type '\.pptx'"):
        load_document(p)


def test_too_large_file_raises(tmp_path):
    p = tmp_path / "big.txt"
    p.write_text("政府工作报告", encoding="utf-8")  # 18 bytes
    assert load_document(p, max_bytes=18).text == "政府工作报告"
    with pytest.raises(CorpusError, match=r"big\.txt.*larger than the limit of 17 bytes"):
        load_document(p, max_bytes=17)


def test_missing_file_raises(tmp_path):
    with pytest.raises(CorpusError, match="missing.txt"):
        load_document(tmp_path / "missing.txt")


def test_empty_txt_has_no_text(tmp_path):
    p = tmp_path / "blank.txt"
    p.write_text("  \n\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="no extractable text"):
        load_document(p)


def test_accepts_str_path(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("正文", encoding="utf-8")
    doc = load_document(str(p))
    assert doc.path == p and doc.text == "正文"
