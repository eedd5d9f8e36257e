"""Rule cases kept as data (``tests/cases/*.csv``), as PETRARCH kept its validation records.

Every case is a short news text with its publication date and the events (or claims) a careful
annotator would code from it. All cases go through the pipeline's public entry point,
``build_corpus``, as articles in a folder, so they survive any reshuffling of the modules
behind it. ``tests/cases/README.md`` describes the file format.

A case with status ``known_gap`` states behaviour the extractor does not have yet: it runs as a
non-strict xfail, so it is reported (XFAIL, or XPASS once the rule exists) without failing.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from data_prep import schema
from data_prep.pipeline import build_corpus

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "tests" / "cases"

CASE_COLUMNS = ("case_id", "rule", "status", "published", "text")
EVENT_COLUMNS = (
    "actor1",
    "actor1_country",
    "actor2",
    "actor2_country",
    "event_type",
    "polarity",
    "modality",
    "event_date",
    "date_precision",
)
CLAIM_COLUMNS = ("claimant", "claimant_country", "stance", "via", "hedged")
NOTE_COLUMN = "note"
STATUSES = ("pass", "known_gap")
NO_PUBLICATION_DATE = "none"
MUST_BE_EMPTY = "-"  # an expected cell that says "this field is empty"; a blank cell is unchecked
NOTHING = "none"  # in event_type (or stance): the text must yield no event (or claim)

# The vocabularies of the data contract, so that a typo in a case file is an error, not a failure.
VOCABULARIES = {
    "event_type": {*schema.EVENT_TYPES, NOTHING},
    "polarity": set(schema.POLARITIES),
    "modality": set(schema.MODALITIES),
    "date_precision": set(schema.DATE_PRECISIONS),
    "stance": {*schema.STANCES, NOTHING},
    "hedged": {"true", "false"},
}
COUNTRY = re.compile(r"[A-Z]{3}")
PARTIAL_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
RULE = re.compile(r"[a-z_]+\.[a-z0-9_]+")
CASE_ID = re.compile(r"[a-z_]+-\d{3}")


class CaseFileError(ValueError):
    """A malformed case file; the message names the file, the line and the column."""


@dataclass
class Case:
    case_id: str
    rule: str
    status: str
    published: str
    text: str
    kind: str  # "events" or "claims"
    where: str  # "tests/cases/pairing.csv:12"
    expected: list[dict[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def family(self) -> str:
        return self.rule.split(".", 1)[0]


def _display(path: Path) -> str:
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return str(path)


def load_case_file(path: Path) -> list[Case]:
    """The cases of one file, checked cell by cell."""
    name = _display(path)
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        header = reader.fieldnames or []
        kind = "claims" if "stance" in header else "events"
        columns = (*CASE_COLUMNS, *(CLAIM_COLUMNS if kind == "claims" else EVENT_COLUMNS))
        for column in columns:
            if column not in header:
                raise CaseFileError(f"{name}, line 1, column '{column}': missing from the header")
        allowed = {*columns, NOTE_COLUMN}
        for column in header:
            if column not in allowed:
                raise CaseFileError(f"{name}, line 1, column '{column}': unknown column")

        cases: list[Case] = []
        seen: set[str] = set()
        line = 1
        for row in reader:
            line = reader.line_num

            def fail(column: str, problem: str, line: int = line) -> CaseFileError:
                return CaseFileError(f"{name}, line {line}, column '{column}': {problem}")

            if None in row or any(value is None for value in row.values()):
                raise fail(NOTE_COLUMN, "the row does not have as many cells as the header")
            row = {key: value.strip() for key, value in row.items()}
            case_id = row["case_id"]
            if not case_id:
                raise fail("case_id", "empty")
            if not CASE_ID.fullmatch(case_id):
                raise fail("case_id", f"'{case_id}' is not like 'pairing-001'")
            if cases and cases[-1].case_id == case_id:
                case = cases[-1]
                for column in CASE_COLUMNS[1:]:
                    if row[column] and row[column] != getattr(case, column):
                        raise fail(column, f"differs from the first row of case {case_id}")
            else:
                if case_id in seen:
                    raise fail("case_id", f"{case_id} again: the rows of a case must be adjacent")
                seen.add(case_id)
                case = _new_case(row, kind, f"{name}:{line}", path.stem, fail)
                cases.append(case)
            case.expected.append(_expected(row, kind, fail))
            if row.get(NOTE_COLUMN):
                case.notes.append(row[NOTE_COLUMN])
        for case in cases:
            nothing = [e for e in case.expected if e.get(_nothing_column(kind)) == NOTHING]
            if nothing and len(case.expected) > 1:
                raise CaseFileError(
                    f"{case.where.replace(':', ', line ')}, column '{_nothing_column(kind)}': "
                    f"'{NOTHING}' must be the only row of case {case.case_id}"
                )
    return cases


def _nothing_column(kind: str) -> str:
    return "stance" if kind == "claims" else "event_type"


def _new_case(row: dict[str, str], kind: str, where: str, family: str, fail) -> Case:
    for column in CASE_COLUMNS[1:]:
        if not row[column]:
            raise fail(column, "empty on the first row of a case")
    if not RULE.fullmatch(row["rule"]):
        raise fail("rule", f"'{row['rule']}' is not like 'family.rule_name'")
    if row["rule"].split(".", 1)[0] != family:
        raise fail("rule", f"'{row['rule']}' belongs to family '{family}' in this file")
    if row["status"] not in STATUSES:
        raise fail("status", f"'{row['status']}' is not one of {', '.join(STATUSES)}")
    published = row["published"]
    if published != NO_PUBLICATION_DATE:
        try:
            date.fromisoformat(published)
        except ValueError:
            raise fail("published", f"'{published}' is not YYYY-MM-DD or 'none'") from None
    return Case(
        case_id=row["case_id"],
        rule=row["rule"],
        status=row["status"],
        published=published,
        text=row["text"],
        kind=kind,
        where=where,
    )


def _expected(row: dict[str, str], kind: str, fail) -> dict[str, str]:
    columns = CLAIM_COLUMNS if kind == "claims" else EVENT_COLUMNS
    expected = {}
    for column in columns:
        value = row[column]
        if not value:
            continue  # not checked
        if value == MUST_BE_EMPTY:
            expected[column] = ""
            continue
        if column in VOCABULARIES and value not in VOCABULARIES[column]:
            raise fail(column, f"'{value}' is not one of {', '.join(sorted(VOCABULARIES[column]))}")
        if column.endswith("_country") and not COUNTRY.fullmatch(value):
            raise fail(column, f"'{value}' is not an ISO3 code (or '-' for none)")
        if column == "event_date" and not _is_partial_date(value):
            raise fail(column, f"'{value}' is not YYYY, YYYY-MM or YYYY-MM-DD (or '-')")
        expected[column] = value
    nothing = _nothing_column(kind)
    if expected.get(nothing) == NOTHING and len(expected) > 1:
        raise fail(nothing, f"a '{NOTHING}' row leaves every other expected cell empty")
    if not expected:
        raise fail(nothing, "the row expects nothing at all (use 'none' for no extraction)")
    return expected


def _is_partial_date(value: str) -> bool:
    """YYYY, YYYY-MM or YYYY-MM-DD, naming a real month and day."""
    if not PARTIAL_DATE.fullmatch(value):
        return False
    padded = value + "-01" * (2 - value.count("-"))
    try:
        date.fromisoformat(padded)
    except ValueError:
        return False
    return True


def load_cases(folder: Path = CASES) -> list[Case]:
    cases = [case for path in sorted(folder.glob("*.csv")) for case in load_case_file(path)]
    first: dict[str, str] = {}
    for case in cases:
        if case.case_id in first:
            raise CaseFileError(
                f"{case.where.replace(':', ', line ')}, column 'case_id': "
                f"{case.case_id} is already used at {first[case.case_id]}"
            )
        first[case.case_id] = case.where
    return cases


ALL_CASES = load_cases()


def article_name(case: Case) -> str:
    """One article per distinct (publication date, text): cases may share a text."""
    names = {}
    for other in ALL_CASES:
        names.setdefault((other.published, other.text), f"case_{len(names):04d}.txt")
    return names[(case.published, case.text)]


@pytest.fixture(scope="module")
def case_tables(tmp_path_factory, today) -> dict[str, pd.DataFrame]:
    """Every case text as an article of one corpus, built once through ``build_corpus``."""
    folder = tmp_path_factory.mktemp("cases")
    for case in ALL_CASES:
        header = "" if case.published == NO_PUBLICATION_DATE else f" date {case.published}\n"
        (folder / article_name(case)).write_text(f"{header}{case.text}\n", encoding="utf-8")
    return build_corpus(folder, today=today)


def _cell(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return str(value)


def _extracted(tables: dict[str, pd.DataFrame], case: Case) -> list[dict[str, str]]:
    documents = tables["documents"]
    name = article_name(case)
    assert name in set(documents["source_file"]), f"{name} was not read"
    frame = tables[case.kind]
    frame = frame[frame["source_file"] == name]
    columns = CLAIM_COLUMNS if case.kind == "claims" else EVENT_COLUMNS
    return [{column: _cell(row[column]) for column in columns} for _, row in frame.iterrows()]


def _agrees(expected: dict[str, str], row: dict[str, str]) -> bool:
    return all(row[column] == value for column, value in expected.items())


def match(expected: list[dict[str, str]], extracted: list[dict[str, str]]) -> dict[int, int]:
    """A largest one-to-one pairing of expected rows with agreeing extracted rows (Kuhn)."""
    owner: dict[int, int] = {}  # extracted index -> expected index

    def place(i: int, tried: set[int]) -> bool:
        for j, row in enumerate(extracted):
            if j in tried or not _agrees(expected[i], row):
                continue
            tried.add(j)
            if j not in owner or place(owner[j], tried):
                owner[j] = i
                return True
        return False

    for i in range(len(expected)):
        place(i, set())
    return {i: j for j, i in owner.items()}


def _table(rows: list[dict[str, str]], columns: tuple[str, ...]) -> str:
    return "\n".join(
        "    " + " | ".join(f"{c}={row[c]!r}" for c in columns if c in row) for row in rows
    )


def _param(case: Case):
    marks = (
        [pytest.mark.xfail(strict=False, reason=f"known gap: {case.rule}")]
        if case.status == "known_gap"
        else []
    )
    return pytest.param(case, id=f"{case.case_id}:{case.rule}", marks=marks)


@pytest.mark.parametrize("case", [_param(case) for case in ALL_CASES])
def test_case(case_tables, case):
    extracted = _extracted(case_tables, case)
    nothing = _nothing_column(case.kind)
    expected = [e for e in case.expected if e.get(nothing) != NOTHING]
    pairs = match(expected, extracted)
    missing = [e for i, e in enumerate(expected) if i not in pairs]
    extra = [r for j, r in enumerate(extracted) if j not in set(pairs.values())]
    if missing or extra:
        columns = CLAIM_COLUMNS if case.kind == "claims" else EVENT_COLUMNS
        lines = [f"{case.case_id} ({case.where}) [{case.rule}] published {case.published}:"]
        lines.append(f"  {case.text}")
        if missing:
            lines += ["  expected, not extracted:", _table(missing, columns)]
        if extra:
            lines += ["  extracted, not expected:", _table(extra, columns)]
        lines += [f"  note: {note}" for note in case.notes]
        pytest.fail("\n".join(lines), pytrace=False)


# --- the loader itself ------------------------------------------------------------------------

HEADER = ",".join((*CASE_COLUMNS, *EVENT_COLUMNS, NOTE_COLUMN))


def _write(tmp_path: Path, *rows: str, name: str = "pairing.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join((HEADER, *rows)) + "\n", encoding="utf-8")
    return path


GOOD = "pairing-001,pairing.x,pass,2024-10-11,Russia met Iran.,,RUS,,IRN,meeting,,,,,"


def test_the_case_files_hold_cases_of_every_kind():
    assert {case.kind for case in ALL_CASES} == {"events", "claims"}
    assert {case.status for case in ALL_CASES} == set(STATUSES)


def test_rows_of_one_case_and_no_event(tmp_path):
    path = _write(
        tmp_path,
        GOOD,
        "pairing-001,,,,,,IRN,,RUS,meeting,,,-,unknown,",
        "pairing-002,pairing.y,known_gap,none,Nothing here.,,,,,none,,,,,why",
    )
    first, second = load_case_file(path)
    assert [len(first.expected), len(second.expected)] == [2, 1]
    assert first.expected[1] == {
        "actor1_country": "IRN",
        "actor2_country": "RUS",
        "event_type": "meeting",
        "event_date": "",
        "date_precision": "unknown",
    }
    assert (second.published, second.status, second.notes) == ("none", "known_gap", ["why"])


@pytest.mark.parametrize(
    ("rows", "line", "column"),
    [
        ([GOOD.replace("meeting", "meetings")], 2, "event_type"),
        ([GOOD.replace(",RUS,", ",Russia,")], 2, "actor1_country"),
        ([GOOD.replace("pass", "passes")], 2, "status"),
        ([GOOD.replace("2024-10-11", "11/10/2024")], 2, "published"),
        ([GOOD.replace("pairing.x", "dates.x")], 2, "rule"),
        ([GOOD, "pairing-001,,,2024-10-12,,,,,,call,,,,,"], 3, "published"),
        ([GOOD, GOOD.replace("-001", "-002"), GOOD], 4, "case_id"),
        ([GOOD.replace(",,RUS,,IRN,meeting,,,,,", ",,,,,none,cooperation,,,,")], 2, "event_type"),
        ([GOOD.replace("Russia met Iran.", "")], 2, "text"),
        ([GOOD.replace("meeting,,,,,", "meeting,,,2024-13-01,,")], 2, "event_date"),
    ],
)
def test_loader_errors_name_file_line_and_column(tmp_path, rows, line, column):
    path = _write(tmp_path, *rows)
    with pytest.raises(CaseFileError) as error:
        load_case_file(path)
    assert str(error.value).startswith(f"{path}, line {line}, column '{column}':"), error.value


def test_a_missing_column_is_named(tmp_path):
    path = tmp_path / "claims.csv"
    path.write_text("case_id,rule,status,published,text,claimant,stance\n", encoding="utf-8")
    with pytest.raises(CaseFileError, match=r"claims\.csv, line 1, column 'claimant_country'"):
        load_case_file(path)
