"""Rendering helpers shared by the pages: quote cards, the highlighted article reader, tables.

Quotes come from news text and may contain markup. Every piece of text that ends up in
HTML passes through ``html.escape`` here, and nothing else in the dashboard builds HTML.
"""

from __future__ import annotations

import html
import itertools
import re
import string
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from dashboard.analysis import sentence_window, source_label
from dashboard.theme import GREY_TEXT, POLARITY_COLOURS, POLARITY_TINTS, PRIMARY

READER_PAGE = "views/sources.py"
GREYED_KINDS = ("header", "title", "subheading", "boilerplate")


_MARKDOWN_SPECIALS = re.compile("([" + re.escape(string.punctuation) + "])")


def escape_markdown(text: str) -> str:
    """Text that Streamlit's Markdown shows literally: every ASCII punctuation mark escaped."""
    return _MARKDOWN_SPECIALS.sub(r"\\\1", str(text))


@dataclass(frozen=True)
class Mark:
    """A highlighted stretch of an article: an event (with polarity) or a claim."""

    start: int
    end: int
    kind: str
    polarity: str = ""
    label: str = ""


def _spaced(event_type: object) -> str:
    return str(event_type).replace("_", " ")


def event_marks(events: pd.DataFrame) -> list[Mark]:
    return [
        Mark(
            int(row.char_start),
            int(row.char_end),
            "event",
            str(row.polarity),
            f"{row.polarity}: {row.actor1} → {row.actor2} ({_spaced(row.event_type)})",
        )
        for row in events.itertuples(index=False)
    ]


def claim_marks(claims: pd.DataFrame) -> list[Mark]:
    return [
        Mark(
            int(row.char_start),
            int(row.char_end),
            "claim",
            "",
            f"claim: {row.claimant} {row.stance}",
        )
        for row in claims.itertuples(index=False)
    ]


def _segment_style(kinds: set[str], polarities: set[str], claimed: bool) -> str:
    styles = []
    if kinds & set(GREYED_KINDS):
        styles.append(f"color:{GREY_TEXT}")
        if kinds & {"title", "subheading"}:
            styles.append("font-weight:600")
    if polarities:
        tint = (
            POLARITY_TINTS[next(iter(polarities))]
            if len(polarities) == 1
            else POLARITY_TINTS["mixed"]
        )
        styles.append(f"background:{tint};border-radius:3px;padding:1px 0")
    if claimed:
        styles.append(f"border-bottom:2px dotted {PRIMARY}")
    return ";".join(styles)


def article_html(
    text: str,
    sentences: pd.DataFrame,
    marks: Iterable[Mark],
    window: tuple[int, int] | None = None,
    focus: tuple[int, int] | None = None,
) -> str:
    """The article (or the ``window`` slice of it) as escaped HTML with highlights.

    Non-body sentences are greyed; events get a polarity tint (a purple tint where
    polarities overlap); claims a dotted underline; the ``focus`` span an outline.
    """
    start, end = window or (0, len(text))
    start, end = max(0, start), min(len(text), end)
    marks = [m for m in marks if m.end > start and m.start < end]
    spans = [
        (int(r.char_start), int(r.char_end), str(r.kind)) for r in sentences.itertuples(index=False)
    ]
    edges = {start, end}
    for a, b, _ in spans:
        edges.update((a, b))
    for mark in marks:
        edges.update((mark.start, mark.end))
    if focus:
        edges.update(focus)
    edges = sorted(edge for edge in edges if start <= edge <= end)
    pieces = []
    for a, b in itertools.pairwise(edges):
        kinds = {kind for s, e, kind in spans if s <= a and b <= e}
        covering = [m for m in marks if m.start <= a and b <= m.end]
        polarities = {m.polarity for m in covering if m.kind == "event"}
        claimed = any(m.kind == "claim" for m in covering)
        style = _segment_style(kinds, polarities, claimed)
        if focus and focus[0] <= a and b <= focus[1]:
            style = ";".join(filter(None, [style, f"outline:2px solid {PRIMARY};font-weight:600"]))
        body = html.escape(text[a:b])
        if style:
            labels = "; ".join(dict.fromkeys(m.label for m in covering))
            title = f' title="{html.escape(labels, quote=True)}"' if labels else ""
            pieces.append(f'<span style="{style}"{title}>{body}</span>')
        else:
            pieces.append(body)
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return (
        '<div class="rim-article" style="white-space:pre-wrap;line-height:1.65;'
        'font-size:0.98rem;max-width:52rem">' + prefix + "".join(pieces) + suffix + "</div>"
    )


def legend_html() -> str:
    swatches = [(POLARITY_TINTS[p], f"event: {p}") for p in ("cooperation", "tension", "neutral")]
    swatches.append((POLARITY_TINTS["mixed"], "events of mixed polarity"))
    chip = '<span style="background:{};padding:1px 6px;border-radius:3px">{}</span>'
    items = [chip.format(colour, html.escape(label)) for colour, label in swatches]
    items.append(f'<span style="border-bottom:2px dotted {PRIMARY}">claim</span>')
    items.append(f'<span style="color:{GREY_TEXT}">title, header, boilerplate</span>')
    return (
        '<div style="font-size:0.85rem;display:flex;gap:12px;flex-wrap:wrap">'
        + "".join(items)
        + "</div>"
    )


def meta_html(parts: Iterable[str]) -> str:
    """A small grey line of facts (actors, date, outlet), escaped."""
    line = " · ".join(html.escape(str(part)) for part in parts if str(part).strip())
    return f'<div style="color:#5a6270;font-size:0.8rem;margin-top:4px">{line}</div>'


def quote_card_html(quote: str, colour: str, meta: Iterable[str]) -> str:
    return (
        f'<div style="border-left:4px solid {colour};background:#f8f9fb;padding:8px 12px;'
        f'border-radius:4px;margin:2px 0">'
        f'<div style="font-size:0.95rem">“{html.escape(str(quote))}”</div>'
        f"{meta_html(meta)}</div>"
    )


def event_meta(row) -> list[str]:
    when = row.event_date if row.event_date else f"published {row.published}"
    source = row.outlet if str(row.outlet or "").strip() else row.source_file
    return [
        f"{row.actor1} → {row.actor2}",
        str(row.event_type).replace("_", " "),
        str(when),
        str(source),
    ]


def quote_card(row, link_params: dict) -> None:
    """An event's quote with its actors, date and outlet, and a link to read it in context."""
    with st.container():
        st.html(
            quote_card_html(
                row.quote, POLARITY_COLOURS.get(row.polarity, GREY_TEXT), event_meta(row)
            )
        )
        st.page_link(
            READER_PAGE,
            label="Read in the article",
            icon=":material/article:",
            query_params={**link_params, "doc": row.doc_id},
        )


def event_in_context(
    event, tables: dict[str, pd.DataFrame], link_params: dict, radius: int = 2
) -> None:
    """An event's quote among its neighbouring sentences, the quote outlined."""
    documents = tables["documents"]
    document = documents[documents["doc_id"] == event.doc_id]
    if document.empty:
        st.info("The article of this event is no longer in the corpus.")
        return
    sentences = tables["sentences"]
    in_doc = sentences[sentences["doc_id"] == event.doc_id]
    near = sentence_window(in_doc, event.doc_id, int(event.sentence_index), radius)
    quote_span = (int(event.char_start), int(event.char_end))
    window = (
        (int(near["char_start"].min()), int(near["char_end"].max())) if len(near) else quote_span
    )
    mark = Mark(*quote_span, "event", str(event.polarity))
    st.html(
        article_html(str(document["text"].iloc[0]), in_doc, [mark], window=window, focus=quote_span)
    )
    st.html(meta_html(event_meta(event)))
    st.page_link(
        READER_PAGE,
        label="Open the whole article",
        icon=":material/article:",
        query_params={**link_params, "doc": event.doc_id},
    )


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


def document_label(document) -> str:
    uploaded = "uploaded" if document.origin == "uploaded" else ""
    parts = [document.published, document.outlet or document.source_file, document.title, uploaded]
    return " · ".join(str(part) for part in parts if part)


def document_facts(document, n_events: int, n_claims: int) -> list[str]:
    published = document["published"] or "unknown"
    return [
        f"outlet: {document['outlet'] or 'not named'}",
        f"published: {published} (date from {document['date_basis']})",
        f"file: {document['source_file']}",
        f"origin: {document['origin']}",
        f"status: {document['status']}",
        f"{n_events} events, {n_claims} claims",
    ]


def article_reader(document, tables: dict[str, pd.DataFrame]) -> None:
    """The whole article with its events and claims highlighted, after its facts and a legend."""
    doc_id = document["doc_id"]
    events = tables["events"][tables["events"]["doc_id"] == doc_id]
    claims = tables["claims"][tables["claims"]["doc_id"] == doc_id]
    sentences = tables["sentences"][tables["sentences"]["doc_id"] == doc_id]
    st.html(meta_html(document_facts(document, len(events), len(claims))))
    if document["status"] != "ok":
        problem = f"{document['status'].capitalize()}: {document['message']}"
        st.warning(escape_markdown(problem), icon=":material/warning:")
    if document["duplicate_of"]:
        st.caption("This text duplicates another article; its events are counted there.")
    st.html(legend_html())
    marks = event_marks(events) + claim_marks(claims)
    with st.container(border=True):
        st.html(article_html(str(document["text"]), sentences, marks))
    with st.expander(f"Events in this article ({len(events)})"):
        st.dataframe(events_display(events), hide_index=True, column_config=EVENT_COLUMN_CONFIG)


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
