"""Sources: one article with its events and claims highlighted; the files that had problems."""

import streamlit as st

from dashboard import components, urlstate
from dashboard.session import current_view

view = current_view()
st.title("Sources")
documents = view.tables["documents"]
if documents.empty:
    st.info("The corpus has no articles yet. Add .txt or .md files to its folder, or upload some.")
    st.stop()

# A linked article stays readable even when the filters would hide it.
wanted = urlstate.page_param_from_url("doc", view.incoming_params)
listed = documents[documents["doc_id"].isin([*view.documents["doc_id"], wanted])]
if listed.empty:
    components.empty_state("articles")
    st.stop()

labels = {row.doc_id: components.document_label(row) for row in listed.itertuples(index=False)}
urlstate.restore_choice("doc", "reader_doc", list(labels), next(iter(labels)), view.incoming_params)
doc_id = st.selectbox("Article", list(labels), key="reader_doc", format_func=labels.get)
urlstate.write_page_param("doc", doc_id)
components.article_reader(documents[documents["doc_id"] == doc_id].iloc[0], view.tables)

st.subheader("Files with problems")
flagged = documents[documents["status"] != "ok"][["source_file", "status", "message", "origin"]]
if flagged.empty and view.tables["problems"].empty:
    st.success("Every file was read without warnings.", icon=":material/check_circle:")
else:
    st.dataframe(flagged, hide_index=True)
    st.dataframe(view.tables["problems"], hide_index=True)
