"""Pure HTML builders: quote cards, the highlighted article, legends and fact lines.

Functions here take plain values and DataFrames and return strings; none imports Streamlit,
so each is tested as a pure function. Quotes come from news text and may contain markup:
every piece of text that ends up in HTML passes through ``html.escape`` here, and nothing
else in the dashboard builds HTML for ``st.html``.
"""

from __future__ import annotations

import html
import itertools
import re
import string
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from dashboard.analysis import (
    TopicCard,
    coverage_flags,
    coverage_line,
    sentence_window,
)
from dashboard.theme import (
    FLAG_COLOUR,
    GREY_TEXT,
    POLARITY_COLOURS,
    POLARITY_TINTS,
    PRIMARY,
    STANCE_COLOURS,
)

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


def event_card_html(event) -> str:
    """An event's quote in a card edged in its polarity colour, with actors, date and source;
    a happening's (a row of ``analysis.one_per_happening``) also says who reported it."""
    colour = POLARITY_COLOURS.get(event.polarity, GREY_TEXT)
    reported = [coverage_line(event)] if hasattr(event, "n_articles") else []
    return quote_card_html(event.quote, colour, event_meta(event) + reported)


def claim_card_html(claim) -> str:
    """A claim's quote in a card edged in its stance colour, with claimant, outlet and date."""
    colour = STANCE_COLOURS.get(claim.stance, GREY_TEXT)
    country = f" ({claim.claimant_country})" if claim.claimant_country else ""
    meta = [
        f"{claim.claimant}{country} {claim.stance}",
        "⚠ hedged" if claim.hedged is True else "",
        f"via {claim.via}" if claim.via else "",
        str(claim.claim_date or f"published {claim.published}"),
        str(claim.outlet or claim.source_file),
    ]
    return quote_card_html(claim.quote, colour, meta)


def reader_html(
    text: str, sentences: pd.DataFrame, events: pd.DataFrame, claims: pd.DataFrame
) -> str:
    """A whole article with its events tinted and its claims underlined."""
    return article_html(text, sentences, event_marks(events) + claim_marks(claims))


def context_html(text: str, sentences: pd.DataFrame, event, radius: int = 2) -> str:
    """An event's quote outlined among up to ``radius`` sentences either side of it."""
    near = sentence_window(sentences, event.doc_id, int(event.sentence_index), radius)
    quote_span = (int(event.char_start), int(event.char_end))
    window = (
        (int(near["char_start"].min()), int(near["char_end"].max())) if len(near) else quote_span
    )
    mark = Mark(*quote_span, "event", str(event.polarity))
    return article_html(text, sentences, [mark], window=window, focus=quote_span)


# --- happenings and contested claims -----------------------------------------------------


def badges_html(flags: Iterable[str]) -> str:
    """Warning chips ("single source", "state media only"), escaped."""
    chip = (
        f'<span class="rim-badge" style="border:1px solid {FLAG_COLOUR};color:{FLAG_COLOUR};'
        'border-radius:10px;padding:0 8px;font-size:0.78rem;margin-right:6px">{}</span>'
    )
    return "".join(chip.format(html.escape(str(flag))) for flag in flags)


def mention_meta(mention) -> list[str]:
    """Where and when one report of a happening appeared, and the date it gives."""
    source = mention.outlet if str(mention.outlet or "").strip() else mention.source_file
    when = mention.event_date if mention.event_date else "no date of its own"
    return [str(source), f"published {mention.published or 'unknown'}", f"date: {when}"]


def happening_card_html(happening, mentions: pd.DataFrame) -> str:
    """A happening: its label and flags, who reported it, and every mention with its quote."""
    colour = POLARITY_COLOURS.get(happening.polarity, GREY_TEXT)
    label = str(happening.label).replace("_", " ")
    reported = f"first reported {happening.first_reported}, last {happening.last_reported}"
    cards = "".join(
        quote_card_html(mention.quote, colour, mention_meta(mention))
        for mention in mentions.itertuples(index=False)
    )
    return (
        f'<div class="rim-happening" style="border-top:4px solid {colour};padding-top:6px">'
        f'<div style="font-weight:600;font-size:1.05rem">{html.escape(label)}</div>'
        f'<div style="margin:4px 0">{badges_html(coverage_flags(happening))}</div>'
        f"{meta_html([coverage_line(happening), reported])}"
        f'<div style="margin-top:8px">{cards}</div></div>'
    )


def contested_claim_html(claim) -> str:
    """One side's quote in a contested topic: claimant, country, outlet and date below it."""
    colour = STANCE_COLOURS.get(claim.stance, GREY_TEXT)
    via = f"via {claim.via}" if str(claim.via or "").strip() else ""
    reprinted = getattr(claim, "n_articles", 1) > 1
    meta = [
        f"{claim.claimant} {claim.stance}",
        f"country: {claim.claimant_country or 'not known'}",
        str(claim.outlet or claim.source_file),
        via,
        f"date: {claim.claim_date or claim.published or 'unknown'}",
        f"quoted in {claim.n_articles} articles" if reprinted else "",
    ]
    return quote_card_html(claim.quote, colour, meta)


def topic_heading_html(card: TopicCard) -> str:
    """A contested topic's heading: who stands on each side, and how many claims it holds."""
    return (
        f'<div class="rim-topic" style="font-weight:600">{html.escape(card.sides)}</div>'
        + meta_html([f"{card.n_claims} claims on one topic"])
    )
