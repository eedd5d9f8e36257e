"""Claims: who asserts, denies, disputes, hopes or warns what, and through which outlet.

Attribution in news follows a few written forms, each handled here: a subject before a
reporting verb ("Peskov said", "Kyiv and the West say"), a trailing attribution after a
quotation ('"...," Putin said'), "according to X", "X told Reuters", "reported by X",
"X was quoted as saying", "Agency quoted X as saying", a hedge with no named source
("reportedly") and a sentence that only continues the previous speaker's quotation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from data_prep.cues import find_cues
from data_prep.english import QUOTATION, inside, quotations, subject_clause_start
from data_prep.lexicons import Lexicons, word_forms
from data_prep.model import Claim, CueHit, DateMention, DocMatch, Mention, Sentence

_UNNAMED = re.compile(
    r"\b(?P<who>(?:senior |anonymous |unnamed |western |local )?"
    r"(?:officials|sources|analysts|experts|"
    r"diplomats|observers|critics|people familiar with [a-z ]+"
    r"|(?:an?|one) (?:official|source|analyst|expert|diplomat|observer|MP|lawmaker|legislator)"
    r"|MPs|lawmakers|legislators))\b",
    re.IGNORECASE,
)
_UNNAMED_SOURCES = re.compile(r"\s+(?:unnamed |anonymous )?sources\b")
_ANONYMOUS = re.compile(r"\b(?:sources|anonymous|unnamed|people familiar)\b", re.IGNORECASE)
_REPORTS = re.compile(
    r"\b(?:reportedly|allegedly"
    r"|reports? (?:have |has )?(?:also )?(?:suggested|said|say|claimed))\b",
    re.IGNORECASE,
)
_BEFORE_INVERTED_VERB = re.compile(r"[,”\"’]\s*$")
_VERB_TO_SPEAKER = re.compile(r"\s+(?:the\s+)?")
# "said ... and called on", "hailed the day ... and accused": a second predicate.
_COORDINATED_VERB = re.compile(r"(?:,\s*|\s)and\s+(?:\w+\s+)?$")
# "dismissed the reports", "these claims": a reporting word used as a noun reports nothing.
_ASIDE_BEFORE_VERB = re.compile(r",[^,]{1,120},\s*$")
_FINITE_VERB_AFTER = re.compile(
    r"\s+(?:had|has|have|was|were|is|are|would|will|could|can|did|does|do|might|must)\b"
)
_AND_THEN_VERB = re.compile(r"(?:,\s*|\s)(?:and|but)\s+(?:(?:also|then|later|again)\s+)?$")
_SUBJECT_OPENING = re.compile(r"[\s,;:]*(?:(?:the|then|later|also|however)\s+)*", re.IGNORECASE)
_NOUN_DETERMINER = re.compile(r"\b(?:the|these|those|such)\s+$", re.IGNORECASE)
# "..., it added.", "They also warned that": the previous sentence's speaker again.
_PRONOUN_SUBJECT = re.compile(r"\b(?:it|they|It|They)\s+(?:also\s+|further\s+)?$")
_QUOTE_ONLY = re.compile(r"^\s*[“\"].*[”\"]\s*$", re.DOTALL)
_PARENTHETICAL = re.compile(r",[^,]{1,120},")
_BY_AFTER = re.compile(r"\s+by\s+")
_APPOSITION = re.compile(r",\s+")
# "reported on Sunday, citing Iranian sources, that": the outlet passes on someone's claim.
_CITING = re.compile(r"(?:\s+[\w’'-]+){0,3}?,?\s+citing\s+(?:the\s+)?")
_THAT_SUBJECT = re.compile(r"\s+that\s+(?:[\w’'-]+\s+){1,4}")
_AND_OR = re.compile(r"\s+(?:and|or)\s+(?:the\s+)?")
_CONJUNCTION = re.compile(r"\b(?:and|as well as)\b")
_LIST_JOINT = re.compile(r",\s+(?:and\s+)?(?:the\s+)?|\s+(?:and|as well as)\s+(?:the\s+)?")
_VIA_WORDS = re.compile(
    r"\b(?:cited|quoted|reported|carried|by|told|according to)\b", re.IGNORECASE
)
_TOPIC_LEAD = re.compile(r"^(?:\s*(?:that|to|,|:|as saying|as telling|by))+\s*")
TOPIC_WORDS = 8
# How far a speaker, an outlet or a date may stand from what attributes the claim to them.
_SUBJECT_REACH = 80
_OUTLET_REACH = 60
_SOURCE_REACH = 40
_DATE_REACH = 30
_TOLD_OUTLET_REACH = 10

Attributed = tuple[Mention | None, Mention | None]


@dataclass(frozen=True)
class ClaimContext:
    sentence: Sentence
    mentions: tuple[Mention, ...]
    dates: tuple[DateMention, ...]
    hedged: bool
    lexicons: Lexicons
    published: date | None


def extract_claims(
    sentence: Sentence,
    mentions: list[Mention],
    dates: list[DateMention],
    reporting_hits: list[CueHit],
    lexicons: Lexicons,
    published: date | None,
    previous: list[Claim],
    turn_speaker: Mention | None = None,
) -> list[Claim]:
    """Claims in one sentence. ``previous`` holds the previous sentence's claims, for a
    quotation that continues and an outlet that carries over; ``turn_speaker`` is who speaks
    the sentence by a transcript label."""
    quoted = quotations(sentence)
    named = list(mentions)
    outside = tuple(m for m in named if not inside(m.start, m.end, quoted))
    hits = [
        h
        for h in reporting_hits
        if _reports(sentence, h, quoted, named) and not _demanded(sentence, h, reporting_hits)
    ]
    hedged = bool(find_cues(sentence, lexicons.hedge_cues))
    ctx = ClaimContext(sentence, outside, tuple(dates), hedged, lexicons, published)
    claims = _attributed_claims(ctx, hits, reporting_hits)
    if not claims:
        claims = _implicit(ctx, previous, hits)
    if not claims and turn_speaker is not None:
        claims = _turn_claim(ctx, turn_speaker, reporting_hits)
    return [_inherit_via(claim, previous) for claim in _merge_outlets(list(claims.values()))]


def _reports(
    sentence: Sentence, hit: CueHit, quoted: tuple[tuple[int, int], ...], named: list[Mention]
) -> bool:
    """Whether a reporting cue attributes a claim: not a stance word of the content, not a
    noun ("the reports"), not inside a quotation or a name."""
    return (
        hit.cue.entry.form != "content"
        and not sentence.search(_NOUN_DETERMINER, None, hit.start)
        and not inside(hit.start, hit.end, quoted)
        and not any(m.start <= hit.start < m.end for m in named)
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
) -> dict[tuple[str, str], Claim]:
    claims: dict[tuple[str, str], Claim] = {}
    cues: dict[tuple[str, str], CueHit] = {}
    attributed: list[Attributed] = []
    for hit in hits:
        if not (attributed and ctx.sentence.search(_COORDINATED_VERB, None, hit.start)):
            # "Zakharova said ... and called on ...": a coordinated verb keeps its subject.
            attributed = _attribute(ctx.sentence, hit, list(ctx.mentions))
        for claimant, via in attributed:
            for claim in _claims(ctx, hit, claimant, via, _content_stance(reporting_hits, hit)):
                if _add(claims, claim):
                    cues[(claim.claimant_id, claim.stance)] = hit
    return _without_framing_asserts(ctx.sentence, claims, cues)


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
            if m.type == "media" and 0 <= m.start - hit.end <= _TOLD_OUTLET_REACH
        ),
        None,
    )
    return [
        _claim(ctx, hit, _described_speaker(ctx, source), stance, via or told, None)
        for source in unnamed_sources(ctx.sentence, hit, ctx.lexicons)
    ]


Speaker = tuple[str, str, str, bool]


def _claim(
    ctx: ClaimContext,
    hit: CueHit,
    speaker: Speaker,
    stance: str,
    via: Mention | None,
    claimant: Mention | None,
) -> Claim:
    name, country, actor_id, anonymous = speaker
    if claimant is not None:
        via = via or _outlet_in_sentence(ctx, claimant, actor_id)
    via_entry = ctx.lexicons.actor_by_id.get(via.actor_id) if via else None
    return Claim(
        name,
        country,
        actor_id,
        stance,
        ctx.sentence.slice(hit.start, hit.end),
        via.name if via else "",
        bool(via_entry and via_entry.state_media),
        ctx.hedged or anonymous,
        _topic(ctx.sentence, hit),
        _claim_date(ctx, hit),
    )


def _named_speaker(ctx: ClaimContext, claimant: Mention) -> Speaker:
    """(name, country, actor id, anonymous) of a claimant the sentence names."""
    anonymous = (
        claimant.kind == "group"
        and claimant.type != "media"
        and bool(ctx.sentence.search(_ANONYMOUS))
    ) or claimant.actor_id.endswith(("_officials", "_diplomats"))
    return claimant.name, claimant.country, claimant.actor_id, anonymous


def _described_speaker(ctx: ClaimContext, source: UnnamedSource) -> Speaker:
    """A described source takes the country of a nationality or place named in its
    description ("one Iranian energy economist")."""
    country = next(
        (
            m.country
            for m in ctx.mentions
            if source.start <= m.start and m.end <= source.end and m.country
        ),
        "",
    )
    actor_id = "unnamed_" + source.name.split()[-1].lower()
    return source.name, country, actor_id, bool(_ANONYMOUS.search(source.name))


def _outlet_in_sentence(
    ctx: ClaimContext, claimant: Mention | None, actor_id: str
) -> Mention | None:
    media = [m for m in ctx.mentions if m.type == "media" and m.actor_id != actor_id]
    if media:
        return media[0]
    return claimant if claimant is not None and claimant.type == "media" else None


def _attribute(sentence: Sentence, hit: CueHit, mentions: list[Mention]) -> list[Attributed]:
    """Who makes the claim a reporting cue introduces, and through which outlet."""
    if hit.cue.entry.form == "according":
        return _according_to(sentence, hit, mentions)
    clause_start = subject_clause_start(sentence, hit.start)
    before = [m for m in mentions if m.end <= hit.start and m.start >= clause_start]
    after = [m for m in mentions if m.start >= hit.end]
    verb = sentence.slice(hit.start, hit.end).lower()
    special = _passive_or_quoting(sentence, hit, verb, mentions, before, after)
    if special is not None:
        return [special]
    subjects = (
        _subject_of_the_clause_before(sentence, hit, mentions)
        or _inverted_subject(sentence, hit, after)
        or _subjects(sentence, before, clause_start, hit.start)
    )
    if not subjects:
        return [(None, None)]
    return [
        (subject, _via_of_subject(sentence, hit, verb, subject, mentions, after))
        for subject in subjects
    ]


def _subject_of_the_clause_before(
    sentence: Sentence, hit: CueHit, mentions: list[Mention]
) -> list[Mention]:
    """ "The United States called the deployment unfortunate and said it was examining ...": a
    verb right after "and" with no subject of its own has the subject that opens the clause
    before it."""
    joint = sentence.search(_AND_THEN_VERB, None, hit.start)
    if joint is None:
        return []
    # The clause before, else the sentence: a quotation in the clause splits it.
    for start in (subject_clause_start(sentence, joint.start()), sentence.start):
        opening = next((m for m in mentions if start <= m.start < joint.start()), None)
        if (
            opening is not None
            and opening.kind != "adjective"
            and sentence.fullmatch(_SUBJECT_OPENING, start, opening.start)
        ):
            return [opening]
    return []


def _passive_or_quoting(
    sentence: Sentence,
    hit: CueHit,
    verb: str,
    mentions: list[Mention],
    before: list[Mention],
    after: list[Mention],
) -> Attributed | None:
    """The forms whose speaker is not the verb's subject: "reported by IRNA", "TASS quoted
    Peskov as saying", "Reuters reported, citing Iranian sources, that", "..., adding that"."""
    passed_on = _outlet_passing_on(sentence, hit, verb, before, after)
    if passed_on is not None:
        return passed_on
    if sentence.match(_BY_AFTER, hit.end) and after:
        source = after[0]
        return source, _via_after(sentence, source, mentions) or _as_outlet(source)
    if verb.endswith("ing") and sentence.slice(sentence.start, hit.start).rstrip().endswith(","):
        # The participle's subject is the sentence's.
        main = [m for m in mentions if m.end <= hit.start]
        return (main[0], _via_after(sentence, main[0], mentions)) if main else (None, None)
    return None


def _outlet_passing_on(
    sentence: Sentence, hit: CueHit, verb: str, before: list[Mention], after: list[Mention]
) -> Attributed | None:
    """ "TASS quoted Peskov as saying", "Reuters reported, citing Iranian sources, that"."""
    outlet = before[-1] if before and before[-1].type == "media" else None
    if outlet is None:
        return None
    citing = sentence.match(_CITING, hit.end)
    if citing:
        return _cited_source(sentence, citing.end(), after), outlet
    if verb in ("quoted", "cited") and after:
        return after[0], outlet
    return None


def _cited_source(sentence: Sentence, start: int, after: list[Mention]) -> Mention | None:
    """Who an outlet cites, when named alone ("citing Peskov", "citing Iranian officials");
    None for a described source ("citing US and allied security officials"), which the
    outlet then carries."""
    cited = next((m for m in after if m.start >= start), None)
    if (
        cited is None
        or cited.kind == "adjective"
        or sentence.slice(start, cited.start).strip()
        or sentence.match(_AND_OR, cited.end)
    ):
        return None
    return cited


def _inverted_subject(sentence: Sentence, hit: CueHit, after: list[Mention]) -> list[Mention]:
    """ "'...,' said Putin", "Russia will keep helping Iran, said Kremlin spokesman Dmitry
    Peskov": after a quotation or a comma, the speaker follows the verb."""
    if not after or not sentence.search(_BEFORE_INVERTED_VERB, None, hit.start):
        return []
    speaker = after[0]
    if speaker.kind == "adjective":
        # "Russia, which ..., condemned the Israeli strikes": a modifier names no speaker.
        return []
    if sentence.match(_FINITE_VERB_AFTER, speaker.end):
        # "..., said the Iranian side had changed the terms": the subject of what is said.
        return []
    return [speaker] if sentence.fullmatch(_VERB_TO_SPEAKER, hit.end, speaker.start) else []


def _according_to(sentence: Sentence, hit: CueHit, mentions: list[Mention]) -> list[Attributed]:
    """ "according to IRNA", "according to the Kremlin website", "according to sources",
    "according to Iranian and Chinese officials" (each of the sources listed)."""
    if sentence.match(_UNNAMED, hit.end + 1) or sentence.match(_UNNAMED_SOURCES, hit.end):
        return [(None, None)]
    window = [m for m in mentions if m.start >= hit.end and m.start - hit.end <= _SOURCE_REACH]
    source = next((m for m in window if m.type == "media"), window[0] if window else None)
    if source is None:
        return [(None, None)]
    if source.type == "media":
        return [(source, source)]
    return [
        (listed, _via_after(sentence, listed, mentions))
        for listed in _listed_from(sentence, source, mentions)
    ]


def _listed_from(sentence: Sentence, first: Mention, mentions: list[Mention]) -> list[Mention]:
    """``first`` and the names joined to it by "and" ("Iranian and Chinese officials"); a
    comma after a source ends the attribution ("According to Lavrov, Russia and Iran ...")."""
    listed = [first]
    for mention in mentions:
        if mention.start < listed[-1].end or mention.kind == "adjective":
            continue
        if not sentence.fullmatch(_AND_OR, listed[-1].end, mention.start):
            break
        listed.append(mention)
    return listed


def _as_outlet(source: Mention) -> Mention | None:
    return source if source.type == "media" else None


def _via_of_subject(
    sentence: Sentence,
    hit: CueHit,
    verb: str,
    subject: Mention,
    mentions: list[Mention],
    after: list[Mention],
) -> Mention | None:
    via = _via_after(sentence, subject, mentions)
    if via is None and verb in ("told", "tells"):
        # "Araghchi told Reuters": the outlet spoken to carries the claim.
        via = next(
            (m for m in after if m.type == "media" and m.start - hit.end <= _TOLD_OUTLET_REACH),
            None,
        )
    return via


def _subjects(
    sentence: Sentence, before: list[Mention], clause_start: int, verb_start: int
) -> list[Mention]:
    """The mention nearest the verb, skipping quotations and parenthetical ", ... ," phrases;
    with its coordinated partner ("Kyiv and the West say")."""
    quote_end = max(
        (q.end() for q in sentence.finditer(QUOTATION, clause_start, verb_start)),
        default=clause_start,
    )
    visible = _outside_parentheticals(sentence, before, quote_end, verb_start)
    if not visible:
        return []
    subject = _named_in_apposition(sentence, before, visible[-1]) or visible[-1]
    if _words_between(sentence, subject.end, verb_start) > _SUBJECT_REACH or sentence.search(
        _UNNAMED, subject.end, verb_start
    ):
        return []
    if subject.kind == "pair":
        # "The two countries said": each side the pair stands for, at the pair's place.
        return [
            replace(member, start=subject.start, end=subject.end, text=subject.text, kind="pair")
            for member in subject.members
        ]
    return _coordinated_list(sentence, [m for m in before if m.kind != "adjective"], subject)


def _words_between(sentence: Sentence, start: int, end: int) -> int:
    """How far apart a subject and its verb are, an aside set off by commas between them not
    counted ("Ukraine, which downgraded relations with Tehran in 2022, has warned")."""
    asides = sentence.finditer(_PARENTHETICAL, start, end)
    return end - start - sum(aside.end() - aside.start() for aside in asides)


def _named_in_apposition(
    sentence: Sentence, before: list[Mention], subject: Mention
) -> Mention | None:
    """ "Iran's foreign minister, Abbas Araghchi, said": the name set off after a title says
    who speaks more surely than the title's holder on the day."""
    if subject.kind != "title":
        return None
    return next(
        (
            m
            for m in before
            if m.kind not in ("title", "adjective")
            and m.country == subject.country
            and sentence.fullmatch(_APPOSITION, subject.end, m.start)
        ),
        None,
    )


def _coordinated_list(sentence: Sentence, before: list[Mention], subject: Mention) -> list[Mention]:
    """The subject with the names listed before it ("Kyiv and the West say", "Russia, China
    and Iran condemned"), in reading order."""
    listed = [subject]
    for mention in reversed([m for m in before if m.end <= subject.start]):
        joint = sentence.fullmatch(_LIST_JOINT, mention.end, listed[0].start)
        # A bare comma before the last name sets off an appositive ("Iran's foreign
        # minister, Abbas Araghchi, said"), not a list.
        if joint is None or (len(listed) == 1 and not _CONJUNCTION.search(joint.group(0))):
            break
        listed.insert(0, mention)
    return listed


def _outside_parentheticals(
    sentence: Sentence, before: list[Mention], start: int, end: int
) -> list[Mention]:
    """Named candidates between ``start`` and ``end``, those inside ", ... ," asides left out
    unless nothing else remains."""
    candidates = [m for m in before if m.start >= start and m.kind != "adjective"]
    hidden = [(p.start(), p.end()) for p in sentence.finditer(_PARENTHETICAL, start, end)]
    visible = [m for m in candidates if not any(s <= m.start and m.end <= e for s, e in hidden)]
    return visible or candidates


def _via_after(sentence: Sentence, source: Mention, mentions: list[Mention]) -> Mention | None:
    """An outlet named right after the source ("cited by Digi24", "by Iran's IRNA")."""
    for mention in mentions:
        if (
            mention.type == "media"
            and 0 <= mention.start - source.end <= _OUTLET_REACH
            and mention is not source
            and sentence.search(_VIA_WORDS, source.end, mention.start)
        ):
            return mention
    return None


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
    so is a source described, not named, that continues an outlet's report."""
    if claim.via:
        return claim
    described = claim.claimant_id.startswith("unnamed")
    earlier = next(
        (p for p in previous if (described or p.claimant_id == claim.claimant_id) and p.via),
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


@dataclass(frozen=True)
class UnnamedSource:
    name: str
    start: int
    end: int


def unnamed_sources(sentence: Sentence, hit: CueHit, lexicons: Lexicons) -> list[UnnamedSource]:
    """Sources described, not named, near the cue: "officials said", "two traders told AFP",
    "said a Singapore-based oil analyst", "traders and analysts say"."""
    pattern = _described_source(lexicons.words["source_nouns"])
    citing = sentence.match(_CITING, hit.end)
    if citing:
        found = sentence.match(pattern, citing.end())
    else:
        found = _source_near(sentence, pattern, hit)
    if found is None:
        return []
    sources = [UnnamedSource(_unnamed_name(found.group("noun")), found.start(), found.end())]
    second = sentence.match(_coordinated_source(lexicons.words["source_nouns"]), found.end())
    if second is not None:
        sources.append(
            UnnamedSource(_unnamed_name(second.group("noun")), second.start("noun"), second.end())
        )
    return sources


def _source_near(sentence: Sentence, pattern: re.Pattern[str], hit: CueHit) -> DocMatch | None:
    """The described source of a verb: one whose noun ends within reach before it ("an
    Iranian lawmaker on parliament's development committee retorted") or that starts within
    reach after it ("said a Singapore-based oil analyst"), else one before an aside that ends
    at the verb ("A Russian official involved in the project, speaking on condition of
    anonymity, said")."""
    window = sentence.finditer(pattern, hit.start - 2 * _SOURCE_REACH, hit.end + _SOURCE_REACH)
    near = next((m for m in window if m.end() >= hit.start - _SOURCE_REACH), None)
    aside = sentence.search(_ASIDE_BEFORE_VERB, None, hit.start)
    if near is not None or aside is None:
        return near
    return sentence.search(pattern, aside.start() - 2 * _SOURCE_REACH, aside.start())


def _unnamed_name(noun: str) -> str:
    if noun.lower().startswith("people familiar"):
        return "unnamed sources"
    noun = noun.split()[-1]
    # An acronym keeps its capitals, plural or not ("MPs").
    return f"unnamed {noun if noun.removesuffix('s').isupper() else noun.lower()}"


@cache
def _source_noun_alternatives(nouns: tuple[str, ...]) -> str:
    forms = {form for noun in nouns for form in word_forms(noun)}
    return "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))


@cache
def _described_source(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """A described source: an optional determiner with up to three modifiers, or a
    capitalised word ("Iranian sources", "US and allied security officials"), then a noun
    for people who speak ("one Iranian energy economist", "senior officials")."""
    return re.compile(
        r"\b(?:(?:an?|one|two|three|four|several|some|many|other|the)\s+(?:[\w’'-]+\s+){0,3}?"
        rf"|(?!(?:{_source_noun_alternatives(nouns)})\b)(?-i:[A-Z])[\w’'-]*\s+"
        r"(?:(?:and|or)\s+)?(?:[\w’'-]+\s+){0,2}?)?"
        r"(?P<noun>people familiar with [a-z ]+|(?:senior |anonymous |unnamed |western |local )?"
        rf"(?:{_source_noun_alternatives(nouns)}))\b",
        re.IGNORECASE,
    )


@cache
def _coordinated_source(nouns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        rf"\s+(?:and|or)\s+(?P<noun>{_source_noun_alternatives(nouns)})\b", re.IGNORECASE
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
