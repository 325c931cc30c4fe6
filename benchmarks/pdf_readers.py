"""Compare PDF text readers on generated two-column Chinese newspaper pages.

    python benchmarks/pdf_readers.py [--keep DIR]

Generates pages with real CJK fonts (reportlab + WenQuanYi Zen Hei embedded as TrueType; reportlab +
Adobe's non-embedded STSong-Light CID font; headless Chromium printing CSS columns with Noto CJK), each
with a full-width headline printed twice 0.3 pt apart (a fake bold that doubles glyphs), a subtitle,
two body columns, a figure caption and page furniture. Then measures, per reader:

- paragraphs intact: a body paragraph comes out contiguous (whitespace aside), not interleaved with
  the other column;
- order: adjacent ground-truth blocks that come out in the right order;
- headline apart: the headline ends a line of its own (not glued to body or subtitle text);
- headline doubled: the headline comes out with doubled glyphs (only the reportlab PDFs print it twice);
- CJK recall: share of the ground-truth Chinese characters found (multiset), and bad characters
  (U+FFFD, ``(cid:N)``, private use).

Readers that are not installed are left out. Needs reportlab; Chromium optional.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HEADLINE = "临江区政协召开“数字乡村建设”专题协商会"
SUBTITLE = "委员建言农村电商与物流体系建设"
PARAGRAPHS = [
    "本报讯 5月12日，临江区政协在青石镇召开“数字乡村建设”专题协商会，围绕农村电商发展和县域物流体系建设协商议政。"
    "区政协主席许文澜主持会议，区农业农村局、区商务局负责同志通报有关情况。",
    "会前，区政协组织部分委员赴青石镇、白沙乡开展专题调研，实地察看电商服务站、冷链仓储中心和村级物流站点，"
    "与种植大户、快递企业负责人座谈交流，梳理出末端配送成本高、冷链覆盖不足等问题。",
    "会上，8位委员先后发言，建议完善村级寄递物流网点布局，推动快递、邮政与供销网点共建共享；"
    "加快冷链设施向乡镇延伸，培育本地农产品品牌；加强电商人才培训，引导返乡青年创业就业。",
    "区政府有关部门负责同志逐一回应委员意见建议，表示将认真研究吸纳，把协商成果转化为推动工作的具体举措。"
    "会议还通报了《临江区数字乡村发展行动方案》起草情况。",
    "许文澜指出，数字乡村建设是乡村振兴的重要内容，区政协各专委会要持续跟踪协商成果落实情况，"
    "开展民主监督，推动农村电商和物流体系提质增效，为全区高质量发展贡献政协力量。",
    "据悉，这是区政协今年开展的第三次专题协商活动。下一步，区政协将围绕基层医疗卫生服务、"
    "老旧小区改造等群众关心的问题，组织委员深入调研，形成高质量协商报告。",
]
CAPTION = "图为委员在青石镇电商服务站调研。"
FURNITURE = "责任编辑：李明 美编：王芳 校对：张强"
WQY = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"


# ---------------------------------------------------------------- generators

def make_reportlab(path: Path, font: str) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer
    from reportlab.graphics.shapes import Drawing, Rect

    if font == "wqy":
        pdfmetrics.registerFont(TTFont("CJK", WQY, subfontIndex=0))
        name = "CJK"
    else:
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        name = "STSong-Light"
    width, height = A4
    margin, gap, top = 50, 20, 150
    col_w = (width - 2 * margin - gap) / 2

    def furniture(canvas, doc):
        canvas.setFont(name, 24)
        for dx in (0, 0.3):  # fake bold: the same glyphs twice, 0.3 pt apart
            canvas.drawCentredString(width / 2 + dx, height - 80, HEADLINE)
        canvas.setFont(name, 14)
        canvas.drawCentredString(width / 2, height - 110, SUBTITLE)
        canvas.setFont(name, 8)
        canvas.drawString(margin, 30, FURNITURE)
        canvas.drawRightString(width - margin, 30, str(doc.page))

    frames = [
        Frame(margin, 50, col_w, height - top - 50, id="left", showBoundary=0),
        Frame(margin + col_w + gap, 50, col_w, height - top - 50, id="right", showBoundary=0),
    ]
    doc = BaseDocTemplate(str(path), pagesize=A4, invariant=1)
    doc.addPageTemplates([PageTemplate(id="two", frames=frames, onPage=furniture)])
    body = ParagraphStyle("body", fontName=name, fontSize=12, leading=18, wordWrap="CJK", firstLineIndent=24, spaceAfter=6)
    caption = ParagraphStyle("caption", fontName=name, fontSize=9, leading=12, wordWrap="CJK")
    story = []
    for i, para in enumerate(PARAGRAPHS):
        story.append(Paragraph(para, body))
        if i == 2:
            d = Drawing(col_w, 90)
            d.add(Rect(0, 0, col_w, 90, fillColor=None))
            story += [Spacer(1, 6), d, Paragraph(CAPTION, caption), Spacer(1, 6)]
    doc.build(story)


def make_scrambled(path: Path) -> None:
    """Two columns laid out line by line, written in a content-stream order unlike reading order:
    rows interleaved right column first, the caption first, the headline last."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(TTFont("CJK", WQY, subfontIndex=0))
    width, height = A4
    margin, gap, size, leading = 50, 20, 12, 18
    col_w = (width - 2 * margin - gap) / 2
    per_line = int(col_w // size)
    lines = []  # (text, font size) in reading order
    for i, para in enumerate(PARAGRAPHS):
        text = "\u3000\u3000" + para
        lines += [(text[k:k + per_line], size) for k in range(0, len(text), per_line)]
        if i == 2:
            lines += [("", size)] * 5 + [(CAPTION, 9), ("", size)]
    rows = int((height - 150 - 60) // leading)
    columns = [lines[:rows], lines[rows:]]
    c = Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("CJK", 9)
    for col, col_lines in enumerate(columns):  # caption first
        for r, (text, fs) in enumerate(col_lines):
            if fs == 9:
                c.drawString(margin + col * (col_w + gap), height - 150 - r * leading, text)
    for r in range(rows):
        for col in (1, 0):
            if r < len(columns[col]):
                text, fs = columns[col][r]
                if text and fs == size:
                    c.setFont("CJK", size)
                    c.drawString(margin + col * (col_w + gap), height - 150 - r * leading, text)
    c.setFont("CJK", 8)
    c.drawString(margin, 30, FURNITURE)
    c.setFont("CJK", 14)
    c.drawCentredString(width / 2, height - 110, SUBTITLE)
    c.setFont("CJK", 24)
    for dx in (0, 0.3):
        c.drawCentredString(width / 2 + dx, height - 80, HEADLINE)
    c.showPage()
    c.save()


def make_chromium(path: Path, columns: int = 2, size: int = 12, header_footer: bool = False) -> bool:
    """CSS columns printed by headless Chromium (Skia PDF, Noto CJK subset fonts); optionally with
    Chromium's own page header and footer (date, title, file URL, page x/y)."""
    chromium = shutil.which("chromium")
    if not chromium:
        return False
    paras = "".join(f"<p>{p}</p>" + (f'<div class="fig"></div><p class="cap">{CAPTION}</p>' if i == 2 else "")
                    for i, p in enumerate(PARAGRAPHS))
    html = f"""<!doctype html><html><head><meta charset="utf-8"><title>{HEADLINE}</title><style>
@page {{ size: A4; margin: 18mm; }}
body {{ font-family: 'Noto Serif CJK SC', 'Noto Sans CJK SC'; font-size: {size}pt; line-height: 1.6; }}
h1 {{ text-align: center; font-size: 24pt; margin: 0 0 6pt; }}
h2 {{ text-align: center; font-size: 14pt; font-weight: normal; margin: 0 0 14pt; }}
.cols {{ column-count: {columns}; column-gap: 8mm; }} p {{ text-indent: 2em; margin: 0 0 6pt; }}
.fig {{ height: 30mm; border: 1px solid #999; }} .cap {{ font-size: 9pt; text-indent: 0; }}
.foot {{ font-size: 8pt; margin-top: 10pt; }}
</style></head><body><h1>{HEADLINE}</h1><h2>{SUBTITLE}</h2><div class="cols">{paras}</div>
<div class="foot">{FURNITURE}</div></body></html>"""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "page.html"
        src.write_text(html, encoding="utf-8")
        subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             *([] if header_footer else ["--no-pdf-header-footer"]), f"--print-to-pdf={path}", src.as_uri()],
            check=True, capture_output=True, timeout=120,
        )
    return path.exists()


# ---------------------------------------------------------------- readers

def read_zhkg(path: Path) -> str:
    from zhkg.extract.pdf_text import read_pdf

    return read_pdf(path.read_bytes())[0]


def read_pdfminer(path: Path) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(str(path))


def read_pdfplumber(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return "\n\f".join(p.dedupe_chars().extract_text() or "" for p in pdf.pages)


def read_pymupdf_text(path: Path, sort: bool = False) -> str:
    import pymupdf

    with pymupdf.open(str(path)) as doc:
        return "\f".join(p.get_text("text", sort=sort) for p in doc)


def read_pymupdf_sorted(path: Path) -> str:
    return read_pymupdf_text(path, sort=True)


def read_pypdf(path: Path) -> str:
    from pypdf import PdfReader

    return "\f".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)


def read_pypdfium2(path: Path) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return "\f".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


READERS = {
    "zhkg (pdfminer.six + dedupe + columns)": ("zhkg.extract.pdf_text", read_zhkg),
    "pdfminer.six extract_text (MIT)": ("pdfminer", read_pdfminer),
    "pdfplumber extract_text + dedupe (MIT)": ("pdfplumber", read_pdfplumber),
    "PyMuPDF get_text (AGPL)": ("pymupdf", read_pymupdf_text),
    "PyMuPDF get_text sort=True (AGPL)": ("pymupdf", read_pymupdf_sorted),
    "pypdf extract_text (BSD)": ("pypdf", read_pypdf),
    "pypdfium2 get_text_range (BSD/Apache)": ("pypdfium2", read_pypdfium2),
}


# ---------------------------------------------------------------- measures

def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def measure(text: str) -> dict:
    flat = _squash(text)
    blocks = [HEADLINE, SUBTITLE] + PARAGRAPHS[:3] + [CAPTION] + PARAGRAPHS[3:]
    positions = [flat.find(_squash(b)) for b in blocks]
    intact = sum(1 for p in positions[2:] if p >= 0)
    ordered = sum(1 for a, b in zip(positions, positions[1:]) if 0 <= a < b)
    lines = [ln.strip() for ln in text.splitlines()]
    headline_apart = any(ln == HEADLINE for ln in lines)
    doubled = HEADLINE * 2 in flat or "临临江江" in flat or "临江区政协召开临江区政协召开" in flat
    truth = Counter(ch for b in blocks for ch in b if "\u4e00" <= ch <= "\u9fff")
    got = Counter(ch for ch in text if "\u4e00" <= ch <= "\u9fff")
    recall = sum((truth & got).values()) / sum(truth.values())
    bad = text.count("\ufffd") + len(re.findall(r"\(cid:\d+\)", text)) + sum(1 for ch in text if "\ue000" <= ch <= "\uf8ff")
    return {
        "intact": f"{intact}/{len(blocks) - 2}",
        "order": f"{ordered}/{len(blocks) - 1}",
        "headline_apart": headline_apart,
        "doubled": doubled,
        "cjk_recall": round(recall, 3),
        "bad_chars": bad,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keep", type=Path, help="keep the generated PDFs and extracted texts here")
    args = ap.parse_args()
    out = args.keep or Path(tempfile.mkdtemp())
    out.mkdir(parents=True, exist_ok=True)
    pdfs = {}
    if Path(WQY).exists():
        make_reportlab(out / "reportlab_wqy.pdf", "wqy")
        pdfs["reportlab + WenQuanYi (embedded TrueType)"] = out / "reportlab_wqy.pdf"
        make_scrambled(out / "scrambled_wqy.pdf")
        pdfs["reportlab + WenQuanYi, stream order scrambled"] = out / "scrambled_wqy.pdf"
    make_reportlab(out / "reportlab_stsong.pdf", "stsong")
    pdfs["reportlab + STSong-Light (CID, not embedded)"] = out / "reportlab_stsong.pdf"
    if make_chromium(out / "chromium_noto.pdf"):
        pdfs["chromium CSS columns + Noto CJK"] = out / "chromium_noto.pdf"
    if make_chromium(out / "chromium_3col.pdf", columns=3, size=16, header_footer=True):
        pdfs["chromium 3 columns, browser header/footer"] = out / "chromium_3col.pdf"
    header = "| reader | PDF | intact paragraphs | order | headline apart | doubled headline | CJK recall | bad chars | ms |"
    print(header)
    print("|---" * (header.count("|") - 1) + "|")
    for rname, (module, reader) in READERS.items():
        try:
            __import__(module)
        except ImportError:
            continue
        for pname, pdf in pdfs.items():
            t = time.perf_counter()
            text = reader(pdf)
            ms = (time.perf_counter() - t) * 1000
            if args.keep:
                slug = re.sub(r"\W+", "_", rname)[:20] + "__" + pdf.stem
                (out / f"{slug}.txt").write_text(text, encoding="utf-8")
            m = measure(text)
            doubled = m["doubled"] if pdf.stem.startswith(("reportlab", "scrambled")) else "n/a"
            print(f"| {rname} | {pname} | {m['intact']} | {m['order']} | {m['headline_apart']} | {doubled} "
                  f"| {m['cjk_recall']} | {m['bad_chars']} | {ms:.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
