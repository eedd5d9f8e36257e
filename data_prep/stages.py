"""The extraction stages, in order. Each takes the document and adds one layer to it.

A stage reads the layers of the stages before it and sets its own (named in its docstring);
per-article memory lives on the document (``mention_memory``, ``story``,
``previous_claims``), carried from sentence to sentence in reading order.
"""

from __future__ import annotations

from collections.abc import Callable

from data_prep.claims import extract_claims
from data_prep.cues import find_cues
from data_prep.dates import (
    episode_dates,
    episode_references,
    find_dates,
    previous_periods,
    timeline_label,
)
from data_prep.english import dateline_end
from data_prep.event_context import build_context, event_actors, event_cue_hits
from data_prep.events import extract_events
from data_prep.lexicons import Lexicons
from data_prep.mentions import find_mentions, observe, remember, turn_pronouns
from data_prep.model import DateMention, Document
from data_prep.source_line import carried_outlet, through_outlet
from data_prep.turns import turn_speakers

Stage = Callable[[Document, Lexicons], None]


def mentions(doc: Document, lexicons: Lexicons) -> None:
    """Sets ``mentions``: actors named or referred to; headlines are read for who is who."""
    memory = doc.mention_memory
    extracted = {state.sentence.index: state for state in doc.states}
    for sentence in doc.sentences:
        if sentence.kind == "title":
            observe(sentence, lexicons, memory, doc.published)
        elif sentence.index in extracted:
            found = find_mentions(sentence, lexicons, memory, doc.published)
            remember(memory, found)
            extracted[sentence.index].mentions = found.mentions


def datelines(doc: Document, lexicons: Lexicons) -> None:
    """Removes from ``mentions`` the places and agencies of a dateline ("TEHRAN, Iran — "):
    where a story was filed is no actor in it."""
    for state in doc.states:
        end = dateline_end(state.sentence)
        if end is not None:
            state.mentions = [m for m in state.mentions if m.start >= end]


def turns(doc: Document, lexicons: Lexicons) -> None:
    """Sets ``turn_speaker`` (who speaks each sentence of a transcript by its label) and adds
    to ``mentions`` the first person the speaker uses outside quotations."""
    speakers = turn_speakers(doc.states, lexicons.words["questioner_labels"])
    for state, speaker in zip(doc.states, speakers, strict=True):
        state.turn_speaker = speaker
        if speaker is not None:
            state.mentions = turn_pronouns(
                state.sentence, lexicons, state.mentions, speaker, doc.published
            )


def dates(doc: Document, lexicons: Lexicons) -> None:
    """Sets ``dates``: date expressions resolved against the publication date, and "the
    previous year" against the latest date before it."""
    earlier: list[DateMention] = []
    episodes: dict[str, DateMention] = {}
    entry: tuple[int, DateMention] | None = None
    for state in doc.states:
        sentence = state.sentence
        found = find_dates(sentence.text, doc.published, offset=sentence.start)
        found += previous_periods(sentence.text, earlier + found, offset=sentence.start)
        found += [
            reference
            for reference in episode_references(sentence.text, episodes, offset=sentence.start)
            if not any(reference.start < d.end and d.start < reference.end for d in found)
        ]
        state.dates = sorted(found, key=lambda mention: mention.start)
        earlier += state.dates
        label = timeline_label(sentence.text, state.dates, offset=sentence.start)
        if label is not None:
            entry = (sentence.paragraph_index, label)
        elif entry is not None and entry[0] == sentence.paragraph_index:
            state.entry_date = entry[1]
        episodes |= episode_dates(
            sentence.text, found, lexicons.words["episode_nouns"], offset=sentence.start
        )


def reporting(doc: Document, lexicons: Lexicons) -> None:
    """Sets ``reporting_hits``: reporting verbs and phrases, for events and claims alike."""
    for state in doc.states:
        state.reporting_hits = find_cues(state.sentence, lexicons.claim_cues)


def events(doc: Document, lexicons: Lexicons) -> None:
    """Sets ``events`` and carries the story from sentence to sentence."""
    for state in doc.states:
        actors = event_actors(state.sentence, state.mentions)
        hits = event_cue_hits(state.sentence, lexicons, actors, state.reporting_hits)
        context = build_context(
            state.sentence,
            actors,
            hits,
            state.reporting_hits,
            state.dates,
            lexicons,
            doc.published,
            doc.story.latest_first(),
            state.entry_date,
            tuple((m.start, m.end) for m in state.mentions if m.type == "media"),
        )
        state.events = extract_events(context, doc.story)
        doc.story.add(state.events)


def claims(doc: Document, lexicons: Lexicons) -> None:
    """Sets ``claims``; a quotation's speaker and outlet carry to the next sentence, and a
    transcript label's speaker through the turn."""
    for state in doc.states:
        state.claims = extract_claims(
            state.sentence,
            state.mentions,
            state.dates,
            state.reporting_hits,
            lexicons,
            doc.published,
            doc.previous_claims,
            state.turn_speaker,
            doc.described_sources,
        )
        doc.previous_claims = state.claims
        for claim in state.claims:
            if claim.claimant_id.startswith("unnamed") and claim.via:
                # Latest last: "one of them" is one of the sources described last.
                doc.described_sources.pop(claim.claimant_id, None)
                doc.described_sources[claim.claimant_id] = claim


def source_line(doc: Document, lexicons: Lexicons) -> None:
    """Sets the ``via`` of claims that name no outlet, when a "Source: TASS" line says which
    outlet the article carries."""
    outlet = carried_outlet(doc.sentences, lexicons)
    if outlet is None:
        return
    for state in doc.states:
        state.claims = [through_outlet(claim, outlet) for claim in state.claims]


STAGES: tuple[Stage, ...] = (
    mentions, datelines, turns, dates, reporting, events, claims, source_line,
)  # fmt: skip
