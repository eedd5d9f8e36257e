"""Cleaning: headers, titles, subheadings and boilerplate, on the seeds and on small articles."""

from __future__ import annotations

import pytest

from data_prep.clean import paragraphs, segment_document

FILE_002 = "002_6b8cabc888767572.txt"
FILE_003 = "003_d3392b257194af53.txt"
FILE_004 = "004_f326266c22365c58.txt"
FILE_000 = "000_3b879a38b710e69d.txt"


def kinds_by_text(seed_tables, source_file: str) -> dict[str, list[str]]:
    sentences = seed_tables["sentences"]
    rows = sentences[sentences["source_file"] == source_file]
    found: dict[str, list[str]] = {}
    for text, kind in zip(rows["text"], rows["kind"], strict=True):
        found.setdefault(text, []).append(kind)
    return found


def kind_of(seed_tables, source_file: str, text: str) -> str:
    kinds = kinds_by_text(seed_tables, source_file).get(text)
    assert kinds is not None, f"no sentence of {source_file} is exactly {text!r}"
    assert len(kinds) == 1, f"{text!r} appears {len(kinds)} times"
    return kinds[0]


# --- seeds ------------------------------------------------------------------------------------


def test_every_gold_boilerplate_line_is_boilerplate(seed_tables, gold):
    for row in gold["boilerplate"].itertuples():
        assert kind_of(seed_tables, row.source_file, row.quote) == "boilerplate", row.quote


@pytest.mark.parametrize(
    "quote",
    [
        "Your support makes all the difference.",
        "Your support helps us to tell the story",
        "Your donation allows us to keep sending journalists to speak to both sides of the story.",
        "Join our commenting forum",
        "Join thought-provoking conversations, follow other Independent readers and see their "
        "replies",
        "Comments",
    ],
)
def test_002_appeal_and_comment_prompts_are_boilerplate(seed_tables, quote):
    assert kind_of(seed_tables, FILE_002, quote) == "boilerplate"


def test_002_glued_sentence_after_the_appeal_is_body(seed_tables, seed_texts):
    glued = (
        "Russian president Vladimir Putin has hailed the country’s “very close” relationship with "
        "Iran in the first meeting with his newly-appointed counterpart Masoud Pezeshkian."
    )
    assert "difference." + glued in seed_texts[FILE_002]
    assert kind_of(seed_tables, FILE_002, glued) == "body"


def test_003_read_line_and_004_read_also_list(seed_tables):
    read_line = "READ: Iran gets interim president and 5 days mourning following Raisi’s death"
    assert kind_of(seed_tables, FILE_003, read_line) == "boilerplate"
    assert kind_of(seed_tables, FILE_004, "Read also") == "boilerplate"
    sentences = seed_tables["sentences"]
    listed = sentences[
        (sentences["source_file"] == FILE_004) & sentences["text"].str.startswith("- ")
    ]
    assert len(listed) >= 6
    assert set(listed["kind"]) == {"boilerplate"}


def test_no_gold_event_or_claim_sentence_is_boilerplate(seed_tables, gold):
    for name in ("events", "claims"):
        for row in gold[name].drop_duplicates(["source_file", "quote"]).itertuples():
            assert kind_of(seed_tables, row.source_file, row.quote) == "body", (name, row.quote)


@pytest.mark.parametrize(
    ("source_file", "title"),
    [
        (
            FILE_002,
            "Putin hails ‘very close’ relationship with Iran in first meeting with new president",
        ),
        (
            FILE_004,
            'Kremlin "left" Iran: The Telegraph pointed to the growing tension between Tehran '
            "and Moscow.",
        ),
    ],
)
def test_first_line_headlines_are_titles(seed_tables, source_file, title):
    assert kind_of(seed_tables, source_file, title) == "title"


def test_seeds_with_a_header_have_no_title(seed_tables):
    sentences = seed_tables["sentences"]
    for source_file in (FILE_000, FILE_003):
        rows = sentences[sentences["source_file"] == source_file]
        assert rows["kind"].iloc[0] == "header"
        assert "title" not in set(rows["kind"])


@pytest.mark.parametrize(
    ("source_file", "line"),
    [
        (FILE_000, "Aid shipment announced"),
        (FILE_000, "Route through Azerbaijan"),
        (FILE_000, "Tehran thanks Moscow"),
        (FILE_000, "Support for new leadership"),
        ("001_c3b8a2a15f4e8629.txt", "Russia using Iranian Shahed-136 drones"),
        (FILE_004, "Tension in relations between Iran and Russia is increasing"),
    ],
)
def test_gold_subheadings_are_subheadings(seed_tables, source_file, line):
    assert kind_of(seed_tables, source_file, line) == "subheading"


def test_002_standfirst_without_full_stop_is_body(seed_tables):
    standfirst = (
        "Moscow say the two leaders were scheduled to have ‘serious conversations’ about the "
        "ongoing conflict in the Middle East, one that Iran is helping fund from Tehran"
    )
    assert kind_of(seed_tables, FILE_002, standfirst) == "body"


def test_no_events_or_claims_come_from_seed_boilerplate(seed_tables):
    sentences = seed_tables["sentences"]
    non_body = sentences[sentences["kind"] != "body"]
    keys = set(zip(non_body["doc_id"], non_body["sentence_index"], strict=True))
    for name in ("events", "claims"):
        frame = seed_tables[name]
        assert not keys & set(zip(frame["doc_id"], frame["sentence_index"], strict=True)), name


# --- synthetic articles -----------------------------------------------------------------------


def segments_of(text, lexicons) -> list[tuple[str, str]]:
    _, segments = segment_document(text, lexicons)
    return [(segment.kind, text[segment.start : segment.end]) for segment in segments]


LEAD = "Russian President Vladimir Putin met Iranian President Masoud Pezeshkian on Friday."


@pytest.mark.parametrize(
    "prompt",
    [
        "Sign up for our free morning newsletter",
        "Subscribe to our daily briefing",
        "Get our weekly newsletter in your inbox.",
    ],
)
def test_newsletter_prompt_is_boilerplate(prompt, lexicons):
    text = f" date 2024-10-11 {LEAD}\n\n{prompt}\n\nThe two leaders discussed trade.\n"
    found = segments_of(text, lexicons)
    assert ("boilerplate", prompt) in found
    assert ("body", LEAD) in found and ("body", "The two leaders discussed trade.") in found


def test_related_list_is_boilerplate(lexicons):
    text = (
        f" date 2024-10-11 {LEAD}\n\nRelated:\n- Iran buys Russian fighter jets\n"
        "- Putin visits Tehran\n\nThe two leaders discussed trade.\n"
    )
    found = segments_of(text, lexicons)
    for line in ("Related:", "- Iran buys Russian fighter jets", "- Putin visits Tehran"):
        assert ("boilerplate", line) in found
    assert ("body", "The two leaders discussed trade.") in found


def test_read_more_line_is_boilerplate(lexicons):
    text = (
        f" date 2024-10-11 {LEAD}\nRead more: Russia and Iran sign gas deal\n"
        "The two leaders discussed trade.\n"
    )
    found = segments_of(text, lexicons)
    assert ("boilerplate", "Read more: Russia and Iran sign gas deal") in found
    assert ("body", "The two leaders discussed trade.") in found


@pytest.mark.parametrize(
    "quote_sentence",
    [
        "“Your support makes all the difference to our people,” Putin told Pezeshkian.",
        'Pezeshkian said: "We are grateful for your support and your donation of medicines."',
    ],
)
def test_quoted_your_support_is_not_boilerplate(quote_sentence, lexicons, article):
    text = f" date 2024-10-11 {LEAD} {quote_sentence}\n\nThe talks lasted three hours.\n"
    assert ("body", quote_sentence) in segments_of(text, lexicons)
    result = article(text, published=None)
    kinds = {row["text"]: row["kind"] for row in result.sentences}
    assert kinds[quote_sentence] == "body"


def test_appeal_run_stops_at_real_news(lexicons):
    text = (
        f" date 2024-10-11 {LEAD}\n"
        "Your support helps us to tell the story.\n"
        "Your donation allows us to keep sending journalists.\n"
        "Russia and Iran signed a trade deal on Thursday.\n"
    )
    found = segments_of(text, lexicons)
    assert ("boilerplate", "Your support helps us to tell the story.") in found
    assert ("body", "Russia and Iran signed a trade deal on Thursday.") in found
    assert ("body", LEAD) in found


def test_copyright_and_share_lines_are_boilerplate(lexicons):
    text = (
        f" date 2024-10-11 {LEAD}\n\nShare this article\n\n"
        "© 2024 Example News. All rights reserved.\n"
    )
    found = segments_of(text, lexicons)
    assert ("boilerplate", "Share this article") in found
    copyright_kinds = [kind for kind, line in found if "rights reserved" in line]
    assert copyright_kinds and set(copyright_kinds) == {"boilerplate"}


@pytest.mark.parametrize(
    "credit",
    [
        "(Reporting by Parisa Hafezi; Editing by Mark Heinrich)",
        "Additional reporting by Guy Faulconbridge in Moscow",
    ],
)
def test_agency_credit_line_is_boilerplate(credit, lexicons):
    found = segments_of(f" date 2024-10-11 {LEAD}\n\n{credit}\n", lexicons)
    assert ("boilerplate", credit) in found
    assert ("body", LEAD) in found


@pytest.mark.parametrize(
    "foot",
    [
        "We have been working hard to bring you independent news from the region.",
        "For information media. Not an official record.",
        "The meeting began at 10:05 a.m. and ended at 1:12 p.m.",
        "By Leila Farhoud",
        "Reporting was contributed by Anna Petrova in Moscow.",
        "ab/sms (AFP, Reuters, dpa)",
        "Published in Dawn, January 19th, 2024",
        "Geography: Iran",
        "News ID: 48213",
        "You can sign up here for the weekly email newsletter.",
        "Choose to support us and subscribe on a monthly basis.",
        "Our work depends on the kind support of individual donors.",
        "By Nadia Karimi and Pavel Orlov",
        "By Reza Tavakoli, BBC Persian",
        "*Writing by Selin Aydin",
        "With reporting by Reuters and AFP",
        "Ivan Petrenko — Monday, 3 March 2025, 09:40",
        "This summary was prepared by committee staff and is not an official transcript.",
        "Video of the briefing is available on the ministry's website.",
    ],
)
def test_appeals_bylines_footers_and_press_summary_feet_are_boilerplate(foot, lexicons):
    found = segments_of(f" date 2024-10-11 {LEAD}\n\n{foot}\n", lexicons)
    assert {kind for kind, line in found if line in foot} == {"boilerplate"}
    assert ("body", LEAD) in found


@pytest.mark.parametrize(
    "news",
    [
        "By contrast, Moscow kept silent.",
        "Iran and Russia signed the deal by Friday, officials said.",
        "By Monday, Russia and Iran had signed the deal.",
        "By then Tehran and Moscow had agreed on a price.",
    ],
)
def test_news_opening_with_by_is_not_a_byline(news, lexicons):
    found = segments_of(f" date 2024-10-11 {LEAD}\n\n{news}\n", lexicons)
    assert ("body", news) in found


def test_a_meeting_reported_in_the_news_is_not_boilerplate(lexicons):
    news = "The meeting began on Monday and ended without agreement."
    found = segments_of(f" date 2024-10-11 {LEAD}\n\n{news}\n", lexicons)
    assert ("body", news) in found


def test_headline_then_body_without_header(lexicons):
    text = f"Putin meets Pezeshkian in Ashgabat\n\n{LEAD} They discussed trade.\n"
    found = segments_of(text, lexicons)
    assert found[0] == ("title", "Putin meets Pezeshkian in Ashgabat")
    assert ("body", LEAD) in found


def test_headline_on_the_date_header_line_is_a_title(lexicons):
    headline = "Iran Summons Russian, British Envoys over Tehran Conference Photo"
    found = segments_of(f" date 2021-08-12 {headline}\n\n{LEAD} They discussed trade.\n", lexicons)
    assert found[:2] == [("header", "date 2021-08-12"), ("title", headline)]
    assert ("body", LEAD) in found


def test_single_line_article_is_not_a_title(lexicons):
    assert segments_of(LEAD, lexicons) == [("body", LEAD)]


def test_paragraphs_are_trimmed_and_joined_when_hard_wrapped():
    text = (
        "  Russia and Iran have drawn closer over many years of talks about trade and energy and\n"
        "security, officials said.  \n\nNext paragraph."
    )
    spans = paragraphs(text)
    assert [text[s:e] for s, e in spans] == [
        "Russia and Iran have drawn closer over many years of talks about trade and energy and\n"
        "security, officials said.",
        "Next paragraph.",
    ]


def test_segments_are_ordered_non_overlapping_and_trimmed(seed_texts, lexicons):
    for name, text in seed_texts.items():
        _, segments = segment_document(text, lexicons)
        previous_end = 0
        for segment in segments:
            piece = text[segment.start : segment.end]
            assert segment.start >= previous_end, name
            assert piece and piece == piece.strip(), (name, piece)
            previous_end = segment.end
