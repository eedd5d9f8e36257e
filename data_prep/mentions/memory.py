"""The per-article memory that resolution reads: who the article has named so far.

The caller owns it and updates it with ``remember`` after each sentence, in reading order;
finding mentions only reads it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from data_prep.model import Mention, MentionMemory

__all__ = ["MentionMemory", "SentenceMentions", "remember", "with_officials"]


@dataclass(frozen=True)
class SentenceMentions:
    """What one sentence yields: its mentions, and the officials it introduced by title.

    The officials are learnt even when a longer description covers them in this sentence
    ("the Iranian oil minister Mohsen Paknejad"), so a later "Paknejad" is still known.
    """

    mentions: list[Mention]
    officials: list[Mention]


def with_officials(learned: dict[str, Mention], officials: Iterable[Mention]) -> dict[str, Mention]:
    """The learned names once ``officials`` are learnt too; a name keeps its first owner."""
    known = dict(learned)
    for official in officials:
        for form in (official.name, official.name.split()[-1]):
            known.setdefault(form, official)
    return known


def remember(memory: MentionMemory, found: SentenceMentions) -> None:
    # Adjectives ("Iranian drones") and pairs name no one a later description could mean.
    named = [m for m in found.mentions if m.kind not in ("pair", "adjective")]
    memory.history.extend(named)
    people = [m for m in named if m.type == "person"]
    if people:
        memory.people_by_sentence.append(people)
    memory.learned = with_officials(memory.learned, found.officials)
