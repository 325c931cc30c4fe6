"""Find input files and decode them, detecting the encoding.

Supported: UTF-8 (with or without BOM), UTF-16 and UTF-32 with BOM, UTF-16 without BOM when it is
clearly Chinese text, GBK and GB18030. PDF, HTML and DOCX go to ``formats.py``. A file that decodes
under none of them, looks binary, is empty or is too large raises ``InputError`` with the reason.
"""

from __future__ import annotations

import dataclasses
import errno
import glob
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .errors import InputError

MAX_CHARS = 1_000_000  # characters in one document (spaCy's max_length; split larger files)
MAX_TEXT_BYTES = 4 * MAX_CHARS  # a plain-text file larger than this cannot fit, whatever its encoding
_BINARY_MAGIC = (
    (b"%PDF", "a PDF file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (e.g. DOCX/XLSX)"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # not tab, line breaks, form feed
_UNSAFE_NAME = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
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


def display_name(name: str) -> str:
    """A file name or path as printable UTF-8 text: undecodable bytes and control characters
    become ``\\xNN`` escapes (names are bytes on Linux; outputs and the console need text)."""
    if not _UNSAFE_NAME.search(name):
        return name

    def escape(m: re.Match) -> str:
        ch = m.group()
        code = ord(ch) - 0xDC00 if "\udc80" <= ch <= "\udcff" else ord(ch)
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return _UNSAFE_NAME.sub(escape, name)


def find_inputs(inputs: list[str], exclude: Callable[[str], bool] | None = None) -> tuple[list[Path], list[tuple[str, str]]]:
    """Expand files, folders (recursive) and globs into a sorted list of regular files.

    Hidden files and folders (``.name``) inside folders are left out, and so is every file for which
    ``exclude(real path)`` is true (the outputs of this run) that a folder or pattern reaches. Returns
    ``(files, problems)``; a problem is ``(path, reason)`` for an input that names nothing readable
    (missing, broken or looping link, FIFO, unreadable folder, link to a folder inside a folder: not
    followed, so no loop; an output file named as an input).
    """
    found: dict[str, Path] = {}
    problems: list[tuple[str, str]] = []

    def add(path: Path, named: bool = False) -> None:
        if exclude is not None and exclude(os.path.realpath(path)):
            if named:
                problems.append((display_name(str(path)), "an output of zhkg in the output folder, not an input"))
            return
        _add(path, found, problems)

    for item in inputs:
        path = Path(item)
        if glob.has_magic(item) and not os.path.lexists(item):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                problems.append((display_name(item), "the pattern matches no file"))
            for m in matches:
                if os.path.isdir(m):
                    _walk(Path(m), add, problems)
                else:
                    add(Path(m))
        elif path.is_dir():
            _walk(path, add, problems)
        elif os.path.lexists(item):
            add(path, named=True)
        else:
            problems.append((display_name(item), "no such file or folder"))
    return [found[k] for k in sorted(found)], problems


def _walk(top: Path, add, problems: list[tuple[str, str]]) -> None:
    def onerror(exc: OSError) -> None:
        problems.append((display_name(str(exc.filename)), f"folder cannot be read ({_reason(exc)})"))

    for root, dirs, files in os.walk(top, onerror=onerror, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for d in [d for d in dirs if os.path.islink(os.path.join(root, d))]:
            problems.append((display_name(os.path.join(root, d)), "symbolic link to a folder (not followed)"))
            dirs.remove(d)
        for name in sorted(files):
            if not name.startswith("."):
                add(Path(root) / name)


def _add(path: Path, found: dict[str, Path], problems: list[tuple[str, str]]) -> None:
    try:
        st = os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            problems.append((display_name(str(path)), "symbolic link loop"))
        elif os.path.islink(path):
            problems.append((display_name(str(path)), "broken symbolic link"))
        else:
            problems.append((display_name(str(path)), f"cannot be read ({_reason(exc)})"))
        return
    if stat.S_ISDIR(st.st_mode):
        return
    if not stat.S_ISREG(st.st_mode):
        problems.append((display_name(str(path)), f"not a regular file ({_kind(st.st_mode)})"))
        return
    key = os.path.realpath(path)
    if key not in found or str(path) < str(found[key]):  # one file named twice: the same name whatever the order
        found[key] = path


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a file"


def _reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    return exc.strerror or exc.__class__.__name__


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes into text; returns ``(text, encoding)`` or raises ``InputError``."""
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise InputError(f"binary file ({what}), not text")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec[:-4] if codec == "utf-8-sig" else codec)
            except UnicodeDecodeError:
                raise InputError(f"has a {codec} byte-order mark but is not valid {codec}") from None
            return _checked(text), codec
    if b"\x00" in data[:4096]:
        for codec in ("utf-16-le", "utf-16-be"):  # UTF-16 without a byte-order mark
            text = _try(data, codec)
            if text is not None and not _CONTROL.search(text[:65536]) and _looks_like_chinese(text, 0.3):
                return text, codec
        raise InputError("binary file (contains NUL bytes), not text")
    for codec in ("utf-8", "gbk", "gb18030"):
        text = _try(data, codec)
        if text is None:
            continue
        if codec != "utf-8" and not _looks_like_chinese(text):
            raise InputError(f"decodes as {codec.upper()} but yields no Chinese text (wrong encoding or binary)")
        return _checked(text), codec
    raise InputError("not decodable as UTF-8, UTF-16, GBK or GB18030")


def _try(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _checked(text: str) -> str:
    """Text with many control characters is a binary file that happened to decode."""
    sample = text[:65536]
    controls = len(_CONTROL.findall(sample))
    if controls >= 8 and controls * 20 > len(sample):
        raise InputError(f"binary file ({100 * controls // len(sample)}% control characters), not text")
    return text


def _looks_like_chinese(text: str, share: float = 0.1) -> bool:
    sample = text[:20000]
    cjk = sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff")
    return cjk >= max(1, int(len(sample.strip()) * share))


def load_text(path: Path) -> LoadedText:
    """Read and decode one file. Raises ``InputError`` with a user-facing reason."""
    from .formats import SUFFIXES as FORMAT_SUFFIXES, read_formatted

    try:
        st = path.stat()
    except OSError:
        st = None  # bytes shipped from elsewhere (a Dask client): nothing to check here
    if st is not None and not stat.S_ISREG(st.st_mode):
        raise InputError(f"not a regular file ({_kind(st.st_mode)})")
    if st is not None and st.st_size > MAX_TEXT_BYTES and path.suffix.lower() not in FORMAT_SUFFIXES:
        raise InputError(_too_large(f"{st.st_size / 1e6:.1f} MB"))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot be read ({_reason(exc)})") from None
    if not data.strip():
        raise InputError("empty file" if not data else "contains only whitespace")
    loaded = read_formatted(path, data)
    if loaded is None:
        if len(data) > MAX_TEXT_BYTES:
            raise InputError(_too_large(f"{len(data) / 1e6:.1f} MB"))
        text, encoding = decode(data)
        loaded = LoadedText(doc_id=path.name, path=str(path), text=text, encoding=encoding)
    if not loaded.text.strip():
        raise InputError("contains only whitespace" if loaded.format == "text" else f"no text in this {loaded.format.upper()} file")
    if len(loaded.text) > MAX_CHARS:
        raise InputError(_too_large(f"{len(loaded.text):,} characters"))
    return dataclasses.replace(loaded, doc_id=display_name(loaded.doc_id))


def _too_large(size: str) -> str:
    return f"too large for one document ({size}; the limit is {MAX_CHARS:,} characters): split it into smaller files"


def report_year(text: str) -> int | None:
    """The year a report speaks for: the most frequent plausible ``YYYY年`` in its first part."""
    counts: dict[int, int] = {}
    for m in _YEAR.finditer(text[:20000]):
        year = int(m.group(1))
        counts[year] = counts.get(year, 0) + 1
    if not counts:
        return None
    return max(sorted(counts), key=lambda y: (counts[y], y))
