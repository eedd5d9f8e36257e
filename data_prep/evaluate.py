"""Score the pipeline against hand-made gold: ``python -m data_prep.evaluate``.

Matching is by sentence: a predicted row matches a gold row when their character spans
overlap. Within matched sentences, each gold event is compared with the predicted event of
the same dyad that agrees best, on type and then on date ("called in March and April" gives
two calls), or with the sentence's first event when no dyad matches; gold claims are paired
one-to-one with predicted claims of the same sentence, best agreement first. Dates are
compared at their precision: a date of week precision names its week.

``--corrections [FOLDER]`` scores the extractor against the analyst's decisions in the
folder's ``corrections.csv`` instead, row by row: a confirmed row is right, a corrected row is
right on the fields the analyst left alone, a rejected row is a false positive and an added
row a miss.
Event clusters (``clusters.csv``, one row per gold event with the happening it reports) are
scored over the gold events matched to a predicted event, the same way: the predicted event of
the same sentence and dyad that agrees best, whose ``cluster_id`` is the prediction. Purity,
inverse purity (recall) and pairwise precision, recall and F1 compare the two partitions.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd

from data_prep import schema
from data_prep.clusters import cluster_events
from data_prep.model import RUSSIA_IRAN
from data_prep.pipeline import build_corpus
from data_prep.review import ReviewedItem, ReviewReport, review_corpus

GOLD_DIR = Path(__file__).resolve().parents[1] / "tests" / "gold"
SEEDS_DIR = Path(__file__).resolve().parents[1] / "seeds"


@dataclass(frozen=True)
class Span:
    source_file: str
    start: int
    end: int

    def overlaps(self, other: Span) -> bool:
        return (
            self.source_file == other.source_file
            and self.start < other.end
            and other.start < self.end
        )


def read_gold(name: str, gold_dir: Path, texts: dict[str, str]) -> list[dict]:
    with (gold_dir / name).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        text = texts[row["source_file"]]
        start = text.find(row["quote"])
        if start < 0:
            raise ValueError(
                f"{name}: quote not found in {row['source_file']}: {row['quote'][:60]!r}"
            )
        row["span"] = Span(row["source_file"], start, start + len(row["quote"]))
    return rows


def _side(name: str, country: str) -> str:
    """A party's country, else its name, compared without case, hyphens or spaces: the
    golds spell a body as the article does ("Gulf Co-operation Council")."""
    return country or "".join(ch for ch in name.lower() if ch.isalnum())


def _dyad(row: dict) -> frozenset[str]:
    return frozenset(
        {_side(row["actor1"], row["actor1_country"]), _side(row["actor2"], row["actor2_country"])}
    )


def _ratio(hits: int, total: int) -> float:
    return hits / total if total else 1.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _normalise_outlet(value: str) -> str:
    return value.lower().removeprefix("the ").split(" news agency")[0].strip()


def evaluate(tables: dict[str, pd.DataFrame], gold_dir: Path = GOLD_DIR) -> dict[str, float]:
    documents = tables["documents"]
    texts = dict(zip(documents["source_file"], documents["text"].fillna(""), strict=True))
    metrics: dict[str, float] = {}
    events_gold = read_gold("events.csv", gold_dir, texts)
    metrics.update(_event_metrics(tables["events"], events_gold))
    metrics.update(_russia_iran_tension(tables["events"], events_gold))
    metrics.update(_claim_metrics(tables["claims"], read_gold("claims.csv", gold_dir, texts)))
    metrics.update(
        _provenance_metrics(tables, read_gold("boilerplate.csv", gold_dir, texts), texts)
    )
    if (gold_dir / "clusters.csv").exists():
        events = tables["events"]
        if "cluster_id" not in events or events["cluster_id"].isna().all():
            events, _ = cluster_events(events, documents)
        metrics.update(_cluster_metrics(events, read_gold("clusters.csv", gold_dir, texts)))
    return metrics


def _rows(frame: pd.DataFrame) -> list[dict]:
    rows = schema.plain_records(frame)
    for row in rows:
        row["span"] = Span(row["source_file"], int(row["char_start"]), int(row["char_end"]))
    return rows


def _sentence_scores(predicted: list[dict], gold: list[dict]) -> tuple[float, float]:
    """Precision and recall of the sentences that hold events."""
    gold_sentences = {row["span"] for row in gold}
    predicted_sentences = {row["span"] for row in predicted}
    true_predicted = sum(any(p.overlaps(g) for g in gold_sentences) for p in predicted_sentences)
    found_gold = sum(any(g.overlaps(p) for p in predicted_sentences) for g in gold_sentences)
    return _ratio(true_predicted, len(predicted_sentences)), _ratio(found_gold, len(gold_sentences))


def _directed(row: dict) -> tuple[str, str]:
    return _side(row["actor1"], row["actor1_country"]), _side(row["actor2"], row["actor2_country"])


def _agreement(row: dict) -> Callable[[dict], tuple[bool, bool]]:
    return lambda p: (p["event_type"] == row["event_type"], same_date(p, row))


def same_date(predicted: dict, gold: dict) -> bool:
    """Whether two event dates agree. A date of week precision names its week, as ACLED's
    time precision does, so "earlier this week" agrees whichever day of that week each side
    wrote down; other dates must be equal."""
    if predicted["event_date"] == gold["event_date"]:
        return True
    weekly = "week" in (predicted.get("date_precision"), gold.get("date_precision"))
    full = all(len(str(r["event_date"])) == len("2000-01-01") for r in (predicted, gold))
    return weekly and full and _iso_week(predicted) == _iso_week(gold)


def _iso_week(row: dict) -> tuple[int, int]:
    return tuple(date.fromisoformat(str(row["event_date"])).isocalendar()[:2])


def _compare_event(row: dict, candidates: list[dict]) -> dict[str, bool]:
    """How a gold event fares against the predicted events of its sentence: the prediction of
    the same dyad that agrees best is the one compared (the sentence's first without one)."""
    same_dyad = [p for p in candidates if _dyad(p) == _dyad(row)]
    best = max(same_dyad, key=_agreement(row)) if same_dyad else candidates[0]
    fully = [
        p
        for p in candidates
        if _directed(p) == _directed(row)
        and p["polarity"] == row["polarity"]
        and _agreement(row)(p) == (True, True)
    ]
    return {
        "dyad": bool(same_dyad),
        "directed_dyad": any(_directed(p) == _directed(row) for p in candidates),
        "polarity": best["polarity"] == row["polarity"],
        "event_type": best["event_type"] == row["event_type"],
        "date": same_date(best, row),
        "fully_right": bool(fully),
    }


def _russia_iran_tension(events: pd.DataFrame, gold: list[dict]) -> dict[str, float]:
    """The headline view's own accuracy, by sentence: of the Russia-Iran tension rows
    predicted, the share in a sentence where the gold has one (precision), and of the gold's,
    the share in a sentence where one is predicted (recall)."""

    def russia_iran_tension(rows: list[dict]) -> list[dict]:
        return [r for r in rows if r["polarity"] == "tension" and _dyad(r) == RUSSIA_IRAN]

    predicted = russia_iran_tension(_rows(events))
    wanted = russia_iran_tension(gold)
    found = sum(any(g["span"].overlaps(p["span"]) for g in wanted) for p in predicted)
    recalled = sum(any(p["span"].overlaps(g["span"]) for p in predicted) for g in wanted)
    return {
        "russia_iran_tension_precision": _ratio(found, len(predicted)),
        "russia_iran_tension_recall": _ratio(recalled, len(wanted)),
    }


def _event_metrics(events: pd.DataFrame, gold: list[dict]) -> dict[str, float]:
    predicted = _rows(events)
    precision, recall = _sentence_scores(predicted, gold)
    compared = []
    tension = [row for row in gold if row["polarity"] == "tension"]
    tension_found = 0
    for row in gold:
        candidates = [p for p in predicted if p["span"].overlaps(row["span"])]
        if row["polarity"] == "tension":
            tension_found += any(p["polarity"] == "tension" for p in candidates)
        if candidates:
            compared.append(_compare_event(row, candidates))

    def share(field: str) -> float:
        return _ratio(sum(c[field] for c in compared), len(compared))

    return {
        "event_sentence_precision": precision,
        "event_sentence_recall": recall,
        "event_f1": _f1(precision, recall),
        "dyad_accuracy": share("dyad"),
        "directed_dyad_accuracy": share("directed_dyad"),
        "polarity_accuracy": share("polarity"),
        "event_type_accuracy": share("event_type"),
        "date_accuracy": share("date"),
        "tension_recall": _ratio(tension_found, len(tension)),
        # Of every gold event, not only those in matched sentences.
        "fully_right": _ratio(sum(c["fully_right"] for c in compared), len(gold)),
        "gold_events": float(len(gold)),
        "predicted_events": float(len(predicted)),
    }


def _cluster_assignments(events: pd.DataFrame, gold: list[dict]) -> list[tuple[str, str]]:
    """(gold cluster, predicted cluster) for every gold event matched to a predicted one: the
    predicted event of its sentence and dyad that agrees best on type, then date."""
    predicted = _rows(events)
    pairs = []
    for row in gold:
        same_dyad = [
            p for p in predicted if p["span"].overlaps(row["span"]) and _dyad(p) == _dyad(row)
        ]
        if same_dyad:
            pairs.append((row["cluster"], max(same_dyad, key=_agreement(row))["cluster_id"]))
    return pairs


def _pairs(counts: Counter) -> int:
    return sum(n * (n - 1) // 2 for n in counts.values())


def _cluster_metrics(events: pd.DataFrame, gold: list[dict]) -> dict[str, float]:
    pairs = _cluster_assignments(events, gold)
    cells = Counter(pairs)
    by_gold = Counter(g for g, _ in pairs)
    by_predicted = Counter(p for _, p in pairs)

    def best_share(side: int) -> float:
        best: dict[str, int] = {}
        for cell, n in cells.items():
            best[cell[side]] = max(best.get(cell[side], 0), n)
        return _ratio(sum(best.values()), len(pairs))

    precision = _ratio(_pairs(cells), _pairs(by_predicted))
    recall = _ratio(_pairs(cells), _pairs(by_gold))
    return {
        "cluster_purity": best_share(1),
        "cluster_inverse_purity": best_share(0),
        "cluster_pair_precision": precision,
        "cluster_pair_recall": recall,
        "cluster_pair_f1": _f1(precision, recall),
        "gold_cluster_events": float(len(gold)),
        "gold_cluster_events_matched": float(len(pairs)),
    }


def _claim_metrics(claims: pd.DataFrame, gold: list[dict]) -> dict[str, float]:
    predicted = _rows(claims)
    used: set[int] = set()
    pairs: list[tuple[dict, dict]] = []
    for row in gold:
        options = [
            (i, p)
            for i, p in enumerate(predicted)
            if i not in used and p["span"].overlaps(row["span"])
        ]
        if not options:
            continue
        index, best = max(
            options,
            key=lambda option: (
                option[1]["claimant_country"] == row["claimant_country"],
                option[1]["stance"] == row["stance"],
                _normalise_outlet(option[1]["via"]) == _normalise_outlet(row["via"]),
            ),
        )
        used.add(index)
        pairs.append((row, best))
    precision = _ratio(len(pairs), len(predicted))
    recall = _ratio(len(pairs), len(gold))

    def agreement(check) -> float:
        return _ratio(sum(check(g, p) for g, p in pairs), len(pairs))

    return {
        "claim_precision": precision,
        "claim_recall": recall,
        "claim_f1": _f1(precision, recall),
        "stance_accuracy": agreement(lambda g, p: g["stance"] == p["stance"]),
        "claimant_country_accuracy": agreement(
            lambda g, p: g["claimant_country"] == p["claimant_country"]
        ),
        "via_accuracy": agreement(
            lambda g, p: _normalise_outlet(g["via"]) == _normalise_outlet(p["via"])
        ),
        "hedged_accuracy": agreement(
            lambda g, p: (g["hedged"].lower() == "true") == bool(p["hedged"])
        ),
        "gold_claims": float(len(gold)),
        "predicted_claims": float(len(predicted)),
    }


def _provenance_metrics(
    tables: dict[str, pd.DataFrame], boilerplate: list[dict], texts: dict[str, str]
) -> dict[str, float]:
    rows = _rows(tables["events"]) + _rows(tables["claims"])
    verbatim = sum(
        texts[row["source_file"]][row["span"].start : row["span"].end] == row["quote"]
        for row in rows
    )
    from_boilerplate = sum(
        any(row["span"].overlaps(b["span"]) for b in boilerplate) for row in rows
    )
    sentences = tables["sentences"]
    flagged = [
        Span(r.source_file, int(r.char_start), int(r.char_end))
        for r in sentences[sentences["kind"] == "boilerplate"].itertuples()
    ]
    gold_spans = [b["span"] for b in boilerplate]
    return {
        "quotes_verbatim": _ratio(verbatim, len(rows)),
        "rows_from_boilerplate": float(from_boilerplate),
        "boilerplate_recall": _ratio(
            sum(any(g.overlaps(f) for f in flagged) for g in gold_spans), len(gold_spans)
        ),
        "boilerplate_precision": _ratio(
            sum(any(f.overlaps(g) for g in gold_spans) for f in flagged), len(flagged)
        ),
    }


def evaluate_corrections(report: ReviewReport) -> dict[str, float]:
    """The gold's figures, with the analyst's reviewed rows as gold (see the module doc)."""
    return {**_reviewed_event_metrics(report.items), **_reviewed_claim_metrics(report.items)}


def _reviewed(items: list[ReviewedItem], kind: str) -> tuple[list[ReviewedItem], int, int]:
    """The kept rows (confirmed or corrected), the rejected count and the added count."""
    mine = [i for i in items if i.kind == kind]
    kept = [i for i in mine if i.action in ("confirm", "correct")]
    return kept, sum(i.action == "reject" for i in mine), sum(i.action == "add" for i in mine)


def _reviewed_event_metrics(items: list[ReviewedItem]) -> dict[str, float]:
    kept, rejected, added = _reviewed(items, "event")
    precision = _ratio(len(kept), len(kept) + rejected)
    recall = _ratio(len(kept), len(kept) + added)
    checks = {
        "dyad": lambda p, g: _dyad(p) == _dyad(g),
        "directed_dyad": lambda p, g: _directed(p) == _directed(g),
        "polarity": lambda p, g: p["polarity"] == g["polarity"],
        "event_type": lambda p, g: p["event_type"] == g["event_type"],
        "date": same_date,
        "modality": lambda p, g: p["modality"] == g["modality"],
    }
    right = {
        name: sum(check(i.extracted, i.corrected) for i in kept) for name, check in checks.items()
    }
    fully = sum(
        all(
            checks[n](i.extracted, i.corrected)
            for n in ("directed_dyad", "polarity", "event_type", "date")
        )
        for i in kept
    )
    return {
        "event_precision": precision,
        "event_recall": recall,
        "event_f1": _f1(precision, recall),
        **{f"{name}_accuracy": _ratio(hits, len(kept)) for name, hits in right.items()},
        "fully_right": _ratio(fully, len(kept) + added),
        "reviewed_events": float(len(kept) + rejected + added),
    }


def _reviewed_claim_metrics(items: list[ReviewedItem]) -> dict[str, float]:
    kept, rejected, added = _reviewed(items, "claim")
    precision = _ratio(len(kept), len(kept) + rejected)
    recall = _ratio(len(kept), len(kept) + added)

    def agreement(field: str, norm: Callable[[str], str] = str) -> float:
        hits = sum(norm(i.extracted[field]) == norm(i.corrected[field]) for i in kept)
        return _ratio(hits, len(kept))

    return {
        "claim_precision": precision,
        "claim_recall": recall,
        "claim_f1": _f1(precision, recall),
        "stance_accuracy": agreement("stance"),
        "claimant_country_accuracy": agreement("claimant_country"),
        "via_accuracy": agreement("via", _normalise_outlet),
        "hedged_accuracy": agreement("hedged"),
        "reviewed_claims": float(len(kept) + rejected + added),
    }


def _print_metrics(metrics: dict[str, float]) -> None:
    width = max(map(len, metrics))
    for name, value in metrics.items():
        counted = name.startswith(("gold_", "predicted_", "rows_", "reviewed_"))
        print(f"{name:<{width}}  {value:.0f}" if counted else f"{name:<{width}}  {value:.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m data_prep.evaluate", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--input", type=Path, default=SEEDS_DIR)
    parser.add_argument("--gold", type=Path, default=GOLD_DIR)
    parser.add_argument(
        "--corrections",
        nargs="?",
        const="",
        metavar="FOLDER",
        help="score against the analyst's corrections.csv in FOLDER (default: --input)",
    )
    args = parser.parse_args(argv)
    if args.corrections is None:
        _print_metrics(evaluate(build_corpus(args.input), args.gold))
        return 0
    folder = Path(args.corrections) if args.corrections else args.input
    _, report = review_corpus(folder, build_corpus(folder, review=False))
    for problem in report.problems:
        print(f"warning: {problem}", file=sys.stderr)
    _print_metrics(evaluate_corrections(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
