"""The global filter widgets in the sidebar, one per entry of ``FILTER_FIELDS``.

Widgets never get a ``default=``/``value=``: their state lives in ``st.session_state``
under each field's ``key``, which the URL can overwrite before they are drawn.
"""

from __future__ import annotations

import itertools
from typing import Any

import streamlit as st

from dashboard.filters import (
    FILTER_FIELDS,
    FilterField,
    FilterOptions,
    Filters,
    clean_filters,
    restrict_to_options,
)


def put_filters_in_widgets(filters: Filters) -> None:
    for spec in FILTER_FIELDS:
        st.session_state[spec.key] = spec.kind.to_widget(getattr(filters, spec.name))


def _filters_from_widgets() -> Filters:
    return clean_filters({spec.name: st.session_state[spec.key] for spec in FILTER_FIELDS})


def _reset() -> None:
    put_filters_in_widgets(Filters())


def _keep_state_valid(options: FilterOptions) -> None:
    """Fill in missing keys and drop values the data no longer offers, before drawing."""
    for spec in FILTER_FIELDS:
        st.session_state.setdefault(spec.key, spec.kind.to_widget(spec.initial))
    current = _filters_from_widgets()
    valid = restrict_to_options(current, options)
    if valid != current:
        put_filters_in_widgets(valid)


# --- one drawing function per widget kind ------------------------------------------------


def _toggle(container, spec: FilterField, offered: Any) -> None:
    container.toggle(spec.label, key=spec.key, help=spec.help)


def _date(container, spec: FilterField, offered: Any) -> None:
    """The data's first and last day as bounds, widened to any day a shared link asks for."""
    days = [day for day in (*(offered or ()), st.session_state[spec.key]) if day]
    bounds = {"min_value": min(days), "max_value": max(days)} if days else {}
    container.date_input(spec.label, key=spec.key, format="YYYY-MM-DD", help=spec.help, **bounds)


def _text(container, spec: FilterField, offered: Any) -> None:
    container.text_input(spec.label, key=spec.key, placeholder=spec.placeholder, help=spec.help)


def _pills(container, spec: FilterField, offered: Any) -> None:
    offered = offered or {}
    container.pills(
        spec.label,
        list(offered),
        selection_mode="multi",
        key=spec.key,
        format_func=offered.get,
        help=spec.help,
    )


def _multiselect(container, spec: FilterField, offered: Any) -> None:
    offered = offered or {}
    container.multiselect(
        spec.label,
        list(offered),
        key=spec.key,
        format_func=offered.get,
        placeholder=spec.placeholder,
        help=spec.help,
    )


WIDGETS = {
    "toggle": _toggle,
    "date": _date,
    "text": _text,
    "pills": _pills,
    "multiselect": _multiselect,
}


def render_filters(options: FilterOptions, from_url: Filters | None) -> Filters:
    """Draw the filters in ``FILTER_FIELDS`` order (neighbouring dates side by side)."""
    if from_url is not None:
        put_filters_in_widgets(restrict_to_options(from_url, options))
    _keep_state_valid(options)
    with st.sidebar:
        st.subheader("Filters")
        for is_date, group in itertools.groupby(FILTER_FIELDS, lambda spec: spec.widget == "date"):
            specs = list(group)
            containers = st.columns(len(specs)) if is_date else [st.sidebar] * len(specs)
            for spec, container in zip(specs, containers, strict=True):
                WIDGETS[spec.widget](container, spec, options.get(spec.name))
        st.button("Reset filters", on_click=_reset, icon=":material/restart_alt:")
    return _filters_from_widgets()
