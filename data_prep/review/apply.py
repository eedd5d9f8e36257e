"""Applying the analyst's decisions to freshly extracted tables.

A decision on an extracted row finds it by place (the sentence's offsets, whose text must
still be the quote) and by anchors (the values it had when the decision was made). When the
rebuild no longer gives such a row the decision is orphaned: listed in ``problems`` and never
applied to another row; a ``correct`` or ``add`` still adds the analyst's row.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from data_prep import schema
from data_prep.assemble import add_problems
from data_prep.event_context import quad_class
from data_prep.lexicons import Lexicons, load_lexicons
from data_prep.model import RUSSIA_IRAN
from data_prep.review.corrections import ANCHORS, FIELDS, FILE_NAME, Correction, read_corrections
from data_prep.rows import stable_id

TABLE = {"event": "events", "claim": "claims"}
ID_COLUMN = {"event": "event_id", "claim": "claim_id"}
STATE = {"confirm": "confirmed", "correct": "corrected", "reject": "rejected", "add": "added"}
FALLBACK_CAMEO = "010"  # make statement


@dataclass(frozen=True)
class ReviewedItem:
    """One reviewed row: its fields as extracted (empty for an addition) and as the analyst
    has them (empty for a rejection). ``action`` is what happened to the row."""

    kind: str
    action: str
    row_id: str
    extracted: dict[str, str]
    corrected: dict[str, str]
    line: int = 0


@dataclass
class ReviewReport:
    items: list[ReviewedItem] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    orphaned: list[Correction] = field(default_factory=list)

    @property
    def pairs(self) -> list[tuple[dict[str, str], dict[str, str]]]:
        """(extracted, corrected) for every corrected row."""
        return [(i.extracted, i.corrected) for i in self.items if i.action == "correct"]


def corpus_texts(tables: Mapping[str, pd.DataFrame]) -> dict[str, str]:
    """Article text by file name; a corpus file wins over an upload of the same name."""
    documents = tables["documents"]
    ordered = documents.sort_values("origin", key=lambda s: s != "corpus", kind="stable")
    texts: dict[str, str] = {}
    for name, text in zip(ordered["source_file"], ordered["text"].fillna(""), strict=True):
        texts.setdefault(name, text)
    return texts


def review_corpus(
    folder: Path, tables: dict[str, pd.DataFrame], lexicons: Lexicons | None = None
) -> tuple[dict[str, pd.DataFrame], ReviewReport]:
    """The folder's ``corrections.csv`` (if any) applied to ``tables``, its problems added to
    the problems table."""
    corrections, problems = read_corrections(folder)
    if not corrections and not problems:
        return tables, ReviewReport()
    tables, report = apply_corrections(tables, corrections, corpus_texts(tables), lexicons)
    report.problems[:0] = problems
    tables = dict(tables)
    tables["problems"] = add_problems(tables["problems"], FILE_NAME, report.problems)
    return tables, report


def apply_corrections(
    tables: Mapping[str, pd.DataFrame],
    corrections: Sequence[Correction],
    texts: Mapping[str, str],
    lexicons: Lexicons | None = None,
) -> tuple[dict[str, pd.DataFrame], ReviewReport]:
    """``tables`` with the decisions applied (inputs are not modified), and the report: the
    reviewed items with their extracted and corrected values, and the problems met."""
    applier = _Applier(tables, texts, lexicons)
    for correction in corrections:
        applier.apply(correction)
    return applier.result()


class _Applier:
    def __init__(
        self,
        tables: Mapping[str, pd.DataFrame],
        texts: Mapping[str, str],
        lexicons: Lexicons | None,
    ) -> None:
        self.tables = dict(tables)
        self.texts = texts
        self._lexicons = lexicons
        self.report = ReviewReport()
        self.records = {
            kind: schema.conform(tables[TABLE[kind]], TABLE[kind]).to_dict("records")
            for kind in TABLE
        }
        self.added: dict[str, list[dict]] = {kind: [] for kind in TABLE}
        self.documents = _documents_by_file(tables["documents"])
        self.places = {kind: _places(self.records[kind]) for kind in TABLE}

    @property
    def lexicons(self) -> Lexicons:
        if self._lexicons is None:
            self._lexicons = load_lexicons()
        return self._lexicons

    def problem(self, correction: Correction, message: str) -> None:
        self.report.problems.append(f"{correction.where}: {message}")

    def apply(self, c: Correction) -> None:
        document = self.documents.get(c.source_file)
        if c.source_file not in self.texts or document is None:
            self.problem(c, f"names article '{c.source_file}', which is not in the corpus")
            return
        if document["duplicate_of"]:
            self.problem(c, f"'{c.source_file}' repeats {document['duplicate_of']}; not applied")
            return
        text = self.texts[c.source_file]
        if text[c.char_start : c.char_end] != c.quote:
            self._text_changed(c, text, document)
        elif c.action == "add":
            self._add(c, document, c.char_start, "add")
        else:
            self._decide(c, document)

    def _text_changed(self, c: Correction, text: str, document: dict) -> None:
        if c.char_end > len(text):
            reason = (
                f"offsets {c.char_start}–{c.char_end} are outside the article "
                f"({len(text)} characters)"
            )
        else:
            reason = "the article text at its offsets is no longer its quote"
        self.report.orphaned.append(c)
        if c.action not in ("correct", "add"):
            self.problem(c, f"orphaned: {reason}; not applied")
            return
        start = text.find(c.quote)
        if start < 0:
            self.problem(
                c,
                f"orphaned: {reason}, and the quote is no longer in the article; "
                "the analyst's row is not added",
            )
            return
        self.problem(
            c,
            f"orphaned: {reason}; the analyst's row is added where the quote "
            f"now is ({start}–{start + len(c.quote)})",
        )
        self._add(c, document, start, "add")

    def _decide(self, c: Correction, document: dict) -> None:
        kind = c.kind
        rows = [
            row
            for row in self.places[kind].get((document["doc_id"], c.char_start, c.char_end), [])
            if all(str(row[col]) == c.match[a] for a, col in ANCHORS[kind].items())
        ]
        if not rows:
            self.report.orphaned.append(c)
            anchors = ", ".join(f"{a}={v!r}" for a, v in c.match.items())
            added = "; the analyst's row is added" if c.action == "correct" else "; not applied"
            self.problem(c, f"orphaned: no {kind} in that sentence has {anchors}{added}")
            if c.action == "correct":
                self._add(c, document, c.char_start, "add")
            return
        if len(rows) > 1:
            self.problem(c, f"matches {len(rows)} {kind}s of that sentence; applied to each")
        for row in rows:
            self._decide_row(c, row)

    def _decide_row(self, c: Correction, row: dict) -> None:
        kind = c.kind
        extracted = _fields(row, kind)
        corrected = {"confirm": extracted, "reject": {}, "correct": c.values}[c.action]
        if c.action == "correct":
            _set_fields(row, kind, c.values, self._derived(kind, row, c.values))
        row["review"] = STATE[c.action]
        self.report.items.append(
            ReviewedItem(kind, c.action, row[ID_COLUMN[kind]], extracted, dict(corrected), c.line)
        )

    def _derived(self, kind: str, row: dict, values: dict[str, str]) -> dict:
        """The columns that follow from the corrected fields."""
        if kind == "claim":
            return {
                "via_state_media": self._state_media(values["via"])
                if values["via"] != row["via"]
                else row["via_state_media"],
                "russia_iran": self._claim_russia_iran(row, values["claimant_country"]),
            }
        derived: dict = {
            "russia_iran": {values["actor1_country"], values["actor2_country"]} == RUSSIA_IRAN
        }
        if (values["event_type"], values["polarity"]) != (row["event_type"], row["polarity"]):
            derived.update(self._cameo(values["event_type"], values["polarity"]))
        return derived

    def _cameo(self, event_type: str, polarity: str) -> dict:
        """The commonest CAMEO code of the cues of that type and polarity, else of that
        polarity: a row corrected to tension never keeps a cooperative code and Goldstein
        score."""
        entries = [cue.entry for cue in self.lexicons.event_cues]
        codes = Counter(
            e.cameo_code for e in entries if (e.event_type, e.polarity) == (event_type, polarity)
        ) or Counter(e.cameo_code for e in entries if e.polarity == polarity)
        code = min(codes, key=lambda k: (-codes[k], k)) if codes else FALLBACK_CAMEO
        return {
            "cameo_code": code,
            "cameo_root": code[:2],
            "goldstein": self.lexicons.goldstein(code),
            "quad_class": quad_class(code),
        }

    def _state_media(self, via: str) -> bool:
        return any(
            a.type == "media" and a.state_media and via in (a.name, *a.aliases)
            for a in self.lexicons.actors
        )

    def _claim_russia_iran(self, row: dict, claimant_country: str) -> bool:
        mentions = self.tables.get("mentions")
        named: set[str] = set()
        if mentions is not None and len(mentions):
            inside = mentions[
                (mentions["doc_id"] == row["doc_id"])
                & (mentions["char_start"] >= row["char_start"])
                & (mentions["char_end"] <= row["char_end"])
            ]
            named = set(inside["country"].dropna())
        return claimant_country in RUSSIA_IRAN or named >= RUSSIA_IRAN

    def _add(self, c: Correction, document: dict, start: int, action: str) -> None:
        row = _base_row(document, start, start + len(c.quote), c.quote, self.tables["sentences"])
        row.update(_typed(c.kind, c.values))
        if c.kind == "event":
            row.update(self._cameo(c.values["event_type"], c.values["polarity"]))
            row.update(cue="", date_text="", themes="", inferred_partner=False)
            parts = [c.values[k] for k in ("actor1", "actor2", "event_type", "event_date")]
        else:
            row.update(cue="", topic="", claim_date=document["published"])
            parts = [c.values[k] for k in ("claimant", "stance")]
        row.update(self._derived(c.kind, {**row, "via": None, "via_state_media": False}, c.values))
        row[ID_COLUMN[c.kind]] = stable_id(
            ID_COLUMN[c.kind][:2] + "_", document["doc_id"], "added", start, *parts
        )
        row["review"] = STATE[action]
        self.added[c.kind].append(row)
        self.report.items.append(
            ReviewedItem(c.kind, "add", row[ID_COLUMN[c.kind]], {}, dict(c.values), c.line)
        )

    def result(self) -> tuple[dict[str, pd.DataFrame], ReviewReport]:
        order = {doc_id: i for i, doc_id in enumerate(self.tables["documents"]["doc_id"])}
        for kind, name in TABLE.items():
            frame = pd.DataFrame(self.records[kind] + self.added[kind])
            if self.added[kind]:
                frame["_doc"] = frame["doc_id"].map(order)
                frame = frame.sort_values(["_doc", "char_start"], kind="stable")
            self.tables[name] = schema.conform(frame.reset_index(drop=True), name)
        return self.tables, self.report


def _documents_by_file(documents: pd.DataFrame) -> dict[str, dict]:
    ordered = documents.sort_values("origin", key=lambda s: s != "corpus", kind="stable")
    records = schema.plain_records(ordered)
    by_file: dict[str, dict] = {}
    for record in records:
        by_file.setdefault(record["source_file"], record)
    return by_file


def _places(records: list[dict]) -> dict[tuple, list[dict]]:
    places: dict[tuple, list[dict]] = {}
    for row in records:
        key = (row["doc_id"], int(row["char_start"]), int(row["char_end"]))
        places.setdefault(key, []).append(row)
    return places


def _fields(row: Mapping, kind: str) -> dict[str, str]:
    def text(value: object) -> str:
        if isinstance(value, bool):
            return "true" if value else "false"
        return "" if value is None or pd.isna(value) else str(value)

    return {f: text(row[f]) for f in FIELDS[kind]}


def _typed(kind: str, values: Mapping[str, str]) -> dict:
    typed: dict = dict(values)
    if kind == "claim":
        typed["hedged"] = values["hedged"] == "true"
    return typed


def _set_fields(row: dict, kind: str, values: Mapping[str, str], derived: Mapping) -> None:
    row.update(_typed(kind, values))
    row.update(derived)


def _base_row(document: Mapping, start: int, end: int, quote: str, sentences: pd.DataFrame) -> dict:
    inside = sentences[
        (sentences["doc_id"] == document["doc_id"])
        & (sentences["char_start"] <= start)
        & (sentences["char_end"] > start)
    ]
    return {
        "doc_id": document["doc_id"],
        "source_file": document["source_file"],
        "sentence_index": int(inside["sentence_index"].iloc[0]) if len(inside) else None,
        "char_start": start,
        "char_end": end,
        "quote": quote,
        "published": document["published"],
        "outlet": document["outlet"],
    }
