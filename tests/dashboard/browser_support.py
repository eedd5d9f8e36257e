"""Running the app under ``streamlit run`` and driving it from Chromium: shared by the
browser tests (their fixtures are in ``conftest.py``).

Skipped when Playwright or Chromium is missing, unless CI=true, where that is a failure.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO_ROOT / "tests" / "artifacts"
DOCS_SCREENSHOTS = REPO_ROOT / "docs" / "screenshots"
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


def unavailable(reason: str):
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI=true: browser tests must run)")
    pytest.skip(reason)


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


def publish_screenshot(name: str) -> None:
    """Copy a test's screenshot to ``docs/screenshots`` when ``UPDATE_DOCS=1``: a plain test
    run leaves the repository's files as they are."""
    if os.environ.get("UPDATE_DOCS") == "1":
        DOCS_SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ARTIFACTS / f"{name}.png", DOCS_SCREENSHOTS / f"{name}.png")
