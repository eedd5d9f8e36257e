"""Claims: who says what, through which outlet, and whether it is hedged."""

from __future__ import annotations

import pytest

from data_prep import schema
from data_prep.dates import is_valid_partial_date

PUBLISHED = "2024-10-11"  # a Friday


def claims_in(result, sentence: str) -> list[dict]:
    rows = [row for row in result.claims if row["quote"] == sentence]
    for row in rows:
        assert row["stance"] in schema.STANCES
        assert is_valid_partial_date(row["claim_date"])
        assert row["claimant_country"] == "" or (
            len(row["claimant_country"]) == 3 and row["claimant_country"].isupper()
        )
    return rows


def by_claimant(result, sentence: str) -> dict[str, dict]:
    return {row["claimant"]: row for row in claims_in(result, sentence)}


def test_x_said(article):
    sentence = "Kremlin spokesman Dmitry Peskov said the talks with Iran were productive."
    claims = by_claimant(article(sentence), sentence)
    claim = claims["Dmitry Peskov"]
    assert (claim["claimant_country"], claim["stance"], claim["via"], claim["hedged"]) == (
        "RUS",
        "asserts",
        "",
        False,
    )
    assert claim["claim_date"] == PUBLISHED


def test_quote_then_speaker_said(article):
    sentence = "“Our ties with Tehran are very close,” Putin said."
    claims = claims_in(article(sentence), sentence)
    assert [(c["claimant"], c["stance"]) for c in claims] == [("Vladimir Putin", "asserts")]


def test_reporting_verb_inside_a_quotation_is_not_a_second_claim(article):
    sentence = '"They said we would lose," Putin said.'
    claims = claims_in(article(sentence), sentence)
    assert [c["claimant"] for c in claims] == ["Vladimir Putin"]


@pytest.mark.parametrize(
    "sentence",
    [
        "“We are actively working together in the international arena,” Putin said during the "
        "meeting, according to Russian state media outlet Tass.",
        "Putin said Russia and Iran were working together, according to Tass.",
    ],
)
def test_according_to_tass_is_via_tass(article, sentence):
    claims = by_claimant(article(sentence), sentence)
    claim = claims["Vladimir Putin"]
    assert claim["via"] == "TASS"
    assert claim["via_state_media"] is True
    assert claim["stance"] == "asserts"


def test_according_to_an_outlet_alone(article):
    sentence = "The agenda will focus on bilateral relations with Iran, according to Tass."
    claims = claims_in(article(sentence), sentence)
    assert claims and {c["via"] for c in claims} == {"TASS"}


@pytest.mark.parametrize(("outlet", "via"), [("Reuters", "Reuters"), ("Interfax", "Interfax")])
def test_x_told_outlet(article, outlet, via):
    sentence = (
        f"Iranian Foreign Minister Abbas Araghchi told {outlet} that Tehran values its ties "
        "with Moscow."
    )
    claims = by_claimant(article(sentence), sentence)
    claim = claims["Abbas Araghchi"]
    assert (claim["claimant_country"], claim["via"], claim["stance"]) == ("IRN", via, "asserts")


def test_x_was_quoted_as_saying(article):
    sentence = "“Ties with Moscow are strong,” Pezeshkian was quoted as saying."
    claims = by_claimant(article(sentence), sentence)
    assert claims["Masoud Pezeshkian"]["stance"] == "asserts"
    assert claims["Masoud Pezeshkian"]["claimant_country"] == "IRN"


def test_agency_quoted_x_as_saying(article):
    sentence = "State news agency RIA quoted Sergei Shoigu as saying that Moscow could assist Iran."
    claims = by_claimant(article(sentence), sentence)
    assert claims["Sergei Shoigu"]["via"] == "RIA Novosti"
    assert "RIA Novosti" not in claims


def test_called_that_a_lie(article):
    first = "Iran said it sent only a small number of drones to Russia before the war."
    second = "Ukrainian President Volodymyr Zelensky called that a lie."
    claims = by_claimant(article(f"{first} {second}"), second)
    claim = claims["Volodymyr Zelensky"]
    assert claim["stance"] in ("denies", "disputes")
    assert claim["claimant_country"] == "UKR"


def test_anaphoric_denial(article):
    first = "Viktor Bout has reportedly brokered the sale of weapons to the Houthis in Yemen."
    second = "Bout has denied this."
    claims = by_claimant(article(f"{first} {second}"), second)
    assert claims["Viktor Bout"]["stance"] == "denies"
    assert claims["Viktor Bout"]["hedged"] is False


def test_denied(article):
    sentence = "Iran denied sending drones to Russia."
    assert by_claimant(article(sentence), sentence)["Iran"]["stance"] == "denies"


@pytest.mark.parametrize(
    ("sentence", "speaker", "stance"),
    [
        ("Peskov warned that Israel must not attack Iran.", "Dmitry Peskov", "warns"),
        ("Pezeshkian said he hoped the treaty could be signed soon.", "Masoud Pezeshkian", "hopes"),
        ("Lavrov rejected claims that Russia was abandoning Iran.", "Sergei Lavrov", "denies"),
    ],
)
def test_stances(article, sentence, speaker, stance):
    assert by_claimant(article(sentence), sentence)[speaker]["stance"] == stance


def test_reportedly_is_hedged(article):
    sentence = "Putin reportedly said that Russia would help Iran."
    claims = claims_in(article(sentence), sentence)
    assert claims and all(c["hedged"] for c in claims)


def test_according_to_sources_is_hedged(article):
    sentence = "According to sources, Moscow is not fulfilling its obligations to Iran."
    claims = claims_in(article(sentence), sentence)
    assert claims and all(c["hedged"] for c in claims)


def test_named_on_record_speaker_is_not_hedged(article):
    sentence = "Lavrov said on Monday that Russia would help Iran."
    claim = by_claimant(article(sentence), sentence)["Sergei Lavrov"]
    assert claim["hedged"] is False
    assert claim["claim_date"] == "2024-10-07"


def test_according_to_sources_is_not_attributed_to_the_subject(article):
    sentence = "According to sources, Moscow is not fulfilling its obligations to Iran."
    claimants = {c["claimant"] for c in claims_in(article(sentence), sentence)}
    assert claimants and not claimants & {"Russia", "Iran"}
    assert any("source" in claimant for claimant in claimants)


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("Iran has supplied Russia with missiles, officials said.", "official"),
        ("Russia and Iran are allies, sources said.", "source"),
    ],
)
def test_trailing_unnamed_attribution(article, sentence, who):
    claimants = {c["claimant"] for c in claims_in(article(sentence), sentence)}
    assert claimants and not claimants & {"Russia", "Iran"}
    assert any(who in claimant for claimant in claimants)


def test_no_reporting_verb_no_claim(article):
    assert article("Putin met Pezeshkian in Ashgabat on Friday.").claims == []


def test_claim_ids_unique_per_sentence(article):
    text = (
        "Putin said Russia and Iran were close, according to Tass. "
        "Pezeshkian said he hoped the treaty could be signed soon."
    )
    result = article(text)
    ids = [c["claim_id"] for c in result.claims]
    assert ids and len(ids) == len(set(ids))


def test_a_further_statement_has_an_id_of_its_own(article):
    result = article("Lavrov said the treaty was a milestone, adding that it targets no one.")
    ids = [c["claim_id"] for c in result.claims]
    assert [c["cue"] for c in result.claims] == ["said", "adding"]
    assert len(set(ids)) == 2


def test_an_unnamed_mp_is_a_hedged_source(article):
    sentence = "“Russia did not stand with us,” one MP told a news website."
    claims = [c for c in article(sentence).claims if c["quote"] == sentence]
    assert [(c["claimant"], c["hedged"]) for c in claims] == [("unnamed MP", True)]


def test_a_participle_reports_speech(article):
    sentence = "Putin spoke to Araghchi, adding that Russia was ready to help."
    assert [c["claimant"] for c in claims_in(article(sentence), sentence)] == ["Vladimir Putin"]


@pytest.mark.parametrize(
    ("sentence", "claimant", "stance"),
    [
        ("Western governments accuse Iran of supplying drones to Russia.", "the West", "asserts"),
        ("Moscow condemned the strikes as a violation of international law.", "Russia", "asserts"),
        ("Trump rebuked Medvedev on social media.", "Donald Trump", "disputes"),
    ],
)
def test_speech_acts_are_claims(article, sentence, claimant, stance):
    claims = claims_in(article(sentence), sentence)
    assert [(c["claimant"], c["stance"]) for c in claims] == [(claimant, stance)]


def test_a_speech_act_does_not_open_reported_content_for_events(article):
    sentence = "Moscow condemned the US strikes on Iran."
    events = [e for e in article(sentence).events if e["quote"] == sentence]
    assert ("United States", "Iran", "military_action") in {
        (e["actor1"], e["actor2"], e["event_type"]) for e in events
    }
