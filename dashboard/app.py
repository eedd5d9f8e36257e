"""Russia–Iran Relations Monitor: the router. Run with ``streamlit run dashboard/app.py``."""

import sys
from pathlib import Path

# Streamlit (locally and on Community Cloud) puts only this file's folder on sys.path;
# the pipeline package lives at the repository root.
REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

import streamlit as st  # noqa: E402

from dashboard.data import load_tables  # noqa: E402

st.set_page_config(page_title="Russia–Iran Relations Monitor", page_icon="🛰️", layout="wide")

tables = load_tables()
documents = tables["documents"]
st.title("Russia–Iran Relations Monitor")
st.caption(f"{len(documents)} articles · {len(tables['events'])} events · {len(tables['claims'])} claims")
st.dataframe(
    documents[["source_file", "title", "outlet", "published", "date_basis", "status", "message"]],
    hide_index=True,
)
