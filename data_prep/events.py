"""Events: who did what to whom in one sentence, in the spirit of PETRARCH's verb dictionaries.

A sentence yields an event when it names actors of two different sides and a cue from
``event_cues.csv``. Each dyad keeps its strongest cue, preferring cues that sit between the
two actors and specific actions (a visit, a transfer) over general ones (praise, "ties").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from data_prep.actors import Mention
from data_prep.dates import DateMention
from data_prep.lexicons import Cue, Lexicons

_CLAUSE_BREAK = re.compile(r";|,?\s+but\s+|,\s+while\s+|,\s+whereas\s+|\.\s|:\s")
_NEGATION = re.compile(r"\b(?:not|n't|never|no longer|without|nor)\b(?:\s+\S+){0,3}\s*$", re.IGNORECASE)
GENERAL_TYPES = ("statement_support", "other")
MODALITY_ORDER = ("denied", "hypothetical", "planned")
RUSSIA_IRAN = frozenset({"RUS", "IRN"})


@dataclass(frozen=True)
class CueHit:
    start: int
    end: int
    cue: Cue


@dataclass(frozen=True)
class Event:
    actor1: Mention
    actor2: Mention
    cue: CueHit
    event_type: str
    cameo_code: str
    goldstein: float
    quad_class: int
    polarity: str
    modality: str
    event_date: str
    date_precision: str
    date_text: str
    themes: tuple[str, ...]

    @property
    def russia_iran(self) -> bool:
        return {self.actor1.country, self.actor2.country} == RUSSIA_IRAN


def find_cues(sentence: str, cues: tuple[Cue, ...]) -> list[CueHit]:
    """Non-overlapping cue matches, longest first."""
    hits = [CueHit(m.start(), m.end(), cue) for cue in cues for m in cue.pattern.finditer(sentence)]
    chosen: list[CueHit] = []
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        if all(hit.end <= c.start or hit.start >= c.end for c in chosen):
            chosen.append(hit)
    return sorted(chosen, key=lambda h: h.start)


def clause_bounds(sentence: str, position: int) -> tuple[int, int]:
    start, end = 0, len(sentence)
    for match in _CLAUSE_BREAK.finditer(sentence):
        if match.end() <= position:
            start = match.end()
        elif match.start() >= position:
            end = match.start()
            break
    return start, end


def side(mention: Mention) -> str:
    return mention.country or mention.actor_id


def quad_class(cameo_code: str) -> int:
    root = int(cameo_code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def extract_events(
    sentence: str,
    offset: int,
    mentions: list[Mention],
    dates: list[DateMention],
    lexicons: Lexicons,
    published: date | None,
) -> list[Event]:
    """Events in one sentence. ``mentions`` and ``dates`` carry document offsets; ``offset`` is
    where ``sentence`` starts in the document."""
    actors = _expand_pairs([m for m in mentions if m.type != "media"], offset)
    if len({side(m) for m in actors}) < 2:
        return []
    hits = find_cues(sentence, lexicons.event_cues)
    if not hits:
        return []
    modality_hits = find_cues(sentence, lexicons.modality_cues)
    theme_hits = [hit.cue.fields["theme"] for hit in find_cues(sentence, lexicons.theme_cues)]
    best: dict[frozenset[str], tuple[tuple, Event]] = {}
    for hit in hits:
        pair = _pair_for(sentence, hit, actors, offset)
        if pair is None:
            continue
        actor1, actor2 = pair
        score = _score(sentence, hit, actor1, actor2, offset)
        key = frozenset({side(actor1), side(actor2)})
        if key in best and best[key][0] >= score:
            continue
        best[key] = (score, _build(sentence, hit, actor1, actor2, offset, modality_hits, theme_hits,
                                   dates, lexicons, published))
    return sorted((event for _, event in best.values()), key=lambda e: (e.cue.start, e.actor1.start))


def _expand_pairs(mentions: list[Mention], offset: int) -> list[Mention]:
    expanded: list[Mention] = []
    for mention in mentions:
        if mention.kind == "pair":
            expanded.extend(
                Mention(mention.start, mention.end, mention.text, member.actor_id, member.name,
                        member.country, member.type, "pair")
                for member in mention.members
            )
        else:
            expanded.append(mention)
    return expanded


def _pair_for(sentence: str, hit: CueHit, actors: list[Mention], offset: int) -> tuple[Mention, Mention] | None:
    clause_start, clause_end = clause_bounds(sentence, hit.start)
    in_clause = [m for m in actors if clause_start <= m.start - offset and m.end - offset <= clause_end]
    for pool in (in_clause, actors):
        before = [m for m in pool if m.end - offset <= hit.start]
        after = [m for m in pool if m.start - offset >= hit.end]
        if before:
            actor1 = before[0]
            target = next((m for m in after if side(m) != side(actor1)), None) or next(
                (m for m in reversed(before) if side(m) != side(actor1)), None)
            if target:
                return actor1, target
        elif len({side(m) for m in after}) >= 2:
            actor1 = after[0]
            target = next(m for m in after if side(m) != side(actor1))
            return actor1, target
    return None


def _score(sentence: str, hit: CueHit, actor1: Mention, actor2: Mention, offset: int) -> tuple:
    low, high = sorted((actor1.start - offset, actor2.start - offset))
    between = low <= hit.start <= high + (actor2.end - actor2.start)
    specific = hit.cue.fields["event_type"] not in GENERAL_TYPES
    distance = min(abs(hit.start - (actor1.end - offset)), abs(hit.start - (actor2.start - offset)))
    return (between, specific, hit.end - hit.start > 4, -distance)


def _build(sentence, hit, actor1, actor2, offset, modality_hits, theme_hits, dates, lexicons, published) -> Event:
    fields = hit.cue.fields
    event_type, cameo_code, polarity = fields["event_type"], fields["cameo_code"], fields["polarity"]
    clause_start, clause_end = clause_bounds(sentence, hit.start)
    modality = _modality(hit, modality_hits, clause_start, clause_end, event_type)
    if polarity == "cooperation" and modality != "denied" and _NEGATION.search(sentence[clause_start:hit.start]):
        event_type, cameo_code, polarity = "criticism", "111", "tension"
    label_weight = lexicons.cameo.get(cameo_code, ("", 0.0))
    event_date, precision, date_text = _date_for(hit, dates, offset, modality, published)
    themes = tuple(dict.fromkeys([*fields["themes"].split(";"), *theme_hits]))
    return Event(actor1, actor2, hit, event_type, cameo_code, label_weight[1], quad_class(cameo_code), polarity,
                 modality, event_date, precision, date_text, tuple(t for t in themes if t))


def _modality(hit: CueHit, modality_hits: list[CueHit], clause_start: int, clause_end: int, event_type: str) -> str:
    found = set()
    for m in modality_hits:
        scope = m.cue.fields["scope"]
        if scope == "sentence" or clause_start <= m.start and m.end <= clause_end:
            found.add(m.cue.fields["modality"])
    if event_type in ("denial", "invitation"):
        found.discard("denied")
        found.discard("planned")
    return next((m for m in MODALITY_ORDER if m in found), "reported")


def _date_for(hit, dates, offset, modality, published) -> tuple[str, str, str]:
    if dates:
        nearest = min(dates, key=lambda d: abs(d.start - offset - hit.start))
        return nearest.value, nearest.precision, nearest.text
    if published and modality in ("reported", "denied"):
        return published.isoformat(), "week", ""
    return "", "unknown", ""
