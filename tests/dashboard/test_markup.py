import html
import re
import subprocess
import sys
from types import SimpleNamespace

import pytest

from dashboard import analysis, markup
from dashboard.analysis import one_per_happening
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
        markup.Mark(
            int(second.char_start),
            int(second.char_end),
            "event",
            "cooperation",
            label=f"cooperation: {IMG}",
        )
    ]
    html_out = markup.article_html(text, sentences, marks)
    assert "<script" not in html_out and "<img" not in html_out
    assert html.escape(SCRIPT) in html_out and html.escape(IMG) in html_out
    assert LINK in html_out  # inert inside HTML; st.html does not parse Markdown
    assert visible_text(html_out) == text


def test_article_html_tints_events_underlines_claims_and_greys_the_rest(article):
    text, sentences = article
    second, third = sentences.iloc[1], sentences.iloc[2]
    marks = [
        markup.Mark(int(second.char_start), int(second.char_end), "event", "tension"),
        markup.Mark(int(third.char_start), int(third.char_end), "event", "cooperation"),
        markup.Mark(int(third.char_start), int(third.char_end), "event", "tension"),
        markup.Mark(int(third.char_start), int(third.char_end), "claim"),
    ]
    html_out = markup.article_html(text, sentences, marks)
    assert f"background:{POLARITY_TINTS['tension']}" in html_out
    assert f"background:{POLARITY_TINTS['mixed']}" in html_out
    assert f"border-bottom:2px dotted {PRIMARY}" in html_out
    assert html_out.count(f"color:{GREY_TEXT}") == 2  # the title and the boilerplate line


def test_article_window_shows_a_slice_with_ellipses_and_outlines_the_focus(article):
    text, sentences = article
    second = sentences.iloc[1]
    focus = (int(second.char_start), int(second.char_end))
    html_out = markup.article_html(text, sentences, [], window=focus, focus=focus)
    assert visible_text(html_out) == f"… {text[focus[0] : focus[1]]} …"
    assert f"outline:2px solid {PRIMARY}" in html_out


def test_quote_card_html_escapes_quote_and_metadata():
    card = markup.quote_card_html(SCRIPT, POLARITY_COLOURS["tension"], [IMG, "", "Reuters"])
    assert "<script" not in card and "<img" not in card
    assert visible_text(card) == f"“{SCRIPT}”{IMG} · Reuters"
    assert f"border-left:4px solid {POLARITY_COLOURS['tension']}" in card


def test_escape_markdown_makes_links_and_markup_literal():
    escaped = markup.escape_markdown(f"{LINK} **bold** <b>")
    assert "\\[click\\]\\(javascript\\:window" in escaped
    assert "\\*\\*bold\\*\\*" in escaped and "\\<b\\>" in escaped


def test_legend_names_every_highlight():
    legend = visible_text(markup.legend_html())
    for word in ("cooperation", "tension", "neutral", "mixed", "claim", "boilerplate"):
        assert word in legend


def test_event_marks_and_claim_marks_carry_offsets(events_factory, claims_factory):
    event = markup.event_marks(
        events_factory({"char_start": 3, "char_end": 9, "polarity": "tension"})
    )
    claim = markup.claim_marks(claims_factory({"char_start": 1, "char_end": 2}))
    assert event == [markup.Mark(3, 9, "event", "tension", "tension: Russia → Iran (meeting)")]
    assert claim == [markup.Mark(1, 2, "claim", "", "claim: Kremlin asserts")]


def test_markup_and_filters_never_import_streamlit():
    probe = (
        "import sys, dashboard.markup, dashboard.filters, dashboard.analysis; "
        "print('streamlit' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_an_event_card_is_edged_in_its_polarity_and_names_actors_date_and_source(
    events_factory,
):
    [event] = events_factory(
        {"polarity": "tension", "quote": SCRIPT, "outlet": "", "source_file": "x.txt"}
    ).itertuples(index=False)
    card = markup.event_card_html(event)
    assert f"border-left:4px solid {POLARITY_COLOURS['tension']}" in card
    assert visible_text(card) == f"“{SCRIPT}”Russia → Iran · meeting · 2024-05-20 · x.txt"
    undated = events_factory({"event_date": "", "polarity": "odd"})
    [row] = undated.itertuples(index=False)
    assert "published 2024-05-21" in markup.event_card_html(row)
    assert f"border-left:4px solid {GREY_TEXT}" in markup.event_card_html(row)


def test_reader_html_marks_the_articles_events_and_claims(article, events_factory, claims_factory):
    text, sentences = article
    second = sentences.iloc[1]
    span = {"char_start": int(second.char_start), "char_end": int(second.char_end)}
    events = events_factory({**span, "polarity": "cooperation"})
    claims = claims_factory(span)
    html_out = markup.reader_html(text, sentences, events, claims)
    assert visible_text(html_out) == text
    assert f"background:{POLARITY_TINTS['cooperation']}" in html_out
    assert f"border-bottom:2px dotted {PRIMARY}" in html_out
    assert "claim: Kremlin asserts" in html_out


def test_context_html_shows_neighbouring_sentences_and_outlines_the_quote(
    sentences_factory, events_factory
):
    lines = [f"Sentence number {n}." for n in range(7)]
    text = "\n".join(lines)
    sentences = sentences_factory("d", text)
    third = sentences.iloc[3]
    [event] = events_factory(
        {
            "doc_id": "d",
            "sentence_index": 3,
            "char_start": int(third.char_start),
            "char_end": int(third.char_end),
        }
    ).itertuples(index=False)
    shown = visible_text(markup.context_html(text, sentences, event, radius=1))
    assert shown == "… " + "\n".join(lines[2:5]) + " …"
    assert f"outline:2px solid {PRIMARY}" in markup.context_html(text, sentences, event)


def test_document_facts_and_label(documents_factory):
    [document] = documents_factory(
        {"outlet": "", "published": "", "origin": "uploaded", "title": "T"}
    ).itertuples(index=False)
    assert markup.document_label(document) == "a.txt · T · uploaded"
    facts = markup.document_facts(documents_factory({"outlet": ""}).iloc[0], 2, 1)
    assert "outlet: not named" in facts and "2 events, 1 claims" in facts


# --- happenings and contested claims (issue #12) -----------------------------------------


@pytest.fixture
def hostile_happening(events_factory):
    happening = SimpleNamespace(
        label=f"Iran → Russia: arms_transfer {SCRIPT}", polarity="cooperation",
        first_reported="2022-11-09", last_reported="2025-04-26", n_mentions=2, n_articles=2,
        n_outlets=2, outlets=f"Reuters;Outlet {IMG}", single_source=False, state_media_only=True,
    )  # fmt: skip
    mentions = events_factory(
        {"quote": f"Iran supplied drones {SCRIPT}", "outlet": "Reuters", "event_date": ""},
        {"quote": f"Drones {LINK}", "outlet": f"Outlet {IMG}", "published": "2025-04-26"},
    )
    return happening, mentions


def test_a_happening_card_lists_every_mention_and_flags_its_sourcing(hostile_happening):
    happening, mentions = hostile_happening
    card = markup.happening_card_html(happening, mentions)
    shown = visible_text(card)
    assert "<script" not in card and "<img" not in card
    assert "arms transfer <script>window." in shown, "the type spaced, the markup literal"
    for quote in mentions["quote"]:
        assert f"“{quote}”" in shown
    assert "published 2025-04-26" in shown and "no date of its own" in shown
    assert "2 mentions in 2 articles from 2 outlets" in shown
    assert card.count('class="rim-badge"') == 1 and "state media only" in shown
    assert "single source" not in shown


def test_badges_escape_their_text():
    assert visible_text(markup.badges_html([SCRIPT])) == SCRIPT
    assert markup.badges_html([]) == ""


def test_a_contested_claim_shows_claimant_country_outlet_and_date(claims_factory):
    claim = claims_factory(
        {"quote": f"That is a lie {SCRIPT}", "claimant": "Volodymyr Zelensky",
         "claimant_country": "UKR", "stance": "disputes", "outlet": f"Reuters {IMG}",
         "claim_date": "2022-11-09"},
    ).iloc[0]  # fmt: skip
    card = markup.contested_claim_html(claim)
    shown = visible_text(card)
    assert "<script" not in card and "<img" not in card
    for part in ("Volodymyr Zelensky disputes", "country: UKR", f"Reuters {IMG}", "2022-11-09"):
        assert part in shown
    assert f"“That is a lie {SCRIPT}”" in shown


def test_a_topic_heading_names_both_sides(claims_factory):
    topic = claims_factory(
        {"claimant": "Iran", "stance": "asserts"},
        {"claimant": f"Zelensky {SCRIPT}", "stance": "disputes"},
    ).assign(position=["for", "against"])
    heading = markup.topic_heading_html(analysis.topic_card(topic))
    assert visible_text(heading).startswith(f"Iran versus Zelensky {SCRIPT}")
    assert "<script" not in heading


def test_a_crowded_side_names_its_first_claimants_and_counts_the_others(claims_factory):
    names = ["the West", "John Kirby", "the West", "US State Department", "Kremlin", "NATO"]
    topic = claims_factory(*({"claimant": name} for name in [*names, "Iran"])).assign(
        position=["for"] * len(names) + ["against"]
    )
    assert analysis.topic_sides(topic) == (
        "the West, John Kirby, US State Department and 2 others versus Iran"
    )
    assert analysis.topic_sides(topic, names=4) == (
        "the West, John Kirby, US State Department, Kremlin and 1 other versus Iran"
    )


def test_a_reprinted_contested_quote_says_in_how_many_articles(claims_factory):
    claim = claims_factory({"claim_date": "2022-11-09"}).assign(n_articles=[12]).iloc[0]
    assert "quoted in 12 articles" in visible_text(markup.contested_claim_html(claim))
    once = claim.copy()
    once["n_articles"] = 1
    assert "quoted in" not in visible_text(markup.contested_claim_html(once))


def test_a_happenings_quote_card_says_who_reported_it(seed_tables):
    events = seed_tables["events"]
    drones = events[events["quote"].str.contains("supplied Moscow with drones", regex=False)]
    happening = one_per_happening(drones, seed_tables["event_clusters"]).iloc[0]
    assert "outlets:" not in visible_text(markup.event_card_html(drones.iloc[0]))
    card = visible_text(markup.event_card_html(happening))
    assert f"in {happening['n_articles']} articles from {happening['n_outlets']} outlets" in card
