"""Bad and hostile input through the CLI: every file is read or skipped with a reason, exit codes
hold, no traceback reaches the user, nothing is written outside the output folder."""

from __future__ import annotations

import csv
import json
import logging
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest

from zhkg.extract.errors import InputError
from zhkg.extract.load import MAX_CHARS, decode, find_inputs, load_text
from zhkg.graph.cli import main

TEXT = "区政协召开十四届五次常委会议，围绕生态环境保护开展专题协商。区委书记出席会议并讲话。\n"
OUTPUTS = {"graph.graphml", "graph.gexf", "graph.html", "entities.csv", "relations.csv", "mentions.csv",
           "report.json", "timings.json"}


@pytest.fixture
def cli(capsys):
    """Run ``zhkg`` in this process; returns (exit code, stdout, stderr). Restores logging after."""
    logger = logging.getLogger("zhkg")
    saved = logger.handlers[:], logger.level, logger.propagate

    def run(*args: str):
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        return code, out, err

    yield run
    for h in logger.handlers:
        if h not in saved[0]:
            h.close()
    logger.handlers[:], logger.level, logger.propagate = saved
    logging.captureWarnings(False)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


ENCODED = {  # file name -> (bytes, encoding the report must record)
    "utf8.txt": (TEXT.encode("utf-8"), "utf-8"),
    "utf8_bom.txt": (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
    "gbk.txt": (TEXT.encode("gbk"), "gbk"),
    "gb18030.txt": ((TEXT + "𠀀").encode("gb18030"), "gb18030"),  # U+20000 exists in GB18030 only
    "utf16le.txt": (b"\xff\xfe" + TEXT.encode("utf-16-le"), "utf-16-le"),
    "utf16be.txt": (b"\xfe\xff" + TEXT.encode("utf-16-be"), "utf-16-be"),
    "no_chinese.txt": (b"The committee met on Monday to discuss the budget.\n", "utf-8"),
}
SKIPS = {  # file name -> the reason the report must give (regex)
    "empty.txt": r"^empty file$",
    "blank.txt": r"^contains only whitespace$",
    "image.txt": r"binary file \(a PNG image\)",
    "noext": r"binary file \(contains NUL bytes\)",
    "broken.pdf": r"^PDF cannot be read",
    "loop": r"^symbolic link loop$",
    "dangling.txt": r"^broken symbolic link$",
    "fifo.txt": r"not a regular file \(a named pipe\)",
    "zz_same_as_utf8.txt": r"^same content as utf8\.txt \(counted once\)$",
    "linked_folder": r"symbolic link to a folder \(not followed\)",
}


def mixed_folder(root: Path) -> Path:
    folder = root / "in"
    folder.mkdir()
    for name, (data, _) in ENCODED.items():
        _write(folder / name, data)
    _write(folder / "empty.txt", b"")
    _write(folder / "blank.txt", b" \n\t\r\n\xe3\x80\x80\n")  # U+3000 ideographic space too
    _write(folder / "image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    _write(folder / "noext", bytes(range(256)) * 8)
    _write(folder / "broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage")
    _write(folder / "zz_same_as_utf8.txt", TEXT.encode("utf-8"))
    _write(folder / ".hidden.txt", TEXT.encode("utf-8"))  # hidden files are not inputs
    os.symlink("loop", folder / "loop")
    os.symlink("nowhere.txt", folder / "dangling.txt")
    os.mkfifo(folder / "fifo.txt")  # reading it would block forever
    os.symlink(".", folder / "linked_folder")  # a folder loop, never walked
    return folder


@pytest.fixture(scope="module")
def mixed_build(tmp_path_factory):
    """One CLI build of the mixed folder (module-wide: the checks below read its outputs)."""
    import io
    from contextlib import redirect_stderr, redirect_stdout

    root = tmp_path_factory.mktemp("mixed")
    folder = mixed_folder(root)
    out = root / "out"
    err, std = io.StringIO(), io.StringIO()
    logger = logging.getLogger("zhkg")
    saved = logger.handlers[:]
    with redirect_stderr(err), redirect_stdout(std):
        code = main(["build", str(folder), "-o", str(out), "--jobs", "1", "-q"])
    for h in logger.handlers:
        if h not in saved:
            h.close()
    logger.handlers[:] = saved
    logging.captureWarnings(False)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return code, std.getvalue(), err.getvalue(), report, folder, out


def test_mixed_folder_exit_code_and_console(mixed_build):
    code, out, err, _, folder, _ = mixed_build
    assert code == 0
    assert "Traceback" not in out + err
    for name in SKIPS:
        assert re.search(rf"^zhkg: skipped {re.escape(str(folder / name))}: ", err, re.M), name
    assert f"{len(ENCODED)} documents read, {len(SKIPS)} skipped" in out


def test_every_encoding_decoded_and_recorded(mixed_build):
    _, _, _, report, folder, out = mixed_build
    docs = {d["doc"]: d for d in report["documents"]}
    assert set(docs) == set(ENCODED)
    for name, (_, encoding) in ENCODED.items():
        assert docs[name]["encoding"] == encoding, name
        assert docs[name]["path"] == str(folder / name)
    for name in ENCODED:
        expected = TEXT + "𠀀" if name == "gb18030.txt" else None
        if name != "no_chinese.txt":
            assert load_text(folder / name).text == (expected or TEXT), name
    assert docs["no_chinese.txt"]["entities"] == 0
    assert docs["gbk.txt"]["entities"] == docs["utf16be.txt"]["entities"] == docs["utf8_bom.txt"]["entities"] > 0
    with open(out / "mentions.csv", encoding="utf-8") as f:  # offsets into each decoded original
        rows = list(csv.DictReader(f))
    assert {r["doc"] for r in rows} >= {"gbk.txt", "utf16le.txt", "utf16be.txt", "utf8_bom.txt", "gb18030.txt"}
    for r in rows:
        original = load_text(folder / r["doc"]).text
        assert original[int(r["start"]) : int(r["end"])] == r["surface"], r


def test_every_skip_reported_with_its_reason(mixed_build):
    _, _, _, report, folder, _ = mixed_build
    skipped = {Path(s["path"]).name: s["reason"] for s in report["skipped"]}
    assert set(skipped) == set(SKIPS)
    for name, pattern in SKIPS.items():
        assert re.search(pattern, skipped[name]), (name, skipped[name])
    assert report["counts"]["documents_read"] == len(ENCODED)
    assert report["counts"]["documents_skipped"] == len(SKIPS)
    assert report["inputs"] == [str(folder)]


def test_strict_fails_and_leaves_outputs(mixed_build, cli, tmp_path):
    _, _, _, _, folder, _ = mixed_build
    out = tmp_path / "out"
    code, stdout, err = cli("build", folder, "-o", out, "--jobs", "1", "-q", "--strict")
    assert code == 1
    assert f"{len(SKIPS)} input(s) skipped under --strict" in err
    assert not any((out / name).exists() for name in OUTPUTS)
    good = tmp_path / "good"
    good.mkdir()
    _write(good / "a.txt", TEXT.encode())
    assert cli("build", good, "-o", out, "--jobs", "1", "-q", "--strict")[0] == 0
    assert {p.name for p in out.iterdir()} == OUTPUTS | {"zhkg.log"}


def test_nothing_processed_is_exit_1_and_writes_nothing(cli, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    _write(folder / "a.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    _write(folder / "b.txt", b"")
    out = tmp_path / "out"
    code, _, err = cli("build", folder, "-o", out, "-q")
    assert code == 1
    assert "no document could be processed (2 skipped)" in err
    assert not any((out / name).exists() for name in OUTPUTS)
    empty = tmp_path / "empty"
    empty.mkdir()
    code, _, err = cli("build", empty, "-o", out, "-q")
    assert code == 1 and "no input file found" in err


def test_usage_errors_exit_2_without_side_effects(cli, tmp_path):
    out = tmp_path / "out"
    code, _, err = cli("build", tmp_path / "missing.txt", "-o", out)
    assert code == 2 and "no such file or folder" in err
    assert not out.exists()  # a usage error creates nothing
    a_file = _write(tmp_path / "file.txt", TEXT.encode())
    code, _, err = cli("build", a_file, "-o", a_file)
    assert code == 2 and "exists and is not a folder" in err
    code, _, err = cli("build", a_file, "-o", a_file / "sub")  # cannot be created
    assert code == 2 and f"cannot write to {a_file / 'sub'}" in err
    with pytest.raises(SystemExit) as exc:
        main(["build", str(a_file), "-o", str(out), "--jobs", "0"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["frobnicate"])
    assert exc.value.code == 2
    assert main([]) == 2


def test_help_documents_exit_codes(capsys):
    for argv in (["--help"], ["build", "--help"]):
        with pytest.raises(SystemExit) as exc:
            main(argv)
        assert exc.value.code == 0
        text = capsys.readouterr().out
        for code in ("0 ", "1 ", "2 ", "3 "):
            assert re.search(rf"^  {code}", text, re.M), (argv, code)
        assert "--strict" in text or argv == ["--help"]


def test_missing_input_among_others_is_reported(cli, tmp_path):
    good = _write(tmp_path / "a.txt", TEXT.encode())
    out = tmp_path / "out"
    code, _, err = cli("build", good, tmp_path / "nope.txt", "-o", out, "-q")
    assert code == 0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["skipped"] == [{"path": str(tmp_path / "nope.txt"), "reason": "no such file or folder"}]
    assert "skipped" in err and "nope.txt" in err
    assert cli("build", good, tmp_path / "nope.txt", "-o", out, "-q", "--strict")[0] == 1


def test_internal_error_names_the_log_and_hides_the_traceback(cli, tmp_path, monkeypatch):
    import zhkg.graph.run as run_module

    def broken(results):
        raise RuntimeError("a bug deep inside")

    monkeypatch.setattr(run_module, "build_graph", broken)
    good = _write(tmp_path / "a.txt", TEXT.encode())
    out = tmp_path / "out"
    code, _, err = cli("build", good, "-o", out, "-q", "--jobs", "1")
    assert code == 3
    assert f"details in {out / 'zhkg.log'}" in err
    log = (out / "zhkg.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "a bug deep inside" in log
    assert not any((out / name).exists() for name in OUTPUTS)


def test_failed_write_keeps_previous_outputs(cli, tmp_path, monkeypatch):
    import zhkg.graph.export_gexf as gexf

    good = _write(tmp_path / "a.txt", TEXT.encode())
    out = tmp_path / "out"
    assert cli("build", good, "-o", out, "-q", "--jobs", "1")[0] == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.name != "zhkg.log"}

    def full_disk(graph, path, *flat):
        raise OSError(28, "No space left on device", str(path))

    monkeypatch.setattr(gexf, "write_gexf", full_disk)
    _write(tmp_path / "b.txt", "市政协组织委员视察街道社区。\n".encode())
    code, _, err = cli("build", good, tmp_path / "b.txt", "-o", out, "-q", "--jobs", "1")
    assert code == 3 and "No space left on device" in err and "previous outputs left as they were" in err
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.name != "zhkg.log"} == before


def test_unreadable_file_is_skipped(tmp_path, monkeypatch):
    """Root reads anything, so the permission error is simulated (the real chmod case runs as a user)."""
    from zhkg.graph.run import build

    good = _write(tmp_path / "a.txt", TEXT.encode())
    locked = _write(tmp_path / "locked.txt", "市政协召开会议。\n".encode())
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    run = build([str(good), str(locked)], jobs=1)
    assert [r.doc_id for r in run.results] == ["a.txt"]
    assert [(s.path, s.reason) for s in run.skipped] == [(str(locked), "cannot be read (permission denied)")]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a chmod 000 file; simulated in test_unreadable_file_is_skipped")
def test_chmod_000_file_is_skipped(tmp_path):
    from zhkg.graph.run import build

    locked = _write(tmp_path / "locked.txt", TEXT.encode())
    locked.chmod(0)
    try:
        run = build([str(tmp_path)], jobs=1)
    finally:
        locked.chmod(0o644)
    assert [(s.path, s.reason) for s in run.skipped] == [(str(locked), "cannot be read (permission denied)")]


def test_unreadable_folder_is_reported(tmp_path, monkeypatch):
    sub = tmp_path / "in" / "secret"
    sub.mkdir(parents=True)
    _write(tmp_path / "in" / "a.txt", TEXT.encode())
    _write(sub / "b.txt", TEXT.encode())
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path) == str(sub):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    files, problems = find_inputs([str(tmp_path / "in")])
    assert [f.name for f in files] == ["a.txt"]
    assert problems == [(str(sub), "folder cannot be read (permission denied)")]


def test_a_reader_crash_is_a_skip_not_a_lost_run(tmp_path, monkeypatch):
    import zhkg.extract.formats as formats
    from zhkg.graph.run import build

    def crash(path, data):
        if path.suffix == ".docx":
            raise KeyError("a reader bug")
        return None

    monkeypatch.setattr(formats, "read_formatted", crash)
    good = _write(tmp_path / "a.txt", TEXT.encode())
    bad = _write(tmp_path / "b.docx", b"PK\x03\x04 not really")
    run = build([str(good), str(bad)], jobs=1)
    assert [r.doc_id for r in run.results] == ["a.txt"]
    assert run.skipped[0].reason == "cannot be read (KeyError); details in the log"


def test_thousand_small_files(tmp_path):
    from zhkg.graph.run import build

    folder = tmp_path / "many"
    folder.mkdir()
    bodies = ["区政协召开常委会议", "围绕生态环境保护开展协商", "市政协委员视察街道", "举办座谈会"]
    for i in range(1000):
        _write(folder / f"{i:04d}.txt", f"{bodies[i % 4]}，第{i}次。\n".encode())
    _write(folder / "dup.txt", f"{bodies[0]}，第0次。\n".encode())
    run = build([str(folder)], jobs=1)
    assert len(run.results) == 1000
    assert [(Path(s.path).name, s.reason) for s in run.skipped] == [("dup.txt", "same content as 0000.txt (counted once)")]
    assert run.graph.number_of_nodes() > 0


def test_outputs_are_never_read_as_inputs(cli, tmp_path):
    """Output folder inside the input folder, or the input folder itself: a second run reads the same
    documents as the first (not graph.html, the CSVs, report.json...); the user's own files there still count."""
    for case in ("inside", "same"):
        folder = tmp_path / case
        folder.mkdir()
        _write(folder / "a.txt", TEXT.encode())
        out = folder / "out" if case == "inside" else folder
        out.mkdir(exist_ok=True)
        _write(out / "notes.txt", "市政协组织委员视察街道社区。\n".encode())  # a user's file in DIR
        assert cli("build", folder, "-o", out, "-q", "--jobs", "1")[0] == 0
        first = (out / "report.json").read_bytes()
        assert cli("build", folder, "-o", out, "-q", "--jobs", "1")[0] == 0  # the outputs now sit among the inputs
        assert (out / "report.json").read_bytes() == first
        report = json.loads(first)
        assert sorted(d["doc"] for d in report["documents"]) == ["a.txt", "notes.txt"] and report["skipped"] == []
    code, _, err = cli("build", folder / "a.txt", folder / "report.json", "-o", folder, "-q", "--jobs", "1")  # named
    assert code == 0 and "report.json: an output of zhkg in the output folder, not an input" in err


def test_decode_rejects_what_is_not_text():
    for data, reason in [
        (b"\x1f\x8b\x08\x00" + b"x" * 50, "gzip"),
        (b"\xff\xfe" + b"\x00\xd8", "utf-16-le"),  # a BOM, then a lone surrogate
        (bytes([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08]) * 4 + "区政协".encode(), "control characters"),
        ("café crème".encode("latin-1"), "GB"),
    ]:
        with pytest.raises(InputError, match=reason):
            decode(data)
    text = "区政协召开会议，围绕生态保护协商。" * 3
    assert decode(text.encode("utf-16-le")) == (text, "utf-16-le")  # no byte-order mark, still Chinese
    assert decode(b"\x00\x00\xfe\xff" + text.encode("utf-32-be")) == (text, "utf-32-be")


def test_too_large_file_is_skipped_before_reading(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.truncate(4 * MAX_CHARS + 1)  # sparse: no need to write the bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read a file it should refuse"))
    with pytest.raises(InputError, match=r"too large for one document \(4\.0 MB; the limit is 1,000,000 characters\)"):
        load_text(big)


def test_too_many_characters_is_skipped(tmp_path):
    path = _write(tmp_path / "long.txt", ("a" * (MAX_CHARS + 1)).encode())
    with pytest.raises(InputError, match="too large for one document \\(1,000,001 characters"):
        load_text(path)


# ---- hostile text ------------------------------------------------------------------------------

HOSTILE = (
    "=1+1 区政协举办“院士专家走进基层”活动。\n"
    "+SUM(A1) 市政协组织委员视察街道社区。\n"
    "-2 @cmd 区委统战部召开座谈会，围绕生态环境保护协商。\n"
)


def test_hostile_text_and_names(cli, tmp_path):
    """Control characters (NUL too, past the binary sniff), formula cells, names with control bytes,
    invalid UTF-8 and ``..``: GraphML/GEXF still parse, CSV cells are neutralised, nothing is written
    outside the output folder."""
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    padding = "区政协委员开展调研。" * 200  # > 4096 bytes before the NUL
    controls = "区政协\x00召开\x01常委\x1b会议\x7f，\x0b围绕\x0c生态\x08保护协商。\n"
    _write(folder / "=HYPERLINK(1).txt", (HOSTILE + padding + "\n" + controls).encode())
    os.close(os.open(os.fsencode(folder / "sub") + b"/bad\xff\x01name.txt", os.O_CREAT | os.O_WRONLY))
    with open(os.fsencode(folder / "sub") + b"/bad\xff\x01name.txt", "wb") as f:
        f.write("市政协召开主席会议。\n".encode())
    _write(folder / "sub" / "=HYPERLINK(1).txt", "区政协召开全体会议。\n".encode())  # same name, other content
    _write(folder / "sub" / "a..b\x01=x.html", "<html><body><p>区政协召开主席会议，围绕民生实事协商。</p>".encode())
    out = tmp_path / "out"
    before = sorted(p for p in tmp_path.rglob("*") if out not in p.parents)
    code, stdout, err = cli("build", folder, folder / "sub" / ".." / "sub", "-o", out, "-q", "--jobs", "1", "--keep-text")
    assert code == 0, err
    after = sorted(p for p in tmp_path.rglob("*") if out not in p.parents and p != out)
    assert after == before  # nothing written outside DIR
    assert {p.name for p in out.iterdir()} == OUTPUTS | {"zhkg.log", "text"}
    from zhkg.graph.run import is_output_of

    written = [p for p in out.rglob("*") if p.is_file()]
    assert all(is_output_of(out)(os.path.realpath(p)) for p in written)  # OUTPUT_NAMES knows every output
    [kept] = (out / "text").iterdir()  # the HTML's text, under a sanitised name
    assert kept.name.isprintable() and kept.read_text(encoding="utf-8").startswith("区政协召开主席会议")

    raw = (out / "graph.graphml").read_bytes() + (out / "graph.gexf").read_bytes()
    assert not re.search(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]", raw)
    for name in ("graph.graphml", "graph.gexf"):
        ET.parse(out / name)
    g = nx.read_graphml(out / "graph.graphml")
    assert g.number_of_nodes() > 0
    nx.read_gexf(out / "graph.gexf")

    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    docs = {d["doc"] for d in report["documents"]}
    assert "bad\\xff\\x01name.txt" in docs  # undecodable and control bytes shown as escapes
    same_name = sorted(d for d in docs if d.endswith("=HYPERLINK(1).txt"))
    assert same_name == [f"{folder}/=HYPERLINK(1).txt", f"{folder}/sub/../sub/=HYPERLINK(1).txt"]  # paths as given
    for name in ("entities.csv", "relations.csv", "mentions.csv"):
        with open(out / name, encoding="utf-8") as f:
            for row in csv.reader(f):
                for cell in row:
                    assert not cell.startswith(("=", "+", "-", "@")), (name, cell)
    with open(out / "entities.csv", encoding="utf-8") as f:
        evidence = [r["evidence"] for r in csv.DictReader(f)]
    assert any(e.startswith("'=1+1") for e in evidence)
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert "\x00" not in html and "\x01" not in html


def test_eval_errors_have_no_traceback(cli, tmp_path, monkeypatch):
    import zhkg.graph.evaluate as evaluate

    bad = tmp_path / "gold.json"
    bad.write_text("{not json", encoding="utf-8")
    code, _, err = cli("eval", tmp_path, bad)
    assert code == 2 and err.startswith("zhkg: error: ")

    def broken(pred, gold):
        raise RuntimeError("an evaluation bug")

    monkeypatch.setattr(evaluate, "evaluate_paths", broken)
    code, _, err = cli("eval", tmp_path, bad)
    assert code == 3
    log = Path(re.search(r"details in (\S+)$", err.strip()).group(1))
    assert "an evaluation bug" in log.read_text(encoding="utf-8")
    log.unlink()
