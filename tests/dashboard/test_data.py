import io
import os

import pandas as pd

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


def test_uploads_join_the_corpus_tagged_as_uploaded(monkeypatch, tmp_path):
    monkeypatch.setenv("CORPUS_DIR", str(tmp_path))
    (tmp_path / "a.txt").write_text("Russia and Iran signed a treaty on 3 March 2024.")
    tables = data.load_tables([("b.txt", b"Iran thanked Russia for its support on 4 March 2024.")])
    origins = dict(
        zip(tables["documents"]["source_file"], tables["documents"]["origin"], strict=True)
    )
    assert origins == {"a.txt": "corpus", "b.txt": "uploaded"}
    assert data.load_options([])["start"]


def test_downloads_round_trip(seed_tables):
    events = seed_tables["events"]
    from_csv = pd.read_csv(io.BytesIO(data.csv_bytes(events)))
    assert list(from_csv.columns) == list(events.columns) and len(from_csv) == len(events)
    from_parquet = pd.read_parquet(io.BytesIO(data.parquet_bytes(events)))
    pd.testing.assert_frame_equal(from_parquet, events.reset_index(drop=True), check_dtype=False)
