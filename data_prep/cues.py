"""Cue finding: where a sentence matches the rows of a cue lexicon.

One function serves every cue lexicon (events, reporting verbs, modality, timing, themes,
hedges, CAMEO's verbs): matches are non-overlapping, longest first, in document positions.
Each lexicon is indexed once by the first word of every alternative of its cues, so a
sentence runs only the alternatives whose first word it contains and whose later words it
holds too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from data_prep.lexicons import Cue, WordNeed, join_alternatives
from data_prep.model import CueHit, Sentence

_WORD = re.compile(r"\w+")
_HYPHENATED = re.compile(r"[\w-]+")


# A sentence's words and every beginning of them, in lower case.
Words = tuple[frozenset[str], frozenset[str]]
Pattern = re.Pattern[str]
# The alternative number of a cue run whole: one built without its alternatives.
WHOLE = -1


@dataclass(frozen=True)
class CueIndex:
    """Which alternatives (cue position in the lexicon, alternative number) each first word
    or word beginning can start; ``always`` holds those whose first word cannot be known."""

    by_word: dict[str, tuple[tuple[int, int], ...]]
    by_prefix: dict[str, tuple[tuple[int, int], ...]]
    always: tuple[tuple[int, int], ...]


def find_cues(sentence: Sentence, cues: tuple[Cue, ...]) -> list[CueHit]:
    """Non-overlapping cue matches, longest first, sorted by position."""
    words = _words(sentence.text)
    hits = [
        CueHit(m.start(), m.end(), cues[position])
        for position, pattern in _patterns(cues, _index(cues), words)
        for m in sentence.finditer(pattern)
    ]
    chosen: list[CueHit] = []
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        if all(hit.end <= c.start or hit.start >= c.end for c in chosen):
            chosen.append(hit)
    return sorted(chosen, key=lambda h: h.start)


def _patterns(cues: tuple[Cue, ...], index: CueIndex, words: Words) -> list[tuple[int, Pattern]]:
    """Each cue that can match, in lexicon order, with its pattern cut to the alternatives the
    sentence holds the words of. An alternative that cannot match anywhere in the sentence
    changes none of the pattern's matches, so the shorter pattern finds exactly the same."""
    viable: dict[int, list[int]] = {}
    for position, alternative in _candidates(index, words):
        if alternative == WHOLE or _holds(cues[position].alternatives[alternative].later, words):
            viable.setdefault(position, []).append(alternative)
    return [
        (position, _pattern_of(cues[position], tuple(alternatives)))
        for position, alternatives in viable.items()
    ]


def _pattern_of(cue: Cue, alternatives: tuple[int, ...]) -> Pattern:
    if alternatives == (WHOLE,) or len(alternatives) == len(cue.alternatives):
        return cue.pattern
    return _joined(tuple(cue.alternatives[a].body for a in alternatives))


def _candidates(index: CueIndex, words: Words) -> list[tuple[int, int]]:
    whole, beginnings = words
    found = set(index.always)
    for word in whole:
        found.update(index.by_word.get(word, ()))
    for prefix, positions in index.by_prefix.items():
        if prefix in beginnings:
            found.update(positions)
    return sorted(found)


def _holds(needs: tuple[WordNeed, ...], words: Words) -> bool:
    whole, beginnings = words
    return all(
        need.prefix in beginnings if need.prefix else not need.forms.isdisjoint(whole)
        for need in needs
    )


# Few distinct subsets of a cue's alternatives occur; each is compiled once.
@lru_cache(maxsize=4096)
def _joined(bodies: tuple[str, ...]) -> Pattern:
    return join_alternatives(bodies)


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
    by_word: dict[str, list[tuple[int, int]]] = {}
    by_prefix: dict[str, list[tuple[int, int]]] = {}
    always: list[tuple[int, int]] = []
    for position, cue in enumerate(cues):
        if not cue.alternatives:
            always.append((position, WHOLE))
        for number, alternative in enumerate(cue.alternatives):
            key = (position, number)
            first = alternative.first
            if first is None:
                always.append(key)
            elif first.prefix:
                by_prefix.setdefault(first.prefix, []).append(key)
            else:
                for word in first.forms:
                    by_word.setdefault(word, []).append(key)
    return CueIndex(
        {word: tuple(keys) for word, keys in by_word.items()},
        {prefix: tuple(keys) for prefix, keys in by_prefix.items()},
        tuple(always),
    )


@lru_cache(maxsize=64)
def _words(text: str) -> Words:
    """The sentence's words, and every beginning of them, in lower case."""
    lower = text.lower()
    words = frozenset(_WORD.findall(lower)) | frozenset(_HYPHENATED.findall(lower))
    return words, frozenset(word[:end] for word in words for end in range(1, len(word) + 1))
