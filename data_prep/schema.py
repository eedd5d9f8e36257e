"""The data contract: every table's columns, their pandas dtypes and the closed vocabularies.

Offsets everywhere are Python string indices into a document's canonical text (the
``text`` column of the documents table), so ``text[char_start:char_end] == quote``.
"""

from __future__ import annotations

import pandas as pd

STRING = "string"
INT = "Int64"
FLOAT = "Float64"
BOOL = "boolean"

DATE_BASES = ("header", "metadata", "inferred", "unknown")
DOCUMENT_STATUSES = ("ok", "warning", "error")
ORIGINS = ("corpus", "uploaded")
SENTENCE_KINDS = ("header", "title", "subheading", "body", "boilerplate")
ACTOR_TYPES = ("person", "state", "government_body", "organisation", "armed_group", "media")
EVENT_TYPES = (
    "meeting",
    "call",
    "visit",
    "agreement",
    "aid",
    "arms_transfer",
    "trade_energy",
    "statement_support",
    "criticism",
    "accusation",
    "denial",
    "sanction",
    "military_action",
    "condolence",
    "invitation",
    "other",
)
POLARITIES = ("cooperation", "tension", "neutral")
MODALITIES = ("reported", "planned", "denied", "hypothetical")
DATE_PRECISIONS = ("day", "week", "month", "year", "unknown")
THEMES = (
    "diplomacy",
    "military",
    "trade",
    "energy",
    "humanitarian",
    "security",
    "nuclear",
    "finance",
    "transport",
    "middle_east",
    "ukraine_war",
)
STANCES = ("asserts", "denies", "disputes", "hopes", "warns")
# Analyst review (``corrections.csv`` in the corpus folder, applied by ``data_prep.review``).
REVIEW_STATES = ("unreviewed", "confirmed", "corrected", "rejected", "added")
REVIEW_ACTIONS = ("confirm", "correct", "reject", "add")
REVIEW_KINDS = ("event", "claim")

TABLES: dict[str, dict[str, str]] = {
    "documents": {
        "doc_id": STRING,
        "source_file": STRING,
        "title": STRING,
        "outlet": STRING,
        "url": STRING,
        "published": STRING,
        "date_basis": STRING,
        "status": STRING,
        "message": STRING,
        "n_chars": INT,
        "n_sentences": INT,
        "sha256": STRING,
        "encoding": STRING,
        "origin": STRING,
        "duplicate_of": STRING,
        "text": STRING,
    },
    "sentences": {
        "doc_id": STRING,
        "source_file": STRING,
        "sentence_index": INT,
        "paragraph_index": INT,
        "kind": STRING,
        "char_start": INT,
        "char_end": INT,
        "text": STRING,
    },
    "actors": {
        "actor_id": STRING,
        "name": STRING,
        "country": STRING,
        "type": STRING,
        "role": STRING,
        "aliases": STRING,
        "n_mentions": INT,
        "n_documents": INT,
    },
    "mentions": {
        "doc_id": STRING,
        "source_file": STRING,
        "sentence_index": INT,
        "char_start": INT,
        "char_end": INT,
        "quote": STRING,
        "actor_id": STRING,
        "actor_name": STRING,
        "actor_type": STRING,
        "country": STRING,
    },
    "events": {
        "event_id": STRING,
        "doc_id": STRING,
        "source_file": STRING,
        "sentence_index": INT,
        "char_start": INT,
        "char_end": INT,
        "quote": STRING,
        "actor1": STRING,
        "actor1_country": STRING,
        "actor2": STRING,
        "actor2_country": STRING,
        "event_type": STRING,
        "cameo_code": STRING,
        "cameo_root": STRING,
        "goldstein": FLOAT,
        "quad_class": INT,
        "polarity": STRING,
        "cue": STRING,
        "event_date": STRING,
        "date_precision": STRING,
        "date_text": STRING,
        "themes": STRING,
        "modality": STRING,
        "russia_iran": BOOL,
        "inferred_partner": BOOL,
        "published": STRING,
        "outlet": STRING,
        "review": STRING,
        "cluster_id": STRING,
    },
    "claim_topics": {
        "claim_id": STRING,
        "topic_id": STRING,
        "topic_words": STRING,
    },
    "event_clusters": {
        "cluster_id": STRING,
        "label": STRING,
        "actor1": STRING,
        "actor2": STRING,
        "event_type": STRING,
        "polarity": STRING,
        "event_date": STRING,
        "date_precision": STRING,
        "first_reported": STRING,
        "last_reported": STRING,
        "n_mentions": INT,
        "n_articles": INT,
        "n_outlets": INT,
        "outlets": STRING,
        "state_media_only": BOOL,
        "single_source": BOOL,
    },
    "claims": {
        "claim_id": STRING,
        "doc_id": STRING,
        "source_file": STRING,
        "sentence_index": INT,
        "char_start": INT,
        "char_end": INT,
        "quote": STRING,
        "claimant": STRING,
        "claimant_country": STRING,
        "stance": STRING,
        "cue": STRING,
        "via": STRING,
        "via_state_media": BOOL,
        "hedged": BOOL,
        "topic": STRING,
        "claim_date": STRING,
        "russia_iran": BOOL,
        "published": STRING,
        "outlet": STRING,
        "review": STRING,
    },
    "problems": {
        "source_file": STRING,
        "severity": STRING,
        "message": STRING,
    },
}

VOCABULARIES: dict[tuple[str, str], tuple[str, ...]] = {
    ("documents", "date_basis"): DATE_BASES,
    ("documents", "status"): DOCUMENT_STATUSES,
    ("documents", "origin"): ORIGINS,
    ("sentences", "kind"): SENTENCE_KINDS,
    ("actors", "type"): ACTOR_TYPES,
    ("events", "event_type"): EVENT_TYPES,
    ("events", "polarity"): POLARITIES,
    ("events", "modality"): MODALITIES,
    ("events", "date_precision"): DATE_PRECISIONS,
    ("event_clusters", "event_type"): EVENT_TYPES,
    ("event_clusters", "polarity"): POLARITIES,
    ("event_clusters", "date_precision"): DATE_PRECISIONS,
    ("claims", "stance"): STANCES,
    ("events", "review"): REVIEW_STATES,
    ("claims", "review"): REVIEW_STATES,
}

# The columns of ``corrections.csv``, one row per analyst decision, in the order written.
# Anchors (``match_*``) hold the values as extracted when the decision was made; the
# corrected fields hold the analyst's full record for ``correct`` and ``add``.
CORRECTIONS: dict[str, str] = {
    "kind": STRING,
    "source_file": STRING,
    "char_start": INT,
    "char_end": INT,
    "quote": STRING,
    "action": STRING,
    "match_actor1": STRING,
    "match_actor2": STRING,
    "match_type": STRING,
    "match_claimant": STRING,
    "actor1": STRING,
    "actor1_country": STRING,
    "actor2": STRING,
    "actor2_country": STRING,
    "event_type": STRING,
    "polarity": STRING,
    "event_date": STRING,
    "date_precision": STRING,
    "modality": STRING,
    "claimant": STRING,
    "claimant_country": STRING,
    "stance": STRING,
    "via": STRING,
    "hedged": STRING,
    "note": STRING,
    "reviewed_by": STRING,
    "reviewed_at": STRING,
}

TABLE_NAMES = tuple(TABLES)


def empty_table(name: str) -> pd.DataFrame:
    return conform(pd.DataFrame(), name)


def conform(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    """Return ``frame`` with exactly the table's columns, in order, with the contract's dtypes."""
    columns = TABLES[name]
    frame = frame.reindex(columns=list(columns))
    return frame.astype(columns)


def plain_records(frame: pd.DataFrame) -> list[dict]:
    """The rows as dicts of plain Python values, a missing value as ``""``. Built column by
    column: three times faster than ``to_dict("records")``, which boxes every value alone,
    on the corpus-wide passes over a hundred thousand events."""
    columns = [
        frame[name].astype(object).where(frame[name].notna(), "").tolist() for name in frame.columns
    ]
    names = list(frame.columns)
    return [dict(zip(names, values, strict=True)) for values in zip(*columns, strict=True)]
