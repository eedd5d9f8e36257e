"""The dashboard in a real Chromium against ``streamlit run``: rendering, URLs, clicks, XSS.

Skipped when Playwright or Chromium is missing, unless CI=true, where that is a failure.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from dashboard.analysis import chronological
from dashboard.figures import timeline_points
from dashboard.filters import Filters, filter_events

pytestmark = pytest.mark.browser

REPO_ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO_ROOT / "tests" / "artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
POINTS = ".js-plotly-plot .scatterlayer .point"
# Opening a page by its path makes the client probe these under the path first; harmless.
PROBED_UNDER_PAGE_PATH = ("/_stcore/health", "/_stcore/host-config")
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


def unavailable(reason: str):
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI=true: browser tests must run)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("playwright is not installed")
    if not Path(CHROMIUM).exists():
        unavailable(f"no Chromium at {CHROMIUM}")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def healthy(base: str) -> bool:
    try:
        with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as reply:
            return reply.read().decode() == "ok"
    except OSError:
        return False


@contextlib.contextmanager
def streamlit_server(log: Path, **env: str) -> Iterator[str]:
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        "dashboard/app.py",
        "--server.headless",
        "true",
        "--server.address",
        "127.0.0.1",
        "--server.port",
        str(port),
        "--browser.gatherUsageStats",
        "false",
        "--server.fileWatcherType",
        "none",
    ]
    with log.open("w") as output:
        server = subprocess.Popen(
            command,
            cwd=REPO_ROOT,
            env={**os.environ, **env},
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 60
            while not healthy(base):
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"streamlit did not start; see {log}")
                time.sleep(0.25)
            yield base
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()


@pytest.fixture(scope="session")
def app_url(browser, tmp_path_factory) -> Iterator[str]:
    log = tmp_path_factory.mktemp("logs") / "seeds.log"
    store = tmp_path_factory.mktemp("store") / "processed"
    with streamlit_server(log, CORPUS_DIR="seeds", STORE_DIR=str(store)) as base:
        yield base


@pytest.fixture(scope="session")
def xss_url(browser, xss_corpus, tmp_path_factory) -> Iterator[str]:
    with streamlit_server(
        tmp_path_factory.mktemp("logs") / "xss.log",
        CORPUS_DIR=str(xss_corpus),
        STORE_DIR=str(tmp_path_factory.mktemp("store") / "processed"),
    ) as base:
        yield base


class Tab:
    """One browser tab (a fresh Streamlit session) that records console errors."""

    def __init__(self, page):
        self.page = page
        self.errors: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.errors.append(f"pageerror: {error}"))

    def _console(self, message) -> None:
        if message.type != "error":
            return
        source = message.location.get("url", "")
        if "404" in message.text and urlparse(source).path.endswith(PROBED_UNDER_PAGE_PATH):
            return
        self.errors.append(f"{message.text} ({source})")

    def open(self, url: str) -> Tab:
        self.page.goto(url)
        self.settle()
        return self

    def settle(self) -> None:
        self.page.wait_for_selector(IDLE, timeout=30_000)

    def charts_drawn(self) -> None:
        self.page.wait_for_selector(".js-plotly-plot .main-svg", timeout=30_000)

    def params(self) -> dict[str, list[str]]:
        return parse_qs(urlparse(self.page.url).query)

    def point_count(self) -> int:
        return self.page.locator(POINTS).count()

    def wait_for_point_count(self, expected: int) -> None:
        self.page.wait_for_function(
            f"document.querySelectorAll('{POINTS}').length === {expected}", timeout=30_000
        )

    def screenshot(self, name: str) -> None:
        """The whole page: Streamlit scrolls inside its main pane, so grow the window to fit it."""
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        self.page.wait_for_load_state("networkidle")
        viewport = self.page.viewport_size
        height = self.page.evaluate(
            "() => document.querySelector('[data-testid=stMain]').scrollHeight"
        )
        self.page.set_viewport_size(
            {"width": viewport["width"], "height": min(max(height, 600), 6000)}
        )
        self.page.wait_for_timeout(500)
        self.page.screenshot(path=ARTIFACTS / f"{name}.png")
        self.page.set_viewport_size(viewport)


@pytest.fixture
def tab(browser) -> Iterator[Tab]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        yield Tab(context.new_page())
    finally:
        context.close()


def dated_events(seed_tables, filters: Filters, basis: str = "event") -> int:
    return len(timeline_points(filter_events(seed_tables["events"], filters), basis))


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
    tab.open(f"{app_url}/timeline")
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
    tab.open(f"{app_url}/timeline")
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
        tab.page.wait_for_url("**event=**")
        tab.settle()
        assert "window.__xss=1" in outlined_quote(tab)
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
    tab.page.goto(f"{crowded_url}/timeline")
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
