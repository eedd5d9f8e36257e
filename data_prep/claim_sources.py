"""Sources described, not named: "officials said", "two traders told AFP", "said a
Singapore-based oil analyst", "traders and analysts say". Their nouns are the analyst's
``source_nouns`` word list, every inflection counted."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from data_prep.english import FINITE_VERB_AFTER, phrase_alternation
from data_prep.lexicons import Lexicons, word_forms
from data_prep.model import CueHit, DocMatch, Sentence

# "reported on Sunday, citing Iranian sources, that": the outlet passes on someone's claim.
CITING = re.compile(r"(?:\s+[\w’'-]+){0,3}?,?\s+citing\s+(?:the\s+)?")
# ", speaking on condition of anonymity, said": an aside that ends right at the verb.
_ASIDE_BEFORE_VERB = re.compile(r",[^,]{1,120},\s*$")
SOURCE_REACH = 40


@dataclass(frozen=True)
class UnnamedSource:
    name: str
    start: int
    end: int


def described_source(lexicons: Lexicons) -> re.Pattern[str]:
    """The pattern of a source described, not named, from the lexicon's ``source_nouns``."""
    return _described_source(lexicons.words["source_nouns"], lexicons.words["source_qualifiers"])


def unnamed_sources(sentence: Sentence, hit: CueHit, lexicons: Lexicons) -> list[UnnamedSource]:
    """Sources described, not named, near the cue: "officials said", "two traders told AFP",
    "said a Singapore-based oil analyst", "traders and analysts say"."""
    pattern = described_source(lexicons)
    citing = sentence.match(CITING, hit.end)
    if citing:
        found = sentence.match(pattern, citing.end())
    else:
        found = _source_near(sentence, pattern, hit)
    if found is None:
        return []
    sources = [UnnamedSource(_unnamed_name(found.group("noun")), found.start(), found.end())]
    second = sentence.match(_coordinated_source(lexicons.words["source_nouns"]), found.end())
    if second is not None:
        sources.append(
            UnnamedSource(_unnamed_name(second.group("noun")), second.start("noun"), second.end())
        )
    return sources


def _source_near(sentence: Sentence, pattern: re.Pattern[str], hit: CueHit) -> DocMatch | None:
    """The described source of a verb: one whose noun ends within reach before it ("an
    Iranian lawmaker on parliament's development committee retorted") or that starts within
    reach after it ("said a Singapore-based oil analyst"), else one before an aside that ends
    at the verb ("A Russian official involved in the project, speaking on condition of
    anonymity, said")."""
    window = sentence.finditer(pattern, hit.start - 2 * SOURCE_REACH, hit.end + SOURCE_REACH)
    near = next(
        (
            m
            for m in window
            if m.end() >= hit.start - SOURCE_REACH
            and not _subject_of_what_is_said(sentence, m, hit)
        ),
        None,
    )
    aside = sentence.search(_ASIDE_BEFORE_VERB, None, hit.start)
    if near is not None or aside is None:
        return near
    return sentence.search(pattern, aside.start() - 2 * SOURCE_REACH, aside.start())


def _subject_of_what_is_said(sentence: Sentence, source: DocMatch, hit: CueHit) -> bool:
    """ "said Russian negotiators had pressed": after the verb, the subject of what is said."""
    return source.start() >= hit.end and sentence.match(FINITE_VERB_AFTER, source.end()) is not None


def _unnamed_name(noun: str) -> str:
    if noun.lower().startswith("people "):
        return "unnamed sources"
    noun = noun.split()[-1]
    # An acronym keeps its capitals, plural or not ("MPs").
    return f"unnamed {noun if noun.removesuffix('s').isupper() else noun.lower()}"


@cache
def _source_noun_alternatives(nouns: tuple[str, ...]) -> str:
    forms = {form for noun in nouns for form in word_forms(noun)}
    return "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))


@cache
def _described_source(nouns: tuple[str, ...], qualifiers: tuple[str, ...]) -> re.Pattern[str]:
    """A described source: an optional determiner with up to three modifiers, or a
    capitalised word ("Iranian sources", "US and allied security officials"), then a noun
    for people who speak ("one Iranian energy economist", "senior officials"), or people
    placed by what they know ("people briefed on the discussions")."""
    return re.compile(
        r"\b(?:(?:an?|one|two|three|four|several|some|many|other|the)\s+(?:[\w’'-]+\s+){0,3}?"
        rf"|(?!(?:{_source_noun_alternatives(nouns)})\b)(?-i:[A-Z])[\w’'-]*\s+"
        r"(?:(?:and|or)\s+)?(?:[\w’'-]+\s+){0,2}?)?"
        rf"(?P<noun>people (?:{phrase_alternation(qualifiers)}) (?:the |a |an )?[a-z]+"
        r"|(?:senior |anonymous |unnamed |western |local )?"
        rf"(?:{_source_noun_alternatives(nouns)}))\b",
        re.IGNORECASE,
    )


@cache
def _coordinated_source(nouns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        rf"\s+(?:and|or)\s+(?P<noun>{_source_noun_alternatives(nouns)})\b", re.IGNORECASE
    )
