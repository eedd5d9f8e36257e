"""The prepared store: the corpus tables on disk, built incrementally and in parallel.

``python -m data_prep --input CORPUS --output STORE`` (and ``make data``) calls
``update_store``. The dashboard calls the same functions.

API
---
``update_store(corpus, store, *, workers=None, engine="process", scheduler=None,
progress=None, today=None) -> StoreReport``
    Build the store, or bring it up to date. Only articles whose (file name, content hash,
    ``sources.csv`` row, pipeline version) have no cached result are processed. When few
    articles changed and nothing else did, the stored tables are spliced: the changed
    articles' rows replace theirs, and only the event blocks they touch are grouped again
    (``splice``). Otherwise the corpus tables are assembled from every article's result.
    Either way they are identical to a clean build.
    ``workers``: processes (default: every core; 1 runs in this process). ``engine``:
    ``"process"`` (a ``ProcessPoolExecutor``) or ``"dask"`` (``client.map`` on the cluster at
    ``scheduler``, else on a ``LocalCluster`` of ``workers`` processes; the calling script
    needs an ``if __name__ == "__main__":`` guard). ``progress(done, total)`` is called as
    articles finish (``total`` counts the articles to process, not the reused ones).
    ``today`` is the date publication dates are checked against (default: today).
    An unreadable or failing article becomes a document with status ``error``, reported by
    file in ``StoreReport.problems``; the rest carries on. When nothing changed, nothing is
    written (``StoreReport.written`` is False).
``store_is_current(corpus, store, *, today=None) -> bool``
    Cheap: compares file names, sizes and modification times with the manifest, hashes only
    the files whose size or time changed, and compares the pipeline version.
``read_store(store) -> dict[str, pd.DataFrame]``
    The tables of ``build_corpus`` with their schema (``schema.conform``), except that
    ``documents`` has no ``text`` column and ``sentences`` is not loaded; repeated strings
    are ``category`` columns (``compact``). ``schema.conform(frame, name)`` turns them back.
``read_document_text(store, doc_id) -> str`` and ``read_sentences(store, doc_id)``
    One article's text and its sentences (Parquet filter push-down on ``doc_id``).
``read_store_table(store, name)``: one whole table, exactly as ``build_corpus`` gives it.
``compact(frames)``: repeated string columns to ``category`` (``schema.conform`` forbids it).

Layout
------
``STORE/manifest.json``
    Written last, atomically: the commit point. It names the current tables folder, every
    input file (name, size, mtime, sha256), ``sources.csv``, the pipeline version (hashes of
    the lexicon CSVs and of the data_prep sources but the tools beside the pipeline: cli,
    store, benchmark, evaluate, cameo_import), row counts and the build time.
``STORE/build-<time>-<random>/``
    The tables: ``events/`` and ``claims/`` are Parquet datasets partitioned by publication
    year (``year=2024``, ``year=unknown``), the others one Parquet file each, and every table
    as CSV for people. ``STORE/current`` is a symbolic link to it. A build is written under a
    temporary name and renamed, so a crash never leaves a half-written store; the previous
    build is kept for readers that opened it, older ones are removed.
``STORE/cache/<key>.json``
    One article's ``ArticleResult`` (plain JSON, written by us), keyed by a hash of the file
    name, its content hash, its ``sources.csv`` row and the pipeline version: changing a
    lexicon or the code invalidates every entry. An entry also records the ``today`` it was
    made with and the latest date its result depends on ``today`` for (its publication date,
    or the latest date in the text when that date is inferred): it is reused under another
    ``today`` only when both days are on or after that date.

One writer at a time per store. Readers only need the manifest and the folder it names.
"""

from __future__ import annotations

import concurrent.futures
import gc
import hashlib
import json
import multiprocessing
import os
import secrets
import shutil
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow.parquet as pq

from data_prep import schema
from data_prep.assemble import build_tables_and_topic_state, text_key
from data_prep.clusters import TopicState
from data_prep.dates import latest_full_date
from data_prep.lexicons import LEXICON_DIR, load_lexicons
from data_prep.load import (
    ARTICLE_SUFFIXES,
    MAX_ARTICLE_BYTES,
    SOURCES_FILE,
    RawArticle,
    SourceMetadata,
    decode_article,
    list_article_files,
    read_article_file,
)
from data_prep.pipeline import ArticleResult, corpus_sources, finish_tables, process_article
from data_prep.review.corrections import FILE_NAME as CORRECTIONS_FILE
from data_prep.splice import UNGROUPED, Change, splice_rows, with_groupings_spliced
from data_prep.tables import write_csv

__all__ = [
    "StoreReport",
    "compact",
    "pipeline_version",
    "read_document_text",
    "read_sentences",
    "read_store",
    "read_store_table",
    "store_is_current",
    "update_store",
]

FORMAT = 2
MANIFEST = "manifest.json"
CACHE = "cache"
CURRENT = "current"
BUILD_PREFIX = "build-"
STAGING_PREFIX = ".staging-"
PARTITIONED = ("events", "claims")
YEAR = "year"
UNKNOWN_YEAR = "unknown"
# Parquet files keep the tables' order in this column: partitions and the doc_id sort of
# documents and sentences (for filter push-down) reorder the rows on disk.
ROW_ORDER = "row_order"
SORTED_BY_DOC = {"documents": 64, "sentences": 4096}  # table -> rows per row group
ENGINES = ("process", "dask")
PACKAGE_DIR = Path(__file__).resolve().parent
# Tools beside the pipeline: they never run inside process_article. The store's own cache
# format is versioned by FORMAT.
NOT_PIPELINE = frozenset(
    {
        "__main__.py", "cli.py", "store.py", "tables.py", "benchmark.py", "evaluate.py",
        "cameo_import.py",
    }
)  # fmt: skip
# Per-article tasks handed to the workers at a time (bounds the memory held in flight).
BATCH_PER_WORKER = 64
# Beyond this share of changed articles, assembling afresh is about as quick as splicing.
SPLICE_SHARE = 0.5

COMPACT_COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("source_file", "outlet", "published", "date_basis", "status", "encoding",
                  "origin", "duplicate_of"),
    "mentions": ("doc_id", "source_file", "actor_id", "actor_name", "actor_type", "country"),
    "actors": ("country", "type", "role"),
    "events": ("doc_id", "source_file", "actor1", "actor1_country", "actor2", "actor2_country",
               "event_type", "cameo_code", "cameo_root", "polarity", "cue", "event_date",
               "date_precision", "themes", "modality", "published", "outlet", "review",
               "cluster_id"),
    "event_clusters": ("actor1", "actor2", "event_type", "polarity", "date_precision"),
    "claims": ("doc_id", "source_file", "claimant", "claimant_country", "stance", "cue", "via",
               "claim_date", "published", "outlet", "review"),
    "claim_topics": ("topic_id", "topic_words"),
    "problems": ("source_file", "severity"),
}  # fmt: skip

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class StoreReport:
    """What ``update_store`` did. ``problems`` holds ``(source_file, severity, message)``
    rows of the problems table (articles with warnings or errors, and sources.csv)."""

    store: Path
    processed: int
    reused: int
    removed: int
    problems: tuple[tuple[str, str, str], ...]
    row_counts: dict[str, int]
    written: bool
    seconds: float
    # The stored tables were spliced (``splice``), not assembled from every article's result.
    spliced: bool = False

    def problem_lines(self) -> list[str]:
        return [f"{severity}: {name}: {message}" for name, severity, message in self.problems]


@dataclass
class Prepared:
    """One article's cached unit: its result, and what decides whether it can be reused."""

    result: ArticleResult
    today: str
    horizon: str | None
    cacheable: bool = True


@dataclass
class Slot:
    """One input file on its way through an update."""

    path: Path
    size: int
    mtime_ns: int
    sha256: str
    metadata: SourceMetadata | None
    key: str = ""
    prepared: Prepared | None = None
    # The stored tables hold this article's rows as its result today would give them.
    kept: bool = False
    # When its cached result was made, and the horizon of its reuse (``Prepared``), as the
    # manifest records them; ``made`` is None for a result not cached (a failed extraction).
    made: str | None = None
    horizon: str | None = None
    # Its document's ``assemble.text_key`` as the manifest records it (None: not known).
    text_key: str | None = None

    def prepare(self, prepared: Prepared | None) -> None:
        if prepared is not None:
            self.prepared, self.horizon = prepared, prepared.horizon
            self.made = prepared.today if prepared.cacheable else None

    @property
    def name(self) -> str:
        return self.path.name


# --- the pipeline version ---------------------------------------------------------------------


def pipeline_version(lexicons: Path = LEXICON_DIR, package: Path = PACKAGE_DIR) -> dict[str, str]:
    """Hashes of the lexicon CSVs and of the data_prep sources, and their combination."""
    lexicon_hash = _digest(sorted(lexicons.glob("*.csv")), lexicons)
    code = sorted(p for p in package.rglob("*.py") if p.name not in NOT_PIPELINE)
    code_hash = _digest(code, package)
    combined = hashlib.sha256(f"{FORMAT}:{lexicon_hash}:{code_hash}".encode()).hexdigest()
    return {"version": combined[:16], "lexicons": lexicon_hash, "code": code_hash}


def _digest(paths: Sequence[Path], root: Path) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def cache_key(version: str, name: str, sha256: str, metadata: SourceMetadata | None) -> str:
    # Its fields are plain strings: its attributes are ``asdict``'s dict, without the deep
    # copy that took a third of planning an update at 10,000 articles.
    row = vars(metadata) if metadata else None
    text = json.dumps([version, name, sha256, row], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _reusable(today_made: str, horizon: str | None, today: date) -> bool:
    """A result made on ``today_made`` holds on ``today`` when no date it was checked against
    ``today`` for lies after either day."""
    return (
        today_made == today.isoformat()
        or horizon is None
        or (horizon <= min(today_made, today.isoformat()))
    )


# --- the per-article unit, run by the workers --------------------------------------------------


def prepare_article(
    name: str, payload: bytes | RawArticle, metadata: SourceMetadata | None, today: date
) -> Prepared:
    """``process_article`` over one file's bytes (or the error read in its place), with the
    lexicons this process loaded once. A failure inside is the article's error, not the run's."""
    raw = payload if isinstance(payload, RawArticle) else decode_article(name, payload)
    lexicons = load_lexicons()
    try:
        result = process_article(raw, metadata, lexicons, today)
    except Exception as error:  # one bad article must not stop the corpus
        return failed_article(raw, metadata, today, error)
    return Prepared(result, today.isoformat(), _horizon(raw, metadata, result), bool(raw.sha256))


def failed_article(
    raw: RawArticle, metadata: SourceMetadata | None, today: date, error: BaseException
) -> Prepared:
    message = f"extraction failed ({type(error).__name__}: {error})"
    failed = RawArticle(raw.source_file, "", raw.sha256, raw.encoding, fatal=message)
    result = process_article(failed, metadata, load_lexicons(), today)
    return Prepared(result, today.isoformat(), None, cacheable=False)


def _horizon(raw: RawArticle, metadata: SourceMetadata | None, result: ArticleResult) -> str | None:
    """The latest date the result was compared with ``today`` for (see the module doc)."""
    if raw.fatal:
        return None
    document = result.document
    if document["date_basis"] == "header" or (metadata and metadata.published):
        return document["published"] or None
    latest = latest_full_date(raw.text)
    return latest.isoformat() if latest else None


def _payload(path: Path) -> bytes | RawArticle:
    """The file's bytes, or the error document ``read_article_file`` makes of it."""
    try:
        if path.stat().st_size <= MAX_ARTICLE_BYTES:
            return path.read_bytes()
    except OSError:
        pass
    return read_article_file(path)


# --- running the unit: in this process, a process pool or Dask -------------------------------


def _run(
    slots: list[Slot],
    today: date,
    workers: int,
    engine: str,
    scheduler: str | None,
    on_done: Callable[[Slot, Prepared], None],
) -> None:
    with _collecting(len(slots) > 1):
        if engine == "dask":
            with _dask_client(scheduler, workers) as client:
                _run_batches(slots, today, _dask_submitter(client), on_done, workers)
        elif _in_this_process(workers, engine, len(slots)):
            for slot in slots:
                on_done(slot, prepare_article(slot.name, _payload(slot.path), slot.metadata, today))
        else:
            workers = min(workers, len(slots))
            with concurrent.futures.ProcessPoolExecutor(workers, mp_context=_mp_context()) as pool:
                _run_batches(slots, today, _pool_submitter(pool), on_done, workers)


Submitter = Callable[[list[Slot], date], tuple[list[Any], Callable[[list[Any]], Iterator[Any]]]]


def _run_batches(
    slots: list[Slot],
    today: date,
    submit: Submitter,
    on_done: Callable[[Slot, Prepared], None],
    workers: int,
) -> None:
    size = max(1, workers) * BATCH_PER_WORKER
    for start in range(0, len(slots), size):
        batch = slots[start : start + size]
        futures, as_completed = submit(batch, today)
        by_future = dict(zip(futures, batch, strict=True))
        for future in as_completed(futures):
            slot = by_future[future]
            try:
                prepared = future.result()
            except Exception as error:  # a lost worker fails its article only
                raw = RawArticle(slot.name, "", "", "")
                prepared = failed_article(raw, slot.metadata, today, error)
            on_done(slot, prepared)


def _in_this_process(workers: int, engine: str, articles: int) -> bool:
    """Whether ``_run`` extracts the articles in this process, with no pool."""
    return engine != "dask" and (workers <= 1 or articles <= 1)


def _pool_submitter(pool: concurrent.futures.Executor) -> Submitter:
    def submit(batch: list[Slot], today: date):
        futures = [
            pool.submit(prepare_article, s.name, _payload(s.path), s.metadata, today) for s in batch
        ]
        return futures, concurrent.futures.as_completed

    return submit


def _dask_submitter(client: Any) -> Submitter:
    from distributed import as_completed

    def submit(batch: list[Slot], today: date):
        futures = client.map(
            prepare_article,
            [s.name for s in batch],
            [_payload(s.path) for s in batch],
            [s.metadata for s in batch],
            today=today,
            pure=False,
        )
        return futures, as_completed

    return submit


@contextmanager
def _dask_client(scheduler: str | None, workers: int) -> Iterator[Any]:
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=max(1, workers), threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def _mp_context() -> multiprocessing.context.BaseContext:
    """Fork (the workers inherit the loaded lexicons) unless threads are running, as in the
    app, where forking is unsafe; then spawn."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


# --- update_store -----------------------------------------------------------------------------


def update_store(
    corpus: Path,
    store: Path,
    *,
    workers: int | None = None,
    engine: str = "process",
    scheduler: str | None = None,
    progress: Progress | None = None,
    today: date | None = None,
) -> StoreReport:
    """Build the store for the corpus folder, or bring it up to date (see the module doc)."""
    with _collecting(False):
        return _update(corpus, store, workers, engine, scheduler, progress, today)


def _update(
    corpus: Path,
    store: Path,
    workers: int | None,
    engine: str,
    scheduler: str | None,
    progress: Progress | None,
    today: date | None,
) -> StoreReport:
    started = time.perf_counter()
    corpus, store = Path(corpus), Path(store)
    _check_arguments(corpus, engine)
    today = today or date.today()
    store.mkdir(parents=True, exist_ok=True)
    previous = read_manifest(store)
    version = pipeline_version()
    slots, sources = _plan(corpus, store, previous, version["version"], today)
    _load_entries(store, [slot for slot in slots if not slot.kept], today)
    removed = {f["name"] for f in previous.get("files", [])} - {s.name for s in slots}
    sources_record = _sources_record(corpus, previous.get("sources"))
    corrections_record = _side_record(corpus, CORRECTIONS_FILE, previous.get("corrections"))
    side_records = {"sources": sources_record, "corrections": corrections_record}
    if _unchanged(store, previous, slots, side_records, version):
        reused = sum(1 for slot in slots if slot.kept or slot.prepared)
        return _report(store, previous, 0, reused, len(removed), False, started)
    run = Run(store, today, workers or default_workers(), engine, scheduler, progress, version)
    with _Staging(store) as staging:
        made = None
        if _may_splice(store, previous, slots, removed, side_records, version):
            made = _spliced(store, previous, slots, removed, sources.problems, run, staging)
        spliced = made is not None
        tables, topic_state = made if spliced else _built(corpus, slots, sources.problems, run)
        manifest = _manifest(corpus, slots, sources_record, version, tables, today)
        manifest["corrections"] = corrections_record
        manifest["articles"] = {
            "total": len(slots), "processed": run.processed, "reused": len(slots) - run.processed,
            "removed": len(removed), "spliced": spliced,
        }  # fmt: skip
        manifest["seconds"] = round(time.perf_counter() - started, 3)
        _commit(store, staging, tables, manifest, previous.get("tables"), topic_state)
    _prune_cache(store, {slot.key for slot in slots if slot.key})
    report = (run.processed, len(slots) - run.processed, len(removed), True, started)
    return _report(store, manifest, *report)


def _check_arguments(corpus: Path, engine: str) -> None:
    if not corpus.is_dir():
        raise FileNotFoundError(f"corpus folder {corpus} does not exist")
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {ENGINES}, not {engine!r}")


@dataclass
class Run:
    """How the articles of one update are processed, and how many were."""

    store: Path
    today: date
    workers: int
    engine: str
    scheduler: str | None
    progress: Progress | None
    version: dict[str, str]
    processed: int = 0

    def process(self, slots: list[Slot]) -> None:
        """Process the slots that have no result (and whose stored rows do not hold)."""
        todo = [slot for slot in slots if slot.prepared is None]
        _process(self, todo)
        self.processed += len(todo)


def _may_splice(
    store: Path,
    previous: dict,
    slots: list[Slot],
    removed: set[str],
    side_records: dict,
    version: dict,
) -> bool:
    """Whether the stored tables can be spliced (``splice``): few articles changed, and
    nothing else did (the pipeline, sources.csv, and no analyst decisions to apply again)."""
    changed = sum(not slot.kept for slot in slots) + len(removed)
    return (
        previous.get("pipeline") == version
        and (store / previous.get("tables", "") / "documents.csv").exists()
        and side_records["corrections"] is None
        and _same_sides(previous, side_records)
        and changed <= SPLICE_SHARE * len(slots)
    )


def _spliced(
    store: Path,
    previous: dict,
    slots: list[Slot],
    removed: set[str],
    corpus_problems: Sequence[str],
    run: Run,
    staging: _Staging,
) -> tuple[dict[str, pd.DataFrame], TopicState] | None:
    """The tables spliced from the stored ones and their topic state, or None when they
    cannot be (``splice``). The tables no grouping changes are written while the groupings
    are brought up to date."""
    changed = [slot for slot in slots if not slot.kept]
    folder = store / previous["tables"]
    with concurrent.futures.ThreadPoolExecutor(1) as background:
        # Arrow reads the stored tables outside the GIL, beside the lexicons' load and the
        # changed articles' extraction; not beside a pool of processes, forked only from a
        # process with no other thread (``_mp_context``).
        in_process = _in_this_process(run.workers, run.engine, len(changed))
        reading = background.submit(_read_stored, folder) if in_process else None
        load_lexicons()  # before the pool forks, so every worker inherits them
        run.process(changed)
        stored, topic_state = reading.result() if reading else _read_stored(folder)
    change = Change(
        order=[slot.name for slot in slots],
        added=[slot.prepared.result for slot in changed],
        gone=frozenset(removed | {slot.name for slot in changed}),
        text_keys={slot.name: slot.text_key for slot in slots if slot.kept and slot.text_key},
    )
    tables = splice_rows(stored, change, load_lexicons(), corpus_problems)
    if tables is None:
        return None
    staging.write({name: tables[name] for name in UNGROUPED})
    spliced = with_groupings_spliced(tables, stored, change, topic_state)
    return spliced.tables, spliced.topic_state


def _built(
    corpus: Path, slots: list[Slot], corpus_problems: Sequence[str], run: Run
) -> tuple[dict[str, pd.DataFrame], TopicState | None]:
    """The tables assembled from every article's result, as a clean build makes them, and
    the state of their claim topics (None when an analyst's decisions grouped them again:
    such a store is never spliced)."""
    _load_entries(run.store, [slot for slot in slots if slot.prepared is None], run.today)
    load_lexicons()  # before the pool forks, so every worker inherits them
    run.process(slots)
    lexicons = load_lexicons()
    results = [slot.prepared.result for slot in slots]
    with _collecting(True), _long_lived_heap():
        tables, topic_state = build_tables_and_topic_state(results, lexicons, corpus_problems)
        # Decisions and clusters come after extraction, so editing a decision re-runs no article.
        finished = finish_tables(corpus, tables, lexicons)
    return finished, topic_state if finished is tables else None


@contextmanager
def _long_lived_heap() -> Iterator[None]:
    """Every article's result stays alive until the tables are written: frozen, the millions
    of objects they hold are not walked again by each full collection while the corpus
    tables are assembled (a quarter of the assembly's time at 10,000 articles)."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@contextmanager
def _collecting(enabled: bool) -> Iterator[None]:
    """Garbage collection on or off for the block, then as it was.

    An update runs without it (``update_store``): the splice makes few cycles but a hundred
    thousand short-lived objects (mentions, key-word sets, row dicts, the manifest's
    records) that set off full collections, each walking every object alive: a fifth of a
    one-article update at 10,000 articles. It is back on wherever many articles are worked
    on, so that memory stays bounded: extraction of more than one article (and the pool's
    processes, forked from this one, inherit the setting) and assembly from every result."""
    was = gc.isenabled()
    if enabled:
        gc.enable()
    else:
        gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
        else:
            gc.disable()


def _plan(
    corpus: Path, store: Path, previous: dict, version: str, today: date
) -> tuple[list[Slot], Any]:
    """Every input file with its content hash and cache key, and whether the stored tables
    hold its rows as they would be made today (``Slot.kept``)."""
    known = {record["name"]: record for record in previous.get("files", [])}
    paths = list_article_files(corpus)
    sources = corpus_sources(corpus, {path.name for path in paths})
    slots = []
    for path in paths:
        record = known.get(path.name)
        slot = _slot(path, record, sources.by_file.get(path.name))
        if slot.sha256:
            slot.key = cache_key(version, slot.name, slot.sha256, slot.metadata)
            slot.kept = _still_holds(record, slot.key, today)
        if slot.kept:
            slot.made, slot.horizon = record["made"], record["horizon"]
            slot.text_key = record.get("text_key")
        slots.append(slot)
    return slots, sources


def _still_holds(record: dict | None, key: str, today: date) -> bool:
    """Whether the stored rows of the article the manifest ``record`` describes are those its
    cached result under ``key`` gives today."""
    return bool(
        record
        and record.get("key") == key
        and record.get("made")
        and _reusable(record["made"], record.get("horizon"), today)
    )


def _load_entries(store: Path, slots: list[Slot], today: date) -> None:
    """The cached result of every slot that has one usable today."""
    for slot in slots:
        if slot.key and slot.prepared is None:
            slot.prepare(_load_entry(store, slot.key, today))


def _slot(path: Path, known: dict | None, metadata: SourceMetadata | None) -> Slot:
    try:
        stat = path.stat()
    except OSError:
        return Slot(path, -1, -1, "", metadata)
    slot = Slot(path, stat.st_size, stat.st_mtime_ns, "", metadata)
    if stat.st_size > MAX_ARTICLE_BYTES:
        return slot
    if known and (known["size"], known["mtime_ns"]) == (slot.size, slot.mtime_ns):
        slot.sha256 = known["sha256"]
    else:
        slot.sha256 = _file_sha256(path)
    return slot


def _file_sha256(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def _process(run: Run, todo: list[Slot]) -> None:
    """Run the unit over ``todo``; each result is cached as it arrives, before assembly
    (which marks duplicates on the results themselves)."""
    done = 0
    if run.progress:
        run.progress(0, len(todo))

    def finished(slot: Slot, prepared: Prepared) -> None:
        nonlocal done
        sha = prepared.result.document["sha256"]
        slot.sha256 = sha or slot.sha256
        version = run.version["version"]
        slot.key = cache_key(version, slot.name, sha, slot.metadata) if sha else ""
        if slot.key and prepared.cacheable:
            _save_entry(run.store, slot.key, prepared)
        slot.prepare(prepared)
        done += 1
        if run.progress:
            run.progress(done, len(todo))

    if todo:
        _run(todo, run.today, run.workers, run.engine, run.scheduler, finished)


def _unchanged(
    store: Path, previous: dict, slots: list[Slot], side_records: dict, version: dict
) -> bool:
    """Whether the tables would come out as they are: every article is cached (or unreadable
    as before, by size and time), and sources.csv, corrections.csv and the pipeline are the
    same."""
    if not previous or not (store / previous.get("tables", "") / "documents.csv").exists():
        return False
    if any(slot.prepared is None and not slot.kept and slot.sha256 for slot in slots):
        return False
    before = [_identity(f["name"], f["key"], f["size"], f["mtime_ns"]) for f in previous["files"]]
    now = [_identity(s.name, s.key, s.size, s.mtime_ns) for s in slots]
    return before == now and _same_sides(previous, side_records) and previous["pipeline"] == version


def _same_sides(previous: dict, side_records: dict) -> bool:
    return all(
        (previous.get(name) or {}).get("sha256") == (record or {}).get("sha256")
        for name, record in side_records.items()
    )


def _identity(name: str, key: str, size: int, mtime_ns: int) -> tuple:
    return (name, key) if key else (name, size, mtime_ns)


def _report(
    store: Path,
    manifest: dict,
    processed: int,
    reused: int,
    removed: int,
    written: bool,
    started: float,
) -> StoreReport:
    problems = read_store_table(store, "problems")
    return StoreReport(
        store=store,
        processed=processed,
        reused=reused,
        removed=removed,
        problems=tuple(
            (str(row.source_file), str(row.severity), str(row.message))
            for row in problems.itertuples(index=False)
        ),
        row_counts=dict(manifest.get("row_counts", {})),
        written=written,
        seconds=time.perf_counter() - started,
        spliced=written and bool(manifest.get("articles", {}).get("spliced")),
    )


# --- the cache ---------------------------------------------------------------------------------


def _entry_path(store: Path, key: str) -> Path:
    return store / CACHE / f"{key}.json"


def _save_entry(store: Path, key: str, prepared: Prepared) -> None:
    result = prepared.result
    entry = {
        "format": FORMAT,
        "today": prepared.today,
        "horizon": prepared.horizon,
        "result": {
            "document": result.document,
            **{name: _columns(getattr(result, name)) for name in _ROW_LISTS},
        },
    }
    _write_atomic(_entry_path(store, key), json.dumps(entry, ensure_ascii=False).encode("utf-8"))


def _load_entry(store: Path, key: str, today: date) -> Prepared | None:
    try:
        entry = json.loads(_entry_path(store, key).read_bytes())
    except (OSError, ValueError):
        return None
    if entry.get("format") != FORMAT or not _reusable(entry["today"], entry["horizon"], today):
        return None
    stored = entry["result"]
    rows = {name: _rows(stored[name]) for name in _ROW_LISTS}
    return Prepared(ArticleResult(stored["document"], **rows), entry["today"], entry["horizon"])


# The row lists of a result are kept by column: the names once, not in every row, which
# makes an entry a third smaller and faster to read back, rows and all.
_ROW_LISTS = ("sentences", "mentions", "events", "claims")


def _columns(rows: list[dict]) -> dict | list[dict]:
    names = list(rows[0]) if rows else []
    if any(list(row) != names for row in rows):
        return rows
    return {"columns": names, "rows": [list(row.values()) for row in rows]}


def _rows(stored: dict | list[dict]) -> list[dict]:
    if isinstance(stored, list):
        return stored
    names = stored["columns"]
    return [dict(zip(names, values, strict=True)) for values in stored["rows"]]


def _prune_cache(store: Path, keep: set[str]) -> None:
    folder = store / CACHE
    if not folder.is_dir():
        return
    for path in folder.iterdir():
        if path.name.endswith(".tmp") or path.stem not in keep:
            path.unlink(missing_ok=True)


def _write_atomic(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


# --- the manifest ------------------------------------------------------------------------------


def read_manifest(store: Path) -> dict:
    """The store's manifest, or {} when there is none (or it is not ours)."""
    try:
        manifest = json.loads((Path(store) / MANIFEST).read_bytes())
    except (OSError, ValueError):
        return {}
    return manifest if isinstance(manifest, dict) and manifest.get("format") == FORMAT else {}


def _sources_record(corpus: Path, known: dict | None) -> dict | None:
    return _side_record(corpus, SOURCES_FILE, known)


def _side_record(corpus: Path, name: str, known: dict | None) -> dict | None:
    """Size, time and hash of a file beside the articles (sources.csv, corrections.csv)."""
    path = corpus / name
    try:
        stat = path.stat()
    except OSError:
        return None
    record = {"name": name, "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}
    if known and (known["size"], known["mtime_ns"]) == (record["size"], record["mtime_ns"]):
        return {**record, "sha256": known["sha256"]}
    return {**record, "sha256": _file_sha256(path)}


def _manifest(
    corpus: Path,
    slots: list[Slot],
    sources: dict | None,
    version: dict[str, str],
    tables: dict[str, pd.DataFrame],
    today: date,
) -> dict:
    return {
        "format": FORMAT,
        "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "today": today.isoformat(),
        "corpus": str(corpus.resolve()),
        "pipeline": version,
        "files": [
            {
                "name": slot.name,
                "size": slot.size,
                "mtime_ns": slot.mtime_ns,
                "sha256": slot.sha256,
                "key": slot.key,
                "made": slot.made,
                "horizon": slot.horizon,
                "text_key": _text_key_of(slot),
            }
            for slot in slots
        ],
        "sources": sources,
        "row_counts": {name: len(frame) for name, frame in tables.items()},
    }


def _text_key_of(slot: Slot) -> str | None:
    """The slot's ``text_key``: recorded, or worked out from its result (a duplicate's flag
    changes its status to a warning, never to an error, so it keeps its key)."""
    if slot.text_key is not None or slot.prepared is None:
        return slot.text_key
    document = slot.prepared.result.document
    return text_key(document["text"], document["status"])


# --- writing the tables ------------------------------------------------------------------------


def _commit(
    store: Path,
    staging: _Staging,
    tables: dict[str, pd.DataFrame],
    manifest: dict,
    old: str | None,
    topic_state: TopicState | None = None,
) -> None:
    """Finish the new build folder with the tables not yet written (and the state of their
    claim topics), then write the manifest that names it."""
    staging.write(tables)
    staging.wait()
    if topic_state is not None:
        _write_topic_state(staging.folder, topic_state)
    staging.folder.rename(store / staging.name)
    manifest["tables"] = staging.name
    _write_atomic(store / MANIFEST, json.dumps(manifest, indent=1).encode("utf-8"))
    _point_current(store, staging.name)
    for path in store.iterdir():
        stale = path.name.startswith((BUILD_PREFIX, STAGING_PREFIX)) and path.name not in (
            staging.name,
            old,
        )
        if stale and path.is_dir():
            shutil.rmtree(path, ignore_errors=True)


class _Staging:
    """A build folder being written beside the store's current one, removed unless it is
    moved into place. Each table is written as soon as it is final, two at a time (Arrow
    encodes and writes outside the GIL), while the rest are made."""

    def __init__(self, store: Path) -> None:
        self.name = f"{BUILD_PREFIX}{datetime.now(UTC):%Y%m%dT%H%M%S}-{secrets.token_hex(4)}"
        self.folder = store / f"{STAGING_PREFIX}{self.name}"
        self._writers = concurrent.futures.ThreadPoolExecutor(1)
        self._written: dict[str, concurrent.futures.Future] = {}

    def __enter__(self) -> _Staging:
        self.folder.mkdir()
        return self

    def __exit__(self, *error: object) -> None:
        self._writers.shutdown(cancel_futures=True)
        shutil.rmtree(self.folder, ignore_errors=True)

    def write(self, tables: dict[str, pd.DataFrame]) -> None:
        """Start writing the tables not written yet."""
        for name, frame in tables.items():
            if name not in self._written:
                frame = schema.conform(frame, name)
                self._written[name] = self._writers.submit(_write_table, self.folder, name, frame)

    def wait(self) -> None:
        """Until every table started is written; a failed write raises here."""
        for future in self._written.values():
            future.result()


def _point_current(store: Path, name: str) -> None:
    link = store / f".{CURRENT}.{secrets.token_hex(4)}.tmp"
    with suppress(OSError):
        os.symlink(name, link, target_is_directory=True)
        os.replace(link, store / CURRENT)
    link.unlink(missing_ok=True)


def _write_table(folder: Path, name: str, frame: pd.DataFrame) -> None:
    write_csv(frame, folder / f"{name}.csv")
    ordered = frame.assign(**{ROW_ORDER: pd.array(range(len(frame)), dtype="int64")})
    if name in PARTITIONED:
        (folder / name).mkdir()
        if len(ordered):
            year = ordered["published"].str.slice(0, 4).fillna("").replace("", UNKNOWN_YEAR)
            ordered.assign(**{YEAR: year.astype(str)}).to_parquet(
                folder / name, partition_cols=[YEAR], index=False
            )
    elif name in SORTED_BY_DOC:
        ordered.sort_values("doc_id", kind="stable").to_parquet(
            folder / f"{name}.parquet", index=False, row_group_size=SORTED_BY_DOC[name]
        )
    else:
        ordered.to_parquet(folder / f"{name}.parquet", index=False)


# The state the claim topics were grouped from (``clusters.TopicState``), beside the tables:
# key words joined by a character no word holds.
TOPIC_STATE = "topic_state.parquet"
TOPIC_COUNTS = "topic_word_counts.parquet"
WORD_SEPARATOR = "\x1f"


def _write_topic_state(folder: Path, state: TopicState) -> None:
    words = [WORD_SEPARATOR.join(sorted(claim_words)) for claim_words in state.words]
    frame = pd.DataFrame({"claim_id": state.claim_ids, "words": words, "seed": state.seeds})
    frame.to_parquet(folder / TOPIC_STATE, index=False)
    counts = pd.DataFrame({"word": list(state.counts), "n": list(state.counts.values())})
    counts.to_parquet(folder / TOPIC_COUNTS, index=False)


def _read_stored(folder: Path) -> tuple[dict[str, pd.DataFrame], TopicState | None]:
    """Every stored table of the build ``folder`` and the state of its claim topics, the
    tables read two at a time (Arrow reads outside the GIL)."""
    with concurrent.futures.ThreadPoolExecutor(2) as readers:
        reading = {name: readers.submit(_read_parquet, folder, name) for name in schema.TABLES}
        topic_state = _read_topic_state(folder)
        tables = {name: schema.conform(read.result(), name) for name, read in reading.items()}
    return tables, topic_state


def _read_topic_state(folder: Path) -> TopicState | None:
    """The stored topic state, or None when the build has none (made by an older version,
    or with an analyst's decisions)."""
    try:
        frame = pd.read_parquet(folder / TOPIC_STATE)
        counts = pd.read_parquet(folder / TOPIC_COUNTS)
    except (OSError, ValueError):
        return None
    words = [frozenset(w.split(WORD_SEPARATOR)) if w else frozenset() for w in frame["words"]]
    return TopicState(
        claim_ids=frame["claim_id"].astype(str).tolist(),
        words=words,
        seeds=frame["seed"].astype(int).tolist(),
        counts=Counter(dict(zip(counts["word"].tolist(), counts["n"].tolist(), strict=True))),
    )


# --- reading -----------------------------------------------------------------------------------


def tables_folder(store: Path) -> Path:
    """The folder of the store's current tables, as its manifest names it."""
    path = Path(store) / MANIFEST
    try:
        stat = path.stat()
    except OSError:
        stat = None
    # A new manifest is a new file (written beside, then moved over): its inode tells it apart
    # even when it has the old one's size and time.
    name = _tables_name(str(store), stat.st_ino, stat.st_mtime_ns, stat.st_size) if stat else ""
    if not name:
        raise FileNotFoundError(f"{store} holds no prepared store (no {MANIFEST})")
    return Path(store) / name


@lru_cache(maxsize=8)
def _tables_name(store: str, inode: int, mtime_ns: int, size: int) -> str:
    """The manifest's tables folder, parsed once per version of the manifest (it is replaced
    atomically): at 10,000 articles it lists 10,000 files, and the app opens every article's
    text and sentences through it."""
    return read_manifest(Path(store)).get("tables") or ""


def _read_parquet(
    folder: Path, name: str, columns: list[str] | None = None, filters: list | None = None
) -> pd.DataFrame:
    path = folder / name if name in PARTITIONED else folder / f"{name}.parquet"
    if name in PARTITIONED and not any(path.rglob("*.parquet")):
        return schema.empty_table(name)
    wanted = [*columns, ROW_ORDER] if columns else None
    frame = pd.read_parquet(path, columns=wanted, filters=filters)
    frame = frame.sort_values(ROW_ORDER, kind="stable").reset_index(drop=True)
    return frame.drop(columns=[ROW_ORDER, YEAR], errors="ignore")


def read_store_table(store: Path, name: str) -> pd.DataFrame:
    """One whole table (``documents`` with its text), exactly as ``build_corpus`` gives it."""
    return schema.conform(_read_parquet(tables_folder(store), name), name)


def read_store(store: Path) -> dict[str, pd.DataFrame]:
    """The tables for the dashboard: no ``documents.text``, no ``sentences``, compacted."""
    folder = tables_folder(store)
    frames = {}
    for name, columns in schema.TABLES.items():
        if name == "sentences":
            continue
        wanted = [c for c in columns if not (name == "documents" and c == "text")]
        frame = schema.conform(_read_parquet(folder, name, wanted), name)
        frames[name] = frame[wanted]
    return compact(frames)


def compact(frames: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Repeated string columns as ``category`` (after ``schema.conform``, which gives
    ``string``); ``schema.conform(frame, name)`` turns them back."""
    compacted = {}
    for name, frame in frames.items():
        columns = [c for c in COMPACT_COLUMNS.get(name, ()) if c in frame.columns]
        compacted[name] = frame.astype(dict.fromkeys(columns, "category")) if columns else frame
    return compacted


def read_document_text(store: Path, doc_id: str) -> str:
    """One article's canonical text; ``KeyError`` for an unknown ``doc_id``."""
    table = pq.read_table(
        tables_folder(store) / "documents.parquet",
        columns=["text"],
        filters=[("doc_id", "==", doc_id)],
    )
    if not table.num_rows:
        raise KeyError(doc_id)
    return table.column("text")[0].as_py() or ""


def read_sentences(store: Path, doc_id: str) -> pd.DataFrame:
    """One article's rows of the sentences table, in order (empty for an unknown doc_id)."""
    frame = _read_parquet(tables_folder(store), "sentences", filters=[("doc_id", "==", doc_id)])
    return schema.conform(frame, "sentences")


def store_is_current(corpus: Path, store: Path, *, today: date | None = None) -> bool:
    """Whether ``update_store`` would change nothing (see the module doc)."""
    manifest = read_manifest(store)
    if not manifest or not (Path(store) / manifest.get("tables", "") / "documents.csv").exists():
        return False
    if manifest["pipeline"] != pipeline_version():
        return False
    today = today or date.today()
    if not all(_reusable(manifest["today"], f["horizon"], today) for f in manifest["files"]):
        return False
    corpus = Path(corpus)
    found = _article_stats(corpus) if corpus.is_dir() else []
    if [name for name, _ in found] != [f["name"] for f in manifest["files"]]:
        return False
    if not all(
        _same_file(corpus, name, stat, record)
        for (name, stat), record in zip(found, manifest["files"], strict=True)
    ):
        return False
    return _same_side_files(corpus, manifest)


def _article_stats(corpus: Path) -> list[tuple[str, os.stat_result | None]]:
    """The files ``list_article_files`` lists, each with its ``stat`` (None when it fails).

    One directory scan and one ``stat`` per file, where listing with ``Path.is_file`` and
    stating each path again made two: the app runs this check on every server start.
    """
    with os.scandir(corpus) as entries:
        files = [entry for entry in entries if _is_article_name(entry.name) and entry.is_file()]
    return [(entry.name, _stat(entry)) for entry in sorted(files, key=lambda entry: entry.name)]


def _is_article_name(name: str) -> bool:
    """``Path(name).suffix.lower() in ARTICLE_SUFFIXES`` (a suffix needs a stem before it),
    without building a ``Path`` per name: that took as long as the ``stat`` calls."""
    lower = name.lower()
    return any(lower.endswith(suffix) and len(name) > len(suffix) for suffix in ARTICLE_SUFFIXES)


def _stat(entry: os.DirEntry) -> os.stat_result | None:
    try:
        return entry.stat()
    except OSError:
        return None


def _same_side_files(corpus: Path, manifest: dict) -> bool:
    """Whether sources.csv and corrections.csv are as the manifest recorded them."""
    return all(
        (_side_record(corpus, file_name, manifest.get(key)) or {}).get("sha256")
        == (manifest.get(key) or {}).get("sha256")
        for key, file_name in (("sources", SOURCES_FILE), ("corrections", CORRECTIONS_FILE))
    )


def _same_file(corpus: Path, name: str, stat: os.stat_result | None, record: dict) -> bool:
    if stat is None:
        return record["size"] == -1
    if (stat.st_size, stat.st_mtime_ns) == (record["size"], record["mtime_ns"]):
        return True
    if stat.st_size != record["size"] or not record["sha256"]:
        return False
    return _file_sha256(corpus / name) == record["sha256"]
