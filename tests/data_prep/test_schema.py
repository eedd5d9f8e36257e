"""The data contract: columns, dtypes, vocabularies and value ranges of every table."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from data_prep import schema
from data_prep.clusters import cluster_events
from data_prep.dates import is_valid_partial_date

REQUIRED = {
    "documents": [
        "doc_id",
        "source_file",
        "title",
        "outlet",
        "url",
        "published",
        "date_basis",
        "status",
        "message",
        "n_chars",
        "n_sentences",
        "sha256",
    ],
    "events": [
        "event_id",
        "doc_id",
        "source_file",
        "sentence_index",
        "char_start",
        "char_end",
        "quote",
        "actor1",
        "actor1_country",
        "actor2",
        "actor2_country",
        "event_type",
        "cameo_root",
        "goldstein",
        "polarity",
        "event_date",
        "date_precision",
        "themes",
        "modality",
        "russia_iran",
    ],
    "claims": [
        "claim_id",
        "doc_id",
        "source_file",
        "char_start",
        "char_end",
        "quote",
        "claimant",
        "claimant_country",
        "stance",
        "via",
        "hedged",
        "topic",
        "claim_date",
    ],
    "actors": ["actor_id", "name", "country", "type", "role", "aliases"],
    "sentences": ["doc_id", "sentence_index", "kind", "char_start", "char_end", "text"],
    "mentions": ["doc_id", "char_start", "char_end", "quote", "actor_id", "country"],
    "problems": ["source_file", "severity", "message"],
    "event_clusters": [
        "cluster_id",
        "label",
        "event_date",
        "date_precision",
        "first_reported",
        "last_reported",
        "n_mentions",
        "n_articles",
        "n_outlets",
        "outlets",
        "state_media_only",
        "single_source",
    ],
}
COUNTRY_COLUMNS = {
    "events": ["actor1_country", "actor2_country"],
    "claims": ["claimant_country"],
    "actors": ["country"],
    "mentions": ["country"],
}
ID_COLUMNS = {
    "documents": "doc_id",
    "events": "event_id",
    "claims": "claim_id",
    "actors": "actor_id",
    "event_clusters": "cluster_id",
}
ISO3 = re.compile(r"[A-Z]{3}")


@pytest.fixture(scope="module")
def seed_tables(seed_tables):
    """The seed tables with the event clusters, made here until ``build_corpus`` makes them."""
    if "event_clusters" in seed_tables:
        return seed_tables
    events, clusters = cluster_events(seed_tables["events"], seed_tables["documents"])
    return {**seed_tables, "events": events, "event_clusters": clusters}


def values(frame: pd.DataFrame, column: str) -> list[str]:
    return [value for value in frame[column].tolist() if not pd.isna(value)]


@pytest.mark.parametrize("name", list(REQUIRED))
def test_required_columns_in_contract_and_output(seed_tables, name):
    assert set(REQUIRED[name]) <= set(schema.TABLES[name])
    assert list(seed_tables[name].columns) == list(schema.TABLES[name])


@pytest.mark.parametrize("name", schema.TABLE_NAMES)
def test_dtypes_follow_the_contract(seed_tables, name):
    frame = seed_tables[name]
    for column, dtype in schema.TABLES[name].items():
        assert str(frame[column].dtype) == str(pd.Series([], dtype=dtype).dtype), (name, column)


@pytest.mark.parametrize(("table", "column"), list(schema.VOCABULARIES))
def test_values_within_vocabularies(seed_tables, table, column):
    frame = seed_tables[table]
    assert set(values(frame, column)) <= set(schema.VOCABULARIES[(table, column)]), (table, column)


def test_themes_within_vocabulary(seed_tables):
    for themes in values(seed_tables["events"], "themes"):
        for theme in filter(None, themes.split(";")):
            assert theme in schema.THEMES, theme


@pytest.mark.parametrize(
    ("table", "column"), [(t, c) for t, columns in COUNTRY_COLUMNS.items() for c in columns]
)
def test_countries_are_iso3_or_empty(seed_tables, table, column):
    for value in values(seed_tables[table], column):
        assert value == "" or ISO3.fullmatch(value), (table, column, value)


def test_goldstein_range_and_cameo(seed_tables):
    events = seed_tables["events"]
    assert events["goldstein"].notna().all()
    assert events["goldstein"].between(-10, 10).all()
    assert (events["cameo_root"] == events["cameo_code"].str[:2]).all()
    assert events["cameo_code"].str.fullmatch(r"\d{3}").all()
    assert events["quad_class"].between(1, 4).all()


@pytest.mark.parametrize(
    ("table", "column"),
    [("events", "event_date"), ("claims", "claim_date"), ("documents", "published")],
)
def test_dates_are_valid_partial_dates(seed_tables, table, column):
    for value in values(seed_tables[table], column):
        assert is_valid_partial_date(value), (table, column, value)


def test_date_precision_matches_the_date(seed_tables):
    lengths = {"day": {10}, "week": {10}, "month": {7}, "year": {4}, "unknown": {0}}
    for row in seed_tables["events"].itertuples():
        assert len(row.event_date) in lengths[row.date_precision], (
            row.event_date,
            row.date_precision,
        )


@pytest.mark.parametrize(
    ("table", "column"),
    [(table, column) for table, column in ID_COLUMNS.items()],
)
def test_ids_unique_and_present(seed_tables, table, column):
    frame = seed_tables[table]
    assert frame[column].notna().all()
    assert frame[column].is_unique


def test_ids_are_stable_across_runs(seed_tables, seeds_dir, today):
    from data_prep.pipeline import build_corpus

    again = build_corpus(seeds_dir, today=today)
    if "event_clusters" not in again:
        again["events"], again["event_clusters"] = cluster_events(
            again["events"], again["documents"]
        )
    for table, column in ID_COLUMNS.items():
        assert seed_tables[table][column].tolist() == again[table][column].tolist(), table


def test_offsets_are_non_negative_ints(seed_tables):
    for name in ("sentences", "mentions", "events", "claims"):
        frame = seed_tables[name]
        assert (frame["char_start"] >= 0).all() and (frame["char_end"] > frame["char_start"]).all()


def test_document_statuses_and_hash(seed_tables):
    documents = seed_tables["documents"]
    assert documents["sha256"].str.fullmatch(r"[0-9a-f]{64}").all()
    assert (documents["n_chars"] > 0).all()


# --- conform / empty_table --------------------------------------------------------------------


def test_conform_adds_missing_drops_extra_and_orders():
    frame = pd.DataFrame({"extra": [1], "message": ["m"], "source_file": ["a.txt"]})
    conformed = schema.conform(frame, "problems")
    assert list(conformed.columns) == ["source_file", "severity", "message"]
    assert conformed.loc[0, "source_file"] == "a.txt"
    assert pd.isna(conformed.loc[0, "severity"])
    assert str(conformed["message"].dtype) == str(pd.Series([], dtype="string").dtype)


def test_conform_casts_types():
    frame = pd.DataFrame({"actor_id": ["x"], "n_mentions": [3.0], "n_documents": ["2"]})
    conformed = schema.conform(frame, "actors")
    assert conformed["n_mentions"].dtype == "Int64" and conformed.loc[0, "n_mentions"] == 3
    assert conformed.loc[0, "n_documents"] == 2


def test_conform_is_idempotent(seed_tables):
    for name, frame in seed_tables.items():
        pd.testing.assert_frame_equal(schema.conform(frame, name), frame, obj=name)


@pytest.mark.parametrize("name", schema.TABLE_NAMES)
def test_empty_table(name):
    frame = schema.empty_table(name)
    assert frame.empty
    assert list(frame.columns) == list(schema.TABLES[name])


def test_unknown_table_name_is_an_error():
    with pytest.raises(KeyError):
        schema.conform(pd.DataFrame(), "nope")


def test_vocabularies_refer_to_real_columns():
    for table, column in schema.VOCABULARIES:
        assert column in schema.TABLES[table]
    assert set(schema.TABLE_NAMES) == {
        "documents",
        "sentences",
        "actors",
        "mentions",
        "events",
        "event_clusters",
        "claims",
        "claim_topics",
        "problems",
    }


def test_lexicon_cues_use_the_vocabularies(lexicons):
    for cue in lexicons.event_cues:
        assert cue.entry.event_type in schema.EVENT_TYPES, cue.phrase
        assert cue.entry.polarity in schema.POLARITIES, cue.phrase
        assert cue.entry.cameo_code in lexicons.cameo, cue.phrase
        for theme in filter(None, cue.entry.themes):
            assert theme in schema.THEMES, cue.phrase
    for cue in lexicons.claim_cues:
        assert cue.entry.stance in schema.STANCES, cue.phrase
    for cue in lexicons.modality_cues:
        assert cue.entry.modality in schema.MODALITIES, cue.phrase
    for cue in lexicons.theme_cues:
        assert cue.entry.theme in schema.THEMES, cue.phrase
    for _, weight in lexicons.cameo.values():
        assert -10 <= weight <= 10
