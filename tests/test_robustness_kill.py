"""Never a half-written output: runs killed (SIGKILL) while extracting or writing leave the previous
outputs byte for byte, failures leave no temporary files, and every writer goes through atomic.py."""

from __future__ import annotations

import ast
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from zhkg.graph.atomic import STAGING_PREFIX, atomic_path, remove_stale_staging, staged, write_text

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "corpus" / "demo"
TEXTS = [
    "区政协召开十四届五次常委会议，围绕生态环境保护开展专题协商。\n",
    "市政协组织委员视察街道社区，听取区住建委关于老旧小区改造情况的汇报。\n",
    "区委统战部举办民主党派座谈会，区政协主席出席会议并讲话。\n",
]


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every visible file (the log of the latest run aside) with its bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != "zhkg.log" and not any(part.startswith(".") for part in p.relative_to(folder).parts)}


def hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def _texts(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"t{i}.txt").write_text(TEXTS[i % len(TEXTS)].replace("。", f"第{i}次。"), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory):
    """Two different small runs, built in this process."""
    from zhkg.graph.run import build

    root = tmp_path_factory.mktemp("runs")
    first = build([str(_texts(root / "a", 2))], jobs=1)
    second = build([str(_texts(root / "b", 3))], jobs=1)
    return first, second


def _killed_child(run, out: Path, target: str) -> None:
    """In a forked child: make ``module:function`` SIGKILL the process, then write the outputs."""
    import importlib

    from zhkg.graph.run import write_outputs

    module, name = target.split(":")

    def die(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGKILL)

    setattr(importlib.import_module(module), name, die)
    write_outputs(run, out)


@pytest.mark.parametrize("target", [
    "zhkg.graph.export_graphml:write_graphml",  # first file
    "zhkg.graph.tables:csv_bytes",  # after graphml, gexf and html are staged
    "zhkg.graph.run:report",  # the last file but timings
])
def test_sigkill_while_writing_keeps_previous_outputs(two_runs, tmp_path, target):
    from zhkg.graph.run import write_outputs

    first, second = two_runs
    out = tmp_path / "out"
    write_outputs(first, out)
    before = snapshot(out)
    child = multiprocessing.get_context("fork").Process(target=_killed_child, args=(second, out, target))
    child.start()
    child.join(60)
    assert child.exitcode == -signal.SIGKILL
    assert snapshot(out) == before  # byte-identical, no file added or removed
    stale = hidden(out)
    assert len(stale) == 1 and stale[0].startswith(STAGING_PREFIX)  # the killed run's staging folder
    if target != "zhkg.graph.export_graphml:write_graphml":
        assert any((out / stale[0]).rglob("graph.graphml"))  # it was killed mid-write, not before
    write_outputs(second, out)  # the next run cleans up and lands every file
    assert hidden(out) == []
    after = snapshot(out)
    assert set(after) == set(before) and after["report.json"] != before["report.json"]


def _cli(args: list[str], **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "zhkg.graph", "build", *args, "-q", "--jobs", "1"],
                            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def test_cli_killed_mid_run_keeps_previous_outputs(tmp_path):
    out = tmp_path / "out"
    assert _cli([str(DEMO), "-o", str(out)]).wait(120) == 0
    before = snapshot(out)
    assert {"graph.graphml", "report.json", "mentions.csv"} <= set(before)
    more = _texts(tmp_path / "more", 30)

    proc = _cli([str(DEMO), str(more), "-o", str(out)])  # 1: killed while it loads and extracts
    time.sleep(1.0)
    assert proc.poll() is None
    proc.kill()
    proc.wait(30)
    assert snapshot(out) == before and hidden(out) == []

    proc = _cli([str(DEMO), str(more), "-o", str(out)])  # 2: killed while it writes (staging has files)
    deadline = time.monotonic() + 120
    caught = None
    while proc.poll() is None and time.monotonic() < deadline:
        stages = [p for p in out.glob(STAGING_PREFIX + "*") if any(p.iterdir())]
        if stages:
            proc.kill()
            caught = [f.name for f in stages[0].rglob("*")]
            break
        time.sleep(0.002)
    proc.wait(30)
    assert caught, "the run ended before it could be killed while writing"
    assert proc.returncode == -signal.SIGKILL
    assert snapshot(out) == before  # byte-identical to before the killed run
    assert all(name.startswith(STAGING_PREFIX) for name in hidden(out))  # hidden, and removed next time

    done = _cli([str(DEMO), str(more), "-o", str(out)])  # 3: the next run completes and cleans up
    assert done.wait(120) == 0, done.stderr.read().decode()
    assert hidden(out) == []
    assert snapshot(out)["report.json"] != before["report.json"]


def test_failed_staged_block_leaves_nothing(tmp_path):
    out = tmp_path / "out"
    write_text(out / "report.json", "old\n")
    with pytest.raises(RuntimeError):
        with staged(out):
            write_text(out / "graph.graphml", "new\n")
            write_text(out / "report.json", "new\n")
            raise RuntimeError("a writer failed")
    assert sorted(p.name for p in out.iterdir()) == ["report.json"]
    assert (out / "report.json").read_text() == "old\n"


def test_staged_commit_order_and_subfolders(tmp_path, monkeypatch):
    out = tmp_path / "out"
    moved = []
    real = os.replace
    monkeypatch.setattr(os, "replace", lambda a, b: (moved.append(Path(b).relative_to(tmp_path).as_posix()), real(a, b)))
    with staged(out):
        write_text(out / "report.json", "r\n")
        write_text(out / "text" / "a.txt", "a\n")
        write_text(out / "graph.graphml", "g\n")
        assert not (out / "report.json").exists()  # nothing lands before the end
    landed = [m for m in moved if STAGING_PREFIX not in m]  # moves out of the staging folder
    assert landed == ["out/text/a.txt", "out/graph.graphml", "out/report.json"]
    assert (out / "text" / "a.txt").read_text() == "a\n" and hidden(out) == []


def test_atomic_write_failure_leaves_target_and_no_temp(tmp_path):
    target = tmp_path / "mentions.csv"
    target.write_text("old\n")
    with pytest.raises(ValueError):
        with atomic_path(target) as tmp:
            tmp.write_text("half")
            raise ValueError("killed mid-write")
    assert target.read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mentions.csv"]


def test_stale_staging_of_live_process_is_kept(tmp_path):
    live = tmp_path / f"{STAGING_PREFIX}{os.getppid()}-abc"  # the parent (pytest's runner) is alive
    dead = tmp_path / f"{STAGING_PREFIX}999999999-abc"
    live.mkdir()
    dead.mkdir()
    assert remove_stale_staging(tmp_path) == [dead]
    assert live.exists() and not dead.exists()


PATH_METHODS = {"write_text", "write_bytes"}  # path.write_text(...): the receiver is written
TARGET_METHODS = {"to_csv", "to_json", "to_excel", "to_parquet", "to_html", "savefig", "write_html"}  # first argument


def _written(call: ast.Call) -> list[ast.expr] | None:
    """What a call writes to (expressions), or None when it writes no file. ``f.write`` and
    ``json.dump(x, f)`` need no check: the ``open`` of ``f`` is checked."""
    f = call.func
    if isinstance(f, ast.Name) and f.id == "open":
        mode = call.args[1] if len(call.args) > 1 else next((k.value for k in call.keywords if k.arg == "mode"), None)
        if isinstance(mode, ast.Constant) and any(c in str(mode.value) for c in "wax+"):
            return call.args[:1]
        return None
    if not isinstance(f, ast.Attribute):
        return None  # write_text(path, ...) from atomic.py is a plain function call
    if f.attr in PATH_METHODS:
        return [f.value]
    if f.attr in TARGET_METHODS:
        return call.args[:1] or None
    if f.attr.startswith("write_") and isinstance(f.value, ast.Name) and f.value.id == "nx":
        return call.args[1:2]
    return None


def _safe_names(tree: ast.AST) -> set[str]:
    """Names bound by ``with atomic_path(...) as name`` or to an in-memory buffer."""
    safe = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.withitem) and isinstance(node.optional_vars, ast.Name):
            call = node.context_expr
            if isinstance(call, ast.Call) and getattr(call.func, "id", getattr(call.func, "attr", "")) == "atomic_path":
                safe.add(node.optional_vars.id)
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            if getattr(node.value.func, "attr", getattr(node.value.func, "id", "")) in ("BytesIO", "StringIO"):
                safe.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return safe


def test_every_writer_goes_through_atomic():
    """Outside atomic.py, every file write targets a name from ``with atomic_path(...) as name`` (or an
    in-memory buffer); other code calls atomic.write_text / write_bytes."""
    problems = []
    for path in sorted([*(REPO / "graph").glob("*.py"), *(REPO / "extract").glob("*.py")]):
        if path.name == "atomic.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        safe = _safe_names(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                targets = _written(node)
                if targets is not None and not all(isinstance(t, ast.Name) and t.id in safe for t in targets):
                    problems.append(f"{path.name}:{node.lineno} {ast.unparse(node)[:80]}")
    assert problems == [], f"writes that bypass graph/atomic.py: {problems}"
    # (no direct write is left: every writer hands bytes or text to atomic.py; the detector is tested below)


def test_the_writer_check_catches_a_direct_write():
    tree = ast.parse("def f(p, df):\n    open(p, 'w').write('x')\n    df.to_csv(p)\n    p.write_text('x')\n")
    assert sum(_written(n) is not None for n in ast.walk(tree) if isinstance(n, ast.Call)) == 3
    assert _safe_names(tree) == set()


def test_ctrl_c_and_sigterm_stop_workers_at_once_without_traceback(tmp_path):
    """Ctrl-C reaches the whole process group (workers too); SIGTERM may reach only the main process."""
    folder = _texts(tmp_path / "in", 400)
    for sig, group, code in ((signal.SIGINT, True, 130), (signal.SIGTERM, False, 143)):
        out = tmp_path / f"out{code}"
        proc = subprocess.Popen([sys.executable, "-m", "zhkg.graph", "build", str(folder), "-o", str(out), "-q", "--jobs", "2"],
                                cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
        deadline = time.monotonic() + 60
        while not (out / "zhkg.log").exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(1.0)  # workers are loading or extracting
        assert proc.poll() is None
        (os.killpg if group else os.kill)(proc.pid, sig)
        t = time.monotonic()
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == code, err.decode()
        assert time.monotonic() - t < 10
        assert b"Traceback" not in err and b"outputs left as they were" in err
        assert not (out / "report.json").exists() and hidden(out) == []
