"""Mentions that refer back: definite descriptions ("the ministry"), pronouns, first person
inside quotations, and pairs ("the two leaders") with the "they" that follows them.

Each step takes the sentence's mentions so far and returns them with its own added, in order.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import chain

from data_prep.clean import QUOTATION
from data_prep.english import is_verb_only
from data_prep.mentions.context import Context, at_match
from data_prep.model import DocMatch, Mention

_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she|He|She|His|Her)\b")
_OBJECT_PRONOUN = re.compile(r"\bhim\b")
_PLURAL_PRONOUN = re.compile(r"\b(?:they|They)\b")
# After a subject, before its verb: auxiliaries and adverbs ("the two sides continue", "the
# sides have also agreed").
_VERB_AFTER = re.compile(
    r"\s+(?:(?:also|both|all|now|still|have|has|had|will|would|[a-z]+ly)\s+)*(?P<verb>[a-z]+)\b"
)
# "as both face sanctions", "both have denied", "the two are at odds": a bare "both" or "the
# two" followed by its verb, not by what it joins ("both the US and Iran", "the two grades").
_VERB_AFTER_BOTH = re.compile(
    r"\s+(?:(?:also|now|still)\s+)?(?:are|were|have|has|had|will|would|can|could|should|must"
    r"|do|did|face|faced|need|remain|remained|say|said|want|wanted|see|saw|share|shared"
    r"|oppose|opposed|seek|sought|deny|denied|reject|rejected|insist|insisted"
    r"|agree|agreed|differ|differed|disagree|disagreed|compete|competed|met)\b"
)
# "say" is a noun as well ("have a say"), so it is listed, not looked up.
_SAY = frozenset({"say", "says", "said"})
_FIRST_PERSON = re.compile(r"\b(?:we|We|our|Our|us|I|my|My|me)\b")
_FIRST_PERSON_SINGULAR = frozenset({"i", "my", "me"})
_SPEAKER_AFTER = re.compile(r"[,.!?]?\s*")
_DESCRIBED_SPEAKER_AFTER = re.compile(r"[,.!?]?\s*(?:the|an?)\s+")
# After the adjective of a described speaker, the words of its noun ("foreign minister").
_LOWER_CASE_WORD = re.compile(r"\s+[a-z-]+")
_DESCRIPTION_WORDS = 3


def _in_order(mentions: list[Mention]) -> list[Mention]:
    return sorted(mentions, key=lambda m: m.start)


def _covered(position: int, mentions: list[Mention]) -> bool:
    return any(m.start <= position < m.end for m in mentions)


def definites(context: Context, chosen: list[Mention]) -> list[Mention]:
    """ "the ministry", "the newspaper": the latest named actor whose name, as registered or
    as written ("the Islamic Consultative Assembly" ... "the Assembly"), or type fits."""
    registry = context.registry
    result = list(chosen)
    for match in context.sentence.finditer(registry.definite):
        if _covered(match.start(), chosen):
            continue
        noun = match.group("noun").lower()
        referent = next(
            (
                m
                for m in reversed(context.memory.history)
                if noun in m.name.lower()
                or noun in m.text.lower()
                or (noun in registry.definite_media_nouns and m.type == "media")
            ),
            None,
        )
        if referent:
            result.append(at_match(referent, match, kind="definite"))
    return _in_order(result)


def definite_titles(context: Context, chosen: list[Mention]) -> list[Mention]:
    """ "the president said", "the Leader warned": the latest person the article introduced
    with the title ("Russian Ambassador to Tehran Levan Dzhagaryan" ... "the ambassador"),
    else the latest who holds it on the article's date by the registry."""
    registry = context.registry
    result = list(chosen)
    for match in context.sentence.finditer(registry.definite_title):
        if _covered(match.start(), chosen):
            continue
        written = match.group("title").lower()
        people = [m for m in reversed(context.memory.history) if m.type == "person"]
        # Whom the article introduced with the title comes before whom the registry gives it.
        title = registry.title_canonical[written]
        referent = next((m for m in people if written in m.text.lower()), None) or next(
            (m for m in people if title in context.titles_of(m.actor_id)), None
        )
        if referent:
            result.append(at_match(referent, match, kind="definite"))
    return _in_order(result)


def _pronoun(referent: Mention, match: DocMatch) -> Mention:
    return at_match(referent, match, kind="pronoun", members=())


def pronouns(context: Context, chosen: list[Mention]) -> list[Mention]:
    """ "he"/"she" is the first person named in the latest sentence naming people (the
    likely subject); "him" is the latest person other than this sentence's subject."""
    if not context.memory.people_by_sentence:
        return chosen
    result = chosen + _subject_pronouns(context, chosen)
    for match in context.sentence.finditer(_OBJECT_PRONOUN):
        # Each "him" sees the pronouns resolved before it: "he" may be this sentence's subject.
        earlier = [m for m in result if m.type == "person" and m.start < match.start()]
        referent = _object_referent(context, earlier)
        if referent:
            result.append(_pronoun(referent, match))
    return _in_order(result)


def _subject_pronouns(context: Context, chosen: list[Mention]) -> list[Mention]:
    found = []
    for match in context.sentence.finditer(_SUBJECT_PRONOUN):
        if _covered(match.start(), chosen):
            continue
        earlier = [m for m in chosen if m.type == "person" and m.start < match.start()]
        referent = earlier[0] if earlier else context.memory.people_by_sentence[-1][0]
        found.append(_pronoun(referent, match))
    return found


def _object_referent(context: Context, earlier: list[Mention]) -> Mention | None:
    subject = earlier[0] if earlier else None
    people_before = (
        m for people in reversed(context.memory.people_by_sentence) for m in reversed(people)
    )
    return next(
        (
            m
            for m in chain(reversed(earlier), people_before)
            if subject is None or m.actor_id != subject.actor_id
        ),
        None,
    )


def turn_first_person(context: Context, chosen: list[Mention], speaker: Mention) -> list[Mention]:
    """ "Maria Zakharova: ... Our military-technical cooperation with Iran ...": in a
    transcript turn, the first person outside quotations is the turn's speaker ("I", "my")
    or the speaker's state ("we", "our")."""
    sentence = context.sentence
    quoted = [(q.start(), q.end()) for q in sentence.finditer(QUOTATION)]
    state = context.state(speaker.country)
    result = list(chosen)
    for match in sentence.finditer(_FIRST_PERSON):
        if _covered(match.start(), chosen) or any(a <= match.start() < b for a, b in quoted):
            continue
        if match.group(0).lower() in _FIRST_PERSON_SINGULAR and speaker.type == "person":
            result.append(_pronoun(speaker, match))
        elif state is not None:
            result.append(context.mention(state, match.start(), match.end(), "pronoun"))
    return _in_order(result)


def first_person(context: Context, chosen: list[Mention]) -> list[Mention]:
    """ "“We will never abandon our friends,” the ambassador said": inside a quotation,
    "we" and "our" are the speaker's country, and "I" and "my" the speaker."""
    sentence = context.sentence
    result = list(chosen)
    for quotation in sentence.finditer(QUOTATION):
        speaker = _speaker(context, quotation, chosen)
        if speaker is None:
            continue
        state = context.state(speaker.country)
        for match in sentence.finditer(_FIRST_PERSON, quotation.start(), quotation.end()):
            if match.group(0).lower() in _FIRST_PERSON_SINGULAR and speaker.type == "person":
                result.append(_pronoun(speaker, match))
            elif state is not None:
                result.append(context.mention(state, match.start(), match.end(), "pronoun"))
    return _in_order(result)


def _speaker(context: Context, quotation: DocMatch, chosen: list[Mention]) -> Mention | None:
    """Who a quotation is attributed to: “...,” Lavrov said / “...,” said Lavrov /
    Lavrov said: “...”."""
    return _speaker_after(context, quotation, chosen) or _speaker_before(context, quotation, chosen)


def _speaker_after(context: Context, quotation: DocMatch, chosen: list[Mention]) -> Mention | None:
    sentence, registry = context.sentence, context.registry
    after = next((m for m in chosen if m.start >= quotation.end()), None)
    if after is None:
        return None
    named_then_said = (
        sentence.fullmatch(_SPEAKER_AFTER, quotation.end(), after.start)
        and sentence.match(registry.reported, after.end)
    ) or _described_then_said(context, quotation, after)
    said_then_named = sentence.fullmatch(registry.said_before_speaker, quotation.end(), after.start)
    return after if named_then_said or said_then_named else None


def _described_then_said(context: Context, quotation: DocMatch, adjective: Mention) -> bool:
    """ "“...,” the Iranian minister said", "the Iranian foreign minister was quoted as
    saying": a speaker described by a country's adjective speaks for that country."""
    sentence = context.sentence
    if adjective.kind != "adjective" or not sentence.fullmatch(
        _DESCRIBED_SPEAKER_AFTER, quotation.end(), adjective.start
    ):
        return False
    position = adjective.end
    for _ in range(_DESCRIPTION_WORDS):
        word = sentence.match(_LOWER_CASE_WORD, position)
        if word is None:
            return False
        position = word.end()
        if sentence.match(context.registry.reported, position):
            return True
    return False


def _speaker_before(context: Context, quotation: DocMatch, chosen: list[Mention]) -> Mention | None:
    before = [m for m in chosen if m.end <= quotation.start()]
    if before and context.sentence.fullmatch(
        context.registry.reported_intro, before[-1].end, quotation.start()
    ):
        return before[-1]
    return None


def pairs(context: Context, chosen: list[Mention]) -> list[Mention]:
    """ "the two leaders": the latest two people (or states) of different countries."""
    result = list(chosen)
    for match in context.sentence.finditer(context.registry.pair):
        if any(m.start < match.end() and match.start() < m.end for m in chosen):
            continue
        if not _not_a_pair(context, match):
            members = _pair_members(context, match, chosen)
            wanted = _group_size(match)
        elif _bare_people(context, match):
            members = _lead_parties(context)
            wanted = max(len(members), 2)
        else:
            continue
        if len(members) == wanted:
            name = " and ".join(m.name for m in members)
            result.append(
                Mention(
                    match.start(),
                    match.end(),
                    match.group(0),
                    "pair",
                    name,
                    "",
                    "pair",
                    "pair",
                    members,
                )
            )
    return _in_order(result)


def _group_size(match: DocMatch) -> int:
    return 3 if match.group(0).lower().startswith("the three") else 2


def _bare_people(context: Context, match: DocMatch) -> bool:
    """ "The leaders agreed", "the presidents": a plural of office with no number, country
    or "of" after it."""
    opening = match.group(0).lower()
    return (
        opening.startswith("the ")
        and not match.group("modifier")
        and _pair_noun(match) in context.registry.pair_people_nouns
    )


def _lead_parties(context: Context) -> tuple[Mention, ...]:
    """ "Putin, Rouhani and Erdogan held a summit ... The leaders agreed": a bare "the
    leaders" later in a story are the people of different countries the story first named
    together, one per country (two or three of them); else no one."""
    for people in context.memory.people_by_sentence:
        members: list[Mention] = []
        for person in people:
            if person.country and person.country not in {m.country for m in members}:
                members.append(person)
        if len(members) >= 2:
            return tuple(members) if len(members) <= 3 else ()
    return ()


def _not_a_pair(context: Context, match: DocMatch) -> bool:
    """ "the leaders" or "the Iranian leaders" alone can be anyone's; "the two leaders",
    "the respective leaders" and the bare pair nouns ("the sides") mean the story's pair."""
    opening = match.group(0).lower()
    modifier = match.group("modifier") or ""
    if match.group("both"):
        return not context.sentence.match(_VERB_AFTER_BOTH, match.end())
    return (
        opening.startswith("the ")
        and not opening.startswith(("the two", "the three"))
        and (modifier[:1].isupper() or not modifier)
        and match.group("what").lower() not in context.registry.pair_bare_nouns
    )


def _pair_members(context: Context, match: DocMatch, chosen: list[Mention]) -> tuple[Mention, ...]:
    """The latest two people (or states) of different countries, earliest first; the story's
    pair as a subject, in the order the story introduced them."""
    registry = context.registry
    what = _pair_noun(match)
    earlier = context.memory.history + [
        m for m in chosen if m.end <= match.start() and m.kind != "adjective"
    ]
    people = what in registry.pair_people_nouns
    size = _group_size(match)
    if _just_met(context, what):
        return _latest_countries(context.memory.people_by_sentence[-1], 2)
    story_pair = _is_story_pair(context, what, size) and _names_story_pair(context, match, chosen)
    if story_pair:
        earlier = _of_main_pair(earlier)
    types = ("person",) if people else ("state", "person")
    candidates = [m for m in earlier if m.type in types]
    if people:
        candidates = _holding_title(context, candidates, what) or candidates
    members = _latest_countries(candidates, size)
    if story_pair and _before_its_verb(context, match):
        # The story's pair acting: in the order the story introduced them.
        first_named = [m.country for m in earlier]
        members = tuple(sorted(members, key=lambda m: first_named.index(m.country)))
    return members


def _is_story_pair(context: Context, what: str, size: int) -> bool:
    """ "the sides", "the two countries" are the story's main pair; "the three sides" are the
    latest three countries named, whoever the main pair is, and "the two leaders" the latest
    two people, who may have just met."""
    bare = what in context.registry.pair_bare_nouns
    return size == 2 and (bare or what not in context.registry.pair_people_nouns)


def _just_met(context: Context, what: str) -> bool:
    """ "Putin held talks with Rouhani. ... the sides discussed ...": the bare "sides" are the
    two people of different countries the latest sentence naming people named, when they
    are also the latest two countries named before this sentence, whoever the story's main
    pair is."""
    registry = context.registry
    if (
        what not in registry.pair_bare_nouns
        or what in registry.pair_people_nouns  # "the ministers" hold a title (below)
        or not context.memory.people_by_sentence
    ):
        return False
    people = {p.country for p in context.memory.people_by_sentence[-1] if p.country}
    latest = {m.country for m in _latest_countries(context.memory.history, 2)}
    return len(people) == 2 and people == latest


def _pair_noun(match: DocMatch) -> str:
    """The noun of a pair mention; a bare "both" is two countries."""
    return (match.group("what") or match.group("one") or "countries").lower()


def _names_story_pair(context: Context, match: DocMatch, chosen: list[Mention]) -> bool:
    """A bare "both" is the story's pair when the sentence names it ("Tehran and Moscow ...,
    as both face"), else the two just named ("between Moscow and Tehran, where both have")."""
    if not match.group("both"):
        return True
    in_sentence = {m.country for m in chosen if m.end <= match.start()}
    return main_pair(context.memory.history + chosen) <= in_sentence


def _before_its_verb(context: Context, match: DocMatch) -> bool:
    """ "The sides paid special attention", "the two countries say": the pair is the subject
    of the clause, so it acts as the story's pair, not as the two names just written."""
    after = context.sentence.match(_VERB_AFTER, match.end())
    return after is not None and (after.group("verb") in _SAY or is_verb_only(after.group("verb")))


def _holding_title(context: Context, people: list[Mention], noun: str) -> list[Mention]:
    """ "the ministers", "the two presidents": people whose title has that word, when two
    countries' people do ("the ministers" after a message from the supreme leader are still
    the two foreign ministers)."""
    office = noun.removesuffix("s")
    holding = [p for p in people if any(office in title for title in context.titles_of(p.actor_id))]
    return holding if len({p.country for p in holding}) >= 2 else []


def _latest_countries(mentions: list[Mention], size: int) -> tuple[Mention, ...]:
    latest: list[Mention] = []
    for mention in reversed(mentions):
        if mention.country and mention.country not in {m.country for m in latest}:
            latest.append(mention)
            if len(latest) == size:
                break
    return tuple(reversed(latest))


def _of_main_pair(mentions: list[Mention]) -> list[Mention]:
    """Only the article's main pair can be meant, not whoever was named last."""
    main = main_pair(mentions)
    return [m for m in mentions if m.country in main]


def main_pair(mentions: list[Mention]) -> frozenset[str]:
    """The (at most two) countries the mentions name most: the article's main pair."""
    counts = Counter(m.country for m in mentions if m.country)
    return frozenset(country for country, _ in counts.most_common(2))


def plural_pronouns(context: Context, chosen: list[Mention]) -> list[Mention]:
    """ "they" right after "the two countries say" is that pair."""
    result = list(chosen)
    for match in context.sentence.finditer(_PLURAL_PRONOUN):
        pair = next(
            (m for m in reversed(chosen) if m.kind == "pair" and m.end <= match.start()), None
        )
        if pair:
            result.append(at_match(pair, match))
    return _in_order(result)
