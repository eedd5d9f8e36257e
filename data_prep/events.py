"""Events: who did what to whom in one sentence, in the spirit of PETRARCH's verb dictionaries.

A sentence yields an event when a cue from ``event_cues.csv`` links actors of two different
sides (``frames``). Each event is read in its context — modality, negation, offers, a
relationship described by a speaker — and dated (``event_dates``). A sentence that names
only one side continues the story of the sentences before it (``continuation``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from data_prep import event_rules
from data_prep.continuation import continued_events
from data_prep.english import charge_answered_by, clause_bounds, is_question, main_clause
from data_prep.event_context import EventContext, as_reading, quad_class
from data_prep.event_dates import date_for, on_each_date
from data_prep.frames import (
    adjective_modifies,
    authors_complained_of,
    coordinated_subjects,
    group_members,
    listed_agents,
    listed_targets,
    mediated_sides,
    pair_for,
)
from data_prep.model import CueHit, Event, Mention, StoryMemory
from data_prep.visits import (
    from_the_guest,
    implied_visits,
    signing_meetings,
    to_the_host_country,
)
from data_prep.weapon_use import weapon_uses

MODALITY_ORDER = ("denied", "hypothetical", "planned")
# "ready to assist", "offered earlier this month to mediate": an offer before the act; a
# few words of time may stand between the offer and its "to".
_OFFER = re.compile(
    r"\b(?:ready|willing|prepared|offered|offers|offering|offer)\s+(?:[\w-]+\s+){0,3}?to\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# A cue that is itself the offer ("offered to mediate").
_OFFER_IN_CUE = re.compile(r"(?:offered|offers|offering|offer)\s+to\b", re.IGNORECASE)
# "are now negotiating", "had been negotiating for years", "is holding talks", "in constant
# contact": talks under way, not a meeting held.
_PROGRESSIVE = re.compile(
    r"\b(?:is|are|was|were|been)\s+(?:(?:now|still|currently|also|already|\w+ly)\s+)?$",
    re.IGNORECASE,
)
_IN_TALKS = re.compile(r"\bin\s+(?:constant\s+|close\s+|regular\s+)?$", re.IGNORECASE)
_ING = re.compile(r"\w+ing\b", re.IGNORECASE)
_TALKS = re.compile(r"negotiat|talks|contact|consult|discuss", re.IGNORECASE)
_ASKED_FOR = re.compile(
    r"\b(?:propos\w*|accept|return to|calls? for|called for|calling for)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_WHY = re.compile(r"\bwhy\b", re.IGNORECASE)
# Types whose own cue already states what is denied or planned ("denied", "invited").
_MODALITY_OF_THEIR_OWN = ("denial", "invitation")
# CAMEO 030: cues naming the relationship itself (ties, closer, a deal), not an act within it.
_THE_RELATIONSHIP = "030"
_APPEAL = "02"


def extract_events(ctx: EventContext, story: StoryMemory) -> list[Event]:
    """Events in one sentence; ``story`` holds the article's recent events and is read, not
    changed: the caller adds this sentence's events to it. A question ("Why hasn't Russia
    sent weapons?", an interviewer's or an explainer's heading) reports nothing."""
    if not ctx.cue_hits or is_question(ctx.sentence):
        return []
    if len({m.side for m in ctx.actors}) >= 2:
        events = to_the_host_country(
            ctx, from_the_guest(ctx, event_rules.speakers_accuse(ctx, linked_events(ctx)))
        )
        added = (
            event_rules.accusations(ctx, events)
            + event_rules.accused_acts(ctx, events)
            + event_rules.refusals(ctx, events)
            + event_rules.purchases_after_the_goods(ctx, events)
        )
        return events + added + signing_meetings(ctx, events) + implied_visits(ctx, events)
    return continued_events(ctx, story, build_event)


def weapons_used_against(ctx: EventContext, events: list[Event]) -> list[Event]:
    """Weapons aimed at a party (``weapon_use``): an attack by their user on it, unless the
    sentence already tells that attack. Their transfer goes to the user ("Russia used
    Iranian drones against Ukraine": Iran to Russia), and the user supplied nothing itself."""
    uses = {use.hit: use for use in weapon_uses(ctx)}
    attacks = {(e.actor1.side, e.actor2.side) for e in events if e.event_type == "military_action"}
    kept = []
    for event in events:
        use = uses.get(event.cue)
        if use is None or event.actor2.side != use.target.side:
            kept.append(event)
        elif event.actor1.side != use.user.side:
            kept.append(replace(event, actor2=use.user))
    for use in uses.values():
        if (use.user.side, use.target.side) not in attacks:
            attacks.add((use.user.side, use.target.side))
            attack = build_event(ctx, use.hit, use.user, use.target)
            kept.append(as_reading(ctx, attack, "weapons_used", polarity="tension"))
    return kept


def linked_events(ctx: EventContext) -> list[Event]:
    """One event per act and pair: the best-scoring reading of each act in each main clause."""
    best: dict[tuple, tuple[tuple, Event]] = {}
    for hit in ctx.cue_hits:
        # A bare cause ("impatient with Moscow over the delayed jets") is no reading of its
        # own, so it must not outscore the act it is the cause of.
        if event_rules.names_no_act(ctx, hit) or event_rules.is_bare_cause(ctx, hit):
            continue
        pair = pair_for(ctx, hit)
        if pair is None:
            continue
        pairs = [
            pair,
            *listed_targets(ctx, hit, pair),
            *coordinated_subjects(ctx, hit, pair),
            *listed_agents(ctx, hit, pair),
            *authors_complained_of(ctx, hit, pair),
            *mediated_sides(ctx, hit, pair),
        ]
        pairs += [member for p in pairs for member in group_members(ctx, hit, p)]
        for actor1, actor2 in pairs:
            event = build_event(ctx, hit, actor1, actor2)
            # Acts of one kind between the same sides in separate main clauses are separate
            # acts ("supplied missiles ... and had already transferred drones").
            key = (event.sides, event.event_type, main_clause(ctx.sentence, hit.start))
            score = _score(hit, actor1, actor2)
            if key not in best or score > best[key][0]:
                best[key] = (score, event)
    events = weapons_used_against(ctx, [event for _, event in best.values()])
    events = event_rules.requested_goods(ctx, event_rules.withheld_transfers(ctx, events))
    events = event_rules.drop_refusing_verbs(ctx, events)
    events = event_rules.drop_complaint_topics(ctx, events)
    events = event_rules.drop_unnamed_goods(ctx, events)
    events = event_rules.drop_cameo_echoes(ctx, events)
    events = event_rules.drop_bare_causes(ctx, events)
    events = event_rules.drop_denials_of_own_acts(events)
    events = event_rules.one_pair_per_act(ctx, events)
    events = [again for event in events for again in on_each_date(ctx, event)]
    return sorted(events, key=lambda e: (e.cue.start, e.actor1.start, e.event_date))


def _score(hit: CueHit, actor1: Mention, actor2: Mention) -> tuple:
    """Which reading of an act to keep: higher cue priority, the cue between its actors, an
    action over a state, a longer cue, actors nearer the cue."""
    low, high = sorted((actor1.start, actor2.start))
    distance = min(abs(hit.start - actor1.end), abs(hit.start - actor2.start))
    return (
        hit.cue.entry.priority,
        low <= hit.start <= high,
        hit.cue.entry.timing == "action",
        hit.end - hit.start > 4,
        -distance,
    )


def build_event(ctx: EventContext, hit: CueHit, actor1: Mention, actor2: Mention) -> Event:
    entry = hit.cue.entry
    modality = _modality(ctx, hit)
    if _negated_cooperation(ctx, hit, modality) and not _withheld(ctx, hit):
        # "have not yet agreed on a price", "contains no mutual defence clause": the act is
        # denied, not turned into a complaint.
        modality = "denied"
    sides = frozenset({actor1.side, actor2.side})
    event_type, cameo_code, timing = _reading(ctx, hit, modality, sides)
    polarity = "tension" if _negated_cooperation(ctx, hit, modality) else entry.polarity
    # An appeal ("called on", "urged", CAMEO 02) is said, like a statement, when reported.
    spoken = (
        ctx.lexicons.event_types[event_type].family == "statement"
        or cameo_code.startswith(_APPEAL)
    )
    event_date, precision, date_text = date_for(
        ctx, hit, modality, timing, adjective_modifies(ctx.sentence, actor1, hit), spoken
    )
    themes = tuple(t for t in dict.fromkeys([*entry.themes, *ctx.themes]) if t)
    return Event(
        actor1,
        actor2,
        hit,
        event_type,
        cameo_code,
        ctx.lexicons.goldstein(cameo_code),
        quad_class(cameo_code),
        polarity,
        modality,
        event_date,
        precision,
        date_text,
        themes,
    )


def _negated_cooperation(ctx: EventContext, hit: CueHit, modality: str) -> bool:
    return (
        hit.cue.entry.polarity == "cooperation"
        and modality != "denied"
        and event_rules.negated(ctx, hit)
    )


def _withheld(ctx: EventContext, hit: CueHit) -> bool:
    """ "has never been a reliable partner", "asked why ... had not delivered": a partner
    described as none, or a missing act questioned, is a complaint, not a denied act. A refusal
    ("would not sign a contract") is the act denied, as the golds code refusals."""
    if hit.cue.entry.needs_actor_before:
        # A described party ("a reliable partner") denied: criticism. A statement act denied
        # ("has never publicly endorsed") is that statement, denied.
        return True
    # "asked why Russia had not delivered the jets" complains of the missing delivery.
    return ctx.sentence.search(_WHY, None, hit.start) is not None


def _talks_under_way(ctx: EventContext, hit: CueHit) -> bool:
    """ "are now negotiating the terms", "is holding talks": talks going on, which no summit or
    visit is ("is hosting a summit" still holds one)."""
    return (
        hit.cue.entry.event_type == "meeting"
        and ctx.sentence.search(_TALKS, hit.start, hit.end) is not None
        and (
            ctx.sentence.search(_IN_TALKS, None, hit.start) is not None
            or (
                ctx.sentence.search(_PROGRESSIVE, None, hit.start) is not None
                and ctx.sentence.match(_ING, hit.start) is not None
            )
        )
    )


def _talks_proposed(ctx: EventContext, hit: CueHit) -> bool:
    """ "proposing nuclear negotiations", "called on Iran to accept direct negotiations",
    "return to the negotiating table": talks asked for, not held."""
    return (
        hit.cue.entry.event_type == "meeting"
        and ctx.sentence.search(_TALKS, hit.start, hit.end) is not None
        and ctx.sentence.search(_ASKED_FOR, None, hit.start) is not None
    )


def _reading(
    ctx: EventContext, hit: CueHit, modality: str, sides: frozenset[str]
) -> tuple[str, str, str]:
    """(event type, CAMEO code, timing) of the act in context: support denied is criticism,
    an offer an intent, talks under way or asked for no meeting held, close ties a party
    describes a statement of support."""
    entry = hit.cue.entry
    readings = ctx.lexicons.readings
    clause_start, _ = clause_bounds(ctx.sentence, hit.start)
    reading = None
    if _negated_cooperation(ctx, hit, modality):
        reading = readings["negated_cooperation"]
    elif entry.polarity == "cooperation" and (
        ctx.sentence.search(_OFFER, clause_start, hit.start)
        or ctx.sentence.match(_OFFER_IN_CUE, hit.start)
    ):
        reading = readings["offer"]
    elif _talks_under_way(ctx, hit):
        reading = readings["talks_under_way"]
    elif _talks_proposed(ctx, hit):
        reading = readings["proposed_talks"]
    event_type = reading.event_type if reading else entry.event_type
    cameo_code = reading.cameo_code if reading else entry.cameo_code
    # An offer is said at one time, whatever the state it offers ("ready to develop ties").
    timing = "action" if reading is readings["offer"] else entry.timing
    family = ctx.lexicons.event_types[event_type].family
    if (
        family == "state"
        and entry.cameo_code == _THE_RELATIONSHIP
        and entry.polarity == "cooperation"
        and _described_by_its_party(ctx, hit, sides)
    ):
        # Praising the ties is a statement of support; a party naming a rift or a rivalry
        # ("the dispute will not derail ties", officials said) still reports a state, and an
        # act of its own ("called on", "shared the view", drills) stays that act.
        described = readings["described_cooperation"]
        return described.event_type, described.cameo_code, "action"
    return event_type, cameo_code, timing


def _described_by_its_party(ctx: EventContext, hit: CueHit, sides: frozenset[str]) -> bool:
    """ "Putin hailed the very close relationship with Iran", "'... these ties,' he said": a
    party speaking of the relationship states a position. A relationship a third party
    reports ("some in Tehran complain that Russia treats Iran as a competitor", "analysts
    say ties have cooled") stays a state."""
    if ctx.inside_quote(hit.start):
        outside = [m for m in ctx.actors if not ctx.inside_quote(m.start)]
        # A quotation continued from the sentence before keeps its speaker there.
        return not outside or any(m.side in sides for m in outside)
    if not ctx.reporting_bounds:
        return False
    return any(m.side in sides for m in _reporters(ctx, hit))


def _reporters(ctx: EventContext, hit: CueHit) -> list[Mention]:
    """The actors reporting what the cue is part of: before the content or after it."""
    content_start = max((b for b in ctx.reporting_bounds if b <= hit.start), default=None)
    trailing = [b for b in ctx.attribution.trailing_starts if b > hit.start]
    return [
        m
        for m in ctx.actors
        if (content_start is not None and m.end <= content_start)
        or (trailing and m.start >= trailing[0])
    ]


def _modality(ctx: EventContext, hit: CueHit) -> str:
    clause_start, clause_end = clause_bounds(ctx.sentence, hit.start)
    found = set()
    for m in ctx.modality_hits:
        if m.cue.entry.reach == "after" and m.start > hit.start:
            continue
        if hit.cue.entry.event_type == "accusation" and charge_answered_by(
            ctx.sentence, m.start, ctx.lexicons.words["speech_nouns"]
        ):
            continue
        if m.cue.entry.scope == "sentence" or (clause_start <= m.start and m.end <= clause_end):
            found.add(m.cue.entry.modality)
    found -= {m.cue.entry.modality for m in ctx.modality_hits if m.start in ctx.modal_lookalikes}
    if hit.cue.entry.event_type in _MODALITY_OF_THEIR_OWN:
        found -= {"denied", "planned"}
    return next((m for m in MODALITY_ORDER if m in found), "reported")
