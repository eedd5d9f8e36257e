"""Property tests: arbitrary and news-like text never breaks the pipeline's contracts.

Budget: every property runs ``max_examples=200`` examples (``deadline=None`` because the first
examples pay for compiling the lexicon regexes). Texts are capped at a few hundred characters
so the whole module stays well under 60 s; long inputs are covered by test_bad_input.py.
Publication dates are drawn from 1900-2100: dates next to date.min/date.max have their own
tests in test_dates.py and test_bad_input.py.
"""

from __future__ import annotations

import re
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from data_prep import schema
from data_prep.clean import segment_document
from data_prep.dates import find_dates, is_valid_partial_date
from data_prep.lexicons import load_lexicons
from data_prep.load import SourceMetadata, decode_article
from data_prep.mentions.registry import alternation
from data_prep.pipeline import build_tables, process_article
from data_prep.segment import split_sentences

LEXICONS = load_lexicons()
TODAY = date(2026, 6, 1)
EXAMPLES = 200
PROPERTY = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)

ALPHABET = st.characters(
    codec="utf-8",
    categories=("L", "N", "P", "S", "Zs", "Cc"),
    include_characters="\n\n\n\t \"'“”‘’«».,!?…:;-–—()[]ПутинИранМосква\r\u200b\ufeff",
)
ARBITRARY = st.text(alphabet=ALPHABET, max_size=400)

FRAGMENTS = [
    " date 2024-10-11 ",
    "date 2024-13-45 ",
    "Russian President Vladimir Putin",
    "Iranian President",
    "Masoud Pezeshkian",
    "Ebrahim Raisi",
    "the Kremlin",
    "Moscow",
    "Tehran",
    "the Islamic Republic",
    "his Iranian counterpart",
    "the Russian leader",
    "The two leaders",
    "he",
    "He",
    "Bout",
    "met",
    "will meet",
    "is expected to visit",
    "signed a treaty with",
    "is not fulfilling",
    "denied",
    "has denied this",
    "supplied drones to",
    "said",
    "told Reuters",
    "was quoted as saying",
    "according to Russian state media outlet Tass",
    "according to sources",
    "reportedly",
    "called that a lie",
    "on Monday",
    "late on Sunday night",
    "yesterday",
    "last month",
    "in December",
    "on Feb. 24",
    "22 - 24 October",
    "in 2025",
    "earlier this week",
    "at the weekend",
    "U.S.",
    "Gen.",
    "J. R. Smith",
    "“We are close,”",
    '"quoted."',
    ".",
    ". ",
    ",",
    "?",
    "!",
    "…",
    ":",
    ";",
    "(",
    ")",
    "’s",
    "difference.Russian",
    "Your support makes all the difference.",
    "Join our commenting forum",
    "Comments",
    "Read also",
    "- headline",
    "READ: x",
    "Related:",
    "Sign up for our newsletter",
    "Путин",
    "Иран",
    "\n",
    "\n\n",
    " ",
    "  ",
]
NEWS_LIKE = st.lists(st.sampled_from(FRAGMENTS), max_size=40).map(" ".join) | st.lists(
    st.sampled_from(FRAGMENTS), max_size=40
).map("".join)
TEXT = ARBITRARY | NEWS_LIKE
PUBLISHED = st.none() | st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


def check_spans(text: str, spans: list[tuple[int, int]], start: int = 0, end: int | None = None):
    end = len(text) if end is None else end
    previous = start
    for s, e in spans:
        assert previous <= s < e <= end, (spans, start, end)
        piece = text[s:e]
        assert piece == piece.strip() and piece
        previous = e


@PROPERTY
@given(
    data=st.binary(max_size=600)
    | TEXT.map(lambda t: t.encode("utf-8"))
    | TEXT.map(lambda t: t.encode("cp1251", errors="ignore"))
)
def test_decode_article_never_raises(data):
    raw = decode_article("x.txt", data)
    assert isinstance(raw.text, str)
    assert "\r" not in raw.text
    assert raw.fatal or raw.text.strip()
    assert len(raw.sha256) == 64


@PROPERTY
@given(text=TEXT)
def test_split_sentences_offsets(text):
    spans = split_sentences(text)
    check_spans(text, spans)
    # Everything that is not whitespace is inside some sentence.
    covered = "".join(text[s:e] for s, e in spans)
    assert "".join(covered.split()) == "".join(text.split())


@PROPERTY
@given(text=TEXT, cut=st.tuples(st.integers(0, 400), st.integers(0, 400)))
def test_split_sentences_in_a_range(text, cut):
    start, end = sorted(min(c, len(text)) for c in cut)
    check_spans(text, split_sentences(text, start, end), start, end)


@PROPERTY
@given(text=TEXT)
def test_segment_document_offsets(text):
    header, segments = segment_document(text, LEXICONS)
    check_spans(text, [(s.start, s.end) for s in segments])
    kinds = {"header", "title", "subheading", "body", "boilerplate"}
    assert {s.kind for s in segments} <= kinds
    if header:
        assert segments[0].kind == "header"
        assert text[header.start : header.end].startswith("date")


@PROPERTY
@given(text=TEXT, published=PUBLISHED, offset=st.integers(0, 1000))
def test_find_dates_valid(text, published, offset):
    mentions = find_dates(text, published, offset=offset)
    previous = offset
    for mention in mentions:
        assert is_valid_partial_date(mention.value), mention
        assert mention.precision in ("day", "week", "month", "year")
        assert (
            len(mention.value) == {"day": 10, "week": 10, "month": 7, "year": 4}[mention.precision]
        )
        assert text[mention.start - offset : mention.end - offset] == mention.text
        assert previous <= mention.start < mention.end
        previous = mention.end


@PROPERTY
@given(text=TEXT, published=PUBLISHED)
def test_process_article_contracts(text, published):
    raw = decode_article("x.txt", text.encode("utf-8"))
    metadata = SourceMetadata(published=published.isoformat()) if published else None
    result = process_article(raw, metadata, LEXICONS, TODAY)
    document = result.document
    canonical = document["text"]
    assert document["status"] in ("ok", "warning", "error")
    assert document["status"] == "ok" or document["message"]
    assert is_valid_partial_date(document["published"])
    check_spans(canonical, [(r["char_start"], r["char_end"]) for r in result.sentences])
    for row in result.sentences:
        assert canonical[row["char_start"] : row["char_end"]] == row["text"]
    body = {row["sentence_index"] for row in result.sentences if row["kind"] == "body"}
    for rows in (result.events, result.claims, result.mentions):
        for row in rows:
            assert 0 <= row["char_start"] < row["char_end"] <= len(canonical)
            assert canonical[row["char_start"] : row["char_end"]] == row["quote"]
            assert row["sentence_index"] in body
    for event in result.events:
        assert is_valid_partial_date(event["event_date"])
        assert -10 <= event["goldstein"] <= 10
        assert event["actor1_country"] == "" or len(event["actor1_country"]) == 3
    for claim in result.claims:
        assert is_valid_partial_date(claim["claim_date"])


@PROPERTY
@given(
    texts=st.lists(st.sampled_from(["", " "]) | TEXT, max_size=4),
    uploaded=st.lists(st.booleans(), min_size=4, max_size=4),
    published=PUBLISHED,
    copy=st.booleans(),
)
def test_build_tables_contracts(texts, uploaded, published, copy):
    if copy and texts:
        texts = [*texts, texts[0]]  # an exact duplicate under another name
    metadata = SourceMetadata(published=published.isoformat()) if published else None
    results = [
        process_article(
            decode_article(
                f"{index}.txt",
                text.encode("utf-8"),
                origin="uploaded" if uploaded[index % 4] else "corpus",
            ),
            metadata,
            LEXICONS,
            TODAY,
        )
        for index, text in enumerate(texts)
    ]
    tables = build_tables(results, LEXICONS)
    documents = tables["documents"]
    assert len(documents) == len(texts)
    assert documents["doc_id"].is_unique
    assert set(documents["status"]) <= {"ok", "warning", "error"}
    text_by_doc = dict(zip(documents["doc_id"], documents["text"], strict=True))
    duplicates = set(documents.loc[documents["duplicate_of"] != "", "doc_id"])
    for name in ("events", "claims", "mentions"):
        frame = tables[name]
        assert list(frame.columns) == list(schema.TABLES[name])
        assert not duplicates & set(frame["doc_id"]), name
        for row in frame.itertuples():
            assert text_by_doc[row.doc_id][row.char_start : row.char_end] == row.quote
    problems = tables["problems"]
    assert set(problems["source_file"]) == set(
        documents.loc[documents["status"] != "ok", "source_file"]
    )


WORD_LISTS = st.lists(st.text(alphabet="aAbB-’ ", min_size=0, max_size=5), max_size=12)
SUBJECTS = st.text(alphabet="aAbB-’ x", max_size=40)
# What may follow the alternation in a pattern, forcing the engine to try shorter words.
FOLLOWERS = ("", r"(?!\w)", r"b", r"\s+a")


@PROPERTY
@given(WORD_LISTS, SUBJECTS, st.sampled_from(FOLLOWERS), st.booleans())
def test_a_tree_of_names_matches_what_the_flat_alternation_matches(words, text, follower, case):
    flat = "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))
    flags = re.IGNORECASE if case else 0
    tree = re.compile(f"(?:{alternation(words)}){follower}", flags)
    plain = re.compile(f"(?:{flat}){follower}", flags)
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)]
