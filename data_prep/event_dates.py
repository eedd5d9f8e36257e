"""Event dates: which date expression of the sentence dates an act, and with what precision.

A date dates the cue it follows ("met Raisi on Monday"), a fronted date the clause after it,
and a clause's undated act takes its clause's date. Without one, news is as old as its
report: the reporting verb's date, else the publication date at week precision. Ongoing
states and planned acts have no date of their own.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date

from data_prep.attribution import date_of_report
from data_prep.dates import joins_dates
from data_prep.english import (
    cause_before,
    clause_before_when,
    clause_bounds,
    coordinate_breaks,
    is_past_tense,
    is_verb_only,
    main_clause,
    opening_adverbial,
    simultaneous_opening,
    told_in_past,
    trailing_when_clause,
)
from data_prep.event_context import EventContext
from data_prep.event_rules import names_no_act
from data_prep.model import CueHit, DateMention, DocMatch, Event

_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
# "since Russia's invasion", "since Moscow's full-scale invasion": "since" and up to three
# words before the act.
_SINCE_THE_ACT = re.compile(r"\bsince\s+(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)
_AT_THAT_TIME = re.compile(r"\bat (?:the|that) time\b", re.IGNORECASE)
# "downgraded (its) diplomatic relations": between a verb and the relationship it acts on.
_STATE_OBJECT_GAP = re.compile(
    r"\s+(?:(?:the|its|their|his|her|all|diplomatic|economic|bilateral)\s+)*"
)
_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:[a-z]+ly\s+|also\s+)?(?P<verb>[a-z]+)\b")
# A future auxiliary: what follows is foretold, not a state of the day it was said.
_FORETOLD = re.compile(r"\b(?:will|would|shall|won['’]t|going to)\b|['’]ll\b", re.IGNORECASE)
# "Earlier, the ambassador said", "reported earlier" are as vague as "recently" (not "had
# earlier been trained", "a day earlier" or "earlier this week").
# The look-ahead for "earlier" spares the look-behinds every other position of the sentence.
_RECENTLY = re.compile(
    r"\b(?P<word>recently|in recent (?:weeks|days|months)|lately|recent reports?)\b"
    r"|(?=earlier\b)(?:(?<![\w’'-] )|(?<=\bsaid )|(?<=\breported )|(?<=\bannounced ))"
    r"(?P<earlier>\bearlier\b)(?!\s+(?:this|that|than|today|in|on)\b)",
    re.IGNORECASE,
)
# "expected to sign it soon", "in the near future": an act to come within the year of the
# statement, as the seed gold dates it. "Soon after" places an act after another instead.
_SOON = re.compile(
    r"\b(?:soon(?!\s+(?:after|afterwards|afterward|thereafter)\b)|in the near future)\b",
    re.IGNORECASE,
)
# After a dated verb phrase: "and" and the next verb, at most three words before the act.
_AND_A_VERB = re.compile(r"\s+and\s+(?:also\s+)?(?P<verb>[a-z]+)\s+(?:[\w-]+\s+){0,2}")
# How recent an episode may end and still be the news of the day, not narrative.
_NEWS_DAYS = 14
# A verb, an infinitive it governs ("sought to play"), a particle ("played down"), a
# determiner and a modifier, then the object.
_VERB_BEFORE_ITS_OBJECT = re.compile(
    r"\b(?P<verb>[a-z]+)\s+(?:to\s+[a-z]+\s+)?(?:(?:down|up|off|out)\s+)?"
    r"(?:(?:a|an|the|any|its|their|his|her|this|such|some|no)\s+)?(?:[a-z-]+\s+)?$"
)
_DURING = re.compile(
    r"\s(?:during|in the course of|on the sidelines of"
    r"|in (?:a|an|their|his|her) (?:phone|telephone|video)?\s?(?:call|conversation)"
    r"|at (?:a|the|their) (?:meeting|summit|talks))\s",
    re.IGNORECASE,
)
# A date does not reach back over a semicolon, a colon or a participle phrase
# (", banning black cars in 2015").
_DATE_SCOPE_BREAK = re.compile(r"[;:]|,\s+[a-z]+ing\b")

# Before a date that modifies a noun: a determiner or a possessive ("the 2015 deal").
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|this|that|our)|['’]s)\s+$", re.IGNORECASE
)
_DETERMINER_OPENING = re.compile(r"(?:the|a|an)\s", re.IGNORECASE)
# Between a date and the noun it modifies: a few modifiers, no verb or clause.
_DATE_BEFORE_NOUN = re.compile(r"\s+(?:[a-z-]+\s+){0,2}")

DateValue = tuple[str, str, str]
UNDATED: DateValue = ("", "unknown", "")
# ", a day after", "two weeks before", "hours after": an act dated by its distance from the
# sentence's dated act; the phrase follows a comma or "came" ("The talks came a day after").
# Each of those ends in white space: testing that first spares the three look-behinds the
# positions inside words.
_OFFSET_CLAUSE = re.compile(
    r"(?<=\s)(?:(?<=,\s)|(?<=\bcame\s)|(?<=\bcomes\s))(?:only\s+|just\s+)?"
    r"(?:(?P<amount>a|an|one|two|three|four|five|six)\s+(?P<unit>days?|weeks?)"
    r"|(?P<hours>hours))\s+(?P<direction>after|before)\s+",
    re.IGNORECASE,
)
# "The following day,", "Two days later,", "The day before,": an opening that counts from
# the story's latest dated act.
_STORY_OFFSET = re.compile(
    r"\s*(?:the\s+(?:following|next)\s+(?P<unit>day|week)"
    r"|(?P<amount>a|an|one|two|three|four|five|six)\s+(?P<unit2>days?|weeks?)\s+"
    r"(?P<direction>later|earlier)"
    r"|the\s+day\s+(?P<before>before))\s*,",
    re.IGNORECASE,
)
# ", praising Turkey": a participle phrase after a comma; not a preposition in -ing, nor a
# consequence ("prompting condemnation from Moscow"), which may come later.
_PARTICIPLE = re.compile(
    r",\s+(?!(?:including|according|following|regarding|concerning|excluding|during"
    r"|prompting|sparking|triggering|drawing|causing|leading|provoking|fuelling|fueling"
    r"|raising|bringing)\b)"
    r"[a-z]+ing\b(?:\s+to)?"
    # ", in a rare visit": the act named again in apposition.
    r"|,\s+in\s+(?:a|an|his|her|their)\s+(?:[a-z-]+\s+){0,2}?(?=[a-z])",
)
_PARTICIPLE_REACH = 25
# Between the date and the participle's comma: no other clause ("; ", ", and", ", which").
_NO_BREAK = re.compile(r"[^;:,]*")
_CONTRAST = re.compile(r",\s+(?:but|though|although|yet)\b", re.IGNORECASE)
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def date_for(
    ctx: EventContext,
    hit: CueHit,
    modality: str,
    timing: str,
    provenance: bool = False,
    spoken: bool = False,
) -> DateValue:
    """(date, precision, date text) of the act ``hit`` names. ``provenance`` marks a source
    named by an adjective ("Iranian drones"): where things came from, not when. ``spoken``
    marks a speech act (support, criticism), made when the report says it was spoken."""
    own = _own_dates(ctx, hit, provenance)
    if own:
        nearest = min(
            _in_its_own_phrase(ctx, hit, own) or own,
            key=lambda d: min(abs(d.start - hit.end), abs(hit.start - d.end)),
        )
        return nearest.value, nearest.precision, nearest.text
    offset = _counted_from_another_act(ctx, hit)
    if offset is not None:
        return offset
    spoken_on = (
        date_of_report(ctx.sentence, ctx.attribution, hit)
        if spoken or _stated_prospect(ctx, hit, modality)
        else None
    )
    if spoken_on is not None:
        return spoken_on.value, spoken_on.precision, spoken_on.text
    if provenance or _anchors_a_span(ctx, hit):
        return UNDATED
    if ctx.entry_date is not None and modality != "planned":
        # A timeline entry tells its episode in the present tense, after its date label.
        return _within_the_month(ctx.entry_date)
    if _is_a_state(ctx, hit, modality, spoken):
        return UNDATED
    # A planned act has no date of its own, not even the time of its story.
    at_that_time = _at_that_time(ctx) if modality != "planned" else None
    return at_that_time or _undated_fallback(ctx, hit, modality, timing)


def _anchors_a_span(ctx: EventContext, hit: CueHit) -> bool:
    """ "have drawn closer since Russia's invasion of Ukraine": an act that only marks where a
    span of time starts is background, with no date unless it has one of its own."""
    return ctx.sentence.search(_SINCE_THE_ACT, None, hit.start) is not None


def _within_the_month(mention: DateMention) -> DateValue:
    """The date of an episode, to the month at most."""
    if mention.precision in ("day", "week"):
        return mention.value[:7], "month", mention.text
    return mention.value, mention.precision, mention.text


def _is_a_state(ctx: EventContext, hit: CueHit, modality: str, spoken: bool) -> bool:
    """Whether the act is an ongoing state with no date of its own ("Russia supports Iran",
    "has supplied drones since 2022"). A stance reported as said ("He stressed that Russia
    supports the deal") is the statement, made when it was reported."""
    if _dated_by_its_denial(ctx, hit, modality):
        return False
    if _runs_since_a_date(ctx, hit):
        return True
    return _is_ongoing(ctx, hit) and not (spoken and _said_as_a_stance(ctx, hit))


def _said_as_a_stance(ctx: EventContext, hit: CueHit) -> bool:
    """Whether the act is a present stance in what a reporting verb before it says, and that
    verb does not recur itself ("stressed that Russia supports", not "has long maintained
    that")."""
    verb = max(
        (v for v in ctx.attribution.verbs if v.end <= hit.start), key=lambda v: v.end, default=None
    )
    if verb is None or any(h.start < verb.end for h in ctx.ongoing_hits):
        return False
    clause_start, clause_end = clause_bounds(ctx.sentence, hit.start)
    return any(clause_start <= h.start and h.end <= clause_end for h in ctx.ongoing_hits)


def _counted_from_another_act(ctx: EventContext, hit: CueHit) -> DateValue | None:
    """The date of an act told by its distance from, or as part of, another dated act."""
    return (
        _offset_from_a_dated_act(ctx, hit)
        or _later_in_the_story(ctx)
        or _participle_of_a_dated_act(ctx, hit)
    )


def _stated_prospect(ctx: EventContext, hit: CueHit, modality: str) -> bool:
    """ "said on Monday they were close to an agreement", "is ready to develop cooperation":
    a prospect stated as it stood that day takes the statement's date; an act foretold ("said
    on Monday that Russia will deliver") has none of its own."""
    if modality not in ("planned", "hypothetical"):
        return False
    clause_start, _ = clause_bounds(ctx.sentence, hit.start)
    return ctx.sentence.search(_FORETOLD, clause_start, hit.start) is None


def _offset_from_a_dated_act(ctx: EventContext, hit: CueHit) -> DateValue | None:
    """ "flew to Moscow on Monday, a day after American bombers struck ...", "hours after
    Iran fired missiles", "a week after Trump said": the act after the offset is dated from
    the day the sentence gave before it, shifted by the offset (the same day for hours)."""
    offsets = ctx.sentence.finditer(_OFFSET_CLAUSE, None, hit.start)
    offset = offsets[-1] if offsets else None
    if offset is None or main_clause(ctx.sentence, offset.end()) != main_clause(
        ctx.sentence, hit.start
    ):
        return None
    anchor = next(
        (d.value for d in reversed(ctx.dates) if d.end <= offset.start() and d.precision == "day"),
        None,
    ) or _the_story_s_day(ctx, offset.start())
    if anchor is None:
        return None
    amount = _NUMBER_WORDS.get((offset.group("amount") or "").lower(), 0)
    sign = -1 if offset.group("direction").lower() == "after" else 1
    value, precision = _shifted(anchor, amount, (offset.group("unit") or "").lower(), sign)
    return value, precision, offset.group(0).strip()


def _later_in_the_story(ctx: EventContext) -> DateValue | None:
    """ "Putin met Pezeshkian on October 23. The following day, ...", "Two days later, ...":
    a sentence that opens by counting from the story's latest act dated to the day."""
    opening = ctx.sentence.match(_STORY_OFFSET)
    day = _latest_dated_day(ctx)
    if opening is None or day is None:
        return None
    amount = _NUMBER_WORDS.get((opening.group("amount") or "one").lower(), 1)
    unit = (opening.group("unit") or opening.group("unit2") or "day").lower()
    earlier = opening.group("before") or (opening.group("direction") or "").lower() == "earlier"
    value, precision = _shifted(day, amount, unit, -1 if earlier else 1)
    return value, precision, opening.group(0).rstrip(", ")


def _shifted(day: str, amount: int, unit: str, sign: int) -> tuple[str, str]:
    """``day`` moved by ``amount`` days or weeks (``unit``; none for "hours", the same day)
    in the direction ``sign``, with the precision that leaves."""
    weeks = unit.startswith("week")
    days = amount * (7 if weeks else 1 if unit else 0)
    value = date.fromordinal(date.fromisoformat(day).toordinal() + sign * days)
    return value.isoformat(), "week" if weeks else "day"


def _the_story_s_day(ctx: EventContext, offset_start: int) -> str | None:
    """ "The meeting came a day after U.S. bombers struck": with no day of its own, the
    sentence counts from the day the story dated its news by, the latest act dated to the
    day."""
    if not re.search(r"\b(?:came|comes)\s+$", ctx.sentence.slice(ctx.sentence.start, offset_start)):
        return None
    return _latest_dated_day(ctx)


def _latest_dated_day(ctx: EventContext) -> str | None:
    """The day of the story's latest act dated to the day by an expression."""
    dated = next((e for e in ctx.earlier_events if e.date_text and e.date_precision == "day"), None)
    return dated.event_date if dated else None


def _participle_of_a_dated_act(ctx: EventContext, hit: CueHit) -> DateValue | None:
    """ "spoke to Erdogan on Monday, praising Turkey", "in a phone call on June 14, offering
    to mediate", "met Putin on Sunday, in a rare visit": a participle phrase or an apposition
    tells what the subject did in the act before it, so it takes that act's date."""
    participles = [
        p for p in ctx.sentence.finditer(_PARTICIPLE, None, hit.end) if p.start() < hit.start
    ]
    participle = participles[-1] if participles else None
    if participle is None or hit.start - participle.end() > _PARTICIPLE_REACH:
        return None
    before = [d for d in ctx.dates if d.end <= participle.start() and d.precision == "day"]
    if not before or not ctx.sentence.fullmatch(_NO_BREAK, before[-1].end, participle.start()):
        return None
    return before[-1].value, before[-1].precision, before[-1].text


def _in_its_own_phrase(
    ctx: EventContext, hit: CueHit, dates: list[DateMention]
) -> list[DateMention]:
    """The dates the act's own phrase holds ("Putin's August 18-19 visit", "spoke to him by
    phone in March"): they win over a nearer one a verb before it governs ("met Raisi in
    December and spoke to him")."""
    return [
        d
        for d in dates
        if (_attributive(ctx, d) and _modifies_cue(ctx, d, hit))
        or ((cue := _governing_cue(ctx, d)) is not None and cue.start >= hit.start)
    ]


def _at_that_time(ctx: EventContext) -> DateValue | None:
    """ "In July, Iran summoned the ambassador. At the time, Amir-Abdollahian told Lavrov
    ...": "at the time" points back to the latest time the sentence named before it, else
    to the latest act the story dated by an expression."""
    mention = ctx.sentence.search(_AT_THAT_TIME)
    if mention is None or ctx.inside_quote(mention.start()):
        return None
    # "spoke to Putin during the war, the Kremlin said at the time": the time just named.
    named = [d for d in ctx.dates if d.end <= mention.start()]
    if named:
        return named[-1].value, named[-1].precision, mention.group(0)
    dated = next((e for e in ctx.earlier_events if e.date_text), None)
    return (dated.event_date, dated.date_precision, mention.group(0)) if dated else None


def _own_dates(ctx: EventContext, hit: CueHit, provenance: bool) -> list[DateMention]:
    clause_start, clause_end = clause_bounds(ctx.sentence, hit.start)
    local = _within(ctx.dates, clause_start, clause_end) + _before_the_opening(ctx, clause_start)
    own = [d for d in ctx.dates if _dates_act(ctx, hit, d, d in local, provenance)]
    return own or _simultaneous_dates(ctx, hit, clause_start, clause_end)


def _before_the_opening(ctx: EventContext, clause_start: int) -> list[DateMention]:
    """ "In July, during a visit to Tehran by Putin, Gazprom signed ...": a time before an
    opening adverbial is the whole sentence's, so it dates the main clause too."""
    opening = opening_adverbial(ctx.sentence)
    if opening is None or opening[1] != clause_start:
        return []
    return _within(ctx.dates, ctx.sentence.start, opening[0])


def _dates_act(
    ctx: EventContext, hit: CueHit, mention: DateMention, local: bool, provenance: bool
) -> bool:
    return (
        mention not in ctx.attribution.report_dates
        and not _in_its_content(ctx, hit, mention)
        and not _starts_a_state(ctx, hit, mention)
        and (_modifies_cue(ctx, mention, hit) or not _attributive(ctx, mention))
        and (
            _same_act(ctx, _governing_cue(ctx, mention), hit)
            or _modifies_cue(ctx, mention, hit)
            # Within the cue's own words: "agreed last year to".
            or hit.start <= mention.start < mention.end <= hit.end
            # A clause's date is the date of its act, not of where the act's things came from.
            or (local and _governing_cue(ctx, mention) is None and not provenance)
        )
    )


def _in_its_content(ctx: EventContext, hit: CueHit, mention: DateMention) -> bool:
    """ "regrets that the United States decided to withdraw last year": a date in the clause
    a cue ending in "that" introduces is the date of what it says, not of saying it."""
    return mention.start >= hit.end and ctx.sentence.slice(hit.start, hit.end).endswith(" that")


def _simultaneous_dates(
    ctx: EventContext, hit: CueHit, clause_start: int, clause_end: int
) -> list[DateMention]:
    """ "When Britain ... triggered snapback in late August, Moscow rushed to Tehran's
    defence", "Hatami discussed cooperation with Shoigu when he visited Moscow in August": an
    undated clause happened when its "When" clause did, before it or after it, an undated
    ", when" clause when the clause before it did ("during the war in June, when Israel
    struck"), and "discussed during Putin's August 18-19 visit" when the event it names
    did."""
    opening = simultaneous_opening(ctx.sentence)
    if opening is not None and opening[1] == clause_start:
        return _within(ctx.dates, *opening)
    # Each in turn, until one holds a date: "discussed ... during talks on January 17, when
    # the two leaders also signed" has an undated "when" clause and a dated "during".
    trailing = trailing_when_clause(ctx.sentence, hit.end, clause_end)
    main = clause_before_when(ctx.sentence, clause_start)
    during = ctx.sentence.search(_DURING, hit.end, clause_end)
    return (
        (_within(ctx.dates, *trailing) if trailing else [])
        or (_within(ctx.dates, *main) if main else [])
        or (_within(ctx.dates, during.end(), clause_end) if during else [])
        or _sharing_a_dated_verb(ctx, hit, clause_start)
    )


def _sharing_a_dated_verb(ctx: EventContext, hit: CueHit, clause_start: int) -> list[DateMention]:
    """ "withdrew from the deal in 2018 and reimposed sanctions on Iran": a verb joined by
    "and" to a dated verb phrase, with no date of its own, shares its date."""
    before = [d for d in ctx.dates if clause_start <= d.start and d.end <= hit.start]
    if not before:
        return []
    joined = ctx.sentence.fullmatch(_AND_A_VERB, before[-1].end, hit.start)
    return [before[-1]] if joined and is_past_tense(joined.group("verb").lower()) else []


def _within(dates: tuple[DateMention, ...], start: int, end: int) -> list[DateMention]:
    return [d for d in dates if start <= d.start and d.end <= end]


def _is_ongoing(ctx: EventContext, hit: CueHit) -> bool:
    """Whether an ongoing-state cue ("continues", "has long") governs the act."""
    clause_start, clause_end = clause_bounds(ctx.sentence, hit.start)
    clause_number = main_clause(ctx.sentence, hit.start)
    return any(
        (
            h.cue.entry.scope == "sentence"
            or (clause_start <= h.start and h.end <= clause_end)
            or main_clause(ctx.sentence, h.start) == clause_number
        )
        and not ctx.inside_quote(h.start)
        and not (hit.start <= h.start < hit.end and hit.end - hit.start > h.end - h.start)
        for h in ctx.ongoing_hits
    )


def _dated_by_its_denial(ctx: EventContext, hit: CueHit, modality: str) -> bool:
    """A denial is news of the day: what it denies ("has repeatedly denied supplying", "has
    not confirmed whether it provides", "has repeatedly said it will not send") is dated by
    the report even when it is an ongoing state. An act denied after it is told ("has long
    warned ..., a charge Tehran denies") keeps its own timing."""
    return modality == "denied" and not any(
        m.cue.entry.modality == "denied" and m.start > hit.end for m in ctx.modality_hits
    )


def _undated_fallback(ctx: EventContext, hit: CueHit, modality: str, timing: str) -> DateValue:
    published = ctx.published
    if published is not None and modality == "planned" and _is_imminent(ctx, hit):
        # A meeting or call announced without a date is expected within days of the report.
        return published.isoformat(), "week", ""
    soon = _soon(ctx, hit)
    if soon is not None:
        return soon
    if published is None or modality == "planned":
        return UNDATED
    recently = _recently(ctx, hit)
    if recently is not None:
        return recently
    if timing == "state" and not _object_of_a_told_act(ctx, hit):
        return UNDATED
    report = next(
        (
            d
            for d in ctx.attribution.report_dates
            if not ctx.sentence.search(_CONTRAST, d.end, hit.start)
        ),
        None,
    )
    if report is not None:
        # Undated news is as old as the report of it; a clause set against the report ("said
        # in 2023 that ..., but no deliveries have been confirmed") is today's.
        return report.value, report.precision, report.text
    episode = _past_episode(ctx, hit) if modality == "reported" else None
    return episode or (published.isoformat(), "week", "")


def _object_of_a_told_act(ctx: EventContext, hit: CueHit) -> bool:
    """ "Moscow sought to play down the row", "have publicly played down any rivalry": a
    state that is the object of a verb told in the past is what that act was about; the act
    is news, dated as one."""
    clause_start, _ = clause_bounds(ctx.sentence, hit.start)
    verb = ctx.sentence.search(_VERB_BEFORE_ITS_OBJECT, clause_start, hit.start)
    return verb is not None and is_past_tense(verb.group("verb").lower())


def _past_episode(ctx: EventContext, hit: CueHit) -> DateValue | None:
    """ "The 12-day war in June ... Moscow condemned the strikes": an act told in the past
    with no date of its own belongs to the past episode the latest act before it was dated
    in, to the month at most. An episode that reaches into the last two weeks before
    publication (fewer than 14 days) is the news itself, not narrative."""
    published = ctx.published
    episode = ctx.earlier_events[0] if ctx.earlier_events else None
    if published is None or episode is None or not (episode.date_text and episode.event_date):
        return None
    clause_start, _ = clause_bounds(ctx.sentence, hit.start)
    if not told_in_past(ctx.sentence, clause_start, hit.end):
        return None
    value = episode.event_date[:7]
    # A day dated episode ends on its day; a month or year one may run to its last day.
    ends = (
        date.fromisoformat(episode.event_date)
        if episode.date_precision == "day"
        else _last_day(value)
    )
    if (published - ends).days < _NEWS_DAYS:
        return None
    return value, "year" if len(value) == 4 else "month", episode.date_text


def _last_day(value: str) -> date:
    """The last day of a year ("2024") or month ("2024-08") value."""
    year, _, month = value.partition("-")
    if not month:
        return date(int(year), 12, 31)
    return date(int(year), int(month), calendar.monthrange(int(year), int(month))[1])


def _is_imminent(ctx: EventContext, hit: CueHit) -> bool:
    entry = ctx.lexicons.event_types.get(hit.cue.entry.event_type)
    return entry is not None and entry.imminent


def _recently(ctx: EventContext, hit: CueHit) -> DateValue | None:
    """ "Iran recently supplied missiles and had already transferred drones": "recently"
    dates its own main clause only, to the month or the year of the report."""
    recently = _in_its_main_clause(ctx, hit, _RECENTLY)
    if recently is None or ctx.published is None:
        return None
    word = (recently.group("word") or "").lower()
    if "week" in word or "day" in word:
        return ctx.published.strftime("%Y-%m"), "month", recently.group(0)
    return f"{ctx.published.year:04d}", "year", recently.group(0)


def _in_its_main_clause(
    ctx: EventContext, hit: CueHit, pattern: re.Pattern[str]
) -> DocMatch | None:
    """The first match of ``pattern`` in the main clause of the act: "recently" and "soon"
    time their own clause only."""
    clause_number = main_clause(ctx.sentence, hit.start)
    return next(
        (
            m
            for m in ctx.sentence.finditer(pattern)
            if main_clause(ctx.sentence, m.start()) == clause_number
        ),
        None,
    )


def _soon(ctx: EventContext, hit: CueHit) -> DateValue | None:
    """ "Putin and Raisi were expected to sign it soon": the year the statement was made."""
    soon = _in_its_main_clause(ctx, hit, _SOON)
    spoken = ctx.attribution.report_dates[0].value if ctx.attribution.report_dates else None
    stated = spoken or (ctx.published.isoformat() if ctx.published else None)
    if soon is None or stated is None:
        return None
    return stated[:4], "year", soon.group(0)


def _governing_cue(ctx: EventContext, mention: DateMention) -> CueHit | None:
    """The cue a date modifies: the nearest cue before it, up to a semicolon or colon
    ("met Raisi on Monday", "a summit in Kazan on 22 - 24 October"); none for a fronted
    date ("On Monday, ..."), which dates what follows. Nor does a date reach back into an
    earlier main clause: "have held drills, and Iran joined BRICS last year" dates the
    joining, which no cue names, not the drills. A cue that names no act (event_rules
    names_no_act: "strikes on Moscow's ally Iran on June 13", "struck a weapons depot on
    Sunday", the deal of "signed a deal on Friday") governs no date."""
    sentence = ctx.sentence
    region_start = max(
        (m.end() for m in sentence.finditer(_DATE_SCOPE_BREAK, None, mention.start)),
        default=sentence.start,
    )
    region_start = max(
        [region_start, *(end for _, end in coordinate_breaks(sentence) if end <= mention.start)]
    )
    # "downgraded relations with Tehran over the drones in September 2022": an act named as
    # the cause of another is a back-reference; the date after it dates the verb. Nearest
    # first, so the costlier checks run only until one cue qualifies.
    return next(
        (
            h
            for h in reversed(ctx.cue_hits)
            if region_start <= h.start
            and h.end <= mention.start
            and cause_before(ctx.sentence, h.start) is None
            and not names_no_act(ctx, h)
        ),
        None,
    )


def _modifies_cue(ctx: EventContext, mention: DateMention, hit: CueHit) -> bool:
    """ "Putin's August 18-19 visit", "the 2015 deal": a date inside the act's noun phrase,
    right before it, dates it."""
    return mention.end <= hit.start and bool(
        ctx.sentence.fullmatch(_DATE_BEFORE_NOUN, mention.end, hit.start)
    )


def _attributive(ctx: EventContext, mention: DateMention) -> bool:
    """ "discussed the 2015 nuclear deal", "Putin's August 18-19 visit": a date between a
    determiner and an act's noun names that act, and dates nothing else in the clause."""
    determined = _DETERMINER_OPENING.match(mention.text) or ctx.sentence.search(
        _DETERMINER_BEFORE, None, mention.start
    )
    return bool(determined) and any(_modifies_cue(ctx, mention, h) for h in ctx.cue_hits)


def _same_act(ctx: EventContext, cue: CueHit | None, hit: CueHit) -> bool:
    """ "spoke to Pezeshkian by phone in March", "signed a deal on Friday": two cues of one
    kind in one clause, or a verb and its object, name one act, so a date either of them
    governs dates it."""
    return cue is not None and (
        cue == hit
        or ctx.agreeing_verb(cue) == hit
        or _state_object(ctx, cue, hit)
        or _what_was_agreed(ctx, cue, hit)
        or (
            cue.cue.entry.event_type == hit.cue.entry.event_type
            and (
                clause_bounds(ctx.sentence, cue.start) == clause_bounds(ctx.sentence, hit.start)
                or _venue_of_the_main_act(ctx, cue, hit)
            )
        )
    )


def _venue_of_the_main_act(ctx: EventContext, cue: CueHit, hit: CueHit) -> bool:
    """ "On the sidelines of the BRICS summit next week, Putin is expected to meet
    Pezeshkian": a cue of the same kind in the opening adverbial names where the main
    clause's act happens, and its date is that act's."""
    opening = opening_adverbial(ctx.sentence)
    return opening is not None and cue.end <= opening[1] <= hit.start


def _what_was_agreed(ctx: EventContext, cue: CueHit, hit: CueHit) -> bool:
    """ "signed a memorandum on the supply of Russian gas in June 2024", "froze the sale of
    S-300 missiles to Iran in 2010": a cue in the object of a verb that agrees to or halts
    something names what was agreed or halted, so the date after it dates the verb."""
    words = ctx.sentence.slice(hit.start, hit.end).lower().split()
    return (
        (hit.cue.entry.event_type == "agreement" or hit.cue.entry.cameo_code.startswith("16"))
        and hit.end <= cue.start
        and ctx.clause(hit.start) == ctx.clause(cue.start)
        and any(is_verb_only(word) for word in words)
    )


def _state_object(ctx: EventContext, cue: CueHit, hit: CueHit) -> bool:
    """ "downgraded diplomatic relations with Iran in September 2022": a relationship that is
    the object of an act has no time of its own; the date after it dates the act."""
    return (
        cue.cue.entry.timing == "state"
        and hit.cue.entry.timing != "state"
        and hit.end <= cue.start
        and ctx.sentence.fullmatch(_STATE_OBJECT_GAP, hit.end, cue.start) is not None
    )


def _runs_since_a_date(ctx: EventContext, hit: CueHit) -> bool:
    """ "Russia has struck Ukrainian cities since the autumn of 2022", "Since 2022, Iran has
    supplied Russia with drones": a perfect running since a date has no single date of its
    own ("his first visit since taking office in July" is one visit, dated as news)."""
    clause_start, clause_end = clause_bounds(ctx.sentence, hit.start)
    started = _since_opening(ctx, clause_start) or any(
        _starts_a_state(ctx, hit, d) for d in _within(ctx.dates, clause_start, clause_end)
    )
    return started and any(
        is_verb_only(m.group("verb"))
        for m in ctx.sentence.finditer(_PERFECT, clause_start, clause_end)
    )


def _since_opening(ctx: EventContext, clause_start: int) -> bool:
    """Whether the clause follows an opening "Since <date>," ("Since 2022, Iran has ...")."""
    opening = opening_adverbial(ctx.sentence)
    return (
        opening is not None
        and opening[1] == clause_start
        and ctx.sentence.match(_SINCE, opening[0]) is not None
        and bool(_within(ctx.dates, *opening))
    )


def _starts_a_state(ctx: EventContext, hit: CueHit, mention: DateMention) -> bool:
    """ "relations ... since invading Ukraine on Feb. 24": the date starts a state the cue
    describes, it does not date the cue."""
    # Up to its end: "since 2022" holds its own "since".
    since = [m.start() for m in ctx.sentence.finditer(_SINCE, None, mention.end)]
    return bool(since) and hit.start < since[-1]


def on_each_date(ctx: EventContext, event: Event) -> list[Event]:
    """ "spoke by phone in March and April": one call on each of the coordinated dates."""
    dates = ctx.dates
    dated = next(
        (
            i
            for i, d in enumerate(dates)
            if (d.text, d.value) == (event.date_text, event.event_date)
        ),
        None,
    )
    if dated is None:
        return [event]
    first = last = dated
    while first > 0 and joins_dates(ctx.sentence.slice(dates[first - 1].end, dates[first].start)):
        first -= 1
    while last + 1 < len(dates) and joins_dates(
        ctx.sentence.slice(dates[last].end, dates[last + 1].start)
    ):
        last += 1
    return [
        event
        if index == dated
        else replace(event, event_date=d.value, date_precision=d.precision, date_text=d.text)
        for index, d in enumerate(dates[first : last + 1], start=first)
    ]
