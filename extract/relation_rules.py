"""Typed relation rules over the resolved entities of one document."""

from __future__ import annotations

from spacy.tokens import Doc

from .gazetteer import admin_index
from .relations import RawRelation


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    return [(s.start_char, s.end_char) for s in doc.sents]


def sentence_of(bounds: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    lo, hi = 0, len(bounds) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if bounds[mid][0] <= pos:
            lo = mid
        else:
            hi = mid - 1
    return bounds[lo]


def typed_relations(doc: Doc, resolved) -> list[RawRelation]:
    bounds = sentence_bounds(doc)
    out: list[RawRelation] = []
    out += admin_containment(resolved, bounds)
    out += seats(resolved, bounds)
    return _dedupe(out)


def admin_containment(resolved, bounds) -> list[RawRelation]:
    """PLACE LOCATED_IN its nearest ancestor division that the document also names."""
    index = admin_index()
    codes = {}
    first = {}
    for r in resolved:
        code = dict(r.attrs).get("adcode")
        if r.type == "PLACE" and code:
            codes[r.canonical] = code
            first.setdefault(r.canonical, r)
    named = {code: name for name, code in codes.items()}
    out = []
    for name, code in sorted(codes.items()):
        for ancestor in index.chain(code + "000000")[1:]:
            anc_code = ancestor.adcode[:6]
            if anc_code in named:
                s, e = sentence_of(bounds, first[name].start)
                out.append(RawRelation(f"PLACE:{name}", "LOCATED_IN", f"PLACE:{named[anc_code]}", s, e, "", "admin_chain"))
                break
    return out


def seats(resolved, bounds) -> list[RawRelation]:
    """An organization whose name starts with a place name is seated there (包头市政协 -> 包头市)."""
    places = {r.canonical for r in resolved if r.type == "PLACE"}
    out = []
    seen = set()
    for r in resolved:
        if r.type != "ORG" or r.canonical in seen:
            continue
        name = r.canonical[2:] if r.canonical.startswith("中共") else r.canonical
        seat = max((p for p in places if name.startswith(p) and len(name) > len(p)), key=len, default=None)
        if seat:
            seen.add(r.canonical)
            s, e = sentence_of(bounds, r.start)
            out.append(RawRelation(r.key, "LOCATED_IN", f"PLACE:{seat}", s, e, "", "seat_in_name"))
    return out


def _dedupe(rels: list[RawRelation]) -> list[RawRelation]:
    seen = set()
    out = []
    for r in rels:
        k = (r.head, r.relation, r.tail, r.sent_start)
        if k not in seen:
            seen.add(k)
            out.append(r)
    return out
