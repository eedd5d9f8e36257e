"""Corroboration: which events report the same happening, and which claims contradict each other.

``cluster_events`` groups the event rows that report one happening (across sentences and
articles) and describes each group; ``contested_claims`` groups claims on one topic and flags
the topics where one side asserts what another denies or disputes. Both are pure functions of
the corpus tables.
"""

import pandas as pd

from data_prep import schema
from data_prep.clusters.claims import contested_claims
from data_prep.clusters.events import cluster_events

__all__ = ["cluster_events", "contested_claims", "with_clusters"]


def with_clusters(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The corpus tables with every event's ``cluster_id`` and the ``event_clusters`` table.
    Rows an analyst rejected report no happening, so they join no cluster."""
    events = tables["events"]
    kept = events["review"].fillna("") != "rejected" if "review" in events else None
    clustered, clusters = cluster_events(
        events if kept is None else events[kept], tables["documents"]
    )
    cluster_of = dict(zip(clustered["event_id"], clustered["cluster_id"], strict=True))
    events = events.assign(cluster_id=events["event_id"].map(cluster_of).fillna(""))
    return {**tables, "events": schema.conform(events, "events"), "event_clusters": clusters}
