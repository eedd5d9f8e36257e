"""Cached access to the corpus tables, keyed on plain values (file names, sizes, mtimes)."""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Sequence
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard.filters import FilterOptions, filter_options
from data_prep.load import ARTICLE_SUFFIXES, SOURCES_FILE
from data_prep.pipeline import build_corpus

REPO_ROOT = Path(__file__).resolve().parents[1]


def corpus_dir() -> Path:
    folder = Path(os.environ.get("CORPUS_DIR", "seeds"))
    return folder if folder.is_absolute() else REPO_ROOT / folder


def fingerprint(folder: Path) -> tuple[tuple[str, int, int], ...]:
    """What identifies the corpus on disk: every input file's name, size and modification time."""
    if not folder.is_dir():
        return ()
    return tuple(
        (path.name, stat.st_size, stat.st_mtime_ns)
        for path in sorted(folder.iterdir())
        if path.is_file() and (path.suffix.lower() in ARTICLE_SUFFIXES or path.name == SOURCES_FILE)
        for stat in (path.stat(),)
    )


def upload_key(uploads: Sequence[tuple[str, bytes]]) -> tuple[tuple[str, str], ...]:
    return tuple((name, hashlib.sha256(data).hexdigest()) for name, data in uploads)


@st.cache_data(show_spinner="Reading the articles…", max_entries=16)
def _tables(
    folder: str, files: tuple, uploads_key: tuple, _uploads: tuple
) -> dict[str, pd.DataFrame]:
    return build_corpus(Path(folder), uploads=_uploads)


@st.cache_data(show_spinner=False, max_entries=16)
def _options(folder: str, files: tuple, uploads_key: tuple, _uploads: tuple) -> FilterOptions:
    return filter_options(_tables(folder, files, uploads_key, _uploads))


def load_tables(uploads: Sequence[tuple[str, bytes]] = ()) -> dict[str, pd.DataFrame]:
    folder = corpus_dir()
    return _tables(str(folder), fingerprint(folder), upload_key(uploads), tuple(uploads))


def load_options(uploads: Sequence[tuple[str, bytes]] = ()) -> FilterOptions:
    folder = corpus_dir()
    return _options(str(folder), fingerprint(folder), upload_key(uploads), tuple(uploads))


def csv_bytes(frame: pd.DataFrame) -> bytes:
    return frame.to_csv(index=False).encode("utf-8")


def parquet_bytes(frame: pd.DataFrame) -> bytes:
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False)
    return buffer.getvalue()
