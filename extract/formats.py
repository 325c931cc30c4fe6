"""Read the formats reports come in besides plain text: PDF (text layer), saved web pages, Word .docx.

The text extracted from such a file is that document's original: every offset points into it, and
``zhkg build --keep-text`` writes it out so any span can be checked.
"""

from __future__ import annotations

from pathlib import Path

from .load import LoadedText

SUFFIXES = {".pdf": "pdf", ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html", ".docx": "docx"}


def detect_format(path: Path, data: bytes) -> str | None:
    """``"pdf"``, ``"html"``, ``"docx"``, or None for plain text. A PDF is known by its header too."""
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt is None and data[:1024].lstrip().startswith(b"%PDF-"):
        fmt = "pdf"
    return fmt


def read_formatted(path: Path, data: bytes) -> LoadedText | None:
    """Extract the text of a PDF, HTML or DOCX file; None when the file is plain text."""
    fmt = detect_format(path, data)
    pages: tuple[int, ...] = ()
    if fmt == "pdf":
        from .pdf_text import read_pdf

        text, pages, title = read_pdf(data)
        encoding = "pdf"
    elif fmt == "html":
        from .html_text import read_html

        text, title, encoding = read_html(data)
    elif fmt == "docx":
        from .docx_text import read_docx

        text, title = read_docx(data)
        encoding = "docx"
    else:
        return None
    return LoadedText(doc_id=path.name, path=str(path), text=text, encoding=encoding, pages=pages, title=title, format=fmt)

