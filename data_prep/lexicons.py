"""Analyst-editable CSV dictionaries, loaded and compiled once per process.

Cue phrases use a small readable syntax instead of raw regular expressions:
``|`` separates alternatives, a trailing ``*`` on a word accepts any ending
(``thank*`` matches thanks, thanked, thanking) and ``...`` accepts a gap of up to five words.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

LEXICON_DIR = Path(__file__).parent / "lexicons"


@dataclass(frozen=True)
class BoilerplateRule:
    kind: str
    scope: str
    needs_reader_address: bool
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    adjectives: tuple[str, ...]
    metonyms: tuple[str, ...]


@dataclass(frozen=True)
class ActorEntry:
    actor_id: str
    name: str
    type: str
    country: str
    role: str
    aliases: tuple[str, ...]
    state_media: bool = False
    adjectives: tuple[str, ...] = ()


@dataclass(frozen=True)
class RoleTenure:
    actor_id: str
    country: str
    title: str
    valid_from: str
    valid_to: str


@dataclass(frozen=True)
class Title:
    title: str
    variants: tuple[str, ...]
    is_leader: bool


@dataclass(frozen=True)
class Cue:
    """One row of a cue dictionary, with its compiled pattern and the row's other fields."""

    phrase: str
    pattern: re.Pattern[str]
    fields: dict[str, str]
    # The first words its alternatives can start with (lower case), so a sentence without
    # any of them is skipped without running the pattern; None when that cannot be known.
    first_words: frozenset[str] | None = None
    first_prefixes: tuple[str, ...] = ()


_PLAIN_WORD = re.compile(r"[\w-]+\*?")


def _cue(phrase: str, fields: dict[str, str]) -> Cue:
    pattern = compile_phrase(phrase)
    firsts = [alternative.split()[0] for alternative in _split(phrase)]
    if not all(_PLAIN_WORD.fullmatch(first) for first in firsts):
        return Cue(phrase, pattern, fields)
    return Cue(
        phrase,
        pattern,
        fields,
        frozenset(f.lower() for f in firsts if not f.endswith("*")),
        tuple(f[:-1].lower() for f in firsts if f.endswith("*")),
    )


@dataclass(frozen=True, eq=False)
class Lexicons:
    boilerplate: tuple[BoilerplateRule, ...]
    countries: tuple[Country, ...]
    actors: tuple[ActorEntry, ...]
    roles: tuple[RoleTenure, ...]
    titles: tuple[Title, ...]
    honorifics: tuple[str, ...]
    groups: tuple[Cue, ...]
    event_cues: tuple[Cue, ...]
    claim_cues: tuple[Cue, ...]
    modality_cues: tuple[Cue, ...]
    hedge_cues: tuple[Cue, ...]
    theme_cues: tuple[Cue, ...]
    timing_cues: tuple[Cue, ...]
    cameo: dict[str, tuple[str, float]]
    actor_by_id: dict[str, ActorEntry]
    # Small closed word classes the rules use (title modifiers, speech verbs), by list name.
    words: dict[str, tuple[str, ...]] = field(default_factory=dict)


def read_rows(name: str, folder: Path = LEXICON_DIR) -> list[dict[str, str]]:
    with (folder / name).open(encoding="utf-8", newline="") as handle:
        return [
            {key.strip(): (value or "").strip() for key, value in row.items() if key}
            for row in csv.DictReader(handle)
            if any((value or "").strip() for value in row.values())
        ]


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split("|") if part.strip())


def _truthy(value: str) -> bool:
    return value.strip().lower() in ("true", "yes", "1", "y")


def compile_phrase(phrase: str, case_sensitive: bool = False) -> re.Pattern[str]:
    """Compile the cue syntax into one regular expression with word boundaries."""
    alternatives = []
    for alternative in sorted(_split(phrase), key=len, reverse=True):
        parts = []
        for word in alternative.split():
            if word == "...":
                parts.append(r"(?:\S+\s+){0,5}?")
                continue
            suffix = r"[\w'’-]*" if word.endswith("*") else ""
            core = re.escape(word.rstrip("*"))
            parts.append(core + suffix + r"\s+")
        body = "".join(parts)
        body = body[: -len(r"\s+")] if body.endswith(r"\s+") else body
        alternatives.append(body)
    flags = 0 if case_sensitive else re.IGNORECASE
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w])", flags)


def _spelling_variants(
    alias: str, rules: list[tuple[re.Pattern[str], str]], limit: int = 24
) -> tuple[str, ...]:
    """Other Latin spellings of a name, word by word ("Sergei Lavrov" -> "Sergey Lavrov")."""
    words = alias.split(" ")
    options = [
        list(dict.fromkeys([word, *(p.sub(r, word) for p, r in rules if p.search(word))]))
        for word in words
    ]
    variants = [""]
    for choices in options:
        variants = [f"{v} {c}".strip() for v in variants for c in choices][:limit]
    return tuple(v for v in variants if v != alias)


def _with_spellings(
    aliases: tuple[str, ...], country: str, rules: dict[str, list[tuple[re.Pattern[str], str]]]
) -> tuple[str, ...]:
    found = [*aliases]
    for alias in aliases:
        found += _spelling_variants(alias, rules.get(country, []))
    return tuple(dict.fromkeys(found))


def _cues(name: str, folder: Path, phrase_column: str = "cue") -> tuple[Cue, ...]:
    rows = read_rows(name, folder)
    return tuple(_cue(row[phrase_column], row) for row in rows)


def load_lexicons(folder: Path = LEXICON_DIR) -> Lexicons:
    return _load(folder.resolve())


@cache
def _load(folder: Path) -> Lexicons:
    spellings: dict[str, list[tuple[re.Pattern[str], str]]] = {}
    for row in read_rows("transliterations.csv", folder):
        spellings.setdefault(row["country"], []).append(
            (re.compile(row["pattern"]), row["replacement"])
        )
    actors = [
        ActorEntry(
            row["actor_id"],
            row["name"],
            row["type"],
            row["country"],
            row["role"],
            _with_spellings(_split(row["aliases"]), row["country"], spellings)
            if row["type"] == "person"
            else _split(row["aliases"]),
            adjectives=_split(row.get("adjectives", "")),
        )
        for row in read_rows("actors.csv", folder)
    ]
    actors += [
        ActorEntry(
            "media_" + row["media_id"],
            row["name"],
            "media",
            row["country"],
            "news outlet",
            (*_split(row["aliases"]), row["name"]),
            _truthy(row["state_media"]),
        )
        for row in read_rows("media.csv", folder)
    ]
    return Lexicons(
        boilerplate=tuple(
            BoilerplateRule(
                row["kind"],
                row["scope"],
                _truthy(row["needs_reader_address"]),
                re.compile(row["pattern"], re.IGNORECASE),
            )
            for row in read_rows("boilerplate.csv", folder)
        ),
        countries=tuple(
            Country(row["iso3"], row["name"], _split(row["adjectives"]), _split(row["metonyms"]))
            for row in read_rows("countries.csv", folder)
        ),
        actors=tuple(actors),
        roles=tuple(
            RoleTenure(
                row["actor_id"], row["country"], row["title"], row["valid_from"], row["valid_to"]
            )
            for row in read_rows("roles.csv", folder)
        ),
        titles=tuple(
            Title(row["title"], _split(row["variants"]), _truthy(row["is_leader"]))
            for row in read_rows("titles.csv", folder)
        ),
        honorifics=tuple(row["honorific"] for row in read_rows("honorifics.csv", folder)),
        groups=_cues("groups.csv", folder, "noun"),
        event_cues=_cues("event_cues.csv", folder),
        claim_cues=_cues("claim_cues.csv", folder),
        modality_cues=_cues("modality_cues.csv", folder),
        hedge_cues=_cues("hedges.csv", folder),
        theme_cues=_cues("themes.csv", folder),
        timing_cues=_cues("timing_cues.csv", folder),
        cameo={
            row["code"]: (row["label"], float(row["goldstein"]))
            for row in read_rows("cameo.csv", folder)
        },
        actor_by_id={actor.actor_id: actor for actor in actors},
        words={row["list"]: _split(row["words"]) for row in read_rows("word_lists.csv", folder)},
    )
