"""A "Source: OUTLET" line gives the outlet of every claim that names none."""

from __future__ import annotations


def vias(result) -> list[tuple[str, str, bool]]:
    return [(c["claimant"], c["via"], c["via_state_media"]) for c in result.claims]


def test_a_source_line_carries_every_claim_without_an_outlet(article):
    text = (
        "Maria Zakharova said Russia respects the position of Iran.\n\n"
        "Peskov said the talks were useful, RIA Novosti reported.\n\n"
        "Source: TASS\n"
    )
    assert vias(article(text)) == [
        ("Maria Zakharova", "TASS", True),
        ("Dmitry Peskov", "RIA Novosti", True),
    ]


def test_a_source_line_citing_someone_names_the_outlet_first(article):
    text = "Source: IRNA, citing the Foreign Ministry\n\nAraghchi said Iran values its ties."
    assert vias(article(text)) == [("Abbas Araghchi", "IRNA", True)]


def test_without_a_source_line_a_claim_keeps_no_outlet(article):
    text = "Maria Zakharova said Russia respects the position of Iran.\n\nSources differ."
    assert vias(article(text)) == [("Maria Zakharova", "", False)]

