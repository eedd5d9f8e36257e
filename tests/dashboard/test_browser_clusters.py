"""Corroboration in a real Chromium (issue #12): the contested claims on the Claims page,
and the Timeline counting happenings, not mentions.

Skipped when Playwright or Chromium is missing, unless CI=true, where that is a failure.
With ``UPDATE_DOCS=1`` its screenshots also go to ``docs/screenshots/`` for the README.
"""

from __future__ import annotations

import math

import pytest
from browser_support import IDLE, POINTS, Tab, publish_screenshot

from dashboard.analysis import one_per_happening
from dashboard.figures import timeline_points
from dashboard.filters import Filters, filter_events

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module", autouse=True)
def warm_app(browser, app_url):
    """The first visit builds the seeds' store and finds the contested claims; done here with
    time to spare, so that on a busy machine the tests' own waits time the app, not the build."""
    page = browser.new_page()
    try:
        page.goto(f"{app_url}/claims")
        page.locator(".rim-topic").first.wait_for(timeout=180_000)
        page.wait_for_selector(IDLE, timeout=180_000)
    finally:
        page.close()


def drones(seed_tables):
    """The seeds' happening "Iran supplied drones to Russia", as the event_clusters row."""
    events = seed_tables["events"]
    mention = events["quote"].str.contains("supplied Moscow with drones", regex=False)
    clusters = seed_tables["event_clusters"].set_index("cluster_id")
    return clusters.loc[events.loc[mention, "cluster_id"].iloc[0]]


def test_the_claims_page_shows_the_drones_dispute_with_its_sides(tab, app_url):
    tab.open(f"{app_url}/claims")
    heading = tab.page.locator(".rim-topic", has_text="Iran versus Volodymyr Zelensky")
    heading.wait_for()
    # The innermost block around the heading: the topic's bordered container.
    topic = tab.page.get_by_test_id("stVerticalBlock").filter(has=heading).last
    sides = topic.get_by_test_id("stColumn")
    assert sides.count() == 2
    # The quote cards are st.html, whose component loads on demand and can be drawn after the
    # heading: read the sides once both have theirs.
    for side in range(2):
        sides.nth(side).get_by_test_id("stHtml").first.wait_for()
    asserting, denying = (" ".join(sides.nth(i).inner_text().split()) for i in range(2))
    assert asserting.startswith("Asserts, hopes or warns")
    assert "supplied Moscow with drones" in asserting and "Iran asserts" in asserting
    assert "country: IRN" in asserting and "Reuters" in asserting
    assert denying.startswith("Denies or disputes")
    assert "called that a lie" in denying and "Volodymyr Zelensky disputes" in denying
    assert "country: UKR" in denying and "2022-11-09" in denying
    left, right = (sides.nth(i).bounding_box() for i in range(2))
    assert left["x"] + left["width"] <= right["x"], "the two sides stand side by side"
    tab.screenshot("contested-claims")
    publish_screenshot("contested-claims")
    assert tab.errors == []


def test_a_topics_button_lists_its_claims_and_the_link_keeps_it(tab, app_url, browser):
    tab.open(f"{app_url}/claims")
    heading = tab.page.locator(".rim-topic", has_text="Iran versus Volodymyr Zelensky")
    topic = tab.page.get_by_test_id("stVerticalBlock").filter(has=heading).last
    topic.get_by_role("button", name="List its claims in the table below").click()
    tab.page.wait_for_url("**topic=tp_**")
    note = tab.page.get_by_text("Only the topic")
    note.wait_for()
    tab.settle()
    assert "Iran versus Volodymyr Zelensky" in note.inner_text()
    shared = Tab(browser.new_page()).open(tab.page.url)
    shared_note = shared.page.get_by_text("Only the topic")
    shared_note.wait_for()
    assert "Iran versus Volodymyr Zelensky" in shared_note.inner_text(), "the link keeps it"
    shared.page.close()

    tab.page.get_by_role("button", name="Clear the topic").click()
    tab.page.wait_for_function("() => !location.search.includes('topic=')")
    tab.settle()
    assert tab.page.get_by_text("Only the topic").count() == 0
    assert tab.errors == [] and shared.errors == []


def dated_marks(seed_tables, happenings: bool) -> int:
    events = filter_events(seed_tables["events"], Filters(happenings=happenings))
    if happenings:
        events = one_per_happening(events, seed_tables["event_clusters"])
    return len(timeline_points(events))


def click_largest_mark(tab) -> None:
    """The drones happening is reported by the most articles, so its mark is the largest.
    A smaller mark may overlap it (another act on a nearby day in the same row): the click
    goes to the spot inside the largest mark farthest from the other marks' centres."""
    marks = tab.page.locator(POINTS)
    boxes = [marks.nth(i).bounding_box() for i in range(marks.count())]
    box = max(boxes, key=lambda b: b["width"])
    centres = [
        (b["x"] + b["width"] / 2, b["y"] + b["height"] / 2) for b in boxes if b is not box
    ]
    cx, cy, r = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2, box["width"] / 2
    spots = [(cx + dx * r, cy + dy * r) for dx in (-0.6, 0, 0.6) for dy in (-0.6, 0, 0.6)]

    def room(spot: tuple[float, float]) -> float:
        return min((math.dist(spot, c) for c in centres), default=math.inf)

    x, y = max(spots, key=room)
    tab.page.mouse.move(x, y)
    tab.page.mouse.click(x, y)


def test_the_toggle_changes_the_timeline_mark_count(tab, app_url, seed_tables):
    happenings, mentions = dated_marks(seed_tables, True), dated_marks(seed_tables, False)
    assert happenings < mentions
    tab.open(f"{app_url}/timeline")
    tab.charts_drawn()
    tab.wait_for_point_count(happenings)

    click_largest_mark(tab)
    cluster = drones(seed_tables)
    tab.page.wait_for_url(f"**happening={cluster.name}**")
    tab.settle()
    card = tab.page.locator(".rim-happening")
    card.wait_for()
    text = " ".join(card.inner_text().split())
    assert f"in {cluster['n_articles']} articles" in text
    quotes = card.locator('div[style*="border-left"]')
    assert quotes.count() == cluster["n_mentions"], "every mention's quote is listed"
    from playwright.sync_api import expect

    # The article links come after the review form, and may still be streaming in.
    expect(tab.page.get_by_role("link", name="Read in")).to_have_count(int(cluster["n_articles"]))
    tab.screenshot("timeline-happenings")
    publish_screenshot("timeline-happenings")

    tab.page.get_by_test_id("stSidebar").get_by_text("Count happenings, not mentions").click()
    tab.page.wait_for_url("**happenings=0**")
    tab.settle()
    tab.wait_for_point_count(mentions)
    tab.page.get_by_text("Click a point on the chart").wait_for()
    assert tab.errors == []
