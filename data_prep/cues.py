"""Cue finding: where a sentence matches the rows of a cue lexicon.

One function serves every cue lexicon (events, reporting verbs, modality, timing, themes,
hedges): matches are non-overlapping, longest first, in document positions.
"""

from __future__ import annotations

import re
from functools import lru_cache

from data_prep.lexicons import Cue
from data_prep.model import CueHit, Sentence

_WORD = re.compile(r"\w+")
_HYPHENATED = re.compile(r"[\w-]+")


def find_cues(sentence: Sentence, cues: tuple[Cue, ...]) -> list[CueHit]:
    """Non-overlapping cue matches, longest first, sorted by position."""
    words = _words(sentence.text)
    hits = [
        CueHit(m.start(), m.end(), cue)
        for cue in cues
        if _may_occur(cue, words)
        for m in sentence.finditer(cue.pattern)
    ]
    chosen: list[CueHit] = []
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        if all(hit.end <= c.start or hit.start >= c.end for c in chosen):
            chosen.append(hit)
    return sorted(chosen, key=lambda h: h.start)


@lru_cache(maxsize=64)
def _words(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The sentence's words, and every beginning of them, in lower case."""
    lower = text.lower()
    words = frozenset(_WORD.findall(lower)) | frozenset(_HYPHENATED.findall(lower))
    return words, frozenset(word[:end] for word in words for end in range(1, len(word) + 1))


def _may_occur(cue: Cue, words: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Whether the sentence holds a first word of the cue; a cheap test before the pattern."""
    if cue.first_words is None:
        return True
    whole, beginnings = words
    return not cue.first_words.isdisjoint(whole) or not beginnings.isdisjoint(cue.first_prefixes)
