"""Analyst-editable CSV dictionaries: parsed into typed rows, validated, compiled once.

Every file has a declared column specification. A value outside its vocabulary, a missing
column or a malformed number stops loading with a message naming the file, the row and the
column, so a typo never silently switches a rule off.

Cue phrases use a small readable syntax instead of raw regular expressions:
``|`` separates alternatives; a trailing ``+`` on a word accepts its inflections (``oppose+``
matches opposes, opposed, opposing; ``rift+`` matches rifts), taken from lemminflect's English
data; a trailing ``*`` accepts any ending (``thank*`` matches thanks, thanked, thanking);
``..`` accepts one or two words (``its .. war with``: "its ongoing war with") and ``...`` up
to five.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from lemminflect import getAllInflections

from data_prep import schema

LEXICON_DIR = Path(__file__).parent / "lexicons"

TRUE_SPELLINGS = frozenset({"true", "yes", "y", "1", "t"})
FALSE_SPELLINGS = frozenset({"false", "no", "n", "0", "f", ""})


class LexiconError(ValueError):
    """A lexicon file that cannot be used as written."""


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
    # Where an envoy serves: a country's ISO3 code or an international body's actor_id.
    posted_to: str = ""


@dataclass(frozen=True)
class Title:
    title: str
    variants: tuple[str, ...]
    is_leader: bool


@dataclass(frozen=True)
class EventCueEntry:
    event_type: str
    cameo_code: str
    polarity: str
    themes: tuple[str, ...]
    timing: str
    priority: int
    needs_actor_before: bool
    # "project" for event_cues.csv, "cameo" for PETRARCH2's verbs.
    source: str = "project"


@dataclass(frozen=True)
class ClaimCueEntry:
    stance: str
    form: str


@dataclass(frozen=True)
class ModalityCueEntry:
    modality: str
    scope: str
    reach: str


@dataclass(frozen=True)
class TimingCueEntry:
    timing: str
    scope: str


@dataclass(frozen=True)
class ThemeCueEntry:
    theme: str


@dataclass(frozen=True)
class GroupEntry:
    type: str
    label: str


@dataclass(frozen=True)
class EventTypeEntry:
    """What the rules need to know of an event type (``event_types.csv``)."""

    event_type: str
    family: str
    source_adjective: bool
    imminent: bool
    complaint: bool
    outsider_report_accuses: bool


@dataclass(frozen=True)
class Reading:
    """A cue read anew in context, as an event type and CAMEO code (``event_readings.csv``)."""

    event_type: str
    cameo_code: str


@dataclass(frozen=True)
class Cue:
    """One row of a cue dictionary: its phrase, typed entry and alternatives."""

    phrase: str
    entry: Any
    # Its alternatives in the pattern's order, so a sentence runs only those whose words it
    # has.
    alternatives: tuple[Alternative, ...]

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """The whole cue's pattern, compiled on first use: most of CAMEO's thousands of verb
        cues are never run whole, and compiling them all had been most of loading."""
        return join_alternatives(tuple(a.body for a in self.alternatives))

    # Cue hits are set members and dictionary keys in every sentence; a tuple keeps no hash,
    # so the cue's, worked out from all its alternatives, is kept after the first time.
    def __hash__(self) -> int:
        return self._hash

    @cached_property
    def _hash(self) -> int:
        return hash((self.phrase, self.entry, self.alternatives))

    def __getstate__(self) -> dict:
        # String hashes differ from process to process: a kept hash does not travel.
        return {name: value for name, value in self.__dict__.items() if name != "_hash"}


@dataclass(frozen=True)
class WordNeed:
    """What a sentence must hold, in lower case, for one word of a cue to match in it: one of
    ``forms`` as a whole word, or else a word beginning with ``prefix``."""

    forms: frozenset[str]
    prefix: str = ""


@dataclass(frozen=True)
class Alternative:
    """One ``|``-separated alternative of a cue: its part of the cue's regular expression and
    the words it cannot match without: its first word (None when that cannot be known) and
    its later plain words."""

    body: str
    first: WordNeed | None
    later: tuple[WordNeed, ...]


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
    # PETRARCH2's CAMEO verbs: read only where the project's own event cues read nothing.
    cameo_cues: tuple[Cue, ...] = ()
    event_types: dict[str, EventTypeEntry] = field(default_factory=dict)
    readings: dict[str, Reading] = field(default_factory=dict)
    # Small closed word classes the rules use (title modifiers, speech verbs), by list name.
    words: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def goldstein(self, cameo_code: str) -> float:
        return self.cameo.get(cameo_code, ("", 0.0))[1]

    def types_in(self, family: str) -> frozenset[str]:
        return frozenset(t for t, entry in self.event_types.items() if entry.family == family)

    @cached_property
    def outlet_by_alias(self) -> dict[str, ActorEntry]:
        """Each news outlet by each of its names, in lower case."""
        return {
            alias.casefold(): actor
            for actor in self.actors
            if actor.type == "media"
            for alias in actor.aliases
        }

    @cached_property
    def place_country(self) -> dict[str, str]:
        """Each country's name and metonyms (its capital) to its ISO3 code: the places a
        sentence can say something happened or someone is."""
        return {
            form: country.iso3
            for country in self.countries
            for form in (country.name, *country.metonyms)
        }

    @cached_property
    def state_of(self) -> dict[str, ActorEntry]:
        """Each country's state actor (the first listed), by ISO3 code."""
        state_of: dict[str, ActorEntry] = {}
        for actor in self.actors:
            if actor.type == "state" and actor.country:
                state_of.setdefault(actor.country, actor)
        return state_of


# Column parsers: each takes the stripped cell text and returns the typed value or raises
# ValueError with what was expected.


def text(value: str) -> str:
    return value


def required(value: str) -> str:
    if not value:
        raise ValueError("a value is required")
    return value


def boolean(value: str) -> bool:
    lowered = value.lower()
    if lowered in TRUE_SPELLINGS:
        return True
    if lowered in FALSE_SPELLINGS:
        return False
    raise ValueError(f"'{value}' is not a yes/no value (true/false, yes/no, 1/0)")


def integer(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise ValueError(f"'{value}' is not a whole number") from None


def number(value: str) -> float:
    try:
        return float(value)
    except ValueError:
        raise ValueError(f"'{value}' is not a number") from None


def words(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split("|") if part.strip())


def iso_date_or_empty(value: str) -> str:
    if value and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError(f"'{value}' is not a date YYYY-MM-DD")
    return value


def cue_phrase(value: str) -> str:
    """A cue: a word ending in ``+`` must be a lemma lemminflect can inflect ("ignore+", not
    "ignor+", which would match only itself)."""
    required(value)
    for word in value.replace("|", " ").split():
        if word.endswith("+") and not getAllInflections(word[:-1].lower()):
            raise ValueError(f"'{word}' takes no inflections: is '{word[:-1]}' a lemma?")
    return value


def regex(value: str) -> str:
    try:
        re.compile(value)
    except re.error as error:
        raise ValueError(f"'{value}' is not a valid regular expression ({error})") from None
    return value


def one_of(*allowed: str) -> Callable[[str], str]:
    def parse(value: str) -> str:
        if value not in allowed:
            raise ValueError(f"'{value}' is not one of: {', '.join(allowed)}")
        return value

    return parse


def all_of(*allowed: str) -> Callable[[str], tuple[str, ...]]:
    def parse(value: str) -> tuple[str, ...]:
        parts = tuple(part for part in value.split(";") if part)
        unknown = [part for part in parts if part not in allowed]
        if unknown:
            raise ValueError(f"'{unknown[0]}' is not one of: {', '.join(allowed)}")
        return parts

    return parse


EVENT_TYPE = one_of(*schema.EVENT_TYPES)
ACTOR_TYPE = one_of(*schema.ACTOR_TYPES)
CAMEO_CODE = re.compile(r"\d{2,4}")


def cameo_code(value: str) -> str:
    if not CAMEO_CODE.fullmatch(value):
        raise ValueError(f"'{value}' is not a CAMEO code (two to four digits)")
    return value


Spec = dict[str, Callable[[str], Any]]

SPECS: dict[str, Spec] = {
    "transliterations.csv": {"country": required, "pattern": regex, "replacement": text},
    "actors.csv": {
        "actor_id": required,
        "name": required,
        "type": ACTOR_TYPE,
        "country": text,
        "role": text,
        "aliases": words,
        "adjectives": words,
    },
    "media.csv": {
        "media_id": required,
        "name": required,
        "country": text,
        "state_media": boolean,
        "aliases": words,
    },
    "boilerplate.csv": {
        "kind": required,
        "scope": one_of("sentence", "line"),
        "needs_reader_address": boolean,
        "pattern": regex,
    },
    "countries.csv": {"iso3": required, "name": required, "adjectives": words, "metonyms": words},
    "world_countries.csv": {
        "iso3": required,
        "name": required,
        "aliases": words,
        "adjectives": words,
        "source_line": text,
    },
    "roles.csv": {
        "actor_id": required,
        "country": required,
        "title": required,
        "valid_from": iso_date_or_empty,
        "valid_to": iso_date_or_empty,
        "posted_to": text,
    },
    "titles.csv": {"title": required, "variants": words, "is_leader": boolean},
    "honorifics.csv": {"honorific": required},
    "groups.csv": {
        "noun": required,
        "type": ACTOR_TYPE,
        "label": required,
    },
    "event_cues.csv": {
        "cue": cue_phrase,
        "event_type": EVENT_TYPE,
        "cameo_code": cameo_code,
        "polarity": one_of(*schema.POLARITIES),
        "themes": all_of(*schema.THEMES),
        "timing": one_of("action", "state"),
        "priority": integer,
        "needs_actor_before": boolean,
    },
    "claim_cues.csv": {
        "cue": cue_phrase,
        "stance": one_of(*schema.STANCES),
        "form": one_of("verb", "clause", "according", "act", "content", "belief", "naming"),
    },
    "modality_cues.csv": {
        "cue": cue_phrase,
        "modality": one_of("denied", "hypothetical", "planned"),
        "scope": one_of("clause", "sentence"),
        "reach": one_of("after", "both"),
    },
    "hedges.csv": {"cue": cue_phrase},
    "themes.csv": {"cue": cue_phrase, "theme": one_of(*schema.THEMES)},
    "timing_cues.csv": {
        "cue": cue_phrase,
        "timing": one_of("ongoing"),
        "scope": one_of("clause", "sentence"),
    },
    "cameo.csv": {"code": cameo_code, "label": required, "goldstein": number},
    "event_types.csv": {
        "event_type": EVENT_TYPE,
        "family": one_of("interaction", "transfer", "state", "statement", "act"),
        "source_adjective": boolean,
        "imminent": boolean,
        "complaint": boolean,
        "outsider_report_accuses": boolean,
    },
    "event_readings.csv": {
        "reading": required,
        "event_type": EVENT_TYPE,
        "cameo_code": cameo_code,
    },
    "word_lists.csv": {"list": required, "words": words},
    "cameo_verbs.csv": {
        "lemma": required,
        "pattern": text,
        "cameo_code": cameo_code,
        "event_type": EVENT_TYPE,
        "polarity": one_of(*schema.POLARITIES),
        "forms": words,
    },
}


def csv_text(rows: Iterable[Mapping[str, str]], columns: Sequence[str]) -> str:
    """Rows as a lexicon file's text, as the importers write them (``\\n`` line ends)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def read_rows(name: str, folder: Path = LEXICON_DIR) -> list[dict[str, Any]]:
    """The rows of one lexicon file, each value parsed by its column's specification."""
    spec = SPECS[name]
    path = folder / name
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        header = [column.strip() for column in reader.fieldnames or []]
        missing = [column for column in spec if column not in header]
        if missing:
            raise LexiconError(f"{path}: missing column(s) {', '.join(missing)}")
        return [
            _parse_row(path, line, row, spec)
            for line, row in enumerate(reader, start=2)
            if any((value or "").strip() for value in row.values() if isinstance(value, str))
        ]


def _parse_row(path: Path, line: int, row: dict, spec: Spec) -> dict[str, Any]:
    cells = {(key or "").strip(): (value or "").strip() for key, value in row.items() if key}
    parsed = {}
    for column, parse in spec.items():
        try:
            parsed[column] = parse(cells.get(column, ""))
        except ValueError as error:
            raise LexiconError(f"{path}, row {line}, column '{column}': {error}") from None
    return parsed


@cache
def word_forms(word: str) -> tuple[str, ...]:
    """The word and its inflections as a lemma (nouns: plural; verbs: -s, -ed, -ing, irregular
    forms), longest first."""
    forms = {word}
    for inflections in getAllInflections(word.lower()).values():
        forms.update(f if word.islower() else f.capitalize() for f in inflections)
    return tuple(sorted(forms, key=len, reverse=True))


_GAPS = {"...": r"(?:\S+\s+){0,5}?", "..": r"(?:\S+\s+){0,2}?"}


# A possessive of any name in a cue ("came to *'s defence": "to Tehran's defence").
POSSESSIVE = "*'s"


def _word_pattern(word: str) -> str:
    if word == POSSESSIVE:
        return r"[\w-]+['’]s"
    if word.endswith("+"):
        return "(?:" + "|".join(re.escape(form) for form in word_forms(word[:-1])) + ")"
    suffix = r"[\w'’-]*" if word.endswith("*") else ""
    return re.escape(word.rstrip("*")) + suffix


def compile_phrase(phrase: str, case_sensitive: bool = False) -> re.Pattern[str]:
    """Compile the cue syntax into one regular expression with word boundaries."""
    return join_alternatives(
        tuple(_alternative_body(a) for a in _phrase_alternatives(phrase)), case_sensitive
    )


def _phrase_alternatives(phrase: str) -> list[str]:
    """A phrase's alternatives in the order its pattern tries them: longest first."""
    return sorted(words(phrase), key=len, reverse=True)


def join_alternatives(bodies: tuple[str, ...], case_sensitive: bool = False) -> re.Pattern[str]:
    flags = 0 if case_sensitive else re.IGNORECASE
    return re.compile(r"(?<![\w-])(?:" + "|".join(bodies) + r")(?![\w])", flags)


# Between the words of a cue: white space, and quotation marks that news puts around some
# of its words ('a "political campaign" against Iran', 'a “red line”').
_WORD_GAP = r"[\"“”‘’]?\s+[\"“”‘’]?"


def _alternative_body(alternative: str) -> str:
    parts = [
        _GAPS[word] if word in _GAPS else _word_pattern(word) + _WORD_GAP
        for word in alternative.split()
    ]
    body = "".join(parts)
    return body[: -len(_WORD_GAP)] if body.endswith(_WORD_GAP) else body


_PLAIN_WORD = re.compile(r"[\w-]+[*+]?")
_PLAIN_LATER_WORD = re.compile(r"\w+[*+]?")


def make_cue(phrase: str, entry: Any) -> Cue:
    return Cue(phrase, entry, tuple(_alternative(a) for a in _phrase_alternatives(phrase)))


def _alternative(alternative: str) -> Alternative:
    """An alternative with the words a sentence must hold for it to match. The sentence's
    words are split at hyphens and also kept whole: a first word (after no word character
    or hyphen) may be hyphenated; a later one follows white space, so only a word without a
    hyphen is sure to be one of the sentence's words. Gaps need nothing."""
    first, *later = alternative.split()
    return Alternative(
        _alternative_body(alternative),
        _word_need(first) if _PLAIN_WORD.fullmatch(first) else None,
        tuple(_word_need(word) for word in later if _PLAIN_LATER_WORD.fullmatch(word)),
    )


def _word_need(word: str) -> WordNeed:
    if word == POSSESSIVE:
        return WordNeed(frozenset(), "")
    if word.endswith("*"):
        return WordNeed(frozenset(), word[:-1].lower())
    forms = word_forms(word[:-1]) if word.endswith("+") else (word,)
    return WordNeed(frozenset(form.lower() for form in forms))


def _spelling_variants(
    alias: str, rules: list[tuple[re.Pattern[str], str]], limit: int = 24
) -> tuple[str, ...]:
    """Other Latin spellings of a name, word by word ("Sergei Lavrov" -> "Sergey Lavrov")."""
    options = [
        list(dict.fromkeys([word, *(p.sub(r, word) for p, r in rules if p.search(word))]))
        for word in alias.split(" ")
    ]
    variants = [""]
    for choices in options:
        variants = [f"{v} {c}".strip() for v in variants for c in choices][:limit]
    return tuple(v for v in variants if v != alias)


def _with_spellings(
    aliases: tuple[str, ...], rules: list[tuple[re.Pattern[str], str]]
) -> tuple[str, ...]:
    found = [*aliases]
    for alias in aliases:
        found += _spelling_variants(alias, rules)
    return tuple(dict.fromkeys(found))


def _cues(
    name: str, folder: Path, entry: Callable[[dict[str, Any]], Any], phrase_column: str = "cue"
) -> tuple[Cue, ...]:
    return tuple(make_cue(row[phrase_column], entry(row)) for row in read_rows(name, folder))


def _fields(cls: type) -> Callable[[dict[str, Any]], Any]:
    names = cls.__dataclass_fields__
    return lambda row: cls(**{key: value for key, value in row.items() if key in names})


def load_lexicons(folder: Path = LEXICON_DIR) -> Lexicons:
    return _load(folder.resolve())


@cache
def _load(folder: Path) -> Lexicons:
    countries = [_fields(Country)(row) for row in read_rows("countries.csv", folder)]
    actors = list(_actor_entries(folder))
    world = read_rows("world_countries.csv", folder)
    countries += _world_countries(world, {country.iso3 for country in countries})
    actors += _world_states(world, {a.country for a in actors if a.type == "state"})
    return Lexicons(
        boilerplate=tuple(
            BoilerplateRule(
                row["kind"],
                row["scope"],
                row["needs_reader_address"],
                re.compile(row["pattern"], re.IGNORECASE),
            )
            for row in read_rows("boilerplate.csv", folder)
        ),
        countries=tuple(countries),
        actors=tuple(actors),
        roles=tuple(_fields(RoleTenure)(row) for row in read_rows("roles.csv", folder)),
        titles=tuple(_fields(Title)(row) for row in read_rows("titles.csv", folder)),
        honorifics=tuple(row["honorific"] for row in read_rows("honorifics.csv", folder)),
        groups=_cues("groups.csv", folder, _fields(GroupEntry), "noun"),
        event_cues=_cues("event_cues.csv", folder, _fields(EventCueEntry)),
        cameo_cues=_cameo_cues(folder),
        claim_cues=_cues("claim_cues.csv", folder, _fields(ClaimCueEntry)),
        modality_cues=_cues("modality_cues.csv", folder, _fields(ModalityCueEntry)),
        hedge_cues=_cues("hedges.csv", folder, lambda row: None),
        theme_cues=_cues("themes.csv", folder, _fields(ThemeCueEntry)),
        timing_cues=_cues("timing_cues.csv", folder, _fields(TimingCueEntry)),
        cameo={
            row["code"]: (row["label"], row["goldstein"]) for row in read_rows("cameo.csv", folder)
        },
        actor_by_id={actor.actor_id: actor for actor in actors},
        event_types={
            row["event_type"]: _fields(EventTypeEntry)(row)
            for row in read_rows("event_types.csv", folder)
        },
        readings={
            row["reading"]: _fields(Reading)(row) for row in read_rows("event_readings.csv", folder)
        },
        words={row["list"]: row["words"] for row in read_rows("word_lists.csv", folder)},
    )


# CAMEO's root 01 (make a public statement) names no interaction between two sides.
_CAMEO_ROOTS_KEPT = tuple(f"{root:02d}" for root in range(2, 21))


def _cameo_cues(folder: Path) -> tuple[Cue, ...]:
    """PETRARCH2's CAMEO verbs (``cameo_verbs.csv``, converted by ``data_prep.cameo_import``) as
    cues of the lowest priority: they read an act only where the project's own cues read none.
    One cue per verb and CAMEO code: the verb in every form, alone or before its pattern
    words, so a sentence runs only the cues of the verbs it contains."""
    grouped: dict[tuple[str, str, str, str], list[str]] = {}
    for row in read_rows("cameo_verbs.csv", folder):
        if row["polarity"] == "neutral" or not row["cameo_code"].startswith(_CAMEO_ROOTS_KEPT):
            continue
        key = (row["lemma"], row["cameo_code"], row["event_type"], row["polarity"])
        suffix = f" .. {row['pattern']}" if row["pattern"] else ""
        grouped.setdefault(key, []).extend(form + suffix for form in row["forms"])
    return tuple(
        make_cue(
            "|".join(dict.fromkeys(phrases)),
            EventCueEntry(event_type, code, polarity, (), "action", 0, False, "cameo"),
        )
        for (_, code, event_type, polarity), phrases in sorted(grouped.items())
    )


def _world_countries(world: list[dict[str, Any]], curated: set[str]) -> list[Country]:
    """The imported countries (country_import.py) that countries.csv does not curate. Their
    names are also their metonyms, as a capital's is: "traders in Singapore" are in a place,
    and "Singapore said" is its government (``_world_states``)."""
    return [
        Country(row["iso3"], row["name"], row["adjectives"], (row["name"], *row["aliases"]))
        for row in world
        if row["iso3"] not in curated
    ]


def _world_states(world: list[dict[str, Any]], curated: set[str]) -> list[ActorEntry]:
    """A state actor for each imported country without one in actors.csv."""
    return [
        ActorEntry(
            "state_" + row["iso3"].lower(),
            row["name"],
            "state",
            row["iso3"],
            "state",
            (row["name"], *row["aliases"]),
        )
        for row in world
        if row["iso3"] not in curated
    ]


def _actor_entries(folder: Path) -> tuple[ActorEntry, ...]:
    spellings: dict[str, list[tuple[re.Pattern[str], str]]] = {}
    for row in read_rows("transliterations.csv", folder):
        spellings.setdefault(row["country"], []).append(
            (re.compile(row["pattern"]), row["replacement"])
        )
    registry = [
        ActorEntry(
            row["actor_id"],
            row["name"],
            row["type"],
            row["country"],
            row["role"],
            _with_spellings(row["aliases"], spellings.get(row["country"], []))
            if row["type"] == "person"
            else row["aliases"],
            adjectives=row["adjectives"],
        )
        for row in read_rows("actors.csv", folder)
    ]
    outlets = [
        ActorEntry(
            "media_" + row["media_id"],
            row["name"],
            "media",
            row["country"],
            "news outlet",
            (*row["aliases"], row["name"]),
            row["state_media"],
        )
        for row in read_rows("media.csv", folder)
    ]
    return tuple(registry + outlets)
