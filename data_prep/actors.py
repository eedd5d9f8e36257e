"""Finding actors in sentences and resolving what each mention refers to.

Resolution follows how news names people: a full name with its title first ("Russian
President Vladimir Putin"), then a surname ("Putin") or a description ("the Russian leader",
"his Iranian counterpart", "the two leaders"). Descriptions resolve by who was named most
recently in the article, then by who held the role on the article's date.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from data_prep.clean import QUOTATION
from data_prep.lexicons import ActorEntry, Lexicons
from data_prep.model import Mention

LOCATION_PREPOSITIONS = re.compile(r"\b(?:in|at|near|outside|across|around|of|into)\s+(?:the\s+)?$")
# "from Moscow" is a place after a verb of motion ("flew from Moscow"); elsewhere it is where
# an act comes from ("condemnation from Moscow", "drones from Tehran").
_MOTION_FROM = re.compile(
    r"\b(?:fl(?:ew|own|y|ies|ying)|travel\w*|return\w*|arriv\w*|c(?:a|o)me|comes|coming"
    r"|depart\w*|fled|flee\w*|drove|driven|moved|relocated|evacuated)\s+(?:\S+\s+){0,3}?from\s+$"
)
_PAIR = re.compile(
    r"\b(?:the two|both|the)\s+(?:(?P<modifier>[a-z-]+)\s+)?"
    r"(?P<what>leaders|presidents|sides|countries|ministers|foreign ministers|parties|"
    r"nations|governments|heads of state)\b(?!\s+of\b)",
    re.IGNORECASE,
)
# "The ministers welcomed ...", "the sides discussed ...": only the story's two sides can be meant.
_BARE_PAIRS = frozenset({"sides", "ministers", "foreign ministers", "parties"})
_FIRST_PERSON = re.compile(r"\b(?:we|We|our|Our|us|I|my|My|me)\b")
_REPORTED_VERBS = r"(?:said|says|told|tells|added|stressed|noted|wrote|declared|insisted|explained)"
_SPEAKER_AFTER = re.compile(r"[,.!?]?\s*")
_REPORTED = re.compile(rf"\s+(?:{_REPORTED_VERBS}|was quoted|were quoted)\b")
_SAID_BEFORE_SPEAKER = re.compile(rf"[,.!?]?\s*{_REPORTED_VERBS}\s+")
_REPORTED_INTRO = re.compile(rf"\s+{_REPORTED_VERBS}(?:\s+[\w’'-]+){{0,3}}?\s*[:,]\s*")
_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")
_OBJECT_PRONOUN = re.compile(r"\bhim\b")
_PLURAL_PRONOUN = re.compile(r"\b(?:they|They)\b")
_MODIFIERS = (
    "new",
    "newly-appointed",
    "newly appointed",
    "newly elected",
    "interim",
    "acting",
    "former",
    "late",
    "top",
    "senior",
    "then",
    "outgoing",
    "incoming",
)
_DEFINITE = re.compile(
    r"\bthe\s+(?P<noun>ministry|agency|council|company|newspaper|publication|website|"
    r"government|alliance|bloc|group|militia|organisation|organization)\b",
    re.IGNORECASE,
)
_APPOSITION_GAP = re.compile(
    r"^\s*(?:(?:news\s+)?(?:outlet|agency|newspaper|channel|publication|website|daily)\s*)?$",
    re.IGNORECASE,
)
_LEADER_HINTS = ("president", "leader", "prime minister")


@dataclass(frozen=True, eq=False)
class _Matcher:
    names: re.Pattern[str]
    alias_owners: dict[str, tuple[str, ...]]
    metonyms: frozenset[str]
    titles: re.Pattern[str]
    title_prefix: re.Pattern[str]
    counterpart: re.Pattern[str]
    groups: re.Pattern[str]
    group_labels: dict[str, tuple[str, str]]
    adjective_country: dict[str, str]
    country_adjective: dict[str, str]
    title_canonical: dict[str, str]
    leader_titles: frozenset[str]
    surnames: dict[str, frozenset[str]]
    adjectives: re.Pattern[str]
    adjective_actor: dict[str, str]
    titled_person: re.Pattern[str]
    org_country: dict[str, str]
    posted_to: re.Pattern[str]


# Heads of official titles, for officials the registry does not know ("Iranian Oil Minister
# Mohsen Paknejad", "Gazprom CEO Alexei Miller").
_TITLE_HEADS = (
    r"(?i:minister|secretary|chief|commander|director|governor|chairman|chairwoman|head|envoy"
    r"|ambassador|spokes(?:man|woman|person)|advis[eo]r|speaker|general|admiral|ceo|president"
    r"|negotiator|representative|mayor|prosecutor|lawmaker|official|diplomat)"
)
LEARNED_PERSON_PREFIX = "person_"
_POSTED_TITLES = frozenset({"ambassador"})
_NAME_WORD = r"[A-Z][a-z]+(?:['’][A-Z][a-z]+)?(?:-[A-Za-z][a-z]+)*"
_PERSON_NAME = rf"{_NAME_WORD}(?:\s+(?:al-|bin\s+|van\s+|de\s+)?{_NAME_WORD}){{1,2}}"


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))


@cache
def _matcher(lexicons: Lexicons) -> _Matcher:
    alias_owners: dict[str, list[str]] = {}
    for actor in lexicons.actors:
        for alias in actor.aliases:
            # News uses straight and curly apostrophes interchangeably.
            forms = [alias, alias.replace("'", "’"), alias.replace("’", "'")]
            forms += ["The" + form[3:] for form in forms if form.startswith("the ")]
            for form in dict.fromkeys(forms):
                owners = alias_owners.setdefault(form, [])
                if actor.actor_id not in owners:
                    owners.append(actor.actor_id)
    metonyms = frozenset(m for country in lexicons.countries for m in country.metonyms)
    adjective_country: dict[str, str] = {}
    country_adjective: dict[str, str] = {}
    for country in lexicons.countries:
        country_adjective[country.iso3] = (
            country.adjectives[0] if country.adjectives else country.name
        )
        for adjective in country.adjectives:
            adjective_country[adjective] = country.iso3
        for form in (country.name, *country.metonyms):
            for possessive in ("'s", "’s"):
                adjective_country[form + possessive] = country.iso3
        adjective_country[country.name] = country.iso3
    title_canonical = {
        variant.lower(): title.title for title in lexicons.titles for variant in title.variants
    }
    country_words = _alternation(list(adjective_country))
    modifiers = _alternation(list(_MODIFIERS))
    title_words = _alternation([v for t in lexicons.titles for v in t.variants])
    org_aliases = _alternation(
        [
            alias
            for actor in lexicons.actors
            if actor.type in ("government_body", "organisation")
            for alias in actor.aliases
            if alias[:1].isupper()
        ]
    )
    honorifics = _alternation(list(lexicons.honorifics))
    titles = re.compile(
        rf"(?:(?P<country>{country_words})\s+(?:(?:{modifiers})\s+)*(?P<title>{title_words})"
        rf"|(?:the\s+)?(?:(?:{modifiers})\s+)*(?P<title2>{title_words})\s+of\s+(?P<country2>{country_words}))"
        r"(?![\w-])"
    )
    title_prefix = re.compile(
        rf"(?:(?:{country_words}|{org_aliases}|{modifiers}|his|her|its|their|the)\s+){{0,4}}"
        rf"(?:(?:{title_words}|{honorifics}|counterpart)\s+)+\Z"
    )
    counterpart = re.compile(
        rf"\b(?:his|her|its|their)\s+(?:(?:{modifiers})\s+)*(?:(?P<country>{country_words})\s+)?"
        r"(?:(?P<field>[a-z]+)\s+)?counterparts?\b"
    )
    group_labels: dict[str, tuple[str, str]] = {}
    for cue in lexicons.groups:
        for noun in cue.phrase.split("|"):
            group_labels[noun.strip().lower()] = (cue.entry.type, cue.entry.label)
    adjectives_only = _alternation([a for c in lexicons.countries for a in c.adjectives])
    groups = re.compile(
        rf"(?P<country>{adjectives_only})\s+(?:[a-z-]+\s+)?(?P<noun>{_alternation(list(group_labels))})\b"
    )
    adjective_actor: dict[str, str] = {}
    for country in lexicons.countries:
        state = next(
            (
                a.actor_id
                for a in lexicons.actors
                if a.type == "state" and a.country == country.iso3
            ),
            "",
        )
        for adjective in country.adjectives:
            if state and adjective[:1].isupper():
                adjective_actor[adjective] = state
    for actor in lexicons.actors:
        for adjective in actor.adjectives:
            adjective_actor[adjective] = actor.actor_id
    surnames: dict[str, set[str]] = {}
    for actor in lexicons.actors:
        if actor.type == "person":
            for alias in actor.aliases:
                if " " in alias:
                    surnames.setdefault(alias.split()[-1], set()).add(actor.actor_id)
    # Hyphens may touch a name, so compounds count: "Iran-backed", "Russia-Iran", "anti-Israel".
    names = re.compile(r"(?<!\w)(?:" + _alternation(list(alias_owners)) + r")(?!\w)")
    adjectives = re.compile(
        r"(?<!\w)(?P<adjective>" + _alternation(list(adjective_actor)) + r")(?!\w)"
    )
    org_country = {
        alias: actor.country
        for actor in lexicons.actors
        if actor.type in ("government_body", "organisation") and actor.country
        for alias in actor.aliases
        if alias[:1].isupper()
    }
    orgs = _alternation(list(org_country))
    titled_person = re.compile(
        rf"(?:(?P<country>{country_words})\s+(?:(?P<org>{orgs})\s+)?|(?P<org_only>{orgs})\s+)"
        rf"(?P<title>(?:[A-Za-z-]+\s+){{0,3}}?{_TITLE_HEADS})\s+(?P<name>{_PERSON_NAME})(?![\w-])"
    )
    return _Matcher(
        names=names,
        alias_owners={alias: tuple(owners) for alias, owners in alias_owners.items()},
        metonyms=metonyms,
        titles=titles,
        title_prefix=title_prefix,
        counterpart=counterpart,
        groups=groups,
        group_labels=group_labels,
        adjective_country=adjective_country,
        country_adjective=country_adjective,
        title_canonical=title_canonical,
        leader_titles=frozenset(t.title for t in lexicons.titles if t.is_leader),
        surnames={key: frozenset(value) for key, value in surnames.items()},
        adjectives=adjectives,
        adjective_actor=adjective_actor,
        titled_person=titled_person,
        org_country=org_country,
        posted_to=re.compile(rf"\s+(?:to|in)\s+(?:the\s+)?(?:{country_words})(?![\w-])"),
    )


def role_holder(lexicons: Lexicons, country: str, title: str, on: date | None) -> str:
    """The actor who held ``title`` in ``country`` on the date (the incumbent when undated)."""
    day = on.isoformat() if on else None
    candidates = [
        role
        for role in lexicons.roles
        if role.country == country
        and role.title == title
        and (
            (day is None and not role.valid_to)
            or (
                day is not None
                and (role.valid_from or "0000") <= day
                and (not role.valid_to or day <= role.valid_to)
            )
        )
    ]
    return candidates[-1].actor_id if candidates else ""


def titles_of(lexicons: Lexicons, actor_id: str, on: date | None) -> list[str]:
    day = on.isoformat() if on else "9999"
    return [
        role.title
        for role in lexicons.roles
        if role.actor_id == actor_id
        and (role.valid_from or "0000") <= day
        and (not role.valid_to or day <= role.valid_to)
    ]


def _holds_title_of(person: Mention, body: Mention) -> bool:
    return (
        person.type == "person"
        and person.kind == "name"
        and body.type in ("government_body", "organisation")
        and body.start <= person.start < body.end < person.end
    )


def _as_pronoun(referent: Mention, match: re.Match[str], offset: int) -> Mention:
    return replace(
        referent,
        start=match.start() + offset,
        end=match.end() + offset,
        text=match.group(0),
        kind="pronoun",
        members=(),
    )


class MentionFinder:
    """Finds mentions sentence by sentence, remembering who the article has named so far."""

    def __init__(self, lexicons: Lexicons, published: date | None):
        self.lexicons = lexicons
        self.matcher = _matcher(lexicons)
        self.published = published
        self.history: list[Mention] = []
        self.people_by_sentence: list[list[Mention]] = []
        # Officials the registry does not know, learnt from "Iranian Oil Minister Mohsen
        # Paknejad" so that a later "Paknejad" is the same person.
        self.learned: dict[str, Mention] = {}
        self._learned_pattern: re.Pattern[str] | None = None

    def find(self, text: str, start: int, end: int) -> list[Mention]:
        sentence = text[start:end]
        candidates = (
            self._names(sentence, start)
            + self._titled_people(sentence, start)
            + self._learned_names(sentence, start)
            + self._titles(sentence, start)
            + self._groups(sentence, start)
            + self._counterparts(sentence, start)
            + self._adjectives(sentence, start)
        )
        chosen: list[Mention] = []
        for mention in sorted(candidates, key=lambda m: (m.start, -(m.end - m.start))):
            if chosen and mention.start < chosen[-1].end:
                if _holds_title_of(mention, chosen[-1]):
                    # "Iran's Supreme National Security Council secretary Ali Larijani": the
                    # council is part of the person's title.
                    first = chosen.pop()
                    mention = replace(
                        mention, start=first.start, text=text[first.start : mention.end]
                    )
                else:
                    continue
            chosen.append(mention)
        chosen = self._drop_appositions(text, chosen)
        chosen = [
            self._resolve_counterpart(m, chosen) if m.kind == "counterpart" else m for m in chosen
        ]
        chosen = self._definites(sentence, start, chosen)
        chosen = self._pronouns(sentence, start, chosen)
        chosen = self._first_person(sentence, start, chosen)
        chosen = self._pairs(sentence, start, chosen)
        chosen = self._plural_pronouns(sentence, start, chosen)
        self._remember(chosen)
        return chosen

    def observe(self, text: str, start: int, end: int) -> None:
        """Read a headline for who is who, without extracting from it."""
        self.find(text, start, end)

    def _remember(self, chosen: list[Mention]) -> None:
        named = [m for m in chosen if m.kind not in ("pair", "adjective")]
        self.history.extend(named)
        people = [m for m in named if m.type == "person"]
        if people:
            self.people_by_sentence.append(people)

    @staticmethod
    def _entry_mention(actor: ActorEntry, start: int, end: int, surface: str, kind: str) -> Mention:
        return Mention(
            start, end, surface, actor.actor_id, actor.name, actor.country, actor.type, kind
        )

    def _names(self, sentence: str, offset: int) -> list[Mention]:
        found = []
        for match in self.matcher.names.finditer(sentence):
            alias = match.group(0)
            if alias in self.matcher.metonyms and (
                LOCATION_PREPOSITIONS.search(sentence[max(0, match.start() - 12) : match.start()])
                or _MOTION_FROM.search(sentence[max(0, match.start() - 60) : match.start()])
            ):
                continue
            actor = self.lexicons.actor_by_id[self._owner(alias)]
            prefix = self.matcher.title_prefix.search(
                sentence[max(0, match.start() - 90) : match.start()]
            )
            start = match.start() - (len(prefix.group(0)) if prefix else 0)
            found.append(
                self._entry_mention(
                    actor,
                    start + offset,
                    match.end() + offset,
                    sentence[start : match.end()],
                    "name",
                )
            )
        return found

    def _titled_people(self, sentence: str, offset: int) -> list[Mention]:
        found = []
        for match in self.matcher.titled_person.finditer(sentence):
            name = match.group("name")
            if any(word in self.matcher.alias_owners for word in (name, *name.split())):
                continue
            country = (
                self.matcher.adjective_country[match.group("country")]
                if match.group("country")
                else self.matcher.org_country[match.group("org_only")]
            )
            mention = Mention(
                match.start() + offset,
                match.end() + offset,
                match.group(0),
                LEARNED_PERSON_PREFIX + re.sub(r"\W+", "_", name.lower()).strip("_"),
                name,
                country,
                "person",
                "name",
            )
            found.append(mention)
            for form in (name, name.split()[-1]):
                if form not in self.learned:
                    self.learned[form] = mention
                    self._learned_pattern = None
        return found

    def _learned_names(self, sentence: str, offset: int) -> list[Mention]:
        if not self.learned:
            return []
        if self._learned_pattern is None:
            self._learned_pattern = re.compile(
                r"(?<![\w-])(?:" + _alternation(list(self.learned)) + r")(?![\w-])"
            )
        return [
            replace(
                self.learned[match.group(0)],
                start=match.start() + offset,
                end=match.end() + offset,
                text=match.group(0),
            )
            for match in self._learned_pattern.finditer(sentence)
        ]

    def _adjectives(self, sentence: str, offset: int) -> list[Mention]:
        """Bare nationality adjectives ("Iranian drones", "Russian-Iranian ties") as their state."""
        found = []
        for match in self.matcher.adjectives.finditer(sentence):
            actor = self.lexicons.actor_by_id[
                self.matcher.adjective_actor[match.group("adjective")]
            ]
            found.append(
                self._entry_mention(
                    actor, match.start() + offset, match.end() + offset, match.group(0), "adjective"
                )
            )
        return found

    def _owner(self, alias: str) -> str:
        owners = self.matcher.alias_owners[alias]
        if " " not in alias:
            recent = next(
                (
                    m.actor_id
                    for m in reversed(self.history)
                    if m.actor_id in self.matcher.surnames.get(alias, ())
                ),
                "",
            )
            if recent:
                return recent
        if len(owners) > 1 and self.published:
            current = [o for o in owners if titles_of(self.lexicons, o, self.published)]
            if current:
                return current[0]
        return owners[0]

    def _titles(self, sentence: str, offset: int) -> list[Mention]:
        found = []
        for match in self.matcher.titles.finditer(sentence):
            country = self.matcher.adjective_country[
                match.group("country") or match.group("country2")
            ]
            title = self.matcher.title_canonical[
                (match.group("title") or match.group("title2")).lower()
            ]
            actor_id = self._resolve_role(country, title)
            start, end = match.start(), match.end()
            if sentence[max(0, start - 4) : start].lower() == "the ":
                start -= 4
            posting = self.matcher.posted_to.match(sentence, end)
            if title in _POSTED_TITLES and posting:
                # "Iran's ambassador to Russia": the host country is part of the title.
                end = posting.end()
            mention_text = sentence[start:end]
            if actor_id:
                actor = self.lexicons.actor_by_id[actor_id]
                found.append(
                    self._entry_mention(actor, start + offset, end + offset, mention_text, "title")
                )
            else:
                adjective = self.matcher.country_adjective.get(country, country)
                found.append(
                    Mention(
                        start + offset,
                        end + offset,
                        mention_text,
                        f"{country.lower()}_{title.replace(' ', '_')}",
                        f"{adjective} {title}",
                        country,
                        "person",
                        "title",
                    )
                )
        return found

    def _resolve_role(self, country: str, title: str) -> str:
        if title in self.matcher.leader_titles:
            for mention in reversed(self.history):
                if (
                    mention.country == country
                    and mention.type == "person"
                    and any(
                        hint in t
                        for t in titles_of(self.lexicons, mention.actor_id, self.published)
                        for hint in _LEADER_HINTS
                    )
                ):
                    return mention.actor_id
        return role_holder(self.lexicons, country, title, self.published)

    def _counterparts(self, sentence: str, offset: int) -> list[Mention]:
        found = []
        for match in self.matcher.counterpart.finditer(sentence):
            country = self.matcher.adjective_country.get(match.group("country") or "", "")
            if not country:
                continue
            reference = next(
                (m for m in reversed(self.history) if m.type == "person" and m.country != country),
                None,
            )
            reference_titles = (
                titles_of(self.lexicons, reference.actor_id, self.published) if reference else []
            )
            actor_id = next(
                (
                    holder
                    for title in reference_titles
                    if (holder := role_holder(self.lexicons, country, title, self.published))
                ),
                "",
            )
            actor = self.lexicons.actor_by_id.get(actor_id) or self._state(country)
            if actor:
                found.append(
                    self._entry_mention(
                        actor,
                        match.start() + offset,
                        match.end() + offset,
                        match.group(0),
                        "counterpart",
                    )
                )
        return found

    def _resolve_counterpart(self, mention: Mention, chosen: list[Mention]) -> Mention:
        """ "Putin met his Iranian counterpart": the counterpart holds Putin's title in Iran."""
        earlier = [
            m
            for m in chosen
            if m.type == "person" and m.end <= mention.start and m.country != mention.country
        ]
        if not earlier:
            return mention
        reference = earlier[-1]
        holder = next(
            (
                h
                for title in titles_of(self.lexicons, reference.actor_id, self.published)
                if (h := role_holder(self.lexicons, mention.country, title, self.published))
            ),
            "",
        )
        actor = self.lexicons.actor_by_id.get(holder)
        return (
            self._entry_mention(actor, mention.start, mention.end, mention.text, "counterpart")
            if actor
            else mention
        )

    def _state(self, country: str) -> ActorEntry | None:
        return next(
            (a for a in self.lexicons.actors if a.type == "state" and a.country == country), None
        )

    def _groups(self, sentence: str, offset: int) -> list[Mention]:
        found = []
        for match in self.matcher.groups.finditer(sentence):
            country = self.matcher.adjective_country[match.group("country")]
            actor_type, label = self.matcher.group_labels[match.group("noun").lower()]
            if label == "side":
                state = self._state(country)
                if state:
                    found.append(
                        self._entry_mention(
                            state,
                            match.start() + offset,
                            match.end() + offset,
                            match.group(0),
                            "group",
                        )
                    )
                continue
            name = f"{self.matcher.country_adjective.get(country, country)} {label}"
            found.append(
                Mention(
                    match.start() + offset,
                    match.end() + offset,
                    match.group(0),
                    f"{country.lower()}_{label.replace(' ', '_')}",
                    name,
                    country,
                    actor_type,
                    "group",
                )
            )
        return found

    def _pronouns(self, sentence: str, offset: int, chosen: list[Mention]) -> list[Mention]:
        """ "he"/"she" is the first person named in the latest sentence naming people (the
        likely subject); "him" is the latest person other than this sentence's subject."""
        if not self.people_by_sentence:
            return chosen
        result = list(chosen)
        history_people = [
            m for people in reversed(self.people_by_sentence) for m in reversed(people)
        ]
        for match in _SUBJECT_PRONOUN.finditer(sentence):
            if any(m.start <= match.start() + offset < m.end for m in chosen):
                continue
            earlier = [m for m in chosen if m.type == "person" and m.start < match.start() + offset]
            referent = earlier[0] if earlier else self.people_by_sentence[-1][0]
            result.append(_as_pronoun(referent, match, offset))
        for match in _OBJECT_PRONOUN.finditer(sentence):
            earlier = [m for m in result if m.type == "person" and m.start < match.start() + offset]
            subject = earlier[0] if earlier else None
            referent = next(
                (
                    m
                    for m in [*reversed(earlier), *history_people]
                    if subject is None or m.actor_id != subject.actor_id
                ),
                None,
            )
            if referent:
                result.append(_as_pronoun(referent, match, offset))
        return sorted(result, key=lambda m: m.start)

    def _first_person(self, sentence: str, offset: int, chosen: list[Mention]) -> list[Mention]:
        """ "“We will never abandon our friends,” the ambassador said": inside a quotation,
        "we" and "our" are the speaker's country, and "I" and "my" the speaker."""
        result = list(chosen)
        for quotation in QUOTATION.finditer(sentence):
            speaker = self._speaker(sentence, offset, quotation, chosen)
            if speaker is None:
                continue
            state = self._state(speaker.country) if speaker.country else None
            for match in _FIRST_PERSON.finditer(sentence, quotation.start(), quotation.end()):
                singular = match.group(0).lower() in ("i", "my", "me")
                if singular and speaker.type == "person":
                    referent = speaker
                elif state is not None:
                    referent = self._entry_mention(state, 0, 0, "", "name")
                else:
                    continue
                result.append(_as_pronoun(referent, match, offset))
        return sorted(result, key=lambda m: m.start)

    @staticmethod
    def _speaker(
        sentence: str, offset: int, quotation: re.Match[str], chosen: list[Mention]
    ) -> Mention | None:
        after = next((m for m in chosen if m.start >= quotation.end() + offset), None)
        if after is not None and (
            (
                _SPEAKER_AFTER.fullmatch(sentence, quotation.end(), after.start - offset)
                and _REPORTED.match(sentence, after.end - offset)
            )
            or _SAID_BEFORE_SPEAKER.fullmatch(sentence, quotation.end(), after.start - offset)
        ):
            return after
        before = [m for m in chosen if m.end <= quotation.start() + offset]
        if before and _REPORTED_INTRO.fullmatch(
            sentence, before[-1].end - offset, quotation.start()
        ):
            return before[-1]
        return None

    @staticmethod
    def _drop_appositions(text: str, chosen: list[Mention]) -> list[Mention]:
        """ "Russian state news agency TASS": a description gives way to the name it introduces."""
        kept = []
        for index, mention in enumerate(chosen):
            following = chosen[index + 1] if index + 1 < len(chosen) else None
            if (
                mention.kind in ("group", "adjective")
                and following is not None
                and following.kind == "name"
                and following.type == mention.type == "media"
                and _APPOSITION_GAP.match(text[mention.end : following.start])
            ):
                continue
            kept.append(mention)
        return kept

    def _definites(self, sentence: str, offset: int, chosen: list[Mention]) -> list[Mention]:
        """ "the ministry", "the newspaper": the latest named actor whose name or type fits."""
        result = list(chosen)
        for match in _DEFINITE.finditer(sentence):
            if any(m.start <= match.start() + offset < m.end for m in chosen):
                continue
            noun = match.group("noun").lower()
            referent = next(
                (
                    m
                    for m in reversed(self.history)
                    if noun in m.name.lower()
                    or (noun in ("newspaper", "publication", "website") and m.type == "media")
                ),
                None,
            )
            if referent:
                result.append(
                    replace(
                        referent,
                        start=match.start() + offset,
                        end=match.end() + offset,
                        text=match.group(0),
                        kind="definite",
                    )
                )
        return sorted(result, key=lambda m: m.start)

    @staticmethod
    def _plural_pronouns(sentence: str, offset: int, chosen: list[Mention]) -> list[Mention]:
        """ "they" right after "the two countries say" is that pair."""
        result = list(chosen)
        for match in _PLURAL_PRONOUN.finditer(sentence):
            pair = next(
                (
                    m
                    for m in reversed(chosen)
                    if m.kind == "pair" and m.end <= match.start() + offset
                ),
                None,
            )
            if pair:
                result.append(
                    replace(
                        pair,
                        start=match.start() + offset,
                        end=match.end() + offset,
                        text=match.group(0),
                    )
                )
        return sorted(result, key=lambda m: m.start)

    def _pairs(self, sentence: str, offset: int, chosen: list[Mention]) -> list[Mention]:
        result = list(chosen)
        for match in _PAIR.finditer(sentence):
            modifier = match.group("modifier") or ""
            if (
                match.group(0).lower().startswith("the ")
                and not match.group(0).lower().startswith("the two")
                and (modifier[:1].isupper() or not modifier)
                and match.group("what").lower() not in _BARE_PAIRS
            ):
                continue
            if any(
                m.start < match.end() + offset and match.start() + offset < m.end for m in chosen
            ):
                continue
            wants_people = match.group("what").lower() in (
                "leaders",
                "presidents",
                "heads of state",
                "ministers",
                "foreign ministers",
            )
            earlier = self.history + [
                m for m in chosen if m.end <= match.start() + offset and m.kind != "adjective"
            ]
            if match.group("what").lower() in _BARE_PAIRS:
                # Only the article's main pair can be meant, not whoever was named last.
                counts = Counter(m.country for m in earlier if m.country)
                main = {country for country, _ in counts.most_common(2)}
                earlier = [m for m in earlier if m.country in main]
            members: list[Mention] = []
            for mention in reversed(earlier):
                if wants_people and mention.type != "person":
                    continue
                if not wants_people and mention.type not in ("state", "person"):
                    continue
                if mention.country and all(mention.country != m.country for m in members):
                    members.append(mention)
                if len(members) == 2:
                    break
            if len(members) == 2:
                result.append(
                    Mention(
                        match.start() + offset,
                        match.end() + offset,
                        match.group(0),
                        "pair",
                        " and ".join(m.name for m in reversed(members)),
                        "",
                        "pair",
                        "pair",
                        tuple(reversed(members)),
                    )
                )
        return sorted(result, key=lambda m: m.start)
