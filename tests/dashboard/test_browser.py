"""The dashboard in a real Chromium against ``streamlit run``: rendering, URLs, clicks, XSS.

Skipped when Playwright or Chromium is missing, unless CI=true, where that is a failure.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator

import pytest
from browser_support import POINTS, streamlit_server

from dashboard import components
from dashboard.analysis import chronological, one_per_happening
from dashboard.figures import timeline_points
from dashboard.filters import Filters, filter_events

pytestmark = pytest.mark.browser

PAGES = [
    ("", "overview", "Russia–Iran Relations Monitor", True),
    ("timeline", "timeline", "Timeline", True),
    ("actors", "actors", "Actors", True),
    ("balance", "balance", "Cooperation vs tension", True),
    ("claims", "claims", "Claims", True),
    ("sources", "reader", "Sources", False),
    ("data", "data", "Data", False),
    ("upload", "upload", "Upload articles", False),
]


@pytest.fixture(scope="session")
def xss_url(browser, xss_corpus, tmp_path_factory) -> Iterator[str]:
    with streamlit_server(
        tmp_path_factory.mktemp("logs") / "xss.log",
        CORPUS_DIR=str(xss_corpus),
        STORE_DIR=str(tmp_path_factory.mktemp("store") / "processed"),
    ) as base:
        yield base


def dated_events(seed_tables, filters: Filters, basis: str = "event") -> int:
    """The Timeline's marks: one per dated happening, or per dated event with happenings off."""
    events = filter_events(seed_tables["events"], filters)
    if filters.happenings:
        events = one_per_happening(events, seed_tables["event_clusters"])
    return len(timeline_points(events, basis))


@pytest.mark.parametrize(("path", "name", "title", "has_charts"), PAGES, ids=[p[1] for p in PAGES])
def test_every_page_renders_without_console_errors(tab, app_url, path, name, title, has_charts):
    tab.open(f"{app_url}/{path}")
    tab.page.get_by_role("heading", name=title).first.wait_for()
    if has_charts:
        tab.charts_drawn()
        assert tab.page.locator(".js-plotly-plot").count() >= 1
    tab.screenshot(name)
    assert tab.errors == []


def test_a_filter_change_updates_the_chart_and_the_url(tab, app_url, seed_tables):
    tab.open(f"{app_url}/timeline")
    tab.charts_drawn()
    tab.wait_for_point_count(dated_events(seed_tables, Filters()))
    events = filter_events(seed_tables["events"], Filters())
    polarity = events["polarity"].value_counts().index[-1]
    tab.page.get_by_test_id("stSidebar").get_by_role("button", name=polarity, exact=True).click()
    tab.page.wait_for_url(f"**polarity={polarity}**")
    tab.settle()
    tab.wait_for_point_count(dated_events(seed_tables, Filters(polarities=(polarity,))))
    tab.page.get_by_test_id("stSidebarNav").get_by_text("Actors", exact=True).click()
    tab.page.wait_for_url("**/actors?**")
    tab.settle()
    assert tab.params()["polarity"] == [polarity], "the filters travel with a page switch"
    assert tab.errors == []


def test_a_shared_url_restores_the_view(tab, app_url, seed_tables):
    events = filter_events(seed_tables["events"], Filters())
    polarity = events["polarity"].value_counts().index[-1]
    tab.open(f"{app_url}/timeline?polarity={polarity}&when=published&rows=dyad")
    tab.charts_drawn()
    sidebar = tab.page.get_by_test_id("stSidebar")
    assert (
        sidebar.get_by_role("button", name=polarity, exact=True).get_attribute("aria-pressed")
        == "true"
    )
    assert (
        tab.page.get_by_role("radio", name="Publication date").get_attribute("aria-checked")
        == "true"
    )
    tab.wait_for_point_count(
        dated_events(seed_tables, Filters(polarities=(polarity,)), "published")
    )
    assert tab.page.locator(".js-plotly-plot .xtitle").first.text_content() == "Publication date"
    assert tab.params() == {"polarity": [polarity], "when": ["published"], "rows": ["dyad"]}
    assert tab.errors == []


def outlined_quote(tab) -> str:
    focus = tab.page.locator('.rim-article span[style*="outline"]').first
    focus.wait_for(timeout=30_000)
    return " ".join(focus.inner_text().split())


def test_clicking_a_timeline_point_shows_its_quote_in_context(tab, app_url, seed_tables):
    tab.open(f"{app_url}/timeline?happenings=0")
    tab.charts_drawn()
    tab.page.get_by_text("Click a point on the chart").wait_for()
    box = tab.page.locator(POINTS).nth(0).bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    tab.page.mouse.move(x, y)
    tab.page.mouse.click(x, y)
    tab.page.wait_for_url("**event=**")
    tab.settle()
    event_id = tab.params()["event"][0]
    event = seed_tables["events"].set_index("event_id").loc[event_id]
    assert outlined_quote(tab) == " ".join(event["quote"].split())
    tab.screenshot("timeline-clicked")
    tab.page.get_by_role("link", name="Open the whole article").click()
    tab.page.wait_for_url(f"**/sources?**doc={event['doc_id']}**")
    tab.settle()
    assert tab.page.locator(".rim-article").count() == 1
    assert tab.errors == []


def test_selecting_a_table_row_shows_its_quote_in_context(tab, app_url, seed_tables):
    tab.open(f"{app_url}/timeline?happenings=0")
    tab.charts_drawn()
    grid = tab.page.get_by_test_id("stDataFrame").first
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()
    tab.page.mouse.click(box["x"] + 18, box["y"] + 35 + 17)  # the first row's selection marker
    tab.page.wait_for_url("**event=**")
    tab.settle()
    first = chronological(filter_events(seed_tables["events"], Filters())).iloc[0]
    assert tab.params()["event"] == [first["event_id"]]
    assert outlined_quote(tab) == " ".join(first["quote"].split())


def test_a_quote_card_links_to_the_reader(tab, app_url):
    tab.open(app_url)
    tab.page.get_by_role("link", name="Read in the article").first.click()
    tab.page.wait_for_url("**/sources?**doc=**")
    tab.settle()
    doc_id = tab.params()["doc"][0]
    assert tab.page.locator(".rim-article").count() == 1
    assert doc_id in tab.page.url
    assert tab.errors == []


XSS_STRINGS = (
    '<img src=x onerror="window.__xss=1">',
    "<script>window.__xss=1</script>",
    "[click](javascript:window.__xss=1)",
)


def assert_inert(tab) -> None:
    assert tab.page.evaluate("window.__xss") is None
    assert tab.page.locator('img[src="x"]').count() == 0
    assert tab.page.locator('a[href^="javascript"]').count() == 0


@pytest.mark.parametrize("path", ["", "timeline", "balance", "claims", "sources", "data", "actors"])
def test_markup_in_articles_shows_literally(tab, xss_url, path):
    tab.open(f"{xss_url}/{path}")
    tab.page.wait_for_load_state("networkidle")
    if path in ("", "sources"):
        for text in XSS_STRINGS:
            tab.page.get_by_text(text).first.wait_for()
    if path == "timeline":
        tab.charts_drawn()
        point = tab.page.locator(POINTS).first.bounding_box()
        tab.page.mouse.move(point["x"] + point["width"] / 2, point["y"] + point["height"] / 2)
        tab.page.locator(".hoverlayer .hovertext").first.wait_for()
        tab.page.mouse.click(point["x"] + point["width"] / 2, point["y"] + point["height"] / 2)
        tab.page.wait_for_url("**happening=**")
        tab.settle()
        card = tab.page.locator(".rim-happening").first
        card.wait_for()
        assert "window.__xss=1" in card.inner_text()
    assert_inert(tab)
    if path == "sources":
        tab.screenshot("reader-xss")


# --- a crowded corpus: hundreds of generated articles (or LARGE_CORPUS, e.g. 10,000) ---------


@pytest.fixture(scope="session")
def crowded_url(browser, tmp_path_factory) -> Iterator[str]:
    """The app on a generated corpus; ``LARGE_CORPUS``/``LARGE_STORE`` point at a bigger one
    (``python -m data_prep.benchmark --generate 10000`` writes it) for the 10k screenshot."""
    from data_prep.benchmark import write_corpus

    corpus = os.environ.get("LARGE_CORPUS")
    if corpus is None:
        corpus = tmp_path_factory.mktemp("crowded")
        write_corpus(corpus, 300)
    store = os.environ.get("LARGE_STORE") or tmp_path_factory.mktemp("store") / "processed"
    log = tmp_path_factory.mktemp("logs") / "crowded.log"
    with streamlit_server(log, CORPUS_DIR=str(corpus), STORE_DIR=str(store)) as base:
        yield base


def test_a_crowded_timeline_counts_per_period_and_a_click_narrows_it(tab, crowded_url):
    tab.page.set_default_timeout(600_000)  # the first visit builds the store
    tab.page.goto(f"{crowded_url}/timeline?happenings=0")  # mentions: the most marks
    tab.page.get_by_text("counted per period").wait_for()
    tab.settle()
    tab.charts_drawn()
    tab.screenshot("timeline-crowded")
    for _ in range(3):  # a quarter of 10,000 articles may still be crowded: click again
        if not tab.page.get_by_text("counted per period").count():
            break
        before = tab.params().get("from")
        bubbles = tab.page.locator(POINTS)
        box = bubbles.nth(bubbles.count() // 2).bounding_box()
        x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
        tab.page.mouse.move(x, y)
        tab.page.mouse.click(x, y)
        tab.page.wait_for_function(
            f"new URLSearchParams(location.search).get('from') !== {before[0]!r}"
            if before
            else "new URLSearchParams(location.search).has('from')"
        )
        tab.settle()
    tab.page.get_by_text("Bars span the week").wait_for()
    webgl = tab.page.locator(".js-plotly-plot canvas").count()  # Scattergl beyond a few hundred
    assert "to" in tab.params() and (tab.point_count() > 0 or webgl > 0)
    tab.screenshot("timeline-crowded-narrowed")
    assert tab.errors == []


def test_the_folded_contested_topics_are_drawn_when_opened(tab, crowded_url):
    tab.page.set_default_timeout(600_000)  # the first visit may build the store
    tab.page.goto(f"{crowded_url}/claims")
    more = tab.page.get_by_text(re.compile(r"^\d+ more contested topics?$"))
    more.wait_for()
    tab.settle()
    topics = tab.page.get_by_text(re.compile(r"^\d+ claims on one topic$"))
    topics.nth(components.TOPICS_SHOWN - 1).wait_for()
    assert topics.count() == components.TOPICS_SHOWN, "the folded ones wait to be opened"
    more.click()
    topics.nth(components.TOPICS_SHOWN).wait_for()
    tab.settle()
    assert topics.count() > components.TOPICS_SHOWN
    tab.screenshot("claims-folded-topics-opened")
    assert tab.errors == []
