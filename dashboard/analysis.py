"""Aggregations behind the charts and headline numbers: DataFrame in, DataFrame out."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from dashboard.filters import SPAN_COLUMNS, event_spans, outlet_labels, split_themes

FREQUENCIES = {"month": 7, "year": 4}


@dataclass(frozen=True)
class Headline:
    articles: int
    events: int
    claims: int
    first_date: pd.Timestamp | None
    last_date: pd.Timestamp | None
    cooperation: int
    tension: int
    neutral: int
    goldstein_mean: float | None

    @property
    def net(self) -> int:
        return self.cooperation - self.tension

    @property
    def years(self) -> str:
        """The years the events span, short enough for a metric tile: 2024, 2022–26."""
        if self.first_date is None or self.last_date is None:
            return "—"
        if self.first_date.year == self.last_date.year:
            return str(self.first_date.year)
        return f"{self.first_date.year}–{self.last_date:%y}"


def observed_counts(values: pd.Series) -> pd.Series:
    """How often each value occurs, most frequent first; a category's unused values left out."""
    counts = values.value_counts()
    return counts[counts > 0]


def headline(events: pd.DataFrame, claims: pd.DataFrame, documents: pd.DataFrame) -> Headline:
    spans = event_spans(events)
    counts = events["polarity"].value_counts()
    goldstein = events["goldstein"].dropna()
    return Headline(
        articles=len(documents),
        events=len(events),
        claims=len(claims),
        first_date=spans["start"].min() if spans["start"].notna().any() else None,
        last_date=spans["end"].max() if spans["end"].notna().any() else None,
        cooperation=int(counts.get("cooperation", 0)),
        tension=int(counts.get("tension", 0)),
        neutral=int(counts.get("neutral", 0)),
        goldstein_mean=float(goldstein.mean()) if len(goldstein) else None,
    )


# --- happenings: one row per cluster of mentions ----------------------------------------

HAPPENING_COLUMNS = ["label", "first_reported", "last_reported", "n_mentions", "n_articles",
                     "n_outlets", "outlets", "single_source", "state_media_only"]  # fmt: skip


def one_per_happening(events: pd.DataFrame, clusters: pd.DataFrame) -> pd.DataFrame:
    """One row per happening that ``events`` report, so every count weighs happenings.

    The row is the happening's earliest report among ``events`` (the one its ``cluster_id``
    is named after, when the filters keep it), dated at the date the happening resolves to,
    with its coverage from ``clusters`` (``HAPPENING_COLUMNS``). Rows without a cluster
    (rejected by an analyst) report no happening and are left out.
    """
    ids = events["cluster_id"].astype("string").fillna("")
    reported = events[(ids != "").to_numpy()]
    own_ids = reported["cluster_id"].astype(str)
    named_after = reported["event_id"].astype(str) == "ev_" + own_ids.str.removeprefix("cl_")
    first = (
        reported.assign(_named_after=named_after.to_numpy())
        .sort_values("_named_after", ascending=False, kind="stable")
        .drop_duplicates("cluster_id")
        .sort_index()
        .drop(columns=["_named_after", *SPAN_COLUMNS], errors="ignore")
    )
    about = (
        clusters.astype({"cluster_id": str}).drop_duplicates("cluster_id").set_index("cluster_id")
    )
    # One lookup of every row's cluster for all the columns, not one per column.
    own = about.reindex(first["cluster_id"].astype(str).to_numpy()).set_axis(first.index)
    resolved = {
        "event_date": own["event_date"].astype("string").fillna(""),
        "date_precision": own["date_precision"].astype("string").fillna("unknown"),
        **{column: own[column] for column in HAPPENING_COLUMNS},
    }
    first = first.assign(**resolved)
    spans = event_spans(first)
    return first.assign(span_start=spans["start"], span_end=spans["end"])


def coverage_flags(happening) -> list[str]:
    """What an analyst checks first about a happening: one source only, or only the state
    media of the sides involved."""
    found = (
        ("single source", happening.single_source),
        ("state media only", happening.state_media_only),
    )
    return [flag for flag, value in found if not pd.isna(value) and bool(value)]


def coverage_line(happening) -> str:
    """Who reported a happening: "5 mentions in 4 articles from 4 outlets: A, B, C, D"."""
    named = "" if pd.isna(happening.outlets) else str(happening.outlets)
    outlets = ", ".join(outlet for outlet in named.split(";") if outlet)
    counts = (
        f"{counted(happening.n_mentions, 'mention')} in {counted(happening.n_articles, 'article')}"
    )
    return (
        f"{counts} from {counted(happening.n_outlets, 'outlet')}: {outlets}" if outlets else counts
    )


def counted(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def happening_mentions(events: pd.DataFrame, cluster_id: str) -> pd.DataFrame:
    """Every mention of one happening, in the order they were published."""
    mentions = events[(events["cluster_id"].astype("string") == cluster_id).fillna(False)]
    return (
        mentions.assign(_published=mentions["published"].astype("string").fillna(""))
        .sort_values(["_published", "doc_id", "sentence_index"], kind="stable")
        .drop(columns="_published")
    )


def contested_in_view(topics: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    """The contested topics (``contested_claims`` rows) with a claim among ``claims``, every
    claim of each kept: a dispute needs both its sides, whichever the filters show."""
    contested = topics[topics["contested"].fillna(False).astype(bool)]
    shown = among(contested["claim_id"], claims["claim_id"])
    return contested[among(contested["topic_id"], contested.loc[shown, "topic_id"])]


def among(values: pd.Series, members: pd.Series) -> pd.Series:
    """``values.isin(members)`` for string ids by the thousand: pandas' ``isin`` on Arrow
    strings makes one Arrow scalar per member, a hash table of Python strings does not."""
    return values.astype(object).isin(members.astype(object))


def largest_topics_first(topics: pd.DataFrame) -> list[str]:
    """The topic ids of ``topics`` (``contested_claims`` rows), the one with most claims first;
    equal ones keep their order in ``topics``."""
    sizes = topics.groupby("topic_id", sort=False).size()
    return list(sizes.sort_values(ascending=False, kind="stable").index)


def claims_of_topic(claims: pd.DataFrame, topics: pd.DataFrame, topic_id: str) -> pd.DataFrame:
    """The rows of ``claims`` that ``topics`` (``contested_claims`` rows) put in one topic."""
    members = topics.loc[topics["topic_id"] == topic_id, "claim_id"]
    return claims[among(claims["claim_id"], members)]


@dataclass(frozen=True)
class SideQuotes:
    """The quotes one side of a contested topic shows, and what the cap leaves out."""

    shown: pd.DataFrame  # one row per quote, with the ``n_articles`` that report it
    more_quotes: int  # distinct quotes left out
    more_claims: int  # the claims that report them

    @property
    def more_line(self) -> str:
        """ "and 19 more quotes (150 claims)", or "" when every quote is shown."""
        if not self.more_quotes:
            return ""
        quotes = counted(self.more_quotes, "more quote")
        if self.more_claims == self.more_quotes:
            return f"and {quotes}"
        return f"and {quotes} ({self.more_claims:,} claims)"


QUOTES_PER_SIDE = 3


def topic_sides(topic: pd.DataFrame, names: int = 3) -> str:
    """Who stands on each side of a topic, in the order they first speak: "Iran versus
    Volodymyr Zelensky"; past ``names`` claimants a side says how many others it has."""
    sides = []
    for position in ("for", "against"):
        on_side = topic.loc[topic["position"] == position, "claimant"].astype(str)
        claimants = list(dict.fromkeys(on_side))
        unnamed = len(claimants) - names
        listed = ", ".join(claimants[:names]) or "—"
        sides.append(f"{listed} and {counted(unnamed, 'other')}" if unnamed > 0 else listed)
    return " versus ".join(sides)


@dataclass(frozen=True)
class TopicCard:
    """What a contested topic's card shows. It depends on the topic alone, never on the
    filters (a dispute keeps both its sides whichever the filters show), so it is worked out
    once per topic, not on every run of the page."""

    sides: str  # "Iran versus Volodymyr Zelensky"
    n_claims: int
    quotes: dict[str, SideQuotes]  # by position: "for", "against"


def topic_cards(topics: pd.DataFrame, limit: int = QUOTES_PER_SIDE) -> dict[str, TopicCard]:
    """The card of every topic of ``topics`` (``contested_claims`` rows), worked out together:
    one sort and one grouping for all their sides, not a pass per card."""
    sides = side_quotes(topics, ["topic_id", "position"], limit)
    # Who stands where needs two columns: a topic's rows are taken from those alone.
    speakers = topics[["position", "claimant"]]
    return {
        topic_id: _card(speakers.iloc[rows], sides, (topic_id,), topics.iloc[:0])
        for topic_id, rows in topics.groupby("topic_id", sort=False).indices.items()
    }


def topic_card(topic: pd.DataFrame, limit: int = QUOTES_PER_SIDE) -> TopicCard:
    """The card of one topic (its ``contested_claims`` rows)."""
    return _card(topic, side_quotes(topic, ["position"], limit), (), topic.iloc[:0])


def _card(
    speakers: pd.DataFrame, sides: dict[tuple, SideQuotes], key: tuple, no_rows: pd.DataFrame
) -> TopicCard:
    """The card of a topic whose claimants and positions are ``speakers``, from ``sides``,
    the side quotes keyed by ``key`` + position; ``no_rows`` stands for a side with none."""
    quotes = {
        position: sides.get((*key, position)) or SideQuotes(no_rows, 0, 0)
        for position in ("for", "against")
    }
    return TopicCard(sides=topic_sides(speakers), n_claims=len(speakers), quotes=quotes)


def quote_key(quotes: pd.Series) -> pd.Series:
    """What two reports of one quote share: wire copy reprinted by another outlet differs at
    most in case, spacing, punctuation and quotation marks."""
    text = quotes.astype("string").fillna("")
    # Reprints repeat a quote many times over: each distinct one is normalised once.
    distinct = pd.Series(text.unique(), dtype="string")
    keys = distinct.str.casefold().str.replace(r"[\W_]+", " ", regex=True).str.strip()
    return text.map(dict(zip(distinct, keys, strict=True)))


def quotes_to_show(side: pd.DataFrame, limit: int = 3) -> SideQuotes:
    """Up to ``limit`` quotes of one side of a contested topic (its ``contested_claims`` rows).

    Each distinct quote is shown once, as its earliest report: the outlet that ran it first,
    not the reprints, whose number ``n_articles`` gives. One quote per claimant comes before
    a second from any of them, so the cap shows who speaks on the side before how often.
    They read earliest first, as the dispute unfolded; the date is the claim's own, else the
    article's, and a vague date ("2022") counts as its earliest day; undated quotes last.
    """
    found = side_quotes(side.assign(_side=0), ["_side"], limit)
    return found.get((0,)) or SideQuotes(side.iloc[:0], 0, 0)


def side_quotes(rows: pd.DataFrame, by: list[str], limit: int) -> dict[tuple, SideQuotes]:
    """``quotes_to_show`` for every side of ``rows``, a side being the rows that share the
    values of the ``by`` columns, keyed by those values."""
    when = rows["claim_date"].astype("string").fillna("")
    when = when.where(when != "", rows["published"].astype("string").fillna(""))
    # Sorted and deduplicated on the few columns that decide, so a topic of thousands of
    # reports is not reordered column by column; the rows shown are taken once at the end.
    reports = pd.DataFrame(
        {
            **{column: rows[column].to_numpy() for column in by},
            "_when": when.replace("", pd.NA).to_numpy(),
            "_key": quote_key(rows["quote"]).to_numpy(),
            "claim_id": rows["claim_id"].to_numpy(),
            "source_file": rows["source_file"].to_numpy(),
            "claimant": rows["claimant"].to_numpy(),
        }
    ).sort_values(["_when", "claim_id"], na_position="last", kind="stable")
    quote = [*by, "_key"]
    articles = reports.groupby(quote, sort=False)["source_file"].transform("nunique")
    distinct = reports.assign(n_articles=articles).drop_duplicates(quote)
    turn = distinct.groupby([*by, "claimant"], sort=False, dropna=False).cumcount()
    picked = distinct.assign(_turn=turn).sort_values("_turn", kind="stable")
    picked = picked.groupby(by, sort=False).head(limit)
    chosen = distinct[distinct.index.isin(picked.index)]
    covered = pd.MultiIndex.from_frame(reports[quote]).isin(
        pd.MultiIndex.from_frame(chosen[quote])
    )
    uncovered = (~pd.Series(covered, index=reports.index)).groupby(
        [reports[c] for c in by], sort=False
    ).sum()
    n_distinct = distinct.groupby(by, sort=False).size()
    groups = chosen.groupby(by, sort=False).indices
    # One take of every quote shown, side after side; each side is then a slice of it.
    order = np.concatenate(list(groups.values())) if groups else np.array([], dtype=int)
    shown = rows.iloc[chosen.index[order]].assign(
        n_articles=chosen["n_articles"].to_numpy()[order]
    )
    found, start = {}, 0
    for label, positions in groups.items():
        end = start + len(positions)
        found[label if isinstance(label, tuple) else (label,)] = SideQuotes(
            shown=shown.iloc[start:end],
            more_quotes=int(n_distinct[label]) - len(positions),
            more_claims=int(uncovered[label]),
        )
        start = end
    return found


def event_period_start(events: pd.DataFrame, freq: str = "month") -> pd.Series:
    """The month (or year) each event falls in, NaT when its date is not that precise.

    Year-only events have no month, and undated events no year: they are left out rather
    than placed on an invented date.
    """
    width = FREQUENCIES[freq]
    dates = events["event_date"].fillna("").astype(str).str.strip()
    known = dates.str.len() >= width
    stamps = pd.to_datetime(
        dates.str[:width].where(known), format="%Y-%m" if freq == "month" else "%Y", errors="coerce"
    )
    return pd.Series(stamps, index=events.index)


def polarity_counts_over_time(events: pd.DataFrame, freq: str = "month") -> pd.DataFrame:
    """Rows per period with a column per polarity (counts) plus ``net`` and ``goldstein``."""
    periods = event_period_start(events, freq)
    dated = events.assign(period=periods).dropna(subset=["period"])
    if dated.empty:
        return pd.DataFrame(
            columns=["period", "cooperation", "tension", "neutral", "net", "goldstein"]
        )
    counts = dated.pivot_table(
        index="period", columns="polarity", values="event_id", aggfunc="count", fill_value=0
    ).reindex(columns=["cooperation", "tension", "neutral"], fill_value=0)
    counts["goldstein"] = dated.groupby("period")["goldstein"].sum().astype(float)
    every_period = pd.date_range(
        counts.index.min(),
        counts.index.max(),
        freq="MS" if freq == "month" else "YS",
        name="period",
    )
    counts = counts.reindex(every_period, fill_value=0)
    counts["net"] = counts["cooperation"] - counts["tension"]
    return (
        counts.reset_index()
        .rename_axis(columns=None)
        .astype({"cooperation": int, "tension": int, "neutral": int, "net": int})
    )


def balance_by_theme(events: pd.DataFrame) -> pd.DataFrame:
    """Cooperation and tension counts per theme, most discussed theme first."""
    themes = split_themes(events["themes"])
    joined = pd.DataFrame(
        {"theme": themes.to_numpy(), "polarity": events.loc[themes.index, "polarity"].to_numpy()}
    )
    table = pd.crosstab(joined["theme"], joined["polarity"]).reindex(
        columns=["cooperation", "tension"], fill_value=0
    )
    table["net"] = table["cooperation"] - table["tension"]
    table["total"] = table["cooperation"] + table["tension"]
    return (
        table.sort_values(["total", "net"], ascending=[True, True])
        .reset_index()
        .rename_axis(columns=None)[["theme", "cooperation", "tension", "net"]]
    )


def actor_roles(events: pd.DataFrame, top_n: int | None = None) -> pd.DataFrame:
    """How often each actor initiates and is targeted, busiest actor first."""
    initiator = observed_counts(events["actor1"])
    target = observed_counts(events["actor2"])
    table = pd.DataFrame({"initiator": initiator, "target": target}).fillna(0).astype(int)
    table["total"] = table["initiator"] + table["target"]
    table = table.rename_axis("actor").reset_index()
    table = table.sort_values(["total", "actor"], ascending=[False, True], ignore_index=True)
    return table.head(top_n) if top_n else table


def dyad_balance(events: pd.DataFrame, top_n: int = 12) -> pd.DataFrame:
    """Who acts on whom among the busiest actors: counts and net cooperation per pair."""
    actors = actor_roles(events, top_n)["actor"]
    pairs = events[events["actor1"].isin(actors) & events["actor2"].isin(actors)]
    if pairs.empty:
        return pd.DataFrame(columns=["actor1", "actor2", "cooperation", "tension", "events", "net"])
    table = pd.crosstab([pairs["actor1"], pairs["actor2"]], pairs["polarity"]).reindex(
        columns=["cooperation", "tension"], fill_value=0
    )
    table["events"] = pairs.groupby(["actor1", "actor2"]).size()
    table["net"] = table["cooperation"] - table["tension"]
    return table.reset_index().rename_axis(columns=None)


def claims_by_claimant(claims: pd.DataFrame, top_n: int = 15) -> pd.DataFrame:
    """Claim counts per claimant and stance for the most quoted claimants."""
    if claims.empty:
        return pd.DataFrame(columns=["claimant", "stance", "claims"])
    top = observed_counts(claims["claimant"]).head(top_n).index
    chosen = claims[claims["claimant"].isin(top)]
    return (
        chosen.groupby(["claimant", "stance"])
        .size()
        .rename("claims")
        .reset_index()
        .sort_values(["claimant", "stance"], ignore_index=True)
    )


def latest_events(
    events: pd.DataFrame, limit: int = 3, polarity: str | None = None
) -> pd.DataFrame:
    """The most recent events (of one polarity), by the earliest day their date allows.

    Ordering by the start keeps vague dates ("in 2026") from outranking precise recent ones.
    """
    chosen = events if polarity is None else events[events["polarity"] == polarity]
    order = event_spans(chosen)["start"]
    return (
        chosen.assign(_when=order, _published=chosen["published"].fillna(""))
        .sort_values(
            ["_when", "_published", "event_id"], ascending=[False, False, True], na_position="last"
        )
        .drop(columns=["_when", "_published"])
        .head(limit)
    )


def latest_documents(
    chosen: pd.DataFrame, limit: int, documents: pd.DataFrame, keep: str | None = None
) -> pd.DataFrame:
    """The ``limit`` most recently published of ``chosen``, in their order, plus the article
    ``keep`` from ``documents`` (a linked one) when it is not among them."""
    listed = chosen
    if len(chosen) > limit:
        order = chosen["published"].astype("string").fillna("")
        listed = chosen.loc[order.sort_values(ascending=False, kind="stable").index[:limit]]
        listed = listed.sort_index()
    if keep and not (listed["doc_id"] == keep).any():
        listed = pd.concat([listed, documents[documents["doc_id"] == keep]])
    return listed


def chronological(events: pd.DataFrame) -> pd.DataFrame:
    """Events oldest first by the earliest day their date allows; undated ones last."""
    start = event_spans(events)["start"]
    return (
        events.assign(_start=start)
        .sort_values(["_start", "event_id"], na_position="last", kind="stable")
        .drop(columns="_start")
    )


def source_label(frame: pd.DataFrame) -> pd.Series:
    """The outlet when named, otherwise the file the row came from."""
    outlets = outlet_labels(frame["outlet"])
    named = frame["outlet"].fillna("").astype(str).str.strip() != ""
    return outlets.where(named, frame["source_file"].fillna("").astype(str))


def sentence_window(
    sentences: pd.DataFrame, doc_id: str, sentence_index: int, radius: int = 2
) -> pd.DataFrame:
    """The sentence and up to ``radius`` neighbours each side, in reading order."""
    in_doc = sentences[sentences["doc_id"] == doc_id].sort_values("sentence_index")
    near = (in_doc["sentence_index"] - sentence_index).abs() <= radius
    return in_doc[near.fillna(False).to_numpy(dtype=bool)]
