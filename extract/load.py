"""Find input files and decode them, detecting the encoding.

Supported: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030 (a superset of GBK/GB2312).
A file that decodes under none of them, or that looks binary, raises ``InputError``.
"""

from __future__ import annotations

import glob
import os
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

TEXT_SUFFIXES = (".txt", ".text", ".md")
_BINARY_MAGIC = (
    (b"%PDF", "a PDF file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (e.g. DOCX/XLSX)"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
)
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)\s*年")


@dataclass(frozen=True)
class LoadedText:
    doc_id: str
    path: str
    text: str
    encoding: str
    pages: tuple[int, ...] = ()  # offset where each page starts (PDF)
    title: str | None = None  # <title> of a web page, title of a PDF/DOCX
    format: str = "text"  # text, pdf, html, docx (extract/formats.py)


def find_inputs(inputs: list[str]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Expand files, folders (recursive) and globs into a sorted list of files.

    Returns ``(files, problems)``; a problem is ``(input, reason)`` for an input that names nothing.
    """
    found: dict[str, Path] = {}
    problems: list[tuple[str, str]] = []
    for item in inputs:
        path = Path(item)
        if glob.has_magic(item) and not path.exists():
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                problems.append((item, "the pattern matches no file"))
            for m in matches:
                _add(Path(m), found, problems)
        elif path.is_dir():
            for root, dirs, files in os.walk(path, followlinks=False):
                dirs.sort()
                for name in sorted(files):
                    if name.startswith("."):
                        continue
                    _add(Path(root) / name, found, problems)
        elif path.exists() or path.is_symlink():
            _add(path, found, problems)
        else:
            problems.append((item, "no such file or folder"))
    return [found[k] for k in sorted(found)], problems


def _add(path: Path, found: dict[str, Path], problems: list[tuple[str, str]]) -> None:
    if path.is_dir():
        return
    if not path.exists():
        problems.append((str(path), "broken symbolic link"))
        return
    found[str(path.resolve())] = path


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes into text; returns ``(text, encoding)``."""
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise InputError(f"binary file ({what}), not text")
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8", "utf-8-sig"), "utf-8-sig"
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        return _strict(data, "utf-16", "utf-16"), "utf-16"
    if b"\x00" in data[:4096]:
        raise InputError("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise InputError("not decodable as UTF-8, UTF-16 or GB18030/GBK") from None
    if not _looks_like_chinese(text):
        raise InputError("decodes as GB18030 but yields no Chinese text (wrong encoding or binary)")
    return text, "gb18030"


def _strict(data: bytes, codec: str, name: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        raise InputError(f"has a {name} byte-order mark but is not valid {name}") from None


def _looks_like_chinese(text: str) -> bool:
    sample = text[:20000]
    cjk = sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff")
    return cjk >= max(1, len(sample.strip()) // 10)


def load_text(path: Path) -> LoadedText:
    """Read and decode one file. Raises ``InputError`` with a user-facing reason."""
    try:
        data = path.read_bytes()
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror or exc.__class__.__name__})") from None
    if not data.strip():
        raise InputError("empty file")
    from .formats import read_formatted

    formatted = read_formatted(path, data)
    if formatted is not None:
        return formatted
    text, encoding = decode(data)
    if not text.strip():
        raise InputError("only whitespace")
    return LoadedText(doc_id=path.name, path=str(path), text=text, encoding=encoding)


def report_year(text: str) -> int | None:
    """The year a report speaks for: the most frequent plausible ``YYYY年`` in its first part."""
    counts: dict[int, int] = {}
    for m in _YEAR.finditer(text[:20000]):
        year = int(m.group(1))
        counts[year] = counts.get(year, 0) + 1
    if not counts:
        return None
    return max(sorted(counts), key=lambda y: (counts[y], y))
