"""Who makes the claim a reporting cue introduces, and through which outlet.

News attributes in a few written forms, each handled here: a subject before the verb ("Peskov
said", "Kyiv and the West say"), an inverted one after a quotation ('"...," said Putin'),
"according to X", "X told Reuters", "reported by X", "Agency quoted X as saying", "Reuters
reported, citing Iranian sources, that" and a verb after "and" that keeps the subject of the
clause before it."""

from __future__ import annotations

import re
from dataclasses import replace

from data_prep.claim_sources import CITING, SOURCE_REACH
from data_prep.english import FINITE_VERB_AFTER, QUOTATION, subject_clause_start
from data_prep.model import CueHit, Mention, Sentence

_UNNAMED = re.compile(
    r"\b(?P<who>(?:senior |anonymous |unnamed |western |local )?"
    r"(?:officials|sources|analysts|experts|"
    r"diplomats|observers|critics|people familiar with [a-z ]+"
    r"|(?:an?|one) (?:official|source|analyst|expert|diplomat|observer|MP|lawmaker|legislator)"
    r"|MPs|lawmakers|legislators))\b",
    re.IGNORECASE,
)
_UNNAMED_SOURCES = re.compile(r"\s+(?:unnamed |anonymous )?sources\b")
_BEFORE_INVERTED_VERB = re.compile(r"[,”\"’]\s*$")
_NAME_SET_OFF_BEFORE_VERB = re.compile(r",\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},\s*$")
# "Lavrov, for his part, said", "Peskov, however, told": the clause's subject, then a short
# aside of lower-case words, then the verb.
_ASIDE_AFTER_SUBJECT = re.compile(r"^[^,“”\"]+,\s+(?:[a-z]+\s+){0,3}[a-z]+,\s*$")
_VERB_TO_SPEAKER = re.compile(r"\s+(?:the\s+)?")
_AND_THEN_VERB = re.compile(r"(?:,\s*|\s)(?:and|but)\s+(?:(?:also|then|later|again)\s+)?$")
_SUBJECT_OPENING = re.compile(r"[\s,;:]*(?:(?:the|then|later|also|however)\s+)*", re.IGNORECASE)
# "who spoke to MEE on condition of anonymity, said": a phrase may close the relative clause.
_AFTER_THE_OUTLET = re.compile(
    r"(?:\s+(?:on|in|at|by|from|last|this|earlier)\s+[^,;:]{1,40})?[\s,]*"
)
# "who spoke to Radio Farda", "who talked to the newspaper": an outlet spoken to.
_SPOKE_TO = re.compile(
    r"\b(?:who|which)\s+(?:spoke|talked|had\s+spoken|gave\s+an\s+interview)\s+(?:to|with)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}$"
)
_PARENTHETICAL = re.compile(r",[^,]{1,120},")
_BY_AFTER = re.compile(r"\s+by\s+")
# Before a participle whose subject is the sentence's: ", adding", ',” saying', "after accusing".
_PARTICIPLE_OPENING = re.compile(
    r"(?:,[”\"’]?|\b(?:after|before|while|when|since|by|without|in|on))\s+$", re.IGNORECASE
)
# "Iran's ambassador to Moscow, Kazem Jalali,": a title, the place it serves, then the name.
_TITLE_PLACE = r"\s+(?:to|in|at|for)\s+(?:the\s+)?"
_TITLE_THEN_PLACE = re.compile(_TITLE_PLACE)
_APPOSITION = re.compile(rf"(?:{_TITLE_PLACE}[^,]{{1,40}})?,\s+")
# A body's official: a title of a few lower-case words after the body, then the name.
_TITLE_THEN_APPOSITION = re.compile(r"(?:\s+[a-z-]+){1,3},\s+")
_DESCRIBED_THEN_AS_SAYING = re.compile(
    r"\s+(?:an?|one|two|three|several|some|the)\s+(?:[\w’'-]+\s+){1,4}?"
    r"as\s+(?:saying|telling|stating|writing)\b",
    re.IGNORECASE,
)
_AND_OR = re.compile(r"\s+(?:and|or)\s+(?:the\s+)?")
_CONJUNCTION = re.compile(r"\b(?:and|as well as)\b")
_LIST_JOINT = re.compile(r",\s+(?:and\s+)?(?:the\s+)?|\s+(?:and|as well as)\s+(?:the\s+)?")
_VIA_WORDS = re.compile(
    r"\b(?:cited|quoted|reported|carried|by|told|according to)\b", re.IGNORECASE
)
# How far a speaker or an outlet may stand from what attributes the claim to them.
_SUBJECT_REACH = 80
_OUTLET_REACH = 60
# Between "told" and the outlet spoken to: "told AFP", "told the reformist daily Ham-Mihan".
_TO_THE_OUTLET = re.compile(r"\s+(?:[\w-]+\s+){0,3}")
_LISTENER_VERBS = frozenset({"told", "tells", "tell", "telling"})
Attributed = tuple[Mention | None, Mention | None]


def attribute(
    sentence: Sentence,
    hit: CueHit,
    mentions: list[Mention],
    described_source: re.Pattern[str] | None = None,
) -> list[Attributed]:
    """Who makes the claim a reporting cue introduces, and through which outlet;
    ``described_source`` finds a source described, not named ("two sources familiar with the
    matter"), which the claim then has no named speaker for."""
    if hit.cue.entry.form == "according":
        return _according_to(sentence, hit, mentions, described_source)
    clause_start = subject_clause_start(sentence, hit.start)
    before = [m for m in mentions if m.end <= hit.start and m.start >= clause_start]
    after = [m for m in mentions if m.start >= hit.end]
    verb = sentence.slice(hit.start, hit.end).lower()
    special = _passive_or_quoting(sentence, hit, verb, mentions, before, after)
    if special is not None:
        return special
    spoken_to = _spoken_to(sentence, hit, before)
    if spoken_to is not None:
        return [spoken_to]
    if described_source is not None and _described_speaks(
        sentence, hit, described_source, before, after
    ):
        return [(None, None)]
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


def _described_speaks(
    sentence: Sentence,
    hit: CueHit,
    described_source: re.Pattern[str],
    before: list[Mention],
    after: list[Mention],
) -> bool:
    """Whether a source described, not named, is the verb's subject, right before or after
    it."""
    return _described_just_before(sentence, hit, described_source, before) or _described_just_after(
        sentence, hit, described_source, after
    )


def _described_just_after(
    sentence: Sentence, hit: CueHit, described_source: re.Pattern[str], after: list[Mention]
) -> bool:
    """ "..., Gazprom refused to go lower, said two people briefed on the talks": after a
    comma or a quotation, the source described right after the verb is its subject, unless
    the description goes on to name them ("said Berlin-based Iran expert Katja Brenner")."""
    if not sentence.search(_BEFORE_INVERTED_VERB, None, hit.start):
        return False
    found = sentence.search(described_source, hit.end, hit.end + 60)
    if found is None or sentence.slice(hit.end, found.start()).strip():
        return False
    return not any(m.start <= found.end() + 1 and m.end > found.end() for m in after)


def _described_just_before(
    sentence: Sentence, hit: CueHit, described_source: re.Pattern[str], before: list[Mention]
) -> bool:
    """ "..., while Moscow considers it unjustified, the source said": the verb's subject is
    the source described right before it, not the last name of what it said."""
    last = max((m.end for m in before if m.kind != "adjective"), default=sentence.start)
    return any(
        found.start() >= last and not sentence.slice(found.end(), hit.start).strip()
        for found in sentence.finditer(described_source, max(last, hit.start - 60), hit.start)
    )


def _spoken_to(sentence: Sentence, hit: CueHit, before: list[Mention]) -> Attributed | None:
    """ "Iranian analysts who spoke to Radio Farda said": the outlet in a relative clause
    before the verb carries the claim of the one who spoke to it, named or described."""
    outlet = before[-1] if before and before[-1].type == "media" else None
    if outlet is None or not sentence.fullmatch(_AFTER_THE_OUTLET, outlet.end, hit.start):
        return None
    relative = sentence.search(_SPOKE_TO, None, outlet.start)
    if relative is None:
        return None
    speaker = next(
        (m for m in reversed(before) if m.end <= relative.start() and m.kind != "adjective"), None
    )
    named = speaker is not None and not sentence.slice(speaker.end, relative.start()).strip(" ,")
    return (speaker if named else None), outlet


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
) -> list[Attributed] | None:
    """The forms whose speaker is not the verb's subject: "reported by IRNA", "TASS quoted
    Peskov as saying", "Reuters reported, citing Iranian sources, that", "..., adding that",
    "imposed sanctions after accusing Tehran"."""
    passed_on = _outlet_passing_on(sentence, hit, verb, before, after)
    if passed_on is not None:
        return [passed_on]
    if sentence.match(_BY_AFTER, hit.end) and after:
        source = after[0]
        return [(source, _via_after(sentence, source, mentions) or _as_outlet(source))]
    if verb.endswith("ing") and sentence.search(_PARTICIPLE_OPENING, None, hit.start):
        # The participle's subject is the sentence's.
        main = _sentence_subjects(sentence, mentions, hit.start)
        return [(m, _via_after(sentence, m, mentions)) for m in main] or [(None, None)]
    return None


def _sentence_subjects(sentence: Sentence, mentions: list[Mention], end: int) -> list[Mention]:
    """The names that open the sentence, with those listed after the first ("The United
    States, Britain, France and Germany")."""
    main = [m for m in mentions if m.end <= end and m.kind != "adjective"]
    if not main:
        return []
    last = main[0]
    for mention in main[1:]:
        if sentence.fullmatch(_LIST_JOINT, last.end, mention.start) is None:
            break
        last = mention
    return _coordinated_list(sentence, main, last)


def _outlet_passing_on(
    sentence: Sentence, hit: CueHit, verb: str, before: list[Mention], after: list[Mention]
) -> Attributed | None:
    """ "TASS quoted Peskov as saying", "Reuters reported, citing Iranian sources, that"."""
    outlet = before[-1] if before and before[-1].type == "media" else None
    if outlet is None:
        return None
    citing = sentence.match(CITING, hit.end)
    if citing:
        return _cited_source(sentence, citing.end(), after), outlet
    if verb not in ("quoted", "cited"):
        return None
    if _passes_on_a_described_source(sentence, hit, after):
        return None, outlet
    return (after[0], outlet) if after else None


def _passes_on_a_described_source(sentence: Sentence, hit: CueHit, after: list[Mention]) -> bool:
    """ "Tasnim quoted an informed source as saying", "cited a senior Iranian official as
    saying": the one quoted is described, not named (a nationality is no name), and is found
    among the described sources."""
    described = sentence.match(_DESCRIBED_THEN_AS_SAYING, hit.end)
    return described is not None and not any(
        m.kind != "adjective" and m.start < described.end() for m in after
    )


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
    clause_start = subject_clause_start(sentence, hit.start)
    if (
        sentence.slice(hit.start, hit.end).lower() in _LISTENER_VERBS
        or sentence.search(_NAME_SET_OFF_BEFORE_VERB, None, hit.start)
        or sentence.search(_ASIDE_AFTER_SUBJECT, clause_start, hit.start)
    ):
        # "..., Kazem Jalali, told Izvestia", "Russia's foreign minister, Sergei Lavrov,
        # criticised Israel", "Lavrov, however, said": the name set off before the verb is
        # its subject, and what follows is the listener or the object.
        return []
    speaker = after[0]
    if speaker.kind == "adjective":
        # "Russia, which ..., condemned the Israeli strikes": a modifier names no speaker.
        return []
    if sentence.match(FINITE_VERB_AFTER, speaker.end):
        # "..., said the Iranian side had changed the terms": the subject of what is said.
        return []
    return [speaker] if sentence.fullmatch(_VERB_TO_SPEAKER, hit.end, speaker.start) else []


def _according_to(
    sentence: Sentence,
    hit: CueHit,
    mentions: list[Mention],
    described_source: re.Pattern[str] | None,
) -> list[Attributed]:
    """ "according to IRNA", "according to the Kremlin website", "according to sources",
    "according to Iranian and Chinese officials" (each of the sources listed); "according to
    the source" and "according to two sources familiar with the matter" name no one."""
    if (
        sentence.match(_UNNAMED, hit.end + 1)
        or sentence.match(_UNNAMED_SOURCES, hit.end)
        or (described_source and _undescribed_by_name(sentence, hit, described_source, mentions))
    ):
        return [(None, None)]
    window = [m for m in mentions if m.start >= hit.end and m.start - hit.end <= SOURCE_REACH]
    source = next((m for m in window if m.type == "media"), window[0] if window else None)
    if source is None:
        return [(None, None)]
    if source.type == "media":
        return [(source, source)]
    return [
        (listed, _via_after(sentence, listed, mentions))
        for listed in _listed_from(sentence, source, mentions)
    ]


def _undescribed_by_name(
    sentence: Sentence, hit: CueHit, described_source: re.Pattern[str], mentions: list[Mention]
) -> bool:
    """A described source right after the cue, with no name of a speaker in its words
    ("two sources familiar with the matter", not "Iranian officials", whose nationality is a
    mention that speaks for them)."""
    found = sentence.match(described_source, hit.end + 1)
    return found is not None and not any(
        found.start() <= m.start < found.end() and m.kind != "adjective" for m in mentions
    )


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
        via = next((m for m in after if told_outlet(sentence, hit, m)), None)
    return via


def told_outlet(sentence: Sentence, hit: CueHit, mention: Mention) -> bool:
    """Whether the mention is an outlet the verb ``hit`` ("told") says was spoken to."""
    return (
        mention.type == "media"
        and mention.start >= hit.end
        and sentence.fullmatch(_TO_THE_OUTLET, hit.end, mention.start) is not None
    )


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
    nearest = _title_of_its_place(sentence, visible)
    subject = _named_in_apposition(sentence, before, nearest) or nearest
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


def _title_of_its_place(sentence: Sentence, visible: list[Mention]) -> Mention:
    """The mention nearest the verb, unless it is the place a title serves ("Iran's
    ambassador to Moscow said"): then the title, whose holder speaks."""
    nearest = visible[-1]
    title = visible[-2] if len(visible) > 1 else None
    if (
        title is not None
        and title.kind == "title"
        and sentence.fullmatch(_TITLE_THEN_PLACE, title.end, nearest.start)
    ):
        return title
    return nearest


def _named_in_apposition(
    sentence: Sentence, before: list[Mention], subject: Mention
) -> Mention | None:
    """ "Iran's foreign minister, Abbas Araghchi, said": the name set off after a title says
    who speaks more surely than the title's holder on the day; "Iran's foreign ministry
    spokesman, Nasser Kanaani, said": so does a person's name after a body and a title."""
    if subject.kind == "title":
        gap, wanted = _APPOSITION, lambda m: m.kind not in ("title", "adjective")
    elif subject.type == "government_body":
        gap, wanted = _TITLE_THEN_APPOSITION, lambda m: m.type == "person"
    else:
        return None
    return next(
        (
            m
            for m in before
            if wanted(m)
            and m.country == subject.country
            and sentence.fullmatch(gap, subject.end, m.start)
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
