"""Through which outlet a claim is made, when no cue names it: the outlet that carries the
sentence's report, and a speaker's own state media named only by description."""

from __future__ import annotations

import re
from dataclasses import replace

from data_prep.claim_context import ClaimContext
from data_prep.model import Claim, CueHit, Mention

# "told the reformist newspaper Etemad": the outlet a speaker talked to.
_TOLD_BEFORE = re.compile(r"\btold\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$")

# The outlet a speaker talks to, named only as his state's: "told state television".
_STATE_OUTLET = re.compile(
    r"\s+(?:(?:on|to|in)\s+)?state(?:-run)?\s+(?P<noun>television|TV channel|TV|radio|media"
    r"|news agency)\b"
)

# A state outlet named by description, which a later sentence does not inherit.
DESCRIBED_STATE_OUTLET = re.compile(r"\bstate (?:television|radio|media|news agency)$")


def through_same_outlet(claim: Claim, earlier: Claim, **changes: object) -> Claim:
    """``claim`` made through the outlet an earlier claim was made through."""
    return replace(claim, via=earlier.via, via_state_media=earlier.via_state_media, **changes)


def outlet_in_sentence(
    ctx: ClaimContext, claimant: Mention | None, actor_id: str, hit: CueHit
) -> Mention | None:
    """The outlet that carries what the sentence reports ("..., IRNA reported"); not one
    another speaker of the sentence talked to ("and a former ambassador told Etemad")."""
    media = [
        m
        for m in ctx.mentions
        if m.type == "media" and m.actor_id != actor_id and not _told_by_another(ctx, m, hit)
    ]
    if media:
        return media[0]
    return claimant if claimant is not None and claimant.type == "media" else None


def _told_by_another(ctx: ClaimContext, outlet: Mention, hit: CueHit) -> bool:
    told = ctx.sentence.search(_TOLD_BEFORE, outlet.start - 40, outlet.start)
    return told is not None and told.start() != hit.start


def own_state_media(ctx: ClaimContext, hit: CueHit, country: str) -> str:
    """ "Tahani told state television", "said on state TV": the speaker's own country's state
    outlet, named as the golds name it ("Iranian state television")."""
    found = ctx.sentence.match(_STATE_OUTLET, hit.end)
    adjective = next(
        (c.adjectives[0] for c in ctx.lexicons.countries if c.iso3 == country and c.adjectives),
        "",
    )
    if found is None or not adjective:
        return ""
    noun = found.group("noun")
    return f"{adjective} state {'television' if noun in ('TV', 'TV channel') else noun}"
