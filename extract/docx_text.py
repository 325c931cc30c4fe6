"""Text and title of a Word (.docx) file (python-docx): body paragraphs, headings and table cells in
document order, one block each, separated by a blank line. Page headers and footers are left out."""

from __future__ import annotations

import io

from .errors import InputError

HEADING_STYLES = ("title", "heading", "标题")


def read_docx(data: bytes) -> tuple[str, str | None]:
    """``(text, title)``; the title is the document property, else the first Title/Heading paragraph."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise InputError(f"not a readable Word .docx file ({exc.__class__.__name__})") from None
    except Exception as exc:  # zipfile.BadZipFile, lxml errors on a damaged package
        raise InputError(f"damaged Word .docx file ({exc.__class__.__name__})") from None
    blocks, first_heading = [], None
    for paragraph, style in _paragraphs(document):
        text = "\n".join(" ".join(line.split()) for line in paragraph.text.split("\n")).strip()
        if not text:
            continue
        if first_heading is None and style.lower().startswith(HEADING_STYLES):
            first_heading = text
        blocks.append(text)
    if not blocks:
        raise InputError("Word file has no text")
    title = " ".join((document.core_properties.title or "").split()) or first_heading
    return "\n\n".join(blocks), title


def _paragraphs(document):
    """Body paragraphs and the paragraphs of table cells, in document order, with their style names."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            yield item, _style(item)
        elif isinstance(item, Table):
            seen = set()
            for row in item.rows:
                for cell in row.cells:
                    if id(cell._tc) in seen:  # merged cells repeat
                        continue
                    seen.add(id(cell._tc))
                    for p in cell.paragraphs:
                        yield p, _style(p)


def _style(paragraph) -> str:
    try:
        return paragraph.style.name or ""
    except (AttributeError, KeyError):
        return ""
