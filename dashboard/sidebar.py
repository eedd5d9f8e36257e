"""The global filter widgets in the sidebar.

Widgets never get a ``default=``/``value=``: their state lives in ``st.session_state``
under the keys below, which the URL can overwrite before they are drawn.
"""

from __future__ import annotations

from datetime import date

import streamlit as st

from dashboard.figures import POLARITY_ORDER
from dashboard.filters import FilterOptions, Filters, restrict_to_options

KEYS = {
    "start": "filter_from",
    "end": "filter_to",
    "actors": "filter_actors",
    "countries": "filter_countries",
    "themes": "filter_themes",
    "event_types": "filter_types",
    "polarities": "filter_polarity",
    "outlets": "filter_outlets",
    "russia_iran_only": "filter_ri",
    "search": "filter_search",
}
_LISTS = ("actors", "countries", "themes", "event_types", "polarities", "outlets")


def put_filters_in_widgets(filters: Filters) -> None:
    for name, key in KEYS.items():
        value = getattr(filters, name)
        st.session_state[key] = list(value) if name in _LISTS else value


def _filters_from_widgets() -> Filters:
    state = st.session_state
    return Filters(
        start=state[KEYS["start"]],
        end=state[KEYS["end"]],
        **{name: tuple(state[KEYS[name]] or ()) for name in _LISTS},
        russia_iran_only=bool(state[KEYS["russia_iran_only"]]),
        search=(state[KEYS["search"]] or "").strip(),
    )


def _reset() -> None:
    put_filters_in_widgets(Filters())


def _keep_state_valid(options: FilterOptions) -> Filters:
    """Fill in missing keys and drop values the data no longer offers, before drawing."""
    for name, key in KEYS.items():
        default = getattr(Filters(), name)
        st.session_state.setdefault(key, list(default) if name in _LISTS else default)
    current = _filters_from_widgets()
    valid = restrict_to_options(current, options)
    if valid != current:
        put_filters_in_widgets(valid)
    return valid


def _date_bounds(filters: Filters, options: FilterOptions) -> dict[str, date | None]:
    """The data's first and last day, widened to any date a shared link asks for."""
    days = [
        day for day in (options.first_date, options.last_date, filters.start, filters.end) if day
    ]
    return {"min_value": min(days), "max_value": max(days)} if days else {}


def _country_label(code: str, names: dict[str, str]) -> str:
    return f"{names[code]} ({code})" if code in names else code


def render_filters(
    options: FilterOptions, from_url: Filters | None, country_names: dict[str, str]
) -> Filters:
    if from_url is not None:
        put_filters_in_widgets(restrict_to_options(from_url, options))
    bounds = _date_bounds(_keep_state_valid(options), options)
    with st.sidebar:
        st.subheader("Filters")
        st.toggle(
            "Russia–Iran only",
            key=KEYS["russia_iran_only"],
            help="Only events between a Russian and an Iranian actor, and claims by or "
            "naming both.",
        )
        first, last = st.columns(2)
        first.date_input("From", key=KEYS["start"], format="YYYY-MM-DD", **bounds)
        last.date_input("To", key=KEYS["end"], format="YYYY-MM-DD", **bounds)
        st.text_input("Search quotes", key=KEYS["search"], placeholder="e.g. drones")
        st.pills(
            "Polarity",
            [p for p in POLARITY_ORDER if p in options.polarities],
            selection_mode="multi",
            key=KEYS["polarities"],
        )
        st.multiselect(
            "Event types",
            options.event_types,
            key=KEYS["event_types"],
            format_func=lambda value: value.replace("_", " "),
            placeholder="All types",
        )
        st.multiselect(
            "Themes",
            options.themes,
            key=KEYS["themes"],
            format_func=lambda value: value.replace("_", " "),
            placeholder="All themes",
        )
        st.multiselect(
            "Actors (initiator or target)",
            options.actors,
            key=KEYS["actors"],
            placeholder="All actors",
        )
        st.multiselect(
            "Countries",
            options.countries,
            key=KEYS["countries"],
            format_func=lambda code: _country_label(code, country_names),
            placeholder="All countries",
        )
        st.multiselect("Sources", options.outlets, key=KEYS["outlets"], placeholder="All outlets")
        st.button("Reset filters", on_click=_reset, icon=":material/restart_alt:")
    return _filters_from_widgets()
