"""``corrections.csv``: the analyst's decisions, one row each, read and written.

A decision is anchored to the article text (file, sentence offsets, quote) and, for a decision
on an extracted row, to the values that row had when it was made (``match_*``), never to an id
that depends on the rules. Reading never raises: every defect is a line of ``problems`` that
names ``corrections.csv`` and the line, and the other rows are kept.
"""

from __future__ import annotations

import csv
import io
import os
import re
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from data_prep import schema
from data_prep.dates import is_valid_partial_date

FILE_NAME = "corrections.csv"
COLUMNS = tuple(schema.CORRECTIONS)
REQUIRED_COLUMNS = ("kind", "source_file", "char_start", "char_end", "quote", "action")

FIELDS = {
    "event": (
        "actor1",
        "actor1_country",
        "actor2",
        "actor2_country",
        "event_type",
        "polarity",
        "event_date",
        "date_precision",
        "modality",
    ),
    "claim": ("claimant", "claimant_country", "stance", "via", "hedged"),
}
# Anchor column -> the table column whose extracted value it holds.
ANCHORS = {
    "event": {"match_actor1": "actor1", "match_actor2": "actor2", "match_type": "event_type"},
    "claim": {"match_claimant": "claimant"},
}
# Fields a `correct` or `add` must fill; the others may be empty.
REQUIRED_FIELDS = {
    "event": ("actor1", "actor2", "event_type", "polarity", "date_precision", "modality"),
    "claim": ("claimant", "stance", "hedged"),
}
# What identifies an added row among the additions to one sentence.
ADD_KEYS = {
    "event": ("actor1", "actor2", "event_type", "event_date"),
    "claim": ("claimant", "stance"),
}
VOCABULARIES = {
    "event_type": schema.EVENT_TYPES,
    "match_type": schema.EVENT_TYPES,
    "polarity": schema.POLARITIES,
    "date_precision": schema.DATE_PRECISIONS,
    "modality": schema.MODALITIES,
    "stance": schema.STANCES,
}
COUNTRY_FIELDS = ("actor1_country", "actor2_country", "claimant_country")
ISO3 = re.compile(r"[A-Z]{3}")
TRUE_SPELLINGS = ("true", "yes", "y", "1")
FALSE_SPELLINGS = ("false", "no", "n", "0")
DATE_LENGTHS = {"day": 10, "week": 10, "month": 7, "year": 4, "unknown": 0}


@dataclass(frozen=True)
class Correction:
    """One decision. ``match`` holds the anchors (extracted values), ``values`` the corrected
    fields (as text; ``hedged`` is "true"/"false"); ``line`` is its line in the file."""

    kind: str
    source_file: str
    char_start: int
    char_end: int
    quote: str
    action: str
    match: dict[str, str] = field(default_factory=dict)
    values: dict[str, str] = field(default_factory=dict)
    note: str = ""
    reviewed_by: str = ""
    reviewed_at: str = ""
    line: int = 0

    @property
    def where(self) -> str:
        return f"{FILE_NAME} line {self.line}" if self.line else FILE_NAME

    def key(self) -> tuple:
        """The thing decided about: an extracted row (by its anchors) or an added row."""
        place = (self.kind, self.source_file, self.char_start, self.char_end)
        if self.action == "add":
            return (*place, "add", *(self.values.get(k, "") for k in ADD_KEYS[self.kind]))
        return (*place, "row", *(self.match.get(k, "") for k in ANCHORS[self.kind]))

    def decision(self) -> tuple:
        """What was decided, without who, when or why."""
        if self.action in ("confirm", "reject"):
            return (self.action,)
        return (self.action, *(self.values.get(k, "") for k in FIELDS[self.kind]))

    def to_row(self) -> dict[str, str]:
        row = dict.fromkeys(COLUMNS, "")
        row.update(self.match)
        row.update(self.values)
        row.update(
            kind=self.kind,
            source_file=self.source_file,
            char_start=str(self.char_start),
            char_end=str(self.char_end),
            quote=self.quote,
            action=self.action,
            note=self.note,
            reviewed_by=self.reviewed_by,
            reviewed_at=self.reviewed_at,
        )
        return row


def read_corrections(folder: Path) -> tuple[list[Correction], list[str]]:
    """The decisions in ``folder/corrections.csv`` (none when there is no such file) and the
    problems met, one line each. Nothing raises; a bad row is left out, the others kept."""
    path = Path(folder) / FILE_NAME
    if not path.is_file():
        return [], []
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        return [], [f"{FILE_NAME}: cannot be read ({error}); no correction applied"]
    return parse_corrections(text)


def parse_corrections(text: str) -> tuple[list[Correction], list[str]]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [name.strip() for name in reader.fieldnames or []]
    problems = _header_problems(header)
    if any(column not in header for column in REQUIRED_COLUMNS):
        return [], problems
    reader.fieldnames = header
    corrections: list[Correction] = []
    start = 2
    for record in reader:
        correction, line_problems = parse_row(record, start)
        problems += line_problems
        if correction is not None:
            corrections.append(correction)
        start = reader.line_num + 1
    kept, repeat_problems = drop_repeats(corrections)
    return kept, problems + repeat_problems


def _header_problems(header: list[str]) -> list[str]:
    problems = []
    unknown = [name for name in header if name not in COLUMNS]
    if unknown:
        problems.append(
            f"{FILE_NAME} line 1: unknown column(s) {', '.join(map(repr, unknown))} ignored "
            f"(expected: {', '.join(COLUMNS)})"
        )
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if missing:
        problems.append(
            f"{FILE_NAME} line 1: required column(s) {', '.join(missing)} missing; "
            "no correction applied"
        )
    return problems


def parse_row(record: Mapping, line: int) -> tuple[Correction | None, list[str]]:
    """One row of the file as a ``Correction``, or None and the reasons it is left out."""
    where = f"{FILE_NAME} line {line}"
    if None in record:
        return None, [f"{where}: more cells than columns; row ignored"]
    cells = {k: (v or "").strip() for k, v in record.items() if k in COLUMNS}
    cells["quote"] = record.get("quote") or ""  # verbatim, spaces included
    errors = _identity_errors(cells)
    if not errors:
        errors = _offset_errors(cells) + _anchor_errors(cells) + _field_errors(cells)
    if errors:
        return None, [f"{where}: {error}; row ignored" for error in errors]
    kind = cells["kind"]
    edits = cells["action"] in ("correct", "add")
    values = {k: cells.get(k, "") for k in FIELDS[kind]} if edits else {}
    if "hedged" in values:
        values["hedged"] = "true" if values["hedged"].lower() in TRUE_SPELLINGS else "false"
    return Correction(
        kind=kind,
        source_file=cells["source_file"],
        char_start=int(cells["char_start"]),
        char_end=int(cells["char_end"]),
        quote=cells["quote"],
        action=cells["action"],
        match={k: cells.get(k, "") for k in ANCHORS[kind]} if cells["action"] != "add" else {},
        values=values,
        note=cells.get("note", ""),
        reviewed_by=cells.get("reviewed_by", ""),
        reviewed_at=cells.get("reviewed_at", ""),
        line=line,
    ), []


def _identity_errors(cells: dict[str, str]) -> list[str]:
    errors = []
    if cells["kind"] not in schema.REVIEW_KINDS:
        errors.append(f"kind {cells['kind']!r} is not one of {', '.join(schema.REVIEW_KINDS)}")
    if cells["action"] not in schema.REVIEW_ACTIONS:
        errors.append(
            f"action {cells['action']!r} is not one of {', '.join(schema.REVIEW_ACTIONS)}"
        )
    if not cells["source_file"]:
        errors.append("source_file is empty")
    if not cells["quote"]:
        errors.append("quote is empty")
    return errors


def _offset_errors(cells: dict[str, str]) -> list[str]:
    start, end = cells["char_start"], cells["char_end"]
    if not (start.isdigit() and end.isdigit()):
        return [f"offsets {start!r}–{end!r} are not whole numbers"]
    if int(end) - int(start) != len(cells["quote"]):
        return [
            f"offsets {start}–{end} span {int(end) - int(start)} characters but the quote "
            f"has {len(cells['quote'])}"
        ]
    return []


def _anchor_errors(cells: dict[str, str]) -> list[str]:
    if cells["action"] == "add":
        return []
    anchors = ANCHORS[cells["kind"]]
    errors = [f"{column} is empty" for column in anchors if not cells.get(column)]
    value = cells.get("match_type", "")
    if "match_type" in anchors and value and value not in schema.EVENT_TYPES:
        errors.append(f"match_type {value!r} is not an event type")
    return errors


def _field_errors(cells: dict[str, str]) -> list[str]:
    if cells["action"] not in ("correct", "add"):
        return []
    kind = cells["kind"]
    errors = [
        f"{column} is empty (a {cells['action']} gives the full record)"
        for column in REQUIRED_FIELDS[kind]
        if not cells.get(column)
    ]
    for column in FIELDS[kind]:
        value = cells.get(column, "")
        if value and column in VOCABULARIES and value not in VOCABULARIES[column]:
            errors.append(f"{column} {value!r} is not one of {', '.join(VOCABULARIES[column])}")
        if value and column in COUNTRY_FIELDS and not ISO3.fullmatch(value):
            errors.append(f"{column} {value!r} is not an ISO3 code (or empty)")
    hedged = cells.get("hedged", "").lower()
    if kind == "claim" and hedged and hedged not in TRUE_SPELLINGS + FALSE_SPELLINGS:
        errors.append(f"hedged {cells['hedged']!r} is not true/false")
    if kind == "event":
        errors += _date_errors(cells.get("event_date", ""), cells.get("date_precision", ""))
    return errors


def _date_errors(value: str, precision: str) -> list[str]:
    if not is_valid_partial_date(value):
        return [f"event_date {value!r} is not YYYY-MM-DD, YYYY-MM, YYYY or empty"]
    if precision in DATE_LENGTHS and len(value) != DATE_LENGTHS[precision]:
        return [f"event_date {value!r} does not have date_precision {precision!r}"]
    return []


def drop_repeats(corrections: list[Correction]) -> tuple[list[Correction], list[str]]:
    """Keep one decision per thing decided about: a repeat of the same decision is dropped,
    and two different decisions about the same thing are both dropped (never guessed)."""
    first: dict[tuple, Correction] = {}
    conflicted: set[tuple] = set()
    problems = []
    for correction in corrections:
        key = correction.key()
        earlier = first.setdefault(key, correction)
        if earlier is correction:
            continue
        if earlier.decision() == correction.decision():
            problems.append(
                f"{correction.where}: repeats the decision of line {earlier.line}; ignored"
            )
        else:
            conflicted.add(key)
            problems.append(
                f"{correction.where}: conflicts with line {earlier.line} about the same "
                f"{correction.kind} ({earlier.action} vs {correction.action}); neither applied"
            )
    return [c for key, c in first.items() if key not in conflicted], problems


def corrections_frame(rows: Iterable[Mapping | Correction]) -> pd.DataFrame:
    """The decisions as a table with the file's columns, in order, all text."""
    records = [row.to_row() if isinstance(row, Correction) else dict(row) for row in rows]
    frame = pd.DataFrame(records, columns=list(COLUMNS))
    return frame.astype(object).where(frame.notna(), "").astype(str)


def write_corrections(path: Path, rows: Iterable[Mapping | Correction]) -> Path:
    """Write the decisions to ``path`` atomically: a temporary file beside it, then a rename,
    so a reader never sees half a file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            corrections_frame(rows).to_csv(out, index=False)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
