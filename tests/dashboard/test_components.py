import html
import re

import pytest

from dashboard import components
from dashboard.theme import GREY_TEXT, POLARITY_COLOURS, POLARITY_TINTS, PRIMARY

SCRIPT = "<script>window.__xss=1</script>"
IMG = '<img src=x onerror="window.__xss=1">'
LINK = "[click](javascript:window.__xss=1)"


def visible_text(markup: str) -> str:
    """What a browser would show: tags removed, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


@pytest.fixture
def article(sentences_factory):
    text = (
        f"Headline here\nRussia and Iran met. {SCRIPT}\n"
        f"Both sides {IMG} and {LINK} agreed.\nSubscribe now"
    )
    sentences = sentences_factory("d", text, kinds={0: "title", 3: "boilerplate"})
    return text, sentences


def test_article_html_escapes_every_piece_of_text(article):
    text, sentences = article
    second = sentences.iloc[1]
    marks = [
        components.Mark(
            int(second.char_start),
            int(second.char_end),
            "event",
            "cooperation",
            label=f"cooperation: {IMG}",
        )
    ]
    markup = components.article_html(text, sentences, marks)
    assert "<script" not in markup and "<img" not in markup
    assert html.escape(SCRIPT) in markup and html.escape(IMG) in markup
    assert LINK in markup  # inert inside HTML; st.html does not parse Markdown
    assert visible_text(markup) == text


def test_article_html_tints_events_underlines_claims_and_greys_the_rest(article):
    text, sentences = article
    second, third = sentences.iloc[1], sentences.iloc[2]
    marks = [
        components.Mark(int(second.char_start), int(second.char_end), "event", "tension"),
        components.Mark(int(third.char_start), int(third.char_end), "event", "cooperation"),
        components.Mark(int(third.char_start), int(third.char_end), "event", "tension"),
        components.Mark(int(third.char_start), int(third.char_end), "claim"),
    ]
    markup = components.article_html(text, sentences, marks)
    assert f"background:{POLARITY_TINTS['tension']}" in markup
    assert f"background:{POLARITY_TINTS['mixed']}" in markup
    assert f"border-bottom:2px dotted {PRIMARY}" in markup
    assert markup.count(f"color:{GREY_TEXT}") == 2  # the title and the boilerplate line


def test_article_window_shows_a_slice_with_ellipses_and_outlines_the_focus(article):
    text, sentences = article
    second = sentences.iloc[1]
    focus = (int(second.char_start), int(second.char_end))
    markup = components.article_html(text, sentences, [], window=focus, focus=focus)
    assert visible_text(markup) == f"… {text[focus[0] : focus[1]]} …"
    assert f"outline:2px solid {PRIMARY}" in markup


def test_quote_card_html_escapes_quote_and_metadata():
    card = components.quote_card_html(SCRIPT, POLARITY_COLOURS["tension"], [IMG, "", "Reuters"])
    assert "<script" not in card and "<img" not in card
    assert visible_text(card) == f"“{SCRIPT}”{IMG} · Reuters"
    assert f"border-left:4px solid {POLARITY_COLOURS['tension']}" in card


def test_escape_markdown_makes_links_and_markup_literal():
    escaped = components.escape_markdown(f"{LINK} **bold** <b>")
    assert "\\[click\\]\\(javascript\\:window" in escaped
    assert "\\*\\*bold\\*\\*" in escaped and "\\<b\\>" in escaped


def test_legend_names_every_highlight():
    legend = visible_text(components.legend_html())
    for word in ("cooperation", "tension", "neutral", "mixed", "claim", "boilerplate"):
        assert word in legend


def test_event_marks_and_claim_marks_carry_offsets(events_factory, claims_factory):
    event = components.event_marks(
        events_factory({"char_start": 3, "char_end": 9, "polarity": "tension"})
    )
    claim = components.claim_marks(claims_factory({"char_start": 1, "char_end": 2}))
    assert event == [components.Mark(3, 9, "event", "tension", "tension: Russia → Iran (meeting)")]
    assert claim == [components.Mark(1, 2, "claim", "", "claim: Kremlin asserts")]


def test_events_display_names_the_source(events_factory):
    table = components.events_display(events_factory({"outlet": "", "source_file": "x.txt"}))
    assert list(table.columns) == components.EVENT_COLUMNS
    assert table.loc[0, "source"] == "x.txt"
