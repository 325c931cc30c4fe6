"""Relations between the resolved entities of a document, per sentence.

Typed relations come from cue rules (see ``relation_rules``); entities in the same sentence with
no typed relation between them get a ``CO_OCCURS`` edge, kept apart from the typed ones.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

if not Doc.has_extension("zhkg_relations"):
    Doc.set_extension("zhkg_relations", default=None)

MAX_COOCCUR_PER_SENTENCE = 12  # entities beyond this in one sentence give no co-occurrence edges


@dataclass(frozen=True)
class RawRelation:
    """A relation in clean-text coordinates: the sentence span is its evidence."""

    head: str
    relation: str
    tail: str
    sent_start: int
    sent_end: int
    cue: str
    rule: str


@Language.factory("zhkg_relations", assigns=["doc._.zhkg_relations"], requires=["doc._.zhkg_resolved"])
def make_relations(nlp: Language, name: str) -> "RelationExtractor":
    return RelationExtractor()


class RelationExtractor:
    def __call__(self, doc: Doc) -> Doc:
        from .relation_rules import typed_relations

        resolved = doc._.zhkg_resolved or []
        typed = typed_relations(doc, resolved)
        doc._.zhkg_relations = typed + co_occurrences(doc, resolved, typed)
        return doc


def co_occurrences(doc: Doc, resolved, typed: list[RawRelation]) -> list[RawRelation]:
    """One CO_OCCURS per unordered pair of distinct entities in a sentence, unless typed already."""
    linked = {frozenset((r.head, r.tail)) for r in typed}
    out = []
    from .relation_spans import sentence_bounds

    i = 0
    for s, e in sentence_bounds(doc):
        keys = []
        while i < len(resolved) and resolved[i].start < e:
            if resolved[i].start >= s and resolved[i].key not in keys:
                keys.append(resolved[i].key)
            i += 1
        if len(keys) > MAX_COOCCUR_PER_SENTENCE:
            continue
        keys.sort()
        for a in range(len(keys)):
            for b in range(a + 1, len(keys)):
                if frozenset((keys[a], keys[b])) in linked:
                    continue
                out.append(RawRelation(keys[a], "CO_OCCURS", keys[b], s, e, "", "same_sentence"))
    return out
