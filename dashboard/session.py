"""What one browser session carries between the router and its pages."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from dashboard.uploads import as_pipeline_input

_VIEW = "_view"
_UPLOADS = "_uploads"
_REFUSALS = "_upload_refusals"


@dataclass(frozen=True)
class View:
    """The corpus and the filtered slices a page draws; built by the router on every run."""

    tables: dict[str, pd.DataFrame]
    events: pd.DataFrame
    claims: pd.DataFrame
    documents: pd.DataFrame
    filter_params: dict[str, list[str]]
    incoming_params: dict[str, list[str]]


def publish_view(view: View) -> None:
    st.session_state[_VIEW] = view


def current_view() -> View:
    return st.session_state[_VIEW]


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


def focus_on_clicked_point(chart_key: str, focus_key: str) -> None:
    """on_select callback of a chart whose markers carry an id as ``customdata[0]``."""
    points = st.session_state[chart_key].selection.points
    clicked = [point["customdata"][0] for point in points if point.get("customdata")]
    st.session_state[focus_key] = clicked[-1] if clicked else None


def focus_on_selected_row(table_key: str, row_ids: list[str], focus_key: str) -> None:
    """on_select callback of a single-row table; ``row_ids`` lists the id of each shown row."""
    rows = st.session_state[table_key].selection.rows
    st.session_state[focus_key] = row_ids[rows[-1]] if rows and rows[-1] < len(row_ids) else None
