"""Compare main-text extraction of saved Chinese news pages: zhkg's reader, trafilatura, readability-lxml.

    python benchmarks/html_readers.py

Three generated page styles carry the same article: a government-site ``div`` page (GBK, ``http-equiv``
charset), an old ``table`` page with ``<br>`` paragraphs and ``<font>`` (GB2312), and an HTML5 page
(``header``/``nav``/``article``/``aside``/``footer``, UTF-8). Measured per reader and page: sentences of
the article found (of all), headline first, boilerplate strings leaked (of those on the page), characters
broken by decoding. Each reader gets the raw bytes (as a saved file); readers that are not installed
are left out.
"""

from __future__ import annotations

import re
import sys
import time

HEADLINE = "临江区政协召开“数字乡村建设”专题协商会"
PARAGRAPHS = [
    "5月12日，临江区政协在青石镇召开“数字乡村建设”专题协商会，围绕农村电商发展和县域物流体系建设协商议政。"
    "区政协主席许文澜主持会议，区农业农村局、区商务局负责同志通报有关情况。",
    "会前，区政协组织部分委员赴青石镇、白沙乡开展专题调研，实地察看电商服务站、冷链仓储中心和村级物流站点。",
    "会上，8位委员先后发言，建议完善村级寄递物流网点布局，推动快递、邮政与供销网点共建共享。",
    "会议还通报了《临江区数字乡村发展行动方案》起草情况。",
    "许文澜指出，区政协各专委会要持续跟踪协商成果落实情况，开展民主监督。",
]
BOILERPLATE = ["网站首页", "政务公开", "当前位置", "发布时间", "分享到", "上一篇", "下一篇", "相关阅读", "区政协召开常委会议",
               "版权所有", "ICP备", "网站地图", "statistics", "font-family", "网友评论", "打印本页"]


def gov_page() -> bytes:
    paras = "".join(f"<p style='text-indent:2em'>{p}</p>\n" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>{HEADLINE}_政协动态_临江区人民政府</title><style>body{{font-family:SimSun}}</style>
<script>var statistics = 1;</script></head><body>
<div class="top"><a href="/">网站首页</a> <a href="/gk">政务公开</a> <a href="/map">网站地图</a></div>
<div class="pos">当前位置：<a href="/">首页</a> &gt; <a href="/zx">政协动态</a></div>
<div class="article"><h1>{HEADLINE}</h1><div class="meta">发布时间：2024-05-12 来源：区政协 <a href="javascript:print()">打印本页</a></div>
<div class="TRS_Editor">{paras}</div>
<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a></div>
<ul class="pn"><li>上一篇：<a href="/1">区政协召开常委会议</a></li><li>下一篇：<a href="/3">委员视察重点项目</a></li></ul></div>
<div class="foot">版权所有：临江区人民政府办公室 <a href="#">浙ICP备00000000号</a></div></body></html>""".encode("gbk")


def table_page() -> bytes:
    paras = "<br>\n".join(f"　　{p}" for p in PARAGRAPHS)
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{HEADLINE}</title></head><body><table width="980"><tr><td>
<table><tr><td><a href="/">网站首页</a></td><td><a href="/gk">政务公开</a></td><td><a href="/map">网站地图</a></td></tr></table>
<table><tr><td width="200" valign="top"><b>相关阅读</b><br><a href="/1">区政协召开常委会议</a><br><a href="/2">委员视察重点项目</a></td>
<td valign="top"><div align="center"><font size="5"><b>{HEADLINE}</b></font></div>
<div align="center"><font size="2">发布时间：2024-05-12</font></div>
<font size="3">{paras}</font><br><br><div align="right"><a href="javascript:print()">打印本页</a></div></td></tr></table>
<div align="center">版权所有 临江区政协 浙ICP备00000000号</div></td></tr></table></body></html>""".encode("gb18030")


def html5_page() -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>{HEADLINE} - 临江政协</title>
<script src="/statistics.js"></script></head><body>
<header><a href="/">网站首页</a><nav><a href="/gk">政务公开</a><a href="/map">网站地图</a></nav></header>
<main><article><header><h1>{HEADLINE}</h1><p class="meta">发布时间：2024-05-12</p></header>{paras}
<footer>分享到：<a href="#">微信</a></footer></article>
<section class="comments"><h3>网友评论</h3><p><a href="/u/1">游客</a>：<a href="/r">回复</a></p></section></main>
<aside><h3>相关阅读</h3><a href="/1">区政协召开常委会议</a></aside>
<footer>版权所有 临江区政协 浙ICP备00000000号</footer></body></html>""".encode("utf-8")


def read_zhkg(data: bytes) -> str:
    from zhkg.extract.html_text import read_html

    return read_html(data)[0]


def read_trafilatura(data: bytes) -> str:
    import trafilatura

    return trafilatura.extract(data) or ""


def read_trafilatura_precision(data: bytes) -> str:
    import trafilatura

    return trafilatura.extract(data, favor_precision=True) or ""


def read_readability(data: bytes) -> str:
    import lxml.html
    from readability import Document

    return lxml.html.fromstring(Document(data).summary()).text_content()


READERS = {
    "zhkg html_text (lxml)": ("zhkg.extract.html_text", read_zhkg),
    "trafilatura 2.x (Apache-2.0)": ("trafilatura", read_trafilatura),
    "trafilatura favor_precision": ("trafilatura", read_trafilatura_precision),
    "readability-lxml (Apache-2.0)": ("readability", read_readability),
}
PAGES = {"gov div page (GBK)": gov_page, "old table page (GB2312, <br>)": table_page, "HTML5 semantic (UTF-8)": html5_page}


def measure(text: str, page: bytes) -> dict:
    flat = re.sub(r"\s+", "", text)
    sentences = [s + "。" for p in PARAGRAPHS for s in p.split("。") if s]
    found = sum(1 for s in sentences if s in flat)
    present = [b for b in BOILERPLATE if b.encode("utf-8") in page or b.encode("gb18030") in page]
    leaked = [b for b in present if b in flat]
    return {
        "sentences": f"{found}/{len(sentences)}",
        "headline_first": flat.startswith(HEADLINE),
        "leaked": f"{len(leaked)}/{len(present)}",
        "broken": flat.count("\ufffd") + sum(flat.count(c) for c in "・锛銆"),
    }


def main() -> int:
    print("| reader | page | sentences | headline first | boilerplate leaked | broken chars | ms |")
    print("|---|---|---|---|---|---|---|")
    for rname, (module, reader) in READERS.items():
        try:
            __import__(module)
        except ImportError:
            continue
        for pname, make in PAGES.items():
            page = make()
            t = time.perf_counter()
            text = reader(page)
            ms = (time.perf_counter() - t) * 1000
            m = measure(text, page)
            print(f"| {rname} | {pname} | {m['sentences']} | {m['headline_first']} | {m['leaked']} | {m['broken']} | {ms:.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
