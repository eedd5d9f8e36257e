"""Keeping the URL and the widgets in step, so a copied link reproduces the view.

Streamlit may drop the query string when the analyst switches pages, so the router
rewrites the filter parameters on every run. The URL wins over the widgets only when it
says something the app did not write itself: a fresh session, a pasted link, an in-app
link to another article, or the browser's back button.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import streamlit as st

from dashboard.filters import FILTER_PARAMS, Filters, decode_filters, encode_filters, filter_params

_WRITTEN_FILTERS = "_url_written_filters"
_WRITTEN_PAGE_PARAM = "_url_written_{}"


def read_query_params() -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in st.query_params}


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


def page_param_from_url(name: str, incoming: Mapping[str, list[str]]) -> str | None:
    """A page's own parameter (e.g. ``doc``) when the URL changed it from outside."""
    values = incoming.get(name) or []
    written = st.session_state.get(_WRITTEN_PAGE_PARAM.format(name))
    if values and values[-1] != written:
        return values[-1]
    return None


def write_page_param(name: str, value: str | None) -> None:
    """Put a page's own parameter in the URL; None removes it."""
    if value is None:
        if name in st.query_params:
            del st.query_params[name]
    elif st.query_params.get(name) != value:
        st.query_params[name] = value
    st.session_state[_WRITTEN_PAGE_PARAM.format(name)] = value


def restore_choice(
    name: str,
    widget_key: str,
    allowed: Sequence[str],
    default: str | None,
    incoming: Mapping[str, list[str]],
) -> None:
    """Before a page's widget is drawn: take its value from the URL, else keep a valid one."""
    wanted = page_param_from_url(name, incoming)
    if wanted in allowed:
        st.session_state[widget_key] = wanted
    elif st.session_state.get(widget_key) not in allowed:
        st.session_state[widget_key] = default
