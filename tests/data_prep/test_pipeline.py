"""The pipeline on the seeds: offsets contract, body-only extraction, document bookkeeping."""

from __future__ import annotations

import pandas as pd
import pytest

from data_prep import schema
from data_prep.pipeline import build_corpus, build_tables, process_article, stable_id

OFFSET_TABLES = ("events", "claims", "mentions", "sentences")


@pytest.mark.parametrize("name", OFFSET_TABLES)
def test_offsets_contract_on_seeds(seed_tables, seed_texts, name):
    frame = seed_tables[name]
    assert len(frame) > 0, f"the seeds should give some {name}"
    quote = "text" if name == "sentences" else "quote"
    text_by_doc = dict(
        zip(seed_tables["documents"]["doc_id"], seed_tables["documents"]["text"], strict=True)
    )
    for row in frame.itertuples():
        text = text_by_doc[row.doc_id]
        assert seed_texts[row.source_file] == text
        assert 0 <= row.char_start < row.char_end <= len(text), row
        assert text[row.char_start : row.char_end] == getattr(row, quote), row


@pytest.mark.parametrize("name", ("events", "claims", "mentions"))
def test_rows_come_from_body_sentences(seed_tables, name):
    sentences = seed_tables["sentences"].set_index(["doc_id", "sentence_index"])
    frame = seed_tables[name]
    for row in frame.itertuples():
        sentence = sentences.loc[(row.doc_id, row.sentence_index)]
        assert sentence["kind"] == "body", (name, row.quote)
        assert sentence["char_start"] <= row.char_start and row.char_end <= sentence["char_end"]


def test_event_and_claim_quotes_are_their_whole_sentence(seed_tables):
    sentences = seed_tables["sentences"].set_index(["doc_id", "sentence_index"])
    for name in ("events", "claims"):
        for row in seed_tables[name].itertuples():
            assert sentences.loc[(row.doc_id, row.sentence_index)]["text"] == row.quote


def test_every_seed_file_is_a_document(seed_tables, seeds_dir):
    files = sorted(p.name for p in seeds_dir.iterdir() if p.suffix == ".txt")
    documents = seed_tables["documents"]
    assert sorted(documents["source_file"]) == files
    assert set(documents["status"]) == {"ok"}
    assert (documents["message"] == "").all()
    assert (documents["published"] != "").all()


def test_document_counts_agree_with_tables(seed_tables):
    documents = seed_tables["documents"].set_index("doc_id")
    sentences = seed_tables["sentences"]
    for doc_id, rows in sentences.groupby("doc_id"):
        assert documents.at[doc_id, "n_sentences"] == (rows["kind"] == "body").sum()
        assert documents.at[doc_id, "n_chars"] == len(documents.at[doc_id, "text"])


def test_events_carry_the_document_metadata(seed_tables):
    documents = seed_tables["documents"].set_index("doc_id")
    for name in ("events", "claims"):
        for row in seed_tables[name].itertuples():
            assert row.published == documents.at[row.doc_id, "published"]
            assert row.outlet == documents.at[row.doc_id, "outlet"]
            assert row.source_file == documents.at[row.doc_id, "source_file"]


def test_seeds_contain_russia_iran_cooperation(seed_tables):
    events = seed_tables["events"]
    russia_iran = events[events["russia_iran"].astype(bool)]
    assert len(russia_iran) > 0
    assert (
        russia_iran.apply(lambda r: {r["actor1_country"], r["actor2_country"]}, axis=1)
        == {"RUS", "IRN"}
    ).all()
    assert "cooperation" in set(russia_iran["polarity"])


def test_russia_iran_flag_matches_countries(seed_tables):
    events = seed_tables["events"]
    expected = events.apply(
        lambda r: {r["actor1_country"], r["actor2_country"]} == {"RUS", "IRN"}, axis=1
    )
    assert (events["russia_iran"].astype(bool) == expected).all()


def test_event_actors_are_different_sides(seed_tables):
    events = seed_tables["events"]
    for row in events.itertuples():
        assert row.actor1 and row.actor2
        assert (row.actor1_country, row.actor1) != (row.actor2_country, row.actor2)


def test_mentions_point_at_known_actors(seed_tables):
    actors = set(seed_tables["actors"]["actor_id"])
    assert set(seed_tables["mentions"]["actor_id"]) <= actors


def test_actor_counts_match_mentions(seed_tables):
    mentions = seed_tables["mentions"]
    actors = seed_tables["actors"].set_index("actor_id")
    counts = mentions.groupby("actor_id").size()
    for actor_id, count in counts.items():
        assert actors.at[actor_id, "n_mentions"] == count
    assert actors.loc[~actors.index.isin(counts.index), "n_mentions"].eq(0).all()


def test_actors_named_in_the_text_but_not_in_the_registry(write_corpus, today):
    text = (
        " date 2024-10-11 Shahriar Heydari, an Iranian lawmaker, told the reformist daily "
        "Nasim-e Sahar that Russia had not delivered the jets.\n"
    )
    actors = build_corpus(write_corpus({"a.txt": text}), today=today)["actors"]
    roles = dict(zip(actors["name"], actors["role"], strict=True))
    assert roles["Shahriar Heydari"] == "named in the text, not in the registry"
    assert roles["Nasim-e Sahar"] == "named in the text, not in the registry"


def test_seed_corpus_is_deterministic(seed_tables, seeds_dir, today):
    again = build_corpus(seeds_dir, today=today)
    for name in schema.TABLE_NAMES:
        pd.testing.assert_frame_equal(seed_tables[name], again[name], obj=name)


def test_stable_id():
    assert stable_id("ev_", "a", 1) == stable_id("ev_", "a", 1)
    assert stable_id("ev_", "a", 1) != stable_id("ev_", "a", 2)
    assert stable_id("ev_", "a", 1).startswith("ev_") and len(stable_id("ev_", "x")) == 15


def test_doc_id_depends_only_on_the_file_name(write_corpus, good_article, today):
    first = build_corpus(write_corpus({"a.txt": good_article}, "one"), today=today)
    second = build_corpus(
        write_corpus({"a.txt": good_article, "b.txt": "Other text. More."}, "two"), today=today
    )
    doc_a = second["documents"].set_index("source_file").at["a.txt", "doc_id"]
    assert first["documents"]["doc_id"].tolist() == [doc_a]
    first_events = first["events"].reset_index(drop=True)
    second_events = second["events"][second["events"]["doc_id"] == doc_a].reset_index(drop=True)
    pd.testing.assert_frame_equal(first_events, second_events)


def test_duplicates_are_flagged_and_not_counted_twice(write_corpus, good_article, today):
    once = build_corpus(write_corpus({"a.txt": good_article}, "once"), today=today)
    twice = build_corpus(
        write_corpus({"a.txt": good_article, "b_copy.txt": good_article}, "twice"), today=today
    )
    documents = twice["documents"].set_index("source_file")
    assert documents.at["a.txt", "duplicate_of"] == ""
    assert documents.at["b_copy.txt", "duplicate_of"] == "a.txt"
    assert documents.at["b_copy.txt", "status"] == "warning"
    assert "duplicate" in documents.at["b_copy.txt", "message"]
    assert len(once["events"]) > 0
    for name in ("events", "claims", "mentions"):
        assert len(twice[name]) == len(once[name]), name
        assert set(twice[name]["source_file"]) <= {"a.txt"}
    assert (twice["problems"]["source_file"] == "b_copy.txt").any()


def test_whitespace_variant_is_a_duplicate(write_corpus, good_article, today):
    variant = good_article.replace("\n\n", "\n").replace(" met ", "  met ")
    tables = build_corpus(write_corpus({"a.txt": good_article, "b.txt": variant}), today=today)
    assert tables["documents"].set_index("source_file").at["b.txt", "duplicate_of"] == "a.txt"


def test_upload_duplicate_of_corpus_file(write_corpus, good_article, today):
    folder = write_corpus({"a.txt": good_article})
    tables = build_corpus(folder, uploads=[("0_upload.txt", good_article.encode())], today=today)
    documents = tables["documents"].set_index("source_file")
    assert documents.at["0_upload.txt", "duplicate_of"] == "a.txt"
    assert documents.at["a.txt", "duplicate_of"] == ""


def test_process_article_is_pure(lexicons, good_article, today):
    from data_prep.load import decode_article

    raw = decode_article("a.txt", good_article.encode())
    first = process_article(raw, None, lexicons, today)
    second = process_article(raw, None, lexicons, today)
    assert first.document == second.document
    assert first.events == second.events and first.claims == second.claims


def test_build_tables_with_no_results(lexicons):
    tables = build_tables([], lexicons)
    assert set(tables) == set(schema.TABLE_NAMES)
    for name, frame in tables.items():
        assert list(frame.columns) == list(schema.TABLES[name]), name
        if name != "actors":
            assert frame.empty, name


def test_empty_folder_gives_empty_tables(tmp_path, today):
    tables = build_corpus(tmp_path, today=today)
    assert tables["documents"].empty and tables["events"].empty
    assert list(tables["events"].columns) == list(schema.TABLES["events"])


def test_missing_folder_gives_empty_tables(tmp_path, today):
    tables = build_corpus(tmp_path / "does-not-exist", today=today)
    assert tables["documents"].empty


def test_upload_with_the_name_of_a_corpus_file_gets_its_own_id(write_corpus, good_article, today):
    folder = write_corpus({"a.txt": good_article})
    other = b" date 2024-05-20 Russia and Iran signed a treaty in Tehran on Monday."
    tables = build_corpus(folder, uploads=[("a.txt", other)], today=today)
    documents = tables["documents"]
    assert len(documents) == 2
    assert documents["doc_id"].is_unique
    text_by_doc = dict(zip(documents["doc_id"], documents["text"], strict=True))
    for row in tables["events"].itertuples():
        assert text_by_doc[row.doc_id][row.char_start : row.char_end] == row.quote
