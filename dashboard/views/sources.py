"""Sources: one article with its events and claims highlighted; the files that had problems."""

import streamlit as st

from dashboard import analysis, components, markup, state
from dashboard.state import current_view

LISTED = 500  # articles offered in the chooser, most recent first

view = current_view()
st.title("Sources")
documents = view.tables["documents"]
if documents.empty:
    st.info("The corpus has no articles yet. Add .txt or .md files to its folder, or upload some.")
    st.stop()

# A linked article stays readable even when the filters would hide it.
wanted = state.ARTICLE.from_url(view.incoming_params) or state.ARTICLE.value
listed = analysis.latest_documents(view.documents, LISTED, documents, keep=wanted)
if listed.empty:
    components.empty_state("articles")
    st.stop()
if len(view.documents) > LISTED:
    st.caption(f"The {LISTED} most recent of {len(view.documents):,} articles; narrow the filters.")

labels = {row.doc_id: markup.document_label(row) for row in listed.itertuples(index=False)}
state.ARTICLE.restore(list(labels), view.incoming_params, fallback=next(iter(labels)))
doc_id = st.selectbox("Article", list(labels), key=state.ARTICLE.key, format_func=labels.get)
state.ARTICLE.write(doc_id)
components.article_reader(documents[documents["doc_id"] == doc_id].iloc[0], view)

st.subheader("Files with problems")
flagged = documents[documents["status"] != "ok"][["source_file", "status", "message", "origin"]]
if flagged.empty and view.tables["problems"].empty:
    st.success("Every file was read without warnings.", icon=":material/check_circle:")
else:
    st.dataframe(flagged.head(components.PAGE_ROWS), hide_index=True)
    st.dataframe(view.tables["problems"].head(components.PAGE_ROWS), hide_index=True)
