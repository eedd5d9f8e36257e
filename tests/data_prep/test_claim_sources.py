"""Sources described, not named, found around a reporting verb."""

import pytest

from data_prep.claim_sources import unnamed_sources
from data_prep.cues import find_cues
from data_prep.model import Sentence


def sources_of(text: str, verb: str, lexicons) -> list[tuple[str, str]]:
    sentence = Sentence.of(text, 0, 0, len(text))
    hit = next(
        h
        for h in find_cues(sentence, lexicons.claim_cues)
        if sentence.slice(h.start, h.end) == verb
    )
    return [
        (s.name, sentence.slice(s.start, s.end)) for s in unnamed_sources(sentence, hit, lexicons)
    ]


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("Two traders told AFP that prices fell.", "told", [("unnamed traders", "Two traders")]),
        (
            "Prices fell, said a Singapore-based oil analyst.",
            "said",
            [("unnamed analyst", "a Singapore-based oil analyst")],
        ),
        (
            "Traders and analysts say the discount widened.",
            "say",
            [("unnamed traders", "Traders"), ("unnamed analysts", "analysts")],
        ),
        (
            "Conservative MPs in Tehran called for a vote.",
            "called for",
            [("unnamed MPs", "Conservative MPs")],
        ),
    ],
)
def test_a_described_source_near_its_verb(lexicons, text, verb, expected):
    assert sources_of(text, verb, lexicons) == expected


def test_a_source_whose_noun_ends_within_reach_speaks_whatever_follows_it(lexicons):
    text = "An Iranian lawmaker on parliament's development committee retorted that it failed."
    assert sources_of(text, "retorted", lexicons) == [("unnamed lawmaker", "An Iranian lawmaker")]


def test_a_source_before_an_aside_that_ends_at_the_verb_speaks(lexicons):
    text = (
        "A Russian official involved in the project, speaking on condition of anonymity, "
        "said the terms changed."
    )
    assert sources_of(text, "said", lexicons) == [("unnamed official", "A Russian official")]


def test_no_source_far_from_the_verb(lexicons):
    text = "Officials met in Vienna for many long hours of technical talks, and Iran later said no."
    assert sources_of(text, "said", lexicons) == []
