"""Plain records passed from extraction to the graph side.

Standard library only, frozen dataclasses: they pickle for worker processes and Dask.
Every offset is a character offset into the ORIGINAL decoded file text.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field


ENTITY_LABELS_ZH = {
    "ORG": "机构",
    "PLACE": "地点",
    "EVENT": "事件",
    "TOPIC": "议题",
    "PERSON": "人物",
    "DOCUMENT": "文件",
}


RELATION_LABELS_ZH = {
    "ORGANIZES": "举办",
    "PARTICIPATES_IN": "参与",
    "COOPERATES_WITH": "合作",
    "LOCATED_IN": "位于",
    "HELD_AT": "举行于",
    "ABOUT": "围绕",
    "CONCERNS": "涉及",
    "VISITS": "视察",
    "ISSUES": "制定",
    "LEADS": "领导",
    "SUPERVISES": "监督",
    "CO_OCCURS": "共现",
}
ENTITY_TYPES = tuple(ENTITY_LABELS_ZH)  # the schema: ORG PLACE EVENT TOPIC PERSON DOCUMENT
SYMMETRIC_RELATIONS = frozenset({"COOPERATES_WITH", "CO_OCCURS"})  # stored once, head < tail


def entity_key(etype: str, canonical: str) -> str:
    """Stable node id: ``TYPE:canonical``."""
    return f"{etype}:{canonical}"


@dataclass(frozen=True)
class Evidence:
    """A sentence that supports a node or an edge, located in the original file."""

    doc_id: str
    start: int
    end: int
    text: str
    page: int | None = None


@dataclass(frozen=True)
class Mention:
    """One occurrence of an entity: ``original_text[start:end] == surface``."""

    doc_id: str
    start: int
    end: int
    surface: str
    entity: str  # entity key TYPE:canonical
    rule: str  # which component/rule produced the span
    sentence: Evidence | None = None


@dataclass(frozen=True)
class Entity:
    """A document-level entity (a node), merged across documents by the graph side."""

    key: str
    type: str
    canonical: str
    aliases: tuple[str, ...] = ()
    attrs: tuple[tuple[str, str | int | float], ...] = ()  # e.g. adcode, lat, lon
    merge_rules: tuple[str, ...] = ()  # how surface forms were resolved to this canonical
    from_reference: bool = False  # added from reference data only (no mention)


@dataclass(frozen=True)
class Relation:
    """A typed (or co-occurrence) edge with the evidence that states it."""

    head: str
    relation: str
    tail: str
    evidence: Evidence
    cue: str = ""
    rule: str = ""


@dataclass(frozen=True)
class Skip:
    """A file that was not processed, and why."""

    path: str
    reason: str


@dataclass(frozen=True)
class DocResult:
    """Everything extracted from one document."""

    doc_id: str
    path: str
    encoding: str
    chars: int
    year: int | None
    entities: tuple[Entity, ...]
    mentions: tuple[Mention, ...]
    relations: tuple[Relation, ...]
    home: str | None = None  # canonical name of the document's home jurisdiction
    removed: tuple[tuple[int, int, str], ...] = ()  # original spans dropped by cleaning, with why
    timings: tuple[tuple[str, float], ...] = ()
    notes: tuple[str, ...] = field(default=())
    format: str = "text"  # text, pdf, html, docx
    title: str | None = None  # web page <title>, PDF/DOCX title
    pages: tuple[int, ...] = ()  # offset where each page starts in the original text (PDF)

    def page_of(self, offset: int) -> int | None:
        return page_of(self.pages, offset)


def page_of(pages: tuple[int, ...], offset: int) -> int | None:
    """1-based page of an offset, given the page start offsets; None when the text has no pages."""
    if not pages:
        return None
    return max(1, bisect.bisect_right(pages, offset))
