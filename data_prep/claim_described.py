"""Speakers described, not named: the country of a described source ("critics in Tehran"),
the source an article introduced ("the source added"), "one of them", and a name after
"according to" the registry does not know ("according to ship-tracking firm Vortexa")."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import cache

from data_prep.claim_context import ANONYMOUS, ClaimContext, Speaker
from data_prep.claim_outlets import through_same_outlet
from data_prep.claim_sources import UnnamedSource
from data_prep.lexicons import Lexicons
from data_prep.model import Claim, CueHit, DocMatch

_ONE_OF_THEM = re.compile(r"\bone of (?:them|those)\b", re.IGNORECASE)

# A name after "according to", perhaps after a few lower-case words that describe it.
# A preposition among them ("figures released on Monday", "people in Tehran") ends the
# description: what follows is when or where, not who.
_PROPER_NAME_AFTER = re.compile(
    r"\s+(?:(?!(?:on|in|at|by|from|to|of|for|with|since|during)\b)[a-z][\w-]*\s+){0,3}?"
    r"(?P<name>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})"
)

_CALENDAR_WORDS = frozenset([*calendar.month_name[1:], *calendar.day_name])
_DEFINITE = re.compile(r"(?:the|The)\s")


def described_speaker(ctx: ClaimContext, source: UnnamedSource) -> Speaker:
    """A described source takes the country of a nationality or place named in its
    description ("one Iranian energy economist"), or of the place it is said to be in
    ("critics in Tehran", "In Abu Dhabi, officials ...")."""
    country = next(
        (
            m.country
            for m in ctx.mentions
            if source.start <= m.start and m.end <= source.end and m.country
        ),
        "",
    ) or _place_of_source(ctx, source)
    actor_id = "unnamed_" + source.name.split()[-1].lower()
    return source.name, country, actor_id, bool(ANONYMOUS.search(source.name))


def _place_of_source(ctx: ClaimContext, source: UnnamedSource) -> str:
    places = _places(ctx.lexicons)
    after = ctx.sentence.match(places.after, source.end)
    before = ctx.sentence.search(places.before, ctx.sentence.start, source.start)
    found = after or before
    return ctx.lexicons.place_country[found.group("place")] if found else ""


@dataclass(frozen=True)
class _SourcePlaces:
    after: re.Pattern[str]  # "critics in Tehran"
    before: re.Pattern[str]  # "In Abu Dhabi, officials"


@cache
def _places(lexicons: Lexicons) -> _SourcePlaces:
    """Where a described source is: the countries' names and capitals."""
    forms = sorted(lexicons.place_country, key=len, reverse=True)
    names = "|".join(re.escape(form) for form in forms)
    return _SourcePlaces(
        re.compile(rf"\s+(?:in|from)\s+(?P<place>{names})\b"),
        re.compile(rf"^\s*(?:In|From)\s+(?P<place>{names}),\s+$"),
    )


def one_of_them(ctx: ClaimContext, hit: CueHit) -> tuple[Speaker, str] | None:
    """ "said one of them", "According to one of them": one of the sources the article
    described last, through their outlet."""
    sentence = ctx.sentence
    near = sentence.search(_ONE_OF_THEM, hit.start - 25, hit.end + 25)
    if near is None or not ctx.described_sources:
        return None
    latest = next(reversed(ctx.described_sources.values()))
    speaker = (latest.claimant, latest.claimant_country, latest.claimant_id, True)
    return speaker, latest.via


def unregistered_source(ctx: ClaimContext, hit: CueHit) -> tuple[Speaker, str] | None:
    """ "according to Bonbast.com", "according to ship-tracking firm Vortexa": a source the
    registry does not know, named after the cue."""
    if hit.cue.entry.form != "according":
        return None
    named = ctx.sentence.match(_PROPER_NAME_AFTER, hit.end)
    if named is None or _names_a_time(ctx, named):
        return None
    name = named.group("name").rstrip(".")
    return (name, "", "named_source_" + re.sub(r"\W+", "_", name.lower()), False), ""


def _names_a_time(ctx: ClaimContext, named: DocMatch) -> bool:
    """ "according to June data", "according to figures released on Monday": a date."""
    first_word = named.group("name").split()[0]
    return first_word in _CALENDAR_WORDS or any(
        d.start < named.end("name") and named.start("name") < d.end for d in ctx.dates
    )


def introduced_earlier(ctx: ClaimContext, source: UnnamedSource, claim: Claim) -> Claim:
    """ "the source added": the source the article introduced ("a source familiar with the
    negotiations told Interfax"), still speaking through that outlet, of that country."""
    earlier = ctx.described_sources.get(claim.claimant_id)
    if claim.via or earlier is None or not ctx.sentence.match(_DEFINITE, source.start):
        return claim
    return through_same_outlet(
        claim, earlier, claimant_country=claim.claimant_country or earlier.claimant_country
    )
