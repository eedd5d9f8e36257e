"""Streamlit pieces shared by the pages: quote cards, the article reader, choices, tables.

The HTML they show is built by the pure functions of ``dashboard.markup``.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable

import pandas as pd
import streamlit as st

from dashboard import figures, markup, state
from dashboard.analysis import (
    TopicCard,
    counted,
    coverage_flags,
    happening_mentions,
    largest_topics_first,
    source_label,
    topic_sides,
)
from dashboard.filters import without_rejected
from dashboard.review_form import article_review, review_form

READER_PAGE = "views/sources.py"


def quote_card(row, link_params: dict) -> None:
    """An event's quote with its actors, date and outlet, and a link to read it in context."""
    with st.container():
        st.html(markup.event_card_html(row))
        reader_link("Read in the article", row.doc_id, link_params)


def reader_link(label: str, doc_id: str, link_params) -> None:
    """A link that opens one article in the reader, keeping the filters of ``link_params``."""
    st.page_link(
        READER_PAGE,
        label=label,
        icon=":material/article:",
        query_params=state.article_link(link_params, doc_id),
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
    reader_link("Open the whole article", event.doc_id, view.filter_params)
    review_form("event", event.event_id, view)


def claim_card(claim, view: state.View) -> None:
    """A claim's quote with its claimant and source, a link to its article and the review form."""
    st.html(markup.claim_card_html(claim))
    reader_link("Read in the article", claim.doc_id, view.filter_params)
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
CLAIMS_PAGE = "claims_page"


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


# --- happenings and contested claims -----------------------------------------------------


def happening_card(cluster_id: str, view: state.View) -> None:
    """A happening's label, flags and coverage, every mention with its quote (whatever the
    filters keep), and a link to each article that reports it."""
    happening = view.counted[view.counted["cluster_id"].astype(str) == cluster_id]
    mentions = happening_mentions(view.tables["events"], cluster_id)
    if happening.empty or mentions.empty:
        st.info("This happening is not among the events the filters keep.")
        return
    st.html(markup.happening_card_html(next(happening.itertuples(index=False)), mentions))
    review_a_mention(mentions, view)
    articles = mentions.drop_duplicates("doc_id")
    for mention in articles.itertuples(index=False):
        reader_link(
            markup.escape_markdown(
                f"Read in {mention.outlet or mention.source_file} ({mention.published})"
            ),
            mention.doc_id,
            view.filter_params,
        )


def review_a_mention(mentions: pd.DataFrame, view: state.View) -> None:
    """One report of the happening, chosen by its quote, with the review form."""
    quotes = dict(zip(mentions["event_id"], mentions["quote"].astype(str), strict=True))
    chosen = st.selectbox(
        "Review one of its reports",
        list(quotes),
        format_func=lambda event_id: textwrap.shorten(quotes[event_id], 90, placeholder=" …"),
        key="happening_review_choice",
    )
    if chosen is not None:
        review_form("event", chosen, view)


def focused_happening(view: state.View) -> None:
    """The card of the happening clicked on the Timeline (or of the event a link names)."""
    clusters = view.counted["cluster_id"].astype(str)
    linked = view.events[
        view.events["event_id"] == state.TIMELINE_FOCUS.from_url(view.incoming_params)
    ]
    linked_cluster = str(linked["cluster_id"].iloc[0]) if len(linked) else None
    state.TIMELINE_HAPPENING.restore(list(clusters), view.incoming_params, fallback=linked_cluster)
    state.TIMELINE_HAPPENING.write(state.TIMELINE_HAPPENING.value)
    if state.TIMELINE_HAPPENING.value is None:
        st.info(
            "Click a mark on the chart or select a row in the table to see every report of it.",
            icon=":material/touch_app:",
        )
        return
    happening_card(state.TIMELINE_HAPPENING.value, view)


def timeline_caption(dated: int, unit: str, crowded: bool) -> str:
    if crowded:
        return (
            f"{dated:,} dated {unit}, counted per period: a bubble's area is their number, its "
            "colour the balance of cooperation and tension. Click one, or narrow the dates in "
            f"the sidebar to {figures.TIMELINE_MAX_POINTS:,} or fewer, to see them one by one; "
            "double-click the chart to include the few far outside the bulk."
        )
    if unit == "happenings":
        return (
            "One mark per happening, at the date its reports resolve to; its area grows with "
            "the articles that report it. Bars span the week, month or year it is known to."
        )
    return "Bars span the week, month or year an event is known to; its dot sits in the middle."


HAPPENING_COLUMNS = ["event_date", "date_precision", "label", "polarity", "n_articles",
                     "n_mentions", "outlets", "flags"]  # fmt: skip
HAPPENING_COLUMN_CONFIG = {
    "event_date": st.column_config.TextColumn("date", width="small"),
    "date_precision": st.column_config.TextColumn("precision", width="small"),
    "label": st.column_config.TextColumn("happening", width="large"),
    "n_articles": st.column_config.NumberColumn("articles", width="small"),
    "n_mentions": st.column_config.NumberColumn("mentions", width="small"),
    "flags": st.column_config.TextColumn("sourcing"),
}


def happenings_display(happenings: pd.DataFrame) -> pd.DataFrame:
    flags = [" · ".join(coverage_flags(row)) for row in happenings.itertuples(index=False)]
    shown = happenings.assign(
        flags=flags,
        label=happenings["label"].astype(str).str.replace("_", " "),
        outlets=happenings["outlets"].astype("string").fillna("").str.replace(";", ", "),
    )
    return shown[HAPPENING_COLUMNS].reset_index(drop=True)


SIDES = {"for": "Asserts, hopes or warns", "against": "Denies or disputes"}
TOPICS_SHOWN = 5
# Past these, a large corpus would draw hundreds of cards: seconds to draw, more to read.
FOLDED_TOPICS_SHOWN = 20


def contested_topics(
    topics: pd.DataFrame, cards_of: Callable[[tuple[str, ...]], dict[str, TopicCard]]
) -> None:
    """The contested topics, most claims first, drawn from ``cards_of(topic_ids)``; past
    ``TOPICS_SHOWN`` the next ``FOLDED_TOPICS_SHOWN`` wait in an expander, drawn once it is
    opened, so that the table of every claim stays within reach, and the smaller ones after
    them are counted, for the filters to bring up. Cards are asked for only as they are drawn:
    the first opening of the page works out five, not every contested topic's."""
    order = largest_topics_first(topics)
    shown = tuple(order[:TOPICS_SHOWN])
    cards = cards_of(shown)
    for topic_id in shown:
        contested_topic(topic_id, cards[topic_id])
    folded = order[TOPICS_SHOWN : TOPICS_SHOWN + FOLDED_TOPICS_SHOWN]
    if not folded:
        return
    more = st.expander(
        counted(len(order) - TOPICS_SHOWN, "more contested topic"),
        key="more_contested_topics",
        on_change="rerun",
    )
    if not more.open:
        return  # their cards are drawn only for a reader who opens them
    with more:
        cards = cards_of(tuple(folded))
        for topic_id in folded:
            contested_topic(topic_id, cards[topic_id])
        left_out = len(order) - TOPICS_SHOWN - len(folded)
        if left_out:
            st.caption(
                f"and {counted(left_out, 'smaller topic')}, not drawn here: narrow the dates, "
                "actors or sources to bring them up."
            )


def contested_topic(topic_id: str, card: TopicCard) -> None:
    """One topic's competing quotes side by side, a few per side, and a button that lists all
    its claims in the table below."""
    with st.container(border=True):
        st.html(markup.topic_heading_html(card))
        for column, (position, heading) in zip(st.columns(2), SIDES.items(), strict=True):
            side = card.quotes[position]
            column.markdown(f"**{heading}**")
            for claim in side.shown.itertuples(index=False):
                column.html(markup.contested_claim_html(claim))
            if side.more_line:
                column.caption(side.more_line)
        listed = state.CLAIM_TOPIC.value == topic_id
        st.button(
            "Listed in the table below" if listed else "List its claims in the table below",
            key=f"list_topic_{topic_id}",
            icon=":material/check:" if listed else ":material/filter_list:",
            type="tertiary",
            disabled=listed,
            on_click=list_topic,
            args=(topic_id,),
        )


def list_topic(topic_id: str | None) -> None:
    """on_click callback: the table of every claim lists one topic's (None: every topic's),
    from its first page."""
    st.session_state[state.CLAIM_TOPIC.key] = topic_id
    st.session_state.pop(CLAIMS_PAGE, None)


def topic_filter_note(topic: pd.DataFrame, listed: int) -> None:
    """Above the table: which topic it lists, how many of its claims the filters keep, and a
    button that lists every claim again."""
    sides = markup.escape_markdown(topic_sides(topic))
    kept = (
        f"all {listed:,} of its claims"
        if listed == len(topic)
        else f"{listed:,} of its {len(topic):,} claims; the sidebar filters hide the rest"
    )
    with st.container(border=True, horizontal=True, vertical_alignment="center"):
        st.markdown(f":material/filter_alt: Only the topic **{sides}**: {kept}.")
        st.button(
            "Clear the topic",
            key="list_every_topic",
            icon=":material/close:",
            on_click=list_topic,
            args=(None,),
        )
