"""The analyst's decisions of one session, as the app applies, lists and saves them.

A ``Decision`` names a row of the tables the app loaded (the store, built with the corpus's
``corrections.csv`` already applied) by its id. The app shows that row as decided by
applying the decision to the loaded tables (``apply_decisions``); the file to download or
save holds the corpus's own rows with each decision folded in by ``decide``
(``corrections_rows``), so a decision about a row the corpus file already corrected
replaces that correction instead of sitting beside it.

Everything here is pure (no Streamlit); ``dashboard.data`` caches it on plain values.
"""

from __future__ import annotations

import io
import shutil
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import pandas as pd

from dashboard.markup import escape_markdown
from data_prep import schema
from data_prep.clusters import with_clusters
from data_prep.load import SOURCES_FILE
from data_prep.pipeline import build_corpus
from data_prep.review import (
    FILE_NAME,
    apply_corrections,
    corpus_texts,
    decide,
    decision_row,
    review_accuracy,
)
from data_prep.review.apply import ID_COLUMN, TABLE
from data_prep.review.corrections import COLUMNS, FIELDS, parse_corrections, parse_row

# What an analyst may choose for each corrected field; the others are typed in.
VOCABULARIES: dict[str, tuple[str, ...]] = {
    "event_type": schema.EVENT_TYPES,
    "polarity": schema.POLARITIES,
    "date_precision": schema.DATE_PRECISIONS,
    "modality": schema.MODALITIES,
    "stance": schema.STANCES,
    "hedged": ("false", "true"),
}
ACTIONS = ("confirm", "correct", "reject")


@dataclass(frozen=True)
class Decision:
    """One decision of this session on the row ``row_id`` of the events or claims table."""

    kind: str  # event or claim
    row_id: str
    action: str  # confirm, correct or reject
    values: tuple[tuple[str, str], ...] = ()  # the corrected fields, for a correct
    reviewer: str = ""
    note: str = ""
    reviewed_at: str = ""


def plain(value: object) -> str:
    """A table cell as the corrections file writes it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None or value is pd.NA or pd.isna(value) else str(value)


def row_of(tables: Mapping[str, pd.DataFrame], kind: str, row_id: str) -> dict | None:
    """The row as the loaded tables show it, its cells as plain values; None when gone."""
    frame = tables[TABLE[kind]]
    found = frame[_is(frame[ID_COLUMN[kind]], row_id)]
    if found.empty:
        return None
    row = found.iloc[0].to_dict()
    return {key: value if isinstance(value, bool) else plain(value) for key, value in row.items()}


def _is(column: pd.Series, value: str) -> np.ndarray:
    """Where ``column`` holds ``value``, as a mask. A compacted id column is categorical with a
    category per row: its codes are compared, not its categories hashed on every read."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        categories = column.cat.categories
        code = categories.get_loc(value) if value in categories else -2
        return column.cat.codes.to_numpy() == code
    return (column.astype(str) == value).to_numpy(dtype=bool)


def fields_of(row: Mapping, kind: str) -> dict[str, str]:
    return {name: plain(row.get(name)) for name in FIELDS[kind]}


def with_decision(decisions: Sequence[Decision], decision: Decision) -> tuple[Decision, ...]:
    """The session's decisions with ``decision`` replacing any earlier one on the same row."""
    same_row = [d for d in decisions if (d.kind, d.row_id) == (decision.kind, decision.row_id)]
    if decision.action == "confirm" and same_row and same_row[0].action == "correct":
        # The form showed the corrected row: confirming it keeps the correction.
        decision = replace(decision, action="correct", values=same_row[0].values)
    return (*(d for d in decisions if d not in same_row), decision)


def _decision_rows(
    tables: Mapping[str, pd.DataFrame], decisions: Sequence[Decision]
) -> list[tuple[Decision, dict, dict[str, str]]]:
    """Each decision whose row is still in the tables, with that row and its file row."""
    found = []
    for decision in decisions:
        row = row_of(tables, decision.kind, decision.row_id)
        if row is not None:
            values = dict(decision.values)
            file_row = decision_row(
                row, decision.action, values, decision.reviewer, decision.note,
                decision.reviewed_at, decision.kind,
            )  # fmt: skip
            found.append((decision, row, file_row))
    return found


def decision_errors(row: Mapping, decision: Decision) -> list[str]:
    """Why the file would refuse this decision (e.g. a date unlike its precision); none if fine."""
    file_row = decision_row(row, decision.action, dict(decision.values), kind=decision.kind)
    _, problems = parse_row(file_row, 0)
    return [problem.split(": ", 1)[-1].removesuffix("; row ignored") for problem in problems]


def apply_decisions(
    tables: Mapping[str, pd.DataFrame], decisions: Sequence[Decision], texts: Mapping[str, str]
) -> dict[str, pd.DataFrame]:
    """The tables with the session's decisions applied and the happenings grouped again.

    Each decision is anchored to the row as the tables show it, so it finds that row even
    when the corpus file had corrected it. ``texts`` holds the decided rows' article texts.
    """
    parsed = [parse_row(file_row, 0)[0] for _, _, file_row in _decision_rows(tables, decisions)]
    reviewed, _ = apply_corrections(tables, [c for c in parsed if c], texts)
    return with_clusters(reviewed)


def read_corpus_rows(folder: Path) -> list[dict[str, str]]:
    """The rows of the corpus's ``corrections.csv`` as written, bad ones included, so that a
    download or save carries them on (the problems table lists what is wrong with them)."""
    path = Path(folder) / FILE_NAME
    if not path.is_file():
        return []
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (OSError, ValueError, UnicodeDecodeError):
        return []
    return frame.reindex(columns=list(COLUMNS), fill_value="").to_dict("records")


def corrections_rows(
    corpus_rows: Sequence[Mapping],
    tables: Mapping[str, pd.DataFrame],
    decisions: Sequence[Decision],
) -> list[dict[str, str]]:
    """The corpus's rows with the session's decisions folded in, one row per thing decided."""
    rows = [dict(row) for row in corpus_rows]
    for decision, row, _ in _decision_rows(tables, decisions):
        rows = decide(
            rows, row, decision.action, dict(decision.values), decision.reviewer,
            decision.note, decision.reviewed_at, decision.kind,
        )  # fmt: skip
    return rows


def decision_summary(tables: Mapping[str, pd.DataFrame], decision: Decision) -> str:
    """One line of Markdown: what was decided about which row, and what a correction changed."""
    row = row_of(tables, decision.kind, decision.row_id)
    if row is None:
        return f"~~{decision.action} {decision.kind} {decision.row_id}~~ (no longer in the corpus)"
    who = (
        f"{row['actor1']} → {row['actor2']} ({row['event_type']})"
        if decision.kind == "event"
        else f"{row['claimant']} {row['stance']}"
    )
    quote = row["quote"] if len(row["quote"]) <= 90 else row["quote"][:89] + "…"
    shown = fields_of(row, decision.kind)
    changes = [
        f"{name.replace('_', ' ')}: {shown[name] or '—'} → {value or '—'}"
        for name, value in decision.values
        if value != shown[name]
    ]
    parts = [f"{decision.action.capitalize()} {decision.kind}", who, f"“{quote}”", *changes]
    return " · ".join(escape_markdown(part) for part in parts)


def accuracy_display(accuracy_rows: pd.DataFrame, kind: str) -> pd.DataFrame:
    """One row per event type (events) or one row (claims), one column per figure, each cell
    the share right with its count, e.g. "75% (3 of 4)"; "—" where nothing was reviewed."""
    mine = accuracy_rows[accuracy_rows["kind"] == kind]
    cells = [
        "—" if reviewed == 0 else f"{right / reviewed:.0%} ({right} of {reviewed})"
        for right, reviewed in zip(mine["right"], mine["reviewed"], strict=True)
    ]
    table = mine.assign(cell=cells).pivot(index="event_type", columns="field", values="cell")
    table = table[list(dict.fromkeys(mine["field"]))]
    order = ["all", *sorted(set(table.index) - {"all"})]
    table = table.reindex([group for group in order if group in table.index])
    table.columns.name = None
    table.index = table.index.str.replace("_", " ")
    table.columns = table.columns.str.replace("_", " ")
    label = "events of type" if kind == "event" else ""
    return table.rename_axis(label).reset_index().drop(columns=[""], errors="ignore")


def corrections_csv(rows: Sequence[Mapping]) -> bytes:
    buffer = io.StringIO()
    pd.DataFrame(list(rows), columns=list(COLUMNS)).fillna("").to_csv(buffer, index=False)
    return buffer.getvalue().encode("utf-8")


def extracted_tables(corpus: Path, files: Sequence[str]) -> dict[str, pd.DataFrame]:
    """The tables of the named articles as the extractor made them, without any decision:
    the baseline the analyst's decisions are scored against. Only those articles are run."""
    with tempfile.TemporaryDirectory(prefix="reviewed-") as folder:
        for name in (*files, SOURCES_FILE):
            if (Path(corpus) / name).is_file():
                shutil.copy2(Path(corpus) / name, Path(folder) / name)
        return build_corpus(Path(folder), review=False)


def accuracy(extracted: Mapping[str, pd.DataFrame], rows: Sequence[Mapping]) -> pd.DataFrame:
    """How often the extractor had it right, by these decisions (``review_accuracy``)."""
    corrections, _ = parse_corrections(corrections_csv(rows).decode("utf-8"))
    _, report = apply_corrections(extracted, corrections, corpus_texts(extracted))
    return review_accuracy(report)
