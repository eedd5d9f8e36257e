"""Grouping a block of events again after a few articles changed, without choosing again for
every mention.

The grouping of a block (``events._group_block``) places one mention at a time, and a
mention's choice depends only on the clusters it is compared with, as they stand when its turn
comes. So the block is replayed in the same order from its stored grouping: a mention whose
candidates all stand as they did is placed where it was, with no comparing; only a new
mention, one whose stored cluster changed, or one that may be compared with a cluster that
changed chooses again, through the same choice the clean grouping makes. A cluster *changed*
when its members so far are not the stored ones (a member came, went or moved).

Whether a mention may be compared with a changed cluster is told conservatively, without
working out its candidates: a dated mention is compared only with the clusters anchored in
its months (give or take one), an undated one only with those sharing a cue word or a quote
word (the word index), or with its article's last undated cluster. Choosing again when it
was not needed costs time, never exactness.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd

from data_prep import schema
from data_prep.clusters.events import (
    ROW_COLUMNS,
    BlockGrouping,
    Cluster,
    Mention,
    dated_order,
    describe_cluster,
    event_mention,
    event_sources,
    undated_order,
)


@dataclass
class _Replay:
    """The bookkeeping of one block's replay (see the module doc)."""

    block: BlockGrouping
    # Stored cluster id <-> the number of the cluster that stands for it in this grouping.
    current: dict[str, int] = field(default_factory=dict)
    stored_of: dict[int, str] = field(default_factory=dict)
    # Stored cluster ids whose members are no longer the same.
    changed_ids: set[str] = field(default_factory=set)
    # Clusters of this grouping that changed, and where a mention may meet them.
    changed: set[int] = field(default_factory=set)
    months: set[int] = field(default_factory=set)
    cue_words: set[str] = field(default_factory=set)
    quote_words: set[str] = field(default_factory=set)
    # Articles whose undated mentions were placed otherwise (their last undated cluster).
    docs: set[str] = field(default_factory=set)

    def mark(self, number: int) -> None:
        """Cluster ``number`` changed: mentions that may meet it must choose again."""
        cluster = self.block.clusters[number]
        if number not in self.changed:
            self.changed.add(number)
            if number in self.stored_of:
                self.changed_ids.add(self.stored_of[number])
            if cluster.anchor.window is not None:
                self.months.update(cluster.anchor.months())
            for member in cluster.members:
                self._words_of(member)
        else:
            self._words_of(cluster.members[-1])

    def _words_of(self, mention: Mention) -> None:
        self.cue_words.update(mention.cue_words)
        self.quote_words.update(mention.quote_words)

    def mark_stored(self, stored_id: str) -> None:
        self.changed_ids.add(stored_id)
        if stored_id in self.current:
            self.mark(self.current[stored_id])

    def stands_for(self, stored_id: str, number: int) -> None:
        if stored_id not in self.current:
            self.current[stored_id] = number
            self.stored_of[number] = stored_id

    def may_meet_change_dated(self, mention: Mention) -> bool:
        return bool(self.months) and any(m in self.months for m in mention.months(1))

    def may_meet_change_undated(self, mention: Mention) -> bool:
        return (
            mention.doc_id in self.docs
            or not self.cue_words.isdisjoint(mention.cue_words)
            or not self.quote_words.isdisjoint(mention.quote_words)
        )

    def place(
        self,
        mention: Mention,
        stored_id: str | None,
        may_meet_change: Callable[[Mention], bool],
        choice: Callable[..., int | None],
        place: Callable[[Mention, int | None], int],
    ) -> None:
        stays = stored_id is not None and stored_id not in self.changed_ids
        if stays and not may_meet_change(mention):
            self.stands_for(stored_id, place(mention, self.current.get(stored_id)))
            return
        if stays:
            # Its stored cluster was the best of those that stand as they did: only it and the
            # changed ones can be the best now.
            stored = self.current.get(stored_id)
            chosen = choice(mention, sorted(self.changed | ({stored} - {None})))
        else:
            chosen = choice(mention)
        # The stored choice: the stored cluster, or a new one when the mention opened it.
        same = stays and chosen == self.current.get(stored_id)
        number = place(mention, chosen)
        if same:
            self.stands_for(stored_id, number)
            return
        if stored_id is not None:
            self.mark_stored(stored_id)
        self.mark(number)
        self.docs.add(mention.doc_id)


def regroup_block(
    mentions: list[Mention], stored_ids: list[str | None], gone_ids: set[str]
) -> tuple[list[Cluster], set[int], set[str]]:
    """The clusters of one block, as ``events._group_block`` makes them, the numbers of
    those whose members may differ from the stored ones, and the stored ids of those.
    ``stored_ids[i]`` is the stored cluster id of the mention at position ``i`` (None for a
    new mention); ``gone_ids`` are the stored clusters that lost a member to an article that
    changed or went."""
    replay = _Replay(BlockGrouping(mentions))
    for stored_id in gone_ids:
        replay.mark_stored(stored_id)
    block = replay.block
    for mention in dated_order(mentions):
        replay.place(
            mention,
            stored_ids[mention.position],
            replay.may_meet_change_dated,
            block.dated_choice,
            block.place_dated,
        )
    for mention in undated_order(mentions):
        replay.place(
            mention,
            stored_ids[mention.position],
            replay.may_meet_change_undated,
            block.undated_choice,
            block.place_undated,
        )
    return block.clusters, replay.changed, replay.changed_ids


def regroup_events(
    events: pd.DataFrame, documents: pd.DataFrame, stored_ids: list[str | None], gone_ids: set[str]
) -> tuple[dict[str, str], pd.DataFrame, set[str]]:
    """The events of whole blocks grouped again from their stored grouping (``stored_ids``,
    aligned with ``events``, None for a new event; ``gone_ids`` as for ``regroup_block``).
    Returns the new cluster id of every event in a cluster that changed, the
    ``event_clusters`` records of those clusters, and the stored cluster ids they replace."""
    rows = schema.plain_records(events[ROW_COLUMNS])
    blocks: dict[tuple, list[Mention]] = defaultdict(list)
    for position, row in enumerate(rows):
        mention = event_mention(position, row)
        blocks[mention.block].append(mention)
    sources = event_sources(documents)
    cluster_of: dict[str, str] = {}
    records = []
    replaced = set(gone_ids)
    for mentions in blocks.values():
        clusters, changed, changed_ids = regroup_block(mentions, stored_ids, gone_ids)
        replaced |= changed_ids
        for number in sorted(changed):
            members = [rows[p] for p in sorted(m.position for m in clusters[number].members)]
            record = describe_cluster(members, sources)
            records.append(record)
            cluster_of.update(dict.fromkeys((m["event_id"] for m in members), record["cluster_id"]))
    return cluster_of, pd.DataFrame(records), replaced
