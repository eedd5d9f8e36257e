"""Who a reporting verb attributes a claim to, and through which outlet (made-up sentences,
mentions given by hand)."""

import pytest

from data_prep.claim_speakers import attribute
from data_prep.cues import find_cues
from data_prep.model import Mention, Sentence

ACTORS = {
    "Peskov": ("dmitry_peskov", "Dmitry Peskov", "RUS", "person", "name"),
    "Iran": ("iran", "Iran", "IRN", "state", "name"),
    "Ukraine": ("ukraine", "Ukraine", "UKR", "state", "name"),
    "the Russian envoy": ("russian_envoy", "Russian ambassador", "RUS", "person", "title"),
    "the Iranian side": ("iran", "Iran", "IRN", "state", "name"),
    "Tehran": ("iran", "Iran", "IRN", "state", "name"),
    "Reuters": ("reuters", "Reuters", "GBR", "media", "name"),
}


def attributed(text: str, verb: str, named: list[str], lexicons) -> list[tuple]:
    sentence = Sentence.of(text, 0, 0, len(text))
    mentions = [
        Mention(text.index(name), text.index(name) + len(name), name, *ACTORS[name])
        for name in named
    ]
    mentions.sort(key=lambda m: m.start)
    hit = next(
        h
        for h in find_cues(sentence, lexicons.claim_cues)
        if sentence.slice(h.start, h.end) == verb
    )
    return [
        (speaker.name if speaker else None, via.name if via else None)
        for speaker, via in attribute(sentence, hit, mentions)
    ]


@pytest.mark.parametrize(
    ("text", "verb", "named", "expected"),
    [
        ("Peskov said the talks went well.", "said", ["Peskov"], [("Dmitry Peskov", None)]),
        ('"We will go on," said Peskov.', "said", ["Peskov"], [("Dmitry Peskov", None)]),
        ("Peskov told Reuters the talks went well.", "told", ["Peskov", "Reuters"],
         [("Dmitry Peskov", "Reuters")]),
    ],
)  # fmt: skip
def test_the_common_forms(lexicons, text, verb, named, expected):
    assert attributed(text, verb, named, lexicons) == expected


def test_a_verb_after_and_keeps_the_subject_of_the_clause_before(lexicons):
    text = "Iran summoned the Russian envoy and said it would not accept the statement."
    named = ["Iran", "the Russian envoy"]
    assert attributed(text, "said", named, lexicons) == [("Iran", None)]


def test_an_aside_between_subject_and_verb_does_not_count_towards_the_reach(lexicons):
    text = (
        "Ukraine, which downgraded diplomatic relations with Tehran over the drones in "
        "September 2022, has warned that missile deliveries would bring grave consequences."
    )
    assert attributed(text, "warned", ["Ukraine", "Tehran"], lexicons) == [("Ukraine", None)]


def test_an_actor_followed_by_its_own_verb_is_no_inverted_speaker(lexicons):
    text = "An official, speaking on condition of anonymity, said the Iranian side had balked."
    assert attributed(text, "said", ["the Iranian side"], lexicons) == [(None, None)]
