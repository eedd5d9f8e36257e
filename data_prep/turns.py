"""Transcript turns: in a briefing, interview or hearing printed as "Maria Zakharova: We have
taken note ...", the label names who speaks every sentence of the turn, up to the next label
("Question: ..."), paragraphs without a label included.
"""

from __future__ import annotations

import re

from data_prep.model import Mention, SentenceState

# "Maria Zakharova: ", "Q: ", "Foreign Ministry spokesman: " at the start of a paragraph;
# "President of Iran Hassan Rouhani (retranslated): " as the Kremlin prints its transcripts.
_LABEL = re.compile(r"(?P<label>[A-Z][^:\n.?!]{0,60}?)(?:\s*\([^()\n]{1,30}\))?\s*:\s")
# A transcript has several turns; a single "Name: ..." paragraph is a headline style, not one.
MIN_TURNS = 2

Turn = Mention | None
NOT_A_LABEL = object()


def turn_label(state: SentenceState, opens_paragraph: bool, questioners: frozenset[str]):
    """The speaker a paragraph's label names, None for a questioner's label (``questioners``
    in lower case), or ``NOT_A_LABEL`` when the sentence does not open a labelled turn."""
    if not opens_paragraph:
        return NOT_A_LABEL
    label = state.sentence.match(_LABEL)
    if label is None:
        return NOT_A_LABEL
    if label.group("label").lower() in questioners:
        return None
    labelled = next(
        (
            m
            for m in state.mentions
            # "President of Russia Vladimir Putin": the title before the name is the label's.
            if label.start("label") <= m.start
            and m.end == label.end("label")
            and m.kind != "adjective"
        ),
        None,
    )
    if labelled is None:
        return NOT_A_LABEL
    # "Izvestia: Mr. Ambassador, what will ...": the outlet that prints the interview asks.
    return None if labelled.type == "media" else labelled


def turn_speakers(states: list[SentenceState], questioners: tuple[str, ...]) -> list[Turn]:
    """Who speaks each sentence by a transcript label: None outside a transcript and in a
    questioner's turn."""
    lowered = frozenset(q.lower() for q in questioners)
    labels = [
        turn_label(state, _opens_paragraph(states, i), lowered) for i, state in enumerate(states)
    ]
    if sum(label is not NOT_A_LABEL for label in labels) < MIN_TURNS:
        return [None] * len(states)
    speakers: list[Turn] = []
    current: Turn = None
    for label in labels:
        if label is not NOT_A_LABEL:
            current = label
        speakers.append(current)
    return speakers


def _opens_paragraph(states: list[SentenceState], index: int) -> bool:
    if index == 0:
        return True
    return states[index].sentence.paragraph_index != states[index - 1].sentence.paragraph_index
