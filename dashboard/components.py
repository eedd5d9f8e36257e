"""Streamlit pieces shared by the pages: quote cards, the article reader, choices, tables.

The HTML they show is built by the pure functions of ``dashboard.markup``.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import markup, state
from dashboard.analysis import source_label
from dashboard.filters import without_rejected
from dashboard.review_form import article_review, review_form

READER_PAGE = "views/sources.py"


def quote_card(row, link_params: dict) -> None:
    """An event's quote with its actors, date and outlet, and a link to read it in context."""
    with st.container():
        st.html(markup.event_card_html(row))
        st.page_link(
            READER_PAGE,
            label="Read in the article",
            icon=":material/article:",
            query_params=state.article_link(link_params, row.doc_id),
        )


def event_in_context(event, view: state.View, radius: int = 2) -> None:
    """An event's quote among its neighbouring sentences, the quote outlined."""
    documents = view.tables["documents"]
    if not (documents["doc_id"] == event.doc_id).any():
        st.info("The article of this event is no longer in the corpus.")
        return
    text, in_doc = view.text_of(event.doc_id), view.sentences_of(event.doc_id)
    st.html(markup.context_html(text, in_doc, event, radius))
    st.html(markup.meta_html(markup.event_meta(event)))
    st.page_link(
        READER_PAGE,
        label="Open the whole article",
        icon=":material/article:",
        query_params=state.article_link(view.filter_params, event.doc_id),
    )
    review_form("event", event.event_id, view)


def claim_card(claim, view: state.View) -> None:
    """A claim's quote with its claimant and source, a link to its article and the review form."""
    st.html(markup.claim_card_html(claim))
    st.page_link(
        READER_PAGE,
        label="Read in the article",
        icon=":material/article:",
        query_params=state.article_link(view.filter_params, claim.doc_id),
    )
    review_form("claim", claim.claim_id, view)


def choice(container, label: str, options: dict[str, str], key: str) -> str:
    """A required one-of-few choice (segmented control) that keeps its value across pages."""
    st.session_state.setdefault(key, next(iter(options)))
    picked = container.segmented_control(
        label,
        list(options),
        key=key,
        format_func=options.get,
        required=True,
        persist_state="session",
    )
    return picked or next(iter(options))


def article_reader(document, view: state.View) -> None:
    """The whole article with its events and claims highlighted, after its facts and a legend.

    Its text and sentences are read from the store now, for this one article.
    """
    doc_id = document["doc_id"]
    events = view.tables["events"][view.tables["events"]["doc_id"] == doc_id]
    claims = view.tables["claims"][view.tables["claims"]["doc_id"] == doc_id]
    if not view.show_rejected:
        events, claims = without_rejected(events), without_rejected(claims)
    sentences = view.sentences_of(doc_id)
    st.html(markup.meta_html(markup.document_facts(document, len(events), len(claims))))
    if document["status"] != "ok":
        problem = f"{document['status'].capitalize()}: {document['message']}"
        st.warning(markup.escape_markdown(problem), icon=":material/warning:")
    if document["duplicate_of"]:
        st.caption("This text duplicates another article; its events are counted there.")
    st.html(markup.legend_html())
    with st.container(border=True):
        st.html(markup.reader_html(view.text_of(doc_id), sentences, events, claims))
    with st.expander(f"Events in this article ({len(events)})"):
        st.dataframe(events_display(events), hide_index=True, column_config=EVENT_COLUMN_CONFIG)
    article_review(events, claims, view)


PAGE_ROWS = 500


def paged(frame: pd.DataFrame, key: str, size: int = PAGE_ROWS) -> pd.DataFrame:
    """The rows of one page of ``size``, with a page number to choose when there are more."""
    if len(frame) <= size:
        return frame
    pages = -(-len(frame) // size)
    if not 1 <= st.session_state.get(key, 1) <= pages:
        st.session_state[key] = 1
    page = st.number_input(f"Page (of {pages:,})", 1, pages, step=1, key=key)
    first = (page - 1) * size
    st.caption(
        f"Rows {first + 1:,}–{min(first + size, len(frame)):,} of {len(frame):,}; "
        "the Data page downloads them all."
    )
    return frame.iloc[first : first + size]


def empty_state(what: str) -> None:
    st.info(
        f"No {what} match the current filters. Widen the date range, clear some filters or "
        "switch off “Russia–Iran only” in the sidebar.",
        icon=":material/filter_alt_off:",
    )


EVENT_COLUMNS = [
    "event_date",
    "date_precision",
    "actor1",
    "actor2",
    "event_type",
    "polarity",
    "quote",
    "source",
    "goldstein",
    "modality",
    "themes",
]


def events_display(events: pd.DataFrame) -> pd.DataFrame:
    return events.assign(source=source_label(events))[EVENT_COLUMNS].reset_index(drop=True)


EVENT_COLUMN_CONFIG = {
    "event_date": st.column_config.TextColumn("date", width="small"),
    "date_precision": st.column_config.TextColumn("precision", width="small"),
    "actor1": st.column_config.TextColumn("initiator"),
    "actor2": st.column_config.TextColumn("target"),
    "event_type": st.column_config.TextColumn("type"),
    "goldstein": st.column_config.NumberColumn("Goldstein", format="%.1f", width="small"),
    "quote": st.column_config.TextColumn("quote", width="large"),
}


CLAIM_COLUMNS = [
    "claimant",
    "stance",
    "flag",
    "quote",
    "via",
    "via_state_media",
    "claimant_country",
    "topic",
    "claim_date",
    "outlet",
]


def claims_display(claims: pd.DataFrame) -> pd.DataFrame:
    flag = claims["hedged"].fillna(False).map({True: "⚠ hedged", False: ""})
    return claims.assign(flag=flag)[CLAIM_COLUMNS].reset_index(drop=True)


CLAIM_COLUMN_CONFIG = {
    "claimant_country": st.column_config.TextColumn("country", width="small"),
    "flag": st.column_config.TextColumn("hedged", width="small"),
    "via": st.column_config.TextColumn("via outlet"),
    "via_state_media": st.column_config.CheckboxColumn("state media", width="small"),
    "claim_date": st.column_config.TextColumn("date", width="small"),
    "quote": st.column_config.TextColumn("quote", width="large"),
}
