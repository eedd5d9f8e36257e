"""Russia–Iran Relations Monitor: the router. Run with ``streamlit run dashboard/app.py``.

Every run: load the prepared store of the corpus (built on the first run) plus this
session's uploads, restore or read the sidebar filters, write them back to the URL, hand
the filtered view (cached per filter values) to the chosen page.
"""

import sys
from pathlib import Path

# Streamlit (locally and on Community Cloud) puts only this file's folder on sys.path;
# the pipeline package lives at the repository root.
REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

import streamlit as st  # noqa: E402

from dashboard import sidebar, state  # noqa: E402
from dashboard.data import filtered_view, load_options, load_tables  # noqa: E402

st.set_page_config(page_title="Russia–Iran Relations Monitor", page_icon="🛰️", layout="wide")

PAGES = [
    st.Page("views/overview.py", title="Overview", icon=":material/dashboard:", default=True),
    st.Page("views/timeline.py", title="Timeline", icon=":material/timeline:"),
    st.Page("views/actors.py", title="Actors", icon=":material/groups:"),
    st.Page("views/balance.py", title="Cooperation vs tension", icon=":material/balance:"),
    st.Page("views/claims.py", title="Claims", icon=":material/record_voice_over:"),
    st.Page("views/sources.py", title="Sources", icon=":material/article:"),
    st.Page("views/data.py", title="Data", icon=":material/table:"),
    st.Page("views/upload.py", title="Upload", icon=":material/upload_file:"),
]

uploads = state.uploads_for_pipeline()
tables = load_tables(uploads)
incoming = state.read_query_params()
page = st.navigation(PAGES)

state.drop_page_params(incoming)
filters = sidebar.render_filters(load_options(uploads), state.filters_from_url(incoming))
events, claims, documents = filtered_view(filters, uploads)
state.publish_view(
    state.View(
        tables=tables,
        events=events,
        claims=claims,
        documents=documents,
        filter_params=state.write_filters(filters),
        incoming_params=incoming,
        uploads=uploads,
    )
)
with st.sidebar:
    uploaded = int((tables["documents"]["origin"] == "uploaded").sum())
    st.caption(
        f"Corpus: {len(tables['documents']):,} articles"
        + (f", {uploaded} uploaded this session" if uploaded else "")
    )
page.run()
