"""Writing and reading tables, the CLI round trip (into a prepared store) and atomic writes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from data_prep import schema, tables
from data_prep.pipeline import build_corpus
from data_prep.store import read_store_table, tables_folder

ROOT = Path(__file__).resolve().parents[2]
VENV_PYTHON = ROOT / ".venv" / "bin" / "python"
PYTHON = str(VENV_PYTHON) if VENV_PYTHON.exists() else sys.executable


def as_strings(frame: pd.DataFrame) -> list[list[str]]:
    """Every cell as a plain string, missing values as ""."""
    return [
        ["" if pd.isna(value) else str(value) for value in row]
        for row in frame.astype(object).itertuples(index=False)
    ]


def assert_same_cells(left: list[list[str]], right: list[list[str]], columns, name: str) -> None:
    assert len(left) == len(right), name
    for index, (row_left, row_right) in enumerate(zip(left, right, strict=True)):
        for column, a, b in zip(columns, row_left, row_right, strict=True):
            assert a == b, f"{name} row {index} column {column}: {a!r} != {b!r}"


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [PYTHON, "-m", "data_prep", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def cli_store(tmp_path_factory, seeds_dir) -> Path:
    base = tmp_path_factory.mktemp("cli")
    corpus = base / "seeds"
    shutil.copytree(seeds_dir, corpus)
    output = base / "out"
    result = run_cli("--input", str(corpus), "--output", str(output))
    assert result.returncode == 0, result.stderr
    assert "wrote" in result.stdout and "5 article(s) processed" in result.stdout
    return output


@pytest.fixture(scope="module")
def cli_output(cli_store) -> Path:
    """The folder of the store's tables."""
    return tables_folder(cli_store)


def test_cli_writes_every_table_in_both_formats(cli_store, cli_output):
    for name in schema.TABLE_NAMES:
        parquet = (
            cli_output / name if name in ("events", "claims") else cli_output / f"{name}.parquet"
        )
        assert sum(p.stat().st_size for p in [parquet, *parquet.rglob("*.parquet")]) > 0, name
        assert (cli_output / f"{name}.csv").stat().st_size > 0, name
    assert (cli_store / "manifest.json").is_file()
    for folder in (cli_store, cli_output):
        assert not [
            p.name for p in folder.iterdir() if p.name.startswith(".") or p.suffix == ".tmp"
        ]


def test_cli_output_matches_in_process_build(cli_store, seeds_dir):
    built = build_corpus(seeds_dir)  # the CLI uses today's date too
    for name in schema.TABLE_NAMES:
        written = read_store_table(cli_store, name)
        pd.testing.assert_frame_equal(written, built[name], obj=name)


@pytest.mark.parametrize("name", schema.TABLE_NAMES)
def test_parquet_and_csv_agree_as_strings(cli_store, cli_output, name):
    parquet = read_store_table(cli_store, name)
    csv = pd.read_csv(cli_output / f"{name}.csv", dtype=str, keep_default_na=False)
    assert list(csv.columns) == list(parquet.columns)
    assert len(csv) == len(parquet)
    assert_same_cells(as_strings(parquet), as_strings(csv), parquet.columns, name)


@pytest.mark.parametrize(
    "name",
    [name for name in schema.TABLE_NAMES],
)
def test_read_table_csv_equals_parquet(cli_store, cli_output, name):
    parquet = read_store_table(cli_store, name)
    csv = tables.read_table(cli_output, name, "csv")
    assert list(csv.columns) == list(parquet.columns)
    assert_same_cells(as_strings(parquet), as_strings(csv), parquet.columns, name)


def test_cli_reports_problems_on_stderr(tmp_path, good_article):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text(good_article, encoding="utf-8")
    (corpus / "empty.txt").write_bytes(b"")
    result = run_cli("--input", str(corpus), "--output", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert "empty.txt" in result.stderr and "empty file" in result.stderr
    documents = read_store_table(tmp_path / "out", "documents")
    assert sorted(documents["source_file"]) == ["a.txt", "empty.txt"]


def test_cli_second_run_reuses_and_dask_engine_agrees(tmp_path, seeds_dir, today):
    corpus = tmp_path / "in"
    shutil.copytree(seeds_dir, corpus)
    output = tmp_path / "out"
    common = ("--input", str(corpus), "--output", str(output), "--today", today.isoformat())
    first = run_cli(*common, "--workers", "2", "--progress")
    assert first.returncode == 0, first.stderr
    assert "preparing articles 5/5 (100%" in first.stderr
    again = run_cli(*common, "--no-progress")
    assert again.returncode == 0, again.stderr
    assert "up to date" in again.stdout and "0 article(s) processed, 5 reused" in again.stdout
    assert "preparing" not in again.stderr
    # The Dask path from a real, guarded module: a LocalCluster of two worker processes.
    dask_output = tmp_path / "dask"
    result = run_cli(*common[:3], str(dask_output), *common[4:], "--engine", "dask",
                     "--workers", "2")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "5 article(s) processed" in result.stdout
    for name in schema.TABLE_NAMES:
        pd.testing.assert_frame_equal(
            read_store_table(dask_output, name), read_store_table(output, name), obj=name
        )


def test_cli_missing_input_folder(tmp_path):
    result = run_cli("--input", str(tmp_path / "nope"), "--output", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "does not exist" in result.stderr
    assert not (tmp_path / "out").exists()


# --- write_tables -----------------------------------------------------------------------------


@pytest.fixture
def two_corpora(write_corpus, good_article, today):
    first = build_corpus(write_corpus({"a.txt": good_article}, "first"), today=today)
    other = good_article.replace("Ashgabat", "Tehran").replace("trade and energy", "drones")
    second = build_corpus(
        write_corpus({"a.txt": good_article, "b.txt": other}, "second"), today=today
    )
    assert len(second["documents"]) != len(first["documents"])
    return first, second


def snapshot(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def test_write_then_read_round_trip(tmp_path, two_corpora):
    first, _ = two_corpora
    written = tables.write_tables(first, tmp_path / "out")
    assert sorted(p.name for p in written) == sorted(
        f"{name}.{fmt}" for name in first for fmt in ("parquet", "csv")
    )
    for name, frame in first.items():
        pd.testing.assert_frame_equal(tables.read_table(tmp_path / "out", name), frame, obj=name)


def test_rewrite_replaces_tables(tmp_path, two_corpora):
    first, second = two_corpora
    tables.write_tables(first, tmp_path / "out")
    tables.write_tables(second, tmp_path / "out")
    assert len(tables.read_table(tmp_path / "out", "documents")) == len(second["documents"])
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.endswith(".tmp")]


def failing_parquet_writer(fail_on: int):
    calls = {"n": 0}
    real = tables._write_parquet

    def writer(frame, path):
        calls["n"] += 1
        if calls["n"] == fail_on:
            path.write_bytes(b"PAR1 half-written")  # a crash in the middle of writing
            raise OSError("disk full")
        real(frame, path)

    return writer


def test_crash_mid_run_keeps_files_whole_and_leaves_no_temp_files(
    tmp_path, two_corpora, monkeypatch
):
    first, second = two_corpora
    output = tmp_path / "out"
    tables.write_tables(first, output)
    before = snapshot(output)
    fail_on = 3
    monkeypatch.setattr(tables, "_write_parquet", failing_parquet_writer(fail_on))
    with pytest.raises(OSError, match="disk full"):
        tables.write_tables(second, output)
    after = snapshot(output)
    assert sorted(after) == sorted(before), "no temporary or extra files may remain"
    failed_table = list(second)[fail_on - 1]
    for fmt in ("parquet", "csv"):
        assert after[f"{failed_table}.{fmt}"] == before[f"{failed_table}.{fmt}"]
    for name in list(second)[fail_on:]:
        for fmt in ("parquet", "csv"):
            assert after[f"{name}.{fmt}"] == before[f"{name}.{fmt}"], name
    monkeypatch.undo()
    for name in second:
        for fmt in ("parquet", "csv"):  # every file still reads as a whole table
            frame = (
                pd.read_parquet(output / f"{name}.parquet")
                if fmt == "parquet"
                else pd.read_csv(output / f"{name}.csv", dtype=str, keep_default_na=False)
            )
            assert list(frame.columns) == list(schema.TABLES[name])


def test_crash_mid_run_leaves_the_previous_version_of_every_table(
    tmp_path, two_corpora, monkeypatch
):
    first, second = two_corpora
    output = tmp_path / "out"
    tables.write_tables(first, output)
    before = snapshot(output)
    monkeypatch.setattr(tables, "_write_parquet", failing_parquet_writer(3))
    with pytest.raises(OSError):
        tables.write_tables(second, output)
    assert snapshot(output) == before


def test_crash_on_first_write_into_a_new_folder(tmp_path, two_corpora, monkeypatch):
    _, second = two_corpora
    output = tmp_path / "fresh"
    monkeypatch.setattr(tables, "_write_parquet", failing_parquet_writer(1))
    with pytest.raises(OSError):
        tables.write_tables(second, output)
    assert list(output.iterdir()) == []


def test_the_csv_writer_writes_values_as_pandas_reads_them_back(tmp_path):
    frame = pd.DataFrame(
        {
            "quote": pd.array(['He said "no", twice.', "line one\nline two", "", None], "string"),
            "goldstein": pd.array([-4.0, 1.9, None, 10.0], "Float64"),
            "russia_iran": pd.array([True, False, None, True], "boolean"),
            "sentence_index": pd.array([1, None, 3, 4], "Int64"),
        }
    )
    path = tmp_path / "events.csv"
    tables.write_csv(frame, path)
    read = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert read.to_dict("list") == {
        "quote": ['He said "no", twice.', "line one\nline two", "", ""],
        "goldstein": ["-4.0", "1.9", "", "10.0"],
        "russia_iran": ["True", "False", "", "True"],
        "sentence_index": ["1", "", "3", "4"],
    }
