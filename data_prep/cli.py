"""``python -m data_prep --input seeds --output data/processed``"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from data_prep.pipeline import build_corpus
from data_prep.tables import write_tables

DEFAULT_INPUT = Path(os.environ.get("CORPUS_DIR", "seeds"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m data_prep", description=__doc__)
    parser.add_argument(
        "--input",
        type=Path,
        default=DEFAULT_INPUT,
        help="folder of .txt/.md articles (default: $CORPUS_DIR or seeds)",
    )
    parser.add_argument(
        "--output", type=Path, default=Path("data/processed"), help="folder for the tables"
    )
    args = parser.parse_args(argv)
    if not args.input.is_dir():
        print(f"error: input folder {args.input} does not exist", file=sys.stderr)
        return 2
    tables = build_corpus(args.input)
    for row in tables["problems"].itertuples():
        print(f"{row.severity}: {row.source_file}: {row.message}", file=sys.stderr)
    write_tables(tables, args.output)
    counts = ", ".join(f"{name} {len(frame)}" for name, frame in tables.items())
    print(f"wrote {args.output}: {counts}")
    return 0
