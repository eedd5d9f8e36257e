"""The stance of what a verb reports about the speaker's own side.

Rejecting what is said of one's side ("rejected the Western accusation", "rejected the
suggestion that Moscow had let its ally down") denies, where rejecting another's account or
overture disputes it; saying one's side did not do something ("insisted that Russia had not
abandoned its partner") denies, whatever the verb.
"""

from __future__ import annotations

import re
from functools import cache

from data_prep.claim_context import ClaimContext
from data_prep.english import phrase_alternation
from data_prep.model import CueHit

_THAT_CLAUSE = re.compile(r"\s+that\s+(?:the\s+)?")

# "had not", "has never", "is not": the predicate right after a subject, negated in the
# past or present.
_NEGATED_PREDICATE = re.compile(
    r"(?:\s+(?:has|have|had|is|are|was|were|did|does|do))?(?:\s+(?:not|never)\b|n[’']t\b)"
)

# "rejected the suggestion that", "dismissed claims that": what is rejected is the that-clause
# after the verb, perhaps through a noun for what was said.
_REJECTED_CLAUSE = re.compile(r"\s+(?:(?:the|any|such)\s+)?(?:[\w’'-]+\s+){0,2}?that\s+")

_REJECTED_OBJECT = r"\s+(?:(?:the|any|such|these|those)\s+)?(?:[\w’'-]+\s+)??(?:{nouns})\b"


def own_side_stance(ctx: ClaimContext, hit: CueHit, stance: str, country: str) -> str:
    """The stance of what a verb reports about the speaker's own side: rejecting what is said
    of it, or saying it did not do something, denies."""
    if stance == "disputes" and _said_of_itself(ctx, hit, country):
        return "denies"
    if stance == "asserts" and (
        _denied_of_itself(ctx, hit, country) or _no_rift_of_its_own(ctx, country)
    ):
        return "denies"
    return stance


def _no_rift_of_its_own(ctx: ClaimContext, country: str) -> bool:
    """ "there was 'no competition' between Moscow and Tehran", "There are no differences
    between Iran and Russia": a speaker who says its side has no rift with another denies
    one."""
    sentence = ctx.sentence
    pattern = _no_rift_between(tuple(ctx.lexicons.words["rift_nouns"]))
    for found in sentence.finditer(pattern):
        sides = [m for m in ctx.named if 0 <= m.start - found.end() <= 40]
        if country and any(m.country == country for m in sides):
            return True
    return False


@cache
def _no_rift_between(nouns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        r"\bthere\s+(?:is|are|was|were|has\s+been|have\s+been)\s+[\"“‘']?no\s+[\"“‘']?"
        rf"(?:{phrase_alternation(nouns)})[\"”’']?\s+between\s+",
        re.IGNORECASE,
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
