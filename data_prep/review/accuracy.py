"""How often the extractor had it right, by the analyst's review."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from data_prep.review.apply import ReviewedItem, ReviewReport
from data_prep.review.corrections import FIELDS

ACCURACY_COLUMNS = ["kind", "event_type", "field", "right", "reviewed", "share"]


def review_accuracy(report: ReviewReport) -> pd.DataFrame:
    """The share the extractor had right among the reviewed rows, per kind, field and (for
    events) event type ("all" for every type), with the counts behind each share.

    ``kept``: extracted rows the analyst kept (confirmed or corrected) over every reviewed
    extracted row (precision); ``found``: kept rows over kept and added ones (recall); each
    field: confirmed and corrected rows whose extracted value the analyst left as it was.
    Extracted rows count under their extracted type, added rows under the analyst's."""
    rows: list[dict] = []
    for kind in FIELDS:
        items = [i for i in report.items if i.kind == kind]
        groups = {"all": items}
        if kind == "event":
            for item in items:
                groups.setdefault(_type_of(item), []).append(item)
        for group, members in groups.items():
            rows += _figures(kind, group, members)
    return pd.DataFrame(rows, columns=ACCURACY_COLUMNS)


def _type_of(item: ReviewedItem) -> str:
    return (item.extracted or item.corrected).get("event_type", "")


def _figures(kind: str, group: str, items: list[ReviewedItem]) -> list[dict]:
    kept = [i for i in items if i.action in ("confirm", "correct")]
    rejected = sum(i.action == "reject" for i in items)
    added = sum(i.action == "add" for i in items)
    figures = [
        _figure(kind, group, "kept", len(kept), len(kept) + rejected),
        _figure(kind, group, "found", len(kept), len(kept) + added),
    ]
    figures += [
        _figure(kind, group, name, sum(_right(i, name) for i in kept), len(kept))
        for name in FIELDS[kind]
    ]
    return figures


def _right(item: ReviewedItem, name: str) -> bool:
    return item.extracted.get(name) == item.corrected.get(name)


def _figure(kind: str, group: str, name: str, right: int, reviewed: int) -> dict:
    return {
        "kind": kind,
        "event_type": group if kind == "event" else "",
        "field": name,
        "right": right,
        "reviewed": reviewed,
        "share": right / reviewed if reviewed else float("nan"),
    }


def items_of(report: ReviewReport, kind: str, actions: Iterable[str]) -> list[ReviewedItem]:
    wanted = set(actions)
    return [i for i in report.items if i.kind == kind and i.action in wanted]
