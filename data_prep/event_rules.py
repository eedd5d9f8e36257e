"""Readings of a sentence's candidate events that keep, drop or add events as a whole.

Each rule takes the sentence's events and returns them with one kind of reading applied:
negation, weapons in use, complaint topics, denials, one pair per act, accusations.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from data_prep.attribution import date_of_report
from data_prep.english import (
    after_a_form_of_be,
    cause_before,
    clause_bounds,
    main_clause,
    negated_before,
    opening_adverbial,
    phrase_alternation,
    topic_before,
)
from data_prep.event_context import WITHHELD, EventContext, as_reading
from data_prep.model import CueHit, Event, Mention

# The act a transfer is for: "... for its war", "for use in its campaign".
_FOR_ITS = re.compile(r"\bfor\s+(?:use\s+(?:in|by)\s+)?\Z")

_IN_USE = re.compile(
    r"\b(?:used|uses|using|use|deployed|deploys|deploying|fired|fires|firing|launched|launches"
    r"|launching|tested|tests|testing|test-fired|test-fires|unveiled|unveils|unveiling"
    r"|showcased|displayed|paraded)\s+(?:[\w’'-]+\s+){0,3}$",
    re.IGNORECASE,
)

_RECEIV = re.compile(r"receiv", re.IGNORECASE)
# "accused Moscow of (deliberately) deceiving", "of trying to", "of being".
_OF_DOING = re.compile(r"\s+of\s+(?:\w+ly\s+)?(?P<act>[a-z]+ing)\b")
_SETTING = re.compile(r"\s(?:during|when|while|before|after|since|amid|as)\b")
_TO_THE_OUTLET = re.compile(r"\s+(?:to\s+|with\s+)?(?:the\s+)?", re.IGNORECASE)
_GERUND = re.compile(r"\s+(?:being\s+)?[a-z]+ing\b")
_BY_HOST = re.compile(r"\s+by\s+(?:[\w’'.-]+\s+){0,3}?")
# Between a receiving verb and the guest: "received (Iran's top diplomat) Araghchi", not
# "received a letter from Khamenei".
_GUEST_GAP = re.compile(r"\s+(?:(?!(?:a|an|from|with|by|of)\b)[\w’'.-]+\s+){0,4}?")
# Between goods and their arrival: "Su-35s would finally arrive in", "Yak-130 trainers
# arrived in" (the kind of goods after their model name).
_GOODS_TO_ARRIVAL = re.compile(
    r"\s+(?:(?!(?:as|when|while|after|before|and|or|but|then)\b)[a-z][\w-]*\s+){0,2}?"
    r"(?:(?:would|will|could|should|may|might|have|has|had|to|be|finally|eventually|not"
    r"|never|yet|already|soon|first)\s+){0,3}"
)
# Between weapons and the attack they carry out: "drones struck", "jets have repeatedly hit".
_WEAPON_TO_ATTACK = re.compile(r"\s+(?:(?:have|has|had|also|reportedly|repeatedly|again)\s+){0,2}")


_NEVER_MADE = re.compile(r"\b(?:never|yet|fail\w*)\b", re.IGNORECASE)
# Between an obstruction and the goods it holds up: "delayed deliveries of", "the".
_OBJECT_WORDS = re.compile(r"\s+(?:[\w-]+\s+){0,3}")

_TO = re.compile(r"\s+to\b", re.IGNORECASE)
# "Su-35 fighter jets (that) Tehran": the rest of the goods' name, then their buyer.
_GOODS_TO_BUYER = re.compile(r"(?:\s+[\w-]+){0,3}?(?:\s+(?:that|which))?\s+")
# "Tehran ordered", "Iran says it has paid for": the buyer's purchase of them.
_BUYER_BOUGHT = re.compile(
    r"\s+(?:(?:says|said|say)\s+(?:it|they)\s+)?(?:has\s+|had\s+|have\s+)?"
    r"(?:ordered|paid\s+for|bought|purchased)\b",
    re.IGNORECASE,
)
_COMPLAINING = re.compile(r"(?:complain|critici[sz]|lament|grumbl|protest)", re.IGNORECASE)
# A refusal or a condition before the act it withholds.
_REFUSAL = re.compile(
    r"\b(?:refus\w*|declin\w*\s+to|would not|will not|won['’]t|wouldn['’]t|unwilling"
    r"|not willing)\b",
    re.IGNORECASE,
)

_SANCTIONED = re.compile(r"sanctioned", re.IGNORECASE)
# A determiner or possessor right before the participle; an adverb could as well stand before
# the verb ("has already sanctioned").
_DESCRIBES_A_NOUN = re.compile(
    r"(?:\b(?:the|a|an|two|three|both|its|their|his|her|other)|['’]s)"
    r"(?:\s+(?:already|heavily|most|newly|recently))?\s+$",
    re.IGNORECASE,
)
_NOUN_AFTER = re.compile(r"\s+[a-z][\w-]*")

# Between an act and whom it was done to: "the strikes on Iran", "deliveries to Russia".
_OBJECT_AFTER = re.compile(r"\s+(?:on|to|against|at|for|with|between)\s+(?:the\s+)?")
# Between two nouns of one compound: "arms embargo", "oil-export sanctions".
# "asked Russia to begin deliveries", "asked Moscow for help", "asked that": what a request
# asks for. Without it "asked" is a question ("when asked about", "asked in June why") or a
# source's wish ("asked not to be named"), no appeal.
_ASK = re.compile(r"ask", re.IGNORECASE)
# "did not respond to a request for comment": the reporter's request, no appeal by anyone.
_FOR_COMMENT = re.compile(r"\s+for\s+(?:comment|an interview|clarification)\b", re.IGNORECASE)
_APPEAL = "02"
_WHAT_IS_ASKED = re.compile(r"\s+(?:[\w’'-]+\s+){0,5}?(?:to\s+(?!be\b)[a-z]|for\b|that\b)")
_MODIFIER_GAP = re.compile(r"[\s-]+(?:[\w]+[\s-]+)?")


def negated(ctx: EventContext, hit: CueHit) -> bool:
    """A negation governs the first cue after it in its clause ("did not condemn the Iranian
    missile launches" negates the condemnation, not the missiles). A refusing verb is a
    negation itself ("refused to sell"), and a cooperative verb and the goods it takes are one
    act ("did not sell the S-400"): neither stands between a negation and the act it governs."""
    before = [h for h in ctx.cue_hits if h.end <= hit.start]
    clause_start, _ = clause_bounds(ctx.sentence, hit.start)
    start = max([clause_start, *(h.end for h in before if not refuses_an_act(ctx, h))])
    if negated_before(ctx.sentence, start, hit.start, ctx.lexicons.words["negation"]):
        return True
    return bool(before) and _takes(ctx, before[-1], hit) and negated(ctx, before[-1])


def _takes(ctx: EventContext, verb: CueHit, goods: CueHit) -> bool:
    """Whether a cooperative cue takes the cooperative cue a few words after it as its object
    ("sell the S-400", "supplied Su-35 jets")."""
    return (
        verb.cue.entry.polarity == "cooperation" == goods.cue.entry.polarity
        and ctx.sentence.fullmatch(_OBJECT_WORDS, verb.end, goods.start) is not None
    )


def refuses_an_act(ctx: EventContext, hit: CueHit) -> bool:
    """ "refused to", "declined to": a cue that negates the act it takes, as the negation
    word list has it."""
    to = ctx.sentence.match(_TO, hit.end)
    return to is not None and negated_before(
        ctx.sentence, hit.start, to.end(), ctx.lexicons.words["negation"]
    )


def drop_refusing_verbs(ctx: EventContext, events: list[Event]) -> list[Event]:
    """ "Russia refused to sell the S-400 to Iran": the refusal is the sale denied (with the
    stance ``refusals`` adds), not a rejection of its own beside it."""

    def refuses(event: Event) -> bool:
        hit = event.cue
        if not refuses_an_act(ctx, hit):
            return False
        _, clause_end = clause_bounds(ctx.sentence, hit.start)
        return any(e.modality == "denied" and hit.end <= e.cue.start < clause_end for e in events)

    return [event for event in events if not refuses(event)]


def names_no_act(ctx: EventContext, hit: CueHit) -> bool:
    """ "We will never abandon our friends", "Moscow did not condemn the strikes": a denied
    hostility is no hostile act, and not a friendly one either. "Russia has used the drones
    in strikes": using weapons is no transfer. "An arms embargo", "oil sanctions": the goods
    name what is banned, not a transfer. "Signed a deal": the deal is what was signed. "Who
    asked not to be named" asks for nothing."""
    return (
        (hit.cue.entry.polarity == "tension" and negated(ctx, hit))
        or names_nothing_told(ctx, hit)
        or ctx.agreeing_verb(hit) is not None
    )


def names_nothing_told(ctx: EventContext, hit: CueHit) -> bool:
    """Weapons in use, goods under sanction, an epithet, "sanctioned" before a noun, a request
    for comment, goods that arrive, a receiving verb with no guest: the cue names a thing, a
    party or a reporter's question, whatever the sentence says of it."""
    return (
        _weapon_in_use(ctx, hit)
        or _goods_under_sanction(ctx, hit)
        or ctx.is_epithet(hit)
        or _attributive_sanctioned(ctx, hit)
        or _no_request(ctx, hit)
        or _goods_arriving(ctx, hit)
        or _received_no_guest(ctx, hit)
        or _wary_of_its_own_act(ctx, hit)
        or _spoke_to_the_press(ctx, hit)
    )


def _spoke_to_the_press(ctx: EventContext, hit: CueHit) -> bool:
    """ "an official who spoke to Reuters", "speaking to the Tehran Times": talking to a
    news outlet is how a source is reported, not a call between parties."""
    if hit.cue.entry.event_type != "call":
        return False
    gap = ctx.sentence.match(_TO_THE_OUTLET, hit.end)
    after = gap.end() if gap else hit.end
    return any(start == after for start, _ in ctx.outlets)


def _wary_of_its_own_act(ctx: EventContext, hit: CueHit) -> bool:
    """ "Moscow has been wary of upsetting Israel": an attitude toward doing something is
    about the doer's own act, not a stance against whoever that act would touch."""
    return (
        hit.cue.entry.polarity == "tension"
        and ctx.sentence.slice(hit.start, hit.end).lower().endswith(" of")
        and ctx.sentence.match(_GERUND, hit.end) is not None
    )


def _received_no_guest(ctx: EventContext, hit: CueHit) -> bool:
    """ "Putin received Larijani at the Kremlin" hosts a guest; "Iran received drones" or
    "received a letter" does not: a receiving verb is a hosting only when a person follows."""
    if hit.cue.entry.event_type != "visit" or ctx.sentence.match(_RECEIV, hit.start) is None:
        return False
    return not _guest_follows(ctx, hit)


def _guest_follows(ctx: EventContext, hit: CueHit) -> bool:
    follower = next((m for m in ctx.actors if m.start >= hit.end), None)
    if follower is None or follower.type != "person":
        return False
    if after_a_form_of_be(ctx.sentence, hit.start):
        # "Araghchi was received by Putin": a person hosts; the guest is the subject.
        return ctx.sentence.fullmatch(_BY_HOST, hit.end, follower.start) is not None
    return ctx.sentence.fullmatch(_GUEST_GAP, hit.end, follower.start) is not None


def _goods_arriving(ctx: EventContext, hit: CueHit) -> bool:
    """ "the first Su-35s would arrive in Iran": goods that arrive make no visit; their
    transfer is told by the goods' own cue."""
    return hit.cue.entry.event_type == "visit" and any(
        h.end <= hit.start
        and ctx.is_type(h, "transfer")
        and ctx.sentence.fullmatch(_GOODS_TO_ARRIVAL, h.end, hit.start)
        for h in ctx.cue_hits
    )


def _no_request(ctx: EventContext, hit: CueHit) -> bool:
    """ "who asked not to be named", "when asked about the talks": "ask" with nothing asked
    for is a question or a source's wish, not an appeal (CAMEO 02); nor is a reporter's
    "request for comment"."""
    if not hit.cue.entry.cameo_code.startswith(_APPEAL):
        return False
    if ctx.sentence.match(_FOR_COMMENT, hit.end) is not None:
        return True
    return (
        ctx.sentence.match(_ASK, hit.start) is not None
        and ctx.sentence.match(_WHAT_IS_ASKED, hit.end) is None
    )


def _attributive_sanctioned(ctx: EventContext, hit: CueHit) -> bool:
    """ "the two sanctioned countries", "Iran's sanctioned oil": a participle before its noun
    describes the goods or the country; it names no act and no one who imposed it."""
    return (
        hit.cue.entry.event_type == "sanction"
        and ctx.sentence.fullmatch(_SANCTIONED, hit.start, hit.end) is not None
        and ctx.sentence.search(_DESCRIBES_A_NOUN, None, hit.start) is not None
        and ctx.sentence.match(_NOUN_AFTER, hit.end) is not None
    )


def _goods_under_sanction(ctx: EventContext, hit: CueHit) -> bool:
    if not _is_family_of(ctx, hit.cue.entry.event_type, "transfer"):
        return False
    following = next((h for h in ctx.cue_hits if h.start >= hit.end), None)
    return (
        following is not None
        and following.cue.entry.event_type == "sanction"
        and bool(ctx.sentence.fullmatch(_MODIFIER_GAP, hit.end, following.start))
    )


def _weapon_in_use(ctx: EventContext, hit: CueHit) -> bool:
    """Weapons named as striking, as a place or programme, or as used: no transfer."""
    if hit.cue.entry.event_type != "arms_transfer":
        return False
    return _weapons_striking(ctx, hit) or _weapons_holding(ctx, hit) or _weapons_used(ctx, hit)


def _weapons_striking(ctx: EventContext, hit: CueHit) -> bool:
    """ "Israeli jets struck targets in Syria": weapons that strike are in use, not handed to
    their target; even when made elsewhere ("Iranian-made drones struck Kyiv"), the sentence
    does not say who received them."""
    return any(
        h.start >= hit.end
        and h.cue.entry.event_type == "military_action"
        and ctx.sentence.fullmatch(_WEAPON_TO_ATTACK, hit.end, h.start)
        for h in ctx.cue_hits
    )


def _weapons_holding(ctx: EventContext, hit: CueHit) -> bool:
    """ "struck a weapons depot", "its missile programme": the weapons qualify a place or a
    programme, not goods handed over."""
    holding = _holding_noun(tuple(ctx.lexicons.words["weapon_holding_nouns"]))
    return ctx.sentence.match(holding, hit.end) is not None


def _weapons_used(ctx: EventContext, hit: CueHit) -> bool:
    """ "Russia has used the drones in strikes": only an adjective naming the weapons' origin
    ("used Iranian drones") still tells of a transfer."""
    clause_start, _ = clause_bounds(ctx.sentence, hit.start)
    use = ctx.sentence.search(_IN_USE, clause_start, hit.start)
    return use is not None and not any(
        m.kind == "adjective" and use.start() <= m.start and m.end <= hit.start for m in ctx.actors
    )


@cache
def _holding_noun(nouns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"[\s-]+(?:{'|'.join(map(re.escape, nouns))})\b", re.IGNORECASE)


def one_pair_per_act(ctx: EventContext, events: list[Event]) -> list[Event]:
    """ "Putin and Pezeshkian signed a strategic partnership treaty": the verb and its object
    name one agreement, so a second cue of the kind in the clause brings no second pair, but
    for two parties the act already joins ("signed an agreement with Iran, Belarus and
    Armenia": Iran and Belarus)."""
    kept: list[Event] = []
    opening = opening_adverbial(ctx.sentence)
    # "On the sidelines of the BRICS summit, Putin is expected to meet Pezeshkian": the main
    # clause's act is the act; a cue in the opening adverbial only says where it happened.
    in_opening = (lambda e: e.cue.end <= opening[1]) if opening else (lambda e: False)
    for event in sorted(events, key=lambda e: (in_opening(e), e.cue.start)):
        same_act = [
            k
            for k in kept
            if k.event_type == event.event_type
            and k.cue != event.cue
            and main_clause(ctx.sentence, k.cue.start) == main_clause(ctx.sentence, event.cue.start)
        ]
        parties = {side for k in same_act for side in k.sides}
        if not (_is_family(ctx, event, "interaction") and same_act) or event.sides <= parties:
            kept.append(event)
    return kept


def drop_bare_causes(ctx: EventContext, events: list[Event]) -> list[Event]:
    """ "summoned the envoy over the drone deliveries", "in retaliation for the strikes",
    "thanked Russia for its assistance": an act named only as the cause of another points
    back at one already told. It is an act of its own only when its phrase names a party
    ("over Iranian drones", "over the strikes on Iran")."""
    return [e for e in events if not is_bare_cause(ctx, e.cue)]


def is_bare_cause(ctx: EventContext, hit: CueHit) -> bool:
    cause = cause_before(ctx.sentence, hit.start)
    if cause is None and hit.cue.entry.timing == "state":
        # "sided with the UAE on the islands dispute": a state named as the act's topic.
        cause = topic_before(ctx.sentence, hit.start)
    return cause is not None and not any(
        cause <= m.start < hit.end
        or (m.start >= hit.end and ctx.sentence.fullmatch(_OBJECT_AFTER, hit.end, m.start))
        for m in ctx.actors
    )


def drop_cameo_echoes(ctx: EventContext, events: list[Event]) -> list[Event]:
    """ "Iran supplied Moscow with drones": CAMEO's verb and the project's noun cue name one
    act, so the verb adds no event between sides the project's cues already pair in the
    same main clause."""
    own = {
        (e.sides, main_clause(ctx.sentence, e.cue.start))
        for e in events
        if e.cue.cue.entry.source != "cameo"
    }
    return [
        e
        for e in events
        if e.cue.cue.entry.source != "cameo"
        or (e.sides, main_clause(ctx.sentence, e.cue.start)) not in own
    ]


def drop_denials_of_own_acts(events: list[Event]) -> list[Event]:
    """ "Russia denied reports that it is preparing to hand over jets to Iran": the denied
    handover carries the news; Russia is not at odds with Iran for denying it."""
    denied_sides = {e.sides for e in events if e.modality == "denied"}
    return [e for e in events if e.event_type != "denial" or e.sides not in denied_sides]


def drop_unnamed_goods(ctx: EventContext, events: list[Event]) -> list[Event]:
    """ "the first deliveries of Russian gas": a delivery of named goods is that kind of
    transfer, not also a transfer of unnamed goods."""

    def unnamed(event: Event) -> bool:
        return _is_family(ctx, event, "transfer") and event.cue.cue.entry.priority == 0

    named_sides = {e.sides for e in events if _is_family(ctx, e, "transfer") and not unnamed(e)}
    return [e for e in events if not (unnamed(e) and e.sides in named_sides)]


def requested_goods(ctx: EventContext, events: list[Event]) -> list[Event]:
    """ "Iran wanted Su-35 fighter jets", "Tehran expected advanced weapons from Moscow", "had
    paid for the S-300": goods their recipient seeks, asks or pays for are its request to
    the supplier, not a transfer, as the golds code requests and purchases. Where the verb is
    a request of its own ("Baku had requested financial help"), the goods add no second one."""
    read = []
    for event in events:
        if not _requested(ctx, event):
            read.append(event)
        elif not any(
            e.cue.end <= event.cue.start
            and e.event_type == "other"
            and (e.actor1.side, e.actor2.side) == (event.actor2.side, event.actor1.side)
            for e in events
        ):
            read.append(
                as_reading(ctx, event, "requested_goods", actor1=event.actor2, actor2=event.actor1)
            )
    return read


def purchases_after_the_goods(ctx: EventContext, events: list[Event]) -> list[Event]:
    """ "the Su-35 fighter jets Tehran ordered from Russia", "jets that Iran says it paid for":
    goods named with their recipient's purchase tell the purchase too, as the golds code it:
    the recipient's undated request to the supplier, beside whatever the sentence says of
    the goods. The purchases only."""
    return [
        as_reading(
            ctx,
            event,
            "requested_goods",
            actor1=event.actor2,
            actor2=event.actor1,
            modality="reported",
            event_date="",
            date_precision="unknown",
            date_text="",
        )
        for event in events
        if _is_family(ctx, event, "transfer")
        and event.polarity == "cooperation"
        and _bought_after(ctx, event)
    ]


def _bought_after(ctx: EventContext, event: Event) -> bool:
    buyer = event.actor2
    sentence = ctx.sentence
    return (
        buyer.start >= event.cue.end
        and sentence.fullmatch(_GOODS_TO_BUYER, event.cue.end, buyer.start) is not None
        and sentence.match(_BUYER_BOUGHT, buyer.end) is not None
    )


def _requested(ctx: EventContext, event: Event) -> bool:
    if not _is_family(ctx, event, "transfer") or event.polarity != "cooperation":
        return False
    sentence = ctx.sentence
    clause_start, _ = clause_bounds(sentence, event.cue.start)
    verb = sentence.search(
        _requesting_verb(ctx.lexicons.words["requesting_verbs"]), clause_start, event.cue.start
    )
    return (
        verb is not None
        and event.actor2.end <= verb.start()
        and not after_a_form_of_be(sentence, verb.start())
    )


@cache
def _requesting_verb(verbs: tuple[str, ...]) -> re.Pattern[str]:
    """A verb of seeking the goods, then at most four words before them."""
    return re.compile(
        rf"\b(?:{phrase_alternation(verbs)})\s+(?:[\w’'-]+\s+){{0,4}}$", re.IGNORECASE
    )


def withheld_transfers(ctx: EventContext, events: list[Event]) -> list[Event]:
    """ "Russia has delayed deliveries of Su-35 fighters", "had never delivered the Su-35
    fighters": the transfer an obstruction names is told too, as the golds code it: delayed,
    a transfer in tension; never made, a transfer denied. Both read CAMEO 162 (reduce or stop
    material aid), which keeps them from being only the complaint's topic. The obstruction
    between the same sides is then that transfer, not an act of its own."""
    read = []
    told: set[tuple] = set()
    for event in events:
        obstruction = _obstruction_before(ctx, event)
        if obstruction is None:
            read.append(event)
            continue
        told.add((obstruction.start, event.actor1.side, event.actor2.side))
        if ctx.sentence.search(_NEVER_MADE, obstruction.start, obstruction.end):
            read.append(replace(event, modality="denied", cameo_code=WITHHELD))
        else:
            read.append(replace(event, polarity="tension", cameo_code=WITHHELD))
    return [e for e in read if (e.cue.start, e.actor1.side, e.actor2.side) not in told]


def _obstruction_before(ctx: EventContext, event: Event) -> CueHit | None:
    if not _is_family(ctx, event, "transfer") or event.polarity != "cooperation":
        return None
    clause_start, _ = clause_bounds(ctx.sentence, event.cue.start)
    return next(
        (
            h
            for h in ctx.cue_hits
            if ctx.withholds(h)
            and clause_start <= h.start
            and ctx.sentence.fullmatch(_OBJECT_WORDS, h.end, event.cue.start)
        ),
        None,
    )


def drop_complaint_topics(ctx: EventContext, events: list[Event]) -> list[Event]:
    """ "Iran criticised Russia for delays in delivering fighter jets", "a rift between
    Russia and Iran over the corridor": the jets and the corridor are the topic of the
    complaint or the rift, not a cooperation event between the same two sides."""
    complaints = [
        e
        for e in events
        if e.polarity == "tension"
        and (ctx.is_complaint(e.event_type) or _is_family(ctx, e, "state") or ctx.withholds(e.cue))
    ]

    def is_topic(event: Event) -> bool:
        if event.cue.cue.entry.polarity != "cooperation" or event.cameo_code == WITHHELD:
            return False
        if event.polarity == "tension" or (event.modality == "denied" and negated(ctx, event.cue)):
            # "criticised Moscow for failing to provide help": the help that did not come is
            # what the complaint is about, whoever the sentence names near it.
            return any(c is not event and c.cue.start < event.cue.start for c in complaints)
        return any(c.sides == event.sides and c.cue.start < event.cue.start for c in complaints)

    return [e for e in events if not is_topic(e)]


def refusals(ctx: EventContext, events: list[Event]) -> list[Event]:
    """ "would not sell oil to countries that apply the cap", "refusing to cut prices": the
    refused act is denied, and the refusal is a stance against the partner of its own
    (CAMEO 13), as the golds code refusals, conditions and negotiating positions."""
    return [
        as_reading(ctx, event, "refusal", polarity="tension", modality="reported")
        for event in events
        if event.modality == "denied"
        and event.polarity == "cooperation"
        and _refused(ctx, event.cue)
    ]


def _refused(ctx: EventContext, hit: CueHit) -> bool:
    clause_start, _ = clause_bounds(ctx.sentence, hit.start)
    return ctx.sentence.search(_REFUSAL, clause_start, hit.start) is not None


def _complains(ctx: EventContext, event: Event) -> bool:
    return ctx.is_complaint(event.event_type) or ctx.withholds(event.cue)


def accusations(ctx: EventContext, events: list[Event]) -> list[Event]:
    """ "Kyiv says Russia struck ...", "Iran is supplying Russia with drones, Kirby said":
    reporting someone's hostile act, or an arms transfer one is no party to, accuses its
    author, unless the speaker's complaint of the author's delay is told already ("Iranian
    politicians complained that Russia has delayed ...")."""
    found: list[Event] = []
    # A hostile act reported is the accusation; a transfer only when no hostile act is.
    for event in sorted(events, key=lambda e: e.polarity != "tension"):
        if not _accusable(ctx, event):
            continue
        delay = event.cameo_code == WITHHELD or ctx.withholds(event.cue)
        for speaker in _reporters_of(ctx, event):
            if not any(
                e.actor1.side == speaker.side
                and (
                    e.event_type == "accusation"
                    or (
                        _complains(ctx, e)
                        and e.actor2.side == event.actor1.side
                        and (delay or _complaint_verb(ctx, e.cue))
                    )
                )
                for e in found + events
            ):
                found.append(accusation(ctx, speaker, event))
    return found


def accused_acts(ctx: EventContext, events: list[Event]) -> list[Event]:
    """ "Iran's general accused Russia of deceiving Tehran", "accused Moscow of leaving Tehran
    to fight alone": the act an accusation names, when no cue of its own tells it, is the
    accused party's hostile act (CAMEO 110), as the golds code it: against the party the act
    names, else against the accuser."""
    found = []
    for event in events:
        act = _accused_act(ctx, event)
        if act is None:
            continue
        start, end = act
        if any(start <= e.cue.start < end for e in events):
            continue
        accused = event.actor2
        named = next(
            (m for m in ctx.actors if start <= m.start < end and m.side != accused.side), None
        )
        found.append(
            as_reading(
                ctx,
                event,
                "accused_act",
                actor1=accused,
                actor2=named or event.actor1,
                polarity="tension",
            )
        )
    return found


def _accused_act(ctx: EventContext, event: Event) -> tuple[int, int] | None:
    """Where the act of "accused X of doing ..." runs: from the verb to the clause's end."""
    if event.event_type != "accusation" or event.actor2.start < event.cue.end:
        return None
    sentence = ctx.sentence
    if sentence.fullmatch(_OBJECT_WORDS, event.cue.end, event.actor2.start) is None and (
        event.cue.end != event.actor2.start
    ):
        return None
    act = sentence.match(_OF_DOING, event.actor2.end)
    if act is None:
        return None
    _, clause_end = clause_bounds(sentence, act.end())
    # "of deceiving Tehran during the war in Syria": the war is when, not what, it did.
    setting = sentence.search(_SETTING, act.end(), clause_end)
    return act.start("act"), setting.start() if setting else clause_end


def _complaint_verb(ctx: EventContext, hit: CueHit) -> bool:
    """ "complained that", "criticised": a complaint already lays the act it tells at its
    author's door; a warning ("warned that Iran was preparing") still accuses."""
    return ctx.sentence.match(_COMPLAINING, hit.start) is not None


def _accusable(ctx: EventContext, event: Event) -> bool:
    """A hostile act, a transfer its reporter is no party to, or a transfer withheld ("Iran
    says Russia failed to deliver the jets"): reported, each accuses its author."""
    withheld = event.cameo_code == WITHHELD
    denied = event.modality == "denied" and not withheld
    if denied or event.event_type in ("accusation", "denial"):
        return False
    if _FOR_ITS.search(ctx.sentence.slice(ctx.sentence.start, event.cue.start)):
        # "accusing Tehran of supplying Russia with missiles for its war": the war is the
        # background of the act reported, not what the reporter accuses anyone of.
        return False
    entry = ctx.lexicons.event_types.get(event.event_type)
    return (
        withheld
        or event.polarity == "tension"
        or (entry is not None and entry.outsider_report_accuses)
    )


def _reporters_of(ctx: EventContext, event: Event) -> list[Mention]:
    """Who reports the event, never a party to it (for a tension event, never its author).
    An official whose country is unknown is no event actor (``event_actors``), so never a
    reporter either: they may well be on the author's side."""
    blamed = event.polarity == "tension" or event.cameo_code == WITHHELD
    parties = {event.actor1.side} if blamed else event.sides
    # Words that name both parties at once ("neither government", "the two sides") do not
    # report on them as well.
    both_parties = (event.actor1.start, event.actor1.end) == (event.actor2.start, event.actor2.end)
    speakers = [
        m
        for m in ctx.actors
        if m.side not in parties
        and not (both_parties and (m.start, m.end) == (event.actor1.start, event.actor1.end))
        and _reports(ctx, m, event)
    ]
    return list(dict.fromkeys(speakers))


def _reports(ctx: EventContext, mention: Mention, event: Event) -> bool:
    """Whether ``mention`` is the subject of a reporting verb before the event (not its
    addressee: "Iran told Russia that ..."), or of a trailing attribution after it."""
    leading_verb = max(
        (verb.start for verb in ctx.attribution.verbs if verb.end <= event.cue.start),
        default=None,
    )
    trailing_start = min(
        (start for start in ctx.attribution.trailing_starts if start > event.cue.start),
        default=None,
    )
    cited = any(start <= mention.start < end for start, end in ctx.attribution.cited_sources)
    return (
        cited
        or (leading_verb is not None and mention.end <= leading_verb)
        or (trailing_start is not None and mention.start >= trailing_start)
    )


def speakers_accuse(ctx: EventContext, events: list[Event]) -> list[Event]:
    """'"Iran is responsible for the murder of Ukrainians," Kuleba wrote', '"Iran violated
    the resolution," Blinken said': an accusation in someone's report is the reporter's,
    against whoever the report blames, and so is a transfer paired with its quoter. So is a
    description of a party: '"Russia has never been a reliable partner," a former Iranian
    diplomat said' is the diplomat's criticism of Russia, and 'Iran is an important partner,
    Peskov said' Peskov's support of Iran."""
    return [
        _transfer_by_its_reporter(ctx, _described_by_reporter(ctx, _accusation_by_reporter(ctx, e)))
        for e in events
    ]


def _transfer_by_its_reporter(ctx: EventContext, event: Event) -> Event:
    """'"Iran's transfer of these weapons is an escalation," Blinken said': a transfer paired
    with the speaker of the attribution after it, whose side the quoted words never name, is
    that outsider's accusation against the other party. ("Iran acknowledged it supplied
    Moscow with drones" is Iran's own act: its report leads.)"""
    entry = ctx.lexicons.event_types.get(event.event_type)
    trailing = min((t for t in ctx.attribution.trailing_starts if t >= event.cue.end), default=None)
    if entry is None or not entry.outsider_report_accuses or trailing is None:
        return event
    for reporter, other in ((event.actor1, event.actor2), (event.actor2, event.actor1)):
        if (
            reporter.start >= trailing
            and other.start < trailing
            and not any(m.side == reporter.side and m.start < trailing for m in ctx.actors)
        ):
            return accusation(ctx, reporter, replace(event, actor1=other))
    return event


def _accusation_by_reporter(ctx: EventContext, event: Event) -> Event:
    if event.event_type != "accusation" or _reports(ctx, event.actor1, event):
        return event
    if _reports(ctx, event.actor2, event):
        return replace(event, actor1=event.actor2, actor2=event.actor1)
    reporter = next(
        (m for m in ctx.actors if m.side != event.actor1.side and _reports(ctx, m, event)), None
    )
    return replace(event, actor1=reporter, actor2=event.actor1) if reporter else event


def _described_by_reporter(ctx: EventContext, event: Event) -> Event:
    """The reporter of a description of a party from the other side is its author, the party
    described its target. A party of the reporter's own side speaks through them already
    ("Peskov said Russia and Iran remained partners"), and a description that names whose
    partner the party is, another than the reporter ("Iran is a main backer of Russia's war,
    Kyiv says"), tells of those two."""
    if not event.cue.cue.entry.needs_actor_before or not _is_family(ctx, event, "statement"):
        return event
    if _reports(ctx, event.actor1, event):
        return event
    reporter = next((m for m in ctx.actors if _reports(ctx, m, event)), None)
    if reporter is None or reporter.side == event.actor1.side:
        return event
    if event.cue.end <= event.actor2.start < reporter.start and event.actor2.side != reporter.side:
        return event
    return replace(event, actor1=reporter, actor2=event.actor1)


def accusation(ctx: EventContext, accuser: Mention, event: Event) -> Event:
    """The accusation an outsider's report of ``event`` makes against its author. It is made
    when it is reported, whenever the act happened."""
    event_date, precision, date_text = _date_of_report(ctx, event)
    return as_reading(
        ctx,
        event,
        "reported_hostile_act",
        actor1=accuser,
        actor2=event.actor1,
        polarity="tension",
        modality="reported",
        event_date=event_date,
        date_precision=precision,
        date_text=date_text,
    )


def _date_of_report(ctx: EventContext, event: Event) -> tuple[str, str, str]:
    """When the report of ``event`` was made: "Kirby said on Friday", else in the week of
    publication."""
    report_date = date_of_report(ctx.sentence, ctx.attribution, event.cue)
    if report_date is not None:
        return report_date.value, report_date.precision, report_date.text
    published = ctx.published
    return (published.isoformat(), "week", "") if published else ("", "unknown", "")


def _is_family(ctx: EventContext, event: Event, family: str) -> bool:
    return _is_family_of(ctx, event.event_type, family)


def _is_family_of(ctx: EventContext, event_type: str, family: str) -> bool:
    entry = ctx.lexicons.event_types.get(event_type)
    return entry is not None and entry.family == family
