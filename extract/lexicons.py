"""Cue lexicons kept as data files in ``resources/`` (one entry per line, ``#`` comments)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

RESOURCES = Path(__file__).parent / "resources"


@lru_cache(maxsize=None)
def words(name: str) -> tuple[str, ...]:
    """Entries of ``resources/<name>.txt``, longest first (so regex alternation prefers them)."""
    entries = []
    with open(RESOURCES / f"{name}.txt", encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                entries.append(line)
    return tuple(sorted(set(entries), key=lambda w: (-len(w), w)))


# Lexicons that include others: every named event head is also an event head after a quoted title.
INCLUDES = {"event_heads": ("named_event_heads",)}


@lru_cache(maxsize=None)
def alternation(name: str) -> str:
    """A regex alternation of the entries of a lexicon (and those it includes), longest first."""
    entries = set(words(name))
    for other in INCLUDES.get(name, ()):
        entries |= set(words(other))
    return "(?:" + "|".join(re.escape(w) for w in sorted(entries, key=lambda w: (-len(w), w))) + ")"


@lru_cache(maxsize=None)
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of ``resources/<name>.tsv`` (tab-separated, ``#`` comments)."""
    rows = []
    with open(RESOURCES / f"{name}.tsv", encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                rows.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(rows)


@lru_cache(maxsize=None)
def _suffix_index(name: str) -> tuple[frozenset[str], tuple[int, ...], frozenset[str]]:
    entries = frozenset(words(name))
    return entries, tuple(sorted({len(w) for w in entries}, reverse=True)), frozenset(w[-1] for w in entries)


def longest_suffix(text: str, name: str, end: int | None = None) -> str | None:
    """The longest entry of lexicon ``name`` that ``text[:end]`` ends with (set lookups, not a scan)."""
    entries, lengths, last_chars = _suffix_index(name)
    end = len(text) if end is None else end
    if end == 0 or text[end - 1] not in last_chars:
        return None  # most words end in a character no entry ends with
    for n in lengths:
        if n <= end and text[end - n : end] in entries:
            return text[end - n : end]
    return None
