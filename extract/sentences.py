"""Sentence boundaries for Chinese report text (spaCy's default does not split on ；)."""

from __future__ import annotations

import re

import numpy as np
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

SENTENCE_FINAL = set("。！？!?；;")
CLOSERS = set("”’」』)）")
_BOUNDARY = re.compile("\n|[" + re.escape("".join(sorted(SENTENCE_FINAL))) + "][" + re.escape("".join(sorted(CLOSERS))) + "]*")

if not Doc.has_extension("zhkg_sentences"):
    Doc.set_extension("zhkg_sentences", default=None)


@Language.factory("zhkg_sentences", assigns=["token.is_sent_start", "doc._.zhkg_sentences"])
def make_sentences(nlp: Language, name: str) -> "SentenceSplitter":
    return SentenceSplitter()


class SentenceSplitter:
    """A sentence ends after 。！？；(plus closing quotes) and at every line break.

    Sets ``token.is_sent_start`` in one array write (assigning it token by token is quadratic in
    spaCy) and keeps the ``(start_char, end_char)`` of every sentence in ``doc._.zhkg_sentences``.
    """

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            doc._.zhkg_sentences = []
            return doc
        starts = sorted(sentence_starts(doc.text))
        flags = np.full((n, 1), -1, dtype=np.int64)  # spaCy: 1 starts a sentence, -1 does not
        flags[starts, 0] = 1
        doc.from_array([SENT_START], flags.view(np.uint64))
        doc._.zhkg_sentences = list(zip(starts, starts[1:] + [n]))
        return doc


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """``(start_char, end_char)`` of each sentence; cheap when ``zhkg_sentences`` ran (one token per char)."""
    spans = doc._.zhkg_sentences
    if spans is None:
        spans = [(s.start_char, s.end_char) for s in doc.sents]
    return spans


def sentence_starts(text: str) -> set[int]:
    """Offsets where a sentence starts: 0, after each line break, after each 。！？；(and the closing
    quotes right after it)."""
    starts = {0}
    starts.update(m.end() for m in _BOUNDARY.finditer(text))
    starts.discard(len(text))
    return starts
