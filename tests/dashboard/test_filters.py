from dataclasses import fields
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dashboard.filters import (
    FILTER_FIELDS,
    FILTER_PARAMS,
    KINDS,
    UNKNOWN_OUTLET,
    Filters,
    date_period,
    decode_filters,
    encode_filters,
    event_spans,
    filter_claims,
    filter_documents,
    filter_events,
    filter_options,
    filter_params,
    restrict_to_options,
    russia_iran,
)
from data_prep import schema
from data_prep.pipeline import build_corpus


@pytest.mark.parametrize(
    ("value", "precision", "expected"),
    [
        ("2024-05-20", "day", (date(2024, 5, 20), date(2024, 5, 20))),
        ("2024-05-20", "week", (date(2024, 5, 14), date(2024, 5, 20))),
        ("2024-02", "month", (date(2024, 2, 1), date(2024, 2, 29))),
        ("2023-02", "", (date(2023, 2, 1), date(2023, 2, 28))),
        ("2015", "year", (date(2015, 1, 1), date(2015, 12, 31))),
        ("", "unknown", None),
        (None, None, None),
        ("2024-13", "month", None),
        ("2024-02-30", "day", None),
        ("soon", "", None),
    ],
)
def test_date_period_spans_what_a_partial_date_can_mean(value, precision, expected):
    assert date_period(value, precision) == expected


def test_undated_events_fall_back_to_the_publication_day(events_factory):
    events = events_factory(
        {"event_date": "", "date_precision": "unknown", "published": "2024-06-01"},
        {"event_date": "", "date_precision": "unknown", "published": ""},
    )
    spans = event_spans(events)
    assert spans["start"].iloc[0] == pd.Timestamp("2024-06-01")
    assert pd.isna(spans["start"].iloc[1])


@pytest.fixture
def events(events_factory):
    return events_factory(
        {"event_id": "ri_meeting"},
        {
            "event_id": "ri_tension",
            "polarity": "tension",
            "event_type": "criticism",
            "themes": "diplomacy;military",
            "event_date": "2025-04",
            "date_precision": "month",
            "outlet": "",
            "quote": "Iran accused (Moscow) of abandoning it.",
        },
        {
            "event_id": "ru_ua",
            "actor2": "Ukraine",
            "actor2_country": "UKR",
            "russia_iran": False,
            "event_type": "military_action",
            "polarity": "tension",
            "themes": "ukraine_war",
            "event_date": "2022-02-24",
            "outlet": "The Independent",
        },
        {
            "event_id": "undated",
            "event_date": "",
            "date_precision": "unknown",
            "published": "2023-01-10",
            "actor1": "Vladimir Putin",
            "themes": "trade;energy",
        },
    )


def ids(frame):
    return sorted(frame["event_id"])


def test_russia_iran_only_is_the_default(events):
    assert ids(filter_events(events, Filters())) == ["ri_meeting", "ri_tension", "undated"]
    assert len(filter_events(events, Filters(russia_iran_only=False))) == 4


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(actors=("Ukraine",), russia_iran_only=False), ["ru_ua"]),
        (Filters(actors=("Vladimir Putin",)), ["undated"]),
        (Filters(countries=("UKR",), russia_iran_only=False), ["ru_ua"]),
        (Filters(themes=("military",)), ["ri_tension"]),
        (Filters(themes=("energy", "military")), ["ri_tension", "undated"]),
        (Filters(event_types=("criticism", "meeting")), ["ri_meeting", "ri_tension", "undated"]),
        (Filters(polarities=("tension",), russia_iran_only=False), ["ri_tension", "ru_ua"]),
        (Filters(outlets=(UNKNOWN_OUTLET,)), ["ri_tension"]),
        (Filters(outlets=("Reuters",)), ["ri_meeting", "undated"]),
        (Filters(search="(MOSCOW)"), ["ri_tension"]),
        (Filters(search="   "), ["ri_meeting", "ri_tension", "undated"]),
    ],
)
def test_each_filter_selects_its_events(events, filters, expected):
    assert ids(filter_events(events, filters)) == expected


def test_a_date_range_keeps_events_whose_period_overlaps_it(events):
    april_end = Filters(start=date(2025, 4, 30), end=date(2025, 5, 31))
    assert ids(filter_events(events, april_end)) == ["ri_tension"]
    by_publication = Filters(start=date(2023, 1, 10), end=date(2023, 1, 10))
    assert ids(filter_events(events, by_publication)) == ["undated"]
    assert ids(filter_events(events, Filters(end=date(2024, 5, 19)))) == ["undated"]


def test_events_without_any_date_only_show_without_a_date_range(events_factory):
    events = events_factory({"event_date": "", "date_precision": "unknown", "published": ""})
    assert len(filter_events(events, Filters())) == 1
    assert filter_events(events, Filters(start=date(2000, 1, 1))).empty


def test_filters_on_an_empty_table_return_an_empty_table(events_factory):
    empty = events_factory().iloc[0:0]
    assert filter_events(
        empty, Filters(themes=("trade",), search="x", start=date(2024, 1, 1))
    ).empty


def test_claims_are_russia_iran_exactly_when_the_table_says_so(claims_factory):
    """The pipeline's ``russia_iran`` column decides, not the claimant or the mentions."""
    claims = claims_factory(
        {"claim_id": "kremlin_flagged", "claimant_country": "RUS", "russia_iran": True},
        {"claim_id": "kyiv_flagged", "claimant_country": "UKR", "russia_iran": True},
        {"claim_id": "kremlin_unflagged", "claimant_country": "RUS", "russia_iran": False},
        {"claim_id": "unknown", "claimant_country": "UKR", "russia_iran": None},
    )
    assert list(russia_iran(claims)) == [True, True, False, False]
    kept = filter_claims(claims, Filters())
    assert list(kept["claim_id"]) == ["kremlin_flagged", "kyiv_flagged"]
    everyone = filter_claims(claims, Filters(russia_iran_only=False, countries=("UKR",)))
    assert list(everyone["claim_id"]) == ["kyiv_flagged", "unknown"]


def test_events_are_russia_iran_exactly_when_the_table_says_so(events_factory):
    events = events_factory(
        {"event_id": "flagged", "actor2_country": "UKR", "russia_iran": True},
        {"event_id": "unflagged", "russia_iran": False},
    )
    assert list(filter_events(events, Filters())["event_id"]) == ["flagged"]


@pytest.mark.parametrize("corpus", ["seeds", "tests/heldout/articles"])
def test_the_dashboards_russia_iran_rows_are_the_tables_column(corpus):
    """The sidebar toggle selects ``claims[claims.russia_iran]`` and the same for events."""
    tables = build_corpus(Path(__file__).resolve().parents[2] / corpus)
    claims, events = tables["claims"], tables["events"]
    assert claims["russia_iran"].any() and not claims["russia_iran"].all()
    pd.testing.assert_frame_equal(
        filter_claims(claims, Filters()), claims[claims.russia_iran.fillna(False)]
    )
    pd.testing.assert_frame_equal(
        filter_events(events, Filters()), events[events.russia_iran.fillna(False)]
    )


def test_claims_filter_by_claimant_search_and_claim_date(claims_factory):
    claims = claims_factory(
        {"claim_id": "old", "claim_date": "2022-01-01", "quote": "Drones were sent."},
        {"claim_id": "new", "claim_date": "", "published": "2025-01-01"},
    )
    assert list(filter_claims(claims, Filters(search="drones"))["claim_id"]) == ["old"]
    assert list(filter_claims(claims, Filters(start=date(2024, 1, 1)))["claim_id"]) == ["new"]
    assert filter_claims(claims, Filters(actors=("Nobody",))).empty


def test_documents_filter_by_outlet_and_publication_date(documents_factory):
    documents = documents_factory(
        {"doc_id": "a", "outlet": "", "published": "2024-01-01"},
        {"doc_id": "b", "outlet": "Reuters", "published": ""},
    )
    assert list(filter_documents(documents, Filters(outlets=(UNKNOWN_OUTLET,)))["doc_id"]) == ["a"]
    assert list(filter_documents(documents, Filters(start=date(2023, 1, 1)))["doc_id"]) == ["a"]
    assert len(filter_documents(documents, Filters(themes=("trade",)))) == 2


def test_options_come_from_the_data(events, claims_factory, documents_factory):
    tables = {
        "events": events,
        "claims": claims_factory({"claimant": "Kremlin"}),
        "documents": documents_factory(
            {"outlet": ""}, {"outlet": "Reuters", "published": "2026-01-02"}
        ),
        "actors": schema.conform(
            pd.DataFrame([{"actor_id": "iran", "name": "Iran", "country": "IRN", "type": "state"}]),
            "actors",
        ),
    }
    options = filter_options(tables)
    assert list(options["actors"]) == ["Iran", "Kremlin", "Russia", "Ukraine", "Vladimir Putin"]
    assert options["themes"] == {
        "diplomacy": "diplomacy",
        "energy": "energy",
        "military": "military",
        "trade": "trade",
        "ukraine_war": "ukraine war",
    }
    assert list(options["polarities"]) == ["cooperation", "tension"]
    # from the articles, not the events
    assert list(options["outlets"]) == [UNKNOWN_OUTLET, "Reuters"]
    assert options["countries"] == {"IRN": "Iran (IRN)", "RUS": "RUS", "UKR": "UKR"}
    assert options["start"] == options["end"] == (date(2022, 2, 24), date(2026, 1, 2))


def test_polarity_choices_keep_the_colour_order(events_factory, claims_factory, documents_factory):
    tables = {
        "events": events_factory({"polarity": "tension"}, {"polarity": "neutral"}, {}),
        "claims": claims_factory(),
        "documents": documents_factory(),
        "actors": schema.conform(pd.DataFrame(), "actors"),
    }
    assert list(filter_options(tables)["polarities"]) == ["cooperation", "tension", "neutral"]


def test_restrict_to_options_drops_values_the_data_no_longer_offers():
    options = {"actors": {"Iran": "Iran"}, "themes": {"trade": "trade"}}
    chosen = Filters(
        actors=("Iran", "Gone"), themes=("nuclear",), polarities=("tension",), search="x"
    )
    assert restrict_to_options(chosen, options) == Filters(actors=("Iran",), search="x")


def test_the_specification_drives_the_dataclass_and_the_url():
    assert [field.name for field in fields(Filters)] == [spec.name for spec in FILTER_FIELDS]
    shared_links_use = {"from", "to", "actor", "country", "theme", "type", "polarity", "outlet"}
    assert sorted(FILTER_PARAMS) == sorted(shared_links_use | {"ri", "q", "rejected", "happenings"})
    assert len({spec.key for spec in FILTER_FIELDS}) == len(FILTER_FIELDS)
    for spec in FILTER_FIELDS:
        assert spec.widget in KINDS
        assert getattr(Filters(), spec.name) == spec.initial
        assert set(spec.rows) <= {"events", "claims", "documents"}
        # Only the happenings toggle keeps every row: it changes what the pages count.
        assert bool(spec.rows) is (spec.name != "happenings"), spec.name


def test_default_filters_encode_to_no_params():
    assert encode_filters(Filters()) == {}
    assert decode_filters({}) == Filters()


def test_filters_encode_to_short_readable_params():
    filters = Filters(
        start=date(2024, 1, 1),
        actors=("Russia", "Iran"),
        polarities=("tension",),
        russia_iran_only=False,
        search="drones",
    )
    assert encode_filters(filters) == {
        "from": ["2024-01-01"],
        "actor": ["Russia", "Iran"],
        "polarity": ["tension"],
        "ri": ["0"],
        "q": ["drones"],
    }
    assert set(encode_filters(filters)) <= set(FILTER_PARAMS)


def test_decoding_forgives_malformed_params():
    decoded = decode_filters(
        {
            "from": "2024-99-01",
            "to": ["2020-01-01"],
            "ri": "no",
            "actor": ["", "Iran", "Iran"],
            "q": "  x ",
            "unrelated": "1",
        }
    )
    assert decoded == Filters(
        end=date(2020, 1, 1), actors=("Iran",), russia_iran_only=False, search="x"
    )
    swapped = decode_filters({"from": "2025-01-01", "to": "2024-01-01"})
    assert (swapped.start, swapped.end) == (date(2024, 1, 1), date(2025, 1, 1))
    assert decode_filters({"ri": "1"}).russia_iran_only is True


def test_filter_params_keeps_only_filter_keys_as_lists():
    assert filter_params({"q": "x", "doc": "d", "actor": ["a", "b"]}) == {
        "q": ["x"],
        "actor": ["a", "b"],
    }


values = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=12
).filter(lambda text: text.strip() != "")
choices = st.lists(values, max_size=3, unique=True).map(tuple)
days = st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31)))


@given(
    start=days,
    end=days,
    actors=choices,
    countries=choices,
    themes=choices,
    event_types=choices,
    polarities=choices,
    outlets=choices,
    russia_iran_only=st.booleans(),
    search=st.one_of(st.just(""), values.map(str.strip)),
)
def test_query_params_round_trip(start, end, **rest):
    if start and end and start > end:
        start, end = end, start
    filters = Filters(start=start, end=end, **rest)
    assert decode_filters(encode_filters(filters)) == filters


def test_spans_computed_once_give_the_same_rows(seed_tables):
    from dashboard.filters import SPAN_COLUMNS, compact, with_spans

    fast = with_spans(compact(seed_tables))
    assert set(SPAN_COLUMNS) <= set(fast["events"].columns)
    for filters in (
        Filters(),
        Filters(start=date(2024, 1, 1), end=date(2024, 12, 31), russia_iran_only=False),
        Filters(outlets=("Reuters",), search="Iran"),
    ):
        for table, rows in (("events", filter_events), ("claims", filter_claims)):
            plain = rows(seed_tables[table], filters)
            assert list(rows(fast[table], filters).index) == list(plain.index)
        kept = filter_documents(fast["documents"], filters)
        assert list(kept.index) == list(filter_documents(seed_tables["documents"], filters).index)


def test_rejected_rows_are_left_out_unless_shown(events_factory, claims_factory):
    events = events_factory({"review": "rejected"}, {"review": "corrected"}, {})
    claims = claims_factory({"review": "rejected"}, {"review": "confirmed"})
    assert list(filter_events(events, Filters())["event_id"]) == ["ev_1", "ev_2"]
    assert list(filter_claims(claims, Filters())["claim_id"]) == ["cl_1"]
    shown = Filters(show_rejected=True)
    assert len(filter_events(events, shown)) == 3 and len(filter_claims(claims, shown)) == 2


def test_show_rejected_is_in_the_url_only_when_on():
    assert "rejected" not in encode_filters(Filters())
    assert encode_filters(Filters(show_rejected=True))["rejected"] == ["1"]
    assert decode_filters({"rejected": "1"}).show_rejected is True


def test_counting_mentions_is_written_to_the_url_and_selects_no_rows(events_factory):
    mentions = Filters(happenings=False)
    assert Filters().happenings is True
    assert encode_filters(mentions) == {"happenings": ["0"]}
    assert decode_filters({"happenings": ["0"]}) == mentions
    assert decode_filters({"happenings": ["nonsense"]}) == Filters()
    events = events_factory({}, {"event_id": "other"})
    assert len(filter_events(events, mentions)) == len(filter_events(events, Filters())) == 2
