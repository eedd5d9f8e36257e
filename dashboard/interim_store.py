"""A stand-in for ``data_prep.store`` (branch ``store``) with the same five functions.

``dashboard.data`` imports the real module when it exists and this one otherwise, so the
app, its tests and the benchmark run before the store lands. It rebuilds the whole store
when the corpus changed (the real one updates it article by article) and keeps what pages
never need in memory (article text, sentences) in files read one article at a time.

Layout of a store folder: ``manifest.json`` (the corpus's files, for ``store_is_current``),
one Parquet file per table, ``texts.parquet`` (doc_id, text) and ``sentences.parquet``,
both sorted by ``doc_id`` in small row groups so one article is read without the rest.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from data_prep import schema
from data_prep.assemble import build_tables
from data_prep.lexicons import load_lexicons
from data_prep.load import ARTICLE_SUFFIXES, SOURCES_FILE
from data_prep.pipeline import process_article, read_corpus

MANIFEST = "manifest.json"
ROW_TABLES = ("documents", "mentions", "actors", "events", "claims", "problems")
CATEGORY_SHARE = 0.5  # a string column with fewer distinct values than this share is a category
_TEXT_GROUP_ROWS = 256
_SENTENCE_GROUP_ROWS = 8192


@dataclass(frozen=True)
class StoreReport:
    articles: int
    processed: int
    seconds: float
    input_bytes: int


def _corpus_files(corpus: Path) -> list[list]:
    if not corpus.is_dir():
        return []
    return [
        [path.name, stat.st_size, stat.st_mtime_ns]
        for path in sorted(corpus.iterdir())
        if path.is_file() and (path.suffix.lower() in ARTICLE_SUFFIXES or path.name == SOURCES_FILE)
        for stat in (path.stat(),)
    ]


def _manifest(corpus: Path) -> dict:
    return {"version": 1, "corpus": str(Path(corpus).resolve()), "files": _corpus_files(corpus)}


def store_is_current(corpus: Path, store: Path) -> bool:
    try:
        found = json.loads((Path(store) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return found == _manifest(Path(corpus))


_WORKER_STATE: dict = {}


def _init_worker(today: date) -> None:
    _WORKER_STATE.update(lexicons=load_lexicons(), today=today)


def _process(job):
    article, metadata = job
    return process_article(article, metadata, _WORKER_STATE["lexicons"], _WORKER_STATE["today"])


def _results(jobs: list, workers: int, today: date, progress) -> list:
    done: list = []
    if workers == 1:
        _init_worker(today)
        mapped = map(_process, jobs)
        pool = None
    else:
        pool = ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(today,))
        mapped = pool.map(_process, jobs, chunksize=8)
    try:
        for result in mapped:
            done.append(result)
            if progress and (len(done) % 25 == 0 or len(done) == len(jobs)):
                progress(len(done), len(jobs))
    finally:
        if pool:
            pool.shutdown()
    return done


def update_store(
    corpus: Path,
    store: Path,
    *,
    workers: int | None = None,
    engine: str = "process",
    scheduler=None,
    progress: Callable[[int, int], None] | None = None,
    today: date | None = None,
) -> StoreReport:
    """Build the store of ``corpus`` in ``store`` (all of it: this stand-in is not incremental)."""
    started = time.perf_counter()
    corpus, store = Path(corpus), Path(store)
    manifest = _manifest(corpus)
    articles, sources = read_corpus(corpus)
    jobs = [(article, sources.by_file.get(article.source_file)) for article in articles]
    workers = workers or os.cpu_count() or 1
    results = _results(jobs, min(workers, max(1, len(jobs))), today or date.today(), progress)
    tables = build_tables(results, load_lexicons(), sources.problems)
    _write(tables, store, manifest)
    return StoreReport(
        articles=len(articles),
        processed=len(articles),
        seconds=time.perf_counter() - started,
        input_bytes=sum(size for _, size, _ in manifest["files"]),
    )


def _write(tables: dict[str, pd.DataFrame], store: Path, manifest: dict) -> None:
    """Write into a fresh folder beside ``store`` and swap it in, so readers never see half."""
    store.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{store.name}.", dir=store.parent))
    documents = tables["documents"].sort_values("doc_id", kind="stable")
    for name in ROW_TABLES:
        frame = tables[name].drop(columns=["text"]) if name == "documents" else tables[name]
        frame.to_parquet(staging / f"{name}.parquet", index=False)
    documents[["doc_id", "text"]].to_parquet(
        staging / "texts.parquet", index=False, row_group_size=_TEXT_GROUP_ROWS
    )
    tables["sentences"].sort_values(["doc_id", "sentence_index"], kind="stable").to_parquet(
        staging / "sentences.parquet", index=False, row_group_size=_SENTENCE_GROUP_ROWS
    )
    (staging / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    old = store.with_name(f".{store.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if store.exists():
        store.rename(old)
    staging.rename(store)
    shutil.rmtree(old, ignore_errors=True)


def _compact(frame: pd.DataFrame) -> pd.DataFrame:
    """Repeated strings as categories: a column of a few hundred outlets costs a few KB."""
    for column in frame.columns:
        values = frame[column]
        repeated = len(values) and values.dtype == schema.STRING
        if repeated and values.nunique() < CATEGORY_SHARE * len(values):
            frame[column] = values.astype("category")
    return frame


def read_store(store: Path) -> dict[str, pd.DataFrame]:
    """Every table but ``sentences``; ``documents`` without ``text``."""
    tables = {}
    for name in ROW_TABLES:
        frame = pd.read_parquet(Path(store) / f"{name}.parquet")
        columns = {k: v for k, v in schema.TABLES[name].items() if k != "text"}
        tables[name] = _compact(frame.reindex(columns=list(columns)).astype(columns))
    return tables


def read_document_text(store: Path, doc_id: str) -> str:
    found = pq.read_table(
        Path(store) / "texts.parquet", filters=[("doc_id", "==", doc_id)], columns=["text"]
    )
    return str(found.column("text")[0]) if found.num_rows else ""


def read_sentences(store: Path, doc_id: str) -> pd.DataFrame:
    found = pq.read_table(Path(store) / "sentences.parquet", filters=[("doc_id", "==", doc_id)])
    return schema.conform(found.to_pandas(), "sentences")
