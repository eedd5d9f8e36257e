"""Corroboration: which events report the same happening, and which claims contradict each other.

``cluster_events`` groups the event rows that report one happening (across sentences and
articles) and describes each group; ``contested_claims`` groups claims on one topic and flags
the topics where one side asserts what another denies or disputes. Both are pure functions of
the corpus tables.
"""

import pandas as pd

from data_prep import schema
from data_prep.clusters.claims import (
    TopicState,
    claim_topics,
    contested_claims,
    grouped_topics,
    topics_in,
)
from data_prep.clusters.events import block_keys, cluster_events, cluster_table
from data_prep.clusters.regroup import regroup_events
from data_prep.clusters.topic_update import updated_topics

__all__ = [
    "TopicState",
    "claim_topics",
    "cluster_events",
    "contested_claims",
    "topics_in",
    "with_claim_topics",
    "with_claim_topics_and_state",
    "with_claim_topics_updated",
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
    falls in are grouped again, and those from their stored grouping (``regroup``): only the
    clusters that changed are described again."""
    events = tables["events"]
    keys = block_keys(events)
    added = events["doc_id"].isin(added_docs)
    touched = set(keys[added]) | set(block_keys(dropped_events))
    regroup = _kept(events[keys.isin(touched)])
    stored_ids = regroup["cluster_id"].astype(object).where(~added[regroup.index], None)
    gone_ids = set(dropped_events["cluster_id"].dropna()) - {""}
    cluster_of, records, replaced = regroup_events(
        regroup, tables["documents"], stored_ids.tolist(), gone_ids
    )
    fresh = events["event_id"].map(cluster_of)
    events = events.assign(cluster_id=fresh.where(fresh.notna(), events["cluster_id"]))
    kept = previous_clusters[~previous_clusters["cluster_id"].isin(replaced)]
    parts = [frame for frame in (kept, schema.conform(records, "event_clusters")) if len(frame)]
    clusters = cluster_table(pd.concat(parts, ignore_index=True) if parts else kept)
    return {**tables, "events": schema.conform(events, "events"), "event_clusters": clusters}


def with_claim_topics(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The corpus tables with the ``claim_topics`` table; a rejected claim or event asserts
    nothing, so it is on no topic."""
    return with_claim_topics_and_state(tables)[0]


def with_claim_topics_and_state(
    tables: dict[str, pd.DataFrame],
) -> tuple[dict[str, pd.DataFrame], TopicState]:
    """``with_claim_topics``, and the state the topics were grouped from (``TopicState``)."""
    topics, state = grouped_topics(_kept(tables["claims"]), _kept(tables["events"]))
    return {**tables, "claim_topics": schema.conform(topics, "claim_topics")}, state


def with_claim_topics_updated(
    tables: dict[str, pd.DataFrame],
    stored: tuple[TopicState, pd.DataFrame] | None,
    gone_claims: pd.DataFrame,
    added_docs: set[str],
) -> tuple[dict[str, pd.DataFrame], TopicState]:
    """``with_claim_topics_and_state`` for tables spliced from stored ones: the topics
    replayed from the ``stored`` state and ``claim_topics`` table (``topic_update``) when
    they allow it. ``gone_claims``: the stored claims of the articles that changed or went."""
    claims, events = _kept(tables["claims"]), _kept(tables["events"])
    updated = None
    if stored is not None:
        new = claims["doc_id"].isin(added_docs)
        added_events = events[events["doc_id"].isin(added_docs)]
        updated = updated_topics(claims, added_events, new, _kept(gone_claims), stored)
    if updated is None:
        return with_claim_topics_and_state(tables)
    topics, state = updated
    return {**tables, "claim_topics": schema.conform(topics, "claim_topics")}, state


def _kept(frame: pd.DataFrame) -> pd.DataFrame:
    return frame[frame["review"].fillna("") != "rejected"] if "review" in frame else frame
