"""The global filters, declared once in ``FILTER_FIELDS``.

Each ``FilterField`` entry says what a filter is called, its query parameter, its sidebar
widget, its default, which choices the tables offer it and which rows it keeps in each
table. The ``Filters`` dataclass, the URL encoding, the options, the sidebar widgets
(``dashboard.sidebar``) and the row selection are all derived from that tuple, so adding
a filter is adding one entry.

Everything here is a pure function of plain values and DataFrames (no Streamlit), so the
sidebar, the pages and the tests share one definition of "what the analyst is looking at".
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, make_dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd

from dashboard.theme import POLARITY_ORDER

UNKNOWN_OUTLET = "(outlet not named)"

Tables = Mapping[str, pd.DataFrame]
Rule = Callable[[pd.DataFrame, Any], pd.Series]
FilterOptions = dict[str, Any]
"""Per filter name, what the data offers: ``{value: label}`` for a choice, ``(first, last)``
days for a date."""


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
    """``start``/``end`` Timestamps (NaT when unknown) for parallel date and precision values.

    Each distinct (date, precision) pair is read once: a corpus repeats its dates a lot.
    """
    values = _texts(values)
    precisions = _texts([""] * len(values) if precisions is None else precisions)
    codes, distinct = pd.factorize(values + "|" + precisions)
    spans = [date_period(*key.split("|", 1)) for key in distinct]
    starts = pd.to_datetime([span[0] if span else None for span in spans] + [None])
    ends = pd.to_datetime([span[1] if span else None for span in spans] + [None])
    return pd.DataFrame({"start": starts[codes], "end": ends[codes]})


def _texts(values: Iterable[object]) -> pd.Series:
    """The values as strings, missing ones empty, indexed from 0."""
    series = values if isinstance(values, pd.Series) else pd.Series(list(values), dtype=object)
    return series.reset_index(drop=True).astype("string").fillna("")


SPAN_COLUMNS = ("span_start", "span_end")


def _stored_spans(frame: pd.DataFrame) -> pd.DataFrame | None:
    """The spans ``with_spans`` computed once for the whole table, when it did."""
    if not set(SPAN_COLUMNS) <= set(frame.columns):
        return None
    return pd.DataFrame(
        {"start": frame["span_start"].to_numpy(), "end": frame["span_end"].to_numpy()},
        index=frame.index,
    )


def event_spans(events: pd.DataFrame) -> pd.DataFrame:
    """Each event's period by its own date, falling back to the article's publication day."""
    stored = _stored_spans(events)
    if stored is not None:
        return stored
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


def claim_spans(claims: pd.DataFrame) -> pd.DataFrame:
    """Each claim's period by its own date, falling back to the article's publication day."""
    stored = _stored_spans(claims)
    if stored is not None:
        return stored
    own = periods(claims["claim_date"])
    published = periods(claims["published"])
    spans = own.where(own["start"].notna(), published)
    spans.index = claims.index
    return spans


def document_spans(documents: pd.DataFrame) -> pd.DataFrame:
    stored = _stored_spans(documents)
    if stored is not None:
        return stored
    spans = periods(documents["published"])
    spans.index = documents.index
    return spans


SPANS = {"events": event_spans, "claims": claim_spans, "documents": document_spans}


def with_spans(tables: Mapping[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The tables with each row's period (``span_start``, ``span_end``) computed once.

    Date filters, orderings and charts then read two columns instead of parsing dates on
    every rerun. Pages drop ``SPAN_COLUMNS`` before showing or exporting a table.
    """
    done = dict(tables)
    for name, spans_of in SPANS.items():
        frame = tables[name].drop(columns=list(SPAN_COLUMNS), errors="ignore")
        spans = spans_of(frame)
        done[name] = frame.assign(span_start=spans["start"], span_end=spans["end"])
    return done


def compact(tables: Mapping[str, pd.DataFrame], share: float = 0.5) -> dict[str, pd.DataFrame]:
    """Repeated strings as categories (an empty string among them, so ``fillna("")`` works).

    A string column becomes a category when it has fewer distinct values than ``share`` of
    its rows: outlets, countries, actors, types, dates. Ids, quotes and titles stay strings.
    """
    done = {}
    for name, frame in tables.items():
        frame = frame.copy()
        for column in frame.columns:
            values = frame[column]
            if isinstance(values.dtype, pd.CategoricalDtype):
                pass
            elif pd.api.types.is_string_dtype(values) and len(values) > 1:
                sample = values.iloc[:2000]  # ids and quotes show they are unique early
                if sample.nunique() >= share * len(sample) or values.nunique() >= share * len(
                    values
                ):
                    continue
                values = values.astype("category")
            else:
                continue
            if "" not in values.cat.categories:
                values = values.cat.add_categories("")
            frame[column] = values
        done[name] = frame
    return done


def _text(value: object) -> str:
    return (
        ""
        if value is None or value is pd.NA or (isinstance(value, float) and value != value)
        else str(value)
    )


# --- what rows say -----------------------------------------------------------------------


def russia_iran(frame: pd.DataFrame) -> pd.Series:
    """The pipeline's ``russia_iran`` column of events or claims; the only definition used."""
    return frame["russia_iran"].fillna(False).astype(bool)


def split_themes(themes: pd.Series) -> pd.Series:
    """One row per (event, theme); the index repeats the event's index.

    Each distinct ``themes`` value is split once (there are a few hundred in any corpus).
    """
    codes, distinct = pd.factorize(_texts(themes))
    per_value = pd.Series(distinct, dtype=object).str.split(";").explode().str.strip()
    per_value = per_value[per_value.fillna("") != ""]
    position, value = _join_on(pd.Series(codes), per_value)
    return pd.Series(value, index=themes.index[position], dtype=object)


def _join_on(codes: pd.Series, per_value: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """For each row (by position) every value its code maps to: (row positions, values)."""
    pairs = pd.DataFrame({"position": np.arange(len(codes)), "code": codes.to_numpy()}).merge(
        pd.DataFrame({"code": per_value.index.to_numpy(), "value": per_value.to_numpy()}),
        on="code",
        sort=False,
    )
    pairs = pairs.sort_values("position", kind="stable")
    return pairs["position"].to_numpy(), pairs["value"].to_numpy()


def outlet_labels(outlets: pd.Series) -> pd.Series:
    return outlets.fillna("").astype(str).str.strip().replace("", UNKNOWN_OUTLET)


def _any_of(*columns: str) -> Rule:
    """Rows where any of ``columns`` holds one of the chosen values."""

    def rule(frame: pd.DataFrame, chosen: tuple[str, ...]) -> pd.Series:
        keep = pd.Series(False, index=frame.index)
        for column in columns:
            keep |= frame[column].isin(chosen).fillna(False).astype(bool)
        return keep

    return rule


def _has_theme(events: pd.DataFrame, chosen: tuple[str, ...]) -> pd.Series:
    themed = split_themes(events["themes"]).isin(chosen)
    return themed.groupby(level=0).any().reindex(events.index, fill_value=False)


def _from_outlet(frame: pd.DataFrame, chosen: tuple[str, ...]) -> pd.Series:
    return outlet_labels(frame["outlet"]).isin(chosen)


def _quote_contains(frame: pd.DataFrame, needle: str) -> pd.Series:
    return frame["quote"].fillna("").astype(str).str.contains(needle, case=False, regex=False)


def _is_russia_iran(frame: pd.DataFrame, only: bool) -> pd.Series:
    return russia_iran(frame)


def _not_rejected(frame: pd.DataFrame, show: bool) -> pd.Series:
    return frame["review"].astype("string").fillna("") != "rejected"


def without_rejected(frame: pd.DataFrame) -> pd.DataFrame:
    """The events or claims an analyst did not reject."""
    return frame[_not_rejected(frame, False).to_numpy(dtype=bool)]


def _ends_on_or_after(table: str) -> Rule:
    return lambda frame, day: SPANS[table](frame)["end"] >= pd.Timestamp(day)


def _starts_on_or_before(table: str) -> Rule:
    return lambda frame, day: SPANS[table](frame)["start"] <= pd.Timestamp(day)


# --- what the tables offer ---------------------------------------------------------------


def _sorted_unique(values: pd.Series) -> tuple[str, ...]:
    distinct = values.dropna().unique()
    return tuple(sorted({str(v) for v in distinct if _text(v).strip()}, key=str.casefold))


def _choices(values: pd.Series, label: Callable[[str], str] = str) -> dict[str, str]:
    return {value: label(value) for value in _sorted_unique(values)}


def _spaced(value: str) -> str:
    return value.replace("_", " ")


def _distinct(*columns: pd.Series) -> pd.Series:
    """The values of the columns, each once per column: the choices, without copying every row
    of three 100,000-row columns into one."""
    return pd.concat([column.drop_duplicates() for column in columns])


def _theme_choices(tables: Tables) -> dict[str, str]:
    return _choices(split_themes(_distinct(tables["events"]["themes"])), _spaced)


def _actor_choices(tables: Tables) -> dict[str, str]:
    events, claims = tables["events"], tables["claims"]
    return _choices(_distinct(events["actor1"], events["actor2"], claims["claimant"]))


def _country_choices(tables: Tables) -> dict[str, str]:
    """Country codes, labelled with the state's name where the actor registry has it."""
    events, claims, actors = tables["events"], tables["claims"], tables["actors"]
    states = actors[actors["type"] == "state"].drop_duplicates("country")
    names = dict(zip(states["country"], states["name"], strict=True))
    codes = _distinct(
        events["actor1_country"], events["actor2_country"], claims["claimant_country"]
    )
    return _choices(codes, lambda code: f"{names[code]} ({code})" if code in names else code)


def _polarity_choices(tables: Tables) -> dict[str, str]:
    found = set(_sorted_unique(tables["events"]["polarity"]))
    return {p: p for p in (*POLARITY_ORDER, *sorted(found - set(POLARITY_ORDER))) if p in found}


def _date_range(tables: Tables) -> tuple[date, date] | tuple[()]:
    """The first and last day the events and articles can mean."""
    spans = pd.concat([event_spans(tables["events"]), periods(tables["documents"]["published"])])
    if spans["start"].isna().all():
        return ()
    return spans["start"].min().date(), spans["end"].max().date()


# --- widget kinds: the value type and its URL form ---------------------------------------

_FALSE_WORDS = ("0", "false", "no", "off")
_TRUE_WORDS = ("1", "true", "yes", "on")


def _decode_bool(items: list[str], default: bool) -> bool:
    word = items[-1].strip().lower()
    return False if word in _FALSE_WORDS else True if word in _TRUE_WORDS else default


def _decode_date(items: list[str], default: date | None) -> date | None:
    try:
        return date.fromisoformat(items[-1].strip())
    except ValueError:
        return default


@dataclass(frozen=True)
class Kind:
    """How a widget kind's value is typed, cleaned, written to a URL and read back."""

    type: Any
    empty: Any
    clean: Callable[[Any], Any]
    encode: Callable[[Any], list[str]]
    decode: Callable[[list[str], Any], Any]  # (non-blank URL values, default) -> value
    to_widget: Callable[[Any], Any] = lambda value: value
    restrict: Callable[[Any, Any], Any] = lambda value, offered: value


_CHOICE = Kind(
    type=tuple[str, ...],
    empty=(),
    clean=lambda value: tuple(dict.fromkeys(value or ())),
    encode=list,
    decode=lambda items, default: tuple(dict.fromkeys(items)),
    to_widget=list,
    restrict=lambda value, offered: tuple(v for v in value if v in (offered or {})),
)
KINDS: dict[str, Kind] = {
    "toggle": Kind(
        type=bool,
        empty=False,
        clean=bool,
        encode=lambda on: ["1" if on else "0"],
        decode=_decode_bool,
    ),
    "date": Kind(
        type=date | None,
        empty=None,
        clean=lambda day: day or None,
        encode=lambda day: [day.isoformat()],
        decode=_decode_date,
    ),
    "text": Kind(
        type=str,
        empty="",
        clean=lambda text: (text or "").strip(),
        encode=lambda text: [text],
        decode=lambda items, default: items[-1].strip(),
    ),
    "pills": _CHOICE,
    "multiselect": _CHOICE,
}


# --- the specification -------------------------------------------------------------------


@dataclass(frozen=True)
class FilterField:
    """One global filter: everything the app needs to know about it, in one place."""

    name: str  # attribute of ``Filters``
    param: str  # query parameter; short, because analysts paste these links
    widget: str  # a key of ``KINDS``: toggle, date, text, pills or multiselect
    label: str
    rows: Mapping[str, Rule]  # table name -> rows kept for a restricting value
    offered: Callable[[Tables], Any] | None = None  # the choices (or date range) in the data
    default: Any = None  # None: the widget kind's empty value, which restricts nothing
    # Whether a value restricts rows; "Show rejected" restricts when it is off.
    restricts: Callable[[Any], bool] = bool
    help: str | None = None
    placeholder: str | None = None

    @property
    def kind(self) -> Kind:
        return KINDS[self.widget]

    @property
    def initial(self) -> Any:
        return self.kind.empty if self.default is None else self.default

    @property
    def key(self) -> str:
        """The widget's ``st.session_state`` key."""
        return f"filter_{self.name}"


FILTER_FIELDS: tuple[FilterField, ...] = (
    FilterField(
        "happenings", "happenings", "toggle", "Count happenings, not mentions",
        rows={},  # keeps every row: it changes what the pages count, not what they show
        default=True,
        help="One count, and one Timeline mark, per happening however many sentences and "
        "articles report it. Off: every mention counts.",
    ),
    FilterField(
        "russia_iran_only", "ri", "toggle", "Russia–Iran only",
        rows={"events": _is_russia_iran, "claims": _is_russia_iran},
        default=True,
        help="Only events between a Russian and an Iranian actor, and claims by or naming both.",
    ),
    FilterField(
        "start", "from", "date", "From",
        rows={table: _ends_on_or_after(table) for table in SPANS},
        offered=_date_range,
    ),
    FilterField(
        "end", "to", "date", "To",
        rows={table: _starts_on_or_before(table) for table in SPANS},
        offered=_date_range,
    ),
    FilterField(
        "search", "q", "text", "Search quotes",
        rows={"events": _quote_contains, "claims": _quote_contains},
        placeholder="e.g. drones",
    ),
    FilterField(
        "polarities", "polarity", "pills", "Polarity",
        rows={"events": _any_of("polarity")},
        offered=_polarity_choices,
    ),
    FilterField(
        "event_types", "type", "multiselect", "Event types",
        rows={"events": _any_of("event_type")},
        offered=lambda tables: _choices(tables["events"]["event_type"], _spaced),
        placeholder="All types",
    ),
    FilterField(
        "themes", "theme", "multiselect", "Themes",
        rows={"events": _has_theme},
        offered=_theme_choices,
        placeholder="All themes",
    ),
    FilterField(
        "actors", "actor", "multiselect", "Actors (initiator or target)",
        rows={"events": _any_of("actor1", "actor2"), "claims": _any_of("claimant")},
        offered=_actor_choices,
        placeholder="All actors",
    ),
    FilterField(
        "countries", "country", "multiselect", "Countries",
        rows={
            "events": _any_of("actor1_country", "actor2_country"),
            "claims": _any_of("claimant_country"),
        },
        offered=_country_choices,
        placeholder="All countries",
    ),
    FilterField(
        "outlets", "outlet", "multiselect", "Sources",
        rows={"events": _from_outlet, "claims": _from_outlet, "documents": _from_outlet},
        offered=lambda tables: _choices(outlet_labels(tables["documents"]["outlet"])),
        placeholder="All outlets",
    ),
    FilterField(
        "show_rejected", "rejected", "toggle", "Show rejected",
        rows={"events": _not_rejected, "claims": _not_rejected},
        restricts=lambda show: not show,
        help="Include the events and claims an analyst rejected in charts and counts.",
    ),
)  # fmt: skip

# --- derived from the specification ------------------------------------------------------

FILTER_PARAMS = tuple(spec.param for spec in FILTER_FIELDS)

Filters = make_dataclass(
    "Filters",
    [(spec.name, spec.kind.type, field(default=spec.initial)) for spec in FILTER_FIELDS],
    frozen=True,
)
Filters.__module__ = __name__
Filters.__doc__ = "The analyst's choices, one attribute per entry of ``FILTER_FIELDS``."


def clean_filters(values: Mapping[str, Any]) -> Filters:
    """Filters from raw values (widget state, hand-made dicts): every value cleaned by its kind."""
    return Filters(
        **{
            spec.name: spec.kind.clean(values.get(spec.name, spec.initial))
            for spec in FILTER_FIELDS
        }
    )


def filter_options(tables: Tables) -> FilterOptions:
    return {spec.name: spec.offered(tables) for spec in FILTER_FIELDS if spec.offered}


def restrict_to_options(filters: Filters, options: FilterOptions) -> Filters:
    """Drop chosen values the data no longer offers (e.g. after an upload was removed)."""
    return replace(
        filters,
        **{
            spec.name: spec.kind.restrict(getattr(filters, spec.name), options.get(spec.name))
            for spec in FILTER_FIELDS
        },
    )


def filter_table(table: str, frame: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """The rows of ``table`` (events, claims or documents) that every filter keeps.

    A filter restricts only when its entry's ``restricts`` says so of its value (by default
    when it is truthy: chosen values, a date, a search, the toggle on) and only the tables its
    entry names a rule for.
    """
    keep = pd.Series(True, index=frame.index)
    for spec in FILTER_FIELDS:
        value = spec.kind.clean(getattr(filters, spec.name))
        if spec.restricts(value) and table in spec.rows:
            keep &= spec.rows[table](frame, value).fillna(False).astype(bool)
    return frame[keep.to_numpy(dtype=bool)]


def filter_events(events: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    return filter_table("events", events, filters)


def filter_claims(claims: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """Claims have no event type, theme or polarity; the other filters apply to them."""
    return filter_table("claims", claims, filters)


def filter_documents(documents: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """Articles by outlet and publication date; the other filters concern extracted rows."""
    return filter_table("documents", documents, filters)


def encode_filters(filters: Filters) -> dict[str, list[str]]:
    """Query parameters for the filters; defaults are left out so links stay short."""
    params: dict[str, list[str]] = {}
    for spec in FILTER_FIELDS:
        value = spec.kind.clean(getattr(filters, spec.name))
        if value != spec.initial:
            params[spec.param] = spec.kind.encode(value)
    return params


def decode_filters(params: Mapping[str, Sequence[str] | str]) -> Filters:
    """Filters from query parameters; malformed values are ignored rather than fatal."""
    values = {}
    for spec in FILTER_FIELDS:
        raw = params.get(spec.param, [])
        items = [item for item in ([raw] if isinstance(raw, str) else raw) if item.strip()]
        values[spec.name] = spec.kind.decode(items, spec.initial) if items else spec.initial
    if values["start"] and values["end"] and values["start"] > values["end"]:
        values["start"], values["end"] = values["end"], values["start"]
    return Filters(**values)


def filter_params(params: Mapping[str, Sequence[str] | str]) -> dict[str, list[str]]:
    """Only the filter keys of a query-parameter mapping, every value as a list."""
    return {
        key: [value] if isinstance(value, str) else list(value)
        for key, value in params.items()
        if key in FILTER_PARAMS
    }
