"""What the relation rules share: entity spans, sentence bounds and the words that end a clause."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Doc

CLAUSE_BREAK = re.compile(r"[，,；;：:。！？!?\n]")
SUB_BODY_WORDS = ("常委会", "常务委员会", "主席会议", "党组", "机关")  # a body's internal organs (区政协常委会, 常委会党组)


def body_of_organ(key: str, known) -> str:
    """The body an internal organ acts for, if the document names it (区政协常委会 -> 区政协), else the
    key itself; a 人大常委会 is a body of its own, not the 常委会 of a 人大."""
    if key.endswith("人大常委会"):
        return key
    for word in SUB_BODY_WORDS:
        if key.endswith(word) and key[: -len(word)] in known:
            return key[: -len(word)]
    return key


@dataclass(frozen=True)
class Ent:
    start: int
    end: int
    type: str
    key: str
    outer: bool  # not nested inside another entity


def entities_by_position(resolved) -> list[Ent]:
    """Entities by position; ``outer`` is False for one nested inside another (one sweep)."""
    out = []
    reach = -1  # furthest end of the spans seen so far (they start at or before this one)
    for r in sorted(resolved, key=lambda r: (r.start, -r.end)):
        out.append(Ent(r.start, r.end, r.type, r.key, r.end > reach))
        reach = max(reach, r.end)
    return out


def within(ents: list[Ent], starts: list[int], lo: int, hi: int) -> list[Ent]:
    """Entities lying inside [lo, hi) (``starts`` is the sorted list of their starts)."""
    i, j = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
    return [e for e in ents[i:j] if e.end <= hi]


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    from .sentences import sentence_spans

    return list(sentence_spans(doc))


def sentence_of(bounds: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The sentence (start, end) holding ``pos``: the last one starting at or before it (else the first)."""
    return bounds[max(0, bisect.bisect_right(bounds, pos, key=lambda b: b[0]) - 1)]
