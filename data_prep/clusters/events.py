"""Event clusters: the event rows that report one happening, across sentences and articles.

Two mentions report the same happening when they share

* the **dyad**: the two sides (an actor's country, else its name), in order, except for joint
  acts (meetings, calls, agreements, relationship states), where the order does not matter;
* the **type** and **polarity**, and the **modality class**: what is reported or planned is
  one class, a denial another, a hypothesis a third;
* an **overlapping date window** at the dates' precision (a day; the seven days ending on a
  week's date; a month; a year). A mention without a date joins the cluster of its dyad and
  type whose wording is most alike, if any is alike enough;
* **similar wording of the act**: the cues share a word ("drones", "drone factory"), or the
  quotes' content words overlap. Two mentions dated within the same week need no shared word:
  one dyad, one type, one week is one happening.

No pass compares every event with every other: mentions are blocked by dyad, type, polarity and
modality class, and a dated mention is compared only with the clusters of its block whose
anchor month is within one month of its own window. Dated mentions are placed first, the most
precise first, so each cluster is anchored on its most precise report; undated mentions then
join the most alike cluster of their block.
"""

from __future__ import annotations

import calendar
import csv
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from data_prep import schema
from data_prep.clusters.words import GENERIC_ACT_WORDS, content_words

LEXICON_DIR = Path(__file__).resolve().parents[1] / "lexicons"
# Acts with no initiator: "Putin met Pezeshkian" and "Pezeshkian met Putin" are one meeting.
JOINT_TYPES = frozenset({"meeting", "call", "agreement", "other"})
BACKGROUND_STATES = frozenset({"other"})
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
NARROW_DAYS = 7
SIMILAR_WORDING = 0.3
# Members whose wording a new mention is compared with (the first ones of a cluster).
COMPARED_MEMBERS = 12
# The best score of a dated mention: 1 for one week's story, plus the likeness of its words.
DATED_CEILING = 2.0

Window = tuple[date, date]
# The event columns clustering and the cluster table read.
ROW_COLUMNS = [
    "event_id", "doc_id", "actor1", "actor1_country", "actor2", "actor2_country", "event_type",
    "polarity", "modality", "cue", "quote", "event_date", "date_precision", "date_text",
    "published",
]  # fmt: skip


@dataclass
class Mention:
    position: int
    block: tuple
    window: Window | None
    rank: int
    cue_words: frozenset[str]
    quote_words: frozenset[str]
    doc_id: str = ""
    # Dated by a date expression of its own, not by the publication date standing in.
    written_date: bool = False

    # Set once: a mention is asked whether it is narrow for every cluster it is compared with.
    narrow: bool = field(init=False)

    def __post_init__(self) -> None:
        self.narrow = (
            self.window is not None and (self.window[1] - self.window[0]).days < NARROW_DAYS
        )

    def months(self, pad: int = 0) -> range:
        start, end = self.window
        return range(_month(start) - pad, _month(end) + pad + 1)


Wording = tuple[frozenset[str], frozenset[str]]  # a mention's cue words and quote words


@dataclass
class Cluster:
    anchor: Mention
    members: list[Mention] = field(default_factory=list)
    # The distinct wordings of the first COMPARED_MEMBERS members: reprints of one wire story
    # say the same words, and are compared once.
    wordings: list[Wording] = field(default_factory=list)

    def add(self, mention: Mention) -> bool:
        """Take the mention in; True when its wording is new among the compared ones."""
        self.members.append(mention)
        wording = (mention.cue_words, mention.quote_words)
        if len(self.members) > COMPARED_MEMBERS or wording in self.wordings:
            return False
        self.wordings.append(wording)
        return True

    def likeness(self, mention: Mention) -> float:
        """The best, over the compared wordings, of the overlap coefficient of cue words
        (shared words over the smaller set, 0 when either is empty) and the Jaccard index of
        quote words, worked out inline: this is the innermost loop of clustering."""
        cues, quote = mention.cue_words, mention.quote_words
        best = 0.0
        for cue_words, quote_words in self.wordings:
            if cues and cue_words:
                best = max(best, len(cues & cue_words) / min(len(cues), len(cue_words)))
            shared = len(quote & quote_words)
            if shared:
                best = max(best, shared / (len(quote) + len(quote_words) - shared))
            if best >= 1.0:
                break
        return best


def _month(day: date) -> int:
    return day.year * 12 + day.month - 1


@lru_cache(maxsize=1 << 14)
def date_window(value: str, precision: str) -> Window | None:
    """The days an event date covers at its precision, or None when it has no date."""
    parts = (value or "").split("-")
    try:
        if len(parts) == 3:
            day = date.fromisoformat(value)
            return (day - timedelta(days=6), day) if precision == "week" else (day, day)
        if len(parts) == 2:
            year, month = int(parts[0]), int(parts[1])
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        if len(parts) == 1 and parts[0]:
            return date(int(parts[0]), 1, 1), date(int(parts[0]), 12, 31)
    except ValueError:
        return None
    return None


def _overlaps(first: Window, second: Window) -> bool:
    return first[0] <= second[1] and second[0] <= first[1]


def side(name: str, country: str) -> str:
    """A side of a dyad: the actor's country, else its name (row values, ``""`` if missing)."""
    return country or name


def _modality_class(modality: object) -> str:
    return str(modality) if modality in ("denied", "hypothetical") else "factual"


def event_mention(position: int, row: dict) -> Mention:
    first = side(row["actor1"], row["actor1_country"])
    second = side(row["actor2"], row["actor2_country"])
    dyad = tuple(sorted((first, second))) if row["event_type"] in JOINT_TYPES else (first, second)
    window = date_window(str(row["event_date"] or ""), str(row["date_precision"] or ""))
    return Mention(
        position=position,
        block=(dyad, row["event_type"], row["polarity"], _modality_class(row["modality"])),
        window=window,
        rank=PRECISION_RANK.get(str(row["date_precision"]), 4) if window else 4,
        cue_words=content_words(str(row["cue"] or ""), lowercase_only=False) - GENERIC_ACT_WORDS,
        quote_words=content_words(str(row["quote"] or "")),
        doc_id=str(row["doc_id"]),
        written_date=bool(row.get("date_text")),
    )


def _fits_dated(mention: Mention, cluster: Cluster) -> float | None:
    """How alike a dated mention is to a cluster it may join, or None when it may not."""
    if cluster.anchor.window is None or not _overlaps(mention.window, cluster.anchor.window):
        return None
    likeness = cluster.likeness(mention)
    anchor = cluster.anchor
    if mention.narrow and anchor.narrow and _same_story(mention, anchor):
        return 1.0 + likeness
    return likeness if likeness >= SIMILAR_WORDING else None


def _same_story(mention: Mention, anchor: Mention) -> bool:
    """Within one week, one dyad and type is one happening when both dates are written in the
    text, or both mentions are in one article; the publication date standing in for a missing
    date says nothing across articles."""
    return mention.doc_id == anchor.doc_id or (mention.written_date and anchor.written_date)


def _fits_undated(mention: Mention, cluster: Cluster) -> float | None:
    """An undated mention joins a dated cluster whose wording is alike; an undated cluster only
    when the cues share a word of their own ("drones"), as background states are many."""
    if cluster.anchor.window is None and not any(
        mention.cue_words & cue_words for cue_words, _ in cluster.wordings
    ):
        return None
    likeness = cluster.likeness(mention)
    return likeness if likeness >= SIMILAR_WORDING else None


def _best(
    mention: Mention, numbers: Iterable[int], clusters: list[Cluster], fits, ceiling: float
) -> int | None:
    """Which of the numbered clusters the mention fits best: most alike, then the largest,
    then the first. Once one reaches ``ceiling`` (the best score ``fits`` can give), only a
    larger cluster can do better, so smaller ones need no comparing."""
    best, best_key = None, None
    for number in sorted(numbers):
        size = len(clusters[number].members)
        if best_key is not None and best_key[0] >= ceiling and size <= best_key[1]:
            continue
        score = fits(mention, clusters[number])
        if score is not None and (best_key is None or (score, size) > best_key):
            best, best_key = number, (score, size)
    return best


def group_mentions(mentions: list[Mention]) -> list[Cluster]:
    """Place every mention in a cluster, block by block: no cluster spans two blocks, so each
    block is grouped on its own (and its word index ranks the words of that block alone)."""
    blocks: dict[tuple, list[Mention]] = defaultdict(list)
    for mention in mentions:
        blocks[mention.block].append(mention)
    return [cluster for block in blocks.values() for cluster in _group_block(block)]


def _group_block(mentions: list[Mention]) -> list[Cluster]:
    """The clusters of one block's mentions: dated ones first (most precise first) through
    the month index, then undated ones; both compare a mention only with the clusters the
    word index says it may be alike to."""
    block = BlockGrouping(mentions)
    for mention in dated_order(mentions):
        block.place_dated(mention, block.dated_choice(mention))
    for mention in undated_order(mentions):
        block.place_undated(mention, block.undated_choice(mention))
    return block.clusters


def dated_order(mentions: list[Mention]) -> list[Mention]:
    """The order dated mentions are placed in: the most precise first, then by date."""
    return sorted(
        (m for m in mentions if m.window), key=lambda m: (m.rank, m.window[0], m.position)
    )


def undated_order(mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if not m.window]


class BlockGrouping:
    """The grouping of one block as it goes: its clusters in the order they were opened, the
    month index of the dated ones, the word index, and each article's last undated cluster.
    A choice (``dated_choice``, ``undated_choice``) is the cluster a mention fits best, or
    None for a new one; placing takes the mention into it. Kept apart so that a regrouping
    (``regroup``) can place most mentions where they were without choosing again."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.clusters: list[Cluster] = []
        self.index = _WordIndex(mentions)
        self.by_month: dict[int, list[int]] = defaultdict(list)
        self.undated_of_doc: dict[str, int] = {}

    def dated_choice(self, mention: Mention, among: Iterable[int] | None = None) -> int | None:
        """The cluster the dated mention fits best, or None. ``among``: only these clusters
        (every cluster it may fit, without the indexes' filter, when it is not given)."""
        clusters = self.clusters
        if among is None:
            near = {n for month in mention.months(1) for n in self.by_month[month]}
            alike = self.index.candidates(mention)
            among = [n for n in near if n in alike or _may_be_same_story(mention, clusters[n])]
        return _best(mention, among, clusters, _fits_dated, DATED_CEILING)

    def place_dated(self, mention: Mention, number: int | None) -> int:
        if number is None:
            number = len(self.clusters)
            for month in mention.months():
                self.by_month[month].append(number)
            self.clusters.append(Cluster(anchor=mention))
        if self.clusters[number].add(mention):
            self.index.add((mention.cue_words, mention.quote_words), number)
        return number

    def undated_choice(self, mention: Mention, among: Iterable[int] | None = None) -> int | None:
        """The cluster the undated mention fits best, else its article's last undated
        cluster (see below), else None. ``among`` as for ``dated_choice``."""
        candidates = self.index.candidates(mention) if among is None else among
        number = _best(mention, candidates, self.clusters, _fits_undated, 1.0)
        if number is None and mention.block[1] not in BACKGROUND_STATES:
            # An article does not tell apart two undated acts of one dyad and type ("Western
            # sanctions" twice, "the war in Ukraine"): they are the one background it keeps
            # coming back to. Relationship states are many ("ties", "rapprochement").
            number = self.undated_of_doc.get(mention.doc_id)
        return number

    def place_undated(self, mention: Mention, number: int | None) -> int:
        if number is None:
            number = len(self.clusters)
            self.clusters.append(Cluster(anchor=mention))
            self.undated_of_doc[mention.doc_id] = number
        cluster = self.clusters[number]
        if cluster.add(mention):
            # An undated cluster is joined only through a shared cue word (``_fits_undated``).
            dated = cluster.anchor.window is not None
            self.index.add((mention.cue_words, mention.quote_words), number, by_quote=dated)
        return number


def _may_be_same_story(mention: Mention, cluster: Cluster) -> bool:
    """Whether the mention may join the cluster without alike wording (``_fits_dated``)."""
    return mention.narrow and cluster.anchor.narrow and _same_story(mention, cluster.anchor)


class _WordIndex:
    """The clusters of one block by the words of their compared wordings, so that a mention
    is compared only with clusters it could be alike to, not with every cluster of its block
    (which grows with the corpus). A cluster can fit only if a compared wording shares a
    cue word with the mention (the overlap of cue words is then above 0) or has a quote alike
    enough (a Jaccard index of at least ``SIMILAR_WORDING``); for the quotes, the standard
    prefix filter applies: two sets that alike share a word among the first words of each in
    one fixed order, rarest first, so only those first words are indexed."""

    def __init__(self, mentions: list[Mention]) -> None:
        counts = Counter(word for m in mentions for word in m.quote_words)
        self._rank = {w: i for i, w in enumerate(sorted(counts, key=lambda w: (counts[w], w)))}
        self._by_cue: dict[str, set[int]] = defaultdict(set)
        self._by_quote: dict[str, set[int]] = defaultdict(set)

    def _prefix(self, quote_words: frozenset[str]) -> list[str]:
        quote = sorted(quote_words, key=self._rank.__getitem__)
        # floor, not ceil, of the needed share: a longer prefix is always safe.
        return quote[: len(quote) - int(SIMILAR_WORDING * len(quote)) + 1]

    def add(self, wording: Wording, number: int, by_quote: bool = True) -> None:
        cue_words, quote_words = wording
        for word in cue_words:
            self._by_cue[word].add(number)
        for word in self._prefix(quote_words) if by_quote else ():
            self._by_quote[word].add(number)

    def candidates(self, mention: Mention) -> set[int]:
        """The clusters that share a cue word with the mention, or whose quote may be alike
        enough (the prefix filter)."""
        found: set[int] = set()
        for word in mention.cue_words:
            found.update(self._by_cue.get(word, ()))
        for word in self._prefix(mention.quote_words):
            found.update(self._by_quote.get(word, ()))
        return found


def cluster_events(
    events: pd.DataFrame, documents: pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The events with their ``cluster_id``, and the ``event_clusters`` table."""
    frame = events[ROW_COLUMNS]
    rows = schema.plain_records(frame)
    clusters = group_mentions([event_mention(i, row) for i, row in enumerate(rows)])
    sources = event_sources(documents)
    cluster_ids = [""] * len(rows)
    records = []
    for cluster in clusters:
        members = [rows[p] for p in sorted(m.position for m in cluster.members)]
        record = describe_cluster(members, sources)
        records.append(record)
        for mention in cluster.members:
            cluster_ids[mention.position] = record["cluster_id"]
    clustered = events.copy()
    clustered["cluster_id"] = pd.array(cluster_ids, dtype=schema.STRING)
    return schema.conform(clustered, "events"), cluster_table(pd.DataFrame(records))


def cluster_table(records: pd.DataFrame) -> pd.DataFrame:
    """The ``event_clusters`` table in its one order: a cluster's id is its earliest event's,
    so the order does not depend on the order the clusters were found in."""
    table = schema.conform(records, "event_clusters")
    table = table.sort_values(["first_reported", "cluster_id"], kind="stable", na_position="last")
    return table.reset_index(drop=True)


def block_keys(events: pd.DataFrame) -> pd.Series:
    """Each event's block (``Mention.block``) as one string, worked out column by column in
    Arrow (as Python strings, a third of a one-article update's regrouping at 10,000
    articles): what tells which blocks a change of a few articles touches."""
    text = {
        name: pc.fill_null(pa.array(events[name], type=pa.string(), from_pandas=True), "")
        for name in BLOCK_COLUMNS
    }
    first = _side_array(text["actor1"], text["actor1_country"])
    second = _side_array(text["actor2"], text["actor2_country"])
    swap = pc.and_(
        pc.is_in(text["event_type"], pa.array(sorted(JOINT_TYPES))), pc.greater(first, second)
    )
    low, high = pc.if_else(swap, second, first), pc.if_else(swap, first, second)
    kept = pc.is_in(text["modality"], pa.array(["denied", "hypothetical"]))
    modality = pc.if_else(kept, text["modality"], "factual")
    key = pc.binary_join_element_wise(
        low, high, text["event_type"], text["polarity"], modality, "\x1f"
    )
    return pd.Series(key.to_pylist(), index=events.index, dtype=object)


BLOCK_COLUMNS = ["actor1", "actor1_country", "actor2", "actor2_country", "event_type", "polarity",
                 "modality"]  # fmt: skip


def _side_array(name: pa.Array, country: pa.Array) -> pa.Array:
    """``side`` of every row: the country, else the name."""
    return pc.if_else(pc.not_equal(country, ""), country, name)


@dataclass(frozen=True)
class Source:
    outlet: str
    published: str
    state_side: str  # the country whose state outlet it is, or ""


def event_sources(documents: pd.DataFrame) -> dict[str, Source]:
    state = state_media()
    return {
        row["doc_id"]: Source(
            str(row["outlet"]), str(row["published"]), state.get(_normal(str(row["outlet"])), "")
        )
        for row in schema.plain_records(documents[["doc_id", "outlet", "published"]])
    }


def _normal(outlet: str) -> str:
    return outlet.strip().lower().removeprefix("the ")


@lru_cache(maxsize=1)
def state_media() -> dict[str, str]:
    """Every spelling of a state outlet in ``media.csv`` → its country."""
    found: dict[str, str] = {}
    with (LEXICON_DIR / "media.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["state_media"].strip().lower() in ("true", "yes", "y", "1"):
                for name in [row["name"], *row["aliases"].split("|")]:
                    found[_normal(name)] = row["country"]
    return found


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    with (LEXICON_DIR / "countries.csv").open(encoding="utf-8", newline="") as handle:
        return {row["iso3"]: row["name"] for row in csv.DictReader(handle)}


def _resolved_date(members: list[dict]) -> tuple[str, str]:
    """The most precise date among the members; ties by how many report it, then earliest."""
    dated = [m for m in members if m["date_precision"] in PRECISION_RANK and m["event_date"]]
    if not dated:
        return "", "unknown"
    rank = min(PRECISION_RANK[m["date_precision"]] for m in dated)
    best = [m for m in dated if PRECISION_RANK[m["date_precision"]] == rank]
    counts = Counter((m["event_date"], m["date_precision"]) for m in best)
    return min(counts, key=lambda key: (-counts[key], key[0]))


def _side_name(name: str, country: str) -> str:
    return country_names().get(country, country) if country else name


def _coverage(members: list[dict], sources: dict[str, Source], parties: set[str]) -> dict:
    """Who reported the happening: articles, outlets, and whether only the parties' state media
    did (an article whose outlet is unknown is not state media)."""
    docs = sorted({m["doc_id"] for m in members})
    known = [sources[d] for d in docs if d in sources]
    outlets = sorted({s.outlet for s in known if s.outlet})
    reporters = {_reporter(d, sources) for d in docs}
    published = sorted(p for p in (_published(m, sources) for m in members) if p)
    return {
        "first_reported": published[0] if published else "",
        "last_reported": published[-1] if published else "",
        "n_mentions": len(members),
        "n_articles": len(docs),
        "n_outlets": len(outlets),
        "outlets": ";".join(outlets),
        "state_media_only": len(known) == len(docs) and all(s.state_side in parties for s in known),
        "single_source": len(reporters) <= 1,
    }


def _reporter(doc_id: str, sources: dict[str, Source]) -> str:
    """The outlet of an article, or the article itself when its outlet is unknown."""
    source = sources.get(doc_id)
    return source.outlet if source and source.outlet else doc_id


def describe_cluster(members: list[dict], sources: dict[str, Source]) -> dict:
    # The earliest report: first published, then first in the events table.
    earliest = min(members, key=lambda m: _published(m, sources) or "9999")
    event_date, precision = _resolved_date(members)
    first = _side_name(earliest["actor1"], earliest["actor1_country"])
    second = _side_name(earliest["actor2"], earliest["actor2_country"])
    arrow = "–" if earliest["event_type"] in JOINT_TYPES else "→"
    parties = {earliest["actor1_country"], earliest["actor2_country"]} - {""}
    return {
        "cluster_id": "cl_" + str(earliest["event_id"]).removeprefix("ev_"),
        "label": f"{first} {arrow} {second}: {earliest['event_type']}, {event_date or 'undated'}",
        "actor1": first,
        "actor2": second,
        "event_type": earliest["event_type"],
        "polarity": earliest["polarity"],
        "event_date": event_date,
        "date_precision": precision,
        **_coverage(members, sources, parties),
    }


def _published(member: dict, sources: dict[str, Source]) -> str:
    source = sources.get(member["doc_id"])
    return (source.published if source else "") or str(member.get("published") or "")
