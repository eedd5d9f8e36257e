"""Actors named outright: registry names and metonyms, officials introduced by their title,
officials learnt earlier in the article, and nationality adjectives."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache, lru_cache

from data_prep.dates import MONTHS, WEEKDAYS
from data_prep.english import phrase_alternation
from data_prep.mentions.context import Context, at_match
from data_prep.mentions.memory import with_officials
from data_prep.mentions.registry import Registry, alternation
from data_prep.model import DocMatch, Mention, Sentence

LEARNED_PERSON_PREFIX = "person_"
LEARNED_OUTLET_PREFIX = "outlet_"
# How far back a title before a name can start ("Iran's Supreme National Security Council
# secretary Ali Larijani").
_TITLE_REACH = 90
_IN_THE = re.compile(r"\b(?:[Ii]n|[Aa]t)\s+the\s+$")
_LOCATION_PREPOSITIONS = re.compile(
    r"\b(?:in|at|near|outside|across|around|of|into)\s+(?:the\s+)?$"
)
# "from Moscow" is a place after a verb of motion ("flew from Moscow"); elsewhere it is where
# an act comes from ("condemnation from Moscow", "drones from Tehran").
_MOTION_FROM = re.compile(
    r"\b(?:fl(?:ew|own|y|ies|ying)|travel\w*|return\w*|arriv\w*|c(?:a|o)me|comes|coming"
    r"|depart\w*|fled|flee\w*|drove|driven|moved|relocated|evacuated)\s+(?:\S+\s+){0,3}?from\s+$"
)
# "arrived in Moscow", "on arrival in Tehran": the capital is where a visitor came to, the
# host of the visit, as in "flew to Moscow".
_ARRIVAL_IN = re.compile(
    r"\b(?:arriv(?:ed|es|e|ing|al)|landed|lands|touched down|due)\s+in\s+$", re.IGNORECASE
)
# "many in Tehran", "some in Moscow": people of that capital's country, unnamed.
_PEOPLE_IN = re.compile(
    r"\b(?:many|some|few|those|others|most|officials|lawmakers|politicians)\s+in\s+$",
    re.IGNORECASE,
)
# "a growing sense in Tehran", "frustration in Moscow": a mood held in a capital is its
# government's.
_SENTIMENT_IN = re.compile(
    r"\b(?:sense|feeling|frustration|anger|irritation|unease|concern|disappointment"
    r"|dismay|suspicion|mistrust|resentment|impatience|grievances?"
    r"|sore point|sore spot"
    r"|(?:go|goes|gone|went) down (?:well|badly|poorly))\s+in\s+$",
    re.IGNORECASE,
)
# After a bare-titled official, up to the subject of what they report: "has repeatedly
# said that", "said on Sunday that the".
_SAID_THAT_SUBJECT = re.compile(
    r"(?:,[^,]{0,60},)?\s+(?:[a-z]+\s+){0,2}(?:said|says|told\s+[\w ]{1,30}?|stated|added)"
    r"(?:\s+(?:on|last|this)\s+\w+)?\s+(?:that\s+)?"
)
_THE = re.compile(r"(?:the\s+)?")
# A state's own commitment or state of affairs, not what it is told to do nor what it has
# done ("said that Iran has violated the agreement" is as often said of another state); the
# first of two states ("Tehran and Moscow were coordinating") is the speaker's.
_COMMITTING_VERB = re.compile(
    r"(?:\s+and\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?"
    r"\s+(?:(?:also|still|not|never)\s+)?(?:will|would|was|is|were|are|remains|remained"
    r"|plans|planned|intends|intended|wants|wanted|expects|expected|hopes|hoped|stands|stood)\b"
)
# "the Gulf of Oman", "the Sea of Japan": a body of water named after a country is a place.
_WATERS_OF = re.compile(r"\b(?:Gulf|Sea|Strait|Straits|Bay|Gulfs)\s+of\s+$")
_CAPITALISED_WORD_AFTER = re.compile(r" (?P<word>[A-Z][a-z]+)\b")


def registry_names(context: Context) -> list[Mention]:
    """Registry aliases, each with the title written before it ("Russian President Putin")."""
    registry, sentence = context.registry, context.sentence
    found = []
    for local_start, local_end in registry.names.find(sentence.text):
        alias = sentence.text[local_start:local_end]
        name_start, name_end = sentence.start + local_start, sentence.start + local_end
        if alias in registry.metonym_country and _is_place(context, name_start):
            found += _people_in(context, alias, name_start, name_end)
            continue
        if alias in registry.metonym_country and _starts_an_institution(context, name_end):
            continue
        if alias in registry.surnames and _starts_a_longer_name(sentence, name_end):
            continue
        if sentence.search(_WATERS_OF, None, name_start):
            continue
        title = _title_before(registry, sentence, name_start)
        start = title.start() if title else name_start
        actor = context.actor(_owner(context, alias))
        found.append(context.mention(actor, start, name_end, "name"))
    return found


def _title_before(registry: Registry, sentence: Sentence, position: int) -> DocMatch | None:
    """The title written just before a name ("Russian President"). Searching for one tries
    every position of the stretch before the name; a stretch that does not end with a title
    word (and white space) cannot hold one, and is far cheaper to test."""
    before = sentence.slice(position - _TITLE_REACH, position)
    if not before.rstrip().endswith(registry.title_endings):
        return None
    return sentence.search(registry.title_prefix, position - _TITLE_REACH, position)


def _people_in(context: Context, capital: str, start: int, end: int) -> list[Mention]:
    """ "some in Tehran", "many in Moscow", "officials in Tehran": an unnamed group of the
    capital's country (not "diplomats in Tehran", who are mostly foreign)."""
    people = context.sentence.search(_PEOPLE_IN, start - 20, start)
    if people is None:
        return []
    country = context.registry.metonym_country[capital]
    text = context.sentence.slice(people.start(), end)
    return [
        Mention(
            people.start(),
            end,
            text,
            f"{country.lower()}_people",
            text,
            country,
            "government_body",
            "group",
        )
    ]


def _starts_a_longer_name(sentence: Sentence, name_end: int) -> bool:
    """ "Gen. Qassem Soleimani": a known surname followed by another name word is a first name
    or part of someone else's name, not the person known by that surname. A day or a month
    after it ("Putin Monday said") is no name."""
    following = sentence.match(_CAPITALISED_WORD_AFTER, name_end)
    return following is not None and following.group("word").lower() not in (MONTHS | WEEKDAYS)


def _is_place(context: Context, position: int) -> bool:
    """ "in Moscow", "flew from Tehran": a capital as a place, not as its government. "A
    growing sense in Tehran", "frustration in Moscow", "a sore point in Tehran", "has not gone
    down well in Tehran" are its government's: how the place received something; "arrived in
    Moscow" names the host of a visit; "wary of Moscow", "fired at Kyiv" (word list
    ``toward_a_capital``) name whom an attitude or an act is aimed at."""
    sentence = context.sentence
    if (
        _SENTIMENT_IN.search(sentence.slice(position - 40, position))
        or _ARRIVAL_IN.search(sentence.slice(position - 30, position))
        or _toward(tuple(context.lexicons.words["toward_a_capital"])).search(
            sentence.slice(position - 40, position)
        )
    ):
        return False
    return bool(
        _LOCATION_PREPOSITIONS.search(sentence.slice(position - 12, position))
        or _MOTION_FROM.search(sentence.slice(position - 60, position))
    )


def _starts_an_institution(context: Context, capital_end: int) -> bool:
    """ "Tehran University professor": the capital is part of an institution's name, not its
    government."""
    after = context.sentence.match(_CAPITALISED_WORD_AFTER, capital_end)
    return after is not None and after.group("word") in context.registry.institution_name_words


@cache
def _toward(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{phrase_alternation(words)})\s+(?:[\w’'-]+\s+){{0,4}}?(?:of|at)\s+$", re.IGNORECASE
    )


def _owner(context: Context, alias: str) -> str:
    """A surname is the person last named with it; a shared name is whoever held office on
    the article's date; otherwise the alias's first owner."""
    owners = context.registry.alias_owners[alias]
    if " " not in alias:
        bearers = context.registry.surnames.get(alias, ())
        recent = next(
            (m.actor_id for m in reversed(context.memory.history) if m.actor_id in bearers), ""
        )
        if recent:
            return recent
    if len(owners) > 1 and context.published:
        current = [owner for owner in owners if context.titles_of(owner)]
        if current:
            return current[0]
    return owners[0]


def titled_officials(context: Context) -> list[Mention]:
    """Officials the registry does not know, named with their title ("Iranian Oil Minister
    Mohsen Paknejad", "Gazprom CEO Alexei Miller", "Alexei Miller, the chairman of
    Gazprom")."""
    registry = context.registry
    lowered = context.sentence.text.lower()
    if not any(head in lowered for head in registry.title_heads):
        return []
    found = []
    for pattern, span_group in ((registry.titled_person, 0), (registry.appositive_person, "name")):
        for match in context.sentence.finditer(pattern):
            name = match.group("name") or match.group("bare_name")
            if _known_to_registry(registry, name):
                continue
            official = _official(registry, match, name, span_group)
            known = context.memory.learned.get(name)
            if not official.country and known is not None:
                # "Defense Minister Amir Hatami" after "Iranian Defense Minister Amir Hatami".
                official = replace(official, country=known.country, actor_id=known.actor_id)
            elif not official.country:
                official = replace(official, country=_unsaid_country(context, match))
            found.append(official)
    return found


def _unsaid_country(context: Context, match: DocMatch) -> str:
    """The country of an official whose title does not say it, from what else the text
    says of him, or else from whose officials alone hold the title."""
    bare_title = match.group("bare_title") or ""
    return (
        _based_in(context.registry, bare_title)
        or _body_country(context, match.group(0))
        or _relative_clause_country(context, match)
        or _venue_country(context)
        or _own_country_reported(context, match.end())
        or _sole_country_of_the_title(context, bare_title)
    )


def _sole_country_of_the_title(context: Context, title: str) -> str:
    """ "Secretary of State Mike Pompeo": a title news uses for one country's officials only
    (word_lists single_country_titles), whose holders in roles.csv give the country."""
    canonical = context.registry.title_canonical.get(title.lower())
    if canonical not in context.lexicons.words["single_country_titles"]:
        return ""
    return context.sole_country(canonical)


_BASED_IN = re.compile(r"\b(?P<place>[A-Z][\w’']+)-based\b")
_LEADING_WORD = re.compile(r"[A-Z][\w’']+(?=\s)")


def _based_in(registry: Registry, title: str) -> str:
    """ "Berlin-based Iran expert Katja Brenner": where the official is based is the
    country, not the country the title is about; so is a capital the title starts with
    ("Tehran economist Mehdi Sharifi"), though not a country's name ("Iran expert")."""
    based = _BASED_IN.search(title)
    if based:
        return registry.metonym_country.get(based.group("place"), "")
    leading = _LEADING_WORD.match(title)
    return registry.capital_country.get(leading.group(0), "") if leading else ""


# ", who oversaw Iranian forces in Syria,": a relative clause right after a name that says
# whose forces, service or body the person leads ("who met Russian officials" says nothing).
_RELATIVE_AFTER_NAME = re.compile(
    r",\s+who\s+(?:oversaw|oversees|commanded|commands|led|leads|headed|heads|ran|runs)"
    r"\s+[^,;]{1,60}"
)


def _relative_clause_country(context: Context, match: DocMatch) -> str:
    """ "Gen. Behrouz Esbati, who oversaw Iranian forces in Syria": the first nationality in
    the relative clause that says what the official leads."""
    clause = context.sentence.match(_RELATIVE_AFTER_NAME, match.end())
    return _described_country(context.registry, clause.group(0)) if clause else ""


def quoted_speakers(context: Context) -> list[Mention]:
    """'"...," said Abdullah Al-Otaibi, a Riyadh-based political analyst': a name the
    registry does not know, right after the verb that closes a quotation, is a person; a
    nationality or a capital in the description after it gives the country."""
    return _speakers_by(context, context.registry.quoted_speaker)


def described_speakers(context: Context) -> list[Mention]:
    """ "Shahriar Heydari, an Iranian lawmaker, said": a name the registry does not know, set
    off by a description and followed by a reporting verb, is a person; a nationality or a
    capital in the description gives the country, else what else the sentence says of them."""
    return _speakers_by(context, context.registry.described_speaker, _undescribed_country)


def named_speakers(context: Context) -> list[Mention]:
    """'"...," Ali Rezaei told BBC Persian', "Ali Rezaei said Russia ...": a name the registry
    does not know, standing where a speaker's name stands right before a reporting verb, is a
    person; their country is what else the sentence says of them."""
    return _speakers_by(context, context.registry.named_speaker, _venue_of)


def _venue_of(context: Context, match: DocMatch) -> str:
    return _venue_country(context)


def described_outlets(context: Context) -> list[Mention]:
    """ "told the reformist daily Ham-Mihan": an outlet the registry does not know, named
    after the word for what it is; a nationality in the description gives its country."""
    registry = context.registry
    found = [
        _learned(match, "name", match.group("name"), "", "media")
        for match in context.sentence.finditer(registry.named_outlet)
        if not _known_to_registry(registry, match.group("name"))
    ]
    for match in context.sentence.finditer(registry.described_outlet):
        name = match.group("name")
        if _known_to_registry(registry, name):
            continue
        if name.upper() in registry.alias_owners:
            # "the state news agency Irna": IRNA, its acronym written as a word.
            actor = context.actor(_owner(context, name.upper()))
            found.append(context.mention(actor, match.start("name"), match.end("name"), "name"))
            continue
        country = _described_country(registry, match.group("description"))
        found.append(_learned(match, "name", name, country, "media"))
    return found


def _known_to_registry(registry: Registry, name: str) -> bool:
    return any(word in registry.alias_owners for word in (name, *name.split()))


def _undescribed_country(context: Context, match: DocMatch) -> str:
    """ "Abbas Mousavi, a Foreign Ministry spokesman, said ... that Iran expected": the body
    the article named with its country, the capital the sentence is set in, or the state
    whose own course the speaker reports."""
    return (
        _body_country(context, _group_or_none(match, "description") or "")
        or _venue_country(context)
        or _own_country_reported(context, match.end("name"))
    )


def _speakers_by(
    context: Context,
    pattern: re.Pattern[str],
    unsaid_country: Callable[[Context, DocMatch], str] | None = None,
) -> list[Mention]:
    registry = context.registry
    found = []
    for match in context.sentence.finditer(pattern):
        name = match.group("name")
        words = name.split()
        if any(
            w in registry.alias_owners
            or w in registry.institution_name_words
            or w.lower() in registry.title_heads
            for w in words
        ):
            continue
        country = _described_country(registry, _group_or_none(match, "description") or "")
        if not country and unsaid_country is not None:
            country = unsaid_country(context, match)
        found.append(_learned(match, "name", name, country, "person"))
    return found


def _described_country(registry: Registry, description: str) -> str:
    """The country of the first nationality ("a Saudi analyst") or capital ("a Riyadh-based
    analyst") in a description."""
    for word in re.findall(r"[A-Z][\w’']+", description):
        country = registry.adjective_country.get(word) or registry.metonym_country.get(word)
        if country:
            return country
    return ""


def _body_country(context: Context, titled: str) -> str:
    """ "Foreign Ministry spokesman Nasser Kanaani" after "Iran's Foreign Ministry": a title
    that names a government body the article has named with its country serves that body."""
    lowered = titled.lower()
    for mention in reversed(context.memory.history):
        body = " ".join(mention.name.lower().split()[1:])
        if mention.type == "government_body" and mention.country and body and body in lowered:
            return mention.country
    return ""


def _own_country_reported(context: Context, name_end: int) -> str:
    """ "Defense Minister Benny Gantz said that Israel will not send weapons", "Secretary of
    State Mike Pompeo said the United States was prepared to": an official with a bare title
    who reports what a state will do or is doing speaks of their own state, in the third
    person as officials do; a state told what it must do ("said Iran must") is not theirs."""
    sentence = context.sentence
    said = sentence.match(_SAID_THAT_SUBJECT, name_end)
    if said is None:
        return ""
    state = next(
        (
            m
            for m in registry_names(context)
            if sentence.fullmatch(_THE, said.end(), m.start)
            and m.type == "state"
            and m.country
            and sentence.match(_COMMITTING_VERB, m.end)
        ),
        None,
    )
    return state.country if state else ""


def _venue_country(context: Context) -> str:
    """ "In Moscow, defence ministry spokesman Igor Konashenkov said", "spokesman Bahram
    Qasemi told a news conference in Tehran": an official whose title names no country
    serves the capital where the sentence has them speak."""
    registry = context.registry
    venue = context.sentence.search(registry.venue)
    return registry.metonym_country.get(venue.group("place"), "") if venue else ""


def _official(registry, match, name: str, span_group: int | str) -> Mention:
    country_word = match.group("country") or _group_or_none(match, "country2")
    if country_word and _subject_of_expertise(
        registry, country_word, _group_or_none(match, "title")
    ):
        country_word = None
    org = _group_or_none(match, "org_only")
    country = (
        registry.adjective_country[country_word]
        if country_word
        else registry.org_country[org]
        if org
        else ""
    )
    return _learned(match, span_group, name, country, "person")


def _subject_of_expertise(registry: Registry, country_word: str, title: str | None) -> bool:
    """ "Iran expert Katja Brenner", "Russia analyst Ruslan Petrenko": a country's name before
    a specialist's title is what the specialist studies, not where the specialist is from
    ("Iranian analyst", an adjective, is)."""
    words = (title or "").split()
    return (
        bool(words)
        and country_word in registry.country_names
        and words[-1].lower() not in registry.official_heads
    )


_LEARNED_PREFIX = {"person": LEARNED_PERSON_PREFIX, "media": LEARNED_OUTLET_PREFIX}


def _learned(
    match: DocMatch, span_group: int | str, name: str, country: str, actor_type: str
) -> Mention:
    """A person or an outlet the registry does not know, named where ``span_group`` of
    ``match`` is."""
    return Mention(
        match.start(span_group),
        match.end(span_group),
        match.group(span_group),
        _LEARNED_PREFIX[actor_type] + re.sub(r"\W+", "_", name.lower()).strip("_"),
        name,
        country,
        actor_type,
        "name",
    )


def _group_or_none(match, group: str) -> str | None:
    try:
        return match.group(group)
    except IndexError:
        return None


def learned_names(context: Context, officials: list[Mention]) -> list[Mention]:
    """Officials learnt earlier in the article, or earlier in this sentence, named again."""
    known = _with_family_names(
        with_officials(context.memory.learned, officials), context.registry.family_name_first
    )
    if not known:
        return []
    return [
        at_match(known[match.group(0)], match)
        for match in context.sentence.finditer(_learned_pattern(frozenset(known)))
    ]


def _with_family_names(known: dict[str, Mention], countries: frozenset[str]) -> dict[str, Mention]:
    """Officials of a country that names family name first known by that first word too."""
    family_names = {
        official.name.split()[0]: official
        for official in known.values()
        if official.country in countries and " " in official.name
    }
    return {**family_names, **known}


@lru_cache(maxsize=256)
def _learned_pattern(names: frozenset[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{alternation(names)})(?![\w-])")


def adjectives(context: Context) -> list[Mention]:
    """Bare nationality adjectives ("Iranian drones", "Russian-Iranian ties") as their state;
    not the one of a venue ("in the Moroccan city of Marrakesh"). The origin or destination
    of a shipment ("from the Iranian port of Amirabad") is a party to it, and stays."""
    registry = context.registry
    return [
        context.mention(
            context.actor(registry.adjective_actor[match.group("adjective")]),
            match.start(),
            match.end(),
            "adjective",
        )
        for match in context.sentence.finditer(registry.adjectives)
        if not _names_a_venue(context, match)
    ]


def _names_a_venue(context: Context, adjective: DocMatch) -> bool:
    sentence = context.sentence
    return bool(
        sentence.match(context.registry.venue_noun, adjective.end())
        and sentence.search(_IN_THE, adjective.start() - 8, adjective.start())
    )
