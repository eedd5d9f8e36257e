"""Issue #11 in a real Chromium: an analyst rejects one event and corrects another's polarity
on a copy of the seeds; the charts change at once; the downloaded corrections.csv, put in
the corpus folder, gives the same tables after ``python -m data_prep`` and after a restart.

Skipped when Playwright or Chromium is missing, unless CI=true, where that is a failure.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from browser_support import REPO_ROOT, Tab, publish_screenshot, streamlit_server

from dashboard.analysis import headline
from dashboard.figures import timeline_points
from dashboard.filters import Filters, filter_claims, filter_documents, filter_events
from data_prep.review import parse_corrections
from data_prep.store import read_store

pytestmark = pytest.mark.browser


COUNTED = ("Events", "Cooperation", "Tension")


def metrics(tab) -> dict[str, str]:
    """The Overview's event counts, by label, once every counted card is on the page: the cards
    arrive one by one, and under load the last can come after the first is drawn."""
    labels = tab.page.get_by_test_id("stMetricLabel")
    for label in COUNTED:
        labels.get_by_text(label, exact=True).wait_for()
    tab.settle()
    shown = {}
    for metric in tab.page.get_by_test_id("stMetric").all():
        label = metric.get_by_test_id("stMetricLabel").inner_text().strip()
        if label in COUNTED:
            shown[label] = metric.get_by_test_id("stMetricValue").inner_text().strip()
    return shown


def expected_metrics(tables) -> dict[str, str]:
    numbers = headline(
        filter_events(tables["events"], Filters()),
        filter_claims(tables["claims"], Filters()),
        filter_documents(tables["documents"], Filters()),
    )
    return {
        "Events": str(numbers.events),
        "Cooperation": str(numbers.cooperation),
        "Tension": str(numbers.tension),
    }


def dated_points(tables) -> int:
    return len(timeline_points(filter_events(tables["events"], Filters())))


def go_to(tab, page: str, heading: str | None = None) -> None:
    """Switch pages in the sidebar, as an analyst does: the session (and its review) stays."""
    tab.page.get_by_test_id("stSidebarNav").get_by_text(page, exact=True).click()
    tab.page.get_by_role("heading", name=heading or page).first.wait_for()
    tab.settle()


def decide_in_reader(tab, label: str, action: str, polarity: str | None = None) -> None:
    """Pick the event in the reader's review list and record a decision in its form."""
    main = tab.page.get_by_test_id("stMain")
    choose_review_item(tab, main, label)
    main.get_by_role("button", name="Review this event").click()
    form = tab.page.get_by_test_id("stPopoverBody")
    form.get_by_text(action, exact=True).click()
    if polarity:
        form.get_by_test_id("stSelectbox").filter(has_text="polarity").click()
        tab.page.get_by_role("option", name=polarity, exact=True).click()
    form.get_by_role("button", name="Record decision").click()
    tab.settle()


def choose_review_item(tab, main, label: str, attempts: int = 3) -> None:
    """Open the reader's list and pick ``label``. Waiting for idle can return before the run
    the last decision started has begun; when that run redraws the list it closes it, so open
    it again rather than wait on a detached option."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

    for attempt in range(attempts):
        main.get_by_test_id("stSelectbox").filter(has_text="Event or claim").click()
        # The list is long: narrow it, in one input event, so that it filters once and the
        # option is not re-rendered under the click keystroke by keystroke.
        tab.page.keyboard.insert_text(label.rsplit(" · ", 1)[-1])
        try:
            tab.page.get_by_role("option", name=label).click(timeout=10_000)
            break
        except PlaywrightTimeoutError:
            if attempt == attempts - 1:
                raise
            tab.page.keyboard.press("Escape")
            tab.settle()
    tab.settle()


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(REPO_ROOT / "seeds", folder)
    return folder


def test_reject_and_correct_then_the_file_rebuilds_the_same_tables(
    browser, tab, corpus, tmp_path, seed_tables
):
    shown = filter_events(seed_tables["events"], Filters())
    dated = shown[shown["event_id"].isin(timeline_points(shown)["event_id"])]
    cooperative = dated[dated["polarity"] == "cooperation"]
    doc_id = cooperative["doc_id"].value_counts().index[0]
    rejected, corrected = cooperative.loc[cooperative["doc_id"] == doc_id, "event_id"].iloc[:2]
    label_of = {
        row.event_id: f"Event · {row.actor1} → {row.actor2} ({row.event_type}) · {row.quote[:40]}"
        for row in shown.itertuples()
    }
    before = expected_metrics(seed_tables)
    store = tmp_path / "store"
    log = tmp_path / "review.log"

    with streamlit_server(log, CORPUS_DIR=str(corpus), STORE_DIR=str(store)) as base:
        # Mentions, not happenings, so that one rejected row is one fewer in every count.
        tab.open(f"{base}/sources?doc={doc_id}&happenings=0")
        decide_in_reader(tab, label_of[rejected], "Reject")
        decide_in_reader(tab, label_of[corrected], "Correct", polarity="tension")
        tab.page.get_by_text("Review: Corrected by an analyst").wait_for()

        go_to(tab, "Overview", "Russia–Iran Relations Monitor")
        tab.page.get_by_test_id("stMetricLabel").get_by_text("Events", exact=True).wait_for()
        after = metrics(tab)
        assert int(after["Events"]) == int(before["Events"]) - 1, "the rejected event is left out"
        assert int(after["Cooperation"]) == int(before["Cooperation"]) - 2
        assert int(after["Tension"]) == int(before["Tension"]) + 1
        go_to(tab, "Timeline")
        tab.charts_drawn()
        tab.wait_for_point_count(dated_points(seed_tables) - 1)

        go_to(tab, "Review")
        tab.page.get_by_text("Reject event").wait_for()
        tab.page.get_by_text("polarity: cooperation → tension").wait_for()
        tab.screenshot("review")
        with tab.page.expect_download() as download:
            tab.page.get_by_role("button", name="corrections.csv").click()
        download.value.save_as(corpus / "corrections.csv")
        assert tab.errors == []

    decisions, problems = parse_corrections((corpus / "corrections.csv").read_text())
    assert problems == [] and sorted(c.action for c in decisions) == ["correct", "reject"]
    publish_screenshot("review")

    rebuilt = tmp_path / "rebuilt"
    subprocess.run(
        [sys.executable, "-m", "data_prep", "--input", str(corpus), "--output", str(rebuilt)],
        cwd=REPO_ROOT,
        check=True,
        capture_output=True,
    )
    tables = read_store(rebuilt)
    events = tables["events"].set_index("event_id")
    assert events.loc[rejected, "review"] == "rejected"
    assert tuple(events.loc[corrected, ["review", "polarity"]]) == ("corrected", "tension")
    assert set(events.drop([rejected, corrected])["review"]) == {"unreviewed"}
    assert expected_metrics(tables) == after, "the rebuilt store counts what the app showed"

    tab.page.close()  # it saw the first server go away; a restart is a new visit
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    with streamlit_server(log, CORPUS_DIR=str(corpus), STORE_DIR=str(store)) as base:
        again = Tab(context.new_page()).open(f"{base}/?happenings=0")
        again.page.get_by_test_id("stMetricLabel").get_by_text("Events", exact=True).wait_for()
        assert metrics(again) == after, "after a restart the app applies the file itself"
        go_to(again, "Review")
        again.page.get_by_text("Every decision in the corpus's file applies.").wait_for()
        assert again.errors == []
    context.close()
