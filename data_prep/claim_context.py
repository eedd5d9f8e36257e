"""What every claim rule reads about one sentence (``ClaimContext``), and a speaker as the
claim tables write it (``Speaker``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from data_prep.lexicons import Lexicons
from data_prep.model import Claim, DateMention, Mention, Sentence

# Words that make a speaker anonymous: "sources", "unnamed officials", "people familiar".
ANONYMOUS = re.compile(r"\b(?:sources|anonymous|unnamed|people familiar)\b", re.IGNORECASE)


@dataclass(frozen=True)
class ClaimContext:
    sentence: Sentence
    mentions: tuple[Mention, ...]
    dates: tuple[DateMention, ...]
    hedged: bool
    lexicons: Lexicons
    published: date | None
    described_sources: dict[str, Claim]
    # Every mention of the sentence, those inside quotations too (``mentions`` has only the
    # ones outside, which can speak).
    named: tuple[Mention, ...] = ()


# (name, country, actor id, anonymous)
Speaker = tuple[str, str, str, bool]
