"""Choosing among overlapping candidates: the leftmost, then the longest, wins."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise, zip_longest

from data_prep.english import ALIAS_BEFORE
from data_prep.mentions.context import Context
from data_prep.model import Mention


def choose(context: Context, candidates: list[Mention]) -> list[Mention]:
    chosen: list[Mention] = []
    for mention in sorted(candidates, key=lambda m: (m.start, -(m.end - m.start))):
        if chosen and mention.start < chosen[-1].end:
            if not _holds_title_of(mention, chosen[-1]):
                continue
            # "Iran's Supreme National Security Council secretary Ali Larijani": the council
            # is part of the person's title.
            body = chosen.pop()
            mention = replace(
                mention, start=body.start, text=context.sentence.slice(body.start, mention.end)
            )
        chosen.append(mention)
    return _without_aliases(context, _without_appositions(context, chosen))


def _holds_title_of(person: Mention, body: Mention) -> bool:
    return (
        person.type == "person"
        and person.kind == "name"
        and body.type in ("government_body", "organisation")
        and body.start <= person.start < body.end < person.end
    )


def _without_appositions(context: Context, chosen: list[Mention]) -> list[Mention]:
    """ "Russian state news agency TASS": a description gives way to the name it introduces."""
    kept = []
    for mention, following in zip_longest(chosen, chosen[1:]):
        if (
            mention.kind in ("group", "adjective")
            and following is not None
            and following.kind == "name"
            and following.type == mention.type == "media"
            and context.registry.apposition_gap.match(
                context.sentence.slice(mention.end, following.start)
            )
        ):
            continue
        kept.append(mention)
    return kept


def _without_aliases(context: Context, chosen: list[Mention]) -> list[Mention]:
    """ "Britain, France and Germany, known as the E3, ...": the alias names the actors before
    it, so it is no actor of its own (and does not break their list)."""
    return chosen[:1] + [
        mention
        for before, mention in pairwise(chosen)
        if not ALIAS_BEFORE.fullmatch(context.sentence.slice(before.end, mention.start))
    ]
