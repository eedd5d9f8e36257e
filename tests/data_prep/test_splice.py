"""Splicing the stored tables: equal to a clean assembly, or declined when duplicates move."""

from __future__ import annotations

import copy

import pandas as pd
import pytest

from data_prep import schema
from data_prep.load import decode_article
from data_prep.pipeline import build_tables, process_article, read_corpus
from data_prep.splice import Change, splice_tables

EDITED = "\n\nIran denied sending drones to Russia, the foreign ministry said on Monday.\n"


@pytest.fixture(scope="module")
def results(seeds_dir, lexicons, today):
    articles, sources = read_corpus(seeds_dir)
    return [
        process_article(a, sources.by_file.get(a.source_file), lexicons, today) for a in articles
    ]


def assembled(results, lexicons) -> dict[str, pd.DataFrame]:
    return build_tables(copy.deepcopy(results), lexicons)


def edited(result, lexicons, today):
    text = result.document["text"] + EDITED
    raw = decode_article(result.document["source_file"], text.encode("utf-8"))
    return process_article(raw, None, lexicons, today)


def assert_same(left: dict[str, pd.DataFrame], right: dict[str, pd.DataFrame]) -> None:
    for name in schema.TABLE_NAMES:
        pd.testing.assert_frame_equal(left[name], right[name], obj=name)


@pytest.mark.parametrize("change", ["add", "edit", "remove"])
def test_splicing_equals_a_clean_assembly(results, lexicons, today, change):
    middle = results[len(results) // 2]
    name = middle.document["source_file"]
    before = [r for r in results if r is not middle] if change == "add" else results
    after = {
        "add": results,
        "edit": [edited(r, lexicons, today) if r is middle else r for r in results],
        "remove": [r for r in results if r is not middle],
    }[change]
    added = [r for r in after if r.document["source_file"] == name and change != "remove"]
    order = [r.document["source_file"] for r in after]
    spliced = splice_tables(
        assembled(before, lexicons), Change(order, added, frozenset({name})), lexicons
    )
    assert spliced is not None
    assert_same(spliced, assembled(after, lexicons))
    assert (spliced["events"]["source_file"] == name).any() == (change != "remove")


def test_an_added_copy_of_a_staying_article_is_not_spliced(results, lexicons):
    copied = copy.deepcopy(results[0])
    copied.document["source_file"] = "aa_copy.txt"
    order = ["aa_copy.txt", *(r.document["source_file"] for r in results)]
    change = Change(order, [copied], frozenset({"aa_copy.txt"}))
    assert splice_tables(assembled(results, lexicons), change, lexicons) is None


def test_removing_the_original_of_a_staying_duplicate_is_not_spliced(results, lexicons):
    copied = copy.deepcopy(results[0])
    copied.document["source_file"] = "zz_copy.txt"
    stored = assembled([*results, copied], lexicons)
    assert stored["documents"]["duplicate_of"].eq(results[0].document["source_file"]).any()
    first = results[0].document["source_file"]
    order = [r.document["source_file"] for r in results[1:]] + ["zz_copy.txt"]
    assert splice_tables(stored, Change(order, [], frozenset({first})), lexicons) is None


@pytest.mark.parametrize(
    ("gone", "added"),
    [
        (set(), ["a0"]),  # before every stored article
        (set(), ["z9"]),  # after every one
        ({"c"}, ["c"]),  # edited in place
        ({"a", "e"}, ["b1", "d1", "d2"]),  # gaps and insertions, two at one place
        ({"a", "b", "c", "d", "e"}, ["c"]),  # nothing stays
        ({"b"}, []),  # removed only
    ],
)
def test_spliced_rows_are_in_corpus_order_with_each_articles_rows_in_their_order(gone, added):
    from data_prep.splice import _spliced

    stored = pd.DataFrame(
        {"source_file": [n for n in "abcde" for _ in range(3)], "row": list(range(15))}
    )
    new = pd.DataFrame(
        {
            "source_file": [n for n in added for _ in range(2)],
            "row": [100 + i for i in range(2 * len(added))],
        }
    )
    order = sorted((set("abcde") - set(gone)) | set(added))
    got = _spliced(stored, new, frozenset(gone), {name: i for i, name in enumerate(order)})
    pieces = [new if name in added else stored for name in order]
    expected = pd.concat(
        [frame[frame["source_file"] == name] for frame, name in zip(pieces, order, strict=True)],
        ignore_index=True,
    )
    pd.testing.assert_frame_equal(got, expected)
