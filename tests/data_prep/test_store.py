"""The prepared store: layout and manifest, incremental runs equal to clean builds, the
process-pool and Dask paths equal to one process, bad input, atomic commits, the readers."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from datetime import date, datetime
from pathlib import Path

import pandas as pd
import pytest

from data_prep import schema, store
from data_prep.assemble import text_key
from data_prep.pipeline import build_corpus
from data_prep.review import decision_row, write_corrections
from data_prep.store import (
    compact,
    pipeline_version,
    read_document_text,
    read_sentences,
    read_store,
    read_store_table,
    store_is_current,
    update_store,
)

EXTRA = {
    # No date anywhere: publication year "unknown".
    "undated.txt": (
        "Russia and Iran signed a trade agreement.\n\n"
        "Kremlin spokesman Dmitry Peskov said the deal was productive.\n"
    ),
    # A copy of the first seed under another name: flagged as a duplicate.
    "zz_copy.txt": None,
    "empty.txt": b"",
}


def all_tables(folder: Path) -> dict[str, pd.DataFrame]:
    return {name: read_store_table(folder, name) for name in schema.TABLE_NAMES}


def assert_same_tables(left: dict[str, pd.DataFrame], right: dict[str, pd.DataFrame]) -> None:
    assert sorted(left) == sorted(right)
    for name in schema.TABLE_NAMES:
        pd.testing.assert_frame_equal(left[name], right[name], obj=name)


def clean_build(corpus: Path, tmp_path: Path, today: date) -> dict[str, pd.DataFrame]:
    """Tables of a fresh store for ``corpus``, checked against ``build_corpus`` too."""
    fresh = tmp_path / f"clean-{len(list(tmp_path.iterdir()))}"
    report = update_store(corpus, fresh, workers=1, today=today)
    assert report.reused == 0
    tables = all_tables(fresh)
    assert_same_tables(tables, build_corpus(corpus, today=today))
    return tables


@pytest.fixture
def corpus(tmp_path, seeds_dir) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(seeds_dir, folder)
    first = sorted(folder.glob("*.txt"))[0]
    for name, content in EXTRA.items():
        data = first.read_bytes() if content is None else content
        (folder / name).write_bytes(data.encode() if isinstance(data, str) else data)
    return folder


@pytest.fixture
def built(corpus, tmp_path, today) -> Path:
    folder = tmp_path / "store"
    report = update_store(corpus, folder, workers=1, today=today)
    assert (report.processed, report.reused, report.written) == (8, 0, True)
    return folder


# --- the store as built -------------------------------------------------------------------


def test_store_tables_equal_build_corpus(built, corpus, today):
    assert_same_tables(all_tables(built), build_corpus(corpus, today=today))


def test_layout_partitions_events_and_claims_by_year(built):
    folder = store.tables_folder(built)
    for name in store.PARTITIONED:
        years = sorted(p.name for p in (folder / name).iterdir())
        assert "year=unknown" in years and "year=2024" in years, (name, years)
        written = read_store_table(built, name)
        expected = {f"year={p[:4] or 'unknown'}" for p in written["published"].fillna("")}
        assert set(years) == expected
    for name in ("documents", "sentences", "mentions", "actors", "problems"):
        assert (folder / f"{name}.parquet").is_file()
    for name in schema.TABLE_NAMES:  # the CSVs people read
        csv = pd.read_csv(folder / f"{name}.csv", dtype=str, keep_default_na=False)
        assert list(csv.columns) == list(schema.TABLES[name])
        assert len(csv) == len(read_store_table(built, name))
    assert (built / "current").resolve() == folder.resolve()


def test_manifest_names_every_input_and_the_version(built, corpus, today):
    manifest = json.loads((built / "manifest.json").read_text())
    files = {f["name"]: f["sha256"] for f in manifest["files"]}
    articles = sorted(p for p in corpus.iterdir() if p.suffix == ".txt")
    assert files == {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in articles}
    sources = corpus / "sources.csv"
    assert manifest["sources"]["sha256"] == hashlib.sha256(sources.read_bytes()).hexdigest()
    assert manifest["pipeline"] == pipeline_version()
    assert manifest["today"] == today.isoformat()
    assert manifest["row_counts"] == {n: len(read_store_table(built, n)) for n in schema.TABLES}
    assert datetime.fromisoformat(manifest["built_at"]).tzinfo is not None
    assert manifest["articles"] == {
        "total": 8, "processed": 8, "reused": 0, "removed": 0, "spliced": False,
    }  # fmt: skip
    # Each article's text key, so that an update checks duplicates without hashing them all.
    documents = read_store_table(built, "documents").set_index("source_file")
    assert {f["name"]: f["text_key"] for f in manifest["files"]} == {
        name: text_key(row["text"] or "", row["status"]) for name, row in documents.iterrows()
    }


def test_pipeline_version_follows_lexicons_and_code(tmp_path):
    lexicons, code = tmp_path / "lex", tmp_path / "code"
    shutil.copytree(store.LEXICON_DIR, lexicons)
    shutil.copytree(store.PACKAGE_DIR, code, ignore=shutil.ignore_patterns("lexicons"))
    before = pipeline_version(lexicons, code)
    assert before == pipeline_version()
    with (lexicons / "hedges.csv").open("a") as handle:
        handle.write("reportedly maybe,\n")
    after_lexicon = pipeline_version(lexicons, code)
    assert after_lexicon["lexicons"] != before["lexicons"]
    assert after_lexicon["version"] != before["version"]
    (code / "frames.py").write_text((code / "frames.py").read_text() + "\n# changed\n")
    after_code = pipeline_version(lexicons, code)
    assert after_code["code"] != before["code"] and after_code["version"] != before["version"]
    (code / "benchmark.py").write_text("# a tool, not the pipeline\n")
    assert pipeline_version(lexicons, code) == after_code


# --- incremental runs ---------------------------------------------------------------------


def test_unchanged_corpus_is_current_and_not_rewritten(built, corpus, today):
    manifest = (built / "manifest.json").read_bytes()
    assert store_is_current(corpus, built, today=today)
    report = update_store(corpus, built, workers=1, today=today)
    assert (report.processed, report.reused, report.written) == (0, 8, False)
    assert (built / "manifest.json").read_bytes() == manifest
    assert [p[0] for p in report.problems] == ["empty.txt", "zz_copy.txt"]


def test_touched_file_is_still_current_but_edits_are_not(built, corpus, today):
    path = sorted(corpus.glob("0*.txt"))[1]
    os.utime(path, ns=(1, 1))  # same content, another modification time
    assert store_is_current(corpus, built, today=today)
    path.write_bytes(path.read_bytes() + b"\nAn added line.\n")
    assert not store_is_current(corpus, built, today=today)


def test_the_check_counts_as_articles_exactly_what_the_build_reads(built, corpus, today):
    (corpus / "folder.txt").mkdir()
    (corpus / "notes.pdf").write_text("not an article")
    (corpus / ".txt").write_text("a hidden file with no suffix")
    (corpus / "broken.txt").symlink_to(corpus / "missing.txt")
    assert store_is_current(corpus, built, today=today)
    (corpus / "Upper.MD").write_text("Putin met Pezeshkian in Moscow.\n")
    (corpus / "..txt").write_text("Pezeshkian met Putin in Tehran.\n")  # stem ".", suffix ".txt"
    (corpus / "link.txt").symlink_to(corpus / "undated.txt")
    assert not store_is_current(corpus, built, today=today)
    report = update_store(corpus, built, workers=1, today=today)
    assert (report.processed, report.reused) == (3, 8)
    assert store_is_current(corpus, built, today=today)


@pytest.mark.parametrize(
    "change",
    ["add", "edit", "delete", "add_duplicate", "delete_original", "edit_sources"],
)
def test_incremental_run_equals_clean_build(built, corpus, tmp_path, today, change):
    seeds = sorted(corpus.glob("0*.txt"))
    expected_processed = {"delete": 0, "delete_original": 0, "edit_sources": 1}.get(change, 1)
    if change == "add":
        (corpus / "new.txt").write_text(
            " date 2025-01-17 Putin met Pezeshkian in Moscow on Friday.\n", encoding="utf-8"
        )
    elif change == "edit":
        seeds[2].write_text(seeds[2].read_text() + "\nIran denied sending drones to Russia.\n")
    elif change == "delete":
        seeds[3].unlink()
    elif change == "add_duplicate":
        shutil.copy(seeds[1], corpus / "aa_copy.txt")  # sorts first: the original changes
    elif change == "delete_original":
        seeds[0].unlink()  # zz_copy.txt is no longer a duplicate
    else:
        sources = corpus / "sources.csv"
        sources.write_text(sources.read_text().replace("Reuters", "Reuters (edited)"))
    assert not store_is_current(corpus, built, today=today)
    report = update_store(corpus, built, workers=1, today=today)
    assert report.processed == expected_processed
    assert report.reused == len(list(corpus.glob("*.txt"))) - expected_processed
    # Only a change that moves no duplicate and leaves sources.csv alone splices the tables.
    assert report.spliced == (change in ("add", "edit", "delete"))
    assert_same_tables(all_tables(built), clean_build(corpus, tmp_path, today))
    assert store_is_current(corpus, built, today=today)
    keys = {f["key"] for f in json.loads((built / "manifest.json").read_text())["files"]}
    assert {p.stem for p in (built / "cache").iterdir()} == keys - {""}


@pytest.mark.parametrize("change", ["add", "edit", "delete"])
def test_an_update_replays_the_claim_topics_from_the_stored_state(
    built, corpus, tmp_path, today, monkeypatch, change
):
    """Every build keeps the state its claim topics were grouped from, and a spliced update
    groups them from it, not afresh (which would be as slow as a clean build)."""
    assert (store.tables_folder(built) / store.TOPIC_STATE).is_file()
    seeds = sorted(corpus.glob("0*.txt"))
    if change == "add":
        (corpus / "0000_new.txt").write_text(  # first in corpus order
            "Iran denied sending drones to Russia, the foreign ministry said.\n", encoding="utf-8"
        )
    elif change == "edit":
        seeds[1].write_text(seeds[1].read_text() + "\nIran denied sending drones to Russia.\n")
    else:
        seeds[1].unlink()  # (the first seed has a duplicate: no splicing)

    def afresh(*args, **kwargs):
        raise AssertionError("the claim topics were grouped afresh")

    monkeypatch.setattr("data_prep.clusters.with_claim_topics_and_state", afresh)
    assert update_store(corpus, built, workers=1, today=today).spliced
    assert (store.tables_folder(built) / store.TOPIC_STATE).is_file()
    monkeypatch.undo()
    assert_same_tables(all_tables(built), clean_build(corpus, tmp_path, today))


def test_a_new_pipeline_version_reprocesses_everything(built, corpus, today, monkeypatch):
    changed = {**pipeline_version(), "version": "another-version"}
    monkeypatch.setattr(store, "pipeline_version", lambda *args: changed)
    assert not store_is_current(corpus, built, today=today)
    report = update_store(corpus, built, workers=1, today=today)
    assert (report.processed, report.reused) == (8, 0)
    assert store_is_current(corpus, built, today=today)


def test_another_today_reprocesses_only_articles_it_can_change(tmp_path, today):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "past.txt").write_text(" date 2024-10-11 Putin met Pezeshkian.\n")
    (corpus / "ahead.txt").write_text(" date 2026-07-01 Putin met Pezeshkian.\n")
    (corpus / "text.txt").write_text("On 15 June 2026 Putin met Pezeshkian in Moscow.\n")
    folder = tmp_path / "store"
    update_store(corpus, folder, workers=1, today=today)
    assert "in the future" in read_store_table(folder, "problems")["message"].str.cat()
    later = date(2026, 8, 1)
    assert store_is_current(corpus, folder, today=date(2026, 6, 2)) is False
    assert not store_is_current(corpus, folder, today=later)
    report = update_store(corpus, folder, workers=1, today=later)
    assert (report.processed, report.reused) == (2, 1)  # "past.txt" holds on any later day
    assert_same_tables(all_tables(folder), clean_build(corpus, tmp_path, later))
    assert store_is_current(corpus, folder, today=date(2026, 9, 1))


# --- parallel paths -----------------------------------------------------------------------


def test_process_pool_equals_one_process(built, corpus, tmp_path, today):
    calls: list[tuple[int, int]] = []
    folder = tmp_path / "pool"
    report = update_store(
        corpus, folder, workers=2, today=today, progress=lambda d, t: calls.append((d, t))
    )
    assert (report.processed, report.reused) == (8, 0)
    assert_same_tables(all_tables(folder), all_tables(built))
    assert calls[0] == (0, 8) and calls[-1] == (8, 8)
    assert [done for done, _ in calls] == list(range(9))


def test_dask_on_a_local_cluster_equals_one_process(built, corpus, tmp_path, today):
    import distributed  # a dev requirement; the app itself does not need it

    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        folder = tmp_path / "dask"
        report = update_store(
            corpus, folder, engine="dask", scheduler=cluster.scheduler_address, today=today
        )
    assert (report.processed, report.reused) == (8, 0)
    assert_same_tables(all_tables(folder), all_tables(built))


def test_unknown_engine_is_refused(corpus, tmp_path):
    with pytest.raises(ValueError, match="engine"):
        update_store(corpus, tmp_path / "s", engine="threads")


# --- bad input ----------------------------------------------------------------------------


def test_unreadable_and_failing_articles_are_reported_and_the_rest_carries_on(
    corpus, tmp_path, today, monkeypatch
):
    real_read, real_process = Path.read_bytes, store.process_article
    broken = sorted(corpus.glob("0*.txt"))[1].name

    def read_bytes(path):
        if path.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real_read(path)

    def process_article(raw, *args):
        if raw.source_file == broken and not raw.fatal:
            raise RuntimeError("a rule tripped")
        return real_process(raw, *args)

    (corpus / "locked.txt").write_text("Putin met Pezeshkian.\n")
    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    monkeypatch.setattr(store, "process_article", process_article)
    report = update_store(corpus, tmp_path / "s", workers=1, today=today)
    problems = {name: message for name, _, message in report.problems}
    assert "cannot read file: Permission denied" in problems["locked.txt"]
    assert "extraction failed (RuntimeError: a rule tripped)" in problems[broken]
    documents = read_store_table(tmp_path / "s", "documents").set_index("source_file")
    assert documents.loc[["locked.txt", broken], "status"].tolist() == ["error", "error"]
    assert (documents["status"] == "ok").sum() == 5
    events = read_store_table(tmp_path / "s", "events")
    assert broken not in set(events["source_file"]) and len(events) > 100
    monkeypatch.undo()  # the failures were not cached: a rerun processes both again
    report = update_store(corpus, tmp_path / "s", workers=1, today=today)
    assert report.processed == 2
    assert_same_tables(all_tables(tmp_path / "s"), clean_build(corpus, tmp_path, today))


# --- atomic commits -----------------------------------------------------------------------


def test_a_crash_while_writing_leaves_the_previous_store(built, corpus, today, monkeypatch):
    before = all_tables(built)
    manifest = (built / "manifest.json").read_bytes()
    entries = set((built / "cache").iterdir())
    real = store._write_table
    calls = {"n": 0}

    def crashing(folder, name, frame):
        calls["n"] += 1
        if calls["n"] == 4:
            raise OSError("disk full")
        real(folder, name, frame)

    (corpus / "new.txt").write_text(" date 2025-01-17 Putin met Pezeshkian in Moscow.\n")
    monkeypatch.setattr(store, "_write_table", crashing)
    with pytest.raises(OSError, match="disk full"):
        update_store(corpus, built, workers=1, today=today)
    assert (built / "manifest.json").read_bytes() == manifest
    assert_same_tables(all_tables(built), before)
    assert not [p for p in built.iterdir() if p.name.startswith(".")]
    assert len(set((built / "cache").iterdir()) - entries) == 1  # the new article's result
    monkeypatch.undo()
    report = update_store(corpus, built, workers=1, today=today)
    assert (report.processed, report.reused) == (0, 9)  # it was kept for the next run
    assert len([p for p in built.iterdir() if p.name.startswith("build-")]) == 2


# --- readers ------------------------------------------------------------------------------


def test_read_store_drops_text_and_sentences_and_compacts(built, corpus, today):
    expected = build_corpus(corpus, today=today)
    frames = read_store(built)
    assert sorted(frames) == sorted(set(schema.TABLE_NAMES) - {"sentences"})
    assert "text" not in frames["documents"].columns
    for name, frame in frames.items():
        for column in store.COMPACT_COLUMNS[name]:
            assert isinstance(frame[column].dtype, pd.CategoricalDtype), (name, column)
        wanted = expected[name].drop(columns="text") if name == "documents" else expected[name]
        restored = schema.conform(frame, name)[list(wanted.columns)]
        pd.testing.assert_frame_equal(restored, wanted, obj=name)


def test_compact_round_trips_through_conform(seed_tables):
    compacted = compact(seed_tables)
    assert isinstance(compacted["events"]["polarity"].dtype, pd.CategoricalDtype)
    assert compacted["sentences"] is seed_tables["sentences"]  # nothing to compact there
    for name, frame in compacted.items():
        pd.testing.assert_frame_equal(schema.conform(frame, name), seed_tables[name], obj=name)


def test_read_document_text_and_sentences(built, corpus, today):
    expected = build_corpus(corpus, today=today)
    documents, sentences = expected["documents"], expected["sentences"]
    for doc_id, text in zip(documents["doc_id"], documents["text"], strict=True):
        assert read_document_text(built, doc_id) == ("" if pd.isna(text) else text)
        rows = sentences[sentences["doc_id"] == doc_id].reset_index(drop=True)
        pd.testing.assert_frame_equal(read_sentences(built, doc_id), rows)
    with pytest.raises(KeyError):
        read_document_text(built, "doc_unknown")
    assert read_sentences(built, "doc_unknown").empty


def test_reading_a_folder_that_is_no_store(tmp_path):
    with pytest.raises(FileNotFoundError, match="no prepared store"):
        read_store(tmp_path)
    assert not store_is_current(tmp_path, tmp_path)


def test_the_store_applies_corrections_and_a_changed_file_makes_it_stale(built, corpus, today):
    events = read_store_table(built, "events")
    rejected = events.iloc[0]
    row = decision_row(rejected.to_dict(), "reject", {}, "analyst", "", "2026-11-30", "event")
    write_corrections(corpus / "corrections.csv", [row])
    assert not store_is_current(corpus, built, today=today)
    report = update_store(corpus, built, workers=1, today=today)
    assert report.processed == 0
    reviewed = read_store_table(built, "events").set_index("event_id")["review"]
    assert reviewed[rejected["event_id"]] == "rejected"
    assert (reviewed == "rejected").sum() == 1
    assert store_is_current(corpus, built, today=today)


def test_the_tables_folder_follows_each_new_manifest(write_corpus, good_article, tmp_path):
    corpus = write_corpus({"a.txt": good_article})
    target = tmp_path / "store"
    folders = []
    for name in ("b.txt", "c.txt"):
        store.update_store(corpus, target, workers=1)
        folders.append(store.tables_folder(target))
        assert folders[-1] == target / store.read_manifest(target)["tables"]
        (corpus / name).write_text(good_article.replace("Friday", "Monday"), encoding="utf-8")
    assert folders[0] != folders[1], "a rebuilt store is read from its new folder"
    assert store.read_store_table(target, "documents")["source_file"].tolist() == ["a.txt", "b.txt"]


def test_a_cached_result_reads_back_exactly_as_it_was_made(tmp_path, seeds_dir):
    seed = sorted(seeds_dir.glob("*.txt"))[0]
    made = store.prepare_article(seed.name, seed.read_bytes(), None, date(2026, 12, 2))
    # Rows of one list that do not share their columns are kept as rows.
    made.result.claims.append({"claim_id": "cl_extra"})
    store._save_entry(tmp_path, "key", made)
    read = store._load_entry(tmp_path, "key", date(2026, 12, 2))
    assert read is not None and read.result == made.result
    assert read.result.events and list(read.result.events[0]) == list(made.result.events[0])
