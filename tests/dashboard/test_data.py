import io
import os
import tempfile

import pandas as pd
import pytest

from dashboard import data


def test_corpus_dir_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("CORPUS_DIR", str(tmp_path))
    assert data.corpus_dir() == tmp_path
    monkeypatch.setenv("CORPUS_DIR", "seeds")
    assert data.corpus_dir() == data.REPO_ROOT / "seeds"


def test_fingerprint_changes_when_an_article_changes(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Russia and Iran met.")
    (tmp_path / "notes.docx").write_text("ignored")
    before = data.fingerprint(tmp_path)
    assert [name for name, _, _ in before] == ["a.txt"]
    article.write_text("Russia and Iran met again.")
    os.utime(article, ns=(1, 1))
    assert data.fingerprint(tmp_path) != before
    assert data.fingerprint(tmp_path / "missing") == ()


def test_upload_key_is_plain_and_content_based():
    assert data.upload_key([("a.txt", b"x")]) == data.upload_key([("a.txt", b"x")])
    assert data.upload_key([("a.txt", b"x")]) != data.upload_key([("a.txt", b"y")])


@pytest.fixture
def corpus(monkeypatch, tmp_path):
    """A one-article corpus with its store in a temporary folder."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Russia and Iran signed a treaty on 3 March 2024.")
    monkeypatch.setenv("CORPUS_DIR", str(folder))
    monkeypatch.setenv("STORE_DIR", str(tmp_path / "store"))
    return folder


UPLOAD = ("b.txt", b"Iran thanked Russia for its support on 4 March 2024.")


def test_store_dir_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.delenv("STORE_DIR", raising=False)
    assert data.store_dir() == data.REPO_ROOT / "data" / "processed"
    monkeypatch.setenv("STORE_DIR", str(tmp_path))
    assert data.store_dir() == tmp_path


def test_the_first_load_builds_the_store_and_later_loads_read_it(corpus, tmp_path):
    store = tmp_path / "store"
    assert not data.store_is_current(corpus, store)
    tables = data.load_tables()
    assert data.store_is_current(corpus, store)
    assert list(tables["documents"]["source_file"]) == ["a.txt"]
    assert "text" not in tables["documents"] and "sentences" not in tables
    before = data.store_state(store)
    data.load_tables()
    assert data.store_state(store) == before


def test_a_read_only_store_folder_falls_back_to_a_temporary_one(monkeypatch, corpus, tmp_path):
    monkeypatch.setattr(data, "is_writable", lambda folder: False)
    chosen = data.choose_store_dir(corpus, tmp_path / "read-only")
    assert chosen == data.fallback_store_dir(corpus)
    assert str(chosen).startswith(tempfile.gettempdir())


def test_uploads_join_the_corpus_tagged_as_uploaded_without_rebuilding_it(corpus, tmp_path):
    data.load_tables()
    before = data.store_state(tmp_path / "store")
    tables = data.load_tables([UPLOAD])
    origins = dict(
        zip(tables["documents"]["source_file"], tables["documents"]["origin"], strict=True)
    )
    assert origins == {"a.txt": "corpus", "b.txt": "uploaded"}
    assert data.store_state(tmp_path / "store") == before
    assert data.load_options([])["start"]
    assert tables["actors"]["actor_id"].is_unique
    iran = tables["actors"].set_index("actor_id").loc["iran"]
    assert iran["n_documents"] == 2


def test_one_articles_text_and_sentences_are_read_on_demand(corpus):
    tables = data.load_tables([UPLOAD])
    by_file = dict(
        zip(tables["documents"]["source_file"], tables["documents"]["doc_id"], strict=True)
    )
    for name, text in (("a.txt", (corpus / "a.txt").read_text()), UPLOAD):
        text = text.decode() if isinstance(text, bytes) else text
        doc_id = by_file[name]
        assert data.article_text(doc_id, [UPLOAD]) == text
        sentences = data.article_sentences(doc_id, [UPLOAD])
        assert set(sentences["doc_id"]) == {doc_id}
        for row in sentences.itertuples(index=False):
            assert text[row.char_start : row.char_end] == row.text


def test_filtered_views_are_the_filter_functions_results(corpus):
    from dashboard.filters import Filters, filter_events

    tables = data.load_tables()
    for filters in (Filters(), Filters(polarities=("tension",)), Filters(russia_iran_only=False)):
        events, _, documents = data.filtered_view(filters)
        pd.testing.assert_frame_equal(events, filter_events(tables["events"], filters))
        assert len(documents) == 1


def test_downloads_round_trip(seed_tables):
    events = seed_tables["events"]
    from_csv = pd.read_csv(io.BytesIO(data.csv_bytes(events)))
    assert list(from_csv.columns) == list(events.columns) and len(from_csv) == len(events)
    from_parquet = pd.read_parquet(io.BytesIO(data.parquet_bytes(events)))
    pd.testing.assert_frame_equal(from_parquet, events.reset_index(drop=True), check_dtype=False)


def test_a_store_folder_that_refuses_writes_falls_back_to_a_temporary_one(
    monkeypatch, corpus, tmp_path
):
    real_update = data.update_store
    refused = tmp_path / "store"

    def update(corpus_folder, store, **options):
        if store == refused:
            raise PermissionError(f"read-only: {store}")
        return real_update(corpus_folder, store, **options)

    monkeypatch.setattr(data, "update_store", update)
    monkeypatch.setattr(data, "fallback_store_dir", lambda folder: tmp_path / "fallback")
    tables = data.load_tables()
    assert list(tables["documents"]["source_file"]) == ["a.txt"]
    assert data.store_is_current(corpus, tmp_path / "fallback")
    assert data.current_store() == tmp_path / "fallback", "later runs read it, no rebuild"


def test_filtered_views_cache_row_positions_not_copies(corpus):
    from dashboard.filters import Filters

    data.load_tables()
    everything = data.filtered_view(Filters(russia_iran_only=False))
    assert everything[2] is data.load_tables()["documents"], "no filter: the table itself"


def test_the_apps_reading_of_the_store_is_kept_for_the_next_start(corpus, tmp_path):
    first = data.load_tables()
    store = tmp_path / "store"
    folder = data.view_cache_dir(store, data.store_state(store))
    assert sorted(path.stem for path in folder.glob("*.arrow")) == sorted(first)
    data._store_tables.clear()  # a new server process: nothing in memory
    again = data.load_tables()
    for name, frame in first.items():
        pd.testing.assert_frame_equal(
            again[name], frame.reset_index(drop=True), check_categorical=False, check_dtype=False
        )
        assert [str(d)[:5] for d in again[name].dtypes] == [str(d)[:5] for d in frame.dtypes]
