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

from data_prep.dates import DateMention
from data_prep.events import CueHit, clause_bounds, find_cues
from data_prep.lexicons import Lexicons
from data_prep.model import Mention

_UNNAMED = re.compile(
    r"\b(?P<who>(?:senior |anonymous |unnamed |western |local )?"
    r"(?:officials|sources|analysts|experts|"
    r"diplomats|observers|critics|people familiar with [a-z ]+"
    r"|(?:an?|one) (?:official|source|analyst|expert|diplomat|observer|MP|lawmaker|legislator)"
    r"|MPs|lawmakers|legislators))\b",
    re.IGNORECASE,
)
_ANONYMOUS = re.compile(r"\b(?:sources|anonymous|unnamed|people familiar)\b", re.IGNORECASE)
_REPORTS = re.compile(
    r"\b(?:reportedly|allegedly"
    r"|reports? (?:have |has )?(?:also )?(?:suggested|said|say|claimed))\b",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"|‘[^‘’]*’(?!\w)")
_QUOTE_ONLY = re.compile(r"^\s*[“\"].*[”\"]\s*$", re.DOTALL)
_PARENTHETICAL = re.compile(r",[^,]{1,120},")
_BY_AFTER = re.compile(r"^\s+by\s+")
TOPIC_WORDS = 8


@dataclass(frozen=True)
class Claim:
    claimant: str
    claimant_country: str
    claimant_id: str
    stance: str
    cue: str
    via: str
    via_state_media: bool
    hedged: bool
    topic: str
    claim_date: str


class QuoteContext:
    """The previous sentence's claims, for sentences that continue a quotation."""

    def __init__(self) -> None:
        self.previous: list[Claim] = []


def extract_claims(
    sentence: str,
    offset: int,
    mentions: list[Mention],
    dates: list[DateMention],
    lexicons: Lexicons,
    published: date | None,
    context: QuoteContext | None = None,
    *,
    claim_hits: list[CueHit],
) -> list[Claim]:
    context = context or QuoteContext()
    local = [
        replace(m, start=m.start - offset, end=m.end - offset) for m in mentions if m.kind != "pair"
    ]
    quoted = [(q.start(), q.end()) for q in _QUOTED.finditer(sentence)]
    outside = [m for m in local if not _inside(m.start, m.end, quoted)]
    hits = [
        h
        for h in claim_hits
        if not _inside(h.start, h.end, quoted)
        and not any(m.start <= h.start < m.end for m in local)
    ]
    hedged = bool(find_cues(sentence, lexicons.hedge_cues))
    claims: dict[str, Claim] = {}
    for hit in hits:
        for claimant, via in _attribute(sentence, hit, outside):
            _add(
                claims,
                _claim(
                    sentence,
                    hit,
                    claimant,
                    via,
                    outside,
                    hedged,
                    dates,
                    offset,
                    published,
                    lexicons,
                ),
            )
    if not claims:
        claims = _implicit(sentence, hits, context, hedged, lexicons, published)
    result = _merge_outlets(list(claims.values()))
    result = [_inherit_via(claim, context.previous) for claim in result]
    context.previous = result
    return result


def _inside(start: int, end: int, regions: list[tuple[int, int]]) -> bool:
    return any(s < start and end < e for s, e in regions)


def _add(claims: dict[str, Claim], claim: Claim | None) -> None:
    if claim is None:
        return
    previous = claims.get(claim.claimant_id)
    if (
        previous
        and (previous.stance != "asserts" or claim.stance == "asserts")
        and (previous.via or not claim.via)
    ):
        return
    claims[claim.claimant_id] = claim


def _claim(
    sentence, hit, claimant, via, mentions, hedged, dates, offset, published, lexicons
) -> Claim | None:
    if claimant is None:
        unnamed = _unnamed_source(sentence, hit)
        if unnamed is None:
            return None
        name, country, actor_id, anonymous = (
            unnamed,
            "",
            "unnamed",
            bool(_ANONYMOUS.search(unnamed)),
        )
    else:
        name, country, actor_id = claimant.name, claimant.country, claimant.actor_id
        anonymous = (
            claimant.kind == "group"
            and claimant.type != "media"
            and bool(_ANONYMOUS.search(sentence))
        ) or claimant.actor_id.endswith(("_officials", "_diplomats"))
    if via is None:
        media = [m for m in mentions if m.type == "media" and m.actor_id != actor_id]
        via = (
            media[0]
            if media
            else (claimant if claimant is not None and claimant.type == "media" else None)
        )
    via_entry = lexicons.actor_by_id.get(via.actor_id) if via else None
    return Claim(
        name,
        country,
        actor_id,
        hit.cue.fields["stance"],
        sentence[hit.start : hit.end],
        via.name if via else "",
        bool(via_entry and via_entry.state_media),
        hedged or anonymous,
        _topic(sentence, hit),
        _claim_date(hit, dates, offset, published),
    )


def _attribute(
    sentence: str, hit: CueHit, mentions: list[Mention]
) -> list[tuple[Mention | None, Mention | None]]:
    form = hit.cue.fields["form"]
    clause_start, _ = clause_bounds(sentence, hit.start)
    after = [m for m in mentions if m.start >= hit.end]
    before = [m for m in mentions if m.end <= hit.start and m.start >= clause_start]
    if form == "according":
        if _UNNAMED.match(sentence, hit.end + 1) or re.match(
            r"\s+(?:unnamed |anonymous )?sources\b", sentence[hit.end :]
        ):
            return [(None, None)]
        window = [m for m in after if m.start - hit.end <= 40]
        source = next((m for m in window if m.type == "media"), window[0] if window else None)
        if source is None:
            return [(None, None)]
        return [
            (source, source if source.type == "media" else _via_after(sentence, source, mentions))
        ]
    verb = sentence[hit.start : hit.end].lower()
    if _BY_AFTER.match(sentence[hit.end :]) and after:
        source = after[0]
        return [
            (
                source,
                _via_after(sentence, source, mentions)
                or (source if source.type == "media" else None),
            )
        ]
    if verb in ("quoted", "cited") and after and before and before[-1].type == "media":
        return [(after[0], before[-1])]
    if verb.endswith("ing") and sentence[: hit.start].rstrip().endswith(","):
        # "Putin spoke to Araghchi, adding that ...": the participle's subject is the
        # sentence's.
        main = [m for m in mentions if m.end <= hit.start]
        return [(main[0], _via_after(sentence, main[0], mentions))] if main else [(None, None)]
    subjects = _subjects(sentence, before, clause_start, hit.start)
    if not subjects:
        return [(None, None)]
    pairs = []
    for subject in subjects:
        via = _via_after(sentence, subject, mentions)
        if via is None and verb in ("told", "tells"):
            via = next((m for m in after if m.type == "media" and m.start - hit.end <= 10), None)
        pairs.append((subject, via))
    return pairs


def _subjects(
    sentence: str, before: list[Mention], clause_start: int, verb_start: int
) -> list[Mention]:
    """The mention nearest the verb, skipping quotations and parenthetical ", ... ," phrases;
    with its coordinated partner ("Kyiv and the West say")."""
    quote_end = max(
        (q.end() for q in _QUOTED.finditer(sentence, clause_start, verb_start)),
        default=clause_start,
    )
    candidates = [m for m in before if m.start >= quote_end and m.kind != "adjective"]
    if not candidates:
        return []
    span = sentence[quote_end:verb_start]
    hidden = [(p.start() + quote_end, p.end() + quote_end) for p in _PARENTHETICAL.finditer(span)]
    visible = [
        m for m in candidates if not any(s <= m.start and m.end <= e for s, e in hidden)
    ] or candidates
    subject = visible[-1]
    if verb_start - subject.end > 80 or _UNNAMED.search(sentence, subject.end, verb_start):
        return []
    partner = next(
        (
            m
            for m in reversed(visible[:-1])
            if re.fullmatch(r"\s+and\s+", sentence[m.end : subject.start])
        ),
        None,
    )
    return [partner, subject] if partner else [subject]


def _via_after(sentence: str, source: Mention, mentions: list[Mention]) -> Mention | None:
    """An outlet named right after the source ("cited by Digi24", "by Iran's IRNA")."""
    for mention in mentions:
        if (
            mention.type == "media"
            and 0 <= mention.start - source.end <= 60
            and mention is not source
        ):
            between = sentence[source.end : mention.start]
            if re.search(
                r"\b(?:cited|quoted|reported|carried|by|told|according to)\b",
                between,
                re.IGNORECASE,
            ):
                return mention
    return None


def _implicit(
    sentence: str,
    hits: list[CueHit],
    context: QuoteContext,
    hedged: bool,
    lexicons: Lexicons,
    published: date | None,
) -> dict[str, Claim]:
    """Claims with no attributed subject: a continued quotation, or an unattributed report."""
    claim_date = published.isoformat() if published else ""
    if _QUOTE_ONLY.match(sentence) and context.previous:
        speaker = context.previous[-1]
        return {
            speaker.claimant_id: replace(
                speaker,
                cue="(continued quotation)",
                topic=_topic(sentence, None),
                claim_date=claim_date,
            )
        }
    if _REPORTS.search(sentence):
        return {
            "reports": Claim(
                "media reports",
                "",
                "reports",
                "asserts",
                _REPORTS.search(sentence).group(0),
                "",
                False,
                True,
                _topic(sentence, None),
                claim_date,
            )
        }
    return {}


def _inherit_via(claim: Claim, previous: list[Claim]) -> Claim:
    """A speaker quoted again in the next sentence is still quoted through the same outlet."""
    if claim.via:
        return claim
    earlier = next((p for p in previous if p.claimant_id == claim.claimant_id and p.via), None)
    if earlier is None:
        return claim
    return replace(
        claim,
        via=earlier.via,
        via_state_media=earlier.via_state_media,
        hedged=claim.hedged or earlier.hedged,
    )


def _unnamed_source(sentence: str, hit: CueHit) -> str | None:
    window = sentence[max(0, hit.start - 40) : hit.end + 40]
    match = _UNNAMED.search(window)
    if match is None:
        return None
    who = match.group("who")
    if who.lower().startswith("people familiar"):
        return "unnamed sources"
    noun = who.split()[-1]
    return f"unnamed {noun if noun.isupper() else noun.lower()}"


def _topic(sentence: str, hit: CueHit | None) -> str:
    quote = _QUOTED.search(sentence)
    if quote:
        content = quote.group(0)
    elif hit is not None:
        content = sentence[hit.end :] or sentence[: hit.start]
    else:
        content = sentence
    words = re.sub(
        r"^(?:\s*(?:that|to|,|:|as saying|as telling|by))+\s*", "", content.strip(' “”"‘’')
    ).split()
    return " ".join(words[:TOPIC_WORDS]).strip(' ,.;:“”"‘’')


def _claim_date(hit: CueHit, dates: list[DateMention], offset: int, published: date | None) -> str:
    near = [d for d in dates if abs(d.start - offset - hit.end) <= 30]
    if near:
        return near[0].value
    return published.isoformat() if published else ""


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
