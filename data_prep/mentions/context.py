"""What every finder reads: the sentence, the compiled lexicons, the article's memory and date."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from data_prep.lexicons import ActorEntry, Lexicons
from data_prep.mentions.memory import MentionMemory
from data_prep.mentions.registry import Registry
from data_prep.mentions.roles import role_holder, sole_country, titles_of
from data_prep.model import DocMatch, Mention, Sentence


@dataclass(frozen=True)
class Context:
    sentence: Sentence
    lexicons: Lexicons
    registry: Registry
    memory: MentionMemory
    published: date | None

    def actor(self, actor_id: str) -> ActorEntry:
        return self.lexicons.actor_by_id[actor_id]

    def state(self, country: str) -> ActorEntry | None:
        return self.registry.state_of.get(country)

    def titles_of(self, actor_id: str) -> list[str]:
        return titles_of(self.lexicons, actor_id, self.published)

    def sole_country(self, title: str) -> str:
        return sole_country(self.lexicons, title)

    def role_holder(self, country: str, title: str, posted_to: str | None = None) -> str:
        return role_holder(self.lexicons, country, title, self.published, posted_to)

    def holder_of_any(self, titles: list[str], country: str) -> ActorEntry | None:
        """Who in ``country`` holds the first of ``titles`` that anyone there holds."""
        holder = next((h for title in titles if (h := self.role_holder(country, title))), "")
        return self.lexicons.actor_by_id.get(holder)

    def mention(self, actor: ActorEntry, start: int, end: int, kind: str) -> Mention:
        return Mention(
            start,
            end,
            self.sentence.slice(start, end),
            actor.actor_id,
            actor.name,
            actor.country,
            actor.type,
            kind,
        )


def at_match(referent: Mention, match: DocMatch, **changes: Any) -> Mention:
    """The same referent, mentioned again where ``match`` is."""
    return replace(referent, start=match.start(), end=match.end(), text=match.group(0), **changes)
