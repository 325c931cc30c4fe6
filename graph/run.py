"""Build a graph from input paths and write every output: the Python API the CLI also uses."""

from __future__ import annotations

import gc
import hashlib
import json
import logging
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import networkx as nx

from zhkg.extract.errors import InputError
from zhkg.extract.model import DocResult, Skip

from .atomic import staged, write_bytes, write_text
from .build import build_graph

log = logging.getLogger("zhkg")
WORKER_BYTES = 256 * 1024  # input per extra worker when --jobs is not given (~85,000 Chinese characters)
CHUNK_BYTES = 512 * 1024  # input extracted together (LAC shares encoder batches across its documents)
MIN_CHUNK_BYTES = 32 * 1024  # ... and at least this much, while there is some
CHUNK_FILES = 256  # ... and at most this many files


@dataclass
class RunResult:
    graph: nx.MultiDiGraph
    results: list[DocResult]
    skipped: list[Skip]
    inputs: list[str]
    timings: dict[str, float] = field(default_factory=dict)
    jobs: int = 1  # worker processes of the extraction: as many may write the outputs


def process_file(path: str, data: bytes | None = None) -> DocResult | Skip:
    """Load and extract one file (``data``: its bytes, read elsewhere, e.g. by a Dask client);
    every failure becomes a ``Skip`` with a reason."""
    return process_files([path], [data])[0]


def process_files(paths: list[str], data: list[bytes | None] | None = None) -> list[DocResult | Skip]:
    """``process_file`` for several files at once (LAC batches their sentences together); same
    results, in the order of ``paths``."""
    from zhkg.extract.document import extract_many
    from zhkg.extract.load import load_text

    out: list[DocResult | Skip | None] = [None] * len(paths)
    loaded, where = [], []
    for i, path in enumerate(paths):
        shipped = data[i] if data else None
        try:
            loaded.append(load_text(Path(path) if shipped is None else _ShippedPath(path, shipped)))
            where.append(i)
        except InputError as exc:
            out[i] = Skip(path, str(exc))
        except Exception as exc:  # a reader bug on a damaged file must not lose the other documents
            log.exception("reading failed for %s", path)
            out[i] = Skip(path, f"cannot be read ({exc.__class__.__name__}); details in the log")
    try:
        with gc_paused():  # no cyclic GC passes over the batch's objects meanwhile: one at the end
            results = extract_many(loaded) if loaded else []
    except Exception as exc:  # the pipeline itself failed (e.g. cannot load): every document is skipped
        results = [exc] * len(loaded)
    for i, result in zip(where, results):
        if isinstance(result, BaseException):  # an extraction bug must not lose the other documents
            log.error("extraction failed for %s", paths[i], exc_info=result)
            out[i] = Skip(paths[i], f"extraction failed ({result.__class__.__name__}); details in the log")
        else:
            out[i] = result
    return out  # type: ignore[return-value]


def chunks(paths: list[str], parts: int = 1) -> list[list[str]]:
    """Consecutive runs of ``paths`` extracted together: equal shares of about ``CHUNK_BYTES`` of
    input (a chunk closes with the file that reaches its share, so one large file makes a larger
    chunk); for ``parts`` > 1 workers, smaller towards the end (a ``1 / (2 * parts)`` share of what
    is left), so workers taking them in order finish close together."""
    sizes = [_size(p) for p in paths]
    left = sum(sizes)
    out: list[list[str]] = []
    current: list[str] = []
    target = 0
    for path, size in zip(paths, sizes):
        if not current and parts > 1:
            target = max(MIN_CHUNK_BYTES, min(CHUNK_BYTES, left // (2 * parts)))
        elif not current:
            target = left / -(-left // CHUNK_BYTES) if left else 0
        current.append(path)
        left -= size
        target -= size
        if target <= 0 or len(current) >= CHUNK_FILES:
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


class _ShippedPath(type(Path())):  # type: ignore[misc]
    """A path whose ``read_bytes`` returns bytes read elsewhere (``load_text`` reads through it)."""

    def __new__(cls, path: str, data: bytes):
        self = super().__new__(cls, path)
        self._data = data
        return self

    def __init__(self, path: str, data: bytes):  # Python 3.12+ passes the arguments to __init__ too
        pass

    def read_bytes(self) -> bytes:
        return self._data


def warm_up(outputs: bool = True, freeze_again: bool = False) -> None:
    """Load the pipeline and its models in this process (once), so the first document is not slower;
    with ``outputs``, also import what ``write_outputs`` uses (pandas, scipy's k-d tree, numpy's FFT:
    ~0.8 s), so the writing itself is not charged for imports. Then, if nothing is frozen yet (or
    ``freeze_again``: a worker forked from a frozen parent), ``gc.freeze()``: the million long-lived
    objects of the libraries, models and reference data are never scanned again by the cyclic garbage
    collector (that scanning was ~8% of a run). Another ``build`` in the same process does not freeze:
    the earlier runs' objects stay collectable."""
    from zhkg.extract.nlp import shared_nlp

    try:
        shared_nlp()("区政协召开会议。")
    except Exception:  # a component bug shows up, with its document, in process_file
        log.exception("warm-up failed")
    if outputs:
        import_writers()
    if freeze_again or not gc.get_freeze_count():
        gc.freeze()


def import_writers() -> None:
    """Import what ``write_outputs`` uses (~0.8 s)."""
    import numpy.fft  # noqa: F401  (the layout's mesh)
    import scipy.spatial  # noqa: F401  (the layout's k-d tree)

    from . import export_gexf, export_graphml, export_html, layout, tables  # noqa: F401  (tables: pandas)


def build(
    inputs: Iterable[str],
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    exclude: str | Path | None = None,
) -> RunResult:
    """Read every input (files, folders, globs), extract, and merge into one graph.

    ``jobs``: worker processes (0: all cores, fewer for a small input); ``engine="dask"`` runs the
    documents on the dask.distributed cluster at ``scheduler`` (None: a local one of ``jobs`` workers).
    ``exclude``: the output folder; the files zhkg writes there (``OUTPUT_NAMES``) are never inputs.
    A file with the same bytes as an earlier one (in path order) is counted once and reported."""
    from zhkg.extract.load import find_inputs

    t0 = time.perf_counter()
    inputs = list(inputs)
    files, problems = find_inputs(inputs, exclude=is_output_of(exclude) if exclude is not None else None)
    skipped = [Skip(p, reason) for p, reason in problems]
    paths = [str(p) for p in files]
    digests = [_content_hash(p) for p in paths]
    first: dict[str, int] = {}
    for i, digest in enumerate(digests):
        first.setdefault(digest, i)
    unique = sorted(set(first.values()))  # a file with the content of an earlier one is not extracted again
    to_extract = [paths[i] for i in unique]
    used = _jobs_used(jobs, engine, to_extract)
    outcomes = dict(zip(unique, _run_extraction(to_extract, jobs if engine == "dask" else used, engine, scheduler, progress)))
    t1 = time.perf_counter()
    results = []
    for i, path in enumerate(paths):
        outcome = outcomes[first[digests[i]]]
        if isinstance(outcome, Skip):
            skipped.append(outcome if outcome.path == path else Skip(path, outcome.reason))
        elif first[digests[i]] != i:
            skipped.append(Skip(path, f"same content as {outcome.doc_id} (counted once)"))
        else:
            results.append(outcome)
    results = _unique_doc_ids(results)
    with gc_paused():
        graph = build_graph(results)
    t2 = time.perf_counter()
    skipped.sort(key=lambda s: s.path)
    return RunResult(graph, results, skipped, inputs, {"extract": t1 - t0, "graph": t2 - t1}, used)


OUTPUT_NAMES = frozenset({"graph.graphml", "graph.gexf", "graph.html", "entities.csv", "relations.csv", "mentions.csv",
                          "report.json", "timings.json", "zhkg.log", "text"})  # what zhkg writes in DIR (text/: --keep-text)


def is_output_of(out_dir: str | Path) -> Callable[[str], bool]:
    """A test on real paths: is this file one zhkg writes in ``out_dir``? (so a second run into a folder
    inside, or equal to, an input folder does not read the first run's outputs)."""
    root = os.path.realpath(out_dir)

    def test(real: str) -> bool:
        rel = os.path.relpath(real, root)
        return not rel.startswith("..") and rel.split(os.sep)[0] in OUTPUT_NAMES

    return test


def default_jobs() -> int:
    """The cores this process may use (CPU affinity and cgroup-pinned sets respected)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _jobs_used(jobs: int, engine: str, paths: list[str]) -> int:
    """The local processes the extraction runs in (1 on Dask: the cluster does the work). ``jobs`` 0: all
    cores, but a worker only for each ``WORKER_BYTES`` of input (start-up ~2 s each)."""
    if engine == "dask":
        return 1
    if not jobs:
        jobs = min(default_jobs(), max(1, sum(_size(p) for p in paths) // WORKER_BYTES))
    return max(1, min(jobs, len(paths) or 1))


def _run_extraction(paths, jobs, engine, scheduler, progress) -> list[DocResult | Skip]:
    """One outcome per path, in the order of ``paths`` whatever order the workers finish in.

    ``jobs``: the local processes to use (``_jobs_used``), or on Dask the workers asked for (0: the default)."""
    if engine == "dask":
        from .distributed import run_on_dask

        return run_on_dask(paths, scheduler, progress, workers=jobs or None)
    if jobs == 1:
        warm_up(outputs=False)
        out: list[DocResult | Skip] = []
        for chunk in chunks(paths):
            for outcome in process_files(chunk):
                out.append(outcome)
                if progress:
                    progress(len(out), len(paths))
        return out
    return _run_in_processes(paths, jobs, progress)


def _run_in_processes(paths, jobs, progress) -> list[DocResult | Skip]:
    """Chunks of documents in ``jobs`` worker processes, each loading the model once; largest files
    first, so a big document starts early instead of running alone at the end, and the chunks get
    smaller towards the end so the workers finish together."""
    import multiprocessing
    from concurrent.futures import as_completed

    # fork on Linux: no re-import of the caller's __main__ (scripts need no main guard), and a
    # pipeline already loaded here is inherited; elsewhere the platform's default (spawn).
    context = multiprocessing.get_context("fork" if _can_fork() else None)
    index = {p: i for i, p in enumerate(paths)}
    out: list[DocResult | Skip | None] = [None] * len(paths)
    order = sorted(paths, key=lambda p: (-_size(p), index[p]))
    done = 0
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_worker_init) as pool:
        futures = {pool.submit(process_files, chunk): chunk for chunk in chunks(order, jobs)}
        try:
            import_writers()  # while the workers extract, not after
            for future in as_completed(futures):
                for path, outcome in zip(futures.pop(future), future.result()):  # results live in `out` only
                    out[index[path]] = outcome
                    done += 1
                    if progress:
                        progress(done, len(paths))
        except BaseException:  # Ctrl-C, SIGTERM, a crashed worker: stop the workers, do not wait for them
            _stop_now(pool)
            raise
    return out  # type: ignore[return-value]


def _can_fork() -> bool:
    """Whether worker processes can be forked (Linux), inheriting what this process loaded."""
    import multiprocessing

    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def _stop_now(pool: ProcessPoolExecutor) -> None:
    """Stop a process pool at once (Ctrl-C, SIGTERM, a failure): cancel what waits, end the workers."""
    workers = list((getattr(pool, "_processes", None) or {}).values())  # shutdown() forgets them
    pool.shutdown(wait=False, cancel_futures=True)
    for worker in workers:
        worker.terminate()


def _worker_init() -> None:
    """Ctrl-C or SIGTERM ends a worker at once and silently (the main process reports it); then warm up
    and freeze what the worker loaded, even when forked from a parent that froze before."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    warm_up(outputs=False, freeze_again=True)


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _content_hash(path: str) -> str:
    """SHA-256 of the file, read in blocks; an unreadable file gets a key of its own (its reason is
    reported when it is loaded)."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return f"unreadable:{path}"
    return digest.hexdigest()


def _unique_doc_ids(results: list[DocResult]) -> list[DocResult]:
    """Document id = file name; two files with the same name keep their paths as ids."""
    from zhkg.extract.load import display_name

    counts: dict[str, int] = {}
    for r in results:
        counts[r.doc_id] = counts.get(r.doc_id, 0) + 1
    out = []
    for r in results:
        if counts[r.doc_id] > 1:
            new_id = display_name(Path(r.path).as_posix())
            r = _rename(r, new_id)
        out.append(r)
    return out


def _rename(r: DocResult, new_id: str) -> DocResult:
    from dataclasses import replace

    def ev(e):
        return replace(e, doc_id=new_id) if e is not None else None

    mentions = tuple(replace(m, doc_id=new_id, sentence=ev(m.sentence)) for m in r.mentions)
    relations = tuple(replace(x, evidence=ev(x.evidence)) for x in r.relations)
    return replace(r, doc_id=new_id, mentions=mentions, relations=relations)


def report(run: RunResult, text_files: dict[str, str] | None = None) -> dict:
    """What was read, skipped and why, with counts (deterministic: no timings here; inputs sorted,
    so the order on the command line does not matter). Paths are shown as given, as text."""
    from zhkg.extract.load import display_name

    g = run.graph
    by_type: dict[str, int] = {}
    for _, t in sorted(g.nodes(data="type")):
        by_type[t] = by_type.get(t, 0) + 1
    by_relation: dict[str, int] = {}
    for _, _, rel in g.edges(keys=True):
        by_relation[rel] = by_relation.get(rel, 0) + 1
    return {
        "inputs": sorted({display_name(i) for i in run.inputs}),
        "documents": [
            {
                "doc": r.doc_id, "path": display_name(r.path), "encoding": r.encoding, "chars": r.chars, "year": r.year,
                "home": r.home, "entities": len(r.entities), "mentions": len(r.mentions),
                "relations": sum(1 for x in r.relations if x.relation != "CO_OCCURS"),
                "removed_by_cleaning": [{"start": s, "end": e, "why": why} for s, e, why in r.removed],
                "format": r.format, "title": r.title, "pages": len(r.pages) or None,
                **({"text_file": text_files[r.doc_id]} if text_files and r.doc_id in text_files else {}),
            }
            for r in sorted(run.results, key=lambda r: r.doc_id)
        ],
        "skipped": [{"path": display_name(s.path), "reason": s.reason} for s in run.skipped],
        "counts": {
            "documents_read": len(run.results),
            "documents_skipped": len(run.skipped),
            "nodes": g.number_of_nodes(),
            "edges": g.number_of_edges(),
            "typed_edges": sum(1 for _, _, k in g.edges(keys=True) if k != "CO_OCCURS"),
            "nodes_by_type": dict(sorted(by_type.items())),
            "edges_by_relation": dict(sorted(by_relation.items())),
        },
        "timings_file": "timings.json",
    }


def write_outputs(run: RunResult, out_dir: str | Path, max_html_nodes: int | None = None, keep_text: bool = False) -> dict[str, float]:
    """Write graph.graphml, graph.gexf, graph.html, the CSV tables, report.json and timings.json;
    with ``keep_text``, also the text extracted from each PDF/HTML/DOCX input (``text/<doc>.txt``).
    The files are staged and moved into ``out_dir`` together at the end, report.json last, so a
    failed or killed run leaves the previous outputs as they were (``atomic.staged``)."""
    with staged(Path(out_dir)), gc_paused():
        return _write_all(run, out_dir, max_html_nodes, keep_text)


@contextmanager
def gc_paused():
    """No cyclic garbage collection inside (the next allocation after it starts one): extraction,
    merging and writing make millions of objects, nearly all acyclic, and each collection would walk
    every record and node again (~15% of writing at 100x)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _write_all(run: RunResult, out_dir: str | Path, max_html_nodes: int | None, keep_text: bool) -> dict[str, float]:
    from .export_gexf import write_gexf
    from .export_graphml import write_graphml
    from .export_html import write_html
    from .flatten import flatten_graph
    from .layout import with_layout

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    timings = {}
    pool, tables = _start_tables(run)  # with --jobs N, the CSV tables are made in a second process meanwhile
    try:
        t = time.perf_counter()
        laid = with_layout(run.graph)  # one layout: the same x, y in GraphML, GEXF and HTML
        timings["layout"] = time.perf_counter() - t
        t = time.perf_counter()
        text_files = keep_texts(run.results, out) if keep_text else None
        if keep_text:
            timings["write text/"] = time.perf_counter() - t
        t = time.perf_counter()
        flat = flatten_graph(laid)  # one flat copy for both XML formats
        timings["flatten"] = time.perf_counter() - t
        steps = [
            ("graph.graphml", lambda p: write_graphml(laid, p, flat)),
            ("graph.gexf", lambda p: write_gexf(laid, p, flat)),
            ("graph.html", lambda p: write_html(laid, p, max_nodes=max_html_nodes)),
        ]
        for name, write in steps:
            t = time.perf_counter()
            write(out / name)
            timings[f"write {name}"] = time.perf_counter() - t
        for name, (data, seconds) in (tables.result() if pool else table_bytes(run)).items():
            t = time.perf_counter()
            write_bytes(out / name, data)
            timings[f"write {name}"] = seconds + time.perf_counter() - t
    except BaseException:
        if pool:  # stop the table process at once (Ctrl-C, a failed write)
            _stop_now(pool)
        raise
    if pool:
        pool.shutdown()
    t = time.perf_counter()
    write_text(out / "report.json", json.dumps(report(run, text_files), ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    timings["write report.json"] = time.perf_counter() - t
    all_timings = {**run.timings, **timings}
    per_doc = {r.doc_id: dict(r.timings) for r in run.results}
    write_text(out / "timings.json", json.dumps({"stages": all_timings, "documents": per_doc}, indent=2, sort_keys=True) + "\n")
    return all_timings


def table_bytes(run: RunResult) -> dict[str, tuple[bytes, float]]:
    """entities.csv, relations.csv and mentions.csv: file name -> (bytes, seconds to make them)."""
    from .tables import csv_bytes, entities_table, mentions_table, relations_table

    out = {}
    for name, make in (("entities.csv", lambda: entities_table(run.graph)), ("relations.csv", lambda: relations_table(run.graph)),
                       ("mentions.csv", lambda: mentions_table(run.results))):
        t = time.perf_counter()
        out[name] = (csv_bytes(make()), time.perf_counter() - t)
    return out


_FORKED_RUN: RunResult | None = None  # what a forked table writer reads (inherited, not pickled)


def _forked_table_bytes() -> dict[str, tuple[bytes, float]]:
    return table_bytes(_FORKED_RUN)  # type: ignore[arg-type]


def _start_tables(run: RunResult):
    """With ``run.jobs`` > 1 (and fork), a process that inherits ``run`` and makes the CSV tables
    while this one lays out and writes the graph files: ``(pool, future)``, else ``(None, None)``."""
    import multiprocessing

    global _FORKED_RUN
    if run.jobs < 2 or not _can_fork():
        return None, None
    _FORKED_RUN = run
    try:
        pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))
        return pool, pool.submit(_forked_table_bytes)  # the process is forked here, inheriting the run
    finally:
        _FORKED_RUN = None


def keep_texts(results: list[DocResult], out: Path) -> dict[str, str]:
    """Write the text extracted from each non-plain-text input, the text its offsets point into, as
    ``out/text/<doc>.txt`` (UTF-8); returns doc id -> path relative to ``out``."""
    import re

    from zhkg.extract.load import load_text

    from .atomic import write_bytes

    written: dict[str, str] = {}
    used: set[str] = set()
    for r in sorted(results, key=lambda r: r.doc_id):
        if r.format == "text":
            continue
        try:
            text = load_text(Path(r.path)).text
        except InputError as exc:
            log.warning("--keep-text: cannot re-read %s: %s", r.path, exc)
            continue
        if len(text) != r.chars:
            log.warning("--keep-text: %s changed since it was read; text not kept", r.path)
            continue
        name = re.sub(r"[^\w.\-]+", "_", r.doc_id).strip("._") or "document"
        stem, n = name, 2
        while name.lower() in used:
            name, n = f"{stem}_{n}", n + 1
        used.add(name.lower())
        rel = f"text/{name}.txt"
        write_bytes(out / rel, text.encode("utf-8"))
        written[r.doc_id] = rel
    return written
