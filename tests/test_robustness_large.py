"""Very large and pathological inputs: refused fast when too large, linear when allowed."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from zhkg.extract.load import MAX_CHARS, LoadedText

REPO = Path(__file__).resolve().parents[1]
UNIT = "区政协召开常委会议，围绕生态环境保护开展专题协商，"

MEASURE = """
import resource, subprocess, sys, time
t = time.perf_counter()
code = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(code, time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def test_50mb_file_without_newline(tmp_path):
    """50 MB of Chinese on one line: skipped as too large in seconds, without reading it into memory."""
    folder = tmp_path / "in"
    folder.mkdir()
    block = (UNIT * 10_000).encode()
    with open(folder / "huge.txt", "wb") as f:
        while f.tell() + len(block) <= 50_000_000:
            f.write(block)
        f.write(block[: 50_000_000 - f.tell()].decode(errors="ignore").encode())  # whole characters
    (folder / "small.txt").write_text(UNIT + "。\n", encoding="utf-8")
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "zhkg.graph", "build", str(folder), "-o", str(out), "-q", "--jobs", "1"]
    result = subprocess.run([sys.executable, "-c", MEASURE, *cmd], cwd=REPO, capture_output=True, text=True, timeout=300)
    code, seconds, rss_kb = result.stdout.split()
    assert int(code) == 0
    print(f"50 MB one-line file: {float(seconds):.1f} s, peak RSS {int(rss_kb) / 1024:.0f} MB")
    assert float(seconds) < 60
    assert int(rss_kb) < 1_000_000  # well under 1 GB: the file is never read whole
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [d["doc"] for d in report["documents"]] == ["small.txt"]
    [skip] = report["skipped"]
    assert skip["path"].endswith("huge.txt")
    assert skip["reason"].startswith("too large for one document (50.0 MB; the limit is 1,000,000 characters)")
    assert (folder / "huge.txt").stat().st_size > 49_999_990


def test_cleaning_and_units_are_linear_on_the_longest_line():
    """The largest document allowed, as one line: cleaning, sentence starts and LAC units stay fast."""
    from zhkg.extract.clean import clean
    from zhkg.extract.lexical import MAX_UNIT, lac_units
    from zhkg.extract.sentences import sentence_starts

    text = (UNIT * (MAX_CHARS // len(UNIT) + 1))[:MAX_CHARS]
    t = time.perf_counter()
    aligned = clean(text)
    starts = sorted(sentence_starts(aligned.text))
    units = lac_units(aligned.text, list(zip(starts, starts[1:] + [len(aligned.text)])))
    seconds = time.perf_counter() - t
    assert len(aligned.text) == MAX_CHARS and len(aligned.origin) == MAX_CHARS
    assert max(e - s for s, e in units) <= MAX_UNIT and len(units) >= MAX_CHARS // MAX_UNIT
    assert seconds < 20, seconds
    ascii_text = "a" * MAX_CHARS  # no CJK, no punctuation, no newline
    t = time.perf_counter()
    assert clean(ascii_text).text == ascii_text
    assert time.perf_counter() - t < 10


def test_long_line_through_the_whole_pipeline():
    """A 20,000-character line with commas only (one 'sentence'): extracted, offsets exact."""
    from zhkg.extract.document import extract

    text = "".join(f"{UNIT[:-1]}第{i}次，" for i in range(20_000 // (len(UNIT) + 3)))
    result = extract(LoadedText("long.txt", "long.txt", text, "utf-8"))
    assert len(result.mentions) > 100
    assert all(text[m.start : m.end] == m.surface for m in result.mentions)
