"""``python -m data_prep --input seeds --output data/processed [--workers N] [--engine dask]``

Builds or updates the prepared store in the output folder (see ``data_prep.store``): only
the articles that are new or changed since the last run are processed.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import date
from pathlib import Path
from typing import TextIO

from data_prep.store import ENGINES, default_workers, update_store

DEFAULT_INPUT = Path(os.environ.get("CORPUS_DIR", "seeds"))


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m data_prep", description=__doc__)
    parser.add_argument(
        "--input",
        type=Path,
        default=DEFAULT_INPUT,
        help="folder of .txt/.md articles (default: $CORPUS_DIR or seeds)",
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=Path("data/processed"),
        help="the store folder (default: data/processed); its tables are in OUTPUT/current/",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=None,
        help=f"worker processes (default: all cores, here {default_workers()}; 1: no pool)",
    )
    parser.add_argument("--engine", choices=ENGINES, default="process", help="process pool or Dask")
    parser.add_argument(
        "--scheduler", help="address of a running Dask scheduler (default: a local cluster)"
    )
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress line on stderr (default: when stderr is a terminal)",
    )
    parser.add_argument("--today", type=date.fromisoformat, default=None, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not args.input.is_dir():
        print(f"error: input folder {args.input} does not exist", file=sys.stderr)
        return 2
    if args.workers is not None and args.workers < 1:
        print("error: --workers must be at least 1", file=sys.stderr)
        return 2
    show = sys.stderr.isatty() if args.progress is None else args.progress
    report = update_store(
        args.input,
        args.output,
        workers=args.workers,
        engine=args.engine,
        scheduler=args.scheduler,
        progress=progress_line(sys.stderr) if show else None,
        today=args.today,
    )
    for line in report.problem_lines():
        print(line, file=sys.stderr)
    counts = ", ".join(f"{name} {count}" for name, count in report.row_counts.items())
    verb = "wrote" if report.written else "up to date:"
    print(
        f"{verb} {args.output}: {report.processed} article(s) processed, {report.reused} "
        f"reused, {report.removed} removed in {report.seconds:.1f} s; {counts}"
    )
    return 0


def progress_line(stream: TextIO, every: float = 0.2):
    """A ``progress(done, total)`` that redraws one line on ``stream``, at most every
    ``every`` seconds, and ends it when done."""
    started = time.perf_counter()
    shown = {"at": 0.0}

    def progress(done: int, total: int) -> None:
        now = time.perf_counter()
        if done < total and now - shown["at"] < every:
            return
        shown["at"] = now
        rate = done / (now - started) if now > started else 0.0
        left = f", {(total - done) / rate:.0f} s left" if rate and done < total else ""
        percent = 100 * done // total if total else 100
        stream.write(f"\rpreparing articles {done}/{total} ({percent}%, {rate:.0f}/s{left})  ")
        if done >= total:
            stream.write("\n")
        stream.flush()

    return progress
