"""Date expressions in news prose, resolved against the article's publication date.

Results are ISO partial dates (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``) with an ACLED-style
precision (day, week, month, year). Calendar arithmetic is python-dateutil's ``relativedelta``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from data_prep.model import DateMention

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = {
    name: index
    for index, name in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    )
}

# Wire timelines and factboxes write months in capitals ("JAN 17, 2025 - ...").
_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?"
    r"|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
    r"|JAN\.?|FEB\.?|MAR\.?|APR\.?|JUN\.?|JUL\.?|AUG\.?|SEPT?\.?|OCT\.?|NOV\.?|DEC\.?)"
)
# From 1800: Russia-Iran news recalls the treaties of Golestan (1813) and Turkmenchay (1828).
_YEAR = r"(?P<year>(?:18|19|20)\d{2})"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

# What a sentence must hold for a pattern to have any chance of matching. Each pattern lists
# the needs its required parts imply, and a sentence that lacks one skips that pattern's scan:
# three sentences in four hold no digit.
_DIGIT = "digit"  # every year and day
_MONTH_NAME = "month name"  # every _MONTH alternative begins with one of _MONTH_STEMS
_WEEKDAY_NAME = "weekday name"  # every _WEEKDAY alternative ends in "day"
_DAY_WORD = "yesterday, today, tomorrow, overnight or tonight"
_WEEK_WORD = "week"
_MONTH_WORD = "month"
_YEAR_WORD = "year"
_SEASON_WORD = "season"
_MONTH_STEMS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_ANY_DIGIT = re.compile(r"\d")
# The case-insensitive words are looked for in the lower-cased sentence: every character that
# re.IGNORECASE matches to a letter of these needles lower-cases to that letter, which is not
# so for "i" or "s" (dotless i, long s); test_dates checks this over all of Unicode.
CASELESS_NEEDLES: dict[str, tuple[str, ...]] = {
    _DAY_WORD: ("day", "tomorrow", "ght"),
    _WEEK_WORD: ("week",),
    _MONTH_WORD: ("month",),
    _YEAR_WORD: ("year",),
    # Parts of spring, summer, autumn, fall and winter without an "i" or "s".
    _SEASON_WORD: ("pr", "ummer", "autumn", "fall", "nter"),
}


def _needs_met(sentence: str) -> set[str]:
    lowered = sentence.lower()
    met = {
        need
        for need, needles in CASELESS_NEEDLES.items()
        if any(needle in lowered for needle in needles)
    }
    if _ANY_DIGIT.search(sentence):
        met.add(_DIGIT)
    if any(stem in sentence or stem.upper() in sentence for stem in _MONTH_STEMS):
        met.add(_MONTH_NAME)
    if "day" in sentence:
        met.add(_WEEKDAY_NAME)
    return met


_PATTERNS: list[tuple[str, frozenset[str], re.Pattern[str]]] = [
    (
        "iso",
        frozenset({_DIGIT}),
        re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
    ),
    (
        "day_month_range",
        frozenset({_DIGIT, _MONTH_NAME}),
        re.compile(_DAY + r"\s*(?:-|–|to)\s*[0-3]?\d\s+" + _MONTH + r"(?:,?\s+" + _YEAR + r")?\b"),
    ),
    (
        "month_day_year",
        frozenset({_DIGIT, _MONTH_NAME}),
        re.compile(
            _MONTH
            + r"\s+"
            + _DAY
            + r"(?:\s*(?:-|–)\s*[0-3]?\d)?(?:,?\s+"
            + _YEAR
            + r")?\b(?!\s*(?:%|million|billion|tons|people))"
        ),
    ),
    (
        "day_month_year",
        frozenset({_DIGIT, _MONTH_NAME}),
        re.compile(r"\b" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+" + _YEAR + r")?\b"),
    ),
    (
        "relative_month",
        frozenset({_MONTH_NAME}),
        re.compile(
            r"\b(?P<rel>(?i:last|this|next|earlier this|later this|in|since|by|until|early|late"
            r"|mid-?|(?:(?:by|at|until|before|from|in)\s+)?the\s+(?:end|beginning|start|middle)"
            r"\s+of))\s*" + _MONTH + r"(?:\s+" + _YEAR + r")?\b"
        ),
    ),
    (
        "month_year",
        frozenset({_DIGIT, _MONTH_NAME}),
        re.compile(r"\b" + _MONTH + r"\s+" + _YEAR + r"\b"),
    ),
    (
        "weekday",
        frozenset({_WEEKDAY_NAME}),
        re.compile(
            r"\b(?:(?P<rel>(?i:last|this|next|on|late on|early on|late|early|since))\s+)?"
            + _WEEKDAY
            + r"(?:\s+(?:night|morning|evening|afternoon))?\b"
        ),
    ),
    (
        "relative_day",
        frozenset({_DAY_WORD}),
        re.compile(r"\b(?P<word>yesterday|today|tomorrow|overnight|tonight)\b", re.I),
    ),
    (
        "relative_week",
        frozenset({_WEEK_WORD}),
        re.compile(
            r"\b(?P<word>(?:earlier |later )?this week|last week|next week|past week"
            r"|(?:at|over|during) the weekend|this weekend|last weekend)\b",
            re.I,
        ),
    ),
    (
        "relative_month_word",
        frozenset({_MONTH_WORD}),
        re.compile(
            r"\b(?P<word>(?:earlier |later )?this month|last month|next month|past month)\b", re.I
        ),
    ),
    (
        "relative_year_word",
        frozenset({_YEAR_WORD}),
        re.compile(
            r"\b(?P<word>(?:earlier |later )?this year|last year|next year|past year)\b", re.I
        ),
    ),
    (
        # "this summer", "last autumn", "since the spring", "the winter of 2022": the year.
        "season",
        frozenset({_SEASON_WORD}),
        re.compile(
            r"(?:\b(?P<rel>(?i:this|last|earlier this|in the|during the))\s+|(?<=[Ss]ince )the\s+)"
            # Not "this fall in exports".
            r"(?P<season>(?i:spring|summer|autumn|fall|winter))\b(?!\s+in\b)"
            r"(?:\s+of\s+" + _YEAR + r"\b)?"
            r"|\b(?i:the)\s+(?P<season2>(?i:spring|summer|autumn|fall|winter))\s+of\s+"
            + _YEAR.replace("year>", "year2>")
            + r"\b"
        ),
    ),
    (
        # "between 1998 and 2003", "from 2019 to 2021": a span of years is dated by its start,
        # as "Aug. 18-19" is by its first day.
        "year_span",
        frozenset({_DIGIT}),
        re.compile(
            r"\b(?i:between|from)\s+" + _YEAR + r"\s+(?:and|to|until)\s+(?:18|19|20)\d{2}\b"
        ),
    ),
    (
        # "the 2015 deal", "a 2022 interview", "Russia's 2022 invasion": a year before its noun.
        "year_before_noun",
        frozenset({_DIGIT}),
        re.compile(
            r"(?:\b(?i:the|a|an|its|his|her|their|this|that)|['’]s)\s+"
            + _YEAR
            + r"(?=\s+[a-z][a-z-]+)"
        ),
    ),
    (
        # "Putin's July visit", "the March talks": a month before its noun, as "in July";
        # written in full, and not "May" ("the May government").
        "month_before_noun",
        frozenset({_MONTH_NAME}),
        re.compile(
            r"(?:\b(?i:the|a|an|its|his|her|their)|['’]s)\s+(?P<month>January|February|March"
            r"|April|June|July|August|September|October|November|December)(?=\s+[a-z][a-z-]+)"
        ),
    ),
    (
        "year",
        frozenset({_DIGIT}),
        re.compile(
            r"\b(?:(?i:in|since|by|until|from|of|early|late|mid|throughout|during|before|after)\s+"
            r"(?i:early\s+|late\s+|mid-)?|(?i:mid|early|late)-)"
            + _YEAR
            + r"\b(?!\s*(?:%|million|billion))"
        ),
    ),
]


# What may follow a date so that another date of the same kind continues it.
_COORDINATION = re.compile(
    r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?:again\s+)?(?:(?:in|on)\s+)?"
)
# The bare form a date of each kind takes when it continues a coordination; it reuses the
# relation of the first ("last March and April").
_BARE_FORMS: dict[str, re.Pattern[str]] = {
    "relative_month": re.compile(_MONTH + r"(?:\s+" + _YEAR + r")?\b"),
    "month_year": re.compile(_MONTH + r"\s+" + _YEAR + r"\b"),
    "weekday": re.compile(_WEEKDAY + r"\b"),
    "year": re.compile(_YEAR + r"\b(?!\s*(?:%|million|billion))"),
}


_CONJUNCTION = re.compile(r"\b(?:and|or)\b|&")


def joins_dates(between: str) -> bool:
    """Whether the text between two dates coordinates them ("March and April"), so that
    one verb happened on each."""
    return _COORDINATION.fullmatch(between) is not None


# "on 3 and 4 March": the first day borrows the month of the second.
_LEADING_DAY = re.compile(r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:and|&)\s+$")


_FUTURE_NEAR = re.compile(
    r"\b(?:will|won't|shall|is expected|are expected|expected to|scheduled|is set to|are set to|"
    r"plans? to|planned|to be held|upcoming|is hosting|are hosting|to host|ahead of)\b",
    re.IGNORECASE,
)
FUTURE_WINDOW = 80


def find_dates(sentence: str, published: date | None, offset: int = 0) -> list[DateMention]:
    """All resolvable date expressions in ``sentence``, earliest first, without overlaps.

    An expression reads as future when a future-tense cue comes shortly before it in the same
    comma-delimited phrase, so "will meet on Monday" and "met on Monday" resolve to different
    Mondays.
    """
    taken: list[tuple[int, int]] = []
    mentions: list[DateMention] = []
    met = _needs_met(sentence)
    for kind, needs, pattern in _PATTERNS:
        if not needs <= met:
            continue
        for match in pattern.finditer(sentence):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            window_start = max(
                0, match.start() - FUTURE_WINDOW, sentence.rfind(",", 0, match.start()) + 1
            )
            future = bool(_FUTURE_NEAR.search(sentence, window_start, match.start()))
            resolved = _resolve(kind, match.groupdict(), published, future)
            if resolved is None:
                continue
            value, precision = resolved
            taken.append((match.start(), match.end()))
            mentions.append(
                DateMention(
                    match.start() + offset, match.end() + offset, match.group(0), value, precision
                )
            )
            mentions += _coordinated_dates(sentence, kind, match, published, future, offset, taken)
    return sorted(mentions, key=lambda mention: mention.start)


# "the previous year", "the month before": a period counted back from the story's last date.
_PREVIOUS_PERIOD = re.compile(
    r"\b(?:the\s+previous\s+(?P<unit>year|month)|the\s+(?P<unit_before>year|month)\s+before"
    # "at the end of the month": the month the story just named, not the one before.
    r"|(?:at|by|towards?)\s+the\s+(?:end|start|beginning|middle)\s+of\s+the\s+"
    r"(?P<unit_same>year|month))\b",
    re.IGNORECASE,
)


def previous_periods(
    sentence: str, earlier: list[DateMention], offset: int = 0
) -> list[DateMention]:
    """ "Trade fell last year. Exports had risen the previous year": the period before the
    latest date the story gave up to the expression (``earlier``, in reading order); "at the
    end of the month" is that date's own month."""
    found = []
    for match in _PREVIOUS_PERIOD.finditer(sentence):
        before = [d for d in earlier if d.end <= match.start() + offset]
        unit = match.group("unit") or match.group("unit_before") or match.group("unit_same")
        unit = unit.lower()
        anchor = next((d for d in reversed(before) if unit == "year" or len(d.value) >= 7), None)
        if anchor is None:
            continue
        back = 0 if match.group("unit_same") else 1
        if unit == "year":
            value = f"{int(anchor.value[:4]) - back:04d}"
        else:
            value = (
                date.fromisoformat(anchor.value[:7] + "-01") - relativedelta(months=back)
            ).strftime("%Y-%m")
        found.append(
            DateMention(match.start() + offset, match.end() + offset, match.group(0), value, unit)
        )
    return found


# "JUNE 13, 2025 - Israel launches ...": a timeline entry opens with its date and a dash.
_ENTRY_SEPARATOR = re.compile(r"\s*[-–—:]\s")
_LEADING_SPACE = re.compile(r"\s*")


def timeline_label(sentence: str, dates: list[DateMention], offset: int = 0) -> DateMention | None:
    """The date that opens ``sentence`` as the label of a timeline or factbox entry, if it
    does ("JAN 17, 2025 - Presidents Putin and Pezeshkian sign the treaty")."""
    first = dates[0] if dates else None
    if first is None or first.start - offset != _LEADING_SPACE.match(sentence).end():
        return None
    return first if _ENTRY_SEPARATOR.match(sentence, first.end - offset) else None


# "during the war", "after the round": a back-reference to an episode the story dated.
_EPISODE_REFERENCE = (
    r"\b(?i:during|after|following|amid)\s+(?i:the|that|this)\s+(?:[\w’'-]+\s+){{0,2}}?"
    r"(?P<noun>{nouns})\b(?!\s+(?:of|in|on|at|with|between|last|this)\b)"
)


def episode_dates(
    sentence: str, dates: list[DateMention], nouns: tuple[str, ...], offset: int = 0
) -> dict[str, DateMention]:
    """ "the 12-day war in June", "another round of consultations in Tehran last week": the
    episodes the sentence dates, by the noun that names each."""
    found = {}
    for mention in dates:
        before = sentence[: mention.start - offset]
        for noun in nouns:
            named = re.search(
                rf"\b{noun}(?:\s+(?:of|in|at|with|between|on)\s+[\w’'-]+){{0,2}}\s+$",
                before,
                re.IGNORECASE,
            )
            if named:
                found[noun] = mention
    return found


def episode_references(
    sentence: str, episodes: dict[str, DateMention], offset: int = 0
) -> list[DateMention]:
    """ "Netanyahu spoke to Putin during the war": the date of the episode the story named
    before ("the 12-day war in June"), at its precision."""
    if not episodes:
        return []
    pattern = _EPISODE_REFERENCE.format(nouns="|".join(re.escape(n) for n in episodes))
    return [
        DateMention(
            match.start() + offset,
            match.end() + offset,
            match.group(0),
            episodes[match.group("noun").lower()].value,
            episodes[match.group("noun").lower()].precision,
        )
        for match in re.finditer(pattern, sentence, re.IGNORECASE)
    ]


def _coordinated_dates(
    sentence: str,
    kind: str,
    first: re.Match[str],
    published: date | None,
    future: bool,
    offset: int,
    taken: list[tuple[int, int]],
) -> list[DateMention]:
    """Dates that continue ``first`` in a coordination: "in March and April", "on Monday
    and Tuesday", "in 2023 and 2024", "on 3 and 4 March". Each is recorded in ``taken``."""
    found: list[DateMention] = []
    for start, end, groups in _continuations(sentence, kind, first):
        # The coordination stops at the first date that overlaps another or does not resolve.
        if any(start < e and s < end for s, e in taken):
            break
        resolved = _resolve(kind, groups, published, future)
        if resolved is None:
            break
        taken.append((start, end))
        found.append(DateMention(start + offset, end + offset, sentence[start:end], *resolved))
    return found


# A date coordinated with another: its span in the sentence and the groups to resolve it by.
_Continuation = tuple[int, int, dict[str, str | None]]


def _continuations(sentence: str, kind: str, first: re.Match[str]) -> list[_Continuation]:
    if kind == "day_month_year":
        return _leading_day(sentence, first)
    if kind in _BARE_FORMS:
        return _listed_dates(sentence, _BARE_FORMS[kind], first)
    return []


def _leading_day(sentence: str, first: re.Match[str]) -> list[_Continuation]:
    """The "3" of "on 3 and 4 March", with the month and year of ``first``."""
    leading = _LEADING_DAY.search(sentence, 0, first.start())
    if not leading:
        return []
    groups = {**first.groupdict(), "day": leading.group("day")}
    return [(leading.start("day"), leading.end("day"), groups)]


def _listed_dates(
    sentence: str, bare: re.Pattern[str], first: re.Match[str]
) -> list[_Continuation]:
    """The bare dates listed after ``first`` ("last March, May and June"), each with the
    relation of ``first``."""
    end, listed = first.end(), []
    while (joint := _COORDINATION.match(sentence, end)) and (
        following := bare.match(sentence, joint.end())
    ):
        groups = {**following.groupdict(), "rel": first.groupdict().get("rel")}
        listed.append(
            (following.start(), following.end(), groups, _CONJUNCTION.search(joint.group(0)))
        )
        end = following.end()
    # A list ends with "and" or "or"; "In March, May said" is no list.
    while listed and not listed[-1][3]:
        listed.pop()
    return [(start, end, groups) for start, end, groups, _ in listed]


def _month_number(token: str) -> int:
    return MONTHS[token.lower().rstrip(".")]


def _resolve(
    kind: str, groups: dict[str, str | None], published: date | None, future: bool
) -> tuple[str, str] | None:
    """The ISO partial date and precision of one matched expression of ``kind``, or None
    when it names no real date or needs a publication date that is unknown."""
    year = int(groups["year"]) if groups.get("year") else None
    resolver = _RESOLVERS.get(kind)
    if resolver is None:
        return None
    try:
        return resolver(groups, year, published, future)
    except (ValueError, KeyError, OverflowError):
        # Impossible dates ("February 30"), unknown month or day names, and arithmetic
        # that leaves the calendar's range: no date rather than a crash.
        return None


# Every resolver takes the match's groups, its year if written, the publication date and
# whether the expression reads as future, and returns (ISO partial date, precision) or None.
_Resolved = tuple[str, str] | None
_Resolver = Callable[[dict[str, str | None], int | None, date | None, bool], _Resolved]


def _resolve_iso(
    groups: dict[str, str | None], year: int | None, published: date | None, future: bool
) -> _Resolved:
    return date(year, int(groups["month"]), int(groups["day"])).isoformat(), "day"


def _resolve_month_day(
    groups: dict[str, str | None], year: int | None, published: date | None, future: bool
) -> _Resolved:
    """A day ("March 3, 2024", "3 March", "3-5 March"); without a year, the nearest one."""
    month, day = _month_number(groups["month"]), int(groups["day"])
    if year is not None:
        return date(year, month, day).isoformat(), "day"
    if published is None:
        return None
    return _nearest_month_day(published, month, day, future).isoformat(), "day"


def _resolve_month(
    groups: dict[str, str | None], year: int | None, published: date | None, future: bool
) -> _Resolved:
    """A month ("March 2024", "last March", "in March"); without a year, the one that the
    relation and the tense pick."""
    month = _month_number(groups["month"])
    if year is not None:
        return f"{year:04d}-{month:02d}", "month"
    if published is None:
        return None
    return _month_relative(published, month, (groups.get("rel") or "").strip(), future), "month"


def _resolve_weekday(
    groups: dict[str, str | None], year: int | None, published: date | None, future: bool
) -> _Resolved:
    if published is None:
        return None
    weekday = WEEKDAYS[groups["weekday"].lower()]
    return _weekday(published, weekday, groups.get("rel") or "", future).isoformat(), "day"


_DAY_SHIFTS = {"yesterday": -1, "today": 0, "tonight": 0, "overnight": 0, "tomorrow": 1}


def _resolve_relative_day(
    groups: dict[str, str | None], year: int | None, published: date | None, future: bool
) -> _Resolved:
    if published is None:
        return None
    shift = _DAY_SHIFTS[groups["word"].lower()]
    return (published + timedelta(days=shift)).isoformat(), "day"


def _resolve_relative_week(
    groups: dict[str, str | None], year: int | None, published: date | None, future: bool
) -> _Resolved:
    """A week, dated by the publication date moved a week back ("last week") or on
    ("next week"); a weekend is dated by its Saturday."""
    if published is None:
        return None
    word = groups["word"].lower()
    if "weekend" in word:
        return _weekend_saturday(published, word, future).isoformat(), "week"
    return (published + timedelta(days=7 * _direction(word))).isoformat(), "week"


def _weekend_saturday(published: date, word: str, future: bool) -> date:
    # The latest Saturday on or before publication, unless "this weekend" is still to come.
    saturday = published - timedelta(days=(published.weekday() - 5) % 7)
    if word.startswith("this") and future:
        saturday += timedelta(days=7)
    return saturday


def _resolve_relative_month_word(
    groups: dict[str, str | None], year: int | None, published: date | None, future: bool
) -> _Resolved:
    if published is None:
        return None
    shift = _direction(groups["word"].lower())
    return (published + relativedelta(months=shift)).strftime("%Y-%m"), "month"


def _resolve_relative_year_word(
    groups: dict[str, str | None], year: int | None, published: date | None, future: bool
) -> _Resolved:
    if published is None:
        return None
    return f"{published.year + _direction(groups['word'].lower()):04d}", "year"


# The month each season ends in: "last summer" said in September is this year's.
_SEASON_END = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11, "winter": 2}


def _resolve_season(
    groups: dict[str, str | None], year: int | None, published: date | None, future: bool
) -> _Resolved:
    written = year or (int(groups["year2"]) if groups.get("year2") else None)
    if written:
        return f"{written:04d}", "year"
    rel = (groups.get("rel") or "").lower()
    if published is None or rel in ("in the", "during the"):
        # "in the summer" with no year names no particular summer.
        return None
    season = (groups.get("season") or "").lower()
    ended_this_year = published.month > _SEASON_END[season]
    back = 1 if rel == "last" and not ended_this_year else 0
    return f"{published.year - back:04d}", "year"


def _resolve_year(
    groups: dict[str, str | None], year: int | None, published: date | None, future: bool
) -> _Resolved:
    # A written year needs no publication date.
    return (f"{year:04d}", "year") if year else None


def _direction(word: str) -> int:
    """-1 for "last ..." and "past ...", +1 for "next ...", 0 for "this ..." with or
    without "earlier" or "later"."""
    if word.startswith(("last", "past")):
        return -1
    return 1 if word.startswith("next") else 0


_RESOLVERS: dict[str, _Resolver] = {
    "iso": _resolve_iso,
    "day_month_range": _resolve_month_day,
    "month_day_year": _resolve_month_day,
    "day_month_year": _resolve_month_day,
    "relative_month": _resolve_month,
    "month_year": _resolve_month,
    "month_before_noun": _resolve_month,
    "weekday": _resolve_weekday,
    "relative_day": _resolve_relative_day,
    "relative_week": _resolve_relative_week,
    "relative_month_word": _resolve_relative_month_word,
    "relative_year_word": _resolve_relative_year_word,
    "year": _resolve_year,
    "year_before_noun": _resolve_year,
    "year_span": _resolve_year,
    "season": _resolve_season,
}


def _nearest_month_day(published: date, month: int, day: int, future: bool) -> date:
    candidate = date(published.year, month, day)
    if future:
        return candidate if candidate >= published else candidate + relativedelta(years=1)
    if candidate > published + timedelta(days=31):
        return candidate - relativedelta(years=1)
    return candidate


def _month_relative(published: date, month: int, rel: str, future: bool) -> str:
    rel = rel.lower()
    year = published.year
    if rel == "next" or (future and rel not in ("last", "since")):
        if month < published.month or (rel == "next" and month <= published.month):
            year += 1
    elif rel in ("this", "earlier this", "later this"):
        pass
    elif month > published.month or (rel == "last" and month == published.month):
        year -= 1
    return f"{year:04d}-{month:02d}"


def _weekday(published: date, weekday: int, rel: str, future: bool) -> date:
    rel = rel.lower().strip()
    if rel == "next" or (future and rel != "last"):
        ahead = (weekday - published.weekday()) % 7 or 7
        return published + timedelta(days=ahead)
    back = (published.weekday() - weekday) % 7
    if rel == "last" and back == 0:
        back = 7
    return published - timedelta(days=back)


_FULL_DATE = re.compile(
    r"\b(?:"
    + _MONTH
    + r"\s+"
    + _DAY
    + r",?\s+"
    + _YEAR
    + r"|"
    + _DAY.replace("day>", "day2>")
    + r"\s+"
    + _MONTH.replace("month>", "month2>")
    + r",?\s+"
    + _YEAR.replace("year>", "year2>")
    + r"|(?P<iso>\d{4}-\d{2}-\d{2}))\b"
)


def latest_full_date(text: str, not_after: date | None = None) -> date | None:
    """The latest complete date written in the text: a fallback for the publication date."""
    found: list[date] = []
    for match in _FULL_DATE.finditer(text):
        groups = match.groupdict()
        try:
            if groups["iso"]:
                value = date.fromisoformat(groups["iso"])
            elif groups["month"]:
                value = date(
                    int(groups["year"]), _month_number(groups["month"]), int(groups["day"])
                )
            else:
                value = date(
                    int(groups["year2"]), _month_number(groups["month2"]), int(groups["day2"])
                )
        except ValueError:
            continue
        if not_after is None or value <= not_after:
            found.append(value)
    return max(found) if found else None


def is_valid_partial_date(value: str) -> bool:
    if value == "":
        return True
    try:
        if re.fullmatch(r"\d{4}", value):
            return True
        if re.fullmatch(r"\d{4}-\d{2}", value):
            return 1 <= int(value[5:]) <= 12
        date.fromisoformat(value)
        return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", value))
    except ValueError:
        return False
