"""Attribution: where reported content begins and which dates belong to the report.

"Peskov told reporters on Tuesday that Moscow would ...": the reporting verb's subject is no
party to the reported act, "on Tuesday" dates the report, not the act, and the content starts
after "that". Events use these boundaries; claims find their speakers from the same cues.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from data_prep.model import CueHit, DateMention, DocMatch, Mention, Sentence

# After the addressee: an apposition and a short phrase may come before "that" ("told his
# Russian counterpart, Sergei Lavrov, in a phone call that").
_THAT = re.compile(
    r"(?:,[^,;:]{1,40},)?(?:\s+(?:in|during|on|at|by|over|via)\s+[^,;:]{1,40}?)?\s+that\b"
)
_THAT_CLAUSE = re.compile(r"\s+that\b")
# After the verb: when, then the sources the report cites, then "that" ("reported on Sunday,
# citing US and allied officials, that").
_SOURCED_THAT = re.compile(
    r"(?:\s+(?:in|on|at|last|this|earlier)\s+[^,;:]{1,30}?)?"
    r",\s+(?:citing|quoting|according to)\s+(?P<sources>[^,;:]{1,80}),\s+that\b"
)
# The source named after an opening "According to", up to its comma.
_SOURCE_PHRASE = re.compile(r"[^,;:“”\"]{1,80},")
# "Iran protested after Lavrov accused Armenia": a verb followed by a subordinate clause
# reports nothing; what follows is when or why it spoke.
_SUBORDINATE_AFTER = re.compile(
    r"\s+(?:after|before|when|while|because|since|until|despite|following|as soon as)\b",
    re.IGNORECASE,
)
# ", the Kremlin said." attributes; ", but Tehran said ..." is a clause of its own.
_ATTRIBUTION_SUBJECT = re.compile(
    r",[”\"’]?\s+(?!(?:but|and|while|yet|although|though|whereas)\b)(?:[\w’'.-]+\s+){1,8}$"
)
# What may follow the verb: a few words ("on Tuesday"), then a participle phrase of the same
# speaker (", speaking on condition of anonymity", ", citing officials").
_ATTRIBUTION_TAIL = re.compile(
    r"(?:\s+[\w’'.-]+){0,10}(?:,\s+[a-z]+ing\b[^;:“”\"]*?)?\s*[.!?”\"]*\s*$"
)
_REPORT_DATE_GAP = re.compile(r"\s+(?:[\w’'-]+\s+){0,2}")
# What a verb that also takes a plain object reports: a that-clause, a quotation or a colon,
# maybe after a short phrase ("recalled on Tuesday that", "tweeted:", "posted on X, “...").
_CONTENT_AFTER = re.compile(
    r"(?:\s+(?:in|on|at|last|this|earlier|again|also|repeatedly)\b[^,;:“”\"]{0,30}?)?"
    # "that Moscow", "that the", not "maintained that partnership".
    r"(?:\s+that\s+(?:[A-Z]|(?:the|a|an|its|his|her|their|it|he|she|they|we|there|this"
    r"|these|those|both|no|any|such)\b)|\s*[:“\"‘]|,\s*[“\"‘])"
)
# "..., he recalled.", "…,” Peskov recalled": what the verb reports came before it, and at
# most a short phrase ("on Tuesday") follows it; "Russia, he recalled, had offered help".
_AFTER_ITS_CONTENT = re.compile(r"(?:,|[,.!?][”\"’])\s+(?:[\w’'.-]+\s+){0,4}$")
_SHORT_TAIL = re.compile(r"(?:\s+[\w’'.-]+){0,3}\s*(?:[.!?”\"]+\s*$|,)")


@dataclass(frozen=True)
class Attribution:
    """The reporting structure of one sentence."""

    verbs: tuple[CueHit, ...]
    # Where reported content begins, and where a trailing ", X said" begins: clause breaks
    # for pairing the actors of reported acts.
    content_bounds: tuple[int, ...]
    # Where each trailing attribution (", Kirby said on June 9.") begins.
    trailing_starts: tuple[int, ...]
    # "said on Tuesday": dates of the report, not of what it reports.
    report_dates: tuple[DateMention, ...]
    # "reported, citing US officials, that": the sources a report cites report it too.
    cited_sources: tuple[tuple[int, int], ...] = ()


def attribute(
    sentence: Sentence,
    reporting_hits: list[CueHit],
    actors: list[Mention],
    dates: list[DateMention],
    speech_nouns: tuple[str, ...],
) -> Attribution:
    """``speech_nouns`` name what is said ("charge", "claim"): ", a charge Tehran denies"
    describes the noun and attributes nothing."""
    verbs = _attributing_verbs(sentence, reporting_hits, actors)
    trailing = {
        b
        for h in verbs
        if (b := trailing_attribution(sentence, h)) is not None
        and not sentence.match(_speech_noun_opening(speech_nouns), b)
    }
    sourced = {h: sentence.match(_SOURCED_THAT, h.end) for h in verbs}
    bounds = {content_start(sentence, h, actors, sourced[h]) for h in verbs} | trailing
    bounds |= {b for h in reporting_hits if (b := opening_source_end(sentence, h)) is not None}
    return Attribution(
        verbs,
        tuple(sorted(bounds)),
        tuple(sorted(trailing)),
        report_dates(sentence, verbs, dates),
        tuple((m.start("sources"), m.end("sources")) for m in sourced.values() if m),
    )


def _attributing_verbs(
    sentence: Sentence, reporting_hits: list[CueHit], actors: list[Mention]
) -> tuple[CueHit, ...]:
    return tuple(
        h
        for h in reporting_hits
        if (h.cue.entry.form in ("verb", "clause") or _belief_with_a_clause(sentence, h))
        and reports_content(sentence, h)
        and not any(m.start <= h.start < m.end for m in actors)
        and not sentence.match(_SUBORDINATE_AFTER, h.end)
    )


def reports_content(sentence: Sentence, hit: CueHit) -> bool:
    """Whether a reporting verb that also takes a plain object reports here: "recalled that
    Moscow had proposed" and "..., he recalled" do; "recalled its ambassador" does not, nor
    does "has added to the strain"."""
    if sentence.match(_ADDS_TO, hit.start):
        return False
    if hit.cue.entry.form != "clause":
        return True
    return sentence.match(_CONTENT_AFTER, hit.end) is not None or (
        sentence.search(_AFTER_ITS_CONTENT, None, hit.start) is not None
        and sentence.match(_SHORT_TAIL, hit.end) is not None
    )


# "has added to the strain", "adds to the pressure": adding to something reports nothing.
_ADDS_TO = re.compile(r"add(?:s|ed|ing)?\s+to\b", re.IGNORECASE)


def _belief_with_a_clause(sentence: Sentence, hit: CueHit) -> bool:
    """ "Western officials believe that Iran has shipped missiles": a belief with a
    that-clause reports what the clause says, as "say that" does."""
    return hit.cue.entry.form == "belief" and sentence.match(_THAT_CLAUSE, hit.end) is not None


def content_start(
    sentence: Sentence, verb: CueHit, actors: list[Mention], sourced: DocMatch | None
) -> int:
    """Where what is reported begins: after "told Pezeshkian that", the addressee is no
    party to the content, nor are the sources ``sourced`` matched in "reported on Sunday,
    citing US officials, that"."""
    addressee = next((m for m in actors if m.start >= verb.end), None)
    if addressee is not None and not sentence.slice(verb.end, addressee.start).strip():
        that = sentence.match(_THAT, addressee.end)
        if that:
            return that.end()
    return sourced.end() if sourced else verb.end


def opening_source_end(sentence: Sentence, cue: CueHit) -> int | None:
    """Where "According to White House spokesman John Kirby," ends when it opens the
    sentence: its source is no party to what follows."""
    if cue.cue.entry.form != "according" or sentence.slice(sentence.start, cue.start).strip():
        return None
    source = sentence.match(_SOURCE_PHRASE, cue.end)
    return source.end() if source else None


def trailing_attribution(sentence: Sentence, verb: CueHit) -> int | None:
    """Where ", the Kremlin said on Tuesday." begins: the source of a report is no party
    to the act reported before it."""
    subject = sentence.search(_ATTRIBUTION_SUBJECT, sentence.start, verb.start)
    if subject is None or not sentence.fullmatch(_ATTRIBUTION_TAIL, verb.end):
        return None
    return subject.start()


@cache
def _speech_noun_opening(nouns: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(noun) for noun in sorted(nouns, key=len, reverse=True))
    return re.compile(
        rf",[”\"’]?\s+(?:(?:an?|the|one|another)\s+)?(?:{alternatives})\s", re.IGNORECASE
    )


def report_dates(
    sentence: Sentence, verbs: tuple[CueHit, ...], dates: list[DateMention]
) -> tuple[DateMention, ...]:
    """Dates right after a reporting verb ("said on Tuesday", "told reporters on Monday")."""
    return tuple(
        d for d in dates if any(sentence.fullmatch(_REPORT_DATE_GAP, v.end, d.start) for v in verbs)
    )


def date_of_report(sentence: Sentence, attribution: Attribution, act: CueHit) -> DateMention | None:
    """ "Russia is ready to help, Ryabkov said on Monday", "Zakharova said last week that
    Russia would ...": the date given to the report whose content holds ``act``."""
    verbs = attribution.verbs
    trailing = [start for start in attribution.trailing_starts if start >= act.end]
    if trailing:
        verb = min((v for v in verbs if v.start >= trailing[0]), key=lambda v: v.start)
    else:
        verb = max((v for v in verbs if v.end <= act.start), key=lambda v: v.end, default=None)
    if verb is None:
        return None
    return next(
        (
            d
            for d in attribution.report_dates
            if sentence.fullmatch(_REPORT_DATE_GAP, verb.end, d.start)
        ),
        None,
    )
