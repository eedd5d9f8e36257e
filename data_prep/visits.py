"""Visits and meetings a sentence implies: talks or a signing held in one party's country.

"Putin held talks with Raisi in the Kremlin", "Putin and Pezeshkian signed the treaty in
Moscow": the party from elsewhere came to the host's country, as the seed gold codes such
sentences ("talks in the Kremlin imply a visit to Moscow"). The visit is the guest's, to the
host country, dated and qualified as the talks are. A third country's government receiving
the parties ("signed a declaration at the White House") is a visit by each; a signing in one
party's country is also a meeting of the signatories; the guests of a summit a host holds
meet each other.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from data_prep.english import clause_bounds
from data_prep.event_context import EventContext, as_reading
from data_prep.lexicons import Lexicons
from data_prep.model import Event, Mention

# Interactions that bring their parties together in one place: a call does not.
_GATHERINGS = ("meeting", "agreement")
_HOSTING = "043"
_IN_A_PLACE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
# "agreed to finance the railway in Iran": past an infinitive (in the cue, "agreed ... to",
# or after it) or a new clause, a place is where that act happens, not where they met.
_ANOTHER_ACT = re.compile(r"\b(?:to\s+[a-z]+|that|which|who|where)\b")


def from_the_guest(ctx: EventContext, events: list[Event]) -> list[Event]:
    """ "Putin hosted Araghchi in the Kremlin": host and guest meet, and the guest visits the
    host's country (CAMEO 043 names the host first)."""
    told: list[Event] = []
    for event in events:
        if event.event_type == "visit" and event.cue.cue.entry.cameo_code == _HOSTING:
            told += _hosting(ctx, event)
        else:
            told.append(event)
    return told + _guests_at_a_summit(ctx, events)


def to_the_host_country(ctx: EventContext, events: list[Event]) -> list[Event]:
    """ "flew to Moscow for talks with Lavrov": a visit is made to a country (CAMEO 042
    codes the host state, as the golds do), so a host named by one of its people or bodies
    stands for its state; two such readings of one visit are one."""
    read: list[Event] = []
    for event in events:
        if not _a_guest_s_visit(event):
            read.append(event)
            continue
        visit = _to_its_state(ctx, event)
        if not any(visit.cue == e.cue and visit.sides == e.sides for e in read):
            read.append(visit)
    return read


def _a_guest_s_visit(event: Event) -> bool:
    return event.event_type == "visit" and event.cue.cue.entry.cameo_code != _HOSTING


def _to_its_state(ctx: EventContext, visit: Event) -> Event:
    host, guest = visit.actor2, visit.actor1
    state = ctx.lexicons.state_of.get(host.country)
    if state is None or host.type == "state" or host.country == guest.country:
        return visit
    return replace(
        visit, actor2=replace(host, actor_id=state.actor_id, name=state.name, type=state.type)
    )


def _guests_at_a_summit(ctx: EventContext, events: list[Event]) -> list[Event]:
    """ "Raisi hosted Putin and Erdogan for a trilateral summit": the guests of a summit the
    host holds meet each other too; guests received one by one ("hosted Lukashenko and
    Erdogan in Tehran") need not have met."""
    hosted = [
        e for e in events if e.event_type == "visit" and e.cue.cue.entry.cameo_code == _HOSTING
    ]
    met: list[Event] = []
    for i, first in enumerate(hosted):
        for second in hosted[i + 1 :]:
            if (
                first.cue == second.cue
                and first.actor2.side != second.actor2.side
                and _summit_after(ctx, first.cue)
            ):
                met.append(
                    as_reading(
                        ctx, first, "hosted_meeting", actor1=first.actor2, actor2=second.actor2
                    )
                )
    return met


def _summit_after(ctx: EventContext, cue) -> bool:
    """Whether the hosting clause goes on to name a meeting ("for a trilateral summit")."""
    _, clause_end = clause_bounds(ctx.sentence, cue.start)
    return any(
        cue.end <= h.start < clause_end and h.cue.entry.event_type == "meeting"
        for h in ctx.cue_hits
    )


def _hosting(ctx: EventContext, event: Event) -> list[Event]:
    host, guest = event.actor1, event.actor2
    home = _state_at(ctx, host.country, host.start, host.end, host.text) if host.country else None
    meeting = as_reading(ctx, event, "hosted_meeting")
    return [meeting, _visit(ctx, event, guest=guest, place=home or host)]


def implied_visits(ctx: EventContext, events: list[Event]) -> list[Event]:
    """One visit for each guest of talks or a signing held in the other party's country, or
    received by a third country's government, unless the sentence already tells of that
    visit."""
    visits: list[Event] = []
    told = {(e.actor1.side, e.actor2.side) for e in events if e.event_type == "visit"}
    for event in events:
        if event.event_type not in _GATHERINGS or event.modality == "denied":
            continue
        place, received = _place_of(ctx, event)
        if place is None:
            continue
        for guest in _guests(event, place.country, received):
            if (guest.side, place.side) not in told:
                told.add((guest.side, place.side))
                visits.append(_visit(ctx, event, guest, place))
    return visits


def signing_meetings(ctx: EventContext, events: list[Event]) -> list[Event]:
    """ "Putin and Pezeshkian signed the treaty in the Kremlin": a signing held in one party's
    country brings the two together, a meeting as well as an agreement and a visit, as the
    golds code a joint signing; unless the sentence already tells of their meeting."""
    met = {e.sides for e in events if e.event_type == "meeting"}
    meetings: list[Event] = []
    for event in events:
        if event.event_type != "agreement" or event.modality == "denied" or event.sides in met:
            continue
        place, _ = _place_of(ctx, event)
        if place is None or not _guests(event, place.country, received=False):
            continue
        met.add(event.sides)
        meetings.append(as_reading(ctx, event, "signing_meeting"))
    return meetings


def _guests(event: Event, host_country: str, received: bool) -> list[Mention]:
    """The parties that came to the host country: the other party; both when a third
    country's government received them ("signed a declaration at the White House"), not
    when its city was only the venue ("met in Muscat")."""
    parties = (event.actor1, event.actor2)
    if not received and host_country not in (p.country for p in parties):
        return []
    return [p for p in parties if p.country and p.country != host_country]


def _visit(ctx: EventContext, event: Event, guest: Mention, place: Mention) -> Event:
    return as_reading(ctx, event, "implied_visit", actor1=guest, actor2=place)


def _place_of(ctx: EventContext, event: Event) -> tuple[Mention | None, bool]:
    """The country the talks were held in ("in the Kremlin", "in Moscow"), named after the
    act in its clause, as a mention of its state at the words that name the place; and
    whether that is a seat of its government ("the Kremlin", "the White House"), which
    received the parties."""
    _, clause_end = clause_bounds(ctx.sentence, event.cue.start)
    if ctx.binds_an_act(event.cue):
        return None, False
    another_act = ctx.sentence.search(_ANOTHER_ACT, event.cue.end, clause_end)
    if another_act is not None:
        clause_end = another_act.start()
    seat = next(
        (
            m
            for m in ctx.actors
            if event.cue.end <= m.start < clause_end
            and m.type in ("government_body", "state")
            and ctx.sentence.search(_IN_A_PLACE, event.cue.end, m.start)
        ),
        None,
    )
    if seat is not None:
        place = _state_at(ctx, seat.country, seat.start, seat.end, seat.text)
        return place, seat.type == "government_body"
    named = ctx.sentence.search(_places(ctx.lexicons), event.cue.end, clause_end)
    if named is None:
        return None, False
    country = ctx.lexicons.place_country[named.group("place")]
    place = _state_at(ctx, country, named.start("place"), named.end("place"), named.group("place"))
    return place, False


def _state_at(ctx: EventContext, country: str, start: int, end: int, text: str) -> Mention | None:
    state = ctx.lexicons.state_of.get(country)
    if state is None:
        return None
    return Mention(start, end, text, state.actor_id, state.name, country, state.type, "name")


# Keyed on the lexicons, which hash by identity: a tuple of countries hashes every field of
# every country at each call.
@cache
def _places(lexicons: Lexicons) -> re.Pattern[str]:
    forms = sorted(lexicons.place_country, key=len, reverse=True)
    return re.compile(
        r"\b(?:in|at)\s+(?P<place>" + "|".join(re.escape(form) for form in forms) + r")\b"
    )
