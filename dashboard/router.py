"""The app's run: load the store and the uploads, filters in the sidebar and the URL, the page.

``app.py`` calls ``main`` on every rerun.
"""

import streamlit as st

from dashboard import sidebar, state
from dashboard.data import filtered_view, happenings_view, load_options, load_tables


def pages() -> list:
    return [
        st.Page("views/overview.py", title="Overview", icon=":material/dashboard:", default=True),
        st.Page("views/timeline.py", title="Timeline", icon=":material/timeline:"),
        st.Page("views/actors.py", title="Actors", icon=":material/groups:"),
        st.Page("views/balance.py", title="Cooperation vs tension", icon=":material/balance:"),
        st.Page("views/claims.py", title="Claims", icon=":material/record_voice_over:"),
        st.Page("views/sources.py", title="Sources", icon=":material/article:"),
        st.Page("views/data.py", title="Data", icon=":material/table:"),
        st.Page("views/upload.py", title="Upload", icon=":material/upload_file:"),
        st.Page("views/review.py", title="Review", icon=":material/rate_review:"),
    ]


def main() -> None:
    st.set_page_config(page_title="Russia–Iran Relations Monitor", page_icon="🛰️", layout="wide")
    uploads = state.uploads_for_pipeline()
    decisions = state.session_decisions()
    tables = load_tables(uploads, decisions)
    incoming = state.read_query_params()
    page = st.navigation(pages())

    state.drop_page_params(incoming)
    options = load_options(uploads, decisions)
    filters = sidebar.render_filters(options, state.filters_from_url(incoming))
    events, claims, documents = filtered_view(filters, uploads, decisions)
    state.publish_view(
        state.View(
            tables=tables,
            events=events,
            claims=claims,
            documents=documents,
            filter_params=state.write_filters(filters),
            incoming_params=incoming,
            uploads=uploads,
            decisions=decisions,
            show_rejected=filters.show_rejected,
            counted=happenings_view(filters, uploads, decisions) if filters.happenings else events,
            unit="happenings" if filters.happenings else "events",
        )
    )
    with st.sidebar:
        uploaded = int((tables["documents"]["origin"] == "uploaded").sum())
        st.caption(
            f"Corpus: {len(tables['documents']):,} articles"
            + (f", {uploaded} uploaded this session" if uploaded else "")
        )
    page.run()
