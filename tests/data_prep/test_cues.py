import shutil
from dataclasses import replace
from itertools import pairwise

import pytest

from data_prep.cues import find_cues
from data_prep.lexicons import LEXICON_DIR, LexiconError, load_lexicons
from data_prep.model import Sentence


def sentence_of(text: str, offset: int = 0) -> Sentence:
    document = " " * offset + text
    return Sentence.of(document, 0, offset, len(document))


def test_find_cues_prefers_longest_non_overlapping(lexicons):
    sentence = sentence_of("Russia sent humanitarian aid and held talks with Iran.")
    hits = find_cues(sentence, lexicons.event_cues)
    surfaces = [sentence.slice(h.start, h.end) for h in hits]
    assert "humanitarian aid" in surfaces and "aid" not in surfaces
    assert "held talks" in surfaces
    assert all(a.end <= b.start for a, b in pairwise(hits))


def test_cue_positions_are_document_positions(lexicons):
    text = "Russia held talks with Iran."
    hits = find_cues(sentence_of(text, offset=40), lexicons.event_cues)
    held = next(h for h in hits if h.cue.entry.event_type == "meeting")
    assert held.start == 40 + text.index("held talks")


def test_skipping_alternatives_whose_words_are_absent_finds_the_same_hits(lexicons):
    sentence = sentence_of(
        "Iran-backed groups deepened ties as Russia's S-400 deliveries and Shahed drone-maker "
        "talks strengthened cooperation, officials said."
    )
    # With no words needed, every alternative is viable and each cue runs its whole pattern.
    every_cue = tuple(
        replace(cue, alternatives=tuple(replace(a, first=None, later=()) for a in cue.alternatives))
        for cue in lexicons.event_cues
    )

    def found(cues):
        return [(h.start, h.end, h.cue.phrase) for h in find_cues(sentence, cues)]

    assert found(lexicons.event_cues) == found(every_cue)
    assert len(found(every_cue)) >= 4


def test_a_cue_word_that_takes_no_inflections_is_refused_with_its_file_and_row(tmp_path):
    folder = tmp_path / "lexicons"
    shutil.copytree(LEXICON_DIR, folder)
    cues = folder / "event_cues.csv"
    lines = cues.read_text().splitlines()
    lines.append("ignor+ .. interests,criticism,111,tension,diplomacy,action,1,false,")
    cues.write_text("\n".join(lines) + "\n")
    with pytest.raises(LexiconError, match=rf"event_cues.csv, row {len(lines)}.*'ignor\+'"):
        load_lexicons(folder)
