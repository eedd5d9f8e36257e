"""Corroboration: which events report the same happening, and which claims contradict each other.

``cluster_events`` groups the event rows that report one happening (across sentences and
articles) and describes each group; ``contested_claims`` groups claims on one topic and flags
the topics where one side asserts what another denies or disputes. Both are pure functions of
the corpus tables.
"""

from data_prep.clusters.claims import contested_claims
from data_prep.clusters.events import cluster_events

__all__ = ["cluster_events", "contested_claims"]
