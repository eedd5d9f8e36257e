"""The lexicons compiled for finding mentions: patterns and lookup tables, built once per
lexicon set and shared by every article."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

from data_prep.lexicons import ActorEntry, Country, Cue, Lexicons, Title

_BODY_TYPES = ("government_body", "organisation")
_NAME_WORD = r"[A-Z][a-z]+(?:['’][A-Za-z][a-z]+)?(?:-[A-Za-z][a-z]+)*"
# A capitalised preposition or determiner opens a phrase, not a name ("In July, Iran ...").
_NOT_A_NAME = (
    r"(?!(?:In|On|At|By|For|From|With|After|Before|During|Since|Until|The|This|Last|Next)\b)"
)
_PERSON_NAME = rf"{_NOT_A_NAME}{_NAME_WORD}(?:\s+(?:al-|bin\s+|van\s+|de\s+)?{_NAME_WORD}){{1,2}}"


# The patterns below that open with long alternations of names start with "(?<!\w)": every
# match starts a word, and saying so first spares the alternations every position inside one.
def alternation(words: Iterable[str]) -> str:
    """Longest first, so that a word never loses to its own beginning.

    The words are laid out as a tree of their shared beginnings ("Arm(?:enian|y)"): the
    regular-expression engine tries the branches of an alternation one by one, so a flat list
    of hundreds of names costs a test per name at every word of a sentence, and a tree a few.
    It matches exactly what the flat list would: where the branches at a point can never both
    match (their first characters differ even ignoring case), the words that can match at a
    position are beginnings of one another, and the tree tries them longest first too."""
    return _shared_beginnings(sorted(set(words), key=len, reverse=True), 0)


def _shared_beginnings(words: list[str], depth: int) -> str:
    """The alternation of ``words`` (longest first), which share their first ``depth``
    characters, with those characters left out."""
    longer = [word for word in words if len(word) > depth]
    branches = []
    for characters in _case_classes({word[depth] for word in longer}):
        group = [word for word in longer if word[depth] in characters]
        if len(characters) > 1:
            # "Minister" and "minister" under IGNORECASE: both branches could match, and only
            # a flat list keeps the longest-first order across them.
            branches.append("(?:" + "|".join(re.escape(word[depth:]) for word in group) + ")")
        else:
            branches.append(re.escape(group[0][depth]) + _shared_beginnings(group, depth + 1))
    if len(longer) < len(words):
        # The word that ends here is the shortest, so it is tried last.
        branches.append("")
    return "".join(branches) if len(branches) <= 1 else "(?:" + "|".join(branches) + ")"


def _case_classes(characters: set[str]) -> list[set[str]]:
    """The characters grouped by which match each other ignoring case, in a fixed order."""
    classes: list[set[str]] = []
    for char in sorted(characters):
        same = next((c for c in classes if _same_ignoring_case(min(c), char)), None)
        if same is None:
            classes.append({char})
        else:
            same.add(char)
    return classes


def _same_ignoring_case(a: str, b: str) -> bool:
    return re.fullmatch(re.escape(a), b, re.IGNORECASE) is not None


_WORD = re.compile(r"\w+")


class AliasIndex:
    """The registry's aliases by their first word, to find them in a sentence.

    An alias starts where no word character precedes it, so it can match only at a word of
    the sentence equal to its first word. Trying, at each such word, its aliases longest
    first finds what one alternation of every alias would find, without compiling a pattern
    for each sentence's mix of words (compiling had been most of the cost of finding names)."""

    def __init__(self, aliases: Iterable[str]) -> None:
        by_first_word: dict[str, set[str]] = {}
        for alias in aliases:
            first_word = _WORD.match(alias)
            if first_word is None:
                raise ValueError(f"alias {alias!r} does not start with a word character")
            by_first_word.setdefault(first_word.group(0), set()).add(alias)
        self._by_first_word = {
            word: tuple(sorted(group, key=len, reverse=True))
            for word, group in by_first_word.items()
        }

    def find(self, text: str) -> list[tuple[int, int]]:
        """The (start, end) of each alias in ``text``, left to right, none overlapping."""
        found: list[tuple[int, int]] = []
        taken_to = 0
        for word in _WORD.finditer(text):
            start = word.start()
            if start < taken_to:
                continue
            for alias in self._by_first_word.get(word.group(0), ()):
                end = start + len(alias)
                if text.startswith(alias, start) and _WORD.match(text, end) is None:
                    found.append((start, end))
                    taken_to = end
                    break
        return found


@dataclass(frozen=True, eq=False)
class Registry:
    # Names: registry aliases, surnames, nationality adjectives.
    names: AliasIndex
    alias_owners: dict[str, tuple[str, ...]]
    # Capitals that stand for their country's government ("Moscow"), with the country.
    metonym_country: dict[str, str]
    # The metonyms that are not a country's own name ("Tehran", not "Iran"), with the country.
    capital_country: dict[str, str]
    country_names: frozenset[str]
    # "in Moscow", "In Tehran,": where an official the registry does not know speaks.
    venue: re.Pattern[str]
    surnames: dict[str, frozenset[str]]
    # Countries whose people are named family name first ("Ma Zhaoxu" is "Ma").
    family_name_first: frozenset[str]
    adjectives: re.Pattern[str]
    # "in the Moroccan city of Marrakesh": where something happens, not who acts.
    venue_noun: re.Pattern[str]
    adjective_actor: dict[str, str]
    # Officials the registry does not know, introduced by their title.
    titled_person: re.Pattern[str]
    appositive_person: re.Pattern[str]
    # Every match of either holds one of these (any case): a sentence with none is not searched.
    title_heads: tuple[str, ...]
    # The heads of officials' titles: an expert's or analyst's title is not one.
    official_heads: frozenset[str]
    org_country: dict[str, str]
    # Countries.
    adjective_country: dict[str, str]
    country_adjective: dict[str, str]
    state_of: dict[str, ActorEntry]
    # Titles, counterparts and groups.
    titles: re.Pattern[str]
    # Every ``titles`` match holds one of them as written: a sentence with none is not searched.
    title_words: tuple[str, ...]
    title_prefix: re.Pattern[str]
    # What every title_prefix match ends with, before its white space: text ending otherwise
    # is not searched.
    title_endings: tuple[str, ...]
    title_canonical: dict[str, str]
    leader_titles: frozenset[str]
    leader_hints: tuple[str, ...]
    posted_titles: frozenset[str]
    posted_to: re.Pattern[str]
    # International bodies an envoy may serve ("UN", "IAEA"), alias → actor_id.
    posting_bodies: dict[str, str]
    counterpart: re.Pattern[str]
    groups: re.Pattern[str]
    group_labels: dict[str, tuple[str, str]]
    # References back: descriptions, quotations, pairs.
    apposition_gap: re.Pattern[str]
    definite: re.Pattern[str]
    # "the president said", "the Leader warned": a title standing alone for its holder.
    definite_title: re.Pattern[str]
    definite_media_nouns: frozenset[str]
    reported: re.Pattern[str]
    said_before_speaker: re.Pattern[str]
    # '"...," said Abdullah Al-Otaibi, a Riyadh-based analyst': a speaker named after a quote.
    quoted_speaker: re.Pattern[str]
    # "Shahriar Heydari, a member of parliament's security committee, said": a speaker named
    # before the description set off after the name, then the reporting verb.
    described_speaker: re.Pattern[str]
    # '"...," Ali Rezaei told BBC Persian', "Ali Rezaei said": a name right before the verb.
    named_speaker: re.Pattern[str]
    # Words of place and institution names, which no speaker's name has.
    institution_name_words: frozenset[str]
    # "the reformist daily Ham-Mihan": an outlet the registry does not know, named after the
    # word for what it is.
    described_outlet: re.Pattern[str]
    # "told The Straits Times", "Kyodo News reported": an unknown outlet named by a word that
    # ends newspaper and agency names.
    named_outlet: re.Pattern[str]
    reported_intro: re.Pattern[str]
    pair: re.Pattern[str]
    pair_people_nouns: frozenset[str]
    pair_bare_nouns: frozenset[str]


@cache
def registry_for(lexicons: Lexicons) -> Registry:
    words = lexicons.words
    adjective_country = _adjective_country(lexicons.countries)
    adjective_actor = _adjective_actor(lexicons, lexicons.state_of)
    alias_owners = _with_demonyms(_alias_owners(lexicons.actors), adjective_actor)
    org_country = _org_country(lexicons.actors)
    group_labels = _group_labels(lexicons.groups)
    country_words = alternation(adjective_country)
    modifiers = alternation(words["title_modifiers"])
    title_words = alternation(_title_variants(lexicons.titles))
    verbs = alternation(words["reported_verbs"])
    posting_bodies = _international_bodies(lexicons.actors)
    bodies = alternation(posting_bodies)
    title_heads = words["official_title_heads"]
    lower_case_heads = words["titles_in_lower_case"]
    return Registry(
        # Hyphens may touch a name, so compounds count: "Iran-backed", "Russia-Iran".
        names=AliasIndex(alias_owners),
        alias_owners=alias_owners,
        **_places(lexicons.countries),
        surnames=_surnames(lexicons.actors),
        family_name_first=frozenset(words["family_name_first"]),
        adjectives=re.compile(rf"(?<!\w)(?P<adjective>{alternation(adjective_actor)})(?!\w)"),
        venue_noun=_venue_noun(words["place_nouns"]),
        adjective_actor=adjective_actor,
        titled_person=_titled_person(country_words, org_country, title_heads, lower_case_heads),
        appositive_person=_appositive_person(country_words, org_country, title_heads),
        title_heads=_lowered_heads(title_heads, lower_case_heads),
        official_heads=frozenset(head.lower() for head in title_heads),
        org_country=org_country,
        adjective_country=adjective_country,
        country_adjective=_country_adjective(lexicons.countries),
        state_of=lexicons.state_of,
        titles=_titles(country_words, modifiers, title_words, bodies),
        title_words=tuple(_title_variants(lexicons.titles)),
        title_prefix=_title_prefix(lexicons, country_words, modifiers, title_words),
        title_endings=(*_title_variants(lexicons.titles), *lexicons.honorifics, "counterpart"),
        title_canonical=_title_canonical(lexicons.titles),
        leader_titles=frozenset(title.title for title in lexicons.titles if title.is_leader),
        leader_hints=words["leader_title_hints"],
        posted_titles=frozenset(words["posted_titles"]),
        posted_to=_posted_to(country_words, bodies),
        posting_bodies=posting_bodies,
        counterpart=_counterpart(country_words, modifiers),
        groups=_groups(lexicons.countries, group_labels),
        group_labels=group_labels,
        apposition_gap=_apposition_gap(words["media_descriptors"]),
        definite=_definite(words["definite_nouns"]),
        definite_title=_definite_title(title_words),
        definite_media_nouns=frozenset(words["definite_media_nouns"]),
        reported=re.compile(rf"\s+(?:{verbs}|was quoted|were quoted)\b"),
        said_before_speaker=re.compile(rf"[,.!?]?\s*(?:{verbs})\s+"),
        **_speaker_patterns(verbs),
        institution_name_words=frozenset(words["institution_name_words"]),
        **_outlet_patterns(words),
        reported_intro=re.compile(rf"\s+(?:{verbs})(?:\s+[\w’'-]+){{0,3}}?\s*[:,]\s*"),
        pair=_pair(words["pair_nouns"], words["pair_singular_nouns"], words["party_modifiers"]),
        pair_people_nouns=frozenset(words["pair_people_nouns"]),
        pair_bare_nouns=frozenset(words["pair_bare_nouns"]),
    )


def _lowered_heads(title_heads: Iterable[str], lower_case_titles: Iterable[str]) -> tuple[str, ...]:
    return tuple({head.lower() for head in (*title_heads, *lower_case_titles)})


def _apposition_gap(media_descriptors: Iterable[str]) -> re.Pattern[str]:
    return re.compile(
        rf"^\s*(?:(?:news\s+)?(?:{alternation(media_descriptors)})\s*)?$", re.IGNORECASE
    )


def _venue_noun(place_nouns: Iterable[str]) -> re.Pattern[str]:
    """What follows a venue's nationality: "(the Moroccan) city of"."""
    return re.compile(rf"\s+(?:{alternation(place_nouns)})\s+of\b")


# Adverbs and auxiliaries between a speaker's name and the verb: "Heydari also said".
_BEFORE_THE_VERB = r"(?:also|later|then|earlier|separately|again|has|had)"


def _speaker_patterns(verbs: str) -> dict[str, re.Pattern[str]]:
    return {
        "quoted_speaker": _quoted_speaker(verbs),
        "described_speaker": _described_speaker(verbs),
        "named_speaker": _named_speaker(verbs),
    }


def _quoted_speaker(verbs: str) -> re.Pattern[str]:
    """The name after the verb that closes a quotation, up to the punctuation after it, with
    the description set off after it ("a Riyadh-based political analyst")."""
    return re.compile(
        rf"(?:[,.!?][”\"’]|,)\s*(?:{verbs})\s+(?P<name>{_PERSON_NAME})(?=\s*[,.;])"
        r"(?:,\s+(?:an?|the|one)\s+(?P<description>[^,.;]{1,60}))?"
    )


def _described_speaker(verbs: str) -> re.Pattern[str]:
    """A name, the description set off after it ("an Iranian lawmaker", "spokesman for the
    committee"), then the verb that reports what they said, a few adverbs or a day between."""
    return re.compile(
        rf"(?<![\w’'-])(?P<name>{_PERSON_NAME}),\s+(?:(?:an?|the|one)\s+|(?=[a-z]))"
        r"(?P<description>[^,.;:“”\"]{1,80}?),\s+"
        rf"(?:(?:{_BEFORE_THE_VERB}|on\s+[A-Z]\w+)\s+){{0,2}}(?:{verbs})\b"
    )


def _named_speaker(verbs: str) -> re.Pattern[str]:
    """A name right before the verb that reports what they said, where a speaker's name
    stands: opening the sentence, after the quotation or clause the verb closes, or set off
    after "one of them"."""
    return re.compile(
        rf"(?:^|(?<=[,.!?][”\"’])\s*|(?<=,)\s+)(?P<name>{_PERSON_NAME}),?\s+"
        rf"(?:{_BEFORE_THE_VERB}\s+){{0,2}}(?:{verbs})\b"
    )


def _outlet_patterns(words: Mapping[str, tuple[str, ...]]) -> dict[str, re.Pattern[str]]:
    return {
        "described_outlet": _described_outlet(words["outlet_nouns"]),
        "named_outlet": _named_outlet(words["outlet_name_heads"]),
    }


def _named_outlet(heads: Iterable[str]) -> re.Pattern[str]:
    """ "The Straits Times", "Kyodo News", "Al-Ahram Weekly": up to three capitalised words,
    then a word newspapers and agencies end their names with."""
    return re.compile(
        r"(?<![\w’'-])(?P<name>(?:The\s+)?(?:[A-Z][\w’'-]*\s+){1,3}"
        rf"(?:{alternation(heads)}))(?![\w’'-])"
    )


def _described_outlet(outlet_nouns: Iterable[str]) -> re.Pattern[str]:
    """ "the reformist daily Ham-Mihan", "the Iranian news agency Fars": up to two words of
    description, the word for the outlet, then its capitalised name."""
    return re.compile(
        rf"\b[Tt]he\s+(?P<description>(?:[\w-]+\s+){{0,2}}?)(?:{alternation(outlet_nouns)})"
        r"\s+(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})(?![\w’'-])"
    )


def _definite(nouns: Iterable[str]) -> re.Pattern[str]:
    """ "the ministry", "the newspaper"."""
    return re.compile(rf"\bthe\s+(?P<noun>{alternation(nouns)})\b", re.IGNORECASE)


def _definite_title(title_words: str) -> re.Pattern[str]:
    """ "the president", "the Leader": not "the president of Iran", not "the president Putin"."""
    return re.compile(rf"\b[Tt]he\s+(?P<title>{title_words})(?![\w-])(?!\s+(?:of\b|[A-Z]))")


def _title_variants(titles: Iterable[Title]) -> list[str]:
    return [variant for title in titles for variant in title.variants]


def _title_canonical(titles: Iterable[Title]) -> dict[str, str]:
    """Each way of writing a title, in lower case, to the title it is."""
    return {variant.lower(): title.title for title in titles for variant in title.variants}


def _places(countries: Iterable[Country]) -> dict[str, object]:
    capitals = _capitals(countries)
    return {
        "metonym_country": {m: country.iso3 for country in countries for m in country.metonyms},
        "capital_country": {capital: country.iso3 for country, capital in capitals},
        "country_names": frozenset(country.name for country in countries),
        "venue": re.compile(rf"\b[Ii]n\s+(?P<place>{alternation(c for _, c in capitals)})\b"),
    }


def _capitals(countries: Iterable[Country]) -> list[tuple[Country, str]]:
    """The metonyms that are not a country's own name: where an official is, "in Tehran",
    says whose official he is; "in Luxembourg", a meeting place, does not."""
    return [(country, m) for country in countries for m in country.metonyms if m != country.name]


def _country_adjective(countries: Iterable[Country]) -> dict[str, str]:
    """The adjective that names each country in a described actor ("Cuban minister")."""
    return {country.iso3: (country.adjectives or (country.name,))[0] for country in countries}


def _lower_tail(name: str) -> str:
    first, rest = name.split(" ", 1)
    return f"{first} {rest.lower()}"


def _alias_owners(actors: Iterable[ActorEntry]) -> dict[str, tuple[str, ...]]:
    owners: dict[str, list[str]] = {}
    for actor in actors:
        for alias in actor.aliases:
            # News uses straight and curly apostrophes interchangeably.
            forms = [alias, alias.replace("'", "’"), alias.replace("’", "'")]
            forms += ["The" + form[3:] for form in forms if form.startswith("the ")]
            if actor.type == "government_body":
                # "the Russian defence ministry": a body's name after its country word is
                # as often written in lower case.
                forms += [_lower_tail(form) for form in forms if " " in form]
            for form in dict.fromkeys(forms):
                form_owners = owners.setdefault(form, [])
                if actor.actor_id not in form_owners:
                    form_owners.append(actor.actor_id)
    return {form: tuple(form_owners) for form, form_owners in owners.items()}


def _with_demonyms(
    owners: dict[str, tuple[str, ...]], adjective_actor: dict[str, str]
) -> dict[str, tuple[str, ...]]:
    """ "The Russians have promised Iran these planes", "many Iranians": a nationality's
    plural names its people, taken as their state, as the golds take "many in Tehran". The
    plural is the adjective with an "s" where English forms it so (Russian, Israeli,
    Azerbaijani), not for "Chinese" or "British"."""
    plurals = {
        f"{adjective}s": (actor_id,)
        for adjective, actor_id in adjective_actor.items()
        if adjective[:1].isupper() and adjective[-1:] in ("n", "i") and " " not in adjective
    }
    return {**plurals, **owners}


def _adjective_country(countries: Iterable[Country]) -> dict[str, str]:
    """Every word that names a country before a noun: "Iranian", "Iran's", "Moscow's", "Iran"."""
    adjective_country: dict[str, str] = {}
    for country in countries:
        for adjective in country.adjectives:
            adjective_country[adjective] = country.iso3
        for form in (country.name, *country.metonyms):
            for possessive in ("'s", "’s"):
                adjective_country[form + possessive] = country.iso3
        adjective_country[country.name] = country.iso3
    return adjective_country


def _adjective_actor(lexicons: Lexicons, state_of: dict[str, ActorEntry]) -> dict[str, str]:
    """Bare nationality adjectives stand for their state ("Iranian drones"), and an actor's own
    adjectives for the actor."""
    adjective_actor: dict[str, str] = {}
    for country in lexicons.countries:
        state = state_of.get(country.iso3)
        for adjective in country.adjectives:
            if state and adjective[:1].isupper():
                adjective_actor[adjective] = state.actor_id
    for actor in lexicons.actors:
        for adjective in actor.adjectives:
            adjective_actor[adjective] = actor.actor_id
    return adjective_actor


def _surnames(actors: Iterable[ActorEntry]) -> dict[str, frozenset[str]]:
    surnames: dict[str, set[str]] = {}
    for actor in actors:
        if actor.type == "person":
            for alias in actor.aliases:
                if " " in alias:
                    surnames.setdefault(alias.split()[-1], set()).add(actor.actor_id)
    return {surname: frozenset(owners) for surname, owners in surnames.items()}


def _org_aliases(actors: Iterable[ActorEntry]) -> list[tuple[str, str]]:
    """Capitalised names of bodies, with their country ("" when international)."""
    return [
        (alias, actor.country)
        for actor in actors
        if actor.type in _BODY_TYPES
        for alias in actor.aliases
        if alias[:1].isupper()
    ]


def _posted_to(country_words: str, bodies: str) -> re.Pattern[str]:
    """Where a title serves, after it: "ambassador to Russia", "envoy to the United Nations"."""
    return re.compile(rf"\s+(?:to|in|at)\s+(?:the\s+)?(?P<host>{country_words}|{bodies})(?![\w-])")


def _international_bodies(actors: Iterable[ActorEntry]) -> dict[str, str]:
    return {
        alias: actor.actor_id
        for actor in actors
        if actor.type == "organisation" and not actor.country
        for alias in actor.aliases
        if alias[:1].isupper()
    }


def _org_country(actors: Iterable[ActorEntry]) -> dict[str, str]:
    return {alias: country for alias, country in _org_aliases(actors) if country}


def _group_labels(groups: Iterable[Cue]) -> dict[str, tuple[str, str]]:
    return {
        noun.strip().lower(): (cue.entry.type, cue.entry.label)
        for cue in groups
        for noun in cue.phrase.split("|")
    }


def _appositive_person(
    country_words: str, org_country: dict[str, str], title_heads: Iterable[str]
) -> re.Pattern[str]:
    """ "Alexei Miller, the chairman of Gazprom", "Yevgen Korniychuk, Ukraine's ambassador to
    Israel": a name, then its title in apposition, whose country or body gives the country."""
    orgs = alternation(org_country)
    heads = alternation(title_heads)
    return re.compile(
        rf"(?<![\w-])(?P<name>{_PERSON_NAME}),\s+(?:the\s+)?"
        rf"(?:(?P<country>{country_words})\s+(?:[A-Za-z-]+\s+){{0,3}}?(?i:{heads})\b"
        rf"|(?:[A-Za-z-]+\s+){{0,3}}?(?i:{heads})\s+(?:of|for|at|to|in)\s+(?:the\s+)?"
        rf"(?:(?P<country2>{country_words})|(?P<org_only>{orgs}))(?![\w-]))"
    )


# The place a title serves, between the title and the name: "Russian Ambassador to Tehran
# Levan Dzhagaryan", "Russia's envoy to the UN, Vassily Nebenzia".
_POSTING = r"\s+(?:to|in|at)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)??"


def _titled_person(
    country_words: str,
    org_country: dict[str, str],
    title_heads: Iterable[str],
    lower_case_heads: Iterable[str],
) -> re.Pattern[str]:
    """ "Iranian Oil Minister Mohsen Paknejad", "Gazprom CEO Alexei Miller"; with no country
    or organisation, a capitalised title ("Secretary of State Mike Pompeo", "Mayor Vitali
    Klitschko") or a title in lower case ("Foreign Ministry spokesman Bahram Qasemi",
    "foreign policy chief Josep Borrell") names an official whose country the sentence does
    not say."""
    orgs = alternation(org_country)
    # After a nationality any title head names a person, an analyst's as well as an official's.
    heads = alternation((*title_heads, *lower_case_heads))
    return re.compile(
        rf"(?<!\w)(?:(?P<country>{country_words})\s+(?:(?P<org>{orgs})\s+)?|(?P<org_only>{orgs})\s+)"
        rf"(?P<title>(?:[A-Za-z-]+\s+){{0,3}}?(?i:{heads}))(?:{_POSTING})?"
        rf"(?:,\s+|\s+)(?P<name>{_PERSON_NAME})(?![\w-])"
        rf"|(?<![\w-])(?P<bare_title>(?:[A-Z][a-z-]+\s+){{0,2}}?"
        rf"(?:{_capitalised(title_heads)})(?:\s+of\s+[A-Z][a-z]+)?"
        rf"|(?:[A-Za-z-]+\s+){{0,2}}?(?:{alternation(lower_case_heads)}))"
        rf"(?:\s+|,\s+(?={_PERSON_NAME},))(?P<bare_name>{_PERSON_NAME})(?![\w-])"
    )


def _capitalised(words: Iterable[str]) -> str:
    return alternation(word[:1].upper() + word[1:] for word in words)


def _titles(country_words: str, modifiers: str, title_words: str, bodies: str) -> re.Pattern[str]:
    """ "Iran's new president", "Iran's UN envoy" (serving the UN), "the president of Iran"."""
    return re.compile(
        rf"(?<!\w)(?:(?P<country>{country_words})\s+(?:(?:{modifiers})\s+)*"
        rf"(?:(?P<body>{bodies})\s+)?(?P<title>{title_words})"
        rf"|(?:the\s+)?(?:(?:{modifiers})\s+)*(?P<title2>{title_words})\s+of\s+"
        rf"(?P<country2>{country_words}))"
        r"(?![\w-])"
    )


def _title_prefix(
    lexicons: Lexicons, country_words: str, modifiers: str, title_words: str
) -> re.Pattern[str]:
    """The title just before a name ("Russian President", "Iran's top diplomat")."""
    org_aliases = alternation(alias for alias, _ in _org_aliases(lexicons.actors))
    honorifics = alternation(lexicons.honorifics)
    return re.compile(
        rf"(?:(?:{country_words}|{org_aliases}|{modifiers}|his|her|its|their|the)\s+){{0,4}}"
        rf"(?:(?:{title_words}|{honorifics}|counterpart)\s+)+\Z"
    )


def _counterpart(country_words: str, modifiers: str) -> re.Pattern[str]:
    """ "his Iranian counterpart", "their Russian defence counterparts"."""
    return re.compile(
        rf"\b(?:his|her|its|their)\s+(?:(?:{modifiers})\s+)*(?:(?P<country>{country_words})\s+)?"
        r"(?:(?P<field>[a-z]+)\s+)?counterparts?\b"
    )


def _groups(
    countries: Iterable[Country], group_labels: dict[str, tuple[str, str]]
) -> re.Pattern[str]:
    """ "Iranian officials", "Russian state media", "Iranian and Chinese officials"."""
    adjectives = alternation(a for country in countries for a in country.adjectives)
    return re.compile(
        rf"(?<!\w)(?:(?P<first>{adjectives})\s+(?:and|or)\s+)?"
        rf"(?P<country>{adjectives})\s+(?:[a-z-]+\s+)??(?P<noun>(?i:{alternation(group_labels)}))\b"
    )


def _pair(
    pair_nouns: Iterable[str], singular_nouns: Iterable[str], party_modifiers: Iterable[str]
) -> re.Pattern[str]:
    """ "the two leaders", "both countries", "the three sides", "the sides" (but not "the
    leaders of"), and one of the two: "each side", "neither government"; "both" or "the two"
    alone is the pair where it is a subject ("as both face sanctions", "the two are at odds")."""
    return re.compile(
        r"\b(?:(?:the two|the three|both|the)\s+(?:(?P<modifier>[a-z-]+)\s+)?"
        rf"(?P<what>{alternation(pair_nouns)})"
        rf"|(?:each|neither)\s+(?P<one>{alternation(singular_nouns)})|(?P<both>both|the two))\b"
        # "the leaders of Iran and Russia" name their countries; "the presidents of the
        # guarantor countries" do not, and are the pair still; "the leaders of the member
        # states" are others.
        rf"(?!\s+of\b(?!\s+the\s+(?:{alternation(party_modifiers)})\s+"
        r"(?:countries|states|nations|powers)\b))",
        re.IGNORECASE,
    )
