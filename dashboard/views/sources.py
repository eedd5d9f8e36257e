"""Sources: one article with its events and claims highlighted; the files that had problems."""

import streamlit as st

from dashboard import components, markup, state
from dashboard.state import current_view

view = current_view()
st.title("Sources")
documents = view.tables["documents"]
if documents.empty:
    st.info("The corpus has no articles yet. Add .txt or .md files to its folder, or upload some.")
    st.stop()

# A linked article stays readable even when the filters would hide it.
wanted = state.ARTICLE.from_url(view.incoming_params)
listed = documents[documents["doc_id"].isin([*view.documents["doc_id"], wanted])]
if listed.empty:
    components.empty_state("articles")
    st.stop()

labels = {row.doc_id: markup.document_label(row) for row in listed.itertuples(index=False)}
state.ARTICLE.restore(list(labels), view.incoming_params, fallback=next(iter(labels)))
doc_id = st.selectbox("Article", list(labels), key=state.ARTICLE.key, format_func=labels.get)
state.ARTICLE.write(doc_id)
components.article_reader(documents[documents["doc_id"] == doc_id].iloc[0], view.tables)

st.subheader("Files with problems")
flagged = documents[documents["status"] != "ok"][["source_file", "status", "message", "origin"]]
if flagged.empty and view.tables["problems"].empty:
    st.success("Every file was read without warnings.", icon=":material/check_circle:")
else:
    st.dataframe(flagged, hide_index=True)
    st.dataframe(view.tables["problems"], hide_index=True)
