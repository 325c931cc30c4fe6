"""Sentence boundaries for Chinese report text (spaCy's default does not split on ；)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

SENTENCE_FINAL = set("。！？!?；;")
CLOSERS = set("”’」』)）")


@Language.factory("zhkg_sentences", assigns=["token.is_sent_start"])
def make_sentences(nlp: Language, name: str) -> "SentenceSplitter":
    return SentenceSplitter()


class SentenceSplitter:
    """A sentence ends after 。！？；(plus closing quotes) and at every line break."""

    def __call__(self, doc: Doc) -> Doc:
        starts = sentence_starts(doc.text)
        for i, token in enumerate(doc):
            token.is_sent_start = i in starts
        return doc


def sentence_starts(text: str) -> set[int]:
    starts = {0}
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        if ch == "\n":
            starts.add(i + 1)
        elif ch in SENTENCE_FINAL:
            j = i + 1
            while j < n and text[j] in CLOSERS:
                j += 1
            starts.add(j)
            i = j - 1
        i += 1
    starts.discard(n)
    return starts
