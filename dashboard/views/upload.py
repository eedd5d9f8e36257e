"""Upload: add .txt or .md articles for this session; they show up everywhere, tagged uploaded."""

import streamlit as st

from dashboard import markup, state
from dashboard.uploads import MAX_UPLOAD_BYTES, check_uploads

view = state.current_view()
st.title("Upload articles")
st.caption(
    f"Plain-text articles (.txt or .md, up to {MAX_UPLOAD_BYTES // 1024 // 1024} MB each). "
    "They are kept for this browser session only and marked “uploaded” on every page."
)


def take_uploads() -> None:
    files = st.session_state.get("upload_files") or []
    corpus = view.tables["documents"]
    corpus_files = corpus.loc[corpus["origin"] == "corpus", "source_file"]
    checked = check_uploads([(file.name, file.getvalue()) for file in files], corpus_files)
    state.add_uploads(checked.accepted, checked.refusals)


# No type= here: Streamlit would reject other files with a bare exception; take_uploads names them.
st.file_uploader(
    "Articles (.txt or .md)", accept_multiple_files=True, key="upload_files", on_change=take_uploads
)
for refusal in state.upload_refusals():
    st.error(markup.escape_markdown(refusal), icon=":material/block:")

documents = view.tables["documents"]
uploaded = documents[documents["origin"] == "uploaded"]
st.subheader(f"Uploaded this session ({len(uploaded)})")
if uploaded.empty:
    st.info("No uploads yet.")
else:
    st.dataframe(
        uploaded[
            ["source_file", "title", "outlet", "published", "status", "message", "n_sentences"]
        ],
        hide_index=True,
    )
    st.button(
        "Remove all uploads",
        on_click=state.clear_uploads,
        icon=":material/delete:",
        key="remove_uploads",
    )
