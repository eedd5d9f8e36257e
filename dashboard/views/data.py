"""Data: the filtered tables, to browse and to download as CSV or Parquet."""

import pandas as pd
import streamlit as st

from dashboard.analysis import among
from dashboard.data import csv_bytes, parquet_bytes
from dashboard.filters import SPAN_COLUMNS
from dashboard.state import current_view

SHOWN_ROWS = 2000  # per table on screen; the downloads hold every row
SENTENCE_ARTICLES = 100  # sentences are read per article, so only for a narrow selection

view = current_view()
st.title("Data")
st.caption("Events, claims and articles follow the sidebar filters; the other tables are whole.")

kept_docs = list(view.documents["doc_id"])
mentions, clusters = view.tables["mentions"], view.tables["event_clusters"]
if len(kept_docs) <= SENTENCE_ARTICLES:
    sentences = pd.concat([view.sentences_of(doc_id) for doc_id in kept_docs] or [pd.DataFrame()])
else:
    sentences = None
tables = {
    "events": view.events,
    "event_clusters": clusters[among(clusters["cluster_id"], view.events["cluster_id"])],
    "claims": view.claims,
    "documents": view.documents,
    "sentences": sentences,
    "mentions": mentions[among(mentions["doc_id"], view.documents["doc_id"])],
    "actors": view.tables["actors"],
    "problems": view.tables["problems"],
}
tables = {
    name: frame.drop(columns=list(SPAN_COLUMNS), errors="ignore") if frame is not None else None
    for name, frame in tables.items()
}

for tab, (name, frame) in zip(
    st.tabs(
        [
            f"{name} ({len(frame):,})" if frame is not None else name
            for name, frame in tables.items()
        ]
    ),
    tables.items(),
    strict=True,
):
    with tab:
        if frame is None:
            st.info(
                "Sentences are read article by article: narrow the filters to "
                f"{SENTENCE_ARTICLES} articles or fewer (now {len(kept_docs):,}) to list them.",
                icon=":material/filter_alt:",
            )
            continue
        csv_column, parquet_column, _ = st.columns([1, 1, 4])
        csv_column.download_button(
            f"{name}.csv",
            data=lambda frame=frame: csv_bytes(frame),
            file_name=f"{name}.csv",
            mime="text/csv",
            icon=":material/download:",
            key=f"csv_{name}",
        )
        parquet_column.download_button(
            f"{name}.parquet",
            data=lambda frame=frame: parquet_bytes(frame),
            file_name=f"{name}.parquet",
            mime="application/octet-stream",
            icon=":material/download:",
            key=f"parquet_{name}",
        )
        if frame.empty:
            st.info(f"No {name} rows match the current filters.")
            continue
        if len(frame) > SHOWN_ROWS:
            st.caption(f"The first {SHOWN_ROWS:,} of {len(frame):,} rows; the downloads hold all.")
        st.dataframe(frame.head(SHOWN_ROWS), hide_index=True)
