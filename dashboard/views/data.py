"""Data: the filtered tables, to browse and to download as CSV or Parquet."""

import streamlit as st

from dashboard.data import csv_bytes, parquet_bytes
from dashboard.state import current_view

view = current_view()
st.title("Data")
st.caption("Events, claims and articles follow the sidebar filters; the other tables are whole.")

sentences = view.tables["sentences"]
mentions = view.tables["mentions"]
kept_docs = set(view.documents["doc_id"])
tables = {
    "events": view.events,
    "claims": view.claims,
    "documents": view.documents,
    "sentences": sentences[sentences["doc_id"].isin(kept_docs)],
    "mentions": mentions[mentions["doc_id"].isin(kept_docs)],
    "actors": view.tables["actors"],
    "problems": view.tables["problems"],
}

for tab, (name, frame) in zip(
    st.tabs([f"{name} ({len(frame)})" for name, frame in tables.items()]),
    tables.items(),
    strict=True,
):
    with tab:
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
        else:
            shown = frame.drop(columns=["text"]) if name == "documents" else frame
            st.dataframe(shown, hide_index=True)
