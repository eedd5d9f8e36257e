"""The words that say what an act or a claim is about, for comparing wording."""

from __future__ import annotations

import re
from functools import lru_cache

# Function words, reporting words and the words every article of this corpus uses.
_STOPWORDS = """
    about above after again against also among amid because been before being between both
    could does doing during each either every from further have having here into itself just
    last least less many more most much must next only other over same should since some such
    than that their theirs them then there these they this those through under until very what
    when where which while whose will with within would your first second third later earlier
    recent recently already still even according said says told telling added stated called
    reported reportedly quoted cited saying statement statements news agency official officials
    country countries side sides government president minister ministry leader leaders spokesman
    week month year today yesterday monday tuesday wednesday thursday friday saturday sunday
    relation relations relationship ties cooperation partner partners partnership the and for
"""
STOPWORDS = frozenset(_STOPWORDS.split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_SUFFIXES = (("ies", "y"), ("sses", "ss"), ("es", "e"), ("s", ""), ("ing", ""), ("ed", ""))


# Clustering stems the same few thousand words, and reads the same sentence for every event
# in it, again and again: both are cached.
@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A crude English stem, enough to make "drones" meet "drone" and "shipped" "shipping"."""
    word = word.lower().replace("’", "'").removesuffix("'s").strip("'-")
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + replacement
    return word


# Cue words that name a kind of act rather than an act: two visits are not one because both
# cues say "visit". Cue overlap counts only the other words ("drones", "S-400", "Shahed").
_GENERIC_ACT_WORDS = """
    visit visits trip meet met meeting meetings talk talks discussed discuss call calls phone
    conversation conversations spoke spoken agreement agreements deal deals treaty signed
    signing sign trade relation relations relationship ties cooperation support supported
    backing aid assistance help assist sanction sanctions war strike strikes target attack
    criticism criticised accuse accuses accused condolence condolences invited invitation
    partner partners strengthen deepen deepening expand hailed thanked weapons arms supply
    supplied provide provides
"""
GENERIC_ACT_WORDS = frozenset(stem(word) for word in _GENERIC_ACT_WORDS.split())


@lru_cache(maxsize=1 << 16)
def content_words(text: str, lowercase_only: bool = True) -> frozenset[str]:
    """Stems of the text's content words. With ``lowercase_only``, capitalised words (names,
    places, sentence openings) are left out, so two sentences about different acts of the same
    two countries do not look alike merely because both name Russia and Iran."""
    found = set()
    for match in _WORD.finditer(text or ""):
        word = match.group()
        if lowercase_only and not word[0].islower():
            continue
        stemmed = stem(word)
        if len(stemmed) >= 4 and stemmed not in STOPWORDS and word.lower() not in STOPWORDS:
            found.add(stemmed)
    return frozenset(found)


def jaccard(first: frozenset[str], second: frozenset[str]) -> float:
    union = first | second
    return len(first & second) / len(union) if union else 0.0
