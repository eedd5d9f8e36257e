"""Weapons used against a target: "Russian forces launched 3,700 drones at Ukraine", "drones
that the Russian army still uses against Ukrainian cities", "missiles fired by Iran at Israel".

The weapon word is the cue of a transfer, but used at a target it names an attack (CAMEO
190, use conventional military force) by whoever uses it on whoever it is aimed at, as the
golds code it. Where the weapons came from ("Iranian-made drones") is told apart, by the
transfer cue itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from data_prep.english import clause_bounds, phrase_alternation
from data_prep.event_context import EventContext
from data_prep.model import CueHit, Mention

# Between the verb and the weapons: "launched more than 3,700 Shahed-type drones".
_FEW_WORDS = r"(?:(?:[\w’'-]+|\d[\d,.]*)\s+){0,5}?"
# Between the weapons and where they are aimed: "drones and missiles at", "missiles at".
_TO_THE_AIM = re.compile(
    r"(?:\s+(?:and|or)\s+[\w-]+)?\s+(?:at|against|on|into)\s+(?:the\s+)?", re.IGNORECASE
)
# Between the weapons and a relative clause's user: "drones, which", "drones that".
_TO_THE_USER = re.compile(r",?\s+(?:which|that)\s+(?:the\s+)?$", re.IGNORECASE)
_AIMED = re.compile(r"\s+(?:them\s+|it\s+)?(?:at|against|on|into)\s+(?:the\s+)?", re.IGNORECASE)
_USER_TO_VERB = re.compile(
    r"\s+(?:(?:still|also|now|has|have|had|been|reportedly|repeatedly|regularly)\s+){0,3}",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class WeaponUse:
    """Weapons (their transfer cue) that ``user`` aims at ``target``."""

    hit: CueHit
    user: Mention
    target: Mention


@cache
def _verb_before(verbs: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{phrase_alternation(verbs)})\s+{_FEW_WORDS}$", re.IGNORECASE)


@cache
def _used_by(verbs: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{phrase_alternation(verbs)})\s+by\s+(?:the\s+)?", re.IGNORECASE)


@cache
def _verb_at(verbs: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?:{phrase_alternation(verbs)})\b", re.IGNORECASE)


def weapon_uses(ctx: EventContext) -> list[WeaponUse]:
    """Each weapon of the sentence used against a named target, with its user."""
    uses = []
    for hit in ctx.cue_hits:
        if hit.cue.entry.event_type != "arms_transfer":
            continue
        use = _used_before(ctx, hit) or _used_after(ctx, hit)
        if use is not None and use.user.side != use.target.side:
            uses.append(use)
    return uses


def _used_before(ctx: EventContext, hit: CueHit) -> WeaponUse | None:
    """ "Russian forces launched more than 3,700 drones at Ukraine": the verb's subject
    aims the weapons after it."""
    sentence = ctx.sentence
    clause_start, clause_end = clause_bounds(sentence, hit.start)
    verb = sentence.search(_verb_before(_verbs(ctx)), clause_start, hit.start)
    if verb is None:
        return None
    target = _first_after(ctx, hit.end, clause_end)
    user = _last_before(ctx, clause_start, verb.start())
    if target is None or user is None:
        return None
    return WeaponUse(hit, user, target)


def _used_after(ctx: EventContext, hit: CueHit) -> WeaponUse | None:
    """ "drones, which the Russian army still uses against Ukrainian cities", "missiles
    launched by Iran at Israel": a relative clause or a participle after the weapons."""
    sentence = ctx.sentence
    user = next((m for m in ctx.actors if m.start >= hit.end and m.kind != "adjective"), None)
    if user is None:
        return None
    if sentence.fullmatch(_TO_THE_USER, hit.end, user.start):
        gap = sentence.match(_USER_TO_VERB, user.end)
        verb = sentence.match(_verb_at(_verbs(ctx)), gap.end() if gap else user.end)
        aim_from = verb.end() if verb else None
    elif sentence.fullmatch(_used_by(_verbs(ctx)), hit.end, user.start):
        aim_from = user.end
    else:
        return None
    aim = sentence.match(_AIMED, aim_from) if aim_from is not None else None
    target = _mention_at(ctx, aim.end()) if aim else None
    return WeaponUse(hit, user, target) if target is not None else None


def _verbs(ctx: EventContext) -> tuple[str, ...]:
    return tuple(ctx.lexicons.words["weapon_use_verbs"])


def _first_after(ctx: EventContext, start: int, end: int) -> Mention | None:
    """The actor the weapons are aimed at, right after the aiming preposition."""
    return next(
        (
            m
            for m in ctx.actors
            if start <= m.start < end and ctx.sentence.fullmatch(_TO_THE_AIM, start, m.start)
        ),
        None,
    )


def _last_before(ctx: EventContext, start: int, end: int) -> Mention | None:
    return max(
        (m for m in ctx.actors if start <= m.start and m.end <= end and m.kind != "adjective"),
        key=lambda m: m.start,
        default=None,
    )


def _mention_at(ctx: EventContext, position: int) -> Mention | None:
    return next((m for m in ctx.actors if m.start == position), None)
