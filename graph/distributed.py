"""Per-document extraction on a dask.distributed cluster; merging stays on the client.

The client reads each file and ships its bytes with the task, so workers need the same zhkg
version (checked) but not the client's file system. A bounded number of documents is in flight at
once: the client never holds the whole corpus, only the records that come back.
"""

from __future__ import annotations

from itertools import islice
from typing import Callable

from zhkg.extract.errors import ZhkgError
from zhkg.extract.model import DocResult, Skip

from .run import process_file

SCATTER_BYTES = 1 << 20
IN_FLIGHT_PER_THREAD = 2  # tasks queued per worker thread: keeps workers busy, bounds client memory


def run_on_dask(
    paths: list[str],
    scheduler: str | None,
    progress: Callable[[int, int], None] | None = None,
    workers: int | None = None,
) -> list[DocResult | Skip]:
    """Extract every path on the cluster at ``scheduler`` (None: a local cluster of ``workers``
    processes); outcomes come back in the order of ``paths``."""
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise ZhkgError("--engine dask needs dask.distributed: pip install 'zhkg[dask]'") from None
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="10s")
        else:
            from .run import default_jobs

            cluster = LocalCluster(n_workers=workers or default_jobs(), threads_per_worker=1, processes=True, dashboard_address=None)
            client = Client(cluster)
    except (OSError, TimeoutError) as exc:
        raise ZhkgError(f"cannot reach the dask scheduler at {scheduler}: {exc}") from None
    try:
        _check_versions(client)
        return _map(client, as_completed, paths, progress)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _map(client, as_completed, paths, progress) -> list[DocResult | Skip]:
    threads = max(1, sum(client.nthreads().values()))
    window = IN_FLIGHT_PER_THREAD * threads
    out: list[DocResult | Skip | None] = [None] * len(paths)
    pending = iter(range(len(paths)))
    index = {}

    def submit(i: int):
        data = _read(paths[i])
        if data is not None and len(data) > SCATTER_BYTES:  # big files travel as data, not inside the task
            data = client.scatter(data, hash=False)
        future = client.submit(process_file, paths[i], data, pure=False)
        index[future.key] = i
        return future

    running = as_completed([submit(i) for i in islice(pending, window)])
    for done, future in enumerate(running, start=1):
        out[index.pop(future.key)] = future.result()
        future.release()
        nxt = next(pending, None)
        if nxt is not None:
            running.add(submit(nxt))
        if progress:
            progress(done, len(paths))
    return out  # type: ignore[return-value]


def _read(path: str) -> bytes | None:
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError:
        return None  # the worker tries to read it and reports why it cannot, as a local run would


def _check_versions(client) -> None:
    """Refuse workers that run another zhkg version: their records would not match this client's."""
    from importlib.metadata import version

    mine = version("zhkg")
    theirs = client.run(_zhkg_version)
    wrong = sorted(f"{w} has {v}" for w, v in theirs.items() if v != mine)
    if wrong:
        raise ZhkgError(f"dask workers must run zhkg {mine}: " + "; ".join(wrong))


def _zhkg_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("zhkg")
    except PackageNotFoundError:
        return "not installed"
