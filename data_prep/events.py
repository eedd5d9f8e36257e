"""Events: who did what to whom in one sentence, in the spirit of PETRARCH's verb dictionaries.

A sentence yields an event when a cue from ``event_cues.csv`` links actors of two different
sides. Each cue takes as initiator the first actor of its clause before it and as target the
first actor of another side after it. A sentence that names only one side continues the
story of the sentences before it ("The aid was then passed to the Iranian authorities"), so
its partner is taken from the latest event involving that side.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from data_prep.clean import QUOTATION
from data_prep.dates import DateMention, joins_dates
from data_prep.lexicons import Cue, Lexicons
from data_prep.model import Mention

_CLAUSE_BREAK = re.compile(
    r";|,?\s+but\s+|,\s+while\s+|,\s+whereas\s+|:\s"
    r"|\s+and\s+(?=(?:had|has|have|was|were|is|are|will|would|then)\b)"
    r"|,\s+as\s+(?!well as\b)"
    r"|,\s+(?:(?:hours|days|weeks|months|minutes|shortly|soon|just|only|a day|a week|a month"
    r"|two days|two weeks)\s+)?(?:after|before|when|once|until)\s+"
    r"|\s+and\s+(?=[A-Z][\w’'-]*(?:\s+[A-Z][\w-]*)?\s+[a-z]+s\b)"
    r"|,\s+and\s+(?=(?:[\w’'-]+\s+){1,6}(?:have|has|had|was|were|is|are|will|would|said|says)\b)"
)
# "between the presidents of Iran and Russia is expected": an "and" that closes a
# "between" phrase joins two names, not two clauses.
_BETWEEN = re.compile(r"\bbetween\s+(?:[\w’'-]+\s+){0,5}[\w’'-]+$", re.IGNORECASE)
# An opening adverbial ("Since the start of the war in Ukraine, Russia has ...") is not where
# the subject of the main clause is.
_OPENING_ADVERBIAL = re.compile(
    r"^(?:Since|With|After|Before|Despite|Following|Amid|Like|Unlike|During|Although|While"
    r"|When|Once|Because|Though|Even as|Even though|Whereas|If|Unless|Until"
    r"|Ahead of|In (?:a|an|his|her|its|their)\s|"
    r"In the wake of|Against)\b[^,]{0,160},"
)
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|whose|which|where|whom)\b[^,]*(?:,|$)")
_WITH_OBJECT = re.compile(r"^\s+with\s+(?:[\w-]+\s+){0,4}$")
TRANSFER_TYPES = ("aid", "arms_transfer", "trade_energy")
_WITH_BEFORE = re.compile(r"\bwith\s+(?:\S+\s+){0,3}$")
INTERACTION_TYPES = ("meeting", "call", "visit", "agreement")
_NEGATION = re.compile(
    r"\b(?:not|n't|never|no longer|without|nor|fail(?:s|ed|ing)? to|refus(?:es|ed|ing)? to"
    r"|declin(?:es|ed|ing)? to)\b(?:\s+\S+){0,3}\s*$",
    re.IGNORECASE,
)
_ANAPHORIC_DENIAL = re.compile(
    r"\b(?:denied|denies|deny|rejected|dismissed|called)\s+"
    r"(?:this|that|it|these|the (?:claims?|reports?|allegations?))\b",
    re.IGNORECASE,
)
_RECENTLY = re.compile(
    r"\b(?P<word>recently|in recent (?:weeks|days)|lately|recent reports?)\b", re.IGNORECASE
)
STATE_TYPES = ("other",)
MODALITY_ORDER = ("denied", "hypothetical", "planned")
RUSSIA_IRAN = frozenset({"RUS", "IRN"})
CONTEXT_SENTENCES = 3


@dataclass(frozen=True)
class CueHit:
    start: int
    end: int
    cue: Cue


@dataclass(frozen=True)
class Event:
    actor1: Mention
    actor2: Mention
    cue: CueHit
    event_type: str
    cameo_code: str
    goldstein: float
    quad_class: int
    polarity: str
    modality: str
    event_date: str
    date_precision: str
    date_text: str
    themes: tuple[str, ...]
    inferred_partner: bool = False

    @property
    def russia_iran(self) -> bool:
        return {self.actor1.country, self.actor2.country} == RUSSIA_IRAN

    @property
    def sides(self) -> frozenset[str]:
        return frozenset({side(self.actor1), side(self.actor2)})


class StoryContext:
    """The events of the last few sentences of one article, for sentences that continue them."""

    def __init__(self) -> None:
        self.recent: deque[list[Event]] = deque(maxlen=CONTEXT_SENTENCES)

    def add(self, events: list[Event]) -> None:
        self.recent.append(events)

    def latest_with(self, mention_side: str) -> Event | None:
        for events in reversed(self.recent):
            for event in events:
                if mention_side in (side(event.actor1), side(event.actor2)):
                    return event
        return None

    def previous(self) -> Event | None:
        """The first event of the sentence just before, if it had one."""
        return self.recent[-1][0] if self.recent and self.recent[-1] else None

    def latest(self) -> Event | None:
        return next((events[0] for events in reversed(self.recent) if events), None)


def find_cues(sentence: str, cues: tuple[Cue, ...]) -> list[CueHit]:
    """Non-overlapping cue matches, longest first."""
    words = _words(sentence)
    hits = [
        CueHit(m.start(), m.end(), cue)
        for cue in cues
        if _may_occur(cue, words)
        for m in cue.pattern.finditer(sentence)
    ]
    chosen: list[CueHit] = []
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        if all(hit.end <= c.start or hit.start >= c.end for c in chosen):
            chosen.append(hit)
    return sorted(chosen, key=lambda h: h.start)


@lru_cache(maxsize=64)
def _words(sentence: str) -> tuple[frozenset[str], frozenset[str]]:
    """The sentence's words, and every beginning of them, in lower case."""
    lower = sentence.lower()
    words = frozenset(_WORD.findall(lower)) | frozenset(_HYPHENATED.findall(lower))
    return words, frozenset(word[:end] for word in words for end in range(1, len(word) + 1))


_WORD = re.compile(r"\w+")
_HYPHENATED = re.compile(r"[\w-]+")


def _may_occur(cue: Cue, words: tuple[frozenset[str], frozenset[str]]) -> bool:
    if cue.first_words is None:
        return True
    whole, beginnings = words
    return not cue.first_words.isdisjoint(whole) or not beginnings.isdisjoint(cue.first_prefixes)


def clause_bounds(
    sentence: str, position: int, extra_breaks: tuple[int, ...] = ()
) -> tuple[int, int]:
    start, end = 0, len(sentence)
    breaks = sorted([*_clause_breaks(sentence), *((b, b) for b in extra_breaks)])
    for break_start, break_end in breaks:
        if break_end <= position:
            start = break_end
        elif break_start >= position:
            end = break_start
            break
    return start, end


@lru_cache(maxsize=256)
def _clause_breaks(sentence: str) -> tuple[tuple[int, int], ...]:
    """Every clause boundary of a sentence; asked for once per cue, computed once."""
    opening = _OPENING_ADVERBIAL.match(sentence)
    return (
        *_coordinate_breaks(sentence),
        *([(opening.end() - 1, opening.end())] if opening else []),
        *((b, b) for m in _RELATIVE_CLAUSE.finditer(sentence) for b in (m.start(), m.end())),
    )


@lru_cache(maxsize=256)
def _coordinate_breaks(sentence: str) -> tuple[tuple[int, int], ...]:
    """Where one main clause ends and a coordinated one begins ("; ", ", but ", " and had")."""
    return tuple(
        (m.start(), m.end())
        for m in _CLAUSE_BREAK.finditer(sentence)
        if not (m.group(0).strip() == "and" and _BETWEEN.search(sentence, 0, m.start()))
    )


def _main_clause(sentence: str, position: int) -> int:
    """Which main clause ``position`` is in, counting from 0; relative clauses and opening
    adverbials belong to the clause around them."""
    return sum(end <= position for _, end in _coordinate_breaks(sentence))


_ATTRIBUTION_SUBJECT = re.compile(r",\s+(?:[\w’'.-]+\s+){1,8}$")
_ATTRIBUTION_TAIL = re.compile(r"(?:\s+[\w’'.-]+){0,6}\s*[.!?”\"]*\s*$")


_THAT = re.compile(r"\s+that\b")
_OFFER = re.compile(
    r"\b(?:ready|willing|prepared|offered|offers|offering|offer)\s+to\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_RESTATED_SUBJECT = re.compile(r"\s*(?:The|This|That|These|Those)\s+(?:[a-z-]+\s+)?")
# What a restated act does in the sentence: it is placed in time or judged, not told again.
_FRAMING_VERB = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:came|comes|come|follows|followed|took place|takes place|marks|marked"
    r"|was seen|is seen|was widely seen|underscores|underscored|highlights|highlighted)\b"
)
_REPORT_DATE_GAP = re.compile(r"\s+(?:[\w’'-]+\s+){0,2}")


def _report_dates(
    sentence: str, verbs: list[CueHit], dates: list[DateMention]
) -> tuple[DateMention, ...]:
    """Dates right after a reporting verb ("said on Tuesday", "told reporters on Monday")."""
    return tuple(
        d for d in dates if any(_REPORT_DATE_GAP.fullmatch(sentence, v.end, d.start) for v in verbs)
    )


def _content_start(sentence: str, verb: CueHit, actors: list[Mention]) -> int:
    """Where what is reported begins: after "told Pezeshkian that", the addressee is no
    party to the content."""
    addressee = next((m for m in actors if m.start >= verb.end), None)
    if addressee is not None and not sentence[verb.end : addressee.start].strip():
        that = _THAT.match(sentence, addressee.end)
        if that:
            return that.end()
    return verb.end


def _trailing_attribution(sentence: str, verb: CueHit) -> int | None:
    """Where ", the Kremlin said on Tuesday." begins: the source of a report is no party
    to the act reported before it."""
    subject = _ATTRIBUTION_SUBJECT.search(sentence, 0, verb.start)
    if subject is None or not _ATTRIBUTION_TAIL.fullmatch(sentence, verb.end):
        return None
    return subject.start()


def side(mention: Mention) -> str:
    return mention.country or mention.actor_id


def quad_class(cameo_code: str) -> int:
    root = int(cameo_code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def extract_events(
    sentence: str,
    offset: int,
    mentions: list[Mention],
    dates: list[DateMention],
    lexicons: Lexicons,
    published: date | None,
    context: StoryContext | None = None,
    *,
    claim_hits: list[CueHit],
) -> list[Event]:
    """Events in one sentence. ``mentions`` and ``dates`` carry document offsets; ``offset`` is
    where ``sentence`` starts in the document. ``context`` carries the article's recent events
    and is updated with this sentence's. ``claim_hits`` are the sentence's reporting cues,
    found once for events and claims alike."""
    context = context or StoryContext()
    actors = [_local(m, offset) for m in _expand_pairs(mentions) if m.type != "media"]
    # A cue word inside a name or title ("Oil Minister", "Ministry of Defence") is no act,
    # and "The meeting came a day after ..." points back at an act already told.
    hits = [
        h
        for h in find_cues(sentence, lexicons.event_cues)
        if not any(m.start <= h.start and h.end <= m.end for m in actors)
        and not (
            _RESTATED_SUBJECT.fullmatch(sentence, 0, h.start)
            and _FRAMING_VERB.match(sentence, h.end)
        )
    ]
    if not hits:
        context.add([])
        return []
    reporting_verbs = [
        h
        for h in claim_hits
        if h.cue.fields["form"] == "verb" and not any(m.start <= h.start < m.end for m in actors)
    ]
    reporting = tuple(
        sorted(
            {_content_start(sentence, h, actors) for h in reporting_verbs}
            | {b for h in reporting_verbs if (b := _trailing_attribution(sentence, h)) is not None}
        )
    )
    local_dates = [_local_date(d, offset) for d in dates]
    frame = _Frame(
        sentence,
        reporting,
        find_cues(sentence, lexicons.modality_cues),
        find_cues(sentence, lexicons.timing_cues),
        [hit.cue.fields["theme"] for hit in find_cues(sentence, lexicons.theme_cues)],
        local_dates,
        lexicons,
        published,
        tuple(hits),
        tuple((q.start(), q.end()) for q in QUOTATION.finditer(sentence)),
        frozenset(m.end() for m in _MODAL_NOUN.finditer(sentence)),
        _report_dates(sentence, reporting_verbs, local_dates),
    )
    if len({side(m) for m in actors}) >= 2:
        events = _linked_events(frame, hits, actors)
        events += _accusations(frame, events, actors)
    else:
        events = _continued_events(frame, hits, actors, context)
    context.add(events)
    return [_document_offsets(event, offset) for event in events]


@dataclass(frozen=True)
class _Frame:
    """What one sentence offers its events, worked out once."""

    sentence: str
    reporting_ends: tuple[int, ...]
    modality_hits: list[CueHit]
    ongoing_hits: list[CueHit]
    themes: list[str]
    dates: list[DateMention]
    lexicons: Lexicons
    published: date | None
    cue_hits: tuple[CueHit, ...]
    quotations: tuple[tuple[int, int], ...]
    will_nouns: frozenset[int]
    # "said on Tuesday": dates of the report, not of what it reports.
    report_dates: tuple[DateMention, ...] = ()

    def inside_quote(self, position: int) -> bool:
        return any(start < position < end for start, end in self.quotations)


def _linked_events(frame: _Frame, hits: list[CueHit], actors: list[Mention]) -> list[Event]:
    best: dict[tuple[frozenset[str], str], tuple[tuple, Event]] = {}
    for hit in hits:
        pair = (
            None
            if _negated_tension(frame, hit) or _weapon_in_use(frame, hit, actors)
            else _pair_for(frame, hit, actors)
        )
        if pair is None:
            continue
        for actor1, actor2 in [pair, *_listed_targets(frame, hit, pair, actors)]:
            event = _build(frame, hit, actor1, actor2)
            # Acts of one kind between the same sides in separate clauses are separate acts
            # ("supplied missiles ... and had already transferred drones").
            key = (
                frozenset({side(actor1), side(actor2)}),
                event.event_type,
                _main_clause(frame.sentence, hit.start),
            )
            score = _score(hit, actor1, actor2)
            if key not in best or score > best[key][0]:
                best[key] = (score, event)
    events = _drop_unnamed_goods(_drop_complaint_topics([event for _, event in best.values()]))
    events = _drop_denials_of_own_acts(events)
    events = _one_pair_per_act(frame, events)
    events = [again for event in events for again in _on_each_date(frame, event)]
    return sorted(events, key=lambda e: (e.cue.start, e.actor1.start, e.event_date))


_IN_USE = re.compile(
    r"\b(?:used|uses|using|use|deployed|deploys|deploying|fired|fires|firing|launched|launches"
    r"|launching)\s+(?:[\w’'-]+\s+){0,3}$",
    re.IGNORECASE,
)


def _weapon_in_use(frame: _Frame, hit: CueHit, actors: list[Mention]) -> bool:
    """ "Russia has used the drones in strikes on Ukraine": using weapons is no transfer; only
    an adjective naming their origin ("used Iranian drones") still tells of one."""
    if hit.cue.fields["event_type"] != "arms_transfer":
        return False
    clause_start, _ = clause_bounds(frame.sentence, hit.start)
    use = _IN_USE.search(frame.sentence, clause_start, hit.start)
    return use is not None and not any(
        m.kind == "adjective" and use.start() <= m.start and m.end <= hit.start for m in actors
    )


def _negated_tension(frame: _Frame, hit: CueHit) -> bool:
    """ "We will never abandon our friends", "Moscow did not condemn the strikes": a denied
    hostility is no hostile act, and not a friendly one either."""
    return hit.cue.fields["polarity"] == "tension" and _negated(frame, hit)


def _negated(frame: _Frame, hit: CueHit) -> bool:
    """A negation governs the first cue after it in its clause ("did not condemn the Iranian
    missile launches" negates the condemnation, not the missiles)."""
    clause_start, _ = clause_bounds(frame.sentence, hit.start)
    start = max([clause_start, *(h.end for h in frame.cue_hits if h.end <= hit.start)])
    return bool(_NEGATION.search(frame.sentence[start : hit.start]))


def _one_pair_per_act(frame: _Frame, events: list[Event]) -> list[Event]:
    """ "Putin and Pezeshkian signed a strategic partnership treaty": the verb and its object
    name one agreement, so a second cue of the kind in the clause brings no second pair."""
    kept: list[Event] = []
    for event in sorted(events, key=lambda e: e.cue.start):
        if not (
            event.event_type in INTERACTION_TYPES
            and any(
                k.event_type == event.event_type
                and k.cue != event.cue
                and _main_clause(frame.sentence, k.cue.start)
                == _main_clause(frame.sentence, event.cue.start)
                for k in kept
            )
        ):
            kept.append(event)
    return kept


def _drop_denials_of_own_acts(events: list[Event]) -> list[Event]:
    """ "Russia denied reports that it is preparing to hand over jets to Iran": the denied
    handover carries the news; Russia is not at odds with Iran for denying it."""
    denied_sides = {e.sides for e in events if e.modality == "denied"}
    return [e for e in events if e.event_type != "denial" or e.sides not in denied_sides]


def _drop_unnamed_goods(events: list[Event]) -> list[Event]:
    """ "the first deliveries of Russian gas": a delivery of named goods is that kind of
    transfer, not also a transfer of unnamed goods."""

    def unnamed(event: Event) -> bool:
        return event.event_type in TRANSFER_TYPES and event.cue.cue.fields["priority"] == "0"

    named_sides = {e.sides for e in events if e.event_type in TRANSFER_TYPES and not unnamed(e)}
    return [e for e in events if not (unnamed(e) and e.sides in named_sides)]


def _on_each_date(frame: _Frame, event: Event) -> list[Event]:
    """ "spoke by phone in March and April": one call on each of the coordinated dates."""
    dated = next(
        (
            i
            for i, d in enumerate(frame.dates)
            if (d.text, d.value) == (event.date_text, event.event_date)
        ),
        None,
    )
    if dated is None:
        return [event]
    first = last = dated
    while first > 0 and joins_dates(
        frame.sentence[frame.dates[first - 1].end : frame.dates[first].start]
    ):
        first -= 1
    while last + 1 < len(frame.dates) and joins_dates(
        frame.sentence[frame.dates[last].end : frame.dates[last + 1].start]
    ):
        last += 1
    return [
        event
        if index == dated
        else replace(event, event_date=d.value, date_precision=d.precision, date_text=d.text)
        for index, d in enumerate(frame.dates[first : last + 1], start=first)
    ]


_LIST_INTRO = re.compile(r"\b(?:including|such as|among them|namely)\b")


def _drop_complaint_topics(events: list[Event]) -> list[Event]:
    """ "Iran criticised Russia for delays in delivering fighter jets": the jets are the topic
    of the complaint, not a cooperation event between the same two sides."""
    complaints = [
        e for e in events if e.polarity == "tension" and e.event_type in ("criticism", "accusation")
    ]

    def is_topic(event: Event) -> bool:
        if event.cue.cue.fields["polarity"] != "cooperation":
            return False
        if event.polarity == "tension":
            # "criticised Moscow for failing to provide help": the help that did not come is
            # what the complaint is about, whoever the sentence names near it.
            return any(c is not event and c.cue.start < event.cue.start for c in complaints)
        return any(c.sides == event.sides and c.cue.start < event.cue.start for c in complaints)

    return [e for e in events if not is_topic(e)]


def _listed_targets(
    frame: _Frame, hit: CueHit, pair: tuple[Mention, Mention], actors: list[Mention]
) -> list[tuple[Mention, Mention]]:
    """ "funds proxies, including Hamas, Hezbollah and the Houthis", "summoned the envoys of
    Britain, France and Germany": one event per member."""
    actor1, target = pair
    _, clause_end = clause_bounds(frame.sentence, hit.start, frame.reporting_ends)
    intro = _LIST_INTRO.search(frame.sentence, hit.end, clause_end)
    if intro is not None:
        return [
            (actor1, m)
            for m in actors
            if intro.end() <= m.start < clause_end
            and side(m) != side(actor1)
            and m.kind != "adjective"
        ]
    if hit.cue.fields["timing"] != "action":
        return []
    members, last = [], target
    for m in actors:
        if m.start < last.end:
            continue
        if not _LIST_JOINT.fullmatch(frame.sentence, last.end, m.start):
            break
        if side(m) != side(actor1) and m.kind != "adjective":
            members.append((actor1, m))
        last = m
    return members if last.end <= clause_end else []


_LIST_JOINT = re.compile(r"\s*,\s*(?:and\s+|or\s+)?(?:the\s+)?|\s+(?:and|or)\s+(?:the\s+)?")


def _accusations(frame: _Frame, events: list[Event], actors: list[Mention]) -> list[Event]:
    """ "Kyiv says Russia struck ..." reports a hostile act and accuses its author."""
    found: list[Event] = []
    for event in events:
        if event.polarity != "tension" or event.event_type in ("accusation", "denial"):
            continue
        verb_end = max(
            (end for end in frame.reporting_ends if end <= event.cue.start), default=None
        )
        if verb_end is None:
            continue
        speakers = [m for m in actors if m.end <= verb_end and side(m) != side(event.actor1)]
        for speaker in dict.fromkeys(speakers):
            if any(
                side(e.actor1) == side(speaker) and e.event_type == "accusation"
                for e in found + events
            ):
                continue
            found.append(
                replace(
                    event,
                    actor1=speaker,
                    actor2=event.actor1,
                    event_type="accusation",
                    cameo_code="112",
                    goldstein=frame.lexicons.cameo.get("112", ("", 0.0))[1],
                    quad_class=quad_class("112"),
                    modality="reported",
                    # The accusation is made when it is reported, whenever the act happened.
                    event_date=frame.published.isoformat() if frame.published else "",
                    date_precision="week" if frame.published else "unknown",
                    date_text="",
                )
            )
    return found


def _continued_events(
    frame: _Frame, hits: list[CueHit], actors: list[Mention], context: StoryContext
) -> list[Event]:
    hit = max(hits, key=lambda h: (h.cue.fields["timing"] == "action", h.end - h.start))
    present = _nearest_actor(actors, hit)
    latest = context.latest()
    if latest is None:
        return []
    if _ANAPHORIC_DENIAL.search(frame.sentence):
        # "this" and "the report" point at the sentence just before, nothing further back.
        previous = context.previous()
        return [_denial_of(frame, hits, present, previous)] if previous else []
    earlier = (context.latest_with(side(present)) if present else None) or latest
    if present is None:
        actor1, actor2 = _from_context(earlier.actor1), _from_context(earlier.actor2)
    else:
        partner = earlier.actor2 if side(earlier.actor1) == side(present) else earlier.actor1
        if side(partner) == side(present):
            return []
        actor1, actor2 = present, _from_context(partner)
    event = _build(frame, hit, actor1, actor2)
    if event.polarity != earlier.polarity and event.event_type != earlier.event_type:
        # A turn of the story ("..., who was assassinated") is not the same interaction
        # continuing, so it cannot borrow the earlier partner.
        return []
    return [replace(event, inferred_partner=True)]


def _nearest_actor(actors: list[Mention], hit: CueHit) -> Mention | None:
    before = [m for m in actors if m.end <= hit.start]
    return before[-1] if before else (actors[0] if actors else None)


def _denial_of(frame: _Frame, hits: list[CueHit], denier: Mention | None, denied: Event) -> Event:
    """ "Bout has denied this": a party to the previous event denies it. "Zelensky called that
    a lie": an outsider disputes the previous account, which accuses its source."""
    hit = next((h for h in hits if h.cue.fields["event_type"] == "denial"), hits[0])
    base = _build(frame, hit, _from_context(denied.actor1), _from_context(denied.actor2))
    if denier is None or side(denier) in (side(denied.actor1), side(denied.actor2)):
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
    return replace(
        base,
        actor1=denier,
        actor2=_from_context(denied.actor1),
        event_type="accusation",
        cameo_code="112",
        goldstein=frame.lexicons.cameo.get("112", ("", 0.0))[1],
        quad_class=quad_class("112"),
        polarity="tension",
        modality="reported",
        inferred_partner=True,
    )


def _from_context(mention: Mention) -> Mention:
    return replace(mention, start=-1, end=-1, kind="context")


def _local(mention: Mention, offset: int) -> Mention:
    return replace(mention, start=mention.start - offset, end=mention.end - offset)


def _local_date(mention: DateMention, offset: int) -> DateMention:
    return replace(mention, start=mention.start - offset, end=mention.end - offset)


def _document_offsets(event: Event, offset: int) -> Event:
    def shift(mention: Mention) -> Mention:
        return (
            mention
            if mention.kind == "context"
            else replace(mention, start=mention.start + offset, end=mention.end + offset)
        )

    return replace(event, actor1=shift(event.actor1), actor2=shift(event.actor2))


def _expand_pairs(mentions: list[Mention]) -> list[Mention]:
    expanded: list[Mention] = []
    for mention in mentions:
        if mention.kind == "pair":
            expanded.extend(
                replace(
                    member, start=mention.start, end=mention.end, text=mention.text, kind="pair"
                )
                for member in mention.members
            )
        else:
            expanded.append(mention)
    return expanded


def _pair_for(frame: _Frame, hit: CueHit, actors: list[Mention]) -> tuple[Mention, Mention] | None:
    clause_start, clause_end = clause_bounds(frame.sentence, hit.start, frame.reporting_ends)
    in_clause = [m for m in actors if clause_start <= m.start and m.end <= clause_end]
    source = _modifying_adjective(frame.sentence, hit, in_clause) or _agent_after(
        frame.sentence, hit, in_clause
    )
    if source is not None:
        # "Iranian drones", "Western sanctions", "condemnation from Moscow", "was attacked by
        # Israel": the act comes from this actor. Its target is the object of "on", "to" or
        # "against" when there is one ("Israeli strikes on Iran"), else the clause's subject.
        others = [m for m in in_clause if side(m) != side(source)]
        objects = _objects(frame.sentence, hit, in_clause, source)
        before = [m for m in others if m.end <= min(source.start, hit.start)]
        target = next(iter(objects + before + others), None)
        if target is not None:
            return source, target
    between = _between_pair(frame.sentence, hit, in_clause)
    if between is not None:
        return between
    joint = _joint_subject(frame.sentence, hit, in_clause)
    if joint is not None:
        return joint
    accused = _accused_of(frame.sentence, hit, in_clause)
    if accused is not None:
        # "accused Iran of supplying Russia with missiles": the accused did the act.
        target = _target(
            frame.sentence,
            hit,
            accused,
            [m for m in in_clause if accused.start <= m.start and m.end <= hit.start],
            [m for m in in_clause if m.start >= hit.end],
        )
        if target is not None:
            return accused, target
    if hit.cue.fields["needs_actor_before"] == "true" and not any(
        m.end <= hit.start for m in in_clause
    ):
        return None
    if hit.cue.fields["event_type"] in STATE_TYPES:
        near = [m for m in in_clause if 0 <= hit.start - m.end <= 60]
        if len({side(m) for m in near}) >= 2:
            return near[0], next(m for m in near if side(m) != side(near[0]))
    opener = _relative_opener(frame.sentence, actors)
    if opener is not None and opener.end <= hit.start:
        # "Putin, whose country is hosting ..., invited Pezeshkian": the sentence's subject.
        target = _target(
            frame.sentence, hit, opener, [opener], [m for m in actors if m.start >= hit.end]
        )
        if target is not None:
            return opener, target
    for pool in (in_clause, actors):
        before = [m for m in pool if m.end <= hit.start]
        after = [m for m in pool if m.start >= hit.end]
        if before:
            actor1 = before[0]
            target = _target(frame.sentence, hit, actor1, before, after)
            if target:
                return actor1, target
        elif len({side(m) for m in after}) >= 2:
            actor1 = after[0]
            return actor1, next(m for m in after if side(m) != side(actor1))
        subject = in_clause[0] if in_clause else None
        if (
            pool is in_clause
            and any(end == clause_start for _, end in _coordinate_breaks(frame.sentence))
            and subject is not None
            and subject.end <= hit.start
            and _CLAUSE_OPENING.fullmatch(frame.sentence, clause_start, subject.start)
        ):
            # "Putin offered to mediate, but Washington rebuffed the proposal": a clause with
            # a subject of its own answers the sentence's first actor.
            partner = next((m for m in actors if side(m) != side(subject)), None)
            return (subject, partner) if partner else None
    return None


_CLAUSE_OPENING = re.compile(r"[\s,;:]*(?:(?:the|then|later|also|however|in turn)\s+)*")


_RELATIVE_OPENER = re.compile(r"\s*,\s+(?:who|whose|which)\b")
_BETWEEN_AFTER_CUE = re.compile(r"\s+(?:[\w-]+\s+){0,3}?between\s+(?:the\s+)?")
_AND = re.compile(r"\s+and\s+(?:the\s+)?")


def _between_pair(
    sentence: str, hit: CueHit, mentions: list[Mention]
) -> tuple[Mention, Mention] | None:
    """ "a ceasefire between Russia and Ukraine", "talks between Tehran and Moscow": the two
    named sides are the pair, whoever else the clause names."""
    following = [m for m in mentions if m.start >= hit.end]
    if len(following) < 2:
        return None
    first, second = following[0], following[1]
    if (
        side(first) != side(second)
        and _BETWEEN_AFTER_CUE.fullmatch(sentence, hit.end, first.start)
        and _AND.fullmatch(sentence, first.end, second.start)
    ):
        return first, second
    return None


def _joint_subject(
    sentence: str, hit: CueHit, mentions: list[Mention]
) -> tuple[Mention, Mention] | None:
    """ "Putin and Pezeshkian signed a treaty": a meeting, call, visit or agreement between
    the two subjects, whoever else the clause names after the act."""
    if hit.cue.fields["event_type"] not in INTERACTION_TYPES:
        return None
    before = [m for m in mentions if m.end <= hit.start]
    if len(before) != 2 or side(before[0]) == side(before[1]):
        return None
    first, second = before
    if _AND.fullmatch(sentence, first.end, second.start) and _SUBJECT_TO_VERB.fullmatch(
        sentence, second.end, hit.start
    ):
        return first, second
    return None


# Between a subject and its verb: adverbs and auxiliaries, no object or clause.
_SUBJECT_TO_VERB = re.compile(
    r"(?:\s+(?:have|has|had|will|would|also|then|on \w+|jointly|formally|officially))*\s+"
)
_ACCUSING = re.compile(r"\b(?:accus|blam|suspect|charg|convict)\w*\s+(?:the\s+)?", re.IGNORECASE)
_OF_ACT = re.compile(r"\s+(?:of|for)\s+(?:[\w’'-]+\s+){0,8}")


def _accused_of(sentence: str, hit: CueHit, mentions: list[Mention]) -> Mention | None:
    for mention in mentions:
        if mention.end > hit.start:
            break
        before = sentence[max(0, mention.start - 30) : mention.start]
        accusing = [m for m in _ACCUSING.finditer(before) if m.end() == len(before)]
        if accusing and _OF_ACT.fullmatch(sentence, mention.end, hit.start):
            return mention
    return None


_AGENT = re.compile(r"\s+(?:from|by)\s+(?:the\s+)?")
# The object of an act follows it after "on", "to", "against", "at" or "for", with at most
# a few words between ("strikes on Iranian nuclear sites" stops at the first actor).
_OBJECT_BEFORE = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:on|to|against|at|for|toward|towards)\s+(?:the\s+)?"
)


def _agent_after(sentence: str, hit: CueHit, mentions: list[Mention]) -> Mention | None:
    """ "condemnation from Moscow", "was attacked by Israel": the actor the act comes from
    follows it."""
    following = next((m for m in mentions if m.start >= hit.end), None)
    if following is None or not _AGENT.fullmatch(sentence, hit.end, following.start):
        return None
    return following


def _relative_opener(sentence: str, actors: list[Mention]) -> Mention | None:
    first = min(actors, key=lambda m: m.start, default=None)
    if first is None or sentence[: first.start].strip():
        return None
    return first if _RELATIVE_OPENER.match(sentence, first.end) else None


_ADJECTIVE_GAP = re.compile(r"^[\s-]*(?:[\w-]+\s+){0,2}$")


def _modifying_adjective(sentence: str, hit: CueHit, mentions: list[Mention]) -> Mention | None:
    if hit.cue.fields["event_type"] not in (
        "arms_transfer",
        "aid",
        "sanction",
        "military_action",
        "trade_energy",
    ):
        return None
    for mention in reversed(mentions):
        if _adjective_modifies(sentence, mention, hit):
            return mention
        if (
            mention.kind == "name"
            and mention.end <= hit.start
            and not sentence[mention.end : hit.start].strip()
            and _objects(sentence, hit, mentions, mention)
        ):
            # "UN sanctions on Iran", "US strikes against the Houthis": a name used as a
            # modifier is the source when the act's object follows.
            return mention
    return None


def _objects(sentence: str, hit: CueHit, mentions: list[Mention], source: Mention) -> list[Mention]:
    """Actors of another side than ``source`` that the act is done to ("strikes on Iran")."""
    return [
        m
        for m in mentions
        if m.start >= hit.end
        and side(m) != side(source)
        and _OBJECT_BEFORE.fullmatch(sentence, hit.end, m.start)
    ]


def _target(
    sentence: str, hit: CueHit, actor1: Mention, before: list[Mention], after: list[Mention]
) -> Mention | None:
    if actor1.kind == "pair":
        partner = next(
            (
                m
                for m in before + after
                if m.kind == "pair" and m.start == actor1.start and side(m) != side(actor1)
            ),
            None,
        )
        if partner:
            return partner
    if hit.cue.fields["event_type"] in TRANSFER_TYPES:
        # "supplied Russia with missiles": the recipient stands between the verb and "with".
        recipient = next(
            (
                m
                for m in reversed(before)
                if m is not actor1
                and side(m) != side(actor1)
                and _WITH_OBJECT.match(sentence[m.end : hit.start])
            ),
            None,
        )
        if recipient is not None:
            return recipient
    others = [m for m in after if side(m) != side(actor1)]
    if hit.cue.fields["event_type"] in INTERACTION_TYPES:
        introduced = next(
            (
                m
                for m in others
                if _WITH_BEFORE.search(sentence, 0, m.start)
                and _WITH_BEFORE.search(sentence, 0, m.start).start() >= hit.end
            ),
            None,
        )
        if introduced:
            return introduced
    return (
        others[0]
        if others
        else next((m for m in reversed(before) if side(m) != side(actor1)), None)
    )


def _score(hit: CueHit, actor1: Mention, actor2: Mention) -> tuple:
    low, high = sorted((actor1.start, actor2.start))
    between = low <= hit.start <= high
    distance = min(abs(hit.start - actor1.end), abs(hit.start - actor2.start))
    return (
        int(hit.cue.fields["priority"]),
        between,
        hit.cue.fields["timing"] == "action",
        hit.end - hit.start > 4,
        -distance,
    )


def _build(frame: _Frame, hit: CueHit, actor1: Mention, actor2: Mention) -> Event:
    fields = hit.cue.fields
    event_type, cameo_code, polarity = (
        fields["event_type"],
        fields["cameo_code"],
        fields["polarity"],
    )
    clause_start, clause_end = clause_bounds(frame.sentence, hit.start)
    modality = _modality(
        hit, frame.modality_hits, clause_start, clause_end, event_type, frame.will_nouns
    )
    if polarity == "cooperation" and modality != "denied" and _negated(frame, hit):
        event_type, cameo_code, polarity = "criticism", "111", "tension"
    elif polarity == "cooperation" and _OFFER.search(frame.sentence, clause_start, hit.start):
        # "Russia is ready to assist", "offered to mediate": an offer states an intent to
        # cooperate (CAMEO 030); nothing has been done yet.
        event_type, cameo_code = "statement_support", "030"
    timing = fields["timing"]
    if event_type in STATE_TYPES and (frame.reporting_ends or frame.inside_quote(hit.start)):
        # A relationship described by a speaker is a statement: of support (CAMEO 051) or
        # of disapproval (CAMEO 110).
        event_type, cameo_code = (
            ("statement_support", "051") if polarity == "cooperation" else ("criticism", "110")
        )
        timing = "action"
    weight = frame.lexicons.cameo.get(cameo_code, ("", 0.0))[1]
    event_date, precision, date_text = _date_for(
        frame, hit, modality, timing, _adjective_modifies(frame.sentence, actor1, hit)
    )
    themes = tuple(t for t in dict.fromkeys([*fields["themes"].split(";"), *frame.themes]) if t)
    return Event(
        actor1,
        actor2,
        hit,
        event_type,
        cameo_code,
        weight,
        quad_class(cameo_code),
        polarity,
        modality,
        event_date,
        precision,
        date_text,
        themes,
    )


def _modality(
    hit: CueHit,
    modality_hits: list[CueHit],
    clause_start: int,
    clause_end: int,
    event_type: str,
    nouns: frozenset[int] = frozenset(),
) -> str:
    found = set()
    for m in modality_hits:
        if m.cue.fields["reach"] == "after" and m.start > hit.start:
            continue
        if m.cue.fields["scope"] == "sentence" or (clause_start <= m.start and m.end <= clause_end):
            found.add(m.cue.fields["modality"])
    found -= {m.cue.fields["modality"] for m in modality_hits if m.start in nouns}
    if event_type in ("denial", "invitation"):
        found -= {"denied", "planned"}
    return next((m for m in MODALITY_ORDER if m in found), "reported")


_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
_MODAL_NOUN = re.compile(
    r"\b(?:the|a|their|his|her|its|political|free|good)\s+(?=will\b)", re.IGNORECASE
)
IMMINENT_TYPES = ("meeting", "call")


# A date does not reach back over a semicolon, a colon or a participle phrase
# (", banning black cars in 2015").
_DATE_SCOPE_BREAK = re.compile(r"[;:]|,\s+[a-z]+ing\b")


def _governing_cue(frame: _Frame, mention: DateMention) -> CueHit | None:
    """The cue a date modifies: the nearest cue before it, up to a semicolon or colon
    ("met Raisi on Monday", "a summit in Kazan on 22 - 24 October"); none for a fronted
    date ("On Monday, ..."), which dates what follows."""
    region_start = max(
        (m.end() for m in _DATE_SCOPE_BREAK.finditer(frame.sentence, 0, mention.start)), default=0
    )
    before = [h for h in frame.cue_hits if region_start <= h.start and h.end <= mention.start]
    return before[-1] if before else None


def _same_act(frame: _Frame, cue: CueHit | None, hit: CueHit) -> bool:
    """ "spoke to Pezeshkian by phone in March": two cues of one kind in one clause name
    one act, so a date either of them governs dates it."""
    return cue is not None and (
        cue == hit
        or (
            cue.cue.fields["event_type"] == hit.cue.fields["event_type"]
            and clause_bounds(frame.sentence, cue.start) == clause_bounds(frame.sentence, hit.start)
        )
    )


def _starts_a_state(frame: _Frame, hit: CueHit, mention: DateMention) -> bool:
    """ "relations ... since invading Ukraine on Feb. 24": the date starts a state the cue
    describes, it does not date the cue."""
    since = [m.start() for m in _SINCE.finditer(frame.sentence, 0, mention.start)]
    return bool(since) and hit.start < since[-1]


def _adjective_modifies(sentence: str, mention: Mention, hit: CueHit) -> bool:
    """ "Iranian drones", "Western sanctions": a nationality adjective in the cue's noun
    phrase, which names where the thing comes from, not that its source acted at the time of
    the report."""
    return (
        mention.kind == "adjective"
        and mention.end <= hit.start
        and bool(_ADJECTIVE_GAP.match(sentence[mention.end : hit.start]))
    )


def _date_for(
    frame: _Frame, hit: CueHit, modality: str, timing: str, provenance: bool = False
) -> tuple[str, str, str]:
    clause_start, clause_end = clause_bounds(frame.sentence, hit.start)
    local = [
        d
        for d in frame.dates
        if clause_start <= d.start and d.end <= clause_end and not _starts_a_state(frame, hit, d)
    ]
    governed = [(d, _governing_cue(frame, d)) for d in frame.dates]
    own = [
        d
        for d, cue in governed
        if d not in frame.report_dates
        and not _starts_a_state(frame, hit, d)
        and (
            _same_act(frame, cue, hit)
            # A clause's date is the date of its act, not of where the act's things came from.
            or (d in local and cue is None and not provenance)
        )
    ]
    if own:
        nearest = min(own, key=lambda d: min(abs(d.start - hit.end), abs(hit.start - d.end)))
        return nearest.value, nearest.precision, nearest.text
    if provenance:
        return "", "unknown", ""
    main_clause = _main_clause(frame.sentence, hit.start)
    # A denial is news of the day: it is dated by the report even when what it denies is
    # an ongoing state.
    if modality != "denied" and any(
        (
            h.cue.fields["scope"] == "sentence"
            or (clause_start <= h.start and h.end <= clause_end)
            or _main_clause(frame.sentence, h.start) == main_clause
        )
        and not frame.inside_quote(h.start)
        and not (hit.start <= h.start < hit.end and hit.end - hit.start > h.end - h.start)
        for h in frame.ongoing_hits
    ):
        return "", "unknown", ""
    if (
        frame.published is not None
        and modality == "planned"
        and hit.cue.fields["event_type"] in IMMINENT_TYPES
    ):
        # A meeting or call announced without a date is expected within days of the report.
        return frame.published.isoformat(), "week", ""
    if frame.published is None or modality == "planned":
        return "", "unknown", ""
    # "Iran recently supplied missiles and had already transferred drones": "recently"
    # dates its own main clause only.
    recently = next(
        (
            r
            for r in _RECENTLY.finditer(frame.sentence)
            if _main_clause(frame.sentence, r.start()) == main_clause
        ),
        None,
    )
    if recently:
        if "week" in recently.group("word").lower() or "day" in recently.group("word").lower():
            return frame.published.strftime("%Y-%m"), "month", recently.group(0)
        return f"{frame.published.year:04d}", "year", recently.group(0)
    if timing == "state":
        return "", "unknown", ""
    if frame.report_dates:
        # Undated news is as old as the report of it.
        report = frame.report_dates[0]
        return report.value, report.precision, report.text
    return frame.published.isoformat(), "week", ""
