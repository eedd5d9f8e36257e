"""Throughput and memory of the pipeline: ``python -m data_prep.benchmark [--copies N]``.

The seeds are copied N times under new names (with a distinguishing line, so the duplicate
check does not drop them) into a temporary folder, then the whole corpus is built once.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from data_prep.lexicons import load_lexicons
from data_prep.load import list_article_files
from data_prep.pipeline import build_corpus

SEEDS_DIR = Path(__file__).resolve().parents[1] / "seeds"


def make_corpus(folder: Path, copies: int, seeds: Path = SEEDS_DIR) -> int:
    articles = [(path.name, path.read_bytes()) for path in list_article_files(seeds)]
    for copy in range(copies):
        for name, data in articles:
            (folder / f"{copy:05d}_{name}").write_bytes(data + f"\nCopy {copy}.\n".encode())
    return copies * len(articles)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m data_prep.benchmark", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--copies", type=int, default=200, help="copies of the seed corpus (default 200)"
    )
    args = parser.parse_args(argv)
    load_lexicons()
    with tempfile.TemporaryDirectory() as folder:
        n_articles = make_corpus(Path(folder), args.copies)
        n_bytes = sum(path.stat().st_size for path in Path(folder).iterdir())
        started = time.perf_counter()
        tables = build_corpus(Path(folder))
        elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles           {n_articles}")
    print(f"input              {n_bytes / 1_048_576:.1f} MB")
    print(f"events, claims     {len(tables['events'])}, {len(tables['claims'])}")
    print(f"wall time          {elapsed:.1f} s")
    print(f"articles per s     {n_articles / elapsed:.0f}")
    print(f"ms per article     {1000 * elapsed / n_articles:.1f}")
    print(f"peak RSS           {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
