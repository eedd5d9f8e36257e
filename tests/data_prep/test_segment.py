"""Sentence segmentation with exact offsets."""

from __future__ import annotations

import pytest

from data_prep.clean import segment_document
from data_prep.segment import split_sentences


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_seed_sentences_index_the_text_exactly(seed_tables, seed_texts):
    table = seed_tables["sentences"]
    assert len(table) > 0
    for row in table.itertuples():
        text = seed_texts[row.source_file]
        assert 0 <= row.char_start < row.char_end <= len(text)
        assert text[row.char_start : row.char_end] == row.text


def test_seed_segments_direct(seed_texts, lexicons):
    for name, text in seed_texts.items():
        _, segments = segment_document(text, lexicons)
        assert segments, name
        for segment in segments:
            piece = text[segment.start : segment.end]
            assert piece.strip() == piece and piece


def test_seed_sentence_indexes_are_sequential(seed_tables):
    for _, rows in seed_tables["sentences"].groupby("doc_id"):
        assert rows["sentence_index"].tolist() == list(range(len(rows)))
        starts = rows["char_start"].tolist()
        ends = rows["char_end"].tolist()
        assert all(e <= s for e, s in zip(ends, starts[1:], strict=False))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia invaded Ukraine on Feb. 24. Iran sent drones.",
            ["Russia invaded Ukraine on Feb. 24.", "Iran sent drones."],
        ),
        (
            "Moscow has been at war since Feb. 24, officials said. Iran sent drones.",
            ["Moscow has been at war since Feb. 24, officials said.", "Iran sent drones."],
        ),
        (
            "The U.S. imposed sanctions on Iran. Tehran protested.",
            ["The U.S. imposed sanctions on Iran.", "Tehran protested."],
        ),
        ("The U.S. Treasury imposed sanctions.", ["The U.S. Treasury imposed sanctions."]),
        (
            "Officials in the U.S. said so. The next day Iran replied.",
            ["Officials in the U.S. said so.", "The next day Iran replied."],
        ),
        (
            "J. R. Smith met Putin in Moscow. He left.",
            ["J. R. Smith met Putin in Moscow.", "He left."],
        ),
        (
            "Gen. Valery Gerasimov visited Tehran. He left.",
            ["Gen. Valery Gerasimov visited Tehran.", "He left."],
        ),
        ("Mr. Putin met Dr. Raisi. They talked.", ["Mr. Putin met Dr. Raisi.", "They talked."]),
        ("He said: “We will win.” Then he left.", ["He said: “We will win.”", "Then he left."]),
        (
            "“In any case, there will be a serious conversation.” Peskov left.",
            ["“In any case, there will be a serious conversation.”", "Peskov left."],
        ),
        (
            "“Is it over? No,” he said. Then he left.",
            ["“Is it over? No,” he said.", "Then he left."],
        ),
        (
            "Your support makes all the difference.Russian president Vladimir Putin hailed ties.",
            [
                "Your support makes all the difference.",
                "Russian president Vladimir Putin hailed ties.",
            ],
        ),
        ("Is it over? Yes! It is.", ["Is it over?", "Yes!", "It is."]),
        (
            "The deal was worth $1.5 billion. It was signed.",
            ["The deal was worth $1.5 billion.", "It was signed."],
        ),
        (
            "Kim Jong Un met Putin. The U.S. was alarmed.",
            ["Kim Jong Un met Putin.", "The U.S. was alarmed."],
        ),
        ("No final stop here", ["No final stop here"]),
        ("", []),
        ("   \n  ", []),
    ],
    ids=[
        "feb-24",
        "feb-24-comma",
        "us-end",
        "us-mid",
        "us-then-the",
        "initials",
        "gen",
        "mr-dr",
        "quote-end",
        "quote-only",
        "question-in-quote",
        "glued",
        "bang-question",
        "decimal",
        "kim-us",
        "no-stop",
        "empty",
        "blank",
    ],
)
def test_split_sentences(text, expected):
    assert sentences(text) == expected


def test_split_within_a_range_keeps_document_offsets():
    text = "HEADER. Putin met Raisi. They talked. FOOTER."
    start = text.index("Putin")
    end = text.index(" FOOTER")
    spans = split_sentences(text, start, end)
    assert [text[s:e] for s, e in spans] == ["Putin met Raisi.", "They talked."]
    assert all(start <= s < e <= end for s, e in spans)


def test_glued_boundary_in_a_full_article(lexicons):
    text = (
        " date 2024-10-11 Your support makes all the difference.Russian president Vladimir Putin "
        "has hailed the relationship with Iran.\n"
    )
    _, segments = segment_document(text, lexicons)
    found = [(s.kind, text[s.start : s.end]) for s in segments]
    assert (
        "body",
        "Russian president Vladimir Putin has hailed the relationship with Iran.",
    ) in found
    assert ("boilerplate", "Your support makes all the difference.") in found


def test_sentences_never_span_paragraphs(lexicons):
    text = "Putin met Raisi in Tehran\nwithout a full stop\n\nThen a new paragraph."
    _, segments = segment_document(text, lexicons)
    for segment in segments:
        assert "\n\n" not in text[segment.start : segment.end]
