"""Assembling the corpus tables from the stored ones when a few articles changed.

A clean build assembles the tables from every article's result (``assemble.build_tables``)
and groups every event again: at 10,000 articles, most of a one-article update. The stored
tables already hold every other article's rows, so ``splice_tables`` drops the rows of the
articles that changed or went, puts the new results' rows in their place in corpus order, and
groups again only the event blocks the change touches (``clusters.with_clusters_regrouped``).

The result is the clean build's tables (the store tests compare the two), or ``None`` when
splicing cannot promise that: when the change makes or unmakes a duplicate, as which of two
articles with one text counts depends on both.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from data_prep.assemble import ROW_TABLES, corpus_tables, row_tables, text_key
from data_prep.clusters import TopicState, with_claim_topics_updated, with_clusters_regrouped
from data_prep.lexicons import Lexicons

if TYPE_CHECKING:
    from data_prep.pipeline import ArticleResult


@dataclass(frozen=True)
class Change:
    """What changed in the corpus since the stored tables were built."""

    order: Sequence[str]  # every article's file name, in corpus order
    added: Sequence[ArticleResult]  # the results of the new and the edited articles
    gone: frozenset[str]  # the file names whose stored rows no longer hold
    # The text keys (``assemble.text_key``) of articles that stay, by file name, where known:
    # hashing every staying text again took a few tenths of a second at 10,000 articles.
    text_keys: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Spliced:
    """The spliced tables, and the state their claim topics were grouped from."""

    tables: dict[str, pd.DataFrame]
    topic_state: TopicState


def splice_tables(
    stored: dict[str, pd.DataFrame],
    change: Change,
    lexicons: Lexicons,
    corpus_problems: Sequence[str] = (),
    topic_state: TopicState | None = None,
) -> dict[str, pd.DataFrame] | None:
    """The corpus tables after ``change``, made from the ``stored`` ones (every table, as
    ``build_tables`` gave it, with no row an analyst reviewed), or None (see the module doc).
    ``topic_state``: the state the stored claim topics were grouped from, if known."""
    spliced = splice(stored, change, lexicons, corpus_problems, topic_state)
    return None if spliced is None else spliced.tables


def splice(
    stored: dict[str, pd.DataFrame],
    change: Change,
    lexicons: Lexicons,
    corpus_problems: Sequence[str] = (),
    topic_state: TopicState | None = None,
) -> Spliced | None:
    """``splice_tables``, with the state of the claim topics."""
    tables = splice_rows(stored, change, lexicons, corpus_problems)
    return None if tables is None else with_groupings_spliced(tables, stored, change, topic_state)


# The tables ``splice_rows`` gives as they will be: the groupings change only the others.
UNGROUPED = ("documents", "sentences", "mentions", "claims", "actors", "problems")


def splice_rows(
    stored: dict[str, pd.DataFrame],
    change: Change,
    lexicons: Lexicons,
    corpus_problems: Sequence[str] = (),
) -> dict[str, pd.DataFrame] | None:
    """The corpus tables after ``change`` with the stored groupings (event clusters, claim
    topics) not yet brought up to date, or None (see the module doc)."""
    if _moves_duplicates(stored["documents"], change):
        return None
    added = row_tables(change.added)
    position = {name: i for i, name in enumerate(change.order)}
    rows = {name: _spliced(stored[name], added[name], change.gone, position) for name in ROW_TABLES}
    return corpus_tables(rows, lexicons, corpus_problems)


def with_groupings_spliced(
    tables: dict[str, pd.DataFrame],
    stored: dict[str, pd.DataFrame],
    change: Change,
    topic_state: TopicState | None,
) -> Spliced:
    """The tables of ``splice_rows`` with their event clusters and claim topics grouped
    again where the change touches them."""
    events = stored["events"]
    dropped = events[events["source_file"].isin(change.gone)]
    added_docs = {result.document["doc_id"] for result in change.added}
    tables = with_clusters_regrouped(tables, stored["event_clusters"], dropped, added_docs)
    claims = stored["claims"]
    gone_claims = claims[claims["source_file"].isin(change.gone)]
    known = None if topic_state is None else (topic_state, stored["claim_topics"])
    tables, state = with_claim_topics_updated(tables, known, gone_claims, added_docs)
    return Spliced(tables, state)


def _moves_duplicates(documents: pd.DataFrame, change: Change) -> bool:
    """Whether an article that stays was the duplicate of one that went, or an added article
    has the text of another."""
    staying = documents[~documents["source_file"].isin(change.gone)]
    if staying["duplicate_of"].fillna("").isin(change.gone).any():
        return True
    keys = [text_key(r.document["text"], r.document["status"]) for r in change.added]
    keys = [key for key in keys if key]
    if len(set(keys)) < len(keys):
        return True
    known = staying["source_file"].isin(list(change.text_keys))
    staying_keys = {change.text_keys[name] for name in staying.loc[known, "source_file"]}
    unknown = staying[~known]
    staying_keys |= {
        text_key(text, status)
        for text, status in zip(
            unknown["text"].fillna("").tolist(), unknown["status"].tolist(), strict=True
        )
    }
    return not staying_keys.isdisjoint(keys)


def _spliced(
    stored: pd.DataFrame, added: pd.DataFrame, gone: frozenset[str], position: dict[str, int]
) -> pd.DataFrame:
    """The stored rows of the articles that stay and the added rows, by article in corpus
    order; an article's rows keep their own order. The stored rows are in corpus order
    already, so the result is pieced together from runs of them and the added articles'
    rows, without reordering every row (a copy of every column)."""
    codes, names = pd.factorize(stored["source_file"])
    at = np.array([position.get(name, -1) if name not in gone else -1 for name in names])
    stored_at = at[codes] if len(codes) else np.zeros(0, dtype=int)
    kept = np.flatnonzero(stored_at >= 0)
    added_at = added["source_file"].map(position).to_numpy(dtype=int) if len(added) else []
    if len(kept) and (np.diff(stored_at[kept]) < 0).any():
        return _reordered(stored, added, gone, position)  # not in corpus order: never expected
    added = added.iloc[np.argsort(added_at, kind="stable")] if len(added) else added
    inserts = np.searchsorted(stored_at[kept], np.sort(added_at)) if len(added) else []
    pieces = _pieces(stored, kept, added, inserts)
    if not pieces:
        return stored.iloc[0:0].reset_index(drop=True)
    return (
        pd.concat(pieces, ignore_index=True)
        if len(pieces) > 1
        else pieces[0].reset_index(drop=True)
    )


def _pieces(
    stored: pd.DataFrame, kept: np.ndarray, added: pd.DataFrame, inserts
) -> list[pd.DataFrame]:
    """Runs of consecutive kept stored rows, with each added row placed before the kept row
    it is inserted at (``inserts``, an index into ``kept``)."""
    # Where a run of kept rows must break: a gap left by a gone article, or an insertion.
    breaks = set(np.flatnonzero(np.diff(kept) != 1) + 1) | {int(i) for i in inserts}
    bounds = sorted(breaks | {0, len(kept)})
    pieces = []
    next_added = 0
    for start, end in zip(bounds, [*bounds[1:], len(kept)], strict=True):
        count = sum(1 for i in inserts[next_added:] if i == start)
        if count:
            pieces.append(added.iloc[next_added : next_added + count])
            next_added += count
        if end > start:
            pieces.append(stored.iloc[kept[start] : kept[end - 1] + 1])
    return [piece for piece in pieces if len(piece)]


def _reordered(
    stored: pd.DataFrame, added: pd.DataFrame, gone: frozenset[str], position: dict[str, int]
) -> pd.DataFrame:
    kept = stored[~stored["source_file"].isin(gone)]
    parts = [frame for frame in (kept, added) if len(frame)]
    if not parts:
        return kept
    frame = pd.concat(parts, ignore_index=True)
    order = np.argsort(frame["source_file"].map(position).to_numpy(), kind="stable")
    return frame.iloc[order].reset_index(drop=True)
