"""PDF, saved web page and Word versions of one short report read like its plain-text version.

The files are generated here: a two-page, two-column PDF with a CJK font and a headline printed twice
(fake bold), a GBK web page with navigation, scripts, share bar and footer, a DOCX with a heading.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from zhkg.extract.errors import InputError

# An invented district news item (no names from the sample corpus).
HEADLINE = "江宁区政协举办“乡村振兴·江宁论坛”"
PARAGRAPHS = [
    "4月18日，江宁区政协在秣陵街道举办“乡村振兴·江宁论坛”。区政协主席沈书岚出席并讲话。",
    "论坛围绕农村人居环境整治开展协商。区政协发布《江宁区政协关于加强委员履职管理的办法》。",
    "区政协与区农业农村局联合开展专题调研。委员们赴汤山街道视察美丽乡村建设。",
]
PAGE_TITLE = HEADLINE + "_政协要闻_江宁政协网"
BOILERPLATE = ["网站首页", "委员风采", "当前位置", "分享到", "上一篇", "下一篇", "相关新闻", "市政协调研组", "版权所有", "ICP备", "统计代码", "font-family", "内部资料"]
WQY = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


# ---------------------------------------------------------------- generators

def make_pdf(path: Path) -> None:
    """Two pages, two columns, the text flowing across the column and page breaks; the headline is
    printed twice 0.3 pt apart; a page number at the foot of each page."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    if WQY.exists():
        from reportlab.pdfbase.ttfonts import TTFont

        pdfmetrics.registerFont(TTFont("WQY", str(WQY), subfontIndex=0))
        font = "WQY"
    else:  # Adobe's CID font: no font file needed (not embedded)
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont

        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        font = "STSong-Light"
    width, height = 420, 595
    margin, gap, col_h = 40, 20, 70
    col_w = (width - 2 * margin - gap) / 2
    top = height - 120

    def furniture(canvas, doc):
        if doc.page == 1:
            canvas.setFont(font, 18)
            for dx in (0, 0.3):
                canvas.drawCentredString(width / 2 + dx, height - 70, HEADLINE)
        canvas.setFont(font, 8)
        canvas.drawCentredString(width / 2, 30, f"第{doc.page}版")

    frames = [Frame(margin, top - col_h, col_w, col_h, id="left"), Frame(margin + col_w + gap, top - col_h, col_w, col_h, id="right")]
    doc = BaseDocTemplate(str(path), pagesize=(width, height), invariant=1, title=HEADLINE)
    doc.addPageTemplates([PageTemplate(id="page", frames=frames, onPage=furniture)])
    style = ParagraphStyle("body", fontName=font, fontSize=11, leading=16, wordWrap="CJK", firstLineIndent=22, spaceAfter=4)
    doc.build([Paragraph(p, style) for p in PARAGRAPHS])


def make_image_pdf(path: Path) -> None:
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    image = Image.new("RGB", (300, 120), "white")
    ImageDraw.Draw(image).rectangle((20, 20, 280, 100), outline="black", width=3)
    canvas = Canvas(str(path), pagesize=(420, 595), invariant=1)
    canvas.drawImage(ImageReader(image), 60, 300, width=300, height=120)
    canvas.showPage()
    canvas.save()


def make_html(path: Path) -> None:
    paragraphs = "\n".join(f"   <p>\n      {p}\n   </p>" for p in PARAGRAPHS)
    page = f"""<!DOCTYPE html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>{PAGE_TITLE}</title>
<style>body {{ font-family: SimSun; }} .nav li {{ display: inline; }}</style>
<script>var _hmt = _hmt || []; document.write("统计代码");</script>
</head><body>
<div class="top"><a href="/">网站首页</a> | <a href="/en">English</a> | 设为首页</div>
<div class="nav"><ul><li><a href="/a">政协要闻</a></li><li><a href="/b">委员风采</a></li><li><a href="/c">提案工作</a></li></ul></div>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/a">政协要闻</a></div>
<div class="main"><div class="left">
  <h1 class="title">{HEADLINE}</h1>
  <div class="info">发布时间：2024-04-18 来源：区政协办公室 【字号：大 中 小】</div>
  <div class="content" id="zoom">
{paragraphs}
  </div>
  <div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
  <div class="prevnext"><p>上一篇：<a href="/a/1.html">区政协召开主席会议</a></p><p>下一篇：<a href="/a/3.html">区政协开展委员读书活动</a></p></div>
</div>
<div class="right"><h3>相关新闻</h3><ul><li><a href="/x">市政协调研组来我区调研</a></li><li><a href="/y">区政协召开常委会议</a></li></ul></div></div>
<div class="footer"><p>版权所有：江宁区政协办公室</p><p>苏ICP备00000000号</p>
<script>document.write("统计代码");</script></div>
</body></html>
"""
    path.write_bytes(page.encode("gbk"))


def make_docx(path: Path) -> None:
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "江宁区政协办公室 内部资料"
    document.add_heading(HEADLINE, level=1)
    for p in PARAGRAPHS:
        document.add_paragraph(p)
    document.save(str(path))


def make_txt(path: Path) -> None:
    path.write_text("\n\n".join([HEADLINE] + PARAGRAPHS) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def report_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("formats")
    make_txt(folder / "report.txt")
    make_pdf(folder / "report.pdf")
    make_html(folder / "report.html")
    make_docx(folder / "report.docx")
    return folder


# ---------------------------------------------------------------- readers

def test_pdf_two_columns_two_pages_in_reading_order(report_dir):
    from zhkg.extract.pdf_text import read_pdf

    text, pages, title = read_pdf((report_dir / "report.pdf").read_bytes())
    assert len(pages) == 2 and pages[0] == 0 and text[pages[1] - 2 : pages[1]] == "\f\n"
    # order kept across columns and pages, headline once (no doubled glyphs), page numbers left out
    assert _squash(text) == _squash(HEADLINE + "".join(PARAGRAPHS))
    assert text.startswith(HEADLINE + "\n\n")  # the headline is a block of its own
    assert title == HEADLINE
    assert _squash(PARAGRAPHS[0]) in _squash(text[: pages[1]])
    second = _squash(text[pages[1] :])
    assert _squash(PARAGRAPHS[2]) in second and _squash(HEADLINE + "".join(PARAGRAPHS)).endswith(second)


def test_pdf_without_text_layer_is_a_skip_with_reason(tmp_path):
    from zhkg.extract.load import load_text
    from zhkg.graph.run import build

    make_image_pdf(tmp_path / "scan.pdf")
    with pytest.raises(InputError, match="no text layer.*OCR is not supported"):
        load_text(tmp_path / "scan.pdf")
    run = build([str(tmp_path)], jobs=1)
    assert run.results == [] and len(run.skipped) == 1
    assert "OCR is not supported" in run.skipped[0].reason


def test_damaged_pdf_is_a_skip_with_reason(tmp_path):
    from zhkg.extract.load import load_text

    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
    with pytest.raises(InputError, match="PDF"):
        load_text(tmp_path / "broken.pdf")


def test_password_protected_pdf_is_a_skip_with_reason(tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    from zhkg.extract.load import load_text

    canvas = Canvas(str(tmp_path / "locked.pdf"), encrypt="secret")
    canvas.drawString(50, 700, "locked")
    canvas.showPage()
    canvas.save()
    with pytest.raises(InputError, match="password-protected"):
        load_text(tmp_path / "locked.pdf")


def test_html_main_text_title_and_gbk_charset(report_dir):
    from zhkg.extract.html_text import read_html

    text, title, encoding = read_html((report_dir / "report.html").read_bytes())
    assert text == "\n\n".join([HEADLINE] + PARAGRAPHS)
    assert title == PAGE_TITLE
    assert encoding == "gb18030 (declared gbk)"
    assert not [b for b in BOILERPLATE if b in text]


@pytest.mark.parametrize("data, expected", [
    ("<html><head><meta charset='utf-8'><title>t</title></head><body><p>江宁区政协召开会议。</p></body></html>".encode("utf-8"), "utf-8"),
    (b"\xef\xbb\xbf<html><body><p>" + "江宁区政协召开会议。".encode("utf-8") + b"</p></body></html>", "utf-8-sig"),
    ("<html><head><meta charset=gb2312></head><body><p>江宁区政协召开会议。</p></body></html>".encode("utf-8"), "utf-8 (declared gb2312, but the bytes are utf-8)"),
    ("<html><body><p>江宁区政协召开会议。</p></body></html>".encode("gb18030"), "gb18030"),
    ("<?xml version='1.0' encoding='gbk'?><html><body><p>江宁区政协召开会议。</p></body></html>".encode("gbk"), "gb18030 (declared gbk)"),
])
def test_html_charsets(data, expected):
    from zhkg.extract.html_text import read_html

    text, _, encoding = read_html(data)
    assert text == "江宁区政协召开会议。" and encoding == expected


def test_docx_headings_and_paragraphs_without_page_header(report_dir):
    from zhkg.extract.docx_text import read_docx

    text, title = read_docx((report_dir / "report.docx").read_bytes())
    assert text == "\n\n".join([HEADLINE] + PARAGRAPHS)
    assert title == HEADLINE


def test_cjk_radicals_become_ideographs():
    from zhkg.extract.pdf_text import normalize_glyph

    # CJK RADICAL BLUE, KANGXI RADICAL MOON, KANGXI RADICAL DOOR, C-SIMPLIFIED GATE, a compatibility ideograph
    assert normalize_glyph("\u2ed8\u2f49\u2f3e\u2ed4\uf900") == "青月户门豈"
    assert normalize_glyph("政协，“”《》") == "政协，“”《》"


def test_reading_order_of_columns_under_a_spanning_headline():
    from zhkg.extract.pdf_text import _Line, _xy_order

    def line(x0, top, text, size=10.0, width=100.0):
        return _Line(x0, top, x0 + width, top + size, size, text)

    head = line(0, 0, "H", size=20, width=220)
    left = [line(0, 40 + 14 * i, f"L{i}") for i in range(6)]
    right = [line(120, 40 + 14 * i, f"R{i}") for i in range(2)]  # a short right column, aligned rows
    foot = line(0, 300, "F", size=6, width=30)
    scrambled = [right[1], left[3], foot, left[0], right[0], head, left[5], left[1], left[4], left[2]]
    assert [l.text for l in _xy_order(scrambled)] == ["H", "L0", "L1", "L2", "L3", "L4", "L5", "R0", "R1", "F"]


# ---------------------------------------------------------------- zhkg build on all four

@pytest.fixture(scope="module")
def built(report_dir, tmp_path_factory) -> Path:
    from zhkg.graph.cli import main

    out = tmp_path_factory.mktemp("formats_out")
    assert main(["build", str(report_dir), "-o", str(out), "--keep-text", "--jobs", "1", "-q"]) == 0
    return out


def _rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_every_format_gives_the_same_entities_and_typed_relations(built):
    docs = ["report.docx", "report.html", "report.pdf", "report.txt"]
    nodes = {d: set() for d in docs}
    for row in _rows(built / "entities.csv"):
        for d in filter(None, row["documents"].split("|")):
            nodes[d].add(row["id"])
    edges = {d: set() for d in docs}
    for row in _rows(built / "relations.csv"):
        if row["relation"] != "CO_OCCURS":
            for d in filter(None, row["documents"].split("|")):
                edges[d].add((row["head"], row["relation"], row["tail"]))
    assert len(nodes["report.txt"]) >= 5 and edges["report.txt"], (nodes, edges)
    for d in docs:
        assert nodes[d] == nodes["report.txt"], d
        assert edges[d] == edges["report.txt"], d


def test_pdf_mentions_carry_pages_and_kept_texts_hold_every_span(built, report_dir):
    report = json.loads((built / "report.json").read_text(encoding="utf-8"))
    entries = {d["doc"]: d for d in report["documents"]}
    assert entries["report.pdf"]["format"] == "pdf" and entries["report.pdf"]["pages"] == 2
    assert entries["report.html"]["title"] == PAGE_TITLE and entries["report.html"]["encoding"] == "gb18030 (declared gbk)"
    assert entries["report.docx"]["title"] == HEADLINE and entries["report.txt"]["format"] == "text"
    assert "text_file" not in entries["report.txt"]
    texts = {doc: (built / e["text_file"]).read_text(encoding="utf-8") for doc, e in entries.items() if "text_file" in e}
    texts["report.txt"] = (report_dir / "report.txt").read_text(encoding="utf-8")
    assert sorted(texts) == sorted(entries)
    rows = _rows(built / "mentions.csv")
    assert rows
    pages_seen = set()
    for row in rows:
        start, end = int(row["start"]), int(row["end"])
        assert texts[row["doc"]][start:end] == row["surface"], row
        if row["doc"] == "report.pdf":
            pages_seen.add(int(row["page"]))
        else:
            assert row["page"] == "", row
    assert pages_seen == {1, 2}


def test_pdf_evidence_keeps_the_page(report_dir):
    from zhkg.extract.document import extract
    from zhkg.extract.load import load_text

    loaded = load_text(report_dir / "report.pdf")
    result = extract(loaded)
    assert result.format == "pdf" and result.pages == loaded.pages
    evidence = [m.sentence for m in result.mentions if m.sentence] + [r.evidence for r in result.relations]
    assert evidence and all(e.page in (1, 2) for e in evidence)
    for m in result.mentions:
        assert m.sentence.page == result.page_of(m.sentence.start) or loaded.text[m.sentence.start].isspace()
