"""The analyst's small form to confirm, correct or reject one event or claim.

Shared by the Timeline's "In context" card, the claim card and the reader. A decision is
kept in the session (``state.add_decision``) and applied on the next run; the Review page
lists it, undoes it and saves it.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pandas as pd
import streamlit as st

from dashboard import data, state
from dashboard.review import ACTIONS, VOCABULARIES, Decision, decision_errors, fields_of, row_of
from data_prep.review.corrections import FIELDS

REVIEWER_KEY = "review_reviewer"  # the analyst's name, typed once on the Review page
REVIEWER_INPUT = "review_reviewer_input"
STATE_LABELS = {
    "unreviewed": "Not reviewed yet",
    "confirmed": "Confirmed by an analyst",
    "corrected": "Corrected by an analyst",
    "rejected": "Rejected by an analyst: left out of charts and counts",
    "added": "Added by an analyst",
}


def review_form(kind: str, row_id: str, view: state.View) -> None:
    """The row's review state and a form to decide on it; nothing for an uploaded article."""
    row = row_of(view.tables, kind, row_id)
    if row is None:
        return
    documents = view.tables["documents"]
    origin = documents.loc[documents["doc_id"] == row["doc_id"], "origin"]
    if origin.empty or origin.iloc[0] != "corpus":
        st.caption("Rows of uploaded articles cannot be reviewed: add the article to the corpus.")
        return
    st.caption(f"Review: {STATE_LABELS.get(row['review'] or 'unreviewed', row['review'])}")
    with st.popover(f"Review this {kind}", icon=":material/rate_review:"):
        _form(kind, row_id, row)


def _form(kind: str, row_id: str, row: dict) -> None:
    key = f"review_{kind}_{row_id}"
    with st.form(key, border=False):
        action = st.radio(
            "Decision", ACTIONS, horizontal=True, key=f"{key}_action", format_func=str.capitalize
        )
        st.caption("The fields below are used when you correct.")
        left, right = st.columns(2)
        current = fields_of(row, kind)
        values = {
            name: _field(left if number % 2 == 0 else right, key, name, current[name])
            for number, name in enumerate(FIELDS[kind])
        }
        note = st.text_input("Note (optional)", key=f"{key}_note")
        submitted = st.form_submit_button("Record decision", type="primary")
    if not submitted:
        return
    if action == "confirm" and row.get("review") == "corrected":
        # Confirming a row the corpus's file corrected confirms the correction, as the file
        # will record it (``decide``): the session shows what a rebuild will.
        action = "correct"
    decision = Decision(
        kind=kind,
        row_id=row_id,
        action=action,
        values=tuple(values.items()) if action == "correct" else (),
        reviewer=st.session_state.get(REVIEWER_KEY, ""),
        note=note,
        reviewed_at=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    )
    errors = decision_errors(row, decision)
    if errors:
        st.error("Not recorded: " + "; ".join(errors), icon=":material/error:")
        return
    state.add_decision(decision)
    st.toast(f"{action.capitalize()}: recorded; the Review page lists it.", icon=":material/check:")
    st.rerun()


def article_review(events: pd.DataFrame, claims: pd.DataFrame, view: state.View) -> None:
    """A choice of one of the article's events or claims, and the form to decide on it."""
    # Plain "kind:id" keys, so the choice survives the list changing after a rejection.
    items = {f"event:{row.event_id}": _event_label(row) for row in events.itertuples()}
    items |= {f"claim:{row.claim_id}": _claim_label(row) for row in claims.itertuples()}
    if not items:
        return
    st.subheader("Review this article's events and claims")
    chosen = st.selectbox(
        "Event or claim", list(items), format_func=items.get, key="reader_review_item"
    )
    review_form(*chosen.split(":", 1), view)


def _event_label(row) -> str:
    return f"Event · {row.actor1} → {row.actor2} ({row.event_type}) · {_short(row.quote)}"


def _claim_label(row) -> str:
    return f"Claim · {row.claimant} {row.stance} · {_short(row.quote)}"


def _short(quote: object, length: int = 80) -> str:
    text = str(quote)
    return text if len(text) <= length else text[: length - 1] + "…"


def reviewer_input() -> None:
    """The analyst's name, kept outside the widget's state, which Streamlit drops on pages
    that do not draw the widget."""
    st.text_input(
        "Your name, recorded with each decision",
        value=st.session_state.get(REVIEWER_KEY, ""),
        key=REVIEWER_INPUT,
        on_change=lambda: st.session_state.update({REVIEWER_KEY: st.session_state[REVIEWER_INPUT]}),
    )


def save(rows: list[dict[str, str]]) -> None:
    """on_click of "Save to corpus": the file now holds the session's decisions."""
    try:
        path = data.save_corrections(rows)
    except OSError as error:  # the folder looked writable but the write failed: keep them
        st.toast(f"Not saved ({error}); download the file instead.", icon=":material/error:")
        return
    state.clear_decisions()
    st.toast(f"Saved {len(rows)} decisions to {path}", icon=":material/save:")


# The names the tables' column headers use; the other fields read as they are spelt.
FIELD_LABELS = {
    "actor1": "initiator",
    "actor1_country": "initiator country",
    "actor2": "target",
    "actor2_country": "target country",
}


def _field(container, key: str, name: str, value: str) -> str:
    label = FIELD_LABELS.get(name, name.replace("_", " "))
    if name in VOCABULARIES:
        options = list(VOCABULARIES[name])
        options += [value] if value not in options else []
        return container.selectbox(label, options, index=options.index(value), key=f"{key}_{name}")
    return container.text_input(label, value=value, key=f"{key}_{name}")
