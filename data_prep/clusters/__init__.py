"""Corroboration: which events report the same happening, and which claims contradict each other.

``cluster_events`` groups the event rows that report one happening (across sentences and
articles) and describes each group; ``contested_claims`` groups claims on one topic and flags
the topics where one side asserts what another denies or disputes. Both are pure functions of
the corpus tables.
"""

import pandas as pd

from data_prep import schema
from data_prep.clusters.claims import claim_topics, contested_claims, topics_in
from data_prep.clusters.events import cluster_events

__all__ = [
    "claim_topics",
    "cluster_events",
    "contested_claims",
    "topics_in",
    "with_claim_topics",
    "with_clusters",
]


def with_clusters(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The corpus tables with every event's ``cluster_id`` and the ``event_clusters`` table.
    Rows an analyst rejected report no happening, so they join no cluster."""
    events = tables["events"]
    clustered, clusters = cluster_events(_kept(events), tables["documents"])
    cluster_of = dict(zip(clustered["event_id"], clustered["cluster_id"], strict=True))
    events = events.assign(cluster_id=events["event_id"].map(cluster_of).fillna(""))
    return {**tables, "events": schema.conform(events, "events"), "event_clusters": clusters}


def with_claim_topics(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The corpus tables with the ``claim_topics`` table; a rejected claim or event asserts
    nothing, so it is on no topic."""
    claims, events = tables["claims"], tables["events"]
    topics = claim_topics(_kept(claims), _kept(events))
    return {**tables, "claim_topics": schema.conform(topics, "claim_topics")}


def _kept(frame: pd.DataFrame) -> pd.DataFrame:
    return frame[frame["review"].fillna("") != "rejected"] if "review" in frame else frame
