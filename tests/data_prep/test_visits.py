"""Visits implied by talks or a signing held in one party's country (``data_prep.visits``)."""

from __future__ import annotations

PUBLISHED = "2024-10-11"  # a Friday


def visits(result) -> list[tuple[str, str, str, str]]:
    return [
        (e["actor1"], e["actor2"], e["event_date"], e["date_precision"])
        for e in result.events
        if e["event_type"] == "visit"
    ]


def test_talks_in_the_capital_mean_the_guest_came(article):
    result = article("Putin met Pezeshkian in Moscow on Tuesday.", published=PUBLISHED)
    assert visits(result) == [("Masoud Pezeshkian", "Russia", "2024-10-08", "day")]


def test_a_signing_at_the_seat_of_government_is_a_visit_to_its_country(article):
    sentence = "Putin and Pezeshkian signed the treaty in the Kremlin on Friday."
    result = article(sentence, published=PUBLISHED)
    (visit,) = [e for e in result.events if e["event_type"] == "visit"]
    assert (visit["actor1"], visit["actor2"], visit["actor2_country"]) == (
        "Masoud Pezeshkian",
        "Russia",
        "RUS",
    )
    assert visit["quote"] == sentence


def test_talks_in_a_third_country_are_no_visit_to_either_party(article):
    result = article("Lavrov met Araghchi in Muscat on Tuesday.", published=PUBLISHED)
    assert visits(result) == []


def test_a_call_brings_no_one_anywhere(article):
    result = article("Putin spoke to Pezeshkian by phone from Moscow.", published=PUBLISHED)
    assert visits(result) == []


def test_a_visit_the_sentence_tells_is_not_told_twice(article):
    result = article(
        "Pezeshkian visited Moscow on Tuesday and met Putin in the Kremlin.", published=PUBLISHED
    )
    assert [v[:2] for v in visits(result)] == [("Masoud Pezeshkian", "Russia")]


def test_denied_talks_imply_no_visit(article):
    result = article("Putin did not meet Pezeshkian in Moscow.", published=PUBLISHED)
    assert visits(result) == []


def meetings(result) -> set[tuple[str, str]]:
    return {(e["actor1"], e["actor2"]) for e in result.events if e["event_type"] == "meeting"}


def test_the_guests_of_a_hosted_summit_meet_each_other(article):
    summit = article(
        "Raisi hosted Putin and Erdogan for a trilateral summit on Tuesday.", published=PUBLISHED
    )
    assert ("Vladimir Putin", "Recep Tayyip Erdogan") in meetings(summit)
    one_by_one = article(
        "Raisi hosted Putin and Erdogan in Tehran on Tuesday.", published=PUBLISHED
    )
    assert ("Vladimir Putin", "Recep Tayyip Erdogan") not in meetings(one_by_one)
