"""Cue finding: where a sentence matches the rows of a cue lexicon.

One function serves every cue lexicon (events, reporting verbs, modality, timing, themes,
hedges, CAMEO's verbs): matches are non-overlapping, longest first, in document positions.
Each lexicon is indexed once by the first words its cues can start with, so a sentence runs
only the patterns of cues whose first word it contains.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from data_prep.lexicons import Cue
from data_prep.model import CueHit, Sentence

_WORD = re.compile(r"\w+")
_HYPHENATED = re.compile(r"[\w-]+")


@dataclass(frozen=True)
class CueIndex:
    """Which cues (by position in their lexicon) each first word or word beginning can start;
    ``always`` holds cues whose first words cannot be known."""

    by_word: dict[str, tuple[int, ...]]
    by_prefix: dict[str, tuple[int, ...]]
    always: tuple[int, ...]


def find_cues(sentence: Sentence, cues: tuple[Cue, ...]) -> list[CueHit]:
    """Non-overlapping cue matches, longest first, sorted by position."""
    hits = [
        CueHit(m.start(), m.end(), cues[i])
        for i in _candidates(_index(cues), _words(sentence.text))
        for m in sentence.finditer(cues[i].pattern)
    ]
    chosen: list[CueHit] = []
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        if all(hit.end <= c.start or hit.start >= c.end for c in chosen):
            chosen.append(hit)
    return sorted(chosen, key=lambda h: h.start)


def _candidates(index: CueIndex, words: tuple[frozenset[str], frozenset[str]]) -> list[int]:
    whole, beginnings = words
    found = set(index.always)
    for word in whole:
        found.update(index.by_word.get(word, ()))
    for prefix, positions in index.by_prefix.items():
        if prefix in beginnings:
            found.update(positions)
    return sorted(found)


# Lexicons live for the whole process; their index is built on first use. Keyed by identity
# because hashing a lexicon of thousands of cues would cost more than the search it saves.
_INDEXES: dict[int, tuple[tuple[Cue, ...], CueIndex]] = {}


def _index(cues: tuple[Cue, ...]) -> CueIndex:
    cached = _INDEXES.get(id(cues))
    if cached is None or cached[0] is not cues:
        cached = (cues, _build_index(cues))
        _INDEXES[id(cues)] = cached
    return cached[1]


def _build_index(cues: tuple[Cue, ...]) -> CueIndex:
    by_word: dict[str, list[int]] = {}
    by_prefix: dict[str, list[int]] = {}
    always: list[int] = []
    for position, cue in enumerate(cues):
        if cue.first_words is None:
            always.append(position)
            continue
        for word in cue.first_words:
            by_word.setdefault(word, []).append(position)
        for prefix in cue.first_prefixes:
            by_prefix.setdefault(prefix, []).append(position)
    return CueIndex(
        {word: tuple(positions) for word, positions in by_word.items()},
        {prefix: tuple(positions) for prefix, positions in by_prefix.items()},
        tuple(always),
    )


@lru_cache(maxsize=64)
def _words(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The sentence's words, and every beginning of them, in lower case."""
    lower = text.lower()
    words = frozenset(_WORD.findall(lower)) | frozenset(_HYPHENATED.findall(lower))
    return words, frozenset(word[:end] for word in words for end in range(1, len(word) + 1))
