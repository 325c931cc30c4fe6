"""The spaCy pipeline: ``spacy.blank("zh")`` with a character tokenizer and zhkg components.

One token per character, so every character span (cue matches, gazetteer hits, LAC words) is a
spaCy span with no alignment loss; LAC's words are ``(start, end, tag)`` tuples in
``doc._.zhkg_lac_words`` (``lexical.lac_word_tuples``). ``document.extract_many`` runs the pipeline
over several documents at once (LAC batches across them), as ``nlp.pipe`` would.
"""

from __future__ import annotations

import copyreg
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from . import candidates, canonical, cues, gazetteer, lexical, relations, resolve, sentences  # noqa: F401  (register factories)

PIPELINE = (
    "zhkg_sentences",
    "zhkg_lac",
    "zhkg_lac_entities",
    "zhkg_cues",
    "zhkg_gazetteer",
    "zhkg_resolve",
    "zhkg_canonical",
    "zhkg_relations",
)


class TextDoc(Doc):
    """A ``Doc`` that keeps its text: spaCy's ``Doc.text`` re-joins every token at each access
    (O(length) per call), which made components that read ``doc.text`` per candidate quadratic.
    The text of a Doc never changes, so caching it is safe."""

    _text: str

    @property
    def text(self) -> str:
        return self._text

    @property
    def text_with_ws(self) -> str:
        return self._text


def _reduce_text_doc(doc: TextDoc):
    from spacy.tokens.doc import pickle_doc

    return pickle_doc(doc)  # unpickles as a plain Doc, as spaCy's own Docs do


copyreg.pickle(TextDoc, _reduce_text_doc)


class CharTokenizer:
    """Exactly one token per character (whitespace included), no spaces between tokens."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        doc = TextDoc(self.vocab, words=list(text), spaces=[False] * len(text))
        doc._text = text
        return doc


@spacy.registry.tokenizers("zhkg.char_tokenizer.v1")
def create_char_tokenizer():
    def make(nlp: Language) -> CharTokenizer:
        return CharTokenizer(nlp.vocab)

    return make


def make_nlp() -> Language:
    """A fresh pipeline with every zhkg component."""
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "zhkg.char_tokenizer.v1"}}})
    for name in PIPELINE:
        nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=1)
def shared_nlp() -> Language:
    """One pipeline per process."""
    return make_nlp()
