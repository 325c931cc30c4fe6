"""Give a draft the layout of a PDF extraction: hard line breaks every WIDTH characters, a running
header on every page and a footer “— N —” after every PAGE_LINES lines (the first three lines, the
title block, stay whole).

Run: python3 eval/tools/pdf_layout.py DRAFT OUT --width 46 --page-lines 28 --header '政协…会议文件'
(used for the long reports of eval/heldout4, eval/heldout5 and eval/dev6; see their README).
"""
import argparse


def pdf_layout(draft: str, width: int, page_lines: int, header: str) -> str:
    out = []
    for i, line in enumerate(draft.rstrip("\n").split("\n")):
        if i < 3 or len(line) <= width:
            out.append(line)
            continue
        while len(line) > width:
            out.append(line[:width])
            line = line[width:]
        if line:
            out.append(line)
    res, page = [header], 1
    for i, line in enumerate(out):
        res.append(line)
        if (i + 1) % page_lines == 0 and i < len(out) - 5:
            res += ["— %d —" % page, header]
            page += 1
    res.append("— %d —" % page)
    return "\n".join(res) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("draft")
    ap.add_argument("out")
    ap.add_argument("--width", type=int, required=True)
    ap.add_argument("--page-lines", type=int, required=True)
    ap.add_argument("--header", required=True)
    a = ap.parse_args()
    text = pdf_layout(open(a.draft, encoding="utf-8").read(), a.width, a.page_lines, a.header)
    with open(a.out, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
