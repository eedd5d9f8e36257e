"""Cue finding: where a sentence matches the rows of a cue lexicon.

One function serves every cue lexicon (events, reporting verbs, modality, timing, themes,
hedges, CAMEO's verbs): matches are non-overlapping, longest first, in document positions.
Each lexicon is indexed once by the words every alternative of its cues needs, so a sentence
runs only the alternatives whose words it holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

from data_prep.lexicons import Cue, WordNeed, join_alternatives
from data_prep.model import CueHit, Sentence

_WORD = re.compile(r"\w+")
_HYPHENATED = re.compile(r"[\w-]+")


# A sentence's words in lower case, whole and split at hyphens: as a set, and as one string
# with a space before each word, in which one regular expression finds the words that start
# with any of a lexicon's prefixes.
Words = tuple[frozenset[str], str]
Pattern = re.Pattern[str]
# An alternative: its cue's position in the lexicon and its number within the cue, packed
# into one int, because the cache of plans hashes a set of them for every sentence and a
# tuple's hash is not kept.
Key = int
_ALTERNATIVE_BITS = 16


def _key(position: int, number: int) -> Key:
    if number >> _ALTERNATIVE_BITS:
        raise ValueError(f"a cue has more than {1 << _ALTERNATIVE_BITS} alternatives")
    return position << _ALTERNATIVE_BITS | number


# Hashed by identity: built once per lexicon, it keys the cache of plans.
@dataclass(frozen=True, eq=False)
class CueIndex:
    """A lexicon's alternatives by the words they need. Each distinct ``WordNeed`` of the
    lexicon has a number; a sentence satisfies the needs of its words (``by_form``) and of
    the prefixes its words start with (``by_prefix``). An alternative can match only where
    all its needs are satisfied; it is found through its first need (``by_first_need``), or
    is in ``always`` when its first word cannot be known."""

    cues: tuple[Cue, ...]
    by_form: dict[str, tuple[int, ...]]
    by_prefix: dict[str, tuple[int, ...]]
    forms: frozenset[str]
    # The lengths of the prefixes: a word starts with a prefix of length n when its first n
    # characters are one, a lookup rather than a test of every prefix.
    prefix_lengths: tuple[int, ...]
    # Finds the words (in ``Words``' string) that start with a prefix; None if none can.
    prefixed: Pattern | None
    by_first_need: dict[int, tuple[tuple[Key, frozenset[int]], ...]]
    first_needs: frozenset[int]
    always: tuple[tuple[Key, frozenset[int]], ...]


def find_cues(sentence: Sentence, cues: tuple[Cue, ...]) -> list[CueHit]:
    """Non-overlapping cue matches, longest first, sorted by position."""
    index = _index(cues)
    viable = _viable(index, _words(sentence.text))
    if not viable:
        return []
    hits = [
        CueHit(start, end, cue)
        for cue, pattern in _plan(index, frozenset(viable))
        for start, end in sentence.spans(pattern)
    ]
    if len(hits) < 2:
        return hits
    chosen: list[CueHit] = []
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        if all(hit.end <= c.start or hit.start >= c.end for c in chosen):
            chosen.append(hit)
    return sorted(chosen, key=lambda h: h.start)


def _viable(index: CueIndex, words: Words) -> list[Key]:
    """The alternatives all of whose needs the sentence satisfies."""
    whole, spaced = words
    satisfied = set(chain.from_iterable(map(index.by_form.__getitem__, whole & index.forms)))
    if index.prefixed is not None:
        for word in index.prefixed.findall(spaced):
            for length in index.prefix_lengths:
                satisfied.update(index.by_prefix.get(word[:length], ()))
    viable = [key for key, needs in index.always if needs <= satisfied]
    for need in satisfied & index.first_needs:
        viable += [key for key, needs in index.by_first_need[need] if needs <= satisfied]
    return viable


# Sets of viable alternatives recur from sentence to sentence; each is planned once.
@lru_cache(maxsize=4096)
def _plan(index: CueIndex, viable: frozenset[Key]) -> tuple[tuple[Cue, Pattern], ...]:
    """Each cue with a viable alternative, in lexicon order, with its pattern cut to those
    alternatives. An alternative that cannot match anywhere in the sentence changes none of
    the pattern's matches, so the shorter pattern finds exactly the same."""
    by_cue: dict[int, list[int]] = {}
    for key in sorted(viable):
        position, alternative = divmod(key, 1 << _ALTERNATIVE_BITS)
        by_cue.setdefault(position, []).append(alternative)
    return tuple(
        (index.cues[position], _pattern_of(index.cues[position], tuple(alternatives)))
        for position, alternatives in by_cue.items()
    )


def _pattern_of(cue: Cue, alternatives: tuple[int, ...]) -> Pattern:
    if len(alternatives) == len(cue.alternatives):
        return cue.pattern
    return _joined(tuple(cue.alternatives[a].body for a in alternatives))


# Few distinct subsets of a cue's alternatives occur; each is compiled once.
@lru_cache(maxsize=4096)
def _joined(bodies: tuple[str, ...]) -> Pattern:
    return join_alternatives(bodies)


# Lexicons live for the whole process; their index is built on first use. Keyed by identity
# because hashing a lexicon of thousands of cues would cost more than the search it saves.
_INDEXES: dict[int, CueIndex] = {}


def _index(cues: tuple[Cue, ...]) -> CueIndex:
    cached = _INDEXES.get(id(cues))
    if cached is None or cached.cues is not cues:
        cached = _build_index(cues)
        _INDEXES[id(cues)] = cached
    return cached


def _build_index(cues: tuple[Cue, ...]) -> CueIndex:
    numbers: dict[WordNeed, int] = {}
    by_first_need: dict[int, list[tuple[Key, frozenset[int]]]] = {}
    always: list[tuple[Key, frozenset[int]]] = []
    for position, cue in enumerate(cues):
        for number, alternative in enumerate(cue.alternatives):
            later = [numbers.setdefault(need, len(numbers)) for need in alternative.later]
            if alternative.first is None:
                always.append((_key(position, number), frozenset(later)))
                continue
            first = numbers.setdefault(alternative.first, len(numbers))
            entry = (_key(position, number), frozenset([first, *later]))
            by_first_need.setdefault(first, []).append(entry)
    by_form: dict[str, list[int]] = {}
    by_prefix: dict[str, list[int]] = {}
    for need, number in numbers.items():
        if need.prefix:
            by_prefix.setdefault(need.prefix, []).append(number)
        for form in need.forms:
            by_form.setdefault(form, []).append(number)
    return CueIndex(
        cues,
        {form: tuple(needs) for form, needs in by_form.items()},
        {prefix: tuple(needs) for prefix, needs in by_prefix.items()},
        frozenset(by_form),
        tuple(sorted({len(prefix) for prefix in by_prefix})),
        _prefixed(tuple(by_prefix)),
        {need: tuple(entries) for need, entries in by_first_need.items()},
        frozenset(by_first_need),
        tuple(always),
    )


def _prefixed(prefixes: tuple[str, ...]) -> Pattern | None:
    if not prefixes:
        return None
    return re.compile(" ((?:" + "|".join(re.escape(prefix) for prefix in prefixes) + ")[^ ]*)")


# Each sentence is searched for the cues of every lexicon in turn.
@lru_cache(maxsize=64)
def _words(text: str) -> Words:
    lower = text.lower()
    whole = frozenset(_WORD.findall(lower)) | frozenset(_HYPHENATED.findall(lower))
    return whole, " " + " ".join(whole)
