"""What one browser session carries, and every URL key the app reads or writes.

* The view: the corpus and the filtered slices, built by the router for the pages.
* The uploads of this session.
* The URL: the filter parameters (named in ``filters.FILTER_FIELDS``) and the pages' own
  parameters (``PAGE_PARAMS`` below), kept in step with the widgets so a copied link
  reproduces the view.

Streamlit may drop the query string when the analyst switches pages, so the router
rewrites the filter parameters on every run. The URL wins over the widgets only when it
says something the app did not write itself: a fresh session, a pasted link, an in-app
link to another article, or the browser's back button.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

import pandas as pd
import streamlit as st

from dashboard import data
from dashboard.analysis import TopicCard
from dashboard.filters import (
    FILTER_FIELDS,
    FILTER_PARAMS,
    Filters,
    decode_filters,
    encode_filters,
    filter_params,
)
from dashboard.review import Decision, with_decision
from dashboard.uploads import as_pipeline_input

_VIEW = "_view"
_UPLOADS = "_uploads"
_REFUSALS = "_upload_refusals"
_DECISIONS = "_review_decisions"
_WRITTEN_FILTERS = "_url_written_filters"
_WRITTEN_PAGE_PARAM = "_url_written_{}"
_FILTER_KEYS = {spec.name: spec.key for spec in FILTER_FIELDS}


# --- the pages' own URL parameters -------------------------------------------------------


@dataclass(frozen=True)
class PageParam:
    """A page's own URL parameter and the widget state (``key``) it restores."""

    param: str
    key: str
    default: str | None = None  # left out of the URL at this value

    @property
    def value(self) -> str | None:
        return st.session_state.get(self.key)

    def from_url(self, incoming: Mapping[str, list[str]]) -> str | None:
        """The value when the URL changed it from outside, else None."""
        values = incoming.get(self.param) or []
        written = st.session_state.get(_WRITTEN_PAGE_PARAM.format(self.param))
        return values[-1] if values and values[-1] != written else None

    def restore(
        self,
        allowed: Sequence[str],
        incoming: Mapping[str, list[str]],
        fallback: str | None = None,
    ) -> None:
        """Before the widget is drawn: take its value from the URL, else keep a valid one."""
        wanted = self.from_url(incoming)
        if wanted in allowed:
            st.session_state[self.key] = wanted
        elif st.session_state.get(self.key) not in allowed:
            st.session_state[self.key] = fallback if fallback is not None else self.default

    def write(self, value: str | None) -> None:
        """Put the value in the URL; None or the default removes the parameter."""
        if value is None or value == self.default:
            if self.param in st.query_params:
                del st.query_params[self.param]
        elif st.query_params.get(self.param) != value:
            st.query_params[self.param] = value
        st.session_state[_WRITTEN_PAGE_PARAM.format(self.param)] = value


ARTICLE = PageParam("doc", "reader_doc")
PROFILE = PageParam("profile", "actor_profile")
TIMELINE_BASIS = PageParam("when", "timeline_basis", default="event")
TIMELINE_ROWS = PageParam("rows", "timeline_rows", default="event_type")
TIMELINE_FOCUS = PageParam("event", "timeline_focus")
CLAIM_FOCUS = PageParam("claim", "claims_focus")
CLAIM_TOPIC = PageParam("topic", "claims_topic")
TIMELINE_HAPPENING = PageParam("happening", "timeline_happening")
PAGE_PARAMS = (
    ARTICLE,
    PROFILE,
    TIMELINE_BASIS,
    TIMELINE_ROWS,
    TIMELINE_FOCUS,
    TIMELINE_HAPPENING,
    CLAIM_FOCUS,
    CLAIM_TOPIC,
)


def article_link(filter_params: Mapping[str, list[str]], doc_id: str) -> dict:
    """Query parameters of a link to the reader: the current filters and the article."""
    return {**filter_params, ARTICLE.param: doc_id}


# --- the view ----------------------------------------------------------------------------


@dataclass(frozen=True)
class View:
    """The corpus and the filtered slices a page draws; built by the router on every run.

    The tables are shared by every session (cached once): pages never modify them. Article
    text and sentences are not in them; ``text_of`` and ``sentences_of`` read one article.
    """

    tables: dict[str, pd.DataFrame]
    events: pd.DataFrame
    claims: pd.DataFrame
    documents: pd.DataFrame
    filter_params: dict[str, list[str]]
    incoming_params: dict[str, list[str]]
    # What the counts, the balance and the Timeline weigh: one row per happening (the
    # sidebar's "Count happenings" toggle) or ``events`` itself, one row per mention.
    counted: pd.DataFrame
    unit: str  # "happenings" or "events", as the pages' labels say it
    uploads: tuple[tuple[str, bytes], ...] = ()
    decisions: tuple[Decision, ...] = ()
    show_rejected: bool = False

    @property
    def per_happening(self) -> bool:
        return self.unit == "happenings"

    def contested_topics(self) -> pd.DataFrame:
        return data.contested_topics(self.uploads, self.decisions)

    def topic_cards(self, topic_ids: tuple[str, ...]) -> dict[str, TopicCard]:
        return data.contested_topic_cards(topic_ids, self.uploads, self.decisions)

    def text_of(self, doc_id: str) -> str:
        return data.article_text(doc_id, self.uploads)

    def sentences_of(self, doc_id: str) -> pd.DataFrame:
        return data.article_sentences(doc_id, self.uploads)


def publish_view(view: View) -> None:
    st.session_state[_VIEW] = view


def current_view() -> View:
    return st.session_state[_VIEW]


def focus_on_clicked_point(chart_key: str, focus: PageParam) -> None:
    """on_select callback of a chart whose markers carry an id as ``customdata[0]``."""
    points = st.session_state[chart_key].selection.points
    clicked = [point["customdata"][0] for point in points if point.get("customdata")]
    st.session_state[focus.key] = clicked[-1] if clicked else None


def zoom_to_clicked_period(chart_key: str) -> None:
    """on_select callback of a chart whose marks carry a period's first and last day as
    ``customdata[0:2]``: the sidebar's date filters narrow to that period."""
    points = st.session_state[chart_key].selection.points
    periods = [point["customdata"][:2] for point in points if point.get("customdata")]
    if periods:
        first, last = periods[-1]
        st.session_state[_FILTER_KEYS["start"]] = date.fromisoformat(first)
        st.session_state[_FILTER_KEYS["end"]] = date.fromisoformat(last)


def focus_on_selected_row(table_key: str, row_ids: list[str], focus: PageParam) -> None:
    """on_select callback of a single-row table; ``row_ids`` lists the id of each shown row."""
    rows = st.session_state[table_key].selection.rows
    st.session_state[focus.key] = row_ids[rows[-1]] if rows and rows[-1] < len(row_ids) else None


# --- uploads -----------------------------------------------------------------------------


def stored_uploads() -> dict[str, bytes]:
    return st.session_state.setdefault(_UPLOADS, {})


def uploads_for_pipeline() -> tuple[tuple[str, bytes], ...]:
    return as_pipeline_input(stored_uploads())


def add_uploads(accepted: dict[str, bytes], refusals: list[str]) -> None:
    st.session_state[_UPLOADS] = {**stored_uploads(), **accepted}
    st.session_state[_REFUSALS] = list(refusals)


def clear_uploads() -> None:
    st.session_state[_UPLOADS] = {}
    st.session_state[_REFUSALS] = []


def upload_refusals() -> list[str]:
    return st.session_state.get(_REFUSALS, [])


# --- the analyst's decisions ------------------------------------------------------------


def session_decisions() -> tuple[Decision, ...]:
    return st.session_state.get(_DECISIONS, ())


def add_decision(decision: Decision) -> None:
    st.session_state[_DECISIONS] = with_decision(session_decisions(), decision)


def undo_decision(decision: Decision) -> None:
    st.session_state[_DECISIONS] = tuple(d for d in session_decisions() if d != decision)


def clear_decisions() -> None:
    st.session_state[_DECISIONS] = ()


# --- the filters in the URL --------------------------------------------------------------


def read_query_params() -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in st.query_params}


def drop_page_params(incoming: Mapping[str, list[str]]) -> None:
    """Remove every non-filter parameter: the page that owns one writes it back."""
    for key in incoming:
        if key not in FILTER_PARAMS:
            del st.query_params[key]


def url_speaks_first(
    wanted: Mapping[str, list[str]], written: Mapping[str, list[str]] | None
) -> bool:
    """Whether the URL's filters should replace the widgets' state.

    ``written`` is what this session last put in the URL (None before its first run). An
    empty URL after the first run is a page switch that lost the parameters, not a request
    to reset the filters.
    """
    return written is None or (bool(wanted) and dict(wanted) != dict(written))


def filters_from_url(incoming: Mapping[str, list[str]]) -> Filters | None:
    wanted = filter_params(incoming)
    if url_speaks_first(wanted, st.session_state.get(_WRITTEN_FILTERS)):
        return decode_filters(wanted)
    return None


def write_filters(filters: Filters) -> dict[str, list[str]]:
    params = encode_filters(filters)
    if filter_params(read_query_params()) != params:
        for key in FILTER_PARAMS:
            if key in params:
                st.query_params[key] = params[key]
            elif key in st.query_params:
                del st.query_params[key]
    st.session_state[_WRITTEN_FILTERS] = params
    return params
