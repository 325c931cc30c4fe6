"""Documents extracted together (LAC batches shared across documents) give exactly the per-document results."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "corpus" / "demo"


def _loaded():
    from zhkg.extract.load import load_text

    folders = [REPO.parent / "shared" / "corpus", DEMO]
    return [load_text(p) for folder in folders for p in sorted(folder.glob("*.txt"))]


def _plain(result):
    return replace(result, timings=())


def test_extract_many_equals_extract_one_by_one():
    from zhkg.extract.document import extract, extract_many

    loaded = _loaded()
    assert len(loaded) >= 4
    together = extract_many(loaded)
    assert [_plain(r) for r in together] == [_plain(extract(x)) for x in loaded]
    # every document carries its share of the batched LAC seconds
    assert all(dict(r.timings)["zhkg_lac"] > 0 for r in together)


def test_a_failing_document_does_not_lose_the_others():
    from zhkg.extract import document
    from zhkg.extract.nlp import make_nlp

    loaded = _loaded()[:3]
    nlp = make_nlp()
    bad_text = loaded[1].text
    real = nlp.get_pipe("zhkg_sentences")

    def splitter(doc):
        if doc.text == document.clean(bad_text).text:
            raise RuntimeError("boom")
        return real(doc)

    class Failing:  # the pipeline with a sentence splitter that fails on one document
        make_doc = nlp.make_doc
        pipeline = [(name, splitter if name == "zhkg_sentences" else c) for name, c in nlp.pipeline]

    out = document.extract_many(loaded, Failing())
    assert isinstance(out[1], RuntimeError)
    assert [_plain(out[i]) for i in (0, 2)] == [_plain(document.extract(loaded[i])) for i in (0, 2)]


def test_lac_pipe_equals_lac_per_document():
    from zhkg.extract.clean import clean
    from zhkg.extract.nlp import shared_nlp

    nlp = shared_nlp()
    split, lac = nlp.get_pipe("zhkg_sentences"), nlp.get_pipe("zhkg_lac")
    texts = [clean(x.text).text for x in _loaded()] + ["", "区政协召开会议。", "区政协召开会议。"]
    alone = [lac(split(nlp.make_doc(t)))._.zhkg_lac_words for t in texts]
    together = [d._.zhkg_lac_words for d in lac.pipe([split(nlp.make_doc(t)) for t in texts], batch_size=4)]
    assert together == alone
    assert sum(len(w) for w in alone) > 1000


def test_chunks_cover_every_path_in_order(tmp_path, monkeypatch):
    import zhkg.graph.run as run

    sizes = [900, 50, 400, 400, 10, 0, 300, 300, 300, 20, 5, 5]
    paths = []
    for i, size in enumerate(sizes):
        path = tmp_path / f"{i:02d}.txt"
        path.write_bytes(b"x" * size)
        paths.append(str(path))
    monkeypatch.setattr(run, "CHUNK_BYTES", 1000)
    monkeypatch.setattr(run, "MIN_CHUNK_BYTES", 100)
    got = run.chunks(paths, 1)
    assert [p for c in got for p in c] == paths
    assert all(c for c in got)
    totals = [sum(sizes[paths.index(p)] for p in c) for c in got]
    assert totals == [900, 1160, 630]  # three shares of ~900 bytes (2,690 / 3), each closed by the file that reaches it


def test_chunks_shrink_towards_the_end_for_several_workers(tmp_path, monkeypatch):
    import zhkg.graph.run as run

    paths = []
    for i in range(40):
        path = tmp_path / f"{i:02d}.txt"
        path.write_bytes(b"x" * 100)
        paths.append(str(path))
    monkeypatch.setattr(run, "CHUNK_BYTES", 1000)
    monkeypatch.setattr(run, "MIN_CHUNK_BYTES", 100)
    got = run.chunks(paths, 2)
    assert [p for c in got for p in c] == paths
    lengths = [len(c) for c in got]
    assert lengths[0] == 10 and lengths[-1] == 1 and lengths == sorted(lengths, reverse=True)


def test_a_document_that_fails_in_a_batched_component_is_found_and_skipped():
    from zhkg.extract import document
    from zhkg.extract.nlp import make_nlp

    loaded = _loaded()[:3]
    nlp = make_nlp()
    bad = document.clean(loaded[2].text).text
    real = nlp.get_pipe("zhkg_lac")

    class Lac:
        def __call__(self, doc):
            if doc.text == bad:
                raise ValueError("bad document")
            return real(doc)

        def pipe(self, docs):
            docs = list(docs)
            if any(d.text == bad for d in docs):
                raise ValueError("bad batch")
            return real.pipe(docs)

    class Failing:
        make_doc = nlp.make_doc
        pipeline = [(name, Lac() if name == "zhkg_lac" else c) for name, c in nlp.pipeline]

    out = document.extract_many(loaded, Failing())
    assert isinstance(out[2], ValueError) and str(out[2]) == "bad document"
    assert [_plain(out[i]) for i in (0, 1)] == [_plain(document.extract(loaded[i])) for i in (0, 1)]


def test_tables_made_in_a_forked_process_are_the_same_files(sample_run, sample_output, tmp_path, monkeypatch):
    """With --jobs N the CSV tables are made in a second process while the graph files are written."""
    import os

    import zhkg.graph.run as run

    real, pids = run.table_bytes, tmp_path.parent / f"{tmp_path.name}-pids"

    def recorded(r):
        made = real(r)
        with open(pids, "a") as f:  # test bookkeeping, outside the output folder: who made it, how long
            f.write(f"{os.getpid()} {made['mentions.csv'][1]!r}\n")
        return made

    monkeypatch.setattr(run, "table_bytes", recorded)
    assert sample_run.jobs == 1
    timings = run.write_outputs(replace(sample_run, jobs=2), tmp_path)
    pid, made_seconds = pids.read_text().split()
    assert pid != str(os.getpid())  # made in another process
    names = sorted(p.name for p in sample_output.iterdir() if p.name not in ("timings.json", "zhkg.log"))
    assert names == sorted(p.name for p in tmp_path.iterdir() if p.name != "timings.json")
    assert all((tmp_path / n).read_bytes() == (sample_output / n).read_bytes() for n in names)
    assert timings["write mentions.csv"] >= float(made_seconds) > 0  # the other process's time is counted
    assert list(tmp_path.glob(".zhkg-staging-*")) == []
