"""Review: this session's decisions with undo, the corrections file to download or save,
the extractor's accuracy by the analyst's review, and the problems the corrections met."""

import streamlit as st

from dashboard import data, review_form, state
from dashboard.review import accuracy_display, corrections_csv, decision_summary

view = state.current_view()
st.title("Review")
st.caption(
    "Confirm, correct or reject an event or claim from the Timeline's “In context” card, a "
    "claim on the Claims page or an article on the Sources page. Your decisions apply at once; "
    "keep them by downloading corrections.csv into the corpus folder (or saving it there)."
)
review_form.reviewer_input()

loaded = data.load_tables(view.uploads)
st.subheader(f"Decisions this session ({len(view.decisions)})")
if not view.decisions:
    st.info("No decision yet in this session.", icon=":material/rate_review:")
for number, decision in enumerate(view.decisions):
    text, undo = st.columns([6, 1], vertical_alignment="center")
    text.markdown(decision_summary(loaded, decision))
    undo.button(
        "Undo", key=f"undo_{number}", on_click=state.undo_decision, args=(decision,),
        icon=":material/undo:",
    )  # fmt: skip

rows = data.corrections_to_keep(view.uploads, view.decisions)
download, save, _ = st.columns([1, 1, 2])
download.download_button(
    f"corrections.csv ({len(rows)} decisions)", data=corrections_csv(rows),
    file_name="corrections.csv", mime="text/csv", icon=":material/download:",
    key="download_corrections",
)  # fmt: skip
if data.can_save_corrections():
    save.button(
        "Save to corpus", key="save_corrections", on_click=review_form.save, args=(rows,),
        disabled=not view.decisions, icon=":material/save:",
        help="Write corrections.csv in the corpus folder; the store is then rebuilt with it.",
    )  # fmt: skip
else:
    save.caption("The corpus folder cannot be written here: download the file and add it.")

st.subheader("Accuracy from reviews")
accuracy = data.review_accuracy_table(rows) if rows else None
if accuracy is None or accuracy["reviewed"].sum() == 0:
    st.info("No reviewed row yet to score the extractor against.", icon=":material/percent:")
else:
    st.caption(
        "The share of reviewed rows the extractor had right, with the count behind each: "
        "kept = not rejected, found = not added by the analyst, each field = left unchanged."
    )
    reviewed = accuracy[accuracy["field"] == "kept"].groupby("kind")["reviewed"].sum()
    for kind in reviewed[reviewed > 0].index:
        st.markdown(f"**{kind.capitalize()}s**")
        st.dataframe(accuracy_display(accuracy, kind), hide_index=True)

st.subheader("Problems with corrections")
problems = view.tables["problems"]
mine = problems[problems["source_file"] == "corrections.csv"]
if mine.empty:
    st.success("Every decision in the corpus's file applies.", icon=":material/check_circle:")
else:
    st.dataframe(mine[["severity", "message"]], hide_index=True)
