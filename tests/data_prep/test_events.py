"""Events on small sentences whose correct reading is unambiguous.

Only the fields that must hold are asserted; several events per sentence are allowed, so each
test looks for the event it needs and checks that nothing contradicts it.
"""

from __future__ import annotations

import pytest

from data_prep import schema
from data_prep.dates import is_valid_partial_date
from data_prep.event_context import quad_class

PUBLISHED = "2024-10-11"  # a Friday


def dyad(event: dict) -> frozenset[str]:
    return frozenset({event["actor1_country"], event["actor2_country"]})


def events_in(result, sentence: str) -> list[dict]:
    rows = [row for row in result.events if row["quote"] == sentence]
    for row in rows:
        assert row["event_type"] in schema.EVENT_TYPES
        assert row["polarity"] in schema.POLARITIES
        assert row["modality"] in schema.MODALITIES
        assert is_valid_partial_date(row["event_date"])
    return rows


def russia_iran(result, sentence: str) -> list[dict]:
    return [row for row in events_in(result, sentence) if dyad(row) == {"RUS", "IRN"}]


def test_meeting_with_titles_and_weekday(article):
    sentence = (
        "Russian President Vladimir Putin met Iranian President Masoud Pezeshkian in Moscow "
        "on Tuesday."
    )
    result = article(sentence, published=PUBLISHED)
    (event,) = [e for e in russia_iran(result, sentence) if e["event_type"] == "meeting"]
    assert (event["actor1"], event["actor1_country"]) == ("Vladimir Putin", "RUS")
    assert (event["actor2"], event["actor2_country"]) == ("Masoud Pezeshkian", "IRN")
    assert (event["event_type"], event["polarity"], event["modality"]) == (
        "meeting",
        "cooperation",
        "reported",
    )
    assert (event["event_date"], event["date_precision"]) == ("2024-10-08", "day")
    assert event["russia_iran"] is True
    assert event["cameo_code"].startswith("04") and event["cameo_root"] == event["cameo_code"][:2]
    assert event["goldstein"] > 0


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Russia and Iran signed a strategic partnership treaty on Friday.", "agreement"),
        ("Iran supplied Russia with drones.", "arms_transfer"),
        ("Russia sent humanitarian aid to Iran.", "aid"),
        ("Putin thanked Iran for its support.", "statement_support"),
        ("Putin telephoned Iran's interim president on Monday.", "call"),
    ],
)
def test_cooperation_events(article, sentence, event_type):
    result = article(sentence, published=PUBLISHED)
    events = russia_iran(result, sentence)
    assert event_type in {event["event_type"] for event in events}
    assert {event["polarity"] for event in events} == {"cooperation"}


def test_negation_turns_cooperation_into_tension(article):
    sentence = "Moscow is not fulfilling its obligations to Iran."
    result = article(sentence)
    events = russia_iran(result, sentence)
    assert events
    assert {event["polarity"] for event in events} == {"tension"}
    first = events[0]
    assert (first["actor1_country"], first["actor2_country"]) == ("RUS", "IRN")


def test_criticism_and_accusation_are_tension(article):
    for sentence, event_type in [
        ("Iran accuses Russia of abandoning it.", "accusation"),
        ("Russia's Foreign Ministry criticised Israel.", "criticism"),
    ]:
        result = article(sentence)
        events = events_in(result, sentence)
        assert event_type in {event["event_type"] for event in events}, sentence
        assert {event["polarity"] for event in events} == {"tension"}, sentence
        assert all(event["goldstein"] < 0 for event in events)


def test_denial_of_the_previous_sentence(article):
    claim = (
        "Viktor Bout, the Russian arms dealer, has reportedly been involved in brokering the sale "
        "of weapons to the Houthis in Yemen."
    )
    denial = "Bout has denied this."
    result = article(f"{claim} {denial}")
    reported = [e for e in events_in(result, claim) if e["event_type"] == "arms_transfer"]
    assert reported and {e["modality"] for e in reported} == {"reported"}
    denied = events_in(result, denial)
    assert denied, "the denial should carry the earlier event, marked denied"
    assert {event["modality"] for event in denied} == {"denied"}
    assert {(e["actor1"], e["event_type"]) for e in denied} == {("Viktor Bout", "arms_transfer")}


@pytest.mark.parametrize(
    ("sentence", "event_type", "event_date"),
    [
        ("Putin will meet Pezeshkian on Monday.", "meeting", "2024-10-14"),
        ("Putin is expected to visit Tehran.", "visit", ""),
        ("Russia and Iran are scheduled to sign a treaty.", "agreement", ""),
    ],
)
def test_planned_events(article, sentence, event_type, event_date):
    result = article(sentence)
    events = [e for e in russia_iran(result, sentence) if e["event_type"] == event_type]
    assert events
    assert {event["modality"] for event in events} == {"planned"}
    assert {event["event_date"] for event in events} == {event_date}


def test_planned_event_without_date_is_unknown_not_publication_date(article):
    sentence = "Putin is expected to visit Tehran."
    (event,) = russia_iran(article(sentence), sentence)
    assert (event["event_date"], event["date_precision"]) == ("", "unknown")


def test_hypothetical(article):
    sentence = "Moscow could assist Iran in its investigation of the crash."
    events = russia_iran(article(sentence), sentence)
    assert events and {event["modality"] for event in events} == {"hypothetical"}


def test_other_dyads_are_not_russia_iran(article):
    sentence = "Russia attacked Ukraine on Monday."
    (event,) = events_in(article(sentence), sentence)
    assert dyad(event) == {"RUS", "UKR"}
    assert (event["event_type"], event["polarity"]) == ("military_action", "tension")
    assert event["russia_iran"] is False
    assert event["event_date"] == "2024-10-07"


def test_one_sided_sentence_continues_the_story(article):
    first = "Russia sent humanitarian aid to Iran."
    second = "The shipment was ordered by President Vladimir Putin."
    result = article(f"{first} {second}")
    events = events_in(result, second)
    assert events
    event = events[0]
    assert (event["actor1"], event["actor2_country"]) == ("Vladimir Putin", "IRN")
    assert event["inferred_partner"] is True


def test_single_actor_without_context_gives_no_event(article):
    assert article("Putin visited a factory in Tula.").events == []


def test_no_cue_gives_no_event(article):
    assert article("Russia and Iran are countries in Eurasia.").events == []


def test_undated_action_gets_publication_week(article):
    sentence = "Iran supplied Russia with drones."
    (event,) = russia_iran(article(sentence), sentence)
    assert (event["event_date"], event["date_precision"]) == (PUBLISHED, "week")


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia has used Iranian drones against Ukrainian cities in recent weeks.",
        "Pezeshkian last month pledged closer ties with Russia to counter Western sanctions.",
    ],
)
def test_adjective_source_names_provenance_not_a_dated_act(article, sentence):
    provenance = [
        e
        for e in events_in(article(sentence), sentence)
        if e["event_type"] in ("arms_transfer", "sanction")
    ]
    assert provenance
    assert {(e["event_date"], e["date_precision"]) for e in provenance} == {("", "unknown")}


def test_adjective_source_keeps_a_date_that_governs_its_cue(article):
    sentence = "Russia received Iranian drones on Monday."
    (event,) = russia_iran(article(sentence), sentence)
    assert (event["event_type"], event["event_date"]) == ("arms_transfer", "2024-10-07")


def test_one_event_on_each_coordinated_date(article):
    sentence = "Putin spoke to Pezeshkian by phone in March and April."
    calls = russia_iran(article(sentence), sentence)
    assert [(e["event_type"], e["event_date"]) for e in calls] == [
        ("call", "2024-03"),
        ("call", "2024-04"),
    ]
    assert len({e["event_id"] for e in calls}) == 2


def test_same_kind_of_act_in_two_main_clauses_is_two_events(article):
    sentence = (
        "Iran recently supplied Russia with missiles and had already transferred drones, "
        "which Moscow uses in Ukraine, as well as building a drone factory in Russia."
    )
    transfers = [
        e for e in russia_iran(article(sentence), sentence) if e["event_type"] == "arms_transfer"
    ]
    assert [(e["cue"], e["event_date"]) for e in transfers] == [
        ("missiles", "2024"),
        ("drones", ""),
    ]


def test_and_closing_a_between_phrase_is_not_a_clause_break(article):
    sentence = "A meeting between the presidents of Iran and Russia is expected this week."
    (meeting,) = russia_iran(article(sentence), sentence)
    assert (meeting["modality"], meeting["date_precision"]) == ("planned", "week")


def test_an_agent_after_a_nominal_cue_is_its_source(article):
    sentence = (
        "Israel launched strikes on Iranian nuclear sites on June 13, "
        "prompting condemnation from Moscow."
    )
    found = {
        (e["actor1"], e["actor2"], e["event_type"], e["event_date"])
        for e in events_in(article(sentence), sentence)
    }
    assert ("Israel", "Iran", "military_action", "2024-06-13") in found
    assert ("Russia", "Israel", "criticism", PUBLISHED) in found


def test_a_name_modifying_a_cue_with_an_object_is_the_source(article):
    sentence = "Russia opposed the return of UN sanctions on Iran."
    sanctions = [e for e in events_in(article(sentence), sentence) if e["event_type"] == "sanction"]
    assert [(e["actor1"], e["actor2"]) for e in sanctions] == [("United Nations", "Iran")]


def test_a_coordinated_clause_with_its_own_subject_answers_the_first_actor(article):
    sentence = (
        "Putin offered to mediate between Iran and Israel, but Washington rebuffed the proposal."
    )
    rejections = [e for e in events_in(article(sentence), sentence) if e["cue"] == "rebuffed"]
    assert [(e["actor1"], e["actor2"], e["polarity"]) for e in rejections] == [
        ("United States", "Vladimir Putin", "tension")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "“We will never abandon our Iranian friends,” Russia’s ambassador to Iran said.",
        "Moscow did not condemn the Iranian missile launches against Israel.",
    ],
)
def test_a_negated_hostile_act_is_no_tension_event(article, sentence):
    assert not [
        e
        for e in events_in(article(sentence), sentence)
        if e["polarity"] == "tension" and e["event_type"] == "criticism"
    ]


def test_failing_to_deliver_is_tension(article):
    """The failure is tension; the jets it names are a transfer denied (never made), as the
    golds code "had not delivered the Su-35", never a delivery reported."""
    sentence = "Iran says Russia failed to deliver the Su-35 fighter jets it had promised."
    found = russia_iran(article(sentence), sentence)
    assert "tension" in {e["polarity"] for e in found}
    assert all(e["modality"] == "denied" for e in found if e["polarity"] == "cooperation")


def test_undated_article_gives_unknown_dates(article):
    sentence = "Iran supplied Russia with drones on Monday."
    result = article(sentence, published=None)
    events = russia_iran(result, sentence)
    assert events
    assert {(e["event_date"], e["date_precision"]) for e in events} == {("", "unknown")}


def test_the_two_leaders_makes_a_russia_iran_event(article):
    text = (
        "Russian President Vladimir Putin met Iranian President Masoud Pezeshkian on Friday. "
        "The two leaders discussed trade."
    )
    result = article(text)
    assert russia_iran(result, "The two leaders discussed trade.")


def test_events_never_come_from_boilerplate(article):
    text = (
        "Putin meets Pezeshkian\n\nYour support helps Russia and Iran sign deals.\n"
        "Russia and Iran signed a treaty on Friday.\n\nRead more: Iran and Russia sign gas deal\n"
    )
    result = article(text)
    kinds = {row["sentence_index"]: row["kind"] for row in result.sentences}
    assert result.events
    assert {kinds[event["sentence_index"]] for event in result.events} == {"body"}


def test_goldstein_and_quad_class_follow_cameo(article, lexicons):
    text = (
        "Russia and Iran signed a treaty on Friday. Russia attacked Ukraine on Monday. "
        "Putin met Pezeshkian in Ashgabat."
    )
    result = article(text)
    assert result.events
    for event in result.events:
        assert event["goldstein"] == lexicons.cameo[event["cameo_code"]][1]
        assert event["quad_class"] == quad_class(event["cameo_code"])
        assert -10 <= event["goldstein"] <= 10


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("010", 1),
        ("057", 1),
        ("061", 2),
        ("070", 2),
        ("111", 3),
        ("130", 3),
        ("163", 4),
        ("190", 4),
    ],
)
def test_quad_class(code, expected):
    assert quad_class(code) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Iran has not sent missiles to Russia.",
        "Russia has never delivered S-400 systems to Iran.",
        "Moscow does not provide sufficient support to Tehran.",
    ],
)
def test_negated_cooperation_is_never_a_reported_cooperation(article, sentence):
    for event in russia_iran(article(sentence), sentence):
        assert not (event["polarity"] == "cooperation" and event["modality"] == "reported"), event


def test_event_ids_unique_when_one_sentence_has_two_cues_for_one_dyad(article):
    sentence = (
        "The Tehran newspaper Ettelaat accuses Putin of abandoning Iran in the Gaza situation."
    )
    result = article(sentence, published="2025-04-26")
    ids = [event["event_id"] for event in result.events]
    assert ids and len(ids) == len(set(ids)), [(e["event_id"], e["cue"]) for e in result.events]


def test_titled_officials_outside_the_registry_carry_their_country(article):
    sentence = "Iranian Oil Minister Mohsen Paknejad met Gazprom CEO Alexei Miller in Tehran."
    events = events_in(article(sentence), sentence)
    assert [(e["actor1"], e["actor2"], e["event_type"]) for e in events] == [
        ("Mohsen Paknejad", "Alexei Miller", "meeting"),
        ("Alexei Miller", "Iran", "visit"),
    ]
    assert dyad(events[0]) == {"IRN", "RUS"}


def test_a_delivery_of_named_goods_is_that_kind_of_transfer_only(article):
    sentence = "Iran's ambassador said the first deliveries of Russian gas to Iran begin in 2026."
    events = russia_iran(article(sentence), sentence)
    assert [(e["event_type"], e["cue"]) for e in events] == [("trade_energy", "gas")]


def test_a_delivery_of_unnamed_goods_is_aid(article):
    sentence = "Russia sent a cargo plane with supplies to Iran on Monday."
    (event,) = russia_iran(article(sentence), sentence)
    assert (event["event_type"], event["actor1"], event["event_date"]) == (
        "aid",
        "Russia",
        "2024-10-07",
    )


def test_a_trailing_attribution_is_no_party_to_the_act(article):
    sentence = (
        "Russia has denied reports that it is preparing to hand over Su-35 fighter jets to "
        "Iran, the Kremlin said on Tuesday."
    )
    events = events_in(article(sentence), sentence)
    assert [(e["actor1"], e["actor2"], e["event_type"], e["modality"]) for e in events] == [
        ("Russia", "Iran", "arms_transfer", "denied")
    ]


def test_this_in_a_denial_points_at_the_sentence_before_only(article):
    text = (
        "Russia denied reports that it will sell fighter jets to Iran. "
        "The Wall Street Journal reported that pilots trained near Moscow. "
        "Iran's foreign ministry spokesman Esmaeil Baghaei dismissed the report."
    )
    third = "Iran's foreign ministry spokesman Esmaeil Baghaei dismissed the report."
    assert events_in(article(text), third) == []


def test_a_plain_list_of_targets_gives_one_event_each(article):
    sentence = "Tehran summoned the ambassadors of Britain, France and Germany on Monday."
    events = events_in(article(sentence), sentence)
    assert [(e["actor1"], e["actor2_country"], e["event_type"]) for e in events] == [
        ("Iran", "GBR", "criticism"),
        ("Iran", "FRA", "criticism"),
        ("Iran", "DEU", "criticism"),
    ]


def test_joint_drills_are_military_cooperation(article):
    sentence = "Iran and Russia held joint naval drills in the Gulf of Oman last year."
    (event,) = russia_iran(article(sentence), sentence)
    assert (event["cameo_code"], event["polarity"], event["event_date"]) == (
        "062",
        "cooperation",
        "2023",
    )


def test_the_addressee_of_told_is_no_party_to_the_content(article):
    sentence = (
        "In a phone call last week, Putin told Pezeshkian that Moscow would continue to "
        "support Tehran's right to nuclear energy."
    )
    events = events_in(article(sentence), sentence)
    found = {(e["actor1"], e["actor2"], e["event_type"], e["modality"]) for e in events}
    assert ("Russia", "Iran", "statement_support", "planned") in found
    call = next(e for e in events if e["event_type"] == "call")
    assert (call["modality"], call["event_date"]) == ("reported", "2024-10-04")


def test_is_due_to_is_planned(article):
    sentence = "Araghchi is due to meet Lavrov in Moscow."
    meeting, visit = russia_iran(article(sentence), sentence)
    assert (meeting["event_type"], visit["event_type"]) == ("meeting", "visit")
    assert meeting["modality"] == visit["modality"] == "planned"


def test_help_that_did_not_come_is_the_topic_of_the_complaint(article):
    sentence = (
        "Iranian lawmakers have criticised Moscow for failing to provide help during the war "
        "with Israel."
    )
    events = events_in(article(sentence), sentence)
    assert [(e["actor1_country"], e["actor2_country"], e["event_type"]) for e in events] == [
        ("IRN", "RUS", "criticism")
    ]


def test_a_date_after_a_reporting_verb_dates_the_report_not_a_planned_act(article):
    sentence = "Lavrov said on Monday that Russia will deliver S-400 systems to Iran."
    (event,) = russia_iran(article(sentence), sentence)
    assert (event["modality"], event["event_date"]) == ("planned", "")


def test_undated_reported_news_takes_the_date_of_its_report(article):
    sentence = "Peskov told reporters on Monday that Russia had sent medicines to Iran."
    (event,) = russia_iran(article(sentence), sentence)
    assert (event["event_type"], event["event_date"], event["date_precision"]) == (
        "aid",
        "2024-10-07",
        "day",
    )


def test_an_auxiliary_makes_only_what_follows_it_future(article):
    sentence = (
        "Putin hosted Araghchi in the Kremlin, a show of support that stopped short of any "
        "promise of military help."
    )
    events = events_in(article(sentence), sentence)
    hosted = next(e for e in events if e["cue"] == "hosted")
    assert hosted["modality"] == "reported"


def test_a_between_phrase_names_the_pair(article):
    sentence = "Iran welcomes any initiative that leads to a ceasefire between Russia and Ukraine."
    events = events_in(article(sentence), sentence)
    ceasefire = next(e for e in events if e["cue"] == "ceasefire")
    assert (ceasefire["actor1"], ceasefire["actor2"], ceasefire["cameo_code"]) == (
        "Russia",
        "Ukraine",
        "087",
    )


def test_a_subordinate_clause_has_its_own_subject(article):
    sentence = (
        "Trump announced that Israel and Iran had agreed to a ceasefire, hours after Iran "
        "fired missiles at a US air base in Qatar."
    )
    events = events_in(article(sentence), sentence)
    fired = [
        e for e in events if e["cue"] == "fired missiles" and e["event_type"] == "military_action"
    ]
    assert fired
    assert {e["actor1"] for e in fired} == {"Iran"}


def test_a_restated_act_placed_in_time_is_not_told_again(article):
    text = (
        "Putin met Araghchi in Moscow on Monday. "
        "The meeting came a day after US bombers struck Iranian nuclear sites."
    )
    second = "The meeting came a day after US bombers struck Iranian nuclear sites."
    assert [e["event_type"] for e in events_in(article(text), second)] == ["military_action"]


def test_an_offer_is_a_statement_of_intent(article):
    sentence = "Lavrov said Russia was ready to assist Iran."
    (event,) = russia_iran(article(sentence), sentence)
    assert (event["event_type"], event["cameo_code"]) == ("statement_support", "030")


def test_the_accused_did_the_act(article):
    sentence = "Western governments accuse Iran of supplying Russia with drones."
    transfers = [
        e for e in events_in(article(sentence), sentence) if e["event_type"] == "arms_transfer"
    ]
    assert [(e["actor1"], e["actor2"]) for e in transfers] == [("Iran", "Russia")]


def test_we_in_a_quotation_acts_for_the_speakers_country(article):
    sentence = "“We will help our Iranian friends,” Lavrov said."
    (event,) = russia_iran(article(sentence), sentence)
    assert (event["actor1"], event["actor2"]) == ("Russia", "Iran")


def test_using_weapons_is_no_transfer(article):
    sentence = "Russia has used the drones in waves of strikes on Ukrainian cities."
    events = events_in(article(sentence), sentence)
    assert [e["event_type"] for e in events] == ["military_action"]


def test_attack_drones_are_weapons_not_an_attack(article):
    sentence = "Tehran has supplied Moscow with Shahed-136 attack drones."
    (event,) = russia_iran(article(sentence), sentence)
    assert (event["actor1"], event["event_type"]) == ("Iran", "arms_transfer")


def test_recently_dates_only_its_own_main_clause(article):
    sentence = (
        "Iran recently supplied Russia with missiles and had already transferred drones, "
        "as well as building a drone factory in Russia."
    )
    dates = {e["cue"]: e["event_date"] for e in russia_iran(article(sentence), sentence)}
    assert dates["missiles"] == "2024"
    assert "" in dates.values()


@pytest.mark.parametrize(
    ("sentence", "cameo_code"),
    [
        ("Moscow and Tehran share the view that talks are the only way.", "019"),
        ("Araghchi briefed the Russian side on his trip to Oman.", "040"),
        ("Russia agreed in 2023 to lend Iran 1.3 billion euros.", "070"),
        ("Moscow and Tehran closely coordinate their approaches at the UN.", "030"),
    ],
)
def test_more_ways_news_tells_of_cooperation(article, sentence, cameo_code):
    events = russia_iran(article(sentence), sentence)
    assert cameo_code in {e["cameo_code"] for e in events}
    assert {e["polarity"] for e in events} == {"cooperation"}


def test_joint_subjects_of_an_agreement_are_its_pair(article):
    sentence = (
        "Putin and Pezeshkian signed a strategic partnership treaty on Friday, deepening ties "
        "between two countries under Western sanctions."
    )
    agreements = [
        e for e in events_in(article(sentence), sentence) if e["event_type"] == "agreement"
    ]
    assert [(e["actor1"], e["actor2"], e["event_date"]) for e in agreements] == [
        ("Vladimir Putin", "Masoud Pezeshkian", "2024-10-11")
    ]
