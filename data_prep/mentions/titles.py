"""Actors described by their office: titles ("Iran's president"), counterparts ("his Iranian
counterpart") and groups ("Iranian officials")."""

from __future__ import annotations

import re
from typing import NamedTuple

from data_prep.lexicons import ActorEntry
from data_prep.mentions.context import Context
from data_prep.mentions.names import LEARNED_PERSON_PREFIX
from data_prep.mentions.references import main_pair
from data_prep.model import DocMatch, Mention

_THE = "the "


class Posting(NamedTuple):
    """The place a title serves as the text names it, and where the title's words end."""

    host: str
    end: int


_PAST_WORDS = r"\b(?:then|former|late|ex)"
_PAST_HOLDER = re.compile(_PAST_WORDS + r"\b", re.IGNORECASE)
_PAST_WORD_BEFORE = re.compile(_PAST_WORDS + r"[\s-]+$", re.IGNORECASE)


def titles(context: Context) -> list[Mention]:
    """A title resolves to who held it on the article's date; with no known holder it is a
    described person ("the Cuban emergency situations minister")."""
    registry = context.registry
    if not any(word in context.sentence.text for word in registry.title_words):
        return []
    found = []
    for match in context.sentence.finditer(registry.titles):
        country = registry.adjective_country[match.group("country") or match.group("country2")]
        title = registry.title_canonical[(match.group("title") or match.group("title2")).lower()]
        past = bool(_PAST_HOLDER.search(match.group(0))) or _after_past_word(context, match)
        posting = _posting(context, match, title)
        # "the then foreign minister", "former president": a past holder, not today's.
        actor_id = "" if past else _resolve_role(context, country, title, _host(context, posting))
        start, end = _title_span(context, match, posting)
        if actor_id:
            found.append(context.mention(context.actor(actor_id), start, end, "title"))
            continue
        adjective = registry.country_adjective.get(country, country)
        found.append(
            Mention(
                start,
                end,
                context.sentence.slice(start, end),
                f"{country.lower()}_{title.replace(' ', '_')}",
                f"{adjective} {title}",
                country,
                "person",
                "title",
            )
        )
    return found


def _after_past_word(context: Context, match: DocMatch) -> bool:
    """ "Former Russian president", "the late Iranian president": the word before the
    country puts the title in the past too."""
    before = context.sentence.slice(match.start() - 12, match.start())
    return bool(_PAST_WORD_BEFORE.search(before))


def _posting(context: Context, match: DocMatch, title: str) -> Posting | None:
    """Where a posted title serves, when the text says: before it ("Iran's UN envoy") or after
    it ("Russia's ambassador to Iran"); None for other titles or no place written."""
    if title not in context.registry.posted_titles:
        return None
    after = context.sentence.match(context.registry.posted_to, match.end())
    end = after.end() if after else match.end()
    if match.group("body"):
        return Posting(match.group("body"), end)
    return Posting(after.group("host"), end) if after else None


def _title_span(context: Context, match: DocMatch, posting: Posting | None) -> tuple[int, int]:
    sentence = context.sentence
    start = match.start()
    if sentence.slice(start - len(_THE), start).lower() == _THE:
        start -= len(_THE)
    # "Iran's ambassador to Russia": the place served is part of the title.
    return start, posting.end if posting else match.end()


def _host(context: Context, posting: Posting | None) -> str | None:
    """The body's actor_id or the country's code a posting names, None without one."""
    if posting is None:
        return None
    registry = context.registry
    return registry.posting_bodies.get(posting.host) or registry.adjective_country[posting.host]


def _resolve_role(context: Context, country: str, title: str, host: str | None) -> str:
    """ "The Russian leader" is the country's leader the article named last, if any."""
    if title in context.registry.leader_titles:
        for mention in reversed(context.memory.history):
            if mention.country == country and mention.type == "person" and _leads(context, mention):
                return mention.actor_id
    return context.role_holder(country, title, host)


def _leads(context: Context, person: Mention) -> bool:
    return any(
        hint in title
        for title in context.titles_of(person.actor_id)
        for hint in context.registry.leader_hints
    )


def counterparts(context: Context) -> list[Mention]:
    """ "his Iranian counterpart" holds, in Iran, a title of the last non-Iranian person the
    article named before this sentence; failing that it stands for Iran."""
    registry = context.registry
    found = []
    for match in context.sentence.finditer(registry.counterpart):
        country = registry.adjective_country.get(match.group("country") or "", "")
        if not country:
            continue
        reference = next(
            (
                m
                for m in reversed(context.memory.history)
                if m.type == "person" and m.country != country
            ),
            None,
        )
        actor = _counterpart_of(context, reference, country) or context.state(country)
        if actor:
            found.append(context.mention(actor, match.start(), match.end(), "counterpart"))
    return found


def _counterpart_of(context: Context, person: Mention | None, country: str) -> ActorEntry | None:
    titles = context.titles_of(person.actor_id) if person else []
    return context.holder_of_any(titles, country)


def resolve_counterparts(context: Context, chosen: list[Mention]) -> list[Mention]:
    """ "Putin met his Iranian counterpart": a foreign person named earlier in the sentence
    is the better reference than the article so far."""
    return [
        _resolve_counterpart(context, mention, chosen) if mention.kind == "counterpart" else mention
        for mention in chosen
    ]


def _resolve_counterpart(context: Context, mention: Mention, chosen: list[Mention]) -> Mention:
    earlier = [
        m
        for m in chosen
        if m.type == "person" and m.end <= mention.start and m.country != mention.country
    ]
    if not earlier:
        return mention
    actor = _counterpart_of(context, earlier[-1], mention.country)
    return context.mention(actor, mention.start, mention.end, "counterpart") if actor else mention


def counterpart_sides(context: Context, chosen: list[Mention]) -> dict[str, str]:
    """ "Defense Minister Amir Hatami discussed cooperation with his Russian counterpart": in a
    story of two countries, an official the registry does not know, whose counterpart is of one
    of them, serves the other, whatever the article left his country as or the venue
    suggested ("met his Russian counterpart in Moscow"). The officials' names with that
    country."""
    pair = main_pair([*context.memory.history, *chosen])
    if len(pair) != 2:
        return {}
    sides: dict[str, str] = {}
    for counterpart in (m for m in chosen if m.kind == "counterpart" and m.country in pair):
        (other,) = pair - {counterpart.country}
        for person in chosen:
            if (
                person.actor_id.startswith(LEARNED_PERSON_PREFIX)
                and person.country in ("", counterpart.country)
                and person.end <= counterpart.start
            ):
                sides[person.name] = other
    return sides


def groups(context: Context) -> list[Mention]:
    """ "Iranian officials" is a group of Iran's; "the Iranian side" is Iran itself; "Iranian
    and Chinese officials" are two groups, the first named by its adjective alone."""
    found = []
    for match in context.sentence.finditer(context.registry.groups):
        actor_type, label = context.registry.group_labels[match.group("noun").lower()]
        if match.group("first"):
            found += _group(context, match, "first", actor_type, label)
        found += _group(context, match, "country", actor_type, label, end=match.end())
    return found


def _group(
    context: Context, match: DocMatch, part: str, actor_type: str, label: str, end: int = 0
) -> list[Mention]:
    registry = context.registry
    country = registry.adjective_country[match.group(part)]
    start, end = match.start(part), end or match.end(part)
    if label == "side":
        state = context.state(country)
        return [context.mention(state, start, end, "group")] if state else []
    adjective = registry.country_adjective.get(country, country)
    return [
        Mention(
            start,
            end,
            context.sentence.slice(start, end),
            f"{country.lower()}_{label.replace(' ', '_')}",
            f"{adjective} {label}",
            country,
            actor_type,
            "group",
        )
    ]
