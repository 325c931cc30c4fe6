"""Sentence starts: the regex scan agrees with the plain character loop it replaced."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from zhkg.extract.sentences import CLOSERS, SENTENCE_FINAL, sentence_starts


def _loop(text: str) -> set[int]:
    starts, n, i = {0}, len(text), 0
    while i < n:
        if text[i] == "\n":
            starts.add(i + 1)
        elif text[i] in SENTENCE_FINAL:
            j = i + 1
            while j < n and text[j] in CLOSERS:
                j += 1
            starts.add(j)
            i = j - 1
        i += 1
    starts.discard(n)
    return starts


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab \n。！？!?；;”’」』)）政“")), max_size=30))
def test_regex_scan_equals_the_character_loop(text):
    assert sentence_starts(text) == _loop(text)


def test_examples():
    assert sorted(sentence_starts("区政协召开会议。”他说：“好！”\n下一行")) == [0, 9, 16, 17]
