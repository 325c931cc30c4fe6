"""Byte-identical outputs whatever the hash seed, the order of the inputs on the command line and the
number of workers (timings.json and the log aside, which record times)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "corpus" / "demo"
SAMPLES = REPO.parent / "shared" / "corpus"
NOT_COMPARED = {"timings.json", "zhkg.log"}


def _inputs(tmp_path: Path) -> list[str]:
    extra = tmp_path / "extra"
    extra.mkdir()
    text = "市政协组织委员视察街道社区，听取区住建委关于老旧小区改造情况的汇报。\n"
    (extra / "gbk.txt").write_bytes(text.encode("gbk"))
    (extra / "copy_b.txt").write_text(text, encoding="utf-8")
    (extra / "copy_a.txt").write_text(text, encoding="utf-8")  # the same bytes twice: which is counted must not depend on order
    (extra / "empty.txt").write_bytes(b"")
    (extra / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 32)
    files = [str(p) for p in sorted(DEMO.glob("*.txt"))]
    if SAMPLES.is_dir():
        files.append(str(SAMPLES))
    return files + [str(extra / "copy_b.txt"), str(extra), str(tmp_path / "missing.txt")]


def _start(inputs: list[str], out: Path, seed: str, jobs: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.Popen([sys.executable, "-m", "zhkg.graph", "build", *inputs, "-o", str(out), "-q", "--jobs", jobs],
                            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_hash_seed_input_order_and_workers_do_not_change_a_byte(tmp_path):
    inputs = _inputs(tmp_path)
    runs = {
        "seed1": _start(inputs, tmp_path / "seed1", "1", "1"),
        "seed2": _start(list(reversed(inputs)), tmp_path / "seed2", "2", "2"),
    }
    for name, proc in runs.items():
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, (name, err.decode())
        assert b"Traceback" not in out + err
    first, second = tmp_path / "seed1", tmp_path / "seed2"
    names = sorted(p.name for p in first.iterdir() if p.name not in NOT_COMPARED)
    assert names == sorted(p.name for p in second.iterdir() if p.name not in NOT_COMPARED)
    assert {"graph.graphml", "graph.gexf", "graph.html", "entities.csv", "relations.csv", "mentions.csv", "report.json"} <= set(names)
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
    report = (first / "report.json").read_text(encoding="utf-8")
    assert "same content as copy_a.txt (counted once)" in report  # path order decides, not argument order
    assert "missing.txt" in report and "binary file" in report
