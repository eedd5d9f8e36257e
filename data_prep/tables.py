"""Writing and reading the tables: Parquet for the app, CSV for people, both atomic."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pandas as pd

from data_prep import schema


def write_tables(tables: dict[str, pd.DataFrame], output: Path) -> list[Path]:
    """Write every table as ``.parquet`` and ``.csv``.

    Each file is written to a temporary name in the same folder and renamed into place, so a
    crash mid-run leaves the previous version of every table intact.
    """
    output.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in tables.items():
        frame = schema.conform(frame, name)
        for suffix, writer in ((".parquet", _write_parquet), (".csv", _write_csv)):
            target = output / f"{name}{suffix}"
            _atomic_write(target, lambda path, frame=frame, writer=writer: writer(frame, path))
            written.append(target)
    return written


def _write_parquet(frame: pd.DataFrame, path: Path) -> None:
    frame.to_parquet(path, index=False)


def _write_csv(frame: pd.DataFrame, path: Path) -> None:
    frame.to_csv(path, index=False, encoding="utf-8")


def _atomic_write(target: Path, write) -> None:
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(handle)
    try:
        write(Path(temporary))
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def read_table(folder: Path, name: str, fmt: str = "parquet") -> pd.DataFrame:
    path = folder / f"{name}.{fmt}"
    if fmt == "parquet":
        frame = pd.read_parquet(path)
    else:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
        frame = frame.replace("", pd.NA)
    return schema.conform(frame, name)
