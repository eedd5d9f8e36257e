"""Event clusters (one happening, many reports) and contested claims."""

from __future__ import annotations

import pandas as pd
import pytest

from data_prep import schema
from data_prep.clusters import cluster_events, contested_claims, topics_in
from data_prep.clusters.events import date_window


@pytest.fixture(scope="module")
def clustered(seed_tables):
    return cluster_events(seed_tables["events"], seed_tables["documents"])


# --- the seeds' checks --------------------------------------------------------------------------


def test_iranian_drones_for_russia_are_one_cluster_across_three_articles(clustered):
    events, clusters = clustered
    drones = events[
        (events["actor1_country"] == "IRN")
        & (events["actor2_country"] == "RUS")
        & (events["event_type"] == "arms_transfer")
        & (events["modality"] == "reported")
        & events["cue"].str.contains("drone", case=False)
    ]
    assert drones["source_file"].nunique() >= 3
    assert drones["cluster_id"].nunique() == 1
    cluster = clusters.set_index("cluster_id").loc[drones["cluster_id"].iloc[0]]
    assert cluster["n_articles"] >= 3 and cluster["n_outlets"] >= 3
    assert cluster["event_date"] == "2022-11-05"  # the acknowledgment "at the weekend"
    assert cluster["label"] == "Iran → Russia: arms_transfer, 2022-11-05"
    assert not cluster["single_source"] and not cluster["state_media_only"]


def test_the_2026_aid_shipment_is_one_cluster(clustered):
    events, clusters = clustered
    shipment = events[
        events["source_file"].str.startswith("000_")
        & (events["actor1_country"] == "RUS")
        & (events["actor2_country"] == "IRN")
        & (events["event_type"] == "aid")
        & (events["modality"] == "reported")
    ]
    assert len(shipment) >= 4
    assert shipment["cluster_id"].nunique() == 1
    cluster = clusters.set_index("cluster_id").loc[shipment["cluster_id"].iloc[0]]
    assert cluster["n_mentions"] == len(shipment) and cluster["n_articles"] == 1
    assert cluster["first_reported"] == cluster["last_reported"] == "2026-03-13"
    # Russia's denial of military assistance, in the same article, is another happening.
    denied = events[events["source_file"].str.startswith("000_") & (events["modality"] == "denied")]
    assert not set(denied["cluster_id"]) & set(shipment["cluster_id"])


# --- the tables ----------------------------------------------------------------------------------


def test_every_event_has_a_cluster_and_the_counts_add_up(clustered, seed_tables):
    events, clusters = clustered
    assert list(events.columns) == list(schema.TABLES["events"])
    assert list(clusters.columns) == list(schema.TABLES["event_clusters"])
    assert events["cluster_id"].notna().all()
    assert events["event_id"].tolist() == seed_tables["events"]["event_id"].tolist()
    assert set(events["cluster_id"]) == set(clusters["cluster_id"])
    assert clusters["cluster_id"].is_unique
    counts = events.groupby("cluster_id").size()
    assert clusters.set_index("cluster_id")["n_mentions"].to_dict() == counts.to_dict()
    assert len(clusters) < len(events)


def test_cluster_ids_come_from_the_earliest_member_and_are_stable(clustered, seed_tables):
    events, _ = clustered
    again, _ = cluster_events(seed_tables["events"], seed_tables["documents"])
    assert again["cluster_id"].tolist() == events["cluster_id"].tolist()
    for cluster_id, members in events.groupby("cluster_id"):
        first = members.sort_values("published", kind="stable").iloc[0]
        assert cluster_id == "cl_" + first["event_id"].removeprefix("ev_")


def test_a_cluster_holds_one_dyad_type_and_polarity(clustered):
    events, _ = clustered
    joint = {"meeting", "call", "agreement", "other"}
    for _, members in events.groupby("cluster_id"):
        assert members["event_type"].nunique() == 1
        assert members["polarity"].nunique() == 1
        sides = members.apply(
            lambda r: (r["actor1_country"] or r["actor1"], r["actor2_country"] or r["actor2"]),
            axis=1,
        )
        if members["event_type"].iloc[0] in joint:
            sides = sides.map(lambda pair: tuple(sorted(pair)))
        assert sides.nunique() == 1


def test_no_events_gives_empty_tables():
    events, clusters = cluster_events(schema.empty_table("events"), schema.empty_table("documents"))
    assert events.empty and clusters.empty
    assert list(clusters.columns) == list(schema.TABLES["event_clusters"])


# --- the rule, on small frames -------------------------------------------------------------------


def _event(event_id, doc, a1, a2, kind="meeting", day="2024-10-11", precision="day", cue="met",
           quote="", modality="reported", date_text="on Friday"):  # fmt: skip
    return {
        "event_id": event_id, "doc_id": doc, "source_file": f"{doc}.txt", "sentence_index": 0,
        "char_start": 0, "char_end": 1, "quote": quote or cue, "actor1": a1,
        "actor1_country": a1, "actor2": a2, "actor2_country": a2, "event_type": kind,
        "polarity": "cooperation", "cue": cue, "event_date": day, "date_precision": precision,
        "date_text": date_text, "modality": modality, "published": "2024-10-11",
    }  # fmt: skip


def _documents(*outlets):
    return pd.DataFrame(
        [
            {"doc_id": f"d{i}", "source_file": f"d{i}.txt", "outlet": o, "published": "2024-10-11"}
            for i, o in enumerate(outlets)
        ]
    )


def _cluster(rows, *outlets):
    events = schema.conform(pd.DataFrame(rows), "events")
    return cluster_events(events, _documents(*outlets))


def test_joint_acts_ignore_order_and_directed_acts_keep_it():
    rows = [
        _event("ev_1", "d0", "RUS", "IRN"),
        _event("ev_2", "d1", "IRN", "RUS", day="2024-10-11", precision="week"),
        _event("ev_3", "d0", "IRN", "RUS", kind="arms_transfer", cue="drones"),
        _event("ev_4", "d1", "RUS", "IRN", kind="arms_transfer", cue="drones"),
    ]
    events, _ = _cluster(rows, "TASS", "IRNA")
    ids = events["cluster_id"].tolist()
    assert ids[0] == ids[1]
    assert ids[2] != ids[3]


def test_windows_must_overlap_and_wording_decides_beyond_a_week():
    rows = [
        _event("ev_1", "d0", "IRN", "RUS", "arms_transfer", "2022-11-05", "week", "drones"),
        _event("ev_2", "d1", "IRN", "RUS", "arms_transfer", "2022-11", "month", "Shahed drones"),
        _event("ev_3", "d1", "IRN", "RUS", "arms_transfer", "2022-11", "month", "missiles"),
        _event("ev_4", "d1", "IRN", "RUS", "arms_transfer", "2024", "year", "drones"),
        _event("ev_5", "d0", "IRN", "RUS", "arms_transfer", "", "unknown", "drone factory"),
    ]
    events, clusters = _cluster(rows, "Reuters", "AP")
    ids = events["cluster_id"].tolist()
    assert ids[0] == ids[1] == ids[4]  # undated background mention joins by its wording
    assert ids[2] != ids[0] and ids[3] != ids[0]
    first = clusters.set_index("cluster_id").loc[ids[0]]
    assert (first["event_date"], first["date_precision"]) == ("2022-11-05", "week")


def test_a_stand_in_publication_date_does_not_join_articles_without_shared_wording():
    rows = [
        _event("ev_1", "d0", "RUS", "IRN", "aid", "2024-10-11", "week", "medicines", date_text=""),
        _event("ev_2", "d1", "RUS", "IRN", "aid", "2024-10-10", "week", "grain", date_text=""),
        _event("ev_3", "d0", "RUS", "IRN", "aid", "2024-10-09", "week", "delivery", date_text=""),
    ]
    events, _ = _cluster(rows, "Reuters", "AP")
    ids = events["cluster_id"].tolist()
    assert ids[0] == ids[2] != ids[1]


def test_undated_acts_of_one_dyad_and_type_in_one_article_are_one_background():
    rows = [
        _event("ev_1", "d0", "the West", "IRN", "sanction", "", "unknown", "sanctions"),
        _event("ev_2", "d0", "the West", "IRN", "sanction", "", "unknown", "restrictions"),
        _event("ev_3", "d1", "the West", "IRN", "sanction", "", "unknown", "measures"),
        _event("ev_4", "d0", "RUS", "IRN", "other", "", "unknown", "ties"),
        _event("ev_5", "d0", "RUS", "IRN", "other", "", "unknown", "rapprochement"),
    ]
    events, _ = _cluster(rows, "Reuters", "AP")
    ids = events["cluster_id"].tolist()
    assert ids[0] == ids[1] != ids[2]  # one article's background, not another article's
    assert ids[3] != ids[4]  # relationship states are many


def test_state_media_only_and_single_source():
    rows = [_event("ev_1", "d0", "RUS", "IRN"), _event("ev_2", "d1", "IRN", "RUS")]
    _, state = _cluster(rows, "TASS", "IRNA")
    assert state["state_media_only"].tolist() == [True]
    assert state["single_source"].tolist() == [False]
    assert state["outlets"].tolist() == ["IRNA;TASS"]
    _, mixed = _cluster(rows, "TASS", "Reuters")
    assert mixed["state_media_only"].tolist() == [False]
    _, one = _cluster(rows[:1], "")
    assert one["single_source"].tolist() == [True] and one["n_outlets"].tolist() == [0]
    assert one["label"].tolist() == ["Russia – Iran: meeting, 2024-10-11"]


@pytest.mark.parametrize(
    ("value", "precision", "expected"),
    [
        ("2024-10-11", "day", ("2024-10-11", "2024-10-11")),
        ("2024-10-11", "week", ("2024-10-05", "2024-10-11")),
        ("2024-02", "month", ("2024-02-01", "2024-02-29")),
        ("2024", "year", ("2024-01-01", "2024-12-31")),
        ("", "unknown", None),
        ("2024-13", "month", None),
    ],
)
def test_date_window(value, precision, expected):
    window = date_window(value, precision)
    assert (window and tuple(d.isoformat() for d in window)) == expected


# --- contested claims ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def contested(seed_tables):
    return contested_claims(seed_tables["claims"], seed_tables["events"])


def test_contested_topics_in_the_seeds(contested):
    flagged = contested[contested["contested"]]
    by_topic = flagged.groupby("topic_id")["claimant"].apply(set).tolist()
    assert {"Iran", "Volodymyr Zelensky"} in [t & {"Iran", "Volodymyr Zelensky"} for t in by_topic]
    assert any({"Viktor Bout", "media reports"} <= t for t in by_topic)
    for _, topic in flagged.groupby("topic_id"):
        assert set(topic["position"]) == {"for", "against"}


def test_agreeing_topics_are_not_contested(contested):
    calm = contested[~contested["contested"]]
    assert not calm.empty
    for _, topic in calm.groupby("topic_id"):
        assert (topic["position"] == "for").all() or topic["claimant"].nunique() == 1


def test_contested_claims_without_events_and_on_no_claims(seed_tables):
    alone = contested_claims(seed_tables["claims"])
    assert alone["contested"].any()
    assert contested_claims(schema.empty_table("claims")).empty


def test_the_stored_topics_give_the_contested_claims(seed_tables, contested):
    stored = topics_in(seed_tables["claims"], seed_tables["claim_topics"])
    pd.testing.assert_frame_equal(stored, contested)


def test_only_the_contested_topics_are_the_contested_rows_of_all(seed_tables, contested):
    only = topics_in(seed_tables["claims"], seed_tables["claim_topics"], contested_only=True)
    expected = contested[contested["contested"].fillna(False)].reset_index(drop=True)
    assert len(only) and only["contested"].all()
    pd.testing.assert_frame_equal(only, expected)


def test_topics_follow_the_claims_as_an_analyst_leaves_them(seed_tables, contested):
    """A rejected denial ends the dispute; a denial corrected to an assertion ends it too."""
    claims, topics = seed_tables["claims"], seed_tables["claim_topics"]
    denial = contested[contested["contested"] & (contested["position"] == "against")].iloc[0]
    in_dispute = contested["topic_id"] == denial["topic_id"]
    rejected = topics_in(claims[claims["claim_id"] != denial["claim_id"]], topics)
    assert not rejected.loc[rejected["topic_id"] == denial["topic_id"], "contested"].any()
    agreed = claims.assign(
        stance=claims["stance"].where(claims["claim_id"] != denial["claim_id"], "asserts")
    )
    after = topics_in(agreed, topics)
    assert not after.loc[after["topic_id"] == denial["topic_id"], "contested"].any()
    assert in_dispute.sum() >= 2
