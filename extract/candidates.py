"""Entity candidates: character spans proposed by the components, before the overlap policy.

Every proposing component appends ``Candidate`` records to ``doc._.zhkg_candidates``;
``zhkg_resolve`` chooses among them. Priorities are explicit numbers (higher wins).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

if not Doc.has_extension("zhkg_candidates"):
    Doc.set_extension("zhkg_candidates", default=None)

# One place for the priorities of every rule family (see resolve.py for the policy).
PRIORITY = {
    "document_title": 90,  # 《…》
    "quoted_event": 85,
    "event_session": 82,
    "event_phrase": 75,
    "topic_phrase": 45,
    "quoted_topic": 84,
    "event_pattern": 80,
    "document_pattern": 78,
    "org_grammar": 70,
    "org_abbrev": 68,
    "admin_full": 65,
    "place_suffix": 55,
    "person_title": 60,
    "person_furniture": 60,
    "admin_short": 50,
    "lac": 30,
}


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    type: str
    rule: str
    priority: int
    name: str | None = None  # a normalised name when it differs from the surface (e.g. quotes dropped)

    @property
    def length(self) -> int:
        return self.end - self.start


def add_candidates(doc: Doc, items: list[Candidate]) -> None:
    if doc._.zhkg_candidates is None:
        doc._.zhkg_candidates = []
    doc._.zhkg_candidates.extend(items)


def candidate(start: int, end: int, etype: str, rule: str, name: str | None = None) -> Candidate:
    family = rule.split(":", 1)[0]
    return Candidate(start, end, etype, rule, PRIORITY[family], name)


LAC_TYPES = {"PER": "PERSON", "LOC": "PLACE", "ORG": "ORG"}


@Language.factory("zhkg_lac_entities", assigns=["doc._.zhkg_candidates"], requires=["doc.spans"])
def make_lac_entities(nlp: Language, name: str) -> "LacEntities":
    return LacEntities()


class LacEntities:
    """LAC's PER / LOC / ORG words as low-priority candidates (checked later by cue filters)."""

    def __call__(self, doc: Doc) -> Doc:
        from .cues import GLUED_VERBS, _trim_leading

        items = []
        from .lexical import lac_word_tuples

        for start, end, tag in lac_word_tuples(doc):
            etype = LAC_TYPES.get(tag)
            if etype:
                while start < end and doc.text[start].isspace():
                    start += 1
                while end > start and doc.text[end - 1].isspace():
                    end -= 1
                if etype == "ORG":
                    start = _trim_leading(doc.text, start, end, 2)
                    verb = next((v for v in GLUED_VERBS if doc.text.endswith(v, start, end)), "")
                    end -= len(verb) if end - start - len(verb) >= 3 else 0  # LAC's 碧江区政协举办
                items.append(candidate(start, end, etype, f"lac:{tag}"))
        add_candidates(doc, items)
        return doc
