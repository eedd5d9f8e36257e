"""Claims: who asserts, denies, disputes, hopes or warns what, and through which outlet.

Attribution in news follows a few written forms, each handled here: a subject before a
reporting verb ("Peskov said"), a trailing attribution after a quotation ('"...," Putin
said'), "according to X", "X told Reuters", "X was quoted as saying" and
"Agency quoted X as saying".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from data_prep.actors import Mention
from data_prep.dates import DateMention
from data_prep.events import CueHit, clause_bounds, find_cues
from data_prep.lexicons import Lexicons

_CLOSING_QUOTE = re.compile(r"[”\"’'],?\s*$")
_UNNAMED = re.compile(
    r"\b(?P<who>(?:senior |anonymous |unnamed |western |local )?(?:officials|sources|analysts|experts|"
    r"diplomats|observers|critics|people familiar with [a-z ]+))\b",
    re.IGNORECASE,
)
_VIA_AFTER = re.compile(r"^\s*(?:,\s*)?(?:by|to|in|on|through)\s+(?:the\s+)?$", re.IGNORECASE)
_QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"")
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


def extract_claims(
    sentence: str,
    offset: int,
    mentions: list[Mention],
    dates: list[DateMention],
    lexicons: Lexicons,
    published: date | None,
) -> list[Claim]:
    hits = find_cues(sentence, lexicons.claim_cues)
    if not hits:
        return []
    local = [_shift(m, offset) for m in mentions if m.kind != "pair"]
    quoted = [(q.start(), q.end()) for q in _QUOTED.finditer(sentence)]
    outside = [m for m in local if not any(s < m.start and m.end < e for s, e in quoted)]
    hedged = bool(find_cues(sentence, lexicons.hedge_cues))
    media = [m for m in outside if m.type == "media"]
    claims: dict[str, Claim] = {}
    for hit in hits:
        if any(s < hit.start and hit.end < e for s, e in quoted):
            continue
        claimant, via = _attribute(sentence, hit, outside)
        if claimant is None:
            unnamed = _unnamed_source(sentence, hit)
            if unnamed is None:
                continue
            claimant_name, claimant_country, claimant_id, anonymous = unnamed, "", "unnamed", True
        else:
            claimant_name, claimant_country, claimant_id = claimant.name, claimant.country, claimant.actor_id
            anonymous = claimant.kind == "group" and claimant.type != "media"
        if via is None and media:
            via = next((m for m in media if m.actor_id != claimant_id), None) or (
                claimant if claimant is not None and claimant.type == "media" else None)
        if via is None and claimant is not None and claimant.type == "media":
            via = claimant
        stance = hit.cue.fields["stance"]
        previous = claims.get(claimant_id)
        if previous and (previous.stance != "asserts" or stance == "asserts") and (previous.via or not via):
            continue
        via_entry = lexicons.actor_by_id.get(via.actor_id) if via else None
        claims[claimant_id] = Claim(
            claimant=claimant_name,
            claimant_country=claimant_country,
            claimant_id=claimant_id,
            stance=stance,
            cue=sentence[hit.start:hit.end],
            via=via.name if via else "",
            via_state_media=bool(via_entry and via_entry.state_media),
            hedged=hedged or anonymous,
            topic=_topic(sentence, hit),
            claim_date=_claim_date(hit, dates, offset, published),
        )
    return _drop_media_echoes(list(claims.values()))


def _shift(mention: Mention, offset: int) -> Mention:
    return Mention(mention.start - offset, mention.end - offset, mention.text, mention.actor_id, mention.name,
                   mention.country, mention.type, mention.kind, mention.members)


def _attribute(sentence: str, hit: CueHit, mentions: list[Mention]) -> tuple[Mention | None, Mention | None]:
    form = hit.cue.fields["form"]
    clause_start, clause_end = clause_bounds(sentence, hit.start)
    after = [m for m in mentions if m.start >= hit.end]
    before = [m for m in mentions if m.end <= hit.start]
    if form == "according":
        source = next((m for m in after if m.start - hit.end <= 40), None)
        if source is None:
            return None, None
        via = _via_after(sentence, source, mentions)
        if source.type == "media":
            return source, source
        return source, via
    verb = sentence[hit.start:hit.end].lower()
    if verb in ("quoted", "cited") and after and before and before[-1].type == "media":
        person = after[0]
        return person, before[-1]
    preceding = sentence[clause_start:hit.start]
    trailing = [m for m in before if m.start >= clause_start]
    if trailing and _QUOTED.search(sentence[:hit.start]) and re.search(r"[”\"],?\s", preceding):
        subject = next((m for m in trailing if m.start > _last_quote_end(sentence, hit.start)), trailing[0])
    elif trailing:
        subject = trailing[0]
    else:
        return None, None
    if hit.start - subject.end > 120:
        return None, None
    via = _via_after(sentence, subject, mentions)
    if via is None and verb in ("told", "tells"):
        via = next((m for m in after if m.type == "media" and m.start - hit.end <= 10), None)
    return subject, via


def _last_quote_end(sentence: str, limit: int) -> int:
    ends = [m.end() for m in _QUOTED.finditer(sentence, 0, limit)]
    return ends[-1] if ends else -1


def _via_after(sentence: str, source: Mention, mentions: list[Mention]) -> Mention | None:
    """An outlet named right after the source ("cited by Digi24", "by Iran's IRNA")."""
    for mention in mentions:
        if mention.type == "media" and 0 <= mention.start - source.end <= 60:
            between = sentence[source.end:mention.start]
            if re.search(r"\b(?:cited|quoted|reported|carried|by|told|according to)\b", between, re.IGNORECASE):
                return mention
    return None


def _unnamed_source(sentence: str, hit: CueHit) -> str | None:
    window = sentence[max(0, hit.start - 40):hit.end + 40]
    match = _UNNAMED.search(window)
    return f"unnamed {match.group('who').lower().split()[-1]}" if match else None


def _topic(sentence: str, hit: CueHit) -> str:
    quote = _QUOTED.search(sentence)
    content = quote.group(0) if quote else sentence[hit.end:] or sentence[:hit.start]
    words = re.sub(r"^(?:\s*(?:that|to|,|:|as saying|as telling))+\s*", "", content.strip(" “”\"")).split()
    return " ".join(words[:TOPIC_WORDS]).strip(" ,.;:“”\"")


def _claim_date(hit: CueHit, dates: list[DateMention], offset: int, published: date | None) -> str:
    near = [d for d in dates if abs(d.start - offset - hit.end) <= 30]
    if near:
        return near[0].value
    return published.isoformat() if published else ""


def _drop_media_echoes(claims: list[Claim]) -> list[Claim]:
    """A sentence attributed to an outlet and to a named speaker is one claim, made via the outlet."""
    speakers = [c for c in claims if c.claimant != c.via]
    echoes = {c.claimant for c in claims if c.claimant == c.via}
    if speakers and echoes:
        return [c if c.via else _with_via(c, echoes) for c in speakers]
    return claims


def _with_via(claim: Claim, outlets: set[str]) -> Claim:
    return Claim(**{**claim.__dict__, "via": sorted(outlets)[0]})
