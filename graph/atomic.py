"""Write files so that a reader never sees half of one, and a killed run never damages the last.

``atomic_path`` writes a temporary file and renames it (``os.replace``). Inside ``staged(out_dir)``,
every such write below ``out_dir`` goes to a hidden staging folder instead, and the files move into
place only when the whole block has succeeded (``report.json`` last). A run killed while it computes
or writes its outputs (the seconds that matter) leaves the previous outputs byte for byte; only the
renames at the very end (microseconds) could be cut between two files. A staging folder left by a
killed run is removed by the next run into the same folder.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

STAGING_PREFIX = ".zhkg-staging-"
LAST = "report.json"  # moved into place last: its presence says the other files are complete


class _Stage:
    def __init__(self, root: Path):
        self.root = root
        self.folder = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{os.getpid()}-", dir=root))
        self.files: list[tuple[Path, Path]] = []  # (staged, final), in the order written

    def place(self, path: Path) -> Path | None:
        """Where ``path`` is staged, or None when it is not below the root."""
        try:
            rel = Path(os.path.abspath(path)).relative_to(os.path.abspath(self.root))
        except ValueError:
            return None
        return self.folder / rel

    def commit(self) -> None:
        order = sorted(self.files, key=lambda f: f[1].name == LAST)  # stable: written order, report last
        for staged_file, _ in order:
            _fsync(staged_file)
        for staged_file, final in order:
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staged_file, final)
        _fsync_dir(self.root)


_stage: ContextVar[_Stage | None] = ContextVar("zhkg_stage", default=None)


@contextmanager
def staged(out_dir: Path):
    """All atomic writes below ``out_dir`` in this block land together when it ends without error."""
    out_dir = Path(out_dir)
    if _stage.get() is not None:  # already staging (nested call): one commit at the outer end
        yield
        return
    out_dir.mkdir(parents=True, exist_ok=True)
    remove_stale_staging(out_dir)
    stage = _Stage(out_dir)
    token = _stage.set(stage)
    try:
        yield
        stage.commit()
    finally:
        _stage.reset(token)
        shutil.rmtree(stage.folder, ignore_errors=True)


def remove_stale_staging(out_dir: Path) -> list[Path]:
    """Remove staging folders of runs that are no longer alive (killed); returns what was removed."""
    removed = []
    for folder in sorted(Path(out_dir).glob(STAGING_PREFIX + "*")):
        pid = folder.name[len(STAGING_PREFIX):].split("-", 1)[0]
        if folder.is_dir() and not (pid.isdigit() and _alive(int(pid))):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False  # a folder with our own pid is from an earlier process that had it
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextmanager
def atomic_path(path: Path):
    """Yield a temporary path for ``path``; on success it replaces ``path`` (or is staged)."""
    path = Path(path)
    stage = _stage.get()
    target = stage.place(path) if stage is not None else None
    folder = (target or path).parent
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, 0o666 & ~_umask())
        if target is not None:
            os.replace(tmp, target)
            stage.files = [f for f in stage.files if f[1] != path] + [(target, path)]
        else:
            os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _fsync(path: Path) -> None:
    with open(path, "rb") as f:
        os.fsync(f.fileno())


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text(path: Path, text: str) -> None:
    with atomic_path(path) as tmp:
        with open(tmp, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)


def write_bytes(path: Path, data: bytes) -> None:
    with atomic_path(path) as tmp:
        with open(tmp, "wb") as f:
            f.write(data)
