"""Corroboration: which events report the same happening, and which claims contradict each other.

``cluster_events`` groups the event rows that report one happening (across sentences and
articles) and describes each group; ``contested_claims`` groups claims on one topic and flags
the topics where one side asserts what another denies or disputes. Both are pure functions of
the corpus tables.
"""

import pandas as pd

from data_prep import schema
from data_prep.clusters.claims import claim_topics, contested_claims, topics_in
from data_prep.clusters.events import block_keys, cluster_events, cluster_table

__all__ = [
    "claim_topics",
    "cluster_events",
    "contested_claims",
    "topics_in",
    "with_claim_topics",
    "with_clusters",
    "with_clusters_regrouped",
]


def with_clusters(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The corpus tables with every event's ``cluster_id`` and the ``event_clusters`` table.
    Rows an analyst rejected report no happening, so they join no cluster."""
    events = tables["events"]
    clustered, clusters = cluster_events(_kept(events), tables["documents"])
    cluster_of = dict(zip(clustered["event_id"], clustered["cluster_id"], strict=True))
    events = events.assign(cluster_id=events["event_id"].map(cluster_of).fillna(""))
    return {**tables, "events": schema.conform(events, "events"), "event_clusters": clusters}


def with_clusters_regrouped(
    tables: dict[str, pd.DataFrame],
    previous_clusters: pd.DataFrame,
    dropped_events: pd.DataFrame,
    added_docs: set[str],
) -> dict[str, pd.DataFrame]:
    """``with_clusters`` for tables spliced from stored ones: the events that stayed carry
    their ``cluster_id``, and ``dropped_events`` are those that went. No cluster spans two
    blocks and each block groups on its own, so only the blocks an added or dropped event
    falls in are grouped again; every other block would group just as it did."""
    events = tables["events"]
    keys = block_keys(events)
    touched = set(keys[events["doc_id"].isin(added_docs)]) | set(block_keys(dropped_events))
    regroup = keys.isin(touched)
    clustered, regrouped = cluster_events(_kept(events[regroup]), tables["documents"])
    cluster_of = dict(zip(clustered["event_id"], clustered["cluster_id"], strict=True))
    stale = set(events.loc[regroup, "cluster_id"].dropna()) | set(
        dropped_events["cluster_id"].dropna()
    )
    fresh = events["event_id"].map(cluster_of).fillna("")
    events = events.assign(cluster_id=fresh.where(regroup, events["cluster_id"]))
    kept = previous_clusters[~previous_clusters["cluster_id"].isin(stale)]
    parts = [frame for frame in (kept, regrouped) if len(frame)]
    clusters = cluster_table(pd.concat(parts, ignore_index=True) if parts else regrouped)
    return {**tables, "events": schema.conform(events, "events"), "event_clusters": clusters}


def with_claim_topics(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The corpus tables with the ``claim_topics`` table; a rejected claim or event asserts
    nothing, so it is on no topic."""
    claims, events = tables["claims"], tables["events"]
    topics = claim_topics(_kept(claims), _kept(events))
    return {**tables, "claim_topics": schema.conform(topics, "claim_topics")}


def _kept(frame: pd.DataFrame) -> pd.DataFrame:
    return frame[frame["review"].fillna("") != "rejected"] if "review" in frame else frame
