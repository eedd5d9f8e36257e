"""The document model every stage reads and extends, after spaCy's ``Doc`` and ``Span``.

Every position is an offset into the original article text. A ``Sentence`` is a view of the
document: its text is derived from the document, and its regular-expression helpers take and
give document positions, so no stage converts between sentence and document offsets itself.
Each stage adds one layer to the per-sentence state (``SentenceState``) or to the document's
explicit per-article memory; none keeps hidden state of its own.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass, field
from datetime import date

from data_prep.lexicons import Cue

RUSSIA_IRAN = frozenset({"RUS", "IRN"})


@dataclass(frozen=True)
class Mention:
    """One reference to an actor; ``members`` holds the two actors of a pair mention."""

    start: int
    end: int
    text: str
    actor_id: str
    name: str
    country: str
    type: str
    kind: str
    members: tuple[Mention, ...] = field(default=(), compare=False)

    @property
    def side(self) -> str:
        """Which side of an interaction the actor is on: its country, else the actor itself."""
        return self.country or self.actor_id


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    value: str
    precision: str


@dataclass(frozen=True)
class CueHit:
    start: int
    end: int
    cue: Cue


class DocMatch:
    """A regular-expression match on a sentence, reporting document positions."""

    __slots__ = ("_match", "_offset")

    def __init__(self, match: re.Match[str], offset: int):
        self._match = match
        self._offset = offset

    def start(self, group: int | str = 0) -> int:
        return self._match.start(group) + self._offset

    def end(self, group: int | str = 0) -> int:
        return self._match.end(group) + self._offset

    def group(self, group: int | str = 0) -> str:
        return self._match.group(group)


def _wrap(match: re.Match[str] | None, offset: int) -> DocMatch | None:
    return DocMatch(match, offset) if match is not None else None


@dataclass(frozen=True)
class Sentence:
    """A sentence of the document. Positions in and out are document offsets.

    ``search`` and ``finditer`` remember their answers: the stages ask the same question of a
    sentence again and again (once per cue hit, per candidate pair, per event), and each asks
    the pattern to try every position. ``match`` and ``fullmatch`` try one position, which
    costs less than remembering."""

    index: int
    start: int
    end: int
    kind: str
    paragraph_index: int
    text: str
    # (helper, id of the pattern, start, end) -> (the pattern, the answer). The pattern is
    # kept so that its id cannot pass to another pattern while the answer is remembered.
    _answers: dict[tuple, tuple] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    @classmethod
    def of(
        cls,
        document_text: str,
        index: int,
        start: int,
        end: int,
        kind: str = "body",
        paragraph_index: int = 0,
    ) -> Sentence:
        return cls(index, start, end, kind, paragraph_index, document_text[start:end])

    def _bounds(self, start: int | None, end: int | None) -> tuple[int, int]:
        local_start = 0 if start is None else start - self.start
        local_end = len(self.text) if end is None else end - self.start
        return local_start, local_end

    def slice(self, start: int, end: int | None = None) -> str:
        """The text between two document positions (clipped to the sentence)."""
        local_start, local_end = self._bounds(start, end)
        return self.text[max(0, local_start) : max(0, local_end)]

    def finditer(
        self, pattern: re.Pattern[str], start: int | None = None, end: int | None = None
    ) -> list[DocMatch]:
        known = self._answers.get((_FINDITER, id(pattern), start, end))
        if known is None:
            local_start, local_end = self._bounds(start, end)
            found = pattern.finditer(self.text, local_start, local_end)
            matches = [DocMatch(m, self.start) for m in found]
            known = self._remember(_FINDITER, pattern, start, end, matches)
        # A new list each time: callers may change theirs.
        return list(known[1])

    def spans(self, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
        """Where ``pattern`` matches in the whole sentence, without wrapping each match: the
        cue search reads no groups and runs over every sentence."""
        offset = self.start
        return [(m.start() + offset, m.end() + offset) for m in pattern.finditer(self.text)]

    def search(
        self, pattern: re.Pattern[str], start: int | None = None, end: int | None = None
    ) -> DocMatch | None:
        known = self._answers.get((_SEARCH, id(pattern), start, end))
        if known is None:
            local_start, local_end = self._bounds(start, end)
            found = pattern.search(self.text, local_start, local_end)
            known = self._remember(_SEARCH, pattern, start, end, _wrap(found, self.start))
        return known[1]

    def match(
        self, pattern: re.Pattern[str], start: int | None = None, end: int | None = None
    ) -> DocMatch | None:
        local_start, local_end = self._bounds(start, end)
        return _wrap(pattern.match(self.text, local_start, local_end), self.start)

    def fullmatch(
        self, pattern: re.Pattern[str], start: int | None = None, end: int | None = None
    ) -> DocMatch | None:
        local_start, local_end = self._bounds(start, end)
        return _wrap(pattern.fullmatch(self.text, local_start, local_end), self.start)

    def _remember(
        self, helper: str, pattern: re.Pattern[str], start: int | None, end: int | None, answer
    ) -> tuple:
        known = (pattern, answer)
        self._answers[helper, id(pattern), start, end] = known
        return known


_SEARCH = "search"
_FINDITER = "finditer"


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
        return frozenset({self.actor1.side, self.actor2.side})


@dataclass(frozen=True)
class Claim:
    claimant: str
    claimant_country: str
    claimant_id: str
    stance: str
    cue: str
    via: str
    via_state_media: bool
    hedged: bool
    topic: str
    claim_date: str


def is_russia_iran_claim(claimant_country: str, mentions: list[Mention]) -> bool:
    """The one definition of a Russia–Iran claim: Russia or Iran speaking, or a sentence that
    names both (pair mentions count through their members)."""
    named = {member.country for m in mentions for member in (m.members or (m,))}
    return claimant_country in RUSSIA_IRAN or named >= RUSSIA_IRAN


@dataclass
class MentionMemory:
    """Who the article has named so far, for the references of later sentences."""

    history: list[Mention] = field(default_factory=list)
    # The people of each sentence that named any, for "he" and "him".
    people_by_sentence: list[list[Mention]] = field(default_factory=list)
    # Officials the registry does not know, by full name and by surname, learnt from
    # "Iranian Oil Minister Mohsen Paknejad" so that a later "Paknejad" is the same person.
    learned: dict[str, Mention] = field(default_factory=dict)


CONTEXT_SENTENCES = 3


class StoryMemory:
    """The events of the last few sentences, for sentences that continue them."""

    def __init__(self) -> None:
        self.recent: deque[list[Event]] = deque(maxlen=CONTEXT_SENTENCES)

    def add(self, events: list[Event]) -> None:
        self.recent.append(events)

    def all_with(self, mention_side: str) -> list[Event]:
        """The recent events involving a side, latest first."""
        return [
            event
            for event in self.latest_first()
            if mention_side in (event.actor1.side, event.actor2.side)
        ]

    def previous(self) -> Event | None:
        """The first event of the sentence just before, if it had one."""
        return self.recent[-1][0] if self.recent and self.recent[-1] else None

    def latest(self) -> Event | None:
        return next((events[0] for events in reversed(self.recent) if events), None)

    def latest_first(self) -> tuple[Event, ...]:
        return tuple(event for events in reversed(self.recent) for event in events)


@dataclass
class SentenceState:
    """Everything the stages have found in one sentence, layer by layer."""

    sentence: Sentence
    mentions: list[Mention] = field(default_factory=list)
    # Who speaks the sentence by a transcript label ("Maria Zakharova: ..."), if anyone.
    turn_speaker: Mention | None = None
    dates: list[DateMention] = field(default_factory=list)
    # The date label of the timeline entry the sentence continues ("JUNE 13, 2025 - ..."
    # opened its paragraph), if any.
    entry_date: DateMention | None = None
    reporting_hits: list[CueHit] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)


@dataclass
class Document:
    """One article and the layers the stages add to it."""

    doc_id: str
    source_file: str
    text: str
    published: date | None
    sentences: list[Sentence] = field(default_factory=list)
    states: list[SentenceState] = field(default_factory=list)
    # Per-article memory, carried from sentence to sentence in reading order.
    mention_memory: MentionMemory = field(default_factory=MentionMemory)
    story: StoryMemory = field(default_factory=StoryMemory)
    previous_claims: list[Claim] = field(default_factory=list)
    # The latest claim of each kind of described source with an outlet ("a source ... told
    # Interfax"), which "the source" refers back to.
    described_sources: dict[str, Claim] = field(default_factory=dict)
