from types import SimpleNamespace

import pandas as pd
import pytest

from dashboard import analysis
from dashboard.filters import Filters, filter_events


@pytest.fixture
def events(events_factory):
    return events_factory(
        {"event_id": "a", "event_date": "2024-01-05", "goldstein": 4.0, "themes": "trade;energy"},
        {
            "event_id": "b",
            "event_date": "2024-01",
            "date_precision": "month",
            "polarity": "tension",
            "goldstein": -2.0,
            "themes": "trade",
            "actor1": "Iran",
            "actor2": "Russia",
        },
        {
            "event_id": "c",
            "event_date": "2024-03-09",
            "date_precision": "week",
            "goldstein": 1.0,
            "themes": "",
            "actor2": "Ebrahim Raisi",
        },
        {"event_id": "d", "event_date": "2023", "date_precision": "year", "goldstein": 7.0},
        {
            "event_id": "e",
            "event_date": "",
            "date_precision": "unknown",
            "polarity": "neutral",
            "goldstein": 0.0,
        },
    )


def test_headline_counts_and_span(events, claims_factory, documents_factory):
    numbers = analysis.headline(events, claims_factory({}, {}), documents_factory({}))
    assert (numbers.articles, numbers.events, numbers.claims) == (1, 5, 2)
    assert (numbers.cooperation, numbers.tension, numbers.neutral, numbers.net) == (3, 1, 1, 2)
    assert numbers.first_date == pd.Timestamp("2023-01-01")
    assert numbers.last_date == pd.Timestamp("2024-05-21")  # the undated event's publication day
    assert numbers.goldstein_mean == pytest.approx(2.0)
    assert numbers.years == "2023–24"


def test_headline_of_nothing(events):
    empty = events.iloc[0:0]
    numbers = analysis.headline(empty, empty, empty)
    assert numbers.events == 0 and numbers.first_date is None and numbers.goldstein_mean is None
    assert numbers.years == "—"
    one_year = analysis.headline(events[events["event_id"] == "a"], empty, empty)
    assert one_year.years == "2024"


def test_events_fall_in_their_month_only_when_the_month_is_known(events):
    months = analysis.event_period_start(events, "month")
    assert list(months.dropna()) == [
        pd.Timestamp("2024-01-01"),
        pd.Timestamp("2024-01-01"),
        pd.Timestamp("2024-03-01"),
    ]
    years = analysis.event_period_start(events, "year")
    assert years.notna().sum() == 4


def test_counts_over_time_fill_quiet_months_with_zero(events):
    table = analysis.polarity_counts_over_time(events, "month")
    assert list(table["period"]) == list(pd.date_range("2024-01-01", "2024-03-01", freq="MS"))
    assert list(table["cooperation"]) == [1, 0, 1]
    assert list(table["tension"]) == [1, 0, 0]
    assert list(table["net"]) == [0, 0, 1]
    assert list(table["goldstein"]) == [2.0, 0.0, 1.0]


def test_counts_over_time_by_year(events):
    table = analysis.polarity_counts_over_time(events, "year")
    assert list(table["period"].dt.year) == [2023, 2024]
    assert list(table["goldstein"]) == [7.0, 3.0]


def test_counts_over_time_of_undated_events_is_empty(events):
    assert analysis.polarity_counts_over_time(events[events["event_id"] == "e"]).empty


def test_balance_by_theme_counts_every_theme_of_an_event(events):
    table = analysis.balance_by_theme(events).set_index("theme")
    assert table.loc["trade"].to_dict() == {"cooperation": 1, "tension": 1, "net": 0}
    assert table.loc["energy"].to_dict() == {"cooperation": 1, "tension": 0, "net": 1}
    assert table.index[-1] == "trade"  # the most frequent theme is drawn on top


def test_actor_roles_count_initiator_and_target(events):
    table = analysis.actor_roles(events).set_index("actor")
    assert table.loc["Russia"].to_dict() == {"initiator": 4, "target": 1, "total": 5}
    assert table.loc["Ebrahim Raisi"].to_dict() == {"initiator": 0, "target": 1, "total": 1}
    assert list(analysis.actor_roles(events, top_n=2)["actor"]) == ["Russia", "Iran"]


def test_dyad_balance_nets_cooperation_against_tension(events):
    pairs = analysis.dyad_balance(events).set_index(["actor1", "actor2"])
    assert pairs.loc[("Russia", "Iran")].to_dict() == {
        "cooperation": 2,
        "tension": 0,
        "events": 3,
        "net": 2,
    }
    assert pairs.loc[("Iran", "Russia"), "net"] == -1
    assert analysis.dyad_balance(events.iloc[0:0]).empty


def test_claims_by_claimant_and_stance(claims_factory):
    claims = claims_factory(
        {"claimant": "Kremlin"}, {"claimant": "Kremlin", "stance": "denies"}, {"claimant": "Iran"}
    )
    table = analysis.claims_by_claimant(claims)
    assert table.to_dict("records") == [
        {"claimant": "Iran", "stance": "asserts", "claims": 1},
        {"claimant": "Kremlin", "stance": "asserts", "claims": 1},
        {"claimant": "Kremlin", "stance": "denies", "claims": 1},
    ]
    assert list(analysis.claims_by_claimant(claims, top_n=1)["claimant"].unique()) == ["Kremlin"]
    assert analysis.claims_by_claimant(claims.iloc[0:0]).empty


def test_latest_events_prefer_precise_recent_dates(events):
    assert list(analysis.latest_events(events, 3, "cooperation")["event_id"]) == ["c", "a", "d"]
    assert list(analysis.latest_events(events, 1)["event_id"]) == [
        "e"
    ]  # undated: its publication day


def test_source_label_names_the_file_when_the_outlet_is_missing(events_factory):
    events = events_factory({"outlet": "", "source_file": "x.txt"}, {"outlet": "Reuters"})
    assert list(analysis.source_label(events)) == ["x.txt", "Reuters"]


def test_sentence_window_takes_neighbours_in_reading_order(sentences_factory):
    sentences = sentences_factory("d", "one\ntwo\nthree\nfour\nfive\nsix")
    window = analysis.sentence_window(sentences, "d", 3, radius=1)
    assert list(window["text"]) == ["three", "four", "five"]
    assert analysis.sentence_window(sentences, "other", 3).empty


def test_chronological_puts_undated_events_last(events_factory):
    events = events_factory(
        {"event_id": "undated", "event_date": "", "date_precision": "unknown", "published": ""},
        {"event_id": "late", "event_date": "2024-05-01"},
        {"event_id": "early_year", "event_date": "2024", "date_precision": "year"},
    )
    assert list(analysis.chronological(events)["event_id"]) == ["early_year", "late", "undated"]


# --- happenings (issue #12) ---------------------------------------------------------------


def drones_cluster(seed_tables) -> pd.Series:
    """The seeds' happening "Iran supplied drones to Russia", found by its quote."""
    events = seed_tables["events"]
    mention = events[events["quote"].str.contains("supplied Moscow with drones", regex=False)]
    clusters = seed_tables["event_clusters"]
    return clusters[clusters["cluster_id"] == mention["cluster_id"].iloc[0]].iloc[0]


def test_one_row_per_happening_counts_distinct_clusters(seed_tables):
    events = filter_events(seed_tables["events"], Filters())
    happenings = analysis.one_per_happening(events, seed_tables["event_clusters"])
    assert len(happenings) == events["cluster_id"].nunique() < len(events)
    assert happenings["cluster_id"].is_unique
    counts = analysis.headline(happenings, seed_tables["claims"], seed_tables["documents"])
    assert counts.events == events["cluster_id"].nunique()
    cooperating = events.loc[events["polarity"] == "cooperation", "cluster_id"].nunique()
    assert counts.cooperation == cooperating


def test_the_drones_happening_is_one_row_dated_where_it_resolves(seed_tables):
    cluster = drones_cluster(seed_tables)
    assert cluster["n_articles"] >= 3
    happenings = analysis.one_per_happening(seed_tables["events"], seed_tables["event_clusters"])
    [drones] = happenings[happenings["cluster_id"] == cluster["cluster_id"]].itertuples()
    assert (drones.event_date, drones.date_precision) == (
        cluster["event_date"],
        cluster["date_precision"],
    )
    assert drones.n_articles == cluster["n_articles"]
    # The first report gives no date of its own; the happening's span is its resolved week.
    assert drones.span_end == pd.Timestamp(cluster["event_date"])
    assert analysis.coverage_flags(drones) == []


def test_a_happening_is_represented_by_its_first_report_the_filters_keep(
    events_factory, seed_tables
):
    events = events_factory(
        {"event_id": "ev_first", "cluster_id": "cl_first", "event_date": ""},
        {"event_id": "ev_second", "cluster_id": "cl_first", "quote": "Second report."},
        {"event_id": "ev_rejected", "cluster_id": ""},
    )
    clusters = (
        seed_tables["event_clusters"]
        .head(1)
        .assign(cluster_id="cl_first", event_date="2024-05", date_precision="month", n_articles=2)
    )
    happenings = analysis.one_per_happening(events, clusters)
    assert list(happenings["event_id"]) == ["ev_first"], "a row without a cluster is left out"
    assert happenings.iloc[0]["event_date"] == "2024-05"
    assert happenings.iloc[0]["span_start"] == pd.Timestamp("2024-05-01")
    only_second = analysis.one_per_happening(events.iloc[[1]], clusters)
    assert list(only_second["event_id"]) == ["ev_second"]


def test_coverage_flags_and_line_name_what_the_analyst_checks_first(seed_tables):
    lone = SimpleNamespace(
        single_source=True, state_media_only=True, outlets="TASS", n_mentions=2, n_articles=1,
        n_outlets=1,
    )  # fmt: skip
    assert analysis.coverage_flags(lone) == ["single source", "state media only"]
    assert analysis.coverage_line(lone) == "2 mentions in 1 article from 1 outlet: TASS"
    unknown = SimpleNamespace(single_source=pd.NA, state_media_only=False)
    assert analysis.coverage_flags(unknown) == []


def test_happening_mentions_lists_every_report_in_publication_order(seed_tables):
    cluster = drones_cluster(seed_tables)
    mentions = analysis.happening_mentions(seed_tables["events"], cluster["cluster_id"])
    assert len(mentions) == cluster["n_mentions"]
    assert mentions["doc_id"].nunique() == cluster["n_articles"]
    assert list(mentions["published"]) == sorted(mentions["published"])


def test_contested_topics_keep_both_sides_when_the_filters_show_one(claims_factory):
    topics = pd.DataFrame(
        {
            "topic_id": ["tp_a", "tp_a", "tp_b", "tp_b"],
            "contested": [True, True, False, False],
            "claim_id": ["c1", "c2", "c3", "c4"],
        }
    )
    shown = claims_factory({"claim_id": "c2"}, {"claim_id": "c3"})
    kept = analysis.contested_in_view(topics, shown)
    assert list(kept["claim_id"]) == ["c1", "c2"], "the uncontested topic is left out"
    assert analysis.contested_in_view(topics, shown.iloc[[1]]).empty


# --- how many quotes a contested topic shows ---------------------------------------------


def side_of(claims_factory, *rows):
    """One side of a contested topic: claims of different articles unless a row says."""
    return claims_factory(
        *({"source_file": f"{number}.txt", **row} for number, row in enumerate(rows))
    )


def test_a_side_shows_at_most_the_cap_and_says_how_many_more(claims_factory):
    side = side_of(
        claims_factory,
        *({"claimant": f"Official {n}", "quote": f"Quote {n}.", "claim_date": f"2024-0{n}-01"}
          for n in range(1, 6)),
    )  # fmt: skip
    shown = analysis.quotes_to_show(side, limit=3)
    assert list(shown.shown["quote"]) == ["Quote 1.", "Quote 2.", "Quote 3."], "earliest first"
    assert (shown.more_quotes, shown.more_claims) == (2, 2)
    assert shown.more_line == "and 2 more quotes"
    everything = analysis.quotes_to_show(side, limit=5)
    assert len(everything.shown) == 5 and everything.more_line == ""


def test_a_reprinted_quote_is_shown_once_as_its_earliest_report(claims_factory):
    wire = "Iran supplied drones to Russia."
    side = side_of(
        claims_factory,
        {"quote": wire, "outlet": "AFP", "claim_date": "2024-03-02"},
        {"quote": f"  {wire.upper()} ", "outlet": "Daily Sabah", "claim_date": "2024-03-05"},
        {"quote": f"“{wire[:-1]}”", "outlet": "Reuters", "claim_date": "2024-03-01"},
        {"quote": "Drones were delivered.", "claimant": "Kyiv", "outlet": "Ukrinform",
         "claim_date": "2024-04-01"},
        {"quote": "Missiles followed.", "claimant": "Kyiv", "claim_date": "2024-05-01"},
        {"quote": "Missiles followed!", "claimant": "Kyiv", "claim_date": "2024-05-09"},
    )  # fmt: skip
    shown = analysis.quotes_to_show(side, limit=2)
    assert list(shown.shown["outlet"]) == ["Reuters", "Ukrinform"]
    assert list(shown.shown["n_articles"]) == [3, 1], "the wire quote ran in three articles"
    assert (shown.more_quotes, shown.more_claims) == (1, 2)
    assert shown.more_line == "and 1 more quote (2 claims)"


def test_a_second_quote_of_one_claimant_waits_for_the_first_of_every_other(claims_factory):
    side = side_of(
        claims_factory,
        {"claimant": "Kremlin", "quote": "First.", "claim_date": "2024-01-01"},
        {"claimant": "Kremlin", "quote": "Second.", "claim_date": "2024-01-02"},
        {"claimant": "Kremlin", "quote": "Third.", "claim_date": "2024-01-03"},
        {"claimant": "Tehran", "quote": "Late.", "claim_date": "", "published": "2024-06-01"},
        {"claimant": "Kyiv", "quote": "Undated.", "claim_date": "", "published": ""},
    )
    shown = analysis.quotes_to_show(side, limit=3)
    assert list(shown.shown["quote"]) == ["First.", "Late.", "Undated."], (
        "one quote per claimant, earliest first, the article's date standing in, undated last"
    )
    assert shown.more_line == "and 2 more quotes"


def test_every_card_worked_out_together_is_the_card_of_its_topic_alone(claims_factory):
    rows = []
    for topic, size in (("tp_a", 5), ("tp_b", 2), ("tp_c", 12)):
        for n in range(size):
            rows.append(
                {
                    "claimant": f"Official {n % 3}",
                    "quote": f"{topic} quote {n % 5}.",
                    "stance": "denies" if n % 2 else "asserts",
                    "claim_date": f"2024-0{1 + n % 9}-01",
                    "source_file": f"{topic}_{n}.txt",
                }
            )
    claims = claims_factory(*rows)
    topics = claims.assign(
        topic_id=claims["source_file"].str[:4],
        position=claims["stance"].map({"asserts": "for", "denies": "against"}),
    )
    cards = analysis.topic_cards(topics, limit=2)
    assert list(cards) == ["tp_a", "tp_b", "tp_c"]
    for topic_id, card in cards.items():
        alone = analysis.topic_card(topics[topics["topic_id"] == topic_id], limit=2)
        assert (card.sides, card.n_claims) == (alone.sides, alone.n_claims)
        for position in ("for", "against"):
            together, single = card.quotes[position], alone.quotes[position]
            assert list(together.shown["claim_id"]) == list(single.shown["claim_id"])
            assert list(together.shown["n_articles"]) == list(single.shown["n_articles"])
            assert together.more_line == single.more_line
    capped = cards["tp_c"].quotes["for"]
    assert list(capped.shown["quote"]) == ["tp_c quote 0.", "tp_c quote 2."]
    assert list(capped.shown["n_articles"]) == [2, 1], "quote 0 ran in two articles"
    assert capped.more_line == "and 3 more quotes"


def test_topics_go_largest_first_and_narrow_the_claims_to_one(claims_factory):
    topics = pd.DataFrame(
        {"topic_id": ["tp_a", "tp_b", "tp_b", "tp_c", "tp_c"], "claim_id": list("12345")}
    )
    assert analysis.largest_topics_first(topics) == ["tp_b", "tp_c", "tp_a"]
    claims = claims_factory(*({"claim_id": claim_id} for claim_id in "1345"))
    assert list(analysis.claims_of_topic(claims, topics, "tp_c")["claim_id"]) == ["4", "5"]
    assert list(analysis.claims_of_topic(claims, topics, "tp_b")["claim_id"]) == ["3"]
