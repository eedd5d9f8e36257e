"""A dashboard decision (a table row, an action, the corrected fields, a reviewer) as a row
of ``corrections.csv``, and the file's rows after that decision."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime

import pandas as pd

from data_prep.review.corrections import (
    ANCHORS,
    COLUMNS,
    DATE_LENGTHS,
    FIELDS,
    Correction,
    parse_row,
)


def _text(value: object) -> str:
    if value is None or (not isinstance(value, (list, tuple, dict)) and pd.isna(value)):
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def row_kind(row: Mapping) -> str:
    return "claim" if "claimant" in row or "claim_id" in row else "event"


def decision_row(
    row: Mapping,
    action: str,
    corrected: Mapping | None = None,
    reviewer: str = "",
    note: str = "",
    reviewed_at: str | None = None,
    kind: str | None = None,
    anchors: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """One row of ``corrections.csv`` for a decision on ``row`` (an events or claims row; for
    ``add``, any row with ``source_file``, ``char_start``, ``char_end`` and ``quote`` or
    ``text``, such as a sentences row). ``corrected`` holds the changed fields; a ``correct``
    writes the row's values with those changes, an ``add`` only ``corrected`` (an event's
    ``date_precision`` follows its date and ``modality`` defaults to reported; a claim's
    ``hedged`` defaults to false). The anchors are the row's values as extracted: give the
    row as extracted, or pass ``anchors`` (``decide`` finds them for a row already corrected)."""
    kind = kind or row_kind(row)
    corrected = {k: _text(v) for k, v in (corrected or {}).items()}
    out = dict.fromkeys(COLUMNS, "")
    out.update(
        kind=kind,
        source_file=_text(row.get("source_file")),
        char_start=_text(row.get("char_start")),
        char_end=_text(row.get("char_end")),
        quote=_text(row.get("quote", row.get("text"))),
        action=action,
        note=note,
        reviewed_by=reviewer,
        reviewed_at=reviewed_at or datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    )
    if action != "add":
        out.update({anchor: _text(row.get(col)) for anchor, col in ANCHORS[kind].items()})
        out.update(anchors or {})
    if action == "correct":
        out.update({f: _text(row.get(f)) for f in FIELDS[kind]})
    if action in ("correct", "add"):
        out.update({f: v for f, v in corrected.items() if f in FIELDS[kind]})
    if action == "add":
        _fill_add_defaults(out, kind)
    return out


def _fill_add_defaults(out: dict[str, str], kind: str) -> None:
    if kind == "claim":
        out["hedged"] = out["hedged"] or "false"
        return
    lengths = {length: name for name, length in DATE_LENGTHS.items() if name != "week"}
    out["date_precision"] = out["date_precision"] or lengths.get(len(out["event_date"]), "")
    out["modality"] = out["modality"] or "reported"


def _as_correction(row: Mapping) -> Correction | None:
    return parse_row({k: _text(v) for k, v in row.items()}, 0)[0]


def decide(
    rows: Sequence[Mapping],
    row: Mapping,
    action: str,
    corrected: Mapping | None = None,
    reviewer: str = "",
    note: str = "",
    reviewed_at: str | None = None,
    kind: str | None = None,
) -> list[dict[str, str]]:
    """The rows of ``corrections.csv`` after a decision on ``row`` as the tables show it
    (corrections applied). The decision replaces any earlier one about the same row, so the
    file never holds two. On a corrected row it keeps the earlier anchors (and ``confirm``
    keeps the correction); on an added row, ``reject`` withdraws the addition and ``correct``
    rewrites it."""
    kind = kind or row_kind(row)
    rows = [{k: _text(v) for k, v in r.items()} for r in rows]
    review = _text(row.get("review")) or "unreviewed"
    earlier = _earlier_decision(rows, row, kind, review)
    if earlier is not None:
        rows.remove(earlier)
    anchors = None
    if review == "added":
        if action == "reject":
            return rows
        fields = {f: _text(row.get(f)) for f in FIELDS[kind]}
        action, corrected = "add", {**fields, **(corrected or {})}
    elif earlier is not None:
        anchors = {anchor: earlier[anchor] for anchor in ANCHORS[kind]}
        # Confirming a corrected row confirms the correction.
        action = "correct" if (review, action) == ("corrected", "confirm") else action
    new = decision_row(row, action, corrected, reviewer, note, reviewed_at, kind, anchors)
    return [*_without_key_of(rows, new), new]


def _without_key_of(rows: list[dict[str, str]], new: Mapping) -> list[dict[str, str]]:
    """``rows`` less any decision about the same thing as ``new``."""
    key = _as_correction(new)
    return rows if key is None else [r for r in rows if _key(r) != key.key()]


def _key(row: Mapping) -> tuple | None:
    correction = _as_correction(row)
    return correction.key() if correction else None


def _earlier_decision(
    rows: list[dict[str, str]], row: Mapping, kind: str, review: str
) -> dict[str, str] | None:
    """The decision that made ``row`` what it is: for a corrected or added row, the one whose
    fields it shows; for a confirmed or rejected row, the one with its values as anchors."""
    place = (kind, _text(row.get("source_file")), _text(row.get("char_start")))
    shown = {f: _text(row.get(f)) for f in FIELDS[kind]}
    for candidate in rows:
        if (candidate["kind"], candidate["source_file"], candidate["char_start"]) != place:
            continue
        if review in ("corrected", "added"):
            wanted = "correct" if review == "corrected" else "add"
            if candidate["action"] == wanted and _same_fields(candidate, shown):
                return candidate
        elif review in ("confirmed", "rejected") and all(
            candidate[a] == shown.get(col, _text(row.get(col))) for a, col in ANCHORS[kind].items()
        ):
            return candidate
    return None


def _same_fields(candidate: Mapping, shown: Mapping) -> bool:
    def norm(field: str, value: str) -> str:
        return value.lower() if field == "hedged" else value

    return all(norm(f, candidate.get(f, "")) == norm(f, v) for f, v in shown.items())
