"""Bad input, generated per test in a temporary folder next to one good article.

For every case: the corpus still loads, every input file is a document with a status
(ok | warning | error) and, when something is wrong, a message naming it, and the good
article's results are the same as when it is alone.
"""

from __future__ import annotations

import time

import pandas as pd
import pytest

from data_prep import schema
from data_prep.load import MAX_ARTICLE_BYTES, read_article_file
from data_prep.pipeline import build_corpus

GOOD = "good.txt"


GOOD_TEXT = (
    " date 2024-10-11 Russian President Vladimir Putin met Iranian President Masoud Pezeshkian "
    "in Ashgabat on Friday.\n\nThe two leaders discussed trade and energy cooperation.\n\n"
    "Kremlin spokesman Dmitry Peskov said the talks were productive.\n"
)


def build(write_corpus, files: dict[str, bytes | str], today):
    """Build a corpus of the good article plus ``files``."""
    folder = write_corpus({GOOD: GOOD_TEXT, **files})
    return build_corpus(folder, today=today)


@pytest.fixture(scope="module")
def good_alone(tmp_path_factory, today):
    """The good article's tables when it is the only file: the baseline for every case."""
    folder = tmp_path_factory.mktemp("alone")
    (folder / GOOD).write_text(GOOD_TEXT, encoding="utf-8")
    return build_corpus(folder, today=today)


def rows_of(frame: pd.DataFrame, source_file: str) -> pd.DataFrame:
    return frame[frame["source_file"] == source_file].reset_index(drop=True)


def check_corpus(tables, good_alone, expected: dict[str, tuple[str, tuple[str, ...]]]):
    """``expected``: file -> (status, words the message must contain, any of them, lower case)."""
    documents = tables["documents"].set_index("source_file")
    assert GOOD in documents.index
    assert documents.at[GOOD, "status"] == "ok"
    for name in ("events", "claims", "mentions"):
        # A cluster gathers reports across articles, so its id depends on the whole corpus.
        pd.testing.assert_frame_equal(
            rows_of(tables[name], GOOD).drop(columns="cluster_id", errors="ignore"),
            rows_of(good_alone[name], GOOD).drop(columns="cluster_id", errors="ignore"),
            obj=name,
        )
    for name, (status, words) in expected.items():
        assert name in documents.index, f"{name} is missing from documents"
        assert documents.at[name, "status"] == status, (name, documents.at[name, "message"])
        message = documents.at[name, "message"].lower()
        if status != "ok":
            assert message, name
            assert any(word in message for word in words), (name, message)
            problems = tables["problems"]
            assert ((problems["source_file"] == name) & (problems["severity"] == status)).any()
    assert set(documents["status"]) <= set(schema.DOCUMENT_STATUSES)


@pytest.mark.parametrize(
    ("content", "status", "words"),
    [
        (b"", "error", ("empty",)),
        (b"   \n\t\n  \r\n", "error", ("whitespace", "empty")),
        (bytes(range(256)) * 40, "error", ("binary",)),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(2000), "error", ("binary",)),
        (
            b"<!DOCTYPE html><html><head><title>Putin</title></head><body><p>Putin met Raisi.</p>"
            b"</body></html>",
            "error",
            ("html",),
        ),
        (("<div><p>Putin met Raisi.</p></div>" * 12).encode(), "error", ("html",)),
    ],
    ids=["empty", "whitespace", "binary", "png", "html-page", "html-fragment"],
)
def test_unreadable_files_are_errors(write_corpus, good_alone, today, content, status, words):
    tables = build(write_corpus, {"bad.txt": content}, today)
    check_corpus(tables, good_alone, {"bad.txt": (status, words)})
    assert rows_of(tables["events"], "bad.txt").empty


def test_cp1251_text(write_corpus, good_alone, today):
    text = (
        " date 2024-10-11 Путин встретился с Пезешкианом в Ашхабаде. Президенты обсудили торговлю."
    )
    tables = build(write_corpus, {"ru.txt": text.encode("cp1251")}, today)
    check_corpus(tables, good_alone, {"ru.txt": ("warning", ("utf-8", "cp1251"))})
    document = tables["documents"].set_index("source_file").loc["ru.txt"]
    assert document["encoding"] == "cp1251"
    assert document["text"] == text
    assert document["published"] == "2024-10-11"


def test_latin1_text_without_accents_in_cyrillic_range(write_corpus, good_alone, today):
    text = " date 2024-10-11 Putin met Pezeshkian in Ashgabat. The price was £5 ± 1."
    tables = build(write_corpus, {"latin.txt": text.encode("latin-1")}, today)
    check_corpus(tables, good_alone, {"latin.txt": ("warning", ("utf-8",))})
    assert tables["documents"].set_index("source_file").at["latin.txt", "text"] == text


def test_latin1_text_with_accents(write_corpus, good_alone, today):
    text = " date 2024-10-11 Putin met Pezeshkian at a café in Ashgabat, said Müller à Paris."
    tables = build(write_corpus, {"latin.txt": text.encode("latin-1")}, today)
    check_corpus(tables, good_alone, {"latin.txt": ("warning", ("utf-8",))})
    document = tables["documents"].set_index("source_file").loc["latin.txt"]
    assert document["text"] == text
    assert document["encoding"] in ("latin-1", "cp1252")


def test_utf8_bom(write_corpus, good_alone, today):
    text = " date 2024-10-11 Russia and Iran signed a trade agreement in Tehran on Thursday."
    tables = build(write_corpus, {"bom.txt": b"\xef\xbb\xbf" + text.encode()}, today)
    check_corpus(tables, good_alone, {"bom.txt": ("warning", ("byte-order mark", "bom"))})
    document = tables["documents"].set_index("source_file").loc["bom.txt"]
    assert document["text"] == text
    assert (document["published"], document["date_basis"]) == ("2024-10-11", "header")
    assert not rows_of(tables["events"], "bom.txt").empty


def test_crlf_line_endings(write_corpus, good_alone, today):
    text = GOOD_TEXT.replace("Ashgabat", "Baku")
    tables = build(write_corpus, {"crlf.txt": text.replace("\n", "\r\n").encode()}, today)
    check_corpus(tables, good_alone, {"crlf.txt": ("warning", ("crlf", "line ending"))})
    document = tables["documents"].set_index("source_file").loc["crlf.txt"]
    assert "\r" not in document["text"] and document["text"] == text
    crlf_events = rows_of(tables["events"], "crlf.txt")
    good_events = rows_of(tables["events"], GOOD)
    assert crlf_events["event_type"].tolist() == good_events["event_type"].tolist()
    for row in crlf_events.itertuples():
        assert document["text"][row.char_start : row.char_end] == row.quote


@pytest.mark.parametrize("header", ["2026-13-45", "yesterday", "2024-02-30", "11/10/2024"])
def test_malformed_header(write_corpus, good_alone, today, header):
    tables = build(
        write_corpus, {"hdr.txt": f" date {header} Putin met Raisi in Tehran on Monday."}, today
    )
    check_corpus(tables, good_alone, {"hdr.txt": ("warning", ("header",))})
    document = tables["documents"].set_index("source_file").loc["hdr.txt"]
    assert header in document["message"]
    assert (document["published"], document["date_basis"]) == ("", "unknown")
    for row in rows_of(tables["events"], "hdr.txt").itertuples():
        assert row.event_date == ""  # "on Monday" cannot be resolved without a date


def test_malformed_header_falls_back_to_sources_csv(write_corpus, good_alone, today):
    tables = build(
        write_corpus,
        {
            "hdr.txt": " date 2026-13-45 Putin met Raisi in Tehran on Monday.",
            "sources.csv": "file,published\nhdr.txt,2024-05-22\n",
        },
        today,
    )
    document = tables["documents"].set_index("source_file").loc["hdr.txt"]
    assert (document["published"], document["date_basis"]) == ("2024-05-22", "metadata")
    assert "2026-13-45" in document["message"]
    events = rows_of(tables["events"], "hdr.txt")
    assert events["event_date"].tolist() == ["2024-05-20", "2024-05-20"]
    assert events["event_type"].tolist() == ["meeting", "visit"]


def test_future_date(write_corpus, good_alone, today):
    tables = build(
        write_corpus, {"future.txt": " date 2099-01-01 Putin met Raisi in Tehran."}, today
    )
    check_corpus(tables, good_alone, {"future.txt": ("warning", ("future",))})
    assert (
        tables["documents"].set_index("source_file").at["future.txt", "published"] == "2099-01-01"
    )


def test_extreme_header_date_does_not_break_the_corpus(write_corpus, good_alone, today):
    tables = build(
        write_corpus, {"far.txt": " date 9999-12-31 Putin will meet Raisi tomorrow."}, today
    )
    check_corpus(tables, good_alone, {"far.txt": ("warning", ("future",))})


@pytest.mark.timeout(60)
def test_20_mb_file_is_refused_quickly(write_corpus, good_alone, today, tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(
        b" date 2024-10-11 " + b"Putin met Raisi in Tehran. " * (20 * 1024 * 1024 // 27)
    )
    raw = read_article_file(big)
    assert raw.fatal and "mb" in raw.fatal.lower()
    folder = write_corpus({GOOD: GOOD_TEXT})
    (folder / "big.txt").write_bytes(big.read_bytes())
    tables = build_corpus(folder, today=today)
    check_corpus(tables, good_alone, {"big.txt": ("error", ("mb", "limit", "too large"))})


@pytest.mark.timeout(60)
def test_file_over_the_limit_is_refused_quickly(write_corpus, good_alone, today):
    folder = write_corpus({GOOD: GOOD_TEXT})
    with (folder / "huge.txt").open("wb") as handle:  # sparse: nothing is really written
        handle.truncate(MAX_ARTICLE_BYTES + 1024 * 1024)
    started = time.perf_counter()
    tables = build_corpus(folder, today=today)
    assert time.perf_counter() - started < 10
    check_corpus(tables, good_alone, {"huge.txt": ("error", ("mb", "limit"))})


@pytest.mark.timeout(60)
def test_single_100kb_line_without_punctuation(write_corpus, good_alone, today):
    line = " ".join(["the", "long", "line", "of", "words", "without", "any", "stop"] * 2500)[
        :100_000
    ]
    started = time.perf_counter()
    tables = build(write_corpus, {"line.txt": line}, today)
    assert time.perf_counter() - started < 10
    check_corpus(tables, good_alone, {})
    documents = tables["documents"].set_index("source_file")
    assert documents.at["line.txt", "status"] in ("ok", "warning")
    assert documents.at["line.txt", "n_chars"] == len(line)
    for name in ("events", "claims", "mentions"):
        text = documents.at["line.txt", "text"]
        for row in rows_of(tables[name], "line.txt").itertuples():
            assert text[row.char_start : row.char_end] == row.quote


@pytest.mark.timeout(6)
def test_single_100kb_line_of_news_words_without_punctuation(write_corpus, good_alone, today):
    line = " ".join(["Russia", "Iran", "talks", "trade", "drones", "Tehran", "Moscow"] * 2100)[
        :100_000
    ]
    started = time.perf_counter()
    tables = build(write_corpus, {"line.txt": line}, today)
    assert time.perf_counter() - started < 5
    check_corpus(tables, good_alone, {})


@pytest.mark.timeout(120)
def test_long_line_of_sentences_is_read_sentence_by_sentence(write_corpus, good_alone, today):
    # Speed is measured by the benchmark, not here; this checks the line is split and read.
    line = "Putin met Raisi in Tehran. " * 3700  # 100 kB, one line, 3,700 sentences
    tables = build(write_corpus, {"line.txt": line}, today)
    check_corpus(tables, good_alone, {})
    events = rows_of(tables["events"], "line.txt")
    # Each sentence: the talks, and Putin's visit to Tehran they imply.
    assert events["event_type"].value_counts().to_dict() == {"meeting": 3700, "visit": 3700}


def test_duplicates(write_corpus, good_alone, today):
    tables = build(write_corpus, {"zz_copy.txt": GOOD_TEXT}, today)
    check_corpus(tables, good_alone, {"zz_copy.txt": ("warning", ("duplicate",))})
    documents = tables["documents"].set_index("source_file")
    assert documents.at["zz_copy.txt", "duplicate_of"] == GOOD
    for name in ("events", "claims", "mentions"):
        assert rows_of(tables[name], "zz_copy.txt").empty
        assert len(tables[name]) == len(good_alone[name])


def test_broken_sources_csv(write_corpus, good_alone, today):
    tables = build(
        write_corpus,
        {
            "other.txt": "Russia and Iran signed a trade agreement in Tehran on Thursday.",
            "sources.csv": "file,published,date_basis\n"
            "other.txt,2024-13-01,guess\n"
            "ghost.txt,2024-01-01,metadata\n"
            ",2024-01-01,\n"
            "good.txt,2000-01-01,metadata,extra\n",
        },
        today,
    )
    check_corpus(tables, good_alone, {"other.txt": ("ok", ())})
    documents = tables["documents"].set_index("source_file")
    assert documents.at["other.txt", "published"] == ""
    assert documents.at[GOOD, "published"] == "2024-10-11"  # the header wins over sources.csv
    messages = tables["problems"].query("source_file == 'sources.csv'")["message"].tolist()
    for expected in ("2024-13-01", "guess", "ghost.txt", "empty 'file'", "missing column"):
        assert any(expected in message for message in messages), (expected, messages)


def test_sources_csv_not_utf8(write_corpus, good_alone, today):
    tables = build(
        write_corpus, {"sources.csv": "file,title\ngood.txt,Путин\n".encode("cp1251")}, today
    )
    check_corpus(tables, good_alone, {})
    messages = tables["problems"].query("source_file == 'sources.csv'")["message"].tolist()
    assert messages and "sources.csv" in messages[0]


def test_control_characters_are_removed(write_corpus, good_alone, today):
    text = " date 2024-10-11 Russia and Iran\x07 signed a trade\u200b agreement on Thursday.\x0b"
    tables = build(write_corpus, {"ctrl.txt": text}, today)
    check_corpus(tables, good_alone, {"ctrl.txt": ("warning", ("control character",))})
    document = tables["documents"].set_index("source_file").loc["ctrl.txt"]
    assert "\x07" not in document["text"] and "\u200b" not in document["text"]


def test_everything_at_once(write_corpus, good_alone, today):
    files = {
        "a_empty.txt": b"",
        "b_binary.txt": bytes(range(256)) * 40,
        "c_cp1251.txt": "Путин встретился с Пезешкианом.".encode("cp1251"),
        "d_bom.txt": b"\xef\xbb\xbfRussia and Iran signed a deal on Thursday.",
        "e_html.txt": b"<html><body><p>x</p></body></html>",
        "f_hdr.txt": b" date yesterday Putin met Raisi.",
        "z_dup.txt": GOOD_TEXT.encode(),
        "h_notes.md": b"Putin met Raisi in Tehran.",
        "sources.csv": b"file,published\nmissing.txt,2024-01-01\n",
    }
    tables = build(write_corpus, files, today)
    documents = tables["documents"]
    expected_files = sorted([GOOD, *[name for name in files if name != "sources.csv"]])
    assert sorted(documents["source_file"]) == expected_files
    statuses = documents.set_index("source_file")["status"]
    assert statuses[["a_empty.txt", "b_binary.txt", "e_html.txt"]].eq("error").all()
    assert statuses[["c_cp1251.txt", "d_bom.txt", "f_hdr.txt", "z_dup.txt"]].eq("warning").all()
    assert (documents.loc[documents["status"] != "ok", "message"] != "").all()
    check_corpus(tables, good_alone, {})
