"""Shared fixtures for the data_prep tests.

The seed corpus is built once per session with a fixed "today" so results do not depend on
the wall clock. Small hand-written articles go through ``process_article`` (the per-article
unit) via the ``article`` fixture, which keeps the actor history and story context that the
real pipeline uses between sentences.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # `pytest` run without `python -m` does not put the repo on the path
    sys.path.insert(0, str(ROOT))

from data_prep.lexicons import load_lexicons  # noqa: E402
from data_prep.load import SourceMetadata, decode_article  # noqa: E402
from data_prep.pipeline import ArticleResult, build_corpus, process_article  # noqa: E402

SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold"
# Later than every seed's publication date, so no seed gets a "future date" warning.
TODAY = date(2026, 6, 1)


@pytest.fixture(scope="session")
def lexicons():
    return load_lexicons()


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def today() -> date:
    return TODAY


@pytest.fixture(scope="session")
def seed_tables() -> dict[str, pd.DataFrame]:
    """Every table for the seed corpus, built in-process once per session."""
    return build_corpus(SEEDS, today=TODAY)


@pytest.fixture(scope="session")
def gold() -> dict[str, pd.DataFrame]:
    return {
        name: pd.read_csv(GOLD / f"{name}.csv", dtype=str, keep_default_na=False)
        for name in ("events", "claims", "actors", "boilerplate")
    }


@pytest.fixture(scope="session")
def seed_texts(seed_tables) -> dict[str, str]:
    documents = seed_tables["documents"]
    return dict(zip(documents["source_file"], documents["text"], strict=True))


@pytest.fixture
def article(lexicons):
    """Run one small article through ``process_article``.

    ``published`` is given as sources.csv metadata (so the text needs no header); pass
    ``None`` for an article without a known date.
    """

    def run(
        text: str, published: str | None = "2024-10-11", name: str = "t.txt", today: date = TODAY
    ) -> ArticleResult:
        raw = decode_article(name, text.encode("utf-8"))
        metadata = SourceMetadata(published=published, date_basis="metadata") if published else None
        return process_article(raw, metadata, lexicons, today)

    return run


@pytest.fixture
def write_corpus(tmp_path):
    """Write ``{name: bytes | str}`` into a fresh folder and return the folder."""

    def write(files: dict[str, bytes | str], folder_name: str = "corpus") -> Path:
        folder = tmp_path / folder_name
        folder.mkdir(parents=True, exist_ok=True)
        for name, content in files.items():
            data = content.encode("utf-8") if isinstance(content, str) else content
            (folder / name).write_bytes(data)
        return folder

    return write


GOOD_ARTICLE = (
    " date 2024-10-11 Russian President Vladimir Putin met Iranian President Masoud Pezeshkian "
    "in Ashgabat on Friday.\n\n"
    "The two leaders discussed trade and energy cooperation.\n\n"
    "Kremlin spokesman Dmitry Peskov said the talks were productive.\n"
)


@pytest.fixture(scope="session")
def good_article() -> str:
    """A small clean article that yields at least one Russia–Iran event and one claim."""
    return GOOD_ARTICLE
