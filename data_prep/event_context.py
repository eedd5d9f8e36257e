"""What one sentence offers its events, worked out once: actors, cues, clauses, dates."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from data_prep.attribution import Attribution, attribute
from data_prep.cues import find_cues
from data_prep.english import clause_bounds, phrase_alternation, quotations
from data_prep.lexicons import Lexicons
from data_prep.model import CueHit, DateMention, Event, Mention, Sentence

# "according to the Eurasian Economic Commission": the source of what the sentence reports.
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.IGNORECASE)
_RESTATED_SUBJECT = re.compile(
    r"\s*(?:The|This|That|These|Those|His|Her|Its|Their|[A-Z][\w-]+['’]s)\s+(?:[a-z-]+\s+)?"
)
# What a restated act does in the sentence: it is placed in time or judged, not told again.
_FRAMING_VERB = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:came|comes|come|follows|followed|took place|takes place|marks|marked"
    r"|was seen|is seen|was widely seen|underscores|underscored|highlights|highlighted)\b"
)
_BINDS_AN_ACT = re.compile(r"\sto$")
_THAT_CLAUSE = re.compile(r"\s+that\b")
# Between a verb and the head noun of its object: a determiner and a few modifiers.
_OBJECT_GAP = re.compile(r"\s+(?:[\w’'-]+\s+){0,4}")
# "Moscow's ally Iran", "its closest partner Tehran": a possessor right before the noun.
_POSSESSOR_BEFORE = re.compile(r"(?:['’]s|\b(?:its|his|her|their))\s+(?:[a-z-]+\s+)?$")
_EPITHET_GAP = re.compile(r"[ \t]+")
# Between a reaction verb and the one who takes offence: "angered (many) Iranian officials".
_OFFENDED_GAP = re.compile(r"\s+(?:(?:the|many|some)\s+)?")
_BY = re.compile(r"\s+by\b")
# "is frustrated with", "felt irritated": the reaction verb is an adjective of its subject.
_BE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|became|become|felt|feel|feels|seemed|seems|got)\s+"
    r"(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)
# "the will of the people" is no future tense, and "in May" no possibility: where a word that
# looks like a modal is a noun.
_MODAL_NOUN = re.compile(
    r"\b(?:the|a|their|his|her|its|political|free|good)\s+(?=will\b)", re.IGNORECASE
)
_MONTH_MAY = re.compile(
    r"\b(?:in|by|since|until|early|late|mid-?|of|from|last|next|this|on|\d{1,2})\s+(?=May\b)"
    # "the May summit": a determiner before it; a modal never follows one.
    r"|(?:\b(?:the|its|his|her|their)|['’]s)\s+(?=May\s+[a-z])"
)


# CAMEO 162, reduce or stop material aid: delays and failures to deliver.
WITHHELD = "162"


@dataclass(frozen=True)
class EventContext:
    sentence: Sentence
    actors: tuple[Mention, ...]
    attribution: Attribution
    cue_hits: tuple[CueHit, ...]
    modality_hits: tuple[CueHit, ...]
    ongoing_hits: tuple[CueHit, ...]
    themes: tuple[str, ...]
    dates: tuple[DateMention, ...]
    quotations: tuple[tuple[int, int], ...]
    # Where a modality hit is a noun ("the will of the people", "in May"); found only in
    # sentences with modality hits, the only ones that read it.
    modal_lookalikes: frozenset[int]
    lexicons: Lexicons
    published: date | None
    # The events of the last few sentences, latest first: what "the strikes" may point back to.
    earlier_events: tuple[Event, ...] = ()
    # The date label of the timeline entry the sentence continues, if any.
    entry_date: DateMention | None = None
    # Where the sentence names news outlets ("told Reuters"): they report, they act in nothing.
    outlets: tuple[tuple[int, int], ...] = ()

    @property
    def reporting_bounds(self) -> tuple[int, ...]:
        return self.attribution.content_bounds

    def inside_quote(self, position: int) -> bool:
        return any(start < position < end for start, end in self.quotations)

    def clause(self, position: int) -> tuple[int, int]:
        """The clause around a position, reported content counted as a clause of its own."""
        return clause_bounds(self.sentence, position, self.reporting_bounds)

    def agreeing_verb(self, hit: CueHit) -> CueHit | None:
        """ "signed a deal", "ratified the 2015 nuclear deal": the agreement whose object a
        cue of the lowest priority names; that cue is what was agreed, not an act of its own."""
        if hit.cue.entry.priority != 0:
            return None
        return next(
            (
                verb
                for verb in self.cue_hits
                if verb.cue.entry.event_type == "agreement"
                and self.sentence.fullmatch(_OBJECT_GAP, verb.end, hit.start)
            ),
            None,
        )

    def binds_an_act(self, hit: CueHit) -> bool:
        """Whether the cue ends in "to" and so binds an act that follows it ("agreed to",
        "agreed ... to"): what comes after belongs to that act."""
        return self.sentence.search(_BINDS_AN_ACT, hit.start, hit.end) is not None

    def is_type(self, hit: CueHit, family: str) -> bool:
        entry = self.lexicons.event_types.get(hit.cue.entry.event_type)
        return entry is not None and entry.family == family

    def is_epithet(self, hit: CueHit) -> bool:
        """ "strikes on Moscow's ally Iran", "its partner Tehran": a relationship noun standing
        before a name as its title describes the name; it is no act of its own."""
        if not hit.cue.entry.needs_actor_before:
            return False
        if not self.sentence.search(_POSSESSOR_BEFORE, None, hit.start):
            return False
        return any(
            m.start > hit.end and self.sentence.fullmatch(_EPITHET_GAP, hit.end, m.start)
            for m in self.actors
        )

    def takes_offence(self, hit: CueHit, mention: Mention) -> bool:
        """ "The move angered Iranian officials": the object of a reaction verb is the one who
        complains (word_lists reaction_verbs); "Iran is frustrated with" is no such verb."""
        return (
            self._is_reaction_verb(hit)
            and mention.start >= hit.end
            and self.sentence.fullmatch(_OFFENDED_GAP, hit.end, mention.start) is not None
            and self.sentence.search(_BE_BEFORE, None, hit.start) is None
        )

    def offended_in_the_passive(self, hit: CueHit) -> bool:
        """ "Iranian officials were angered by Moscow's silence": a reaction verb in the
        passive names its subject as the one who complains, of the agent after "by"."""
        return (
            self._is_reaction_verb(hit)
            and self.sentence.search(_BE_BEFORE, None, hit.start) is not None
            and self.sentence.match(_BY, hit.end) is not None
        )

    def _is_reaction_verb(self, hit: CueHit) -> bool:
        verb = self.sentence.slice(hit.start, hit.end).lower()
        return verb in self.lexicons.words["reaction_verbs"]

    def withholds(self, hit: CueHit) -> bool:
        """Whether the cue delays, halts or fails a transfer (CAMEO 162, reduce or stop
        material aid): "delayed deliveries of", "never delivered"."""
        return hit.cue.entry.cameo_code == WITHHELD

    def is_complaint(self, event_type: str) -> bool:
        """Whether the type is a complaint (event_types.csv): criticism, accusation…"""
        entry = self.lexicons.event_types.get(event_type)
        return entry is not None and entry.complaint


def as_reading(ctx: EventContext, event: Event, reading: str, **changes) -> Event:
    """``event`` read as one of ``event_readings.csv`` (its type, CAMEO code and Goldstein
    weight), with ``changes``."""
    entry = ctx.lexicons.readings[reading]
    return replace(
        event,
        event_type=entry.event_type,
        cameo_code=entry.cameo_code,
        goldstein=ctx.lexicons.goldstein(entry.cameo_code),
        quad_class=quad_class(entry.cameo_code),
        **changes,
    )


def quad_class(cameo_code: str) -> int:
    """GDELT's QuadClass: verbal cooperation (01–05), material cooperation (06–08), verbal
    conflict (09–13), material conflict (14–20)."""
    root = int(cameo_code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def from_context(mention: Mention) -> Mention:
    """A participant taken from an earlier sentence: it has no place in this one."""
    return replace(mention, start=-1, end=-1, kind="context")


def event_actors(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """The actors that can take part in events: a pair mention stands for its two members
    at its place; news outlets only report, and so do the source of "according to" and an
    official whose country the article never gives, since no act of theirs could be put on
    a side."""
    actors: list[Mention] = []
    for mention in mentions:
        if sentence.search(_ACCORDING_TO, None, mention.start):
            continue
        if mention.kind == "pair":
            actors.extend(
                replace(
                    member, start=mention.start, end=mention.end, text=mention.text, kind="pair"
                )
                for member in mention.members
            )
        elif mention.type != "media" and (mention.country or mention.type != "person"):
            actors.append(mention)
    return actors


def event_cue_hits(
    sentence: Sentence,
    lexicons: Lexicons,
    actors: list[Mention],
    reporting_hits: list[CueHit] = (),
) -> list[CueHit]:
    """Event cues that name acts, the project's own first and CAMEO's verbs where those read
    nothing. A cue word inside a name or title ("Oil Minister",
    "Ministry of Defence") is none, and "The meeting came a day after ..." points back at an
    act already told. Nor is one inside a phrase of the word list ``not_acts`` ("a request
    for comment", "sources close to the Kremlin")."""
    own = find_cues(sentence, lexicons.event_cues)
    cameo = [
        h
        for h in find_cues(sentence, lexicons.cameo_cues)
        if all(h.end <= o.start or h.start >= o.end for o in own)
        and not _reports_content(sentence, h, reporting_hits)
    ]
    hits = sorted(own + cameo, key=lambda h: h.start)
    not_acts = _not_act_spans(sentence, lexicons, hits)
    return [
        h
        for h in hits
        if not any(m.start <= h.start and h.end <= m.end for m in actors)
        and not any(start <= h.start and h.end <= end for start, end in not_acts)
        and not (
            sentence.fullmatch(_RESTATED_SUBJECT, sentence.start, h.start)
            and sentence.match(_FRAMING_VERB, h.end)
        )
    ]


def _not_act_spans(
    sentence: Sentence, lexicons: Lexicons, hits: list[CueHit]
) -> list[tuple[int, int]]:
    """Where the sentence holds a ``not_acts`` phrase; not searched when no cue could lie in
    one, as in most sentences."""
    return sentence.spans(_not_acts(lexicons.words["not_acts"])) if hits else []


@cache
def _not_acts(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """The phrases, where " .. " stands for up to six words ("request .. for comment")."""
    gap = r"(?:\s+\S+){0,6}?\s+"
    alternatives = (
        gap.join(phrase_alternation([part]) for part in phrase.split(" .. ")) for phrase in phrases
    )
    return re.compile(rf"\b(?:{'|'.join(alternatives)})\b", re.IGNORECASE)


def _reports_content(sentence: Sentence, hit: CueHit, reporting_hits: list[CueHit]) -> bool:
    """ "Peskov insisted that both countries ...": a CAMEO verb that is also a reporting verb
    and introduces a that-clause reports what follows; the act is in the clause, if any."""
    return sentence.match(_THAT_CLAUSE, hit.end) is not None and any(
        r.cue.entry.form in ("verb", "clause") and r.start <= hit.start and hit.end <= r.end
        for r in reporting_hits
    )


def build_context(
    sentence: Sentence,
    actors: list[Mention],
    hits: list[CueHit],
    reporting_hits: list[CueHit],
    dates: list[DateMention],
    lexicons: Lexicons,
    published: date | None,
    earlier_events: tuple[Event, ...] = (),
    entry_date: DateMention | None = None,
    outlets: tuple[tuple[int, int], ...] = (),
) -> EventContext:
    modality_hits = tuple(find_cues(sentence, lexicons.modality_cues))
    return EventContext(
        sentence=sentence,
        actors=tuple(actors),
        attribution=attribute(
            sentence, reporting_hits, actors, dates, lexicons.words["speech_nouns"]
        ),
        cue_hits=tuple(hits),
        modality_hits=modality_hits,
        ongoing_hits=tuple(find_cues(sentence, lexicons.timing_cues)),
        themes=tuple(hit.cue.entry.theme for hit in find_cues(sentence, lexicons.theme_cues)),
        dates=tuple(dates),
        quotations=quotations(sentence),
        modal_lookalikes=_modal_lookalikes(sentence) if modality_hits else frozenset(),
        lexicons=lexicons,
        published=published,
        earlier_events=earlier_events,
        entry_date=entry_date,
        outlets=outlets,
    )


def _modal_lookalikes(sentence: Sentence) -> frozenset[int]:
    return frozenset(
        m.end() for pattern in (_MODAL_NOUN, _MONTH_MAY) for m in sentence.finditer(pattern)
    )
