"""The global filters: what they hold, how they select rows, and how they travel in a URL.

Everything here is a pure function of plain values and DataFrames, so the sidebar, the
pages and the tests share one definition of "what the analyst is looking at".
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

import pandas as pd

UNKNOWN_OUTLET = "(outlet not named)"
RUSSIA_IRAN = ("RUS", "IRN")

# Query parameter name for each Filters field; short, because analysts paste these links.
PARAM_NAMES = {
    "start": "from",
    "end": "to",
    "actors": "actor",
    "countries": "country",
    "themes": "theme",
    "event_types": "type",
    "polarities": "polarity",
    "outlets": "outlet",
    "russia_iran_only": "ri",
    "search": "q",
}
FILTER_PARAMS = tuple(PARAM_NAMES.values())


@dataclass(frozen=True)
class Filters:
    """An empty tuple means "no restriction"; ``None`` dates mean an open end."""

    start: date | None = None
    end: date | None = None
    actors: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    polarities: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    russia_iran_only: bool = True
    search: str = ""


@dataclass(frozen=True)
class FilterOptions:
    """The choices the data offers for each multi-valued filter."""

    actors: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    polarities: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    first_date: date | None = None
    last_date: date | None = None


# --- dates -------------------------------------------------------------------------------


@lru_cache(maxsize=8192)
def date_period(value: str | None, precision: str | None = "") -> tuple[date, date] | None:
    """The first and last day a partial ISO date can mean, or None when it names no date.

    ``YYYY`` spans the year and ``YYYY-MM`` the month. A week-precision ``YYYY-MM-DD`` is the
    anchor of a phrase like "earlier this week", so it spans the seven days ending on it.
    """
    text = (value or "").strip()
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            return (day - timedelta(days=6), day) if precision == "week" else (day, day)
        if len(text) == 7 and text[4] == "-":
            year, month = int(text[:4]), int(text[5:])
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        if len(text) == 4 and text.isdigit():
            return date(int(text), 1, 1), date(int(text), 12, 31)
    except ValueError:
        return None
    return None


def periods(values: Iterable[object], precisions: Iterable[object] | None = None) -> pd.DataFrame:
    """``start``/``end`` Timestamps (NaT when unknown) for parallel date and precision values."""
    values = list(values)
    precisions = [""] * len(values) if precisions is None else list(precisions)
    spans = [
        date_period(_text(value), _text(precision))
        for value, precision in zip(values, precisions, strict=True)
    ]
    return pd.DataFrame(
        {
            "start": pd.to_datetime([span[0] if span else None for span in spans]),
            "end": pd.to_datetime([span[1] if span else None for span in spans]),
        }
    )


def event_spans(events: pd.DataFrame) -> pd.DataFrame:
    """Each event's period by its own date, falling back to the article's publication day."""
    own = periods(events["event_date"], events["date_precision"])
    published = periods(events["published"])
    known = own["start"].notna()
    return pd.DataFrame(
        {
            "start": own["start"].where(known, published["start"]).to_numpy(),
            "end": own["end"].where(known, published["end"]).to_numpy(),
        },
        index=events.index,
    )


def _text(value: object) -> str:
    return (
        ""
        if value is None or value is pd.NA or (isinstance(value, float) and value != value)
        else str(value)
    )


# --- options -----------------------------------------------------------------------------


def split_themes(themes: pd.Series) -> pd.Series:
    """One row per (event, theme); the index repeats the event's index."""
    return themes.fillna("").astype(str).str.split(";").explode().str.strip().loc[lambda s: s != ""]


def outlet_labels(outlets: pd.Series) -> pd.Series:
    return outlets.fillna("").astype(str).str.strip().replace("", UNKNOWN_OUTLET)


def filter_options(tables: Mapping[str, pd.DataFrame]) -> FilterOptions:
    events, claims, documents = tables["events"], tables["claims"], tables["documents"]
    actors = pd.concat([events["actor1"], events["actor2"], claims["claimant"]]).dropna()
    countries = pd.concat(
        [events["actor1_country"], events["actor2_country"], claims["claimant_country"]]
    ).dropna()
    spans = pd.concat([event_spans(events), periods(documents["published"])])
    return FilterOptions(
        actors=_sorted_unique(actors),
        countries=_sorted_unique(countries),
        themes=_sorted_unique(split_themes(events["themes"])),
        event_types=_sorted_unique(events["event_type"]),
        polarities=_sorted_unique(events["polarity"]),
        outlets=_sorted_unique(outlet_labels(documents["outlet"])),
        first_date=spans["start"].min().date() if spans["start"].notna().any() else None,
        last_date=spans["end"].max().date() if spans["end"].notna().any() else None,
    )


def _sorted_unique(values: pd.Series) -> tuple[str, ...]:
    return tuple(sorted({str(v) for v in values if _text(v).strip()}, key=str.casefold))


def restrict_to_options(filters: Filters, options: FilterOptions) -> Filters:
    """Drop chosen values the data no longer offers (e.g. after an upload was removed)."""

    def keep(chosen: tuple[str, ...], offered: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(value for value in chosen if value in offered)

    return replace(
        filters,
        actors=keep(filters.actors, options.actors),
        countries=keep(filters.countries, options.countries),
        themes=keep(filters.themes, options.themes),
        event_types=keep(filters.event_types, options.event_types),
        polarities=keep(filters.polarities, options.polarities),
        outlets=keep(filters.outlets, options.outlets),
    )


# --- selecting rows ----------------------------------------------------------------------


def filter_events(events: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    keep = pd.Series(True, index=events.index)
    if filters.russia_iran_only:
        keep &= events["russia_iran"].fillna(False).astype(bool)
    if filters.actors:
        keep &= events["actor1"].isin(filters.actors) | events["actor2"].isin(filters.actors)
    if filters.countries:
        keep &= events["actor1_country"].isin(filters.countries) | events["actor2_country"].isin(
            filters.countries
        )
    if filters.themes:
        themed = split_themes(events["themes"]).isin(filters.themes)
        keep &= themed.groupby(level=0).any().reindex(events.index, fill_value=False)
    if filters.event_types:
        keep &= events["event_type"].isin(filters.event_types)
    if filters.polarities:
        keep &= events["polarity"].isin(filters.polarities)
    keep &= _outlet_mask(events["outlet"], filters)
    keep &= _search_mask(events["quote"], filters)
    keep &= _overlaps(event_spans(events), filters)
    return events[keep.to_numpy(dtype=bool)]


def filter_claims(claims: pd.DataFrame, filters: Filters, mentions: pd.DataFrame) -> pd.DataFrame:
    """Claims have no event type, theme or polarity; the other filters apply to them."""
    keep = pd.Series(True, index=claims.index)
    if filters.russia_iran_only:
        keep &= russia_iran_claims(claims, mentions)
    if filters.actors:
        keep &= claims["claimant"].isin(filters.actors)
    if filters.countries:
        keep &= claims["claimant_country"].isin(filters.countries)
    keep &= _outlet_mask(claims["outlet"], filters)
    keep &= _search_mask(claims["quote"], filters)
    spans = periods(claims["claim_date"])
    fallback = periods(claims["published"])
    spans = spans.where(spans["start"].notna(), fallback)
    spans.index = claims.index
    keep &= _overlaps(spans, filters)
    return claims[keep.to_numpy(dtype=bool)]


def filter_documents(documents: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """Articles by outlet and publication date; the other filters concern extracted rows."""
    keep = _outlet_mask(documents["outlet"], filters)
    spans = periods(documents["published"])
    spans.index = documents.index
    keep &= _overlaps(spans, filters)
    return documents[keep.to_numpy(dtype=bool)]


def russia_iran_claims(claims: pd.DataFrame, mentions: pd.DataFrame) -> pd.Series:
    """A claim concerns Russia–Iran when Russia or Iran makes it, or its sentence names both."""
    by_party = claims["claimant_country"].isin(RUSSIA_IRAN).fillna(False)
    countries = (
        mentions[mentions["country"].isin(RUSSIA_IRAN).fillna(False)]
        .groupby(["doc_id", "sentence_index"])["country"]
        .nunique()
    )
    both = set(countries[countries == len(RUSSIA_IRAN)].index)
    naming_both = pd.Series(
        [
            (doc, int(index)) in both
            for doc, index in zip(claims["doc_id"], claims["sentence_index"], strict=True)
        ],
        index=claims.index,
        dtype=bool,
    )
    return by_party.astype(bool) | naming_both


def _outlet_mask(outlets: pd.Series, filters: Filters) -> pd.Series:
    if not filters.outlets:
        return pd.Series(True, index=outlets.index)
    return outlet_labels(outlets).isin(filters.outlets)


def _search_mask(quotes: pd.Series, filters: Filters) -> pd.Series:
    needle = filters.search.strip()
    if not needle:
        return pd.Series(True, index=quotes.index)
    return quotes.fillna("").astype(str).str.contains(needle, case=False, regex=False)


def _overlaps(spans: pd.DataFrame, filters: Filters) -> pd.Series:
    """Rows whose period overlaps the chosen range; undated rows only when no range is set."""
    keep = pd.Series(True, index=spans.index)
    if filters.start is None and filters.end is None:
        return keep
    keep &= spans["start"].notna()
    if filters.start is not None:
        keep &= spans["end"] >= pd.Timestamp(filters.start)
    if filters.end is not None:
        keep &= spans["start"] <= pd.Timestamp(filters.end)
    return keep.fillna(False).astype(bool)


# --- query parameters --------------------------------------------------------------------

_LIST_FIELDS = ("actors", "countries", "themes", "event_types", "polarities", "outlets")


def encode_filters(filters: Filters) -> dict[str, list[str]]:
    """Query parameters for the filters; defaults are left out so links stay short."""
    params: dict[str, list[str]] = {}
    if filters.start is not None:
        params[PARAM_NAMES["start"]] = [filters.start.isoformat()]
    if filters.end is not None:
        params[PARAM_NAMES["end"]] = [filters.end.isoformat()]
    for name in _LIST_FIELDS:
        values = getattr(filters, name)
        if values:
            params[PARAM_NAMES[name]] = list(values)
    if not filters.russia_iran_only:
        params[PARAM_NAMES["russia_iran_only"]] = ["0"]
    if filters.search.strip():
        params[PARAM_NAMES["search"]] = [filters.search.strip()]
    return params


def decode_filters(params: Mapping[str, Sequence[str] | str]) -> Filters:
    """Filters from query parameters; malformed values are ignored rather than fatal."""

    def values(name: str) -> list[str]:
        raw = params.get(PARAM_NAMES[name], [])
        items = [raw] if isinstance(raw, str) else list(raw)
        return [item for item in items if item.strip()]

    def single_date(name: str) -> date | None:
        found = values(name)
        try:
            return date.fromisoformat(found[-1]) if found else None
        except ValueError:
            return None

    russia_iran = values("russia_iran_only")
    search = values("search")
    start, end = single_date("start"), single_date("end")
    if start and end and start > end:
        start, end = end, start
    return Filters(
        start=start,
        end=end,
        **{name: tuple(dict.fromkeys(values(name))) for name in _LIST_FIELDS},
        russia_iran_only=not (
            russia_iran and russia_iran[-1].strip().lower() in ("0", "false", "no", "off")
        ),
        search=search[-1].strip() if search else "",
    )


def filter_params(params: Mapping[str, Sequence[str] | str]) -> dict[str, list[str]]:
    """Only the filter keys of a query-parameter mapping, every value as a list."""
    return {
        key: [value] if isinstance(value, str) else list(value)
        for key, value in params.items()
        if key in FILTER_PARAMS
    }
