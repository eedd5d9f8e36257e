"""Contested claims: claims on one topic, and the topics where one side denies what another asserts.

**Topic.** A claim's topic is described by its *key words*: the lowercase content words of its
sentence (names and places are left out: every claim here names Russia or Iran), without the
words too common in the corpus to tell topics apart (those in more than a quarter of the
claims, once there are enough claims to say). When the events table is given, the events
of the claim's sentence add one key word each, ``act:<type>:<dyad>``, so two claims about an
arms transfer between the same two countries share a word even when worded apart. A claim with
almost no words of its own ("Zelensky called that a lie.", "Bout has denied this.") answers
the claim just before it in its article, and borrows that claim's key words.

A claim joins the topic whose first claim shares the most key words with it (two at least,
and a Jaccard likeness of 0.15), else opens a topic; candidate topics are found through an
index from key word to topics, so claims that share no word are never compared, and topics do
not chain from claim to claim.

**Contested.** A topic is contested when one claimant asserts, hopes or warns and another
claimant (another name and country) denies or disputes.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

import pandas as pd

from data_prep import schema
from data_prep.clusters.words import content_words, jaccard

COMMON_SHARE = 0.25
MIN_CLAIMS_FOR_COMMON = 8
SHARED_WORDS = 2
TOPIC_LIKENESS = 0.15
OWN_WORDS = 3  # fewer key words than this: the claim answers the previous one
CARRY_SENTENCES = 2
ACT_SIDES = ["actor1", "actor1_country", "actor2", "actor2_country"]
FOR = frozenset({"asserts", "hopes", "warns"})
AGAINST = frozenset({"denies", "disputes"})
COLUMNS = [
    "topic_id",
    "topic_words",
    "contested",
    "n_claims",
    "claim_id",
    "claimant",
    "claimant_country",
    "stance",
    "position",
    "quote",
    "outlet",
    "via",
    "claim_date",
    "published",
    "source_file",
]


def _act_words(events: pd.DataFrame | None) -> dict[tuple, set[str]]:
    found: dict[tuple, set[str]] = defaultdict(set)
    if events is None or events.empty:
        return found
    # Column-wise: a corpus has ten times more events than claims.
    sides = events[["event_type", *ACT_SIDES]]
    text = sides.astype(object).where(sides.notna(), "").astype(str)
    first = text["actor1_country"].where(text["actor1_country"] != "", text["actor1"])
    second = text["actor2_country"].where(text["actor2_country"] != "", text["actor2"])
    low = first.where(first <= second, second)
    high = second.where(first <= second, first)
    words = "act:" + text["event_type"] + ":" + low + "-" + high
    sentences = zip(events["doc_id"].tolist(), events["sentence_index"].tolist(), strict=True)
    for sentence, word in zip(sentences, words.tolist(), strict=True):
        found[sentence].add(word)
    return found


def key_words(rows: list[dict], events: pd.DataFrame | None = None) -> list[frozenset[str]]:
    """Each claim's key words (see the module's docstring)."""
    own = own_words(rows)
    return keyed_words(rows, own, common_words(word_counts(own), len(rows)), events)


def own_words(rows: list[dict]) -> list[frozenset[str]]:
    """Each claim's own content words, before the common ones are left out."""
    return [content_words(str(r["quote"])) for r in rows]


def word_counts(own: list[frozenset[str]]) -> Counter:
    """How many claims have each own word."""
    return Counter(word for words in own for word in words)


def common_words(counts: Counter, n_claims: int) -> frozenset[str]:
    """The words too common among ``n_claims`` claims to tell topics apart."""
    if n_claims < MIN_CLAIMS_FOR_COMMON:
        return frozenset()
    return frozenset(w for w, n in counts.items() if n > COMMON_SHARE * n_claims)


def keyed_words(
    rows: list[dict],
    own: list[frozenset[str]],
    common: frozenset[str],
    events: pd.DataFrame | None,
) -> list[frozenset[str]]:
    """The key words of the claims ``rows`` (whole articles, in order) with own words
    ``own``, the ``common`` words left out; ``events`` add the act words of their sentences."""
    own = [words - common for words in own] if common else own
    acts = _act_words(events)
    words = [
        frozenset(o | acts.get((r["doc_id"], r["sentence_index"]), set()))
        for r, o in zip(rows, own, strict=True)
    ]
    previous: dict[str, int] = {}
    for i, row in enumerate(rows):
        before = previous.get(row["doc_id"])
        close = before is not None and (
            int(row["sentence_index"]) - int(rows[before]["sentence_index"]) <= CARRY_SENTENCES
        )
        if close and len(own[i]) < OWN_WORDS:
            words[i] = words[i] | words[before]
        previous[row["doc_id"]] = i
    return words


def topic_seeds(words: list[frozenset[str]]) -> list[int]:
    """Each claim's topic, as the position of the topic's first claim (its *seed*). A claim
    joins the topic whose first claim shares the most key words with it (at least
    ``SHARED_WORDS``, and a fair share of both; the earliest topic on a tie); topics do not
    chain from claim to claim. Only topics that share a word with the claim are looked at."""
    postings: dict[str, list[int]] = defaultdict(list)
    seeds = []
    for i, claim_words in enumerate(words):
        seed = best_seed(
            claim_words, Counter(s for word in claim_words for s in postings[word]), words
        )
        if seed is None:
            seed = i
            for word in claim_words:
                postings[word].append(i)
        seeds.append(seed)
    return seeds


def best_seed(
    claim_words: frozenset[str], shared: Counter, words: list[frozenset[str]]
) -> int | None:
    """Of the seeds sharing ``shared[seed]`` words with the claim, the one it joins, if any."""
    fitting = [
        (n, -seed)
        for seed, n in shared.items()
        if n >= SHARED_WORDS and jaccard(claim_words, words[seed]) >= TOPIC_LIKENESS
    ]
    return -max(fitting)[1] if fitting else None


def _contested(members: list[dict]) -> bool:
    backers = {(m["claimant"], m["claimant_country"]) for m in members if m["stance"] in FOR}
    deniers = {(m["claimant"], m["claimant_country"]) for m in members if m["stance"] in AGAINST}
    return any(
        b[0] != d[0] and (not b[1] or not d[1] or b[1] != d[1]) for b in backers for d in deniers
    )


def _topic_words(words: list[frozenset[str]], limit: int = 5) -> str:
    counts = Counter(w for claim_words in words for w in claim_words if not w.startswith("act:"))
    shared = [w for w, n in sorted(counts.items(), key=lambda i: (-i[1], i[0])) if n > 1]
    return ";".join(shared[:limit])


TOPIC_COLUMNS = ["claim_id", "topic_id", "topic_words"]


def claim_topics(claims: pd.DataFrame, events: pd.DataFrame | None = None) -> pd.DataFrame:
    """The topic of every claim that shares one with another claim: what the prepared store
    keeps, so that the app never groups a whole corpus's claims itself."""
    return grouped_topics(claims, events)[0]


@dataclass(frozen=True)
class TopicState:
    """What the claim topics were grouped from, kept so that a few changed articles need not
    group every claim again (``topic_update``): each claim's id, key words and topic seed
    (a position), and how many claims have each own word (which words are common)."""

    claim_ids: list[str]
    words: list[frozenset[str]]
    seeds: list[int]
    counts: Counter


def grouped_topics(
    claims: pd.DataFrame, events: pd.DataFrame | None = None
) -> tuple[pd.DataFrame, TopicState]:
    """``claim_topics``, and the state it was grouped from."""
    needed = claims[["claim_id", "doc_id", "sentence_index", "quote"]]
    # Only the columns the topics read: a whole corpus's claims as dicts is costly memory.
    rows = schema.plain_records(needed)
    own = own_words(rows)
    counts = word_counts(own)
    words = keyed_words(rows, own, common_words(counts, len(rows)), events)
    seeds = topic_seeds(words)
    claim_ids = [str(row["claim_id"]) for row in rows]
    return topic_table(claim_ids, words, seeds), TopicState(claim_ids, words, seeds, counts)


def topic_table(
    claim_ids: list[str],
    words: list[frozenset[str]],
    seeds: list[int],
    known_words: dict[int, str] | None = None,
) -> pd.DataFrame:
    """The ``claim_topics`` rows: topics in the order of their seeds, each claim of a topic
    of two or more in order. ``known_words``: the topic words of topics (by seed) whose
    members are those they had when the words were counted."""
    groups: dict[int, list[int]] = defaultdict(list)
    for i, seed in enumerate(seeds):
        groups[seed].append(i)
    known_words = known_words or {}
    columns: dict[str, list[str]] = {name: [] for name in TOPIC_COLUMNS}
    for seed, members in groups.items():
        if len(members) < 2:
            continue
        topic_id = "tp_" + claim_ids[seed].removeprefix("cl_")
        # Once per topic: a topic of thousands of claims would otherwise count its words for
        # each member.
        topic_words = known_words.get(seed)
        if topic_words is None:
            topic_words = _topic_words([words[j] for j in members])
        columns["claim_id"] += [claim_ids[i] for i in members]
        columns["topic_id"] += [topic_id] * len(members)
        columns["topic_words"] += [topic_words] * len(members)
    if not columns["claim_id"]:
        return pd.DataFrame([], columns=TOPIC_COLUMNS)
    return pd.DataFrame(columns, columns=TOPIC_COLUMNS)


def topics_in(
    claims: pd.DataFrame, topics: pd.DataFrame, contested_only: bool = False
) -> pd.DataFrame:
    """One row per (topic, claim) of ``topics`` whose claim is among ``claims`` as they stand
    (an analyst's corrected stance moves a claim to the other side), for every topic that still
    holds two claims (only the contested ones with ``contested_only``); contested first."""
    wanted = [column for column in COLUMNS if column in claims.columns]
    merged = topics.merge(claims[wanted], on="claim_id", how="inner")
    sizes = merged.groupby("topic_id")["claim_id"].transform("size")
    merged = merged[sizes > 1].assign(n_claims=sizes[sizes > 1])
    # Whether a topic is contested depends only on who takes which side: thousands of
    # reprints of one quote are one voice.
    voices = merged[["topic_id", "claimant", "claimant_country", "stance"]].drop_duplicates()
    members: dict[str, list[dict]] = defaultdict(list)
    for voice in schema.plain_records(voices):
        members[voice["topic_id"]].append(voice)
    contested = {topic: _contested(group) for topic, group in members.items()}
    frame = merged.assign(
        position=merged["stance"].isin(FOR).map({True: "for", False: "against"}),
        contested=merged["topic_id"].map(contested),
    ).reindex(columns=COLUMNS)
    if contested_only:
        frame = frame[frame["contested"].fillna(False).astype(bool)]
    text = [column for column in COLUMNS if column not in ("contested", "n_claims")]
    frame[text] = frame[text].astype("str").fillna("")
    frame = frame.sort_values(["contested", "topic_id"], ascending=[False, True], kind="stable")
    return frame.astype({"contested": "boolean", "n_claims": "Int64"}).reset_index(drop=True)


def contested_claims(claims: pd.DataFrame, events: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per (topic, claim) for every topic of two claims or more, contested first."""
    return topics_in(claims, claim_topics(claims, events))
