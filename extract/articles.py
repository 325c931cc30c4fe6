"""Articles of a newspaper page: each ``本报讯`` item (with its headline) is a text of its own.

A 政协周刊 page carries several short reports, often by different bodies; inside each one ``区政协``
means that report's district and a sentence without a subject acts for that report's body.
"""

from __future__ import annotations

import re

_DATELINE = re.compile(r"本报讯|本刊讯|（记者|\(记者|（通讯员|\(通讯员")
_HEADLINE_MAX = 40


def article_starts(text: str) -> list[int]:
    """Start offsets of the articles (always at least ``[0]``), in order.

    An article starts at a paragraph opening with a dateline (本报讯, （记者…）); a short paragraph
    right before it without a full stop is its headline and belongs to it.
    """
    starts = [0]
    for m in re.finditer(r"(?:^|\n)([^\n]*)", text):
        line_start = m.start(1)
        if not _DATELINE.match(text, line_start):
            continue
        start = line_start
        prev_end = text.rfind("\n", 0, line_start)
        while prev_end > 0 and text[prev_end - 1] == "\n":
            prev_end -= 1
        prev_start = text.rfind("\n", 0, prev_end) + 1 if prev_end > 0 else 0
        headline = text[prev_start:prev_end].strip()
        if headline and len(headline) <= _HEADLINE_MAX and "。" not in headline:
            start = prev_start
        if start > starts[-1]:
            starts.append(start)
    return starts


def article_of(starts: list[int], pos: int) -> int:
    """Index of the article holding offset ``pos``."""
    import bisect

    return bisect.bisect_right(starts, pos) - 1
