"""Date expressions resolved against a known publication date."""

from __future__ import annotations

import re
import sys
from datetime import date, timedelta
from itertools import pairwise

import pytest

from data_prep.dates import (
    CASELESS_NEEDLES,
    episode_dates,
    episode_references,
    find_dates,
    is_valid_partial_date,
    joins_dates,
    latest_full_date,
    previous_periods,
)

MON_2024_05_20 = date(2024, 5, 20)  # 003's publication date, a Monday
WED_2024_05_22 = date(2024, 5, 22)
FRI_2024_10_11 = date(2024, 10, 11)  # 002's publication date, a Friday
WED_2022_11_09 = date(2022, 11, 9)  # 001's publication date, a Wednesday


def only(sentence: str, published: date | None) -> tuple[str, str, str]:
    found = find_dates(sentence, published)
    assert len(found) == 1, [(d.text, d.value) for d in found]
    mention = found[0]
    assert sentence[mention.start : mention.end] == mention.text
    return mention.text, mention.value, mention.precision


@pytest.mark.parametrize(
    ("sentence", "published", "text", "value", "precision"),
    [
        ("Putin telephoned Mokhber on Monday.", MON_2024_05_20, "on Monday", "2024-05-20", "day"),
        ("They spoke on Sunday.", MON_2024_05_20, "on Sunday", "2024-05-19", "day"),
        ("They spoke on Friday.", MON_2024_05_20, "on Friday", "2024-05-17", "day"),
        (
            "Putin spoke late on Sunday night.",
            MON_2024_05_20,
            "late on Sunday night",
            "2024-05-19",
            "day",
        ),
        ("They met last Monday.", MON_2024_05_20, "last Monday", "2024-05-13", "day"),
        ("Raisi died in a crash yesterday.", MON_2024_05_20, "yesterday", "2024-05-19", "day"),
        ("The talks continue today.", MON_2024_05_20, "today", "2024-05-20", "day"),
        ("Last month, Russia sent aid.", WED_2022_11_09, "Last month", "2022-10", "month"),
        ("Russia sent aid last month.", date(2024, 1, 15), "last month", "2023-12", "month"),
        ("Putin held talks in December.", MON_2024_05_20, "in December", "2023-12", "month"),
        ("Putin held talks in May.", MON_2024_05_20, "in May", "2024-05", "month"),
        ("They met last September.", MON_2024_05_20, "last September", "2023-09", "month"),
        ("since invading Ukraine on Feb. 24", WED_2022_11_09, "Feb. 24", "2022-02-24", "day"),
        (
            "The summit is in Kazan on 22 - 24 October.",
            FRI_2024_10_11,
            "22 - 24 October",
            "2024-10-22",
            "day",
        ),
        (
            "In 2025, the two nations formalised their relationship.",
            date(2026, 3, 13),
            "In 2025",
            "2025",
            "year",
        ),
        (
            "The deal was signed on March 3, 2022.",
            MON_2024_05_20,
            "March 3, 2022",
            "2022-03-03",
            "day",
        ),
        (
            "The deal was signed on 3 March 2022.",
            MON_2024_05_20,
            "3 March 2022",
            "2022-03-03",
            "day",
        ),
        ("The deal was signed in May 2023.", MON_2024_05_20, "in May 2023", "2023-05", "month"),
        ("The file is dated 2024-02-29.", MON_2024_05_20, "2024-02-29", "2024-02-29", "day"),
        (
            "Iran acknowledged at the weekend it supplied drones.",
            WED_2022_11_09,
            "at the weekend",
            "2022-11-05",
            "week",
        ),
        (
            "A final agreement is expected later this month.",
            FRI_2024_10_11,
            "later this month",
            "2024-10",
            "month",
        ),
        ("Trade grew this year.", FRI_2024_10_11, "this year", "2024", "year"),
        ("Trade grew last year.", FRI_2024_10_11, "last year", "2023", "year"),
    ],
)
def test_resolved_dates(sentence, published, text, value, precision):
    assert only(sentence, published) == (text, value, precision)


@pytest.mark.parametrize(
    ("sentence", "published", "value"),
    [
        ("Putin will meet Raisi on Monday.", MON_2024_05_20, "2024-05-27"),
        ("Putin will meet Raisi on Friday.", MON_2024_05_20, "2024-05-24"),
        ("Putin is expected to visit Tehran on Wednesday.", FRI_2024_10_11, "2024-10-16"),
        ("The leaders are scheduled to meet on Monday.", FRI_2024_10_11, "2024-10-14"),
        ("They will meet in December.", MON_2024_05_20, "2024-12"),
        ("They will meet in March.", MON_2024_05_20, "2025-03"),
        ("They will sign the treaty on 3 March.", MON_2024_05_20, "2025-03-03"),
    ],
)
def test_future_expressions_resolve_forward(sentence, published, value):
    assert only(sentence, published)[1] == value


def test_future_monday_is_after_a_past_monday():
    past = only("Putin met Raisi on Monday.", WED_2024_05_22)[1]
    future = only("Putin will meet Raisi on Monday.", WED_2024_05_22)[1]
    assert past == "2024-05-20"
    assert future == "2024-05-27"


@pytest.mark.parametrize("phrase", ["earlier this week", "this week", "Earlier this week"])
def test_this_week_is_week_precision_within_the_week(phrase):
    _, value, precision = only(f"Putin called Raisi {phrase}.", WED_2024_05_22)
    assert precision == "week"
    day = date.fromisoformat(value)
    assert WED_2024_05_22 - timedelta(days=6) <= day <= WED_2024_05_22


def test_at_the_weekend_is_the_last_saturday_before_publication():
    for offset in range(7):
        published = date(2024, 5, 20) + timedelta(days=offset)
        _, value, precision = only("They met at the weekend.", published)
        saturday = date.fromisoformat(value)
        assert precision == "week"
        assert saturday.weekday() == 5
        assert timedelta(0) <= published - saturday < timedelta(days=7)


@pytest.mark.parametrize(
    "weekday", ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
)
@pytest.mark.parametrize("published", [date(2024, 5, 20) + timedelta(days=n) for n in range(7)])
def test_past_and_future_weekdays_are_within_a_week(weekday, published):
    past = date.fromisoformat(only(f"They met on {weekday}.", published)[1])
    future = date.fromisoformat(only(f"They will meet on {weekday}.", published)[1])
    assert past.strftime("%A") == weekday == future.strftime("%A")
    assert timedelta(0) <= published - past < timedelta(days=7)
    assert timedelta(0) < future - published <= timedelta(days=7)


@pytest.mark.parametrize("month", ["January", "March", "May", "July", "October", "December"])
def test_in_month_is_the_most_recent_such_month(month):
    value = only(f"Putin held talks in {month}.", MON_2024_05_20)[1]
    year, number = (int(part) for part in value.split("-"))
    assert date(year, number, 1) <= MON_2024_05_20
    assert (MON_2024_05_20.year - year) * 12 + MON_2024_05_20.month - number < 12


def test_no_publication_date_resolves_only_absolute_dates():
    found = find_dates("In 2025, on Monday, yesterday, in December, on March 3, 2022.", None)
    assert {(d.text, d.value) for d in found} == {
        ("In 2025", "2025"),
        ("March 3, 2022", "2022-03-03"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "on Feb. 30 they met",
        "on 30 February they met",
        "the file 2024-02-30",
        "in recent weeks",
        "It cost 2025 million dollars.",
        "Putin met Raisi.",
    ],
)
def test_non_dates_and_impossible_dates_are_ignored(sentence):
    assert find_dates(sentence, MON_2024_05_20) == []


def test_offsets_are_shifted_and_non_overlapping():
    sentence = "On Monday Putin said that in December and on March 3, 2022 they met."
    found = find_dates(sentence, MON_2024_05_20, offset=100)
    text = " " * 100 + sentence
    assert [text[d.start : d.end] for d in found] == [d.text for d in found]
    assert [d.text for d in found] == ["On Monday", "in December", "March 3, 2022"]
    assert all(a.end <= b.start for a, b in pairwise(found))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "They spoke by phone in March and April.",
            [("in March", "2024-03"), ("April", "2024-04")],
        ),
        (
            "They met in January, February and March.",
            [("in January", "2024-01"), ("February", "2024-02"), ("March", "2024-03")],
        ),
        (
            "Talks were held on Monday and Tuesday.",
            [("on Monday", "2024-05-20"), ("Tuesday", "2024-05-14")],
        ),
        ("Drills were held in 2023 and 2024.", [("in 2023", "2023"), ("2024", "2024")]),
        ("Talks on 3 and 4 March ended.", [("3", "2024-03-03"), ("4 March", "2024-03-04")]),
    ],
)
def test_coordinated_dates_are_each_found(sentence, expected):
    found = find_dates(sentence, MON_2024_05_20)
    assert [(d.text, d.value) for d in found] == expected
    assert all(sentence[d.start : d.end] == d.text for d in found)
    assert all(joins_dates(sentence[a.end : b.start]) for a, b in pairwise(found))


def test_a_bare_month_word_is_not_a_date_without_a_coordination():
    found = find_dates("In March, May said she would resign.", MON_2024_05_20)
    assert [d.text for d in found] == ["In March"]
    assert [d.text for d in find_dates("April was quiet.", MON_2024_05_20)] == []


def test_future_cue_in_another_clause_does_not_move_a_past_date():
    sentence = "Putin, who will travel to Tehran next month, met Raisi on Monday."
    monday = [d for d in find_dates(sentence, WED_2024_05_22) if d.text == "on Monday"]
    assert [d.value for d in monday] == ["2024-05-20"]


@pytest.mark.parametrize(
    ("sentence", "published"),
    [
        ("They meet tomorrow.", date(9999, 12, 31)),
        ("They met yesterday.", date(1, 1, 1)),
        ("They will meet next week.", date(9999, 12, 30)),
    ],
)
def test_extreme_publication_dates_do_not_raise(sentence, published):
    for mention in find_dates(sentence, published):
        assert is_valid_partial_date(mention.value)


# --- latest_full_date -------------------------------------------------------------------------


def test_latest_full_date_picks_the_latest_complete_date():
    text = (
        "Enemy Losses as of April 26, 2025 - General Staff. Earlier, on 3 March 2022 and "
        "2024-01-15, talks were held. In May 2026 something."
    )
    assert latest_full_date(text) == date(2025, 4, 26)


def test_latest_full_date_respects_not_after_and_validity():
    text = "Planned for May 5, 2030. Held on February 30, 2024. Held on 1 June 2021."
    assert latest_full_date(text, not_after=date(2026, 1, 1)) == date(2021, 6, 1)
    assert latest_full_date(text) == date(2030, 5, 5)
    assert latest_full_date("No dates here, only May 2024 and 2023.") is None


# --- is_valid_partial_date --------------------------------------------------------------------


@pytest.mark.parametrize("value", ["", "2024", "2024-01", "2024-12", "2024-02-29", "1999-12-31"])
def test_valid_partial_dates(value):
    assert is_valid_partial_date(value)


@pytest.mark.parametrize(
    "value",
    [
        "2024-13",
        "2024-00",
        "2023-02-29",
        "2024-1-1",
        "24",
        "2024/01/01",
        "yesterday",
        "2024-01-01T00:00",
        "20240101",
        " 2024",
        "2024-W01",
    ],
)
def test_invalid_partial_dates(value):
    assert not is_valid_partial_date(value)


@pytest.mark.parametrize(
    ("sentence", "text", "value", "precision"),
    [
        ("They meet tomorrow.", "tomorrow", "2024-05-23", "day"),
        ("They meet tonight.", "tonight", "2024-05-22", "day"),
        ("Strikes hit overnight.", "overnight", "2024-05-22", "day"),
        ("They met last week.", "last week", "2024-05-15", "week"),
        ("They meet next week.", "next week", "2024-05-29", "week"),
        ("They met this weekend.", "this weekend", "2024-05-18", "week"),
        ("They will meet this weekend.", "this weekend", "2024-05-25", "week"),
        ("They met last weekend.", "last weekend", "2024-05-18", "week"),
        ("Talks resume next month.", "next month", "2024-06", "month"),
        ("Trade fell over the past month.", "past month", "2024-04", "month"),
        ("Elections are due next year.", "next year", "2025", "year"),
        ("Trade fell over the past year.", "past year", "2023", "year"),
    ],
)
def test_relative_words_move_by_their_unit(sentence, text, value, precision):
    # Published on a Wednesday: the weekend before is the 18th, the one to come the 25th.
    assert only(sentence, WED_2024_05_22) == (text, value, precision)


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Russia tried to sabotage the 2015 nuclear deal.", "the 2015"),
        ("In a 2022 interview, Araghchi said so.", "a 2022"),
        ("Russia's 2022 invasion of Ukraine", "’s 2022".replace("’", "'")),
    ],
)
def test_a_year_before_its_noun_dates_it_to_the_year(sentence, text):
    found = find_dates(sentence, date(2025, 6, 1))
    assert [(d.text, d.precision) for d in found] == [(text, "year")]


def test_a_year_before_a_number_is_no_date():
    assert find_dates("the 2024 200-page report", date(2025, 6, 1)) == []


def test_caseless_needles_survive_lower_casing():
    """find_dates looks for the needles of its case-insensitive patterns in the lower-cased
    sentence; that skips no match only if every character re.IGNORECASE takes for a needle's
    letter lower-cases to that letter."""
    letters = sorted(
        {letter for needles in CASELESS_NEEDLES.values() for n in needles for letter in n}
    )
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for letter in letters:
        for match in re.finditer(letter, everything, re.IGNORECASE):
            assert match.group(0).lower() == letter, (letter, hex(ord(match.group(0))))


def test_the_month_before_counts_back_from_the_latest_month():
    earlier = find_dates("Iran cut exports in March 2024.", date(2024, 6, 1))
    text = "Russia had cut them the month before."
    (previous,) = previous_periods(text, earlier, offset=100)
    assert (previous.value, previous.precision, previous.text) == (
        "2024-02",
        "month",
        "the month before",
    )
    assert previous_periods(text, []) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("drills this summer", "2024"),
        ("talks last autumn", "2023"),
        ("exports since the spring", "2024"),
        ("strikes in the winter of 2022", "2022"),
    ],
)
def test_seasons_date_to_their_year(text, value):
    (found,) = find_dates(text, date(2024, 6, 1))
    assert (found.value, found.precision) == (value, "year")


def test_a_season_without_its_year_or_a_fall_in_prices_is_no_date():
    assert find_dates("talks in the summer", date(2024, 6, 1)) == []
    assert find_dates("this fall in exports", date(2024, 6, 1)) == []


def test_an_episode_the_story_dated_dates_a_later_reference_to_it():
    first = "The 12-day war in June ended."
    episodes = episode_dates(first, find_dates(first, date(2025, 7, 21)), ("war", "summit"))
    assert list(episodes) == ["war"]
    (during,) = episode_references("Putin called him during the war.", episodes, offset=40)
    assert (during.value, during.precision, during.text) == ("2025-06", "month", "during the war")
    assert episode_references("Putin called him after the summit.", episodes) == []


def test_the_end_of_the_month_is_the_month_just_named():
    earlier = find_dates("The vote was on Sept. 26.", date(2025, 10, 6))
    (end,) = previous_periods("It ended at the end of the month.", earlier, offset=30)
    assert (end.value, end.precision) == ("2025-09", "month")
