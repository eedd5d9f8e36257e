"""Small, hand-made tables in the pipeline's schema, and helpers to open the app in AppTest."""

from __future__ import annotations

import base64
import html
import json
import re
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from browser_support import CHROMIUM, CHROMIUM_ARGS, Tab, streamlit_server, unavailable
from streamlit.testing.v1 import AppTest

from dashboard.analysis import one_per_happening
from dashboard.filters import Filters, filter_events
from data_prep import schema
from data_prep.pipeline import build_corpus

REPO_ROOT = Path(__file__).resolve().parents[2]
APP = str(REPO_ROOT / "dashboard" / "app.py")

EVENT_DEFAULTS = {
    "doc_id": "doc_a",
    "source_file": "a.txt",
    "sentence_index": 0,
    "char_start": 0,
    "char_end": 10,
    "quote": "Russia and Iran met.",
    "actor1": "Russia",
    "actor1_country": "RUS",
    "actor2": "Iran",
    "actor2_country": "IRN",
    "event_type": "meeting",
    "cameo_code": "040",
    "cameo_root": "04",
    "goldstein": 1.0,
    "quad_class": 1,
    "polarity": "cooperation",
    "cue": "met",
    "event_date": "2024-05-20",
    "date_precision": "day",
    "date_text": "",
    "themes": "diplomacy",
    "modality": "reported",
    "russia_iran": True,
    "published": "2024-05-21",
    "outlet": "Reuters",
}
CLAIM_DEFAULTS = {
    "doc_id": "doc_a",
    "source_file": "a.txt",
    "sentence_index": 0,
    "char_start": 0,
    "char_end": 10,
    "quote": "Moscow said ties are strong.",
    "claimant": "Kremlin",
    "claimant_country": "RUS",
    "stance": "asserts",
    "cue": "said",
    "via": "",
    "via_state_media": False,
    "hedged": False,
    "topic": "ties",
    "claim_date": "2024-05-20",
    "russia_iran": True,
    "published": "2024-05-21",
    "outlet": "Reuters",
}
DOCUMENT_DEFAULTS = {
    "source_file": "a.txt",
    "title": "A title",
    "outlet": "Reuters",
    "url": "",
    "published": "2024-05-21",
    "date_basis": "header",
    "status": "ok",
    "message": "",
    "n_chars": 0,
    "n_sentences": 0,
    "sha256": "",
    "encoding": "utf-8",
    "origin": "corpus",
    "duplicate_of": "",
    "text": "",
}


def _frame(name: str, defaults: dict, rows: tuple[dict, ...], id_column: str | None, prefix: str):
    records = []
    for number, row in enumerate(rows):
        record = {**defaults, **row}
        if id_column:
            record.setdefault(id_column, f"{prefix}{number}")
        records.append(record)
    return schema.conform(pd.DataFrame(records), name)


def make_events(*rows: dict) -> pd.DataFrame:
    return _frame("events", EVENT_DEFAULTS, rows, "event_id", "ev_")


def make_claims(*rows: dict) -> pd.DataFrame:
    return _frame("claims", CLAIM_DEFAULTS, rows, "claim_id", "cl_")


def make_documents(*rows: dict) -> pd.DataFrame:
    return _frame("documents", DOCUMENT_DEFAULTS, rows, "doc_id", "doc_")


def make_mentions(*rows: dict) -> pd.DataFrame:
    return schema.conform(pd.DataFrame(list(rows)), "mentions")


def make_sentences(doc_id: str, text: str, kinds: dict[int, str] | None = None) -> pd.DataFrame:
    """One sentence per line of ``text``, with offsets into it."""
    rows, start = [], 0
    for index, line in enumerate(text.split("\n")):
        if line:
            rows.append(
                {
                    "doc_id": doc_id,
                    "source_file": f"{doc_id}.txt",
                    "sentence_index": index,
                    "paragraph_index": index,
                    "kind": (kinds or {}).get(index, "body"),
                    "char_start": start,
                    "char_end": start + len(line),
                    "text": line,
                }
            )
        start += len(line) + 1
    return schema.conform(pd.DataFrame(rows), "sentences")


@pytest.fixture
def events_factory():
    return make_events


@pytest.fixture
def claims_factory():
    return make_claims


@pytest.fixture
def documents_factory():
    return make_documents


@pytest.fixture
def mentions_factory():
    return make_mentions


@pytest.fixture
def sentences_factory():
    return make_sentences


QUOTE = '"'
XSS_IMG = '<img src=x onerror="window.__xss=1">'
XSS_SCRIPT = "<script>window.__xss=1</script>"
XSS_LINK = "[click](javascript:window.__xss=1)"
XSS_ARTICLE = f"""date 2024-03-05
Russian President Vladimir Putin met Iranian President Masoud Pezeshkian in Tehran on Monday \
{XSS_IMG} to discuss trade {XSS_SCRIPT} and energy {XSS_LINK}.

Iran criticised Russia for delays {XSS_SCRIPT} in the delivery of fighter jets, \
officials said on Tuesday.

The Kremlin said the talks {XSS_LINK} were constructive.
"""


@pytest.fixture(scope="session")
def xss_corpus(tmp_path_factory) -> Path:
    """A corpus whose article, outlet and quotes carry script, image and javascript: payloads."""
    folder = tmp_path_factory.mktemp("xss_corpus")
    (folder / "001_xss.txt").write_text(XSS_ARTICLE, encoding="utf-8")
    (folder / "sources.csv").write_text(
        "file,title,outlet,url,published,date_basis,notes\n"
        f'001_xss.txt,"Title {XSS_SCRIPT}","Outlet {XSS_IMG.replace(QUOTE, QUOTE * 2)}",,'
        "2024-03-05,metadata,\n",
        encoding="utf-8",
    )
    return folder


@pytest.fixture(scope="session")
def seed_tables() -> dict[str, pd.DataFrame]:
    """The seed corpus as the app sees it; tests derive their expectations from it."""
    return build_corpus(REPO_ROOT / "seeds")


@pytest.fixture(scope="session")
def counted_events(seed_tables):
    """The seed events the filters keep, as the pages count them: one row per happening
    while "Count happenings" is on (the default), else one per mention."""

    def counted(filters: Filters | None = None) -> pd.DataFrame:
        filters = filters or Filters()
        events = filter_events(seed_tables["events"], filters)
        if not filters.happenings:
            return events
        return one_per_happening(events, seed_tables["event_clusters"])

    return counted


@pytest.fixture(scope="session")
def store_for(tmp_path_factory):
    """A store folder per corpus, kept for the session (the app builds it on first use)."""
    made: dict[str, Path] = {}

    def store(corpus: Path) -> Path:
        key = str(Path(corpus).resolve())
        if key not in made:
            made[key] = tmp_path_factory.mktemp("store") / "processed"
        return made[key]

    return store


@pytest.fixture
def open_app(monkeypatch, store_for):
    """Run the app on a page with optional query params, as a fresh browser session would."""
    monkeypatch.delenv("CORPUS_DIR", raising=False)
    monkeypatch.setenv("STORE_DIR", str(store_for(REPO_ROOT / "seeds")))

    def run(
        page: str | None = None, params: dict | None = None, corpus: Path | None = None
    ) -> AppTest:
        if corpus is not None:
            monkeypatch.setenv("CORPUS_DIR", str(corpus))
            monkeypatch.setenv("STORE_DIR", str(store_for(corpus)))
        app = AppTest.from_file(APP, default_timeout=30)
        for key, value in (params or {}).items():
            app.query_params[key] = value
        if page:
            app.switch_page(page)
        app.run()
        assert not app.exception, [error.value for error in app.exception]
        return app

    return run


def _visible_text(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def _url_params(app: AppTest) -> dict[str, list[str]]:
    return {
        key: [value] if isinstance(value, str) else list(value)
        for key, value in app.query_params.items()
    }


@pytest.fixture
def visible_text():
    """What a browser shows of a piece of HTML: tags dropped, entities decoded."""
    return _visible_text


@pytest.fixture
def url_params():
    """The app's query params after a run, every value as a list."""
    return _url_params


def _decoded(value):
    """Plotly's JSON packs numeric arrays as base64 ``bdata``; unpack them into lists."""
    if isinstance(value, dict):
        if "bdata" in value and "dtype" in value:
            array = np.frombuffer(base64.b64decode(value["bdata"]), dtype=value["dtype"])
            if "shape" in value:
                array = array.reshape([int(n) for n in str(value["shape"]).split(",")])
            return array.tolist()
        return {key: _decoded(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_decoded(item) for item in value]
    return value


def _charts(app: AppTest) -> list[dict]:
    return [_decoded(json.loads(chart.proto.spec)) for chart in app.get("plotly_chart")]


@pytest.fixture
def charts():
    """The figures of every plotly chart on the page, as plain JSON with arrays unpacked."""
    return _charts


# --- the browser: Chromium, the app on the seeds under streamlit run, one tab per test ---


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


@pytest.fixture(scope="session")
def app_url(browser, tmp_path_factory) -> Iterator[str]:
    log = tmp_path_factory.mktemp("logs") / "seeds.log"
    store = tmp_path_factory.mktemp("store") / "processed"
    with streamlit_server(log, CORPUS_DIR="seeds", STORE_DIR=str(store)) as base:
        yield base


@pytest.fixture
def tab(browser) -> Iterator[Tab]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        yield Tab(context.new_page())
    finally:
        context.close()
