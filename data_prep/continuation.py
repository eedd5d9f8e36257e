"""Events whose partner is in an earlier sentence.

A sentence that names only one side continues the story of the sentences before it ("The aid
was then passed to the Iranian authorities"), so its partner is taken from the latest event
involving that side. "Bout has denied this" denies the previous sentence's event.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from data_prep.event_context import EventContext, from_context
from data_prep.event_rules import accusation, names_nothing_told
from data_prep.frames import target_of_use
from data_prep.model import RUSSIA_IRAN, CueHit, Event, Mention, StoryMemory

_ANAPHORIC_DENIAL = re.compile(
    r"\b(?:denied|denies|deny|rejected|rejects|reject|dismissed|dismisses|dismiss|refuted"
    r"|refutes|disputed|disputes|called)\s+"
    r"(?:this|that|it|these|those|the (?:claims?|reports?|allegations?|accusations?|accounts?"
    r"|charges?))\b",
    re.IGNORECASE,
)

# "a sore point in Tehran", "a swift response from Tehran", "anger among Iranian officials".
_RECEIVED_IN = re.compile(r"\b(?:in|from|among|within)\s+(?:the\s+)?$", re.IGNORECASE)

# Between an act and its object: a preposition and an article at most.
_OBJECT_GAP = re.compile(
    r"\s+(?:(?:to|on|against|with|at|toward|towards|into)\s+)?(?:the\s+)?", re.IGNORECASE
)

# Transfers told from the supplier's side.
_SUPPLIES = ("aid", "arms_transfer")

Build = Callable[[EventContext, CueHit, Mention, Mention], Event]


def continued_events(ctx: EventContext, story: StoryMemory, build: Build) -> list[Event]:
    # CAMEO's verbs read an act only where the project's own cues read none ("It denies
    # supplying any weapons": the weapons name it); a cue that names a thing ("has used the
    # drones", "Moscow's ally") continues nothing.
    acts = [h for h in ctx.cue_hits if not names_nothing_told(ctx, h)]
    if not acts:
        return []
    hit = max(
        acts,
        key=lambda h: (
            h.cue.entry.timing == "action",
            h.cue.entry.source != "cameo",
            h.end - h.start,
        ),
    )
    present = _nearest_actor(list(ctx.actors), hit)
    latest = story.latest()
    if latest is None or (present is not None and target_of_use(ctx, hit, present)):
        # "The missiles were used against Ukraine": no party to their transfer.
        return []
    if ctx.sentence.search(_ANAPHORIC_DENIAL):
        # "this" and "the report" point at the sentence just before, nothing further back.
        previous = story.previous()
        return [_denial_of(ctx, present, previous, build)] if previous else []
    candidates = _likeliest_first(story.all_with(present.side) if present else [], hit)
    candidates = candidates or [latest]
    for earlier in candidates:
        event = _continuing(ctx, hit, present, earlier, build)
        if event is not None:
            return [event]
    return []


def _likeliest_first(events: list[Event], hit: CueHit) -> list[Event]:
    """The recent events a sentence that names one side may continue, latest first but for
    two preferences: an act of the same kind continues that act ("The deal, signed in
    December" after the deal's partners were named); otherwise one of the two parties this
    corpus follows, acting with no partner named, deals with the other ("He added that the
    Russian side had offered to mediate" in a report on Russia and Iran)."""
    return sorted(
        events,
        key=lambda e: (e.event_type != hit.cue.entry.event_type, e.sides != RUSSIA_IRAN),
    )


def _continuing(
    ctx: EventContext, hit: CueHit, present: Mention | None, earlier: Event, build: Build
) -> Event | None:
    """The act ``hit`` names as a continuation of ``earlier``: the actor named here with the
    earlier partner. A turn of the story ("..., who was assassinated") is not the same
    interaction continuing, so it cannot borrow the partner; an earlier event of another
    kind does not veto an older one that fits."""
    if present is None:
        actor1, actor2 = from_context(earlier.actor1), from_context(earlier.actor2)
    else:
        objecting = hit.cue.entry.polarity == "tension" and earlier.polarity == "cooperation"
        partner = _partner_in(earlier, present, objecting)
        if partner.side == present.side:
            return None
        actor1, actor2 = present, from_context(partner)
        if _same_transfer(hit, earlier) and earlier.actor2.side == present.side:
            # "Iran supplied drones to Russia. The Kremlin declined to confirm the
            # deliveries": the recipient named again is still the recipient.
            actor1, actor2 = actor2, actor1
        elif _named_as_its_object(ctx, hit, present):
            # "Jaishankar visited Tehran", "He met Putin": the one named is done to.
            actor1, actor2 = actor2, actor1
    event = build(ctx, hit, actor1, actor2)
    changed = event.polarity != earlier.polarity and event.event_type != earlier.event_type
    if changed and not _received_badly(ctx, hit, present, earlier, event):
        return None
    if _same_transfer(hit, earlier) and hit.cue.entry.priority == 0:
        # "the deliveries" names no goods: they are the goods of the transfer told before.
        event = replace(
            event,
            event_type=earlier.event_type,
            cameo_code=earlier.cameo_code,
            goldstein=earlier.goldstein,
            quad_class=earlier.quad_class,
        )
    return replace(event, inferred_partner=True)


def _partner_in(earlier: Event, present: Mention, objecting: bool) -> Mention:
    """The side of ``earlier`` that the one named here deals with: the other party when it
    took part; when it did not, the act's author ("Moscow condemned the strikes"), but for an
    objection by Russia or Iran to dealings between others ("The understandings are a sore
    point in Tehran", after Moscow's understandings with Damascus): the other of the two, if
    those dealings had it."""
    if earlier.actor1.side == present.side:
        return earlier.actor2
    if objecting and present.side in RUSSIA_IRAN and earlier.actor2.side != present.side:
        counterpart = next(
            (
                a
                for a in (earlier.actor1, earlier.actor2)
                if a.side in RUSSIA_IRAN and a.side != present.side
            ),
            None,
        )
        if counterpart is not None:
            return counterpart
    return earlier.actor1


def _received_badly(
    ctx: EventContext, hit: CueHit, present: Mention | None, earlier: Event, event: Event
) -> bool:
    """Whether a side objects to earlier dealings it did not start ("Russia and Saudi Arabia
    signed an accord. The accord is a sore point in Tehran"; "Putin said Moscow had offered
    Iran help. That explanation has not gone down well in Tehran"; "The move angered Iranian
    officials"): the friction is with the act's author, though the act was cooperation. Only a
    side named after the cue and a preposition of reception ("in Tehran", "a response from
    Tehran") or as the object of a reaction verb is where the act landed, and the author
    turning on its own act is another story. A side named before the cue complains of its
    partner when the complaint is the sentence's one act ("Iranian officials voiced
    disappointment"), whoever authored the earlier act; one right after a verb ("demanded
    that Zarif") is its object."""
    if present is None or event.polarity != "tension":
        return False
    if present.start < hit.end:
        # "Iranian officials voiced disappointment": a complaint, the sentence's one act.
        return ctx.is_complaint(event.event_type) and len(ctx.cue_hits) == 1
    received = _RECEIVED_IN.search(ctx.sentence.slice(present.start - 12, present.start))
    if not (received or ctx.takes_offence(hit, present)):
        return False
    return present.side != earlier.actor1.side


def _same_transfer(hit: CueHit, earlier: Event) -> bool:
    """Whether the act continues a supply told before with another supply cue. A trade may
    be told from the buyer ("Chinese refineries bought Iran's oil"); a supply never is."""
    return hit.cue.entry.event_type in _SUPPLIES and earlier.event_type in _SUPPLIES


def _named_as_its_object(ctx: EventContext, hit: CueHit, present: Mention) -> bool:
    """Whether the one actor named follows the act as its object ("visited Tehran", "talks
    with Lavrov", "sanctions on Iran"), not as its agent ("was signed by Iran") nor as the one
    who received it ("a sore point in Tehran", "drew a response from Moscow")."""
    received = hit.cue.entry.event_type != "visit" and ctx.sentence.search(
        _RECEIVED_IN, None, present.start
    )
    return (
        present.start >= hit.end
        and not received
        and not ctx.takes_offence(hit, present)
        and ctx.sentence.fullmatch(_OBJECT_GAP, hit.end, present.start) is not None
    )


def _nearest_actor(actors: list[Mention], hit: CueHit) -> Mention | None:
    before = [m for m in actors if m.end <= hit.start]
    return before[-1] if before else (actors[0] if actors else None)


def _denial_of(ctx: EventContext, denier: Mention | None, denied: Event, build: Build) -> Event:
    """ "Bout has denied this": a party to the previous event denies it. "Zelensky called that
    a lie": an outsider disputes the previous account, which accuses its source."""
    hit = next((h for h in ctx.cue_hits if h.cue.entry.event_type == "denial"), ctx.cue_hits[0])
    if (
        denier is not None
        and (denied.event_type in ("denial", "accusation") or denied.polarity == "tension")
        and denier.side == denied.actor2.side
    ):
        # "Tehran denied supplying drones to be used against Ukraine. Kyiv rejects that
        # account": the one the account was about rejects it, against its author; so does
        # the target of a claim ("The UAE has laid claim to the islands. Tehran rejected
        # the claims").
        return replace(build(ctx, hit, denier, from_context(denied.actor1)), inferred_partner=True)
    base = build(ctx, hit, from_context(denied.actor1), from_context(denied.actor2))
    if denier is None or denier.side in (denied.actor1.side, denied.actor2.side):
        return replace(
            base,
            event_type=denied.event_type,
            cameo_code=denied.cameo_code,
            goldstein=denied.goldstein,
            quad_class=denied.quad_class,
            polarity=denied.polarity,
            modality="denied",
            themes=denied.themes,
            inferred_partner=True,
        )
    disputed = replace(
        accusation(ctx, denier, replace(base, actor1=from_context(denied.actor1))),
        event_date=base.event_date,
        date_precision=base.date_precision,
        date_text=base.date_text,
    )
    return replace(disputed, polarity="tension", inferred_partner=True)
