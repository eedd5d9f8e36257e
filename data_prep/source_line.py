"""The outlet an article says it carries: a line "Source: TASS" (or "Source: IRNA, citing
the Foreign Ministry") gives the ``via`` of every claim that names no outlet of its own, as an
aggregator or a translation desk reprints an agency's story. The line is too short to be
read as a sentence, so the outlet is found by name in ``media.csv``."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from data_prep.lexicons import ActorEntry, Lexicons
from data_prep.model import Claim, Sentence

# The label, then the outlet's name at the start of what follows it.
_SOURCE_LABEL = re.compile(r"\s*(?:Source|Sources|Via)\s*:\s*", re.IGNORECASE)


def carried_outlet(sentences: list[Sentence], lexicons: Lexicons) -> ActorEntry | None:
    """The outlet the article's source line names, if it has one."""
    for sentence in sentences:
        label = sentence.match(_SOURCE_LABEL)
        if label is None:
            continue
        # Built only for an article with such a line: most have none.
        outlets = lexicons.outlet_by_alias
        named = sentence.match(_alias_pattern(tuple(outlets)), label.end())
        if named is not None:
            return outlets[named.group("outlet").casefold()]
    return None


def through_outlet(claim: Claim, outlet: ActorEntry) -> Claim:
    """``claim`` carried by ``outlet``, unless it names an outlet of its own."""
    if claim.via:
        return claim
    return replace(claim, via=outlet.name, via_state_media=outlet.state_media)


@cache
def _alias_pattern(aliases: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True))
    return re.compile(rf"(?P<outlet>{alternatives})(?![\w-])", re.IGNORECASE)
