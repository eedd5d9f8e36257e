"""Claims: who asserts, denies, disputes, hopes or warns what, and through which outlet.

A reporting cue makes a claim of whoever ``claim_speakers`` finds attributing it (a subject,
an inverted speaker, "according to X", an outlet passing a source on), else of each source
``claim_sources`` finds described near it ("two traders told AFP"), whose country, earlier
introduction and "one of them" ``claim_described`` works out. The stance is the cue's, or the
content's under a neutral verb, or a denial by ``claim_stance`` when what is reported concerns
the speaker's own side; ``claim_outlets`` finds an outlet no cue names. A sentence with no cue
may continue the previous speaker's quotation, or be a transcript speaker's turn.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from data_prep.attribution import reports_content
from data_prep.claim_context import ANONYMOUS, ClaimContext, Speaker
from data_prep.claim_described import (
    described_speaker,
    introduced_earlier,
    one_of_them,
    unregistered_source,
)
from data_prep.claim_outlets import (
    DESCRIBED_STATE_OUTLET,
    outlet_in_sentence,
    own_state_media,
    through_same_outlet,
)
from data_prep.claim_sources import described_source, unnamed_sources
from data_prep.claim_speakers import Attributed, attribute, told_outlet
from data_prep.claim_stance import own_side_stance
from data_prep.cues import find_cues
from data_prep.english import QUOTATION, inside, is_question, quotations
from data_prep.lexicons import Lexicons
from data_prep.model import Claim, CueHit, DateMention, DocMatch, Mention, Sentence

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
# A comma may close a quotation first: '"... the S-400," adding that'.
_FURTHER_STATEMENT = re.compile(
    r"(?:,[”\"’]?|\bbut|\band)\s+(?:(?:also|then|later|have|has|had)\s+)*$"
)
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
# "who asked not to be identified": how a source is kept anonymous, not a statement.
_ANONYMITY_REQUEST = re.compile(r"\s+not\s+to\s+be\s+(?:named|identified|quoted)\b")
# "called the U.S. attacks “unprovoked aggression”": what is named, then the quoted name.
_NAMED_IN_QUOTES = re.compile(r"\s+(?:[\w.’'-]+\s+){1,5}[“\"]")
_WHAT_IT_CALLS = re.compile(r"\bwhat\s+(?:[\w’'-]+\s+){1,3}$", re.IGNORECASE)
# "..., while Moscow considers such a level unjustified, the source said.": a sentence that
# closes on its attribution is all what that speaker said; the verbs inside it are part of
# the report, not claims of their own.
_CLOSING_ATTRIBUTION = re.compile(
    r",\s+(?P<who>(?:the|a|an|one)\s+(?:[\w’'-]+\s+){0,4}?)"
    r"(?:said|says|added|adds|told\s+[\w ]{1,30})[.!]?[”\"’]?\s*$"
)
_QUOTE_ONLY = re.compile(r"^\s*[“\"].*[”\"]\s*$", re.DOTALL)
_THAT_SUBJECT = re.compile(r"\s+that\s+(?:[\w’'-]+\s+){1,4}")
_TOPIC_LEAD = re.compile(r"^(?:\s*(?:that|to|,|:|as saying|as telling|by))+\s*")
TOPIC_WORDS = 8
# How far a date may stand from the cue to date the claim.
_DATE_REACH = 30


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
    if is_question(sentence):
        return []
    quoted = quotations(sentence)
    named = list(mentions)
    outside = tuple(m for m in named if not inside(m.start, m.end, quoted))
    closing = _closing_attribution(sentence, lexicons)
    hits = [
        h
        for h in reporting_hits
        if _reports(sentence, h, quoted, named)
        and not _demanded(sentence, h, reporting_hits)
        and (closing is None or h.start >= closing.start())
    ]
    hedged = bool(find_cues(sentence, lexicons.hedge_cues))
    ctx = ClaimContext(
        sentence,
        outside,
        tuple(dates),
        hedged,
        lexicons,
        published,
        described_sources or {},
        tuple(named),
    )
    claims = _attributed_claims(ctx, hits, reporting_hits)
    if not claims:
        claims = _implicit(ctx, previous, hits)
    if not claims and turn_speaker is not None:
        claims = _turn_claim(ctx, turn_speaker, reporting_hits)
    return [_inherit_via(claim, previous) for claim in _merge_outlets(list(claims.values()))]


def _closing_attribution(sentence: Sentence, lexicons: Lexicons) -> DocMatch | None:
    """ "..., the source said.": a described source whose words are all before the verb (not
    ", a day after Trump said")."""
    closing = sentence.search(_CLOSING_ATTRIBUTION)
    if closing is None:
        return None
    who = sentence.match(described_source(lexicons), closing.start("who"))
    whole = who is not None and not sentence.slice(who.end(), closing.end("who")).strip()
    return closing if whole else None


def _reports(
    sentence: Sentence, hit: CueHit, quoted: tuple[tuple[int, int], ...], named: list[Mention]
) -> bool:
    """Whether a reporting cue attributes a claim: not a stance word of the content, not a
    noun ("the reports"), not inside a quotation or a name."""
    return (
        hit.cue.entry.form != "content"
        and (hit.cue.entry.form != "naming" or _names_in_quotes(sentence, hit))
        and reports_content(sentence, hit)
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
            for claim in _claims(
                ctx, hit, claimant, via, _content_stance(ctx.sentence, reporting_hits, hit)
            ):
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
        hit.cue.entry.form in ("verb", "clause", "act", "naming")
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


def _content_stance(sentence: Sentence, reporting_hits: list[CueHit], verb: CueHit) -> str | None:
    """The stance of what a neutral verb reports: "..., a red line, Kanaani said" warns;
    "called the report baseless" disputes. Another speech verb between them ("insisted
    that ..., a step Russia considers legally void") makes the words another's; a noun ("said
    the claims were baseless") does not."""
    verbs = [
        h
        for h in reporting_hits
        if h.cue.entry.form != "content"
        and h != verb
        and not sentence.search(_NOUN_DETERMINER, None, h.start)
    ]
    return next(
        (
            h.cue.entry.stance
            for h in reporting_hits
            if h.cue.entry.form == "content"
            and not any(
                min(h.start, verb.start) < other.start < max(h.start, verb.start) for other in verbs
            )
        ),
        None,
    )


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
    told = next((m for m in ctx.mentions if told_outlet(ctx.sentence, hit, m)), None)
    sources = unnamed_sources(ctx.sentence, hit, ctx.lexicons)
    if not sources:
        speaker = one_of_them(ctx, hit) or unregistered_source(ctx, hit)
        return [_claim(ctx, hit, speaker[0], stance, via, None, speaker[1])] if speaker else []
    return [
        introduced_earlier(
            ctx,
            source,
            _claim(ctx, hit, described_speaker(ctx, source), stance, via or told, None),
        )
        for source in sources
    ]


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
        via = via or outlet_in_sentence(ctx, claimant, actor_id, hit)
    if hit.cue.entry.form in ("verb", "clause"):
        stance = own_side_stance(ctx, hit, stance, country)
    via_entry = ctx.lexicons.actor_by_id.get(via.actor_id) if via else None
    described_via = "" if via else earlier_via or own_state_media(ctx, hit, country)
    return Claim(
        name,
        country,
        actor_id,
        stance,
        ctx.sentence.slice(hit.start, hit.end),
        via.name if via else described_via,
        bool((via_entry and via_entry.state_media) or described_via),
        ctx.hedged or anonymous,
        _topic(ctx.sentence, hit),
        _claim_date(ctx, hit),
    )


def _named_speaker(ctx: ClaimContext, claimant: Mention) -> Speaker:
    """(name, country, actor id, anonymous) of a claimant the sentence names."""
    anonymous = (
        claimant.kind == "group"
        and claimant.type != "media"
        and bool(ctx.sentence.search(ANONYMOUS))
    ) or claimant.actor_id.endswith(("_officials", "_diplomats", "_people"))
    return claimant.name, claimant.country, claimant.actor_id, anonymous


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
    so is a source described, not named, that continues an outlet's report or another
    described source's. A named speaker's outlet ("X wrote in Etemad") was where that speaker
    spoke, and an outlet known only as a country's state media ("told state television") was
    where one statement was made: neither is carried on to others."""
    if claim.via:
        return claim
    described = claim.claimant_id.startswith("unnamed")
    earlier = next(
        (
            p
            for p in previous
            if (p.claimant_id == claim.claimant_id or (described and _reports_for_others(p)))
            and p.via
            and not DESCRIBED_STATE_OUTLET.search(p.via)
        ),
        None,
    )
    if earlier is None:
        return claim
    return through_same_outlet(claim, earlier, hedged=claim.hedged or earlier.hedged)


def _reports_for_others(claim: Claim) -> bool:
    """Whether a claim is an outlet's own report or a described source's, which the next
    described source may continue."""
    return claim.claimant == claim.via or claim.claimant_id.startswith("unnamed")


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
    return [c if c.via else through_same_outlet(c, outlet) for c in speakers]
