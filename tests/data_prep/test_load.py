"""Loader: the date header, sources.csv and the publication-date precedence."""

from __future__ import annotations

from datetime import date

import pytest

from data_prep.clean import parse_header, segment_document
from data_prep.load import (
    SourceMetadata,
    decode_article,
    is_iso_date,
    parse_sources,
    read_sources,
)
from data_prep.pipeline import build_corpus, read_corpus, resolve_publication

TODAY = date(2026, 6, 1)
BODY = "Russian President Vladimir Putin met Iranian President Masoud Pezeshkian in Moscow."


# --- header forms -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        f" date 2026-03-13 {BODY}",
        f"date 2026-03-13 {BODY}",
        f"\tdate 2026-03-13 {BODY}",
        f" date 2026-03-13  {BODY}",
    ],
    ids=["leading-space", "no-leading-space", "leading-tab", "two-spaces-after"],
)
def test_header_sharing_the_first_line_is_parsed(text, lexicons):
    header = parse_header(text)
    assert header is not None
    assert header.value == "2026-03-13"
    assert text[header.start : header.end] == "date 2026-03-13"
    assert text[header.body_start :].startswith("Russian President")

    _, segments = segment_document(text, lexicons)
    kinds = [(segment.kind, text[segment.start : segment.end]) for segment in segments]
    assert kinds[0] == ("header", "date 2026-03-13")
    assert kinds[1] == ("body", BODY)


@pytest.mark.parametrize(
    "text",
    [f"date 2026-03-13\n{BODY}", f" date 2026-03-13\n\n{BODY}"],
    ids=["own-line", "own-line-blank-after"],
)
def test_header_on_its_own_line_is_parsed(text, lexicons, article):
    header = parse_header(text)
    assert header is not None and header.value == "2026-03-13"
    _, segments = segment_document(text, lexicons)
    assert [s.kind for s in segments] == ["header", "body"]
    document = article(text, published=None).document
    assert (document["published"], document["date_basis"]) == ("2026-03-13", "header")


def test_missing_header(lexicons, article):
    assert parse_header(BODY) is None
    _, segments = segment_document(BODY, lexicons)
    assert [s.kind for s in segments] == ["body"]
    document = article(BODY, published=None).document
    assert document["published"] == ""
    assert document["date_basis"] == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        "Date 2026-03-13 was a Friday.",
        "update 2026-03-13 Putin met.",
        "The date 2026-03-13 was chosen.",
    ],
)
def test_header_only_at_file_start_and_lower_case(text):
    assert parse_header(text) is None


def test_header_offsets_index_the_canonical_text(article):
    text = f" date 2024-10-11 {BODY}"
    result = article(text, published=None)
    header = [s for s in result.sentences if s["kind"] == "header"]
    assert len(header) == 1
    assert text[header[0]["char_start"] : header[0]["char_end"]] == "date 2024-10-11"
    assert result.document["published"] == "2024-10-11"
    assert result.document["date_basis"] == "header"


# --- precedence: header > sources.csv > text > unknown ----------------------------------------


def test_header_beats_metadata():
    metadata = SourceMetadata(published="2020-01-01", date_basis="metadata")
    published, basis, problems = resolve_publication(
        "2024-10-11", metadata, "On May 5, 2019.", TODAY
    )
    assert (published, basis, problems) == (date(2024, 10, 11), "header", [])


def test_metadata_beats_text():
    metadata = SourceMetadata(published="2020-01-01", date_basis="metadata")
    published, basis, _ = resolve_publication(None, metadata, "It happened on May 5, 2019.", TODAY)
    assert (published, basis) == (date(2020, 1, 1), "metadata")


def test_metadata_basis_inferred_is_kept():
    metadata = SourceMetadata(published="2025-04-26", date_basis="inferred")
    assert resolve_publication(None, metadata, "", TODAY)[:2] == (date(2025, 4, 26), "inferred")


def test_text_date_used_when_nothing_else():
    text = "The talks took place on March 3, 2022 and again on 9 April 2023, sources said."
    published, basis, _ = resolve_publication(None, None, text, TODAY)
    assert (published, basis) == (date(2023, 4, 9), "inferred")


def test_text_date_after_today_is_not_a_publication_date():
    text = "A summit is planned for May 5, 2030; talks were held on May 5, 2024."
    assert resolve_publication(None, None, text, TODAY)[:2] == (date(2024, 5, 5), "inferred")


def test_unknown_when_no_date_anywhere():
    published, basis, problems = resolve_publication(None, None, BODY, TODAY)
    assert (published, basis, problems) == (None, "unknown", [])


def test_metadata_without_published_falls_through_to_text():
    metadata = SourceMetadata(title="A title", outlet="Reuters")
    assert resolve_publication(None, metadata, "Seen on 1 June 2021.", TODAY)[:2] == (
        date(2021, 6, 1),
        "inferred",
    )


@pytest.mark.parametrize("bad", ["2026-13-45", "yesterday", "2024-02-30", "20240101", "2024-1-1"])
def test_malformed_header_falls_back_and_is_reported(bad):
    metadata = SourceMetadata(published="2024-10-11", date_basis="metadata")
    published, basis, problems = resolve_publication(bad, metadata, "", TODAY)
    assert (published, basis) == (date(2024, 10, 11), "metadata")
    assert len(problems) == 1 and bad in problems[0] and "malformed" in problems[0]


def test_future_header_is_kept_with_a_warning():
    published, basis, problems = resolve_publication("2099-01-01", None, "", TODAY)
    assert (published, basis) == (date(2099, 1, 1), "header")
    assert any("future" in problem for problem in problems)


def test_precedence_end_to_end(write_corpus):
    folder = write_corpus(
        {
            "a_header.txt": f" date 2024-10-11 {BODY}",
            "b_meta.txt": BODY,
            "c_text.txt": f"{BODY} The meeting took place on April 26, 2025.",
            "d_none.txt": BODY.replace("Moscow", "Ashgabat"),
            "sources.csv": "file,title,outlet,url,published,date_basis,notes\n"
            "a_header.txt,T,O,,2000-01-01,metadata,\n"
            "b_meta.txt,T,O,,2024-05-20,metadata,\n",
        }
    )
    documents = build_corpus(folder, today=TODAY)["documents"].set_index("source_file")
    expected = {
        "a_header.txt": ("2024-10-11", "header"),
        "b_meta.txt": ("2024-05-20", "metadata"),
        "c_text.txt": ("2025-04-26", "inferred"),
        "d_none.txt": ("", "unknown"),
    }
    for name, (published, basis) in expected.items():
        assert (documents.at[name, "published"], documents.at[name, "date_basis"]) == (
            published,
            basis,
        )


# --- sources.csv ------------------------------------------------------------------------------


def test_sources_csv_is_optional(write_corpus):
    folder = write_corpus({"a.txt": f" date 2024-10-11 {BODY}"})
    _, sources = read_corpus(folder)
    assert sources.by_file == {} and sources.problems == []
    tables = build_corpus(folder, today=TODAY)
    assert tables["documents"]["status"].tolist() == ["ok"]
    assert tables["problems"].empty


def test_sources_csv_metadata_fills_the_document(write_corpus):
    folder = write_corpus(
        {
            "a.txt": BODY,
            "sources.csv": "file,title,outlet,url,published,date_basis,notes\n"
            "a.txt,Putin meets Pezeshkian,Reuters,https://example.org/a,2024-10-11,metadata,n\n",
        }
    )
    document = build_corpus(folder, today=TODAY)["documents"].iloc[0]
    assert document["title"] == "Putin meets Pezeshkian"
    assert document["outlet"] == "Reuters"
    assert document["url"] == "https://example.org/a"
    assert (document["published"], document["date_basis"]) == ("2024-10-11", "metadata")


def test_parse_sources_well_formed():
    table = parse_sources(
        "file,title,outlet,url,published,date_basis,notes\na.txt,T,O,U,2024-10-11,,x\n"
    )
    assert table.problems == []
    assert table.by_file["a.txt"] == SourceMetadata("T", "O", "U", "2024-10-11", "metadata", "x")


def test_parse_sources_header_is_case_and_space_insensitive():
    table = parse_sources(" File , Published \na.txt , 2024-10-11\n")
    assert table.by_file["a.txt"].published == "2024-10-11"


@pytest.mark.parametrize(
    ("text", "expect_in_message", "expect_rows"),
    [
        ("title,published\nx,2024-01-01\n", "no 'file' column", 0),
        ("", "no 'file' column", 0),
        ("file;published\na.txt;2024-01-01\n", "no 'file' column", 0),
        ("file,published\na.txt,2024-01-01\n", "missing column", 1),
        ("file,published\na.txt,11/10/2024\n", "11/10/2024", 1),
        ("file,published\na.txt,2024-02-30\n", "2024-02-30", 1),
        ("file,published\n,2024-01-01\n", "empty 'file'", 0),
        ("file,published,date_basis\na.txt,2024-01-01,guess\n", "guess", 1),
        ("file,published\na.txt,2024-01-01,extra,cells\n", "missing column", 1),
        ("file,published,title\na.txt\n", "missing column", 1),
    ],
    ids=[
        "no-file-column",
        "empty",
        "semicolons",
        "missing-columns",
        "us-date",
        "impossible-date",
        "empty-file-cell",
        "bad-basis",
        "long-row",
        "short-row",
    ],
)
def test_parse_sources_broken_gives_messages_not_exceptions(text, expect_in_message, expect_rows):
    table = parse_sources(text)
    assert any(expect_in_message in problem for problem in table.problems), table.problems
    assert len(table.by_file) == expect_rows
    for metadata in table.by_file.values():
        assert metadata.published == "" or is_iso_date(metadata.published)


def test_bad_published_date_is_dropped_not_used():
    table = parse_sources("file,published\na.txt,2024-13-01\n")
    assert table.by_file["a.txt"].published == ""
    assert table.by_file["a.txt"].date_basis == ""


def test_parse_sources_huge_field_does_not_raise():
    text = 'file,notes\na.txt,"' + "x" * 200_000 + '"\n'
    table = parse_sources(text)
    assert table.problems


@pytest.mark.parametrize(
    "text",
    ["file,published\ra.txt,2024-10-11\r", "file,published\na.txt,2024-10-11\rb.txt,2024-01-01\n"],
    ids=["cr-only", "stray-cr"],
)
def test_parse_sources_with_cr_line_endings(text):
    table = parse_sources(text)
    assert table.by_file["a.txt"].published == "2024-10-11"


def test_sources_csv_with_cr_line_endings_does_not_break_the_corpus(write_corpus):
    folder = write_corpus({"a.txt": BODY, "sources.csv": b"file,published\ra.txt,2024-10-11\r"})
    documents = build_corpus(folder, today=TODAY)["documents"]
    assert documents["source_file"].tolist() == ["a.txt"]


def test_sources_rows_for_missing_files_are_reported(write_corpus):
    folder = write_corpus(
        {
            "a.txt": BODY,
            "sources.csv": "file,title,outlet,url,published,date_basis,notes\n"
            "a.txt,,,,2024-10-11,,\nghost.txt,,,,2024-01-01,,\n",
        }
    )
    articles, sources = read_corpus(folder)
    assert [a.source_file for a in articles] == ["a.txt"]
    assert any(
        "ghost.txt" in problem and "not in the corpus" in problem for problem in sources.problems
    )
    tables = build_corpus(folder, today=TODAY)
    assert tables["documents"]["source_file"].tolist() == ["a.txt"]
    assert tables["documents"]["published"].tolist() == ["2024-10-11"]
    problems = tables["problems"]
    assert (
        (problems["source_file"] == "sources.csv") & problems["message"].str.contains("ghost.txt")
    ).any()


def test_sources_not_utf8_is_reported_and_ignored(write_corpus):
    folder = write_corpus(
        {
            "a.txt": f" date 2024-10-11 {BODY}",
            "sources.csv": "file,title,published\na.txt,Путин в Москве,2020-01-01\n".encode(
                "cp1251"
            ),
        }
    )
    sources = read_sources(folder)
    assert sources.by_file == {}
    assert len(sources.problems) == 1 and "sources.csv" in sources.problems[0]
    tables = build_corpus(folder, today=TODAY)
    assert tables["documents"]["published"].tolist() == ["2024-10-11"]
    assert tables["documents"]["status"].tolist() == ["ok"]
    assert (tables["problems"]["source_file"] == "sources.csv").any()


def test_sources_with_bom_is_read(write_corpus):
    folder = write_corpus(
        {
            "a.txt": BODY,
            "sources.csv": b"\xef\xbb\xbffile,published\na.txt,2024-10-11\n",
        }
    )
    assert read_sources(folder).by_file["a.txt"].published == "2024-10-11"


def test_sources_is_a_directory_does_not_raise(tmp_path):
    folder = tmp_path / "corpus"
    (folder / "sources.csv").mkdir(parents=True)
    (folder / "a.txt").write_text(BODY, encoding="utf-8")
    sources = read_sources(folder)
    assert sources.by_file == {} and sources.problems


# --- listing and decoding ---------------------------------------------------------------------


def test_only_txt_and_md_files_are_articles(write_corpus):
    folder = write_corpus(
        {
            "a.txt": BODY,
            "b.MD": BODY + " Again.",
            "c.csv": "x,y\n",
            "d.json": "{}",
            "sources.csv": "file\n",
        }
    )
    (folder / "sub.txt").mkdir()
    articles, _ = read_corpus(folder)
    assert [a.source_file for a in articles] == ["a.txt", "b.MD"]


def test_decode_article_keeps_text_and_hash():
    data = f" date 2024-10-11 {BODY}\n".encode()
    raw = decode_article("a.txt", data)
    assert raw.text == data.decode("utf-8")
    assert raw.encoding == "utf-8"
    assert raw.problems == () and raw.fatal == ""
    assert len(raw.sha256) == 64


def test_uploads_are_loaded_with_origin(tmp_path):
    tables = build_corpus(
        tmp_path, uploads=[("up.txt", f" date 2024-10-11 {BODY}".encode())], today=TODAY
    )
    document = tables["documents"].iloc[0]
    assert (document["source_file"], document["origin"], document["status"]) == (
        "up.txt",
        "uploaded",
        "ok",
    )
