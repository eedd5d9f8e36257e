"""Finding actors in sentences and resolving what each mention refers to.

Resolution follows how news names people: a full name with its title first ("Russian
President Vladimir Putin"), then a surname ("Putin") or a description ("the Russian leader",
"his Iranian counterpart", "the two leaders"). Descriptions resolve by who was named most
recently in the article, then by who held the role on the article's date.

Per sentence, in reading order::

    found = find_mentions(sentence, lexicons, memory, published)
    remember(memory, found)

Every position is a document position.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from data_prep.lexicons import Lexicons
from data_prep.mentions.context import Context
from data_prep.mentions.memory import MentionMemory, SentenceMentions, remember
from data_prep.mentions.names import (
    LEARNED_OUTLET_PREFIX,
    LEARNED_PERSON_PREFIX,
    adjectives,
    described_outlets,
    described_speakers,
    learned_names,
    named_speakers,
    quoted_speakers,
    registry_names,
    titled_officials,
)
from data_prep.mentions.overlaps import choose
from data_prep.mentions.references import (
    definite_titles,
    definites,
    first_person,
    pairs,
    plural_pronouns,
    pronouns,
    turn_first_person,
)
from data_prep.mentions.registry import registry_for
from data_prep.mentions.roles import role_holder, titles_of
from data_prep.mentions.titles import (
    counterpart_sides,
    counterparts,
    groups,
    resolve_counterparts,
    titles,
)
from data_prep.model import Mention, Sentence

__all__ = [
    "LEARNED_OUTLET_PREFIX",
    "LEARNED_PERSON_PREFIX",
    "MentionMemory",
    "SentenceMentions",
    "find_mentions",
    "observe",
    "remember",
    "role_holder",
    "titles_of",
    "turn_pronouns",
]

# Each refers back to mentions before it: pronouns to definites, "they" to pairs.
_REFERENCES = (definites, definite_titles, pronouns, first_person, pairs, plural_pronouns)


def find_mentions(
    sentence: Sentence, lexicons: Lexicons, memory: MentionMemory, published: date | None
) -> SentenceMentions:
    """The sentence's mentions, resolved against the article so far; ``memory`` is only read."""
    context = Context(sentence, lexicons, registry_for(lexicons), memory, published)
    officials = (
        titled_officials(context)
        + quoted_speakers(context)
        + described_speakers(context)
        + named_speakers(context)
    )
    # Ties between candidates of one span go to the earlier finder in this order.
    candidates = (
        registry_names(context)
        + officials
        + learned_names(context, officials)
        + titles(context)
        + groups(context)
        + described_outlets(context)
        + counterparts(context)
        + adjectives(context)
    )
    mentions = resolve_counterparts(context, choose(context, candidates))
    sides = counterpart_sides(context, mentions)
    if sides:
        mentions, officials = _with_country(mentions, sides), _with_country(officials, sides)
    for refer_back in _REFERENCES:
        mentions = refer_back(context, mentions)
    return SentenceMentions(mentions, officials)


def _with_country(mentions: list[Mention], country_of: dict[str, str]) -> list[Mention]:
    return [
        replace(m, country=country_of[m.name])
        if m.actor_id.startswith(LEARNED_PERSON_PREFIX) and m.name in country_of
        else m
        for m in mentions
    ]


def turn_pronouns(
    sentence: Sentence,
    lexicons: Lexicons,
    mentions: list[Mention],
    speaker: Mention,
    published: date | None,
) -> list[Mention]:
    """``mentions`` with the first person of a transcript turn that ``speaker`` speaks."""
    context = Context(sentence, lexicons, registry_for(lexicons), MentionMemory(), published)
    return turn_first_person(context, mentions, speaker)


def observe(
    sentence: Sentence, lexicons: Lexicons, memory: MentionMemory, published: date | None
) -> None:
    """Read a headline for who is who, without extracting from it."""
    remember(memory, find_mentions(sentence, lexicons, memory, published))
