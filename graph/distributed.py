"""Per-document extraction on a dask.distributed cluster; merging stays on the client."""

from __future__ import annotations

import os
from typing import Callable

from .run import process_file


def run_on_dask(paths: list[str], scheduler: str | None, progress: Callable[[int, int], None] | None = None):
    """Map ``process_file`` over ``paths`` on the cluster at ``scheduler`` (a local one if None)."""
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError:
        from zhkg.extract.errors import ZhkgError

        raise ZhkgError("--engine dask needs dask.distributed: pip install 'zhkg[dask]'") from None
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        futures = client.map(process_file, paths, pure=False)
        index = {f.key: i for i, f in enumerate(futures)}
        results = [None] * len(paths)
        for done, future in enumerate(as_completed(futures), start=1):
            results[index[future.key]] = future.result()
            if progress:
                progress(done, len(paths))
        return results
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
