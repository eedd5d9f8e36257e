"""Claim topics after a few articles changed, from the stored grouping, without grouping every
claim again.

The topics (``claims.topic_seeds``) are one greedy pass in corpus order: a claim joins the
best of the seeds (topics' first claims) before it, else becomes a seed. So the pass is
replayed from its stored outcome (``claims.TopicState``):

* the key words of the claims that stay are the stored ones, as long as the words common to
  more than a quarter of the claims are the same words (else everything is grouped again);
* a claim that stays chose the best of the seeds before it. The seeds that stopped being
  seeds were not better than its choice, unless its choice is one of them; so it chooses
  again only when its seed went or stopped being a seed (from every seed before it), or a
  claim became a seed that shares enough words with it (from its stored seed and the new
  seeds only). A new claim always chooses from every seed before it.

Only the topics whose members changed have their words counted again.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

import pandas as pd

from data_prep import schema
from data_prep.clusters.claims import (
    SHARED_WORDS,
    TopicState,
    best_seed,
    common_words,
    keyed_words,
    own_words,
    topic_table,
    word_counts,
)

QUOTE_COLUMNS = ["claim_id", "doc_id", "sentence_index", "quote"]


@dataclass
class _Seeds:
    """The seeds as the replay goes: an index of the stored ones that stay, and those that
    became seeds or stopped being seeds."""

    words: list[frozenset[str]]
    postings: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    added: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    added_words: set[str] = field(default_factory=set)
    removed: set[int] = field(default_factory=set)

    def index(self, seed: int) -> None:
        for word in self.words[seed]:
            self.postings[word].append(seed)

    def add(self, seed: int) -> None:
        self.index(seed)
        for word in self.words[seed]:
            self.added[word].append(seed)
        self.added_words.update(self.words[seed])

    def best_of_all(self, position: int) -> int | None:
        """The seed the claim at ``position`` joins among every seed before it."""
        claim_words = self.words[position]
        shared = Counter(
            seed
            for word in claim_words
            for seed in self.postings.get(word, ())
            if seed < position and seed not in self.removed
        )
        return best_seed(claim_words, shared, self.words)

    def best_of_new(self, position: int, stored: int) -> int:
        """The seed the claim at ``position``, which stays, joins now: its ``stored`` one
        (itself when it was a seed) unless a new seed before it is better."""
        claim_words = self.words[position]
        if claim_words.isdisjoint(self.added_words):
            return stored
        shared = Counter(
            seed for word in claim_words for seed in self.added.get(word, ()) if seed < position
        )
        if not any(n >= SHARED_WORDS for n in shared.values()):
            return stored
        if stored != position:
            shared[stored] = len(claim_words & self.words[stored])
        best = best_seed(claim_words, shared, self.words)
        return position if best is None else best


def replay_seeds(
    words: list[frozenset[str]], stored_seeds: list[int | None], new: list[bool]
) -> list[int]:
    """``claims.topic_seeds(words)``, knowing the stored seed of every claim that stays
    (``stored_seeds[i]``, a position in ``words``; None when the seed went) and which claims
    are new (``new[i]``, their ``stored_seeds[i]`` is ignored)."""
    seeds = _Seeds(words)
    for position, stored in enumerate(stored_seeds):
        if stored == position and not new[position]:
            seeds.index(position)
    chosen = []
    for position, stored in enumerate(stored_seeds):
        was_seed = stored == position and not new[position]
        if new[position] or stored is None or stored in seeds.removed:
            seed = seeds.best_of_all(position)
            seed = position if seed is None else seed
        else:
            seed = seeds.best_of_new(position, stored)
        if seed == position and not was_seed:
            seeds.add(position)
        elif seed != position and was_seed:
            seeds.removed.add(position)
        chosen.append(seed)
    return chosen


def updated_topics(
    claims: pd.DataFrame,
    events: pd.DataFrame,
    new: pd.Series,
    gone: pd.DataFrame,
    stored: tuple[TopicState, pd.DataFrame],
) -> tuple[pd.DataFrame, TopicState] | None:
    """The ``claim_topics`` of ``claims`` and their state, from the ``stored`` state and
    table, or None when the stored state does not describe these claims or the common words
    changed. ``new`` flags the claims of added articles; ``gone`` are the stored claims of
    the articles that changed or went; ``events`` need only hold the added articles'."""
    state, stored_table = stored
    staying_ids = claims.loc[~new, "claim_id"].astype(str).tolist()
    gone_ids = set(gone["claim_id"].astype(str))
    if [c for c in state.claim_ids if c not in gone_ids] != staying_ids:
        return None
    added_rows = schema.plain_records(claims.loc[new, QUOTE_COLUMNS])
    added_own = own_words(added_rows)
    counts = state.counts - word_counts(own_words(schema.plain_records(gone[QUOTE_COLUMNS])))
    counts.update(word_counts(added_own))
    common = common_words(counts, len(claims))
    if common != common_words(state.counts, len(state.claim_ids)):
        return None
    added_words = keyed_words(added_rows, added_own, common, events)
    words, stored_seeds = _merged(state, gone_ids, new.tolist(), added_words)
    flags = new.tolist()
    seeds = replay_seeds(words, stored_seeds, flags)
    claim_ids = claims["claim_id"].astype(str).tolist()
    known = _known_topic_words(stored_table, claim_ids, seeds, stored_seeds, flags)
    return topic_table(claim_ids, words, seeds, known), TopicState(claim_ids, words, seeds, counts)


def _merged(
    state: TopicState, gone_ids: set[str], new: list[bool], added_words: list[frozenset[str]]
) -> tuple[list[frozenset[str]], list[int | None]]:
    """Every claim's key words, and the position of its stored seed (None for a new claim or
    one whose seed went), in the new order."""
    position_of: dict[int, int] = {}  # stored position -> new position
    staying = (i for i, claim_id in enumerate(state.claim_ids) if claim_id not in gone_ids)
    added = iter(added_words)
    words = []
    stored_of = []
    for position, is_new in enumerate(new):
        if is_new:
            words.append(next(added))
            stored_of.append(None)
            continue
        before = next(staying)
        position_of[before] = position
        words.append(state.words[before])
        stored_of.append(state.seeds[before])
    return words, [None if s is None else position_of.get(s) for s in stored_of]


def _known_topic_words(
    stored_table: pd.DataFrame,
    claim_ids: list[str],
    seeds: list[int],
    stored_seeds: list[int | None],
    new: list[bool],
) -> dict[int, str]:
    """The stored words of the topics whose members are the stored ones: no claim joined or
    left them. A topic left by a claim that went has lost its stored seed or a member whose
    stored seed it was; both are caught by counting members."""
    changed = {seed for seed, stored, is_new in zip(seeds, stored_seeds, new, strict=True)
               if is_new or seed != stored}  # fmt: skip
    changed |= {stored for seed, stored in zip(seeds, stored_seeds, strict=True)
                if stored is not None and seed != stored}  # fmt: skip
    size_now = Counter(seeds)
    firsts = stored_table.drop_duplicates("topic_id")
    words_of = dict(
        zip(firsts["topic_id"].astype(str), firsts["topic_words"].astype(str), strict=True)
    )
    size_before = stored_table["topic_id"].astype(str).value_counts().to_dict()
    known = {}
    for seed, size in size_now.items():
        topic_id = "tp_" + claim_ids[seed].removeprefix("cl_")
        if seed not in changed and size_before.get(topic_id) == size and topic_id in words_of:
            known[seed] = words_of[topic_id]
    return known
