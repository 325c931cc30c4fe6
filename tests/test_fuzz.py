"""Property tests (hypothesis) over loading, cleaning, offset mapping and extraction.

Examples are derandomized so CI sees the same ones each run (set ZHKG_FUZZ_RANDOM=1 to explore).
Counts: decode 600 + load 200 + format readers 150 + clean 600 + offsets 300 + extraction 120 = 1,970.
"""

from __future__ import annotations

import os
import re

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from zhkg.extract.clean import AlignedText, clean, traditional_chars
from zhkg.extract.errors import InputError
from zhkg.extract.load import LoadedText, decode, load_text

RANDOM = os.environ.get("ZHKG_FUZZ_RANDOM") == "1"


def fuzz(n: int):
    return settings(max_examples=n, deadline=None, derandomize=not RANDOM, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture])


CJK = list("区政协委员会议召开举办围绕生态环境保护专题协商调研视察街道社区市县镇村主席书记副区长人民政府党组常委"
           "北京丰台包头西湖武侯天河宝塔活动座谈组织参加出席联合监督制定方案工作报告年月日第次届")
PUNCT = list("“”‘’《》「」（）()、，。；：！？!?,.;:…—·")
ODD = list("\n\n\n \t\r\u3000\u00a0\ufeff\u200b\u00ad\x00\x01\x0b\x0c\x1b\x7f＝＋－＠ＡＢ１２區協議會團體")
ALPHABET = st.sampled_from(CJK * 4 + PUNCT * 2 + ODD + list("0123456789abcXYZ =+-@"))
TEXT = st.one_of(st.text(ALPHABET, max_size=300), st.text(max_size=200),
                 st.lists(st.one_of(st.text(ALPHABET, max_size=40), st.text(max_size=10)), max_size=8).map("".join))
BOMS = [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff", b"%PDF", b"\x89PNG"]
ENCODINGS = ["utf-8", "utf-16-le", "utf-16-be", "gb18030", "utf-32-le"]


@st.composite
def document_bytes(draw) -> bytes:
    """Random bytes, or text in some encoding behind some (maybe wrong) byte-order mark, maybe damaged."""
    kind = draw(st.integers(0, 2))
    if kind == 0:
        return draw(st.binary(max_size=600))
    text = draw(st.text(ALPHABET, max_size=200))
    data = text.encode(draw(st.sampled_from(ENCODINGS)), errors="ignore")
    if kind == 2 and data:
        i = draw(st.integers(0, len(data) - 1))
        data = data[:i] + draw(st.binary(min_size=1, max_size=4)) + data[i + 1 :]
    return draw(st.sampled_from(BOMS)) + data


@fuzz(600)
@given(document_bytes())
def test_decode_returns_text_or_input_error(data):
    try:
        text, encoding = decode(data)
    except InputError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert isinstance(text, str) and isinstance(encoding, str)
    assert not re.search("[\ud800-\udfff]", text)  # the text can always be written as UTF-8
    text.encode("utf-8")


@fuzz(200)
@given(document_bytes(), st.sampled_from(["doc.txt", "doc", "notes.md", "=x\x01.txt"]))
def test_load_text_returns_text_or_input_error(tmp_path_factory, data, name):
    path = tmp_path_factory.mktemp("load") / name
    path.write_bytes(data)
    try:
        loaded = load_text(path)
    except InputError:
        return
    assert loaded.text.strip()
    assert loaded.doc_id.isprintable()  # control characters of the name are escaped
    loaded.doc_id.encode("utf-8")


def _zipped(data: bytes) -> bytes:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", data)
    return buf.getvalue()


@fuzz(150)
@given(st.one_of(st.binary(max_size=400), st.binary(max_size=300).map(lambda b: b"%PDF-1.4\n" + b),
                 st.text(ALPHABET, max_size=100).map(lambda t: f"<html><title>{t}</title><body><p>{t}".encode()),
                 st.binary(max_size=200).map(_zipped)),
       st.sampled_from([".pdf", ".html", ".docx"]))
def test_format_readers_return_text_or_input_error(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("formats") / f"doc{suffix}"
    path.write_bytes(data)
    try:
        loaded = load_text(path)
    except InputError:
        return
    assert loaded.text.strip()


def _plain(ch: str) -> bool:
    """A character no cleaning step has reason to change: ASCII letters and digits, simplified ideographs."""
    return (ch.isascii() and ch.isalnum()) or ("\u4e00" <= ch <= "\u9fff" and ch not in traditional_chars())


@fuzz(600)
@given(TEXT)
def test_clean_keeps_an_exact_origin_for_every_character(original):
    aligned = clean(original)
    assert aligned.original == original
    origin = aligned.origin.tolist()
    assert len(origin) == len(aligned.text)
    assert all(0 <= a < b < len(original) for a, b in zip(origin, origin[1:]))  # strictly increasing, in range
    assert all(0 <= o < len(original) for o in origin[:1])
    for i, o in enumerate(origin):  # substitutions are one-for-one, and only of characters that need it
        assert aligned.text[i] == original[o] or not _plain(original[o]), (i, original[o], aligned.text[i])
    for start, end, why in aligned.removed:
        assert 0 <= start <= end <= len(original) and isinstance(why, str)


@fuzz(300)
@given(TEXT, st.data())
def test_span_to_original_covers_the_clean_span(original, data):
    aligned = clean(original)
    n = len(aligned.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    o_start, o_end = aligned.span_to_original(start, end)
    assert 0 <= o_start <= o_end <= len(original)
    if end > start:
        assert o_end - o_start >= end - start
        sources = [original[o] for o in aligned.origin[start:end].tolist()]
        assert sources[0] == original[o_start] and sources[-1] == original[o_end - 1]
    assert AlignedText.from_original(original).span_to_original(0, len(original)) == (0, len(original))


@fuzz(120)
@given(st.one_of(st.text(ALPHABET, min_size=1, max_size=80), st.lists(st.sampled_from(
    ["区政协", "召开", "主席会议", "围绕", "“生态保护”", "《工作方案》", "\n", "，", "。", "市政协委员", "视察", "丰台区",
     "街道", "举办", "座谈会", "区委书记", "出席", "、", "和", "联合", "在", "领导下", "區政協", "\x01", "\u3000"]),
    min_size=1, max_size=25).map("".join)))
def test_extraction_never_raises_and_offsets_are_exact(text):
    from zhkg.extract.document import extract

    result = extract(LoadedText("fuzz.txt", "fuzz.txt", text, "utf-8"))
    event("with mentions" if result.mentions else "no mention")
    for m in result.mentions:
        assert text[m.start : m.end] == m.surface, (m, text)
        if m.sentence is not None:
            assert 0 <= m.sentence.start <= m.start and m.end <= m.sentence.end <= len(text)
    keys = {e.key for e in result.entities}
    assert {m.entity for m in result.mentions} <= keys
    for r in result.relations:
        if r.evidence is not None:
            assert 0 <= r.evidence.start <= r.evidence.end <= len(text)
