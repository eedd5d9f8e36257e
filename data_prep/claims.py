"""Claims: who asserts, denies, disputes, hopes or warns what, and through which outlet.

A reporting cue makes a claim of whoever ``claim_speakers`` finds attributing it (a subject,
an inverted speaker, "according to X", an outlet passing a source on), else of each source
``claim_sources`` finds described near it ("two traders told AFP"). The stance is the cue's,
or the content's under a neutral verb; a sentence with no cue may continue the previous
speaker's quotation, or be a transcript speaker's turn.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from data_prep.claim_sources import UnnamedSource, described_source, unnamed_sources
from data_prep.claim_speakers import TOLD_OUTLET_REACH, Attributed, attribute
from data_prep.cues import find_cues
from data_prep.english import QUOTATION, inside, quotations
from data_prep.lexicons import Lexicons
from data_prep.model import Claim, CueHit, DateMention, Mention, Sentence

_ANONYMOUS = re.compile(r"\b(?:sources|anonymous|unnamed|people familiar)\b", re.IGNORECASE)
_REPORTS = re.compile(
    r"\b(?:reportedly|allegedly"
    r"|reports? (?:have |has )?(?:also )?(?:suggested|said|say|claimed))\b",
    re.IGNORECASE,
)
# "said ... and called on", "hailed the day ... and accused": a second predicate.
_COORDINATED_VERB = re.compile(r"(?:,\s*|\s)and\s+(?:\w+\s+)?$")
# "said ..., adding that", "acknowledged ... but said": a further statement of the speaker,
# a claim of its own even when its stance is the same.
_BY_AGENT = re.compile(r"\s+by\b")
_FURTHER_STATEMENT = re.compile(r"(?:,|\bbut|\band)\s+(?:(?:also|then|later|have|has|had)\s+)*$")
# "dismissed the reports", "these claims", "the Kremlin's readout": a reporting word used as a
# noun reports nothing.
_NOUN_DETERMINER = re.compile(
    r"(?:\b(?:the|these|those|such|its|their|his|her|our|whose)|\w[’']s)\s+$", re.IGNORECASE
)
# "did not say whether", "declined to confirm": speech denied or withheld asserts nothing.
_WITHHELD = re.compile(
    r"\b(?:(?:did|does|do|has|have|had|would|will|could)\s+not|(?:declined|refused)\s+to)\s+$"
    r"|n[’']t\s+$",
    re.IGNORECASE,
)
# "..., it added.", "They also warned that", and a "he said" the mentions could not give a
# name (a source described, not named): the previous sentence's speaker again.
_PRONOUN_SUBJECT = re.compile(r"\b(?:it|they|he|she|It|They|He|She)\s+(?:also\s+|further\s+)?$")
# A question asks; it asserts nothing ("Has the contract been fulfilled?").
_QUESTION = re.compile(r"\?[”\"’]?\s*$")
# "who asked not to be identified": how a source is kept anonymous, not a statement.
_ANONYMITY_REQUEST = re.compile(r"\s+not\s+to\s+be\s+(?:named|identified|quoted)\b")
# "called the U.S. attacks “unprovoked aggression”": what is named, then the quoted name.
_NAMED_IN_QUOTES = re.compile(r"\s+(?:[\w.’'-]+\s+){1,5}[“\"]")
_WHAT_IT_CALLS = re.compile(r"\bwhat\s+(?:[\w’'-]+\s+){1,3}$", re.IGNORECASE)
_THAT_CLAUSE = re.compile(r"\s+that\s+(?:the\s+)?")
# "had not", "has never", "is not": the predicate right after a subject, negated in the
# past or present.
_NEGATED_PREDICATE = re.compile(
    r"(?:\s+(?:has|have|had|is|are|was|were|did|does|do))?(?:\s+(?:not|never)\b|n[’']t\b)"
)
# "told the reformist newspaper Etemad": the outlet a speaker talked to.
_TOLD_BEFORE = re.compile(r"\btold\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$")
_ONE_OF_THEM = re.compile(r"\bone of (?:them|those)\b", re.IGNORECASE)
# A name after "according to", perhaps after a few lower-case words that describe it.
_PROPER_NAME_AFTER = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,3}?(?P<name>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})"
)
# "..., while Moscow considers such a level unjustified, the source said.": a sentence that
# closes on its attribution is all what that speaker said; the verbs inside it are part of
# the report, not claims of their own.
_CLOSING_ATTRIBUTION = re.compile(
    r",\s+(?:the|a|an|one)\s+(?:[\w’'-]+\s+){0,4}?(?:said|says|added|adds|told\s+[\w ]{1,30})"
    r"[.!]?[”\"’]?\s*$"
)
_DEFINITE = re.compile(r"(?:the|The)\s")
_QUOTE_ONLY = re.compile(r"^\s*[“\"].*[”\"]\s*$", re.DOTALL)
_THAT_SUBJECT = re.compile(r"\s+that\s+(?:[\w’'-]+\s+){1,4}")
# "rejected the suggestion that", "dismissed claims that": what is rejected is the that-clause
# after the verb, perhaps through a noun for what was said.
_REJECTED_CLAUSE = re.compile(r"\s+(?:(?:the|any|such)\s+)?(?:[\w’'-]+\s+){0,2}?that\s+")
_REJECTED_OBJECT = r"\s+(?:(?:the|any|such|these|those)\s+)?(?:[\w’'-]+\s+)??(?:{nouns})\b"
# The outlet a speaker talks to, named only as his state's: "told state television".
_STATE_OUTLET = re.compile(
    r"\s+(?:(?:on|to|in)\s+)?state(?:-run)?\s+(?P<noun>television|TV channel|TV|radio|media"
    r"|news agency)\b"
)
_DESCRIBED_STATE_OUTLET = re.compile(r"\bstate (?:television|radio|media|news agency)$")
_TOPIC_LEAD = re.compile(r"^(?:\s*(?:that|to|,|:|as saying|as telling|by))+\s*")
TOPIC_WORDS = 8
# How far a date may stand from the cue to date the claim.
_DATE_REACH = 30


@dataclass(frozen=True)
class ClaimContext:
    sentence: Sentence
    mentions: tuple[Mention, ...]
    dates: tuple[DateMention, ...]
    hedged: bool
    lexicons: Lexicons
    published: date | None
    described_sources: dict[str, Claim]


def extract_claims(
    sentence: Sentence,
    mentions: list[Mention],
    dates: list[DateMention],
    reporting_hits: list[CueHit],
    lexicons: Lexicons,
    published: date | None,
    previous: list[Claim],
    turn_speaker: Mention | None = None,
    described_sources: dict[str, Claim] | None = None,
) -> list[Claim]:
    """Claims in one sentence. ``previous`` holds the previous sentence's claims, for a
    quotation that continues and an outlet that carries over; ``turn_speaker`` is who speaks
    the sentence by a transcript label; ``described_sources`` the article's latest claim of
    each kind of described source with an outlet, which "the source" refers back to."""
    quoted = quotations(sentence)
    named = list(mentions)
    outside = tuple(m for m in named if not inside(m.start, m.end, quoted))
    closing = sentence.search(_CLOSING_ATTRIBUTION)
    hits = [
        h
        for h in reporting_hits
        if _reports(sentence, h, quoted, named)
        and not _demanded(sentence, h, reporting_hits)
        and (closing is None or h.start >= closing.start())
    ]
    hedged = bool(find_cues(sentence, lexicons.hedge_cues))
    ctx = ClaimContext(
        sentence, outside, tuple(dates), hedged, lexicons, published, described_sources or {}
    )
    claims = _attributed_claims(ctx, hits, reporting_hits)
    if not claims:
        claims = _implicit(ctx, previous, hits)
    if not claims and turn_speaker is not None and not sentence.search(_QUESTION):
        claims = _turn_claim(ctx, turn_speaker, reporting_hits)
    return [_inherit_via(claim, previous) for claim in _merge_outlets(list(claims.values()))]


def _reports(
    sentence: Sentence, hit: CueHit, quoted: tuple[tuple[int, int], ...], named: list[Mention]
) -> bool:
    """Whether a reporting cue attributes a claim: not a stance word of the content, not a
    noun ("the reports"), not inside a quotation or a name."""
    return (
        hit.cue.entry.form != "content"
        and (hit.cue.entry.form != "naming" or _names_in_quotes(sentence, hit))
        and not sentence.search(_NOUN_DETERMINER, None, hit.start)
        and not sentence.search(_WITHHELD, None, hit.start)
        and not sentence.match(_ANONYMITY_REQUEST, hit.end)
        and not inside(hit.start, hit.end, quoted)
        and not any(m.start <= hit.start < m.end for m in named)
    )


def _names_in_quotes(sentence: Sentence, hit: CueHit) -> bool:
    """ "called the attacks “unprovoked aggression”" claims; "what it calls US “hegemony”"
    only words a name in its speaker's way."""
    return bool(
        sentence.match(_NAMED_IN_QUOTES, hit.end)
        and not sentence.search(_WHAT_IT_CALLS, hit.start - 30, hit.start)
    )


def _demanded(sentence: Sentence, hit: CueHit, reporting_hits: list[CueHit]) -> bool:
    """ "Lawmakers demanded that Zarif explain himself": the verb says what was demanded of
    its subject, not what the subject said."""
    return any(
        h.cue.entry.stance == "hopes" and sentence.fullmatch(_THAT_SUBJECT, h.end, hit.start)
        for h in reporting_hits
        if h.end <= hit.start
    )


def _attributed_claims(
    ctx: ClaimContext, hits: list[CueHit], reporting_hits: list[CueHit]
) -> dict[tuple, Claim]:
    """One claim per claimant and stance, and one more for each further statement of a
    claimant who has made one of that stance ("said ..., adding that ...")."""
    claims: dict[tuple, Claim] = {}
    cues: dict[tuple[str, str], CueHit] = {}
    further: dict[tuple, Claim] = {}
    attributed: list[Attributed] = []
    for hit in hits:
        if not (attributed and ctx.sentence.search(_COORDINATED_VERB, None, hit.start)):
            # "Zakharova said ... and called on ...": a coordinated verb keeps its subject.
            attributed = attribute(
                ctx.sentence, hit, list(ctx.mentions), described_source(ctx.lexicons)
            )
        for claimant, via in attributed:
            for claim in _claims(ctx, hit, claimant, via, _content_stance(reporting_hits, hit)):
                key = (claim.claimant_id, claim.stance)
                if key in claims and _is_further_statement(ctx.sentence, hit):
                    further[(*key, hit.start)] = claim
                elif _add(claims, claim):
                    cues[key] = hit
    return {**_without_framing_asserts(ctx.sentence, claims, cues), **further}


def _is_further_statement(sentence: Sentence, hit: CueHit) -> bool:
    """ "said ..., adding that", "hailed the day and accused Washington": a second speech
    verb of the same speaker; not "reported by EFE and cited by TASS", one report passed on."""
    return (
        hit.cue.entry.form == "verb"
        and sentence.search(_FURTHER_STATEMENT, None, hit.start) is not None
        and sentence.match(_BY_AGENT, hit.end) is None
    )


def _add(claims: dict[tuple[str, str], Claim], claim: Claim) -> bool:
    """One claim per claimant and stance ("said ... and called on ..." asserts and hopes);
    of two, the one with a named outlet wins. Whether ``claim`` was kept."""
    key = (claim.claimant_id, claim.stance)
    previous = claims.get(key)
    if previous and (previous.via or not claim.via):
        return False
    claims[key] = claim
    return True


def _without_framing_asserts(
    sentence: Sentence, claims: dict[tuple[str, str], Claim], cues: dict[tuple[str, str], CueHit]
) -> dict[tuple[str, str], Claim]:
    """ "Pezeshkian said he hoped ...", "Lavrov rejected claims that ...": a plain assertion
    that frames a more telling stance of the same speaker is that stance, not a second
    claim; "said ... and called on ..." coordinates two, and so does a participle after the
    stance ("rejected the claims, saying the islands have always belonged to Iran")."""
    kept = dict(claims)
    for (claimant_id, stance), hit in cues.items():
        framing = cues.get((claimant_id, "asserts"))
        if stance == "asserts" or framing is None:
            continue
        first, second = sorted((framing, hit), key=lambda h: h.start)
        participle_after = framing is second and sentence.slice(
            sentence.start, framing.start
        ).rstrip().endswith(",")
        if not participle_after and not sentence.search(_COORDINATED_VERB, first.end, second.start):
            kept.pop((claimant_id, "asserts"), None)
    return kept


def _content_stance(reporting_hits: list[CueHit], verb: CueHit) -> str | None:
    """The stance of what a neutral verb reports: "..., a red line, Kanaani said" warns;
    "called the report baseless" disputes."""
    return next((h.cue.entry.stance for h in reporting_hits if h.cue.entry.form == "content"), None)


def _claims(
    ctx: ClaimContext,
    hit: CueHit,
    claimant: Mention | None,
    via: Mention | None,
    content_stance: str | None,
) -> list[Claim]:
    """The claims a cue attributes: to the named claimant, else to each source described
    near it."""
    stance = (
        content_stance if content_stance and hit.cue.entry.stance == "asserts" else None
    ) or hit.cue.entry.stance
    if claimant is not None:
        return [_claim(ctx, hit, _named_speaker(ctx, claimant), stance, via, claimant)]
    # A described source speaks through the outlet it talks to ("two traders told AFP"),
    # not through any outlet the sentence names.
    told = next(
        (
            m
            for m in ctx.mentions
            if m.type == "media" and 0 <= m.start - hit.end <= TOLD_OUTLET_REACH
        ),
        None,
    )
    sources = unnamed_sources(ctx.sentence, hit, ctx.lexicons)
    if not sources:
        speaker = _one_of_them(ctx, hit) or _unregistered_source(ctx, hit)
        return [_claim(ctx, hit, speaker[0], stance, via, None, speaker[1])] if speaker else []
    return [
        _introduced_earlier(
            ctx,
            source,
            _claim(ctx, hit, _described_speaker(ctx, source), stance, via or told, None),
        )
        for source in sources
    ]


def _one_of_them(ctx: ClaimContext, hit: CueHit) -> tuple[Speaker, str] | None:
    """ "said one of them", "According to one of them": one of the sources the article
    described last, through their outlet."""
    sentence = ctx.sentence
    near = sentence.search(_ONE_OF_THEM, hit.start - 25, hit.end + 25)
    if near is None or not ctx.described_sources:
        return None
    latest = next(reversed(ctx.described_sources.values()))
    speaker = (latest.claimant, latest.claimant_country, latest.claimant_id, True)
    return speaker, latest.via


def _unregistered_source(ctx: ClaimContext, hit: CueHit) -> tuple[Speaker, str] | None:
    """ "according to Bonbast.com", "according to ship-tracking firm Vortexa": a source the
    registry does not know, named after the cue."""
    if hit.cue.entry.form != "according":
        return None
    named = ctx.sentence.match(_PROPER_NAME_AFTER, hit.end)
    if named is None:
        return None
    name = named.group("name").rstrip(".")
    return (name, "", "named_source_" + re.sub(r"\W+", "_", name.lower()), False), ""


def _introduced_earlier(ctx: ClaimContext, source: UnnamedSource, claim: Claim) -> Claim:
    """ "the source added": the source the article introduced ("a source familiar with the
    negotiations told Interfax"), still speaking through that outlet, of that country."""
    earlier = ctx.described_sources.get(claim.claimant_id)
    if claim.via or earlier is None or not ctx.sentence.match(_DEFINITE, source.start):
        return claim
    return replace(
        claim,
        via=earlier.via,
        via_state_media=earlier.via_state_media,
        claimant_country=claim.claimant_country or earlier.claimant_country,
    )


Speaker = tuple[str, str, str, bool]


def _claim(
    ctx: ClaimContext,
    hit: CueHit,
    speaker: Speaker,
    stance: str,
    via: Mention | None,
    claimant: Mention | None,
    earlier_via: str = "",
) -> Claim:
    name, country, actor_id, anonymous = speaker
    if claimant is not None:
        via = via or _outlet_in_sentence(ctx, claimant, actor_id, hit)
    if hit.cue.entry.form == "verb":
        stance = _of_its_own_side(ctx, hit, stance, country)
    via_entry = ctx.lexicons.actor_by_id.get(via.actor_id) if via else None
    own_state_media = "" if via else earlier_via or _own_state_media(ctx, hit, country)
    return Claim(
        name,
        country,
        actor_id,
        stance,
        ctx.sentence.slice(hit.start, hit.end),
        via.name if via else own_state_media,
        bool((via_entry and via_entry.state_media) or own_state_media),
        ctx.hedged or anonymous,
        _topic(ctx.sentence, hit),
        _claim_date(ctx, hit),
    )


def _said_of_itself(ctx: ClaimContext, hit: CueHit, country: str) -> bool:
    """A rejection of what is said of the speaker's own side is a denial, not a dispute of
    another's account: an accusation or a report ("rejected the Western accusation",
    "dismissed reports of a rift"), or a that-clause about its side ("rejected the suggestion
    that Moscow had let its ally down")."""
    sentence = ctx.sentence
    if sentence.match(_allegation(tuple(ctx.lexicons.words["allegation_nouns"])), hit.end):
        return True
    clause = sentence.match(_REJECTED_CLAUSE, hit.end)
    if clause is None or not country:
        return False
    subject = next((m for m in ctx.mentions if m.start >= clause.end()), None)
    return subject is not None and subject.start - clause.end() <= 4 and subject.country == country


def _of_its_own_side(ctx: ClaimContext, hit: CueHit, stance: str, country: str) -> str:
    """The stance of what a verb reports about the speaker's own side: rejecting what is said
    of it, or saying it did not do something, denies."""
    if stance == "disputes" and _said_of_itself(ctx, hit, country):
        return "denies"
    if stance == "asserts" and _denied_of_itself(ctx, hit, country):
        return "denies"
    return stance


def _denied_of_itself(ctx: ClaimContext, hit: CueHit, country: str) -> bool:
    """ "Putin insisted that Russia had not abandoned its partner": what a speaker says its own
    side did not do, or is not, is a denial, whatever the verb; what it will not do ("would
    not create a military alliance") is a stated intent, an assertion."""
    clause = ctx.sentence.match(_THAT_CLAUSE, hit.end)
    if clause is None or not country:
        return False
    subject = next((m for m in ctx.mentions if m.start >= clause.end()), None)
    if subject is None or subject.start - clause.end() > 4 or subject.country != country:
        return False
    return ctx.sentence.match(_NEGATED_PREDICATE, subject.end) is not None


@cache
def _allegation(nouns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(_REJECTED_OBJECT.format(nouns="|".join(map(re.escape, nouns))), re.I)


def _named_speaker(ctx: ClaimContext, claimant: Mention) -> Speaker:
    """(name, country, actor id, anonymous) of a claimant the sentence names."""
    anonymous = (
        claimant.kind == "group"
        and claimant.type != "media"
        and bool(ctx.sentence.search(_ANONYMOUS))
    ) or claimant.actor_id.endswith(("_officials", "_diplomats", "_people"))
    return claimant.name, claimant.country, claimant.actor_id, anonymous


def _described_speaker(ctx: ClaimContext, source: UnnamedSource) -> Speaker:
    """A described source takes the country of a nationality or place named in its
    description ("one Iranian energy economist"), or of the place it is said to be in
    ("critics in Tehran", "In Abu Dhabi, officials ...")."""
    country = next(
        (
            m.country
            for m in ctx.mentions
            if source.start <= m.start and m.end <= source.end and m.country
        ),
        "",
    ) or _place_of_source(ctx, source)
    actor_id = "unnamed_" + source.name.split()[-1].lower()
    return source.name, country, actor_id, bool(_ANONYMOUS.search(source.name))


def _place_of_source(ctx: ClaimContext, source: UnnamedSource) -> str:
    places, country_of = _places(ctx.lexicons)
    after = ctx.sentence.match(places.after, source.end)
    before = ctx.sentence.search(places.before, ctx.sentence.start, source.start)
    found = after or before
    return country_of[found.group("place")] if found else ""


@dataclass(frozen=True)
class _SourcePlaces:
    after: re.Pattern[str]  # "critics in Tehran"
    before: re.Pattern[str]  # "In Abu Dhabi, officials"


@cache
def _places(lexicons: Lexicons) -> tuple[_SourcePlaces, dict[str, str]]:
    """Where a described source is: the countries' names and capitals."""
    country_of = {
        form: country.iso3
        for country in lexicons.countries
        for form in (country.name, *country.metonyms)
    }
    names = "|".join(re.escape(f) for f in sorted(country_of, key=len, reverse=True))
    return _SourcePlaces(
        re.compile(rf"\s+(?:in|from)\s+(?P<place>{names})\b"),
        re.compile(rf"^\s*(?:In|From)\s+(?P<place>{names}),\s+$"),
    ), country_of


def _told_by_another(ctx: ClaimContext, outlet: Mention, hit: CueHit) -> bool:
    told = ctx.sentence.search(_TOLD_BEFORE, outlet.start - 40, outlet.start)
    return told is not None and told.start() != hit.start


def _own_state_media(ctx: ClaimContext, hit: CueHit, country: str) -> str:
    """ "Tahani told state television", "said on state TV": the speaker's own country's state
    outlet, named as the golds name it ("Iranian state television")."""
    found = ctx.sentence.match(_STATE_OUTLET, hit.end)
    adjective = next(
        (c.adjectives[0] for c in ctx.lexicons.countries if c.iso3 == country and c.adjectives),
        "",
    )
    if found is None or not adjective:
        return ""
    noun = found.group("noun")
    return f"{adjective} state {'television' if noun in ('TV', 'TV channel') else noun}"


def _outlet_in_sentence(
    ctx: ClaimContext, claimant: Mention | None, actor_id: str, hit: CueHit
) -> Mention | None:
    """The outlet that carries what the sentence reports ("..., IRNA reported"); not one
    another speaker of the sentence talked to ("and a former ambassador told Etemad")."""
    media = [
        m
        for m in ctx.mentions
        if m.type == "media" and m.actor_id != actor_id and not _told_by_another(ctx, m, hit)
    ]
    if media:
        return media[0]
    return claimant if claimant is not None and claimant.type == "media" else None


def _implicit(
    ctx: ClaimContext, previous: list[Claim], hits: list[CueHit]
) -> dict[tuple[str, str], Claim]:
    """Claims with no attributed subject: a continued quotation, a speaker the sentence
    calls "it" or "they" ("it added"), or an unattributed report."""
    sentence = ctx.sentence
    claim_date = ctx.published.isoformat() if ctx.published else ""
    continued = next((h for h in hits if sentence.search(_PRONOUN_SUBJECT, None, h.start)), None)
    if previous and (continued is not None or sentence.match(_QUOTE_ONLY)):
        speaker = previous[-1]
        stance = continued.cue.entry.stance if continued is not None else speaker.stance
        cue = sentence.slice(continued.start, continued.end) if continued else None
        return {
            (speaker.claimant_id, stance): replace(
                speaker,
                stance=stance,
                cue=cue or "(continued quotation)",
                topic=_topic(sentence, continued),
                claim_date=claim_date,
            )
        }
    report = sentence.search(_REPORTS)
    if report is None:
        return {}
    return {
        ("reports", "asserts"): Claim(
            "media reports",
            "",
            "reports",
            "asserts",
            report.group(0),
            "",
            False,
            True,
            _topic(sentence, None),
            claim_date,
        )
    }


def _turn_claim(
    ctx: ClaimContext, speaker: Mention, reporting_hits: list[CueHit]
) -> dict[tuple[str, str], Claim]:
    """What the speaker of a transcript turn says in a sentence with no attribution of its
    own; its stance is the content's ("such fabrications" disputes), else an assertion."""
    content = next((h for h in reporting_hits if h.cue.entry.form == "content"), None)
    stance = content.cue.entry.stance if content is not None else "asserts"
    name, country, actor_id, anonymous = _named_speaker(ctx, speaker)
    claim = Claim(
        name,
        country,
        actor_id,
        stance,
        "(transcript turn)",
        "",
        False,
        ctx.hedged or anonymous,
        _topic(ctx.sentence, content),
        ctx.published.isoformat() if ctx.published else "",
    )
    return {(actor_id, stance): claim}


def _inherit_via(claim: Claim, previous: list[Claim]) -> Claim:
    """A speaker quoted again in the next sentence is still quoted through the same outlet;
    so is a source described, not named, that continues an outlet's report. An outlet known
    only as a country's state media ("told state television") was where one statement was
    made, and is not carried on."""
    if claim.via:
        return claim
    described = claim.claimant_id.startswith("unnamed")
    earlier = next(
        (
            p
            for p in previous
            if (described or p.claimant_id == claim.claimant_id)
            and p.via
            and not _DESCRIBED_STATE_OUTLET.search(p.via)
        ),
        None,
    )
    if earlier is None:
        return claim
    return replace(
        claim,
        via=earlier.via,
        via_state_media=earlier.via_state_media,
        hedged=claim.hedged or earlier.hedged,
    )


def _topic(sentence: Sentence, hit: CueHit | None) -> str:
    """The first words of what is claimed: the quotation, else what follows the cue."""
    quote = sentence.search(QUOTATION)
    if quote:
        content = quote.group(0)
    elif hit is not None:
        content = sentence.slice(hit.end) or sentence.slice(sentence.start, hit.start)
    else:
        content = sentence.text
    words = _TOPIC_LEAD.sub("", content.strip(' “”"‘’')).split()
    return " ".join(words[:TOPIC_WORDS]).strip(' ,.;:“”"‘’')


def _claim_date(ctx: ClaimContext, hit: CueHit) -> str:
    near = [d for d in ctx.dates if abs(d.start - hit.end) <= _DATE_REACH]
    if near:
        return near[0].value
    return ctx.published.isoformat() if ctx.published else ""


def _merge_outlets(claims: list[Claim]) -> list[Claim]:
    """An outlet and a named speaker in one sentence: one claim, the speaker's, via the outlet."""
    speakers = [c for c in claims if c.claimant != c.via]
    echoes = [c for c in claims if c.claimant == c.via]
    if not (speakers and echoes):
        return claims
    outlet = echoes[0]
    return [
        c if c.via else replace(c, via=outlet.via, via_state_media=outlet.via_state_media)
        for c in speakers
    ]
