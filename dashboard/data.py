"""The app's data: the prepared store of the corpus, this session's uploads, one article's text.

* The store (``STORE_DIR``, default ``data/processed/``) is built from the corpus
  (``CORPUS_DIR``) on the first run, and updated when ``store_is_current`` says the corpus
  changed, with a progress bar. A read-only folder (Community Cloud) falls back to a
  temporary one.
* Every page holds the row tables without article text or sentences; the reader loads one
  article's text and sentences when it is shown.
* Uploads go through the pipeline alone and are joined to the store's tables in memory.

Every cache is keyed on plain values (paths, file sizes and modification times, upload
hashes, filter values), never on DataFrames. Cached tables are shared, read-only objects
(``st.cache_resource``): one copy in memory for every session, no unpickling per rerun.
"""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import tempfile
import threading
from collections.abc import Sequence
from dataclasses import astuple
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.feather as feather
import streamlit as st

from dashboard.analysis import TopicCard, one_per_happening, topic_cards
from dashboard.filters import (
    FilterOptions,
    Filters,
    compact,
    filter_claims,
    filter_documents,
    filter_events,
    filter_options,
    with_spans,
    without_rejected,
)
from dashboard.review import (
    Decision,
    accuracy,
    apply_decisions,
    corrections_rows,
    extracted_tables,
    read_corpus_rows,
    row_of,
)
from data_prep.clusters import topics_in
from data_prep.load import ARTICLE_SUFFIXES, SOURCES_FILE
from data_prep.pipeline import build_corpus
from data_prep.review import FILE_NAME as CORRECTIONS_FILE
from data_prep.review import write_corrections
from data_prep.store import (  # the one place the store's functions are imported
    read_document_text,
    read_sentences,
    read_store,
    store_is_current,
    update_store,
)

REPO_ROOT = Path(__file__).resolve().parents[1]
UPLOADED = "uploaded"


# --- where things are --------------------------------------------------------------------


def _from_env(name: str, default: str) -> Path:
    folder = Path(os.environ.get(name, default))
    return folder if folder.is_absolute() else REPO_ROOT / folder


def corpus_dir() -> Path:
    return _from_env("CORPUS_DIR", "seeds")


def store_dir() -> Path:
    return _from_env("STORE_DIR", "data/processed")


def is_writable(folder: Path) -> bool:
    """Whether the store can be written in ``folder`` (its nearest existing ancestor)."""
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    return os.access(existing, os.W_OK)


def fallback_store_dir(corpus: Path) -> Path:
    """A temporary store folder for a read-only checkout, one per corpus."""
    name = hashlib.sha256(str(corpus.resolve()).encode()).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / "russia-iran-monitor" / f"store-{name}"


def choose_store_dir(corpus: Path, preferred: Path) -> Path:
    """``preferred`` when it holds the corpus's store, else the temporary folder when that
    does (an earlier run could not write ``preferred``), else whichever can be written."""
    fallback = fallback_store_dir(corpus)
    for folder in (preferred, fallback):
        if _is_current(str(corpus), str(folder), _mtime(corpus)):
            return folder
    return preferred if is_writable(preferred) else fallback


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


def store_state(store: Path) -> tuple[tuple[str, int, int], ...]:
    """The store's manifest (written last by every update) with its size and modification
    time: it changes whenever the store is rewritten. Without one, the store's top files."""
    manifest = store / "manifest.json"
    if manifest.is_file():
        files = [manifest]
    else:
        files = sorted(p for p in store.iterdir() if p.is_file()) if store.is_dir() else []
    return tuple(
        (path.name, stat.st_size, stat.st_mtime_ns) for path in files for stat in (path.stat(),)
    )


def upload_key(uploads: Sequence[tuple[str, bytes]]) -> tuple[tuple[str, str], ...]:
    return tuple((name, hashlib.sha256(data).hexdigest()) for name, data in uploads)


# --- the store ---------------------------------------------------------------------------


@st.cache_data(ttl=60, show_spinner=False)
def _is_current(corpus: str, store: str, corpus_mtime: int) -> bool:
    """Checked when the folder changes (an article added, removed or replaced) and at least
    every minute: with thousands of files the check means thousands of ``stat`` calls."""
    return store_is_current(Path(corpus), Path(store))


def _mtime(folder: Path) -> int:
    return folder.stat().st_mtime_ns if folder.exists() else 0


def build_store(corpus: Path, store: Path) -> None:
    """Build or update the store, with a progress bar the analyst can watch."""
    bar = st.progress(0.0, text="Preparing the articles…")

    def progress(done: int, total: int) -> None:
        bar.progress(done / max(total, 1), text=f"Preparing the articles: {done:,} of {total:,}")

    update_store(corpus, store, progress=progress)
    bar.empty()
    _is_current.clear()


_BUILDING = threading.Lock()  # one build at a time, whichever session asks first


def current_store() -> Path:
    """The store of the corpus, built or brought up to date first when it has to be.

    A store folder that turns out not to be writable falls back to a temporary one.
    """
    corpus = corpus_dir()
    store = choose_store_dir(corpus, store_dir())
    if _is_current(str(corpus), str(store), _mtime(corpus)):
        return store
    with _BUILDING:
        if not store_is_current(corpus, store):
            try:
                build_store(corpus, store)
            except PermissionError:
                store = fallback_store_dir(corpus)
                build_store(corpus, store)
        _is_current.clear()
    return store


@st.cache_resource(show_spinner="Reading the prepared articles…", max_entries=4)
def _store_tables(store: str, state: tuple) -> dict[str, pd.DataFrame]:
    """The store's tables as the pages use them, kept as Arrow files for the next start."""
    folder = view_cache_dir(Path(store), state)
    try:
        return {
            path.stem: feather.read_table(path, memory_map=True).to_pandas()
            for path in _arrow_files(folder)
        }
    except (OSError, ValueError, pa.ArrowException):
        pass
    tables = with_spans(compact(read_store(Path(store))))
    _write_view_cache(tables, folder)
    return tables


def view_cache_dir(store: Path, state: tuple) -> Path:
    """Where the app keeps its reading of one version of a store (a temporary folder)."""
    where = hashlib.sha256(str(store.resolve()).encode()).hexdigest()[:12]
    version = hashlib.sha256(repr(state).encode()).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / "russia-iran-monitor" / "views" / f"{where}-{version}"


def _arrow_files(folder: Path) -> list[Path]:
    files = sorted(folder.glob("*.arrow"))
    if not files:
        raise FileNotFoundError(folder)
    return files


def _write_view_cache(tables: dict[str, pd.DataFrame], folder: Path) -> None:
    """Write beside, then rename into place; drop the readings of older versions."""
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=folder.parent))
        for name, frame in tables.items():
            feather.write_feather(
                frame.reset_index(drop=True), staging / f"{name}.arrow", compression="uncompressed"
            )
        for older in folder.parent.glob(folder.name.split("-")[0] + "-*"):
            shutil.rmtree(older, ignore_errors=True)
        staging.rename(folder)
    except (OSError, pa.ArrowException):
        return


@st.cache_resource(show_spinner="Reading the uploaded articles…", max_entries=16)
def _upload_tables(uploads_key: tuple, _uploads: tuple) -> dict[str, pd.DataFrame]:
    """The uploads through the pipeline on their own (text and sentences included)."""
    return build_corpus(REPO_ROOT / ".no-corpus-for-uploads", uploads=_uploads)


def join_uploads(
    corpus: dict[str, pd.DataFrame], uploaded: dict[str, pd.DataFrame]
) -> dict[str, pd.DataFrame]:
    """The store's tables with the uploads' rows added (their text and sentences left out)."""
    joined = {}
    for name, frame in corpus.items():
        extra = uploaded[name].drop(columns=["text"], errors="ignore")
        joined[name] = pd.concat([frame, extra], ignore_index=True)
    actors = joined["actors"]
    counts = actors.groupby("actor_id", sort=False)[["n_mentions", "n_documents"]].sum()
    first = actors.drop_duplicates("actor_id").set_index("actor_id")
    first[["n_mentions", "n_documents"]] = counts
    joined["actors"] = first.reset_index()[list(actors.columns)]
    return with_spans(compact(joined))


@st.cache_resource(show_spinner=False, max_entries=16)
def _loaded_tables(store: str, state: tuple, uploads_key: tuple, _uploads: tuple):
    stored = _store_tables(store, state)
    if not uploads_key:
        return stored
    return join_uploads(stored, _upload_tables(uploads_key, _uploads))


@st.cache_resource(show_spinner="Applying your review…", max_entries=16)
def _tables(store: str, state: tuple, uploads_key: tuple, decisions: tuple, _uploads: tuple):
    """The loaded tables with this session's decisions (``decision_key``) applied."""
    loaded = _loaded_tables(store, state, uploads_key, _uploads)
    if not decisions:
        return loaded
    chosen = [Decision(*values) for values in decisions]
    texts = {}
    for decision in chosen:
        row = row_of(loaded, decision.kind, decision.row_id)
        if row is not None:
            texts[row["source_file"]] = article_text(row["doc_id"], _uploads)
    return with_spans(compact(apply_decisions(loaded, chosen, texts)))


def decision_key(decisions: Sequence[Decision]) -> tuple:
    """The decisions as plain values, to key the caches on."""
    return tuple(astuple(decision) for decision in decisions)


def _key(uploads: Sequence[tuple[str, bytes]], decisions: Sequence[Decision]) -> tuple:
    store = current_store()
    return str(store), store_state(store), upload_key(uploads), decision_key(decisions)


def load_tables(
    uploads: Sequence[tuple[str, bytes]] = (), decisions: Sequence[Decision] = ()
) -> dict[str, pd.DataFrame]:
    """The row tables of the corpus and the uploads, with this session's decisions applied.
    Shared between sessions: never modify."""
    return _tables(*_key(uploads, decisions), tuple(uploads))


@st.cache_resource(show_spinner=False, max_entries=16)
def _options(
    store: str, state: tuple, uploads_key: tuple, decisions: tuple, _uploads: tuple
) -> FilterOptions:
    return filter_options(_tables(store, state, uploads_key, decisions, _uploads))


def load_options(
    uploads: Sequence[tuple[str, bytes]] = (), decisions: Sequence[Decision] = ()
) -> FilterOptions:
    return _options(*_key(uploads, decisions), tuple(uploads))


# --- filtered views ----------------------------------------------------------------------


FILTERED = {"events": filter_events, "claims": filter_claims, "documents": filter_documents}


@st.cache_resource(show_spinner=False, max_entries=64)
def _kept_rows(
    store: str, state: tuple, uploads_key: tuple, decisions: tuple, values: tuple, _uploads: tuple
):
    """Per table, the positions of the rows the filters keep (None: all of them).

    Positions, not copies: a cached selection of 100,000 rows costs 400 KB, not 20 MB.
    """
    tables = _tables(store, state, uploads_key, decisions, _uploads)
    filters, kept = Filters(*values), {}
    for name, rows_of in FILTERED.items():
        frame = tables[name]
        chosen = frame.index.get_indexer(rows_of(frame, filters).index)
        kept[name] = None if len(chosen) == len(frame) else chosen.astype(np.int32)
    return kept


def filtered_view(
    filters: Filters,
    uploads: Sequence[tuple[str, bytes]] = (),
    decisions: Sequence[Decision] = (),
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Events, claims and articles the filters keep; the selection is cached per filter values."""
    key = _key(uploads, decisions)
    tables = _tables(*key, tuple(uploads))
    kept = _kept_rows(*key, astuple(filters), tuple(uploads))
    return tuple(
        tables[name] if kept[name] is None else tables[name].iloc[kept[name]] for name in FILTERED
    )


# The loaders below take ``_key`` whole, so they follow whatever identifies the tables.
# Few entries: each is a frame of its own (a copy with resolved dates), not row positions.
@st.cache_resource(show_spinner=False, max_entries=8)
def _happenings(tables_key: tuple, values: tuple, _uploads: tuple) -> pd.DataFrame:
    tables = _tables(*tables_key, _uploads)
    kept = _kept_rows(*tables_key, values, _uploads)["events"]
    events = tables["events"] if kept is None else tables["events"].iloc[kept]
    return one_per_happening(events, tables["event_clusters"])


def happenings_view(
    filters: Filters,
    uploads: Sequence[tuple[str, bytes]] = (),
    decisions: Sequence[Decision] = (),
) -> pd.DataFrame:
    """One row per happening the filtered events report; cached per filter values."""
    return _happenings(_key(uploads, decisions), astuple(filters), tuple(uploads))


@st.cache_resource(show_spinner=False, max_entries=16)
def _contested(tables_key: tuple, _uploads: tuple) -> pd.DataFrame:
    tables = _tables(*tables_key, _uploads)
    # A claim rejected this session asserts nothing, so it cannot contest anything either.
    return topics_in(
        without_rejected(tables["claims"]), tables["claim_topics"], contested_only=True
    )


def contested_topics(
    uploads: Sequence[tuple[str, bytes]] = (), decisions: Sequence[Decision] = ()
) -> pd.DataFrame:
    """The contested claim topics the store holds, with the claims as this session's decisions
    leave them: topics do not change with the filters."""
    return _contested(_key(uploads, decisions), tuple(uploads))


@st.cache_resource(show_spinner=False, max_entries=64)
def _topic_cards(tables_key: tuple, topic_ids: tuple, _uploads: tuple) -> dict[str, TopicCard]:
    contested = _contested(tables_key, _uploads)
    return topic_cards(contested[contested["topic_id"].isin(topic_ids)])


def contested_topic_cards(
    topic_ids: tuple[str, ...],
    uploads: Sequence[tuple[str, bytes]] = (),
    decisions: Sequence[Decision] = (),
) -> dict[str, TopicCard]:
    """The cards of some of ``contested_topics``, worked out together (those a page draws at
    once): a card depends on its topic alone, not on the filters."""
    return _topic_cards(_key(uploads, decisions), tuple(topic_ids), tuple(uploads))


# --- one article, on demand --------------------------------------------------------------


@st.cache_data(show_spinner=False, max_entries=64)
def _stored_text(store: str, state: tuple, doc_id: str) -> str:
    return read_document_text(Path(store), doc_id)


@st.cache_data(show_spinner=False, max_entries=64)
def _stored_sentences(store: str, state: tuple, doc_id: str) -> pd.DataFrame:
    return read_sentences(Path(store), doc_id)


def _uploaded_rows(uploads, doc_id: str) -> dict[str, pd.DataFrame] | None:
    if not uploads:
        return None
    tables = _upload_tables(upload_key(uploads), tuple(uploads))
    return tables if (tables["documents"]["doc_id"] == doc_id).any() else None


def article_text(doc_id: str, uploads: Sequence[tuple[str, bytes]] = ()) -> str:
    uploaded = _uploaded_rows(uploads, doc_id)
    if uploaded is not None:
        documents = uploaded["documents"]
        return str(documents.loc[documents["doc_id"] == doc_id, "text"].iloc[0])
    store = current_store()
    return _stored_text(str(store), store_state(store), doc_id)


def article_sentences(doc_id: str, uploads: Sequence[tuple[str, bytes]] = ()) -> pd.DataFrame:
    uploaded = _uploaded_rows(uploads, doc_id)
    if uploaded is not None:
        sentences = uploaded["sentences"]
        return sentences[sentences["doc_id"] == doc_id]
    store = current_store()
    return _stored_sentences(str(store), store_state(store), doc_id)


# --- the analyst's review ---------------------------------------------------------------


def corrections_to_keep(
    uploads: Sequence[tuple[str, bytes]], decisions: Sequence[Decision]
) -> list[dict[str, str]]:
    """The corpus's ``corrections.csv`` rows with this session's decisions folded in."""
    loaded = load_tables(uploads)
    return corrections_rows(read_corpus_rows(corpus_dir()), loaded, decisions)


def can_save_corrections() -> bool:
    corpus = corpus_dir()
    return corpus.is_dir() and os.access(corpus, os.W_OK)


def save_corrections(rows: Sequence[dict[str, str]]) -> Path:
    """Write the corpus's ``corrections.csv`` atomically; the next run updates the store."""
    path = write_corrections(corpus_dir() / CORRECTIONS_FILE, rows)
    _is_current.clear()
    return path


@st.cache_data(show_spinner="Scoring the extractor against your review…", max_entries=8)
def _accuracy(corpus: str, files: tuple, rows: tuple) -> pd.DataFrame:
    extracted = extracted_tables(Path(corpus), [name for name, _, _ in files])
    return accuracy(extracted, [dict(row) for row in rows])


def review_accuracy_table(rows: Sequence[dict[str, str]]) -> pd.DataFrame:
    """The extractor's share right by these decisions; only the reviewed articles are re-run."""
    corpus = corpus_dir()
    named = {row["source_file"] for row in rows}
    files = tuple(entry for entry in fingerprint(corpus) if entry[0] in named)
    return _accuracy(str(corpus), files, tuple(tuple(row.items()) for row in rows))


# --- downloads ---------------------------------------------------------------------------


def csv_bytes(frame: pd.DataFrame) -> bytes:
    return frame.to_csv(index=False).encode("utf-8")


def parquet_bytes(frame: pd.DataFrame) -> bytes:
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False)
    return buffer.getvalue()
