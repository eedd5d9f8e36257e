"""Argument frames: who does the act a cue names, and to whom, without a parser.

Each rule reads one way news phrases an act and its participants, and either gives the pair
(initiator, target) or passes to the next. The order matters: a rule that reads a more
specific construction comes before the general "first actor of the clause before the cue,
first actor of another side after it".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from itertools import pairwise

from data_prep.english import (
    ALIAS_APPOSITION,
    after_a_form_of_be,
    charge_answered_by,
    clause_bounds,
    coordinate_breaks,
    is_verb_only,
    opening_adverbial,
)
from data_prep.event_context import EventContext, from_context
from data_prep.model import CueHit, Mention, Sentence

Pair = tuple[Mention, Mention]
# "a provocation against Iran", "hostile towards Tehran".
_AGAINST = re.compile(r"\s+(?:against|towards?)\s+(?:the\s+)?", re.IGNORECASE)

_WITH_OBJECT = re.compile(r"^\s+with\s+(?:[\w-]+\s+){0,4}$")
_WITH_BEFORE = re.compile(r"\bwith\s+(?:\S+\s+){0,3}$")
# What may stand between a clause's start and its subject, a subordinating conjunction
# included ("When Britain, France and Germany imposed ...").
# A sentence opens with a capital: "The U.K. and the EU have imposed ...".
_CLAUSE_OPENING = re.compile(
    r"[\s,;:]*(?:(?:the|both|then|later|also|however|in turn|when|as|once|after|before|while|if"
    r"|because|although)\s+)*",
    re.IGNORECASE,
)
# ", which cooperate", ", who has also visited": a relative pronoun, then the verb.
# ", who sent aid": a verb before the act's noun, with no actor between.
_PRONOUN_TO_VERB = re.compile(
    r"\s*,\s+(?:which|who)\s+(?:(?:have|has|had|will|would|also|now|both|jointly|[a-z]+ly)\s+)*"
    r"(?:[a-z]+\s+(?:(?:a|an|the|its|his|her|their)\s+)?)?"
)
_REPORTED_OPENING = re.compile(r"\s*(?:that\s+|whether\s+|if\s+)?(?:the\s+)?", re.IGNORECASE)
_RELATIVE_OPENER = re.compile(r"\s*,\s+(?:who|whose|which)\b")
_BETWEEN_AFTER_CUE = re.compile(r"\s+(?:[\w-]+\s+){0,3}?between\s+(?:the\s+)?")
_AND = re.compile(r"\s+and\s+(?:the\s+)?")
_AND_WORD = re.compile(r"\b(?:and|as well as)\b")
# Between a subject and its verb: adverbs and auxiliaries, no object or clause.
_SUBJECT_TO_VERB = re.compile(
    r"(?:\s+(?:have|has|had|will|would|are|were|both|also|then|on \w+|jointly|formally"
    r"|officially))*\s+"
)
_FIRST_WORD = re.compile(r"[\w-]+")
_NEXT_WORD = re.compile(r"\s+([\w-]+)")
# "accused Iran of", "sanctions on Iran for", "condemned Tehran for": the one named did the act
# after "of" or "for".
_ACCUSING = re.compile(
    r"\b(?:accus|blam|suspect|charg|convict|sanction|punish|penali[sz]|condemn|criticis|criticiz"
    r"|rebuk)\w*\s+(?:(?:on|against)\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
_OF_ACT = re.compile(r"\s+(?:of|for)\s+(?:[\w’'-]+\s+){0,8}")
# "condemnation from Moscow", "a visit to Tehran by President Putin", "was called in on
# Wednesday by the director general at Iran's Foreign Ministry": the act's source follows.
_AGENT = re.compile(r"\s+(?:[\w’'-]+\s+){0,3}?(?P<word>from|by)\s+(?:[\w’'-]+\s+){0,8}?")
_AGENT_AFTER_OBJECT = re.compile(r"\s+(?:from|by)\s+(?:[\w’'-]+\s+){0,3}?")
# The object of an act follows it after "on", "to", "against", "at" or "for", with at most
# a few words between ("strikes on Iranian nuclear sites" stops at the first actor).
_OBJECT_BEFORE = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:on|to|against|at|for|toward|towards)\s+(?:the\s+)?"
)
# "Russia's strikes", "Iran's long-range missile": a possessive and at most two modifiers,
# no verb ("Russia's stance is unacceptable" judges the stance; it is no act of Russia's).
_POSSESSIVE_GAP = re.compile(
    r"['’]s?\s+(?:(?!(?:is|are|was|were|be|been|being|has|have|had|will|would|remains"
    r"|remained|seems|seemed)\b)[\w-]+\s+){0,2}"
)
_POSSESSIVE_PRONOUNS = frozenset({"his", "her"})
# "His visit to Tehran", "Her remarks": a possessive pronoun and at most two modifiers.
_PRONOUN_GAP = re.compile(r"\s+(?:[\w-]+\s+){0,2}")
# "... were supplied to Moscow by": a passive verb and its agent, within the clause.
_PASSIVE_TO_AGENT = re.compile(
    r"[^,;]{0,40}?\b(?:is|are|was|were|been|being|be)\s+(?:\w+\s+)?\w+(?:ed|en|t|wn)\b"
    r"[^,;]{0,60}?\bby\s+(?:the\s+)?"
)
# "Russia's ambassador was summoned", "The ambassador, Alexei Dedov, was called in": the
# subject, then the form of "be" of a passive.
_SUBJECT_TO_PASSIVE = re.compile(
    r"\s*,?\s*(?:(?:has|have|had)\s+been|was|were|is|are|been)\s+(?:\w+ly\s+)?", re.IGNORECASE
)
# "Criticising Russia ..., Iranian lawmakers": a participle opening the sentence, and the
# comma that closes its phrase before the main clause's subject.
_ING_WORD = re.compile(r"[A-Z][a-z]+ing\b")
_COMMA = re.compile(r",")
_TO_MAIN_SUBJECT = re.compile(r",\s*(?:the\s+)?")
# A past participle ("summoned", "expelled", "called in"), not a progressive ("is meeting").
_PARTICIPLE = re.compile(r"[a-z]+(?:ed|en|wn)\b")
# Summoning, expelling or recalling envoys (event_cues.csv).
_DIPLOMATIC_MEASURE = "160"
# "the islands are occupied by Iran": the cue is the passive participle itself.
_PARTICIPLE_TO_AGENT = re.compile(r"\s+(?:[\w’'-]+\s+){0,3}?by\s+(?:the\s+)?")
# "invited Pezeshkian to visit", "urged Tehran to hold talks": a verb that asks its object to
# act, then the object.
_INVITING = re.compile(
    r"\b(?:invit|ask|urg|encourag|press|persuad|call(?:ed|s|ing)? on)\w*\s+"
    r"(?:(?:the|his|her|its|their)\s+)?(?:[\w’'-]+\s+){0,2}?$",
    re.IGNORECASE,
)
_TO_INFINITIVE = re.compile(r"\s+to\s+(?:[a-z]+\s+)?")
# "sanctions imposed on Iran": a participle between the act and its object.
_ARTICLE_GAP = re.compile(r"\s+(?:the\s+)?")
# "the sanctions imposed by Washington": a participle and its agent after an act.
_PARTICIPLE_BY = re.compile(r"\s+(?:[\w-]+\s+){0,6}?\w+(?:ed|en|t|wn)\s+(?:by|from)\s+(?:the\s+)?")
_TO_NEXT = re.compile(r"\s+to\s")
_PARTICIPLE_ON = re.compile(r"\s+\w+(?:ed|en|t)\s+(?:on|against|to)\s+(?:the\s+)?")
# "..., which Iran has welcomed": a relative clause whose subject does the act to what the
# relative pronoun stands for.
_RELATIVE_SUBJECT = re.compile(r"\bwhich\s+(?:the\s+)?$")
# "condemned the strikes", "criticised these attacks": a definite act, named before.
_DEFINITE_ACT = re.compile(r"\s+(?:the|these|those|this|that|such)\s+(?:[\w-]+\s+){0,2}?")
_DETERMINER_WORDS = r"(?:(?:the|these|those|this|that|such|any|recent|latest)\s+)*"
_DETERMINERS = re.compile(r"\s+" + _DETERMINER_WORDS)
# "concern about", "anger over", "criticism of": what a complaint noun is about.
_COMPLAINED_OF = re.compile(r"\s+(?:(?:about|over|at|of|regarding)\s+)?" + _DETERMINER_WORDS)
# "drones for use against Ukraine", "drones being used in Ukraine": where weapons are used.
_AGAINST_BEFORE = re.compile(
    r"\b(?:for use|to use|used|for|in)\b[^,;]{0,40}?\b(?:against|on|in|inside|into)\s+"
    r"(?:the\s+)?$"
)
# '...," Medvedev wrote': the speaker named right after a quotation, then the verb.
_AFTER_A_QUOTE = re.compile(r"[\s,”\"’']*")
_SPEECH_VERB = re.compile(
    r"\b(?:said|says|wrote|writes|told|tells|added|adds|stated|declared|tweeted|posted)\b"
)
_ADJECTIVE_GAP = re.compile(r"^[\s-]*(?:[\w-]+\s+){0,2}$")
_PARTICIPLE_ADJUNCT = re.compile(r",\s+$")
# Between goods and the subject of a reduced or relative clause about them.
_RELATIVE_GAP = re.compile(r"\s+(?:(?:that|which)\s+)?")
# "contacts with both Israel and Iran": each member on its own, not with each other.
_BOTH_BEFORE = re.compile(r"\bboth\s+(?:the\s+)?$")
_LIST_INTRO = re.compile(r"\b(?:including|such as|among them|namely)\b")
# "Israel and then the United States struck": an adverb of sequence may follow "and".
_SUBJECT_JOINT = re.compile(
    r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+(?:and|as well as)\s+(?:(?:then|later|also)\s+)?"
    r"(?:the\s+)?|\s*,\s+as well as\s+"
)
# Between the last coordinated subject and the act: auxiliaries, adverbs, a few words of
# the verb phrase, no clause.
_SUBJECT_TO_VERB_OR_DIRECT = re.compile(rf"(?:{ALIAS_APPOSITION})?[^,;:]{{0,40}}")
# "the leaders of Armenia and Azerbaijan, Nikol Pashinyan and Ilham Aliyev, signed": an
# apposition to the list closes with a comma before the verb.
_LIST_TO_VERB = re.compile(rf"(?:{ALIAS_APPOSITION})?,?[^,;:]{{0,40}}")
# After a buying noun, before its seller: "imports of Iranian", "purchases from".
_GOODS_BEFORE_SELLER = re.compile(r"\s+(?:of|from)\s+(?:[\w-]+\s+){0,3}?")
# The goods between a buying noun and the cue that names them ("imports of Iranian crude").
_FEW_WORDS = re.compile(r"(?:\s+[\w’'-]+){0,5}\s+")
_ITS = re.compile(r"its\b")
# Between the goods of a transfer and the act they serve: "... for use in its war".
_PURPOSE_GAP = re.compile(
    r"(?:\s+[\w’'-]+){0,6}?"
    r"(?:\s+for\s+(?:use\s+(?:in|by|against)\s+"
    r"|[\w’'-]+\s+to\s+(?:use|deploy|fire|launch)\s+(?:(?:in|against|on)\s+)?)?"
    # "drones to pound Ukraine", "the drones used to strike Ukrainian cities", "the drones
    # that have pounded Ukrainian cities".
    r"|\s+(?:(?:that\s+(?:were|are|have\s+been)\s+)?(?:used|deployed|launched|fired)\s+)?(?:to|in)\s+"
    r"|\s+(?:that|which)\s+(?:have\s+|had\s+)?(?:also\s+)?)"
)
# "helped Russia (to) sustain its war": the helped party acts.
_HELPED = re.compile(r"\b(?:help(?:s|ed|ing)?|enabl(?:e|es|ed|ing)|allow(?:s|ed|ing)?)\s+$", re.I)
_TO_ITS_ACT = re.compile(r"\s+(?:to\s+)?(?:[\w’'-]+\s+){0,2}?")
_POSSESSIVE_MARK = re.compile(r"['’]s?\b")
_LIST_JOINT = re.compile(r"\s*,\s*(?:and\s+|or\s+)?(?:the\s+)?|\s+(?:and|or)\s+(?:the\s+)?")
# CAMEO roots of appeals (02) and demands (10): acts addressed to their object.
_ADDRESSED_ACTS = ("02", "10")
# CAMEO's "mediate": an act of a third party between two sides.
_MEDIATE = "045"
# "a sore point in Tehran", "frustration among Iranian officials": where a complaint is felt.
_FELT_IN = re.compile(r"\s+(?:in|among|within)\s+(?:the\s+)?")
# "closer to Tehran": the side a relationship draws toward.
_DRAWN_TO = re.compile(r"\s+to\s+(?:the\s+)?")
# How far before a relationship cue its two sides may be named ("Russia and Iran ... ties").
_STATE_REACH = 60


class _NoPair:
    """A rule's finding that the act has an agent but no target in the sentence, so no
    later rule may pair it with someone else."""


NO_PAIR = _NoPair()


def pair_for(ctx: EventContext, hit: CueHit) -> Pair | None:
    """The initiator and target of the act ``hit`` names, or None when the sentence does not
    give both."""
    in_clause = actors_in_clause(ctx, hit)
    for rule in _SPECIFIC_RULES:
        pair = rule(ctx, hit, in_clause)
        if pair is NO_PAIR:
            return None
        if pair is not None:
            return pair
    if hit.cue.entry.needs_actor_before and not any(m.end <= hit.start for m in in_clause):
        return None
    if _object_of_complaint(ctx, hit):
        # "Russia and China condemned the strikes": the critics did not strike; only the
        # act's own phrase ("Israeli strikes on Iran") could name who did.
        return None
    for rule in _GENERAL_RULES:
        pair = rule(ctx, hit, in_clause)
        if pair is NO_PAIR:
            return None
        if pair is not None:
            return pair
    return None


def _object_of_complaint(ctx: EventContext, hit: CueHit) -> bool:
    """Whether the act is the object of a complaint verb right before it ("condemned the
    strikes", "criticised the sanctions")."""
    previous = next((h for h in reversed(ctx.cue_hits) if h.end <= hit.start), None)
    if previous is None:
        return False
    return ctx.is_complaint(previous.cue.entry.event_type) and bool(
        ctx.sentence.fullmatch(_DETERMINERS, previous.end, hit.start)
    )


def _complaint_about_earlier_act(
    ctx: EventContext, hit: CueHit, in_clause: list[Mention]
) -> Pair | None:
    """ "Moscow condemned the strikes", after a sentence on Israel's strikes on Iran: a
    complaint about an act named only by a definite noun is aimed at who did that act in the
    story so far."""
    act = _act_complained_of(ctx, hit)
    complainer = next((m for m in in_clause if m.end <= hit.start), None)
    if act is None or complainer is None or _names_its_author(ctx, hit, act):
        return None
    author = next(
        (
            e.actor1
            for e in ctx.earlier_events
            if e.event_type == act.cue.entry.event_type and e.actor1.side != complainer.side
        ),
        None,
    )
    if author is not None:
        return (complainer, from_context(author))
    # "Russia and China condemned the strikes on Iran": the complaint is not aimed at whom
    # a hostile act was done to; with its author unknown, the sentence names no target. (The
    # recipient of help that did not come is: "failed to deliver the jets to Iran".)
    hostile = act.cue.entry.polarity == "tension"
    return NO_PAIR if hostile and _names_its_target(ctx, act) else None


def _complaint_at_the_possessor(
    ctx: EventContext, hit: CueHit, in_clause: list[Mention]
) -> Pair | None:
    """ "Russia condemned Israel's strikes on Iran", "expressed concern about Moscow's ties with
    Israel": a complaint about an act its possessor did is aimed at the possessor, not at whom
    the act was done to."""
    act = next((h for h in ctx.cue_hits if h.start >= hit.end), None)
    complainer = _complainer(ctx, hit, in_clause)
    if not ctx.is_complaint(hit.cue.entry.event_type) or act is None or complainer is None:
        return None
    possessor = next((m for m in ctx.actors if _possessor_complained_of(ctx, hit, act, m)), None)
    if possessor is None or possessor.side == complainer.side:
        return None
    return complainer, possessor


def _complainer(ctx: EventContext, hit: CueHit, in_clause: list[Mention]) -> Mention | None:
    """Who complains: the clause's first actor before the cue, else the sentence's ("Tehran
    expressed concern about ...": a speech verb's subject is before the bound it sets)."""
    return next((m for m in in_clause if m.end <= hit.start), None) or next(
        (m for m in ctx.actors if m.end <= hit.start and m.kind != "adjective"), None
    )


def _possessor_complained_of(ctx: EventContext, hit: CueHit, act: CueHit, mention: Mention) -> bool:
    """Whether ``mention`` is the possessor of the act a complaint is about ("condemned
    Israel's strikes", "concern about Moscow's ties")."""
    return (
        hit.end <= mention.start
        and mention.end <= act.start
        and ctx.sentence.fullmatch(_COMPLAINED_OF, hit.end, mention.start) is not None
        and ctx.sentence.fullmatch(_POSSESSIVE_GAP, mention.end, act.start) is not None
    )


def _complaint_at_an_act_told_before(
    ctx: EventContext, hit: CueHit, in_clause: list[Mention]
) -> Pair | None:
    """ "... when Israel struck Iranian sites while Moscow limited itself to verbal
    condemnation": a complaint with no one to aim at in its clause is aimed at the author of
    the hostile act the sentence told before that clause."""
    clause_start, _ = ctx.clause(hit.start)
    complainer = next((m for m in in_clause if m.end <= hit.start), None)
    if (
        not ctx.is_complaint(hit.cue.entry.event_type)
        or complainer is None
        or any(m.side != complainer.side for m in in_clause)
    ):
        return None
    act = _hostile_act_before(ctx, clause_start)
    pair = pair_for(ctx, act) if act is not None else None
    if pair is None or pair[0].side == complainer.side:
        return None
    return complainer, pair[0]


def _hostile_act_before(ctx: EventContext, position: int) -> CueHit | None:
    return next(
        (
            h
            for h in reversed(ctx.cue_hits)
            if h.end <= position and ctx.is_type(h, "act") and h.cue.entry.polarity == "tension"
        ),
        None,
    )


def authors_complained_of(ctx: EventContext, hit: CueHit, pair: Pair) -> list[Pair]:
    """ "when Israel and then the United States struck ... while Moscow limited itself to
    verbal condemnation": the complaint is aimed at every author of the act told before."""
    complainer, author = pair
    complaint = ctx.is_complaint(hit.cue.entry.event_type)
    act = _hostile_act_before(ctx, ctx.clause(hit.start)[0]) if complaint else None
    act_pair = pair_for(ctx, act) if act is not None else None
    if act_pair is None or act_pair[0] is not author:
        return []
    return [
        (complainer, other)
        for other, _ in coordinated_subjects(ctx, act, act_pair)
        if other.side not in (complainer.side, author.side)
    ]


def _quoted_complaint(ctx: EventContext, hit: CueHit, in_clause: list[Mention]) -> Pair | None:
    """ "'Israel is going to supply weapons to the Kyiv regime. A very reckless move,'
    Medvedev wrote": a complaint word in a quotation is its speaker's, aimed at the first
    actor of another side the quotation named before it."""
    quote_end = next((end for start, end in ctx.quotations if start < hit.start < end), None)
    if not ctx.is_complaint(hit.cue.entry.event_type) or quote_end is None:
        return None
    speaker = next(
        (
            m
            for m in ctx.actors
            if m.start >= quote_end
            and ctx.sentence.fullmatch(_AFTER_A_QUOTE, quote_end, m.start)
            and ctx.sentence.search(_SPEECH_VERB, m.end, None)
        ),
        None,
    )
    if speaker is None:
        return None
    target = next(
        (
            m
            for m in ctx.actors
            if m.end <= hit.start and m.side != speaker.side and ctx.inside_quote(m.start)
        ),
        None,
    )
    return (speaker, target) if target is not None else None


def _act_complained_of(ctx: EventContext, hit: CueHit) -> CueHit | None:
    """The act a complaint cue names by a definite noun right after it ("condemned the
    strikes"), if it is a complaint and does."""
    act = next((h for h in ctx.cue_hits if h.start >= hit.end), None)
    if not ctx.is_complaint(hit.cue.entry.event_type) or act is None:
        return None
    return act if ctx.sentence.fullmatch(_DEFINITE_ACT, hit.end, act.start) else None


def _names_its_author(ctx: EventContext, complaint: CueHit, act: CueHit) -> bool:
    """Whether the act's own phrase names who did it ("the Israeli strikes", "the US
    strikes")."""
    return any(
        adjective_modifies(ctx.sentence, m, act) or complaint.end <= m.start < act.start
        for m in ctx.actors
    )


def _names_its_target(ctx: EventContext, act: CueHit) -> bool:
    """Whether the act's own phrase names whom it was done to ("the strikes on Iran")."""
    return any(
        m.start >= act.end and ctx.sentence.fullmatch(_OBJECT_BEFORE, act.end, m.start)
        for m in ctx.actors
    )


def actors_in_clause(ctx: EventContext, hit: CueHit) -> list[Mention]:
    clause_start, clause_end = ctx.clause(hit.start)
    return [m for m in ctx.actors if clause_start <= m.start and m.end <= clause_end]


def _source_and_object(ctx: EventContext, hit: CueHit, in_clause: list[Mention]) -> Pair | None:
    """ "Iranian drones", "Western sanctions", "condemnation from Moscow", "was attacked by
    Israel": the act comes from this actor. Its target is the object of "on", "to" or
    "against" when there is one ("Israeli strikes on Iran"), else the clause's subject."""
    sentence = ctx.sentence
    source = _modifying_source(ctx, hit, in_clause)
    if source is None and not ctx.binds_an_act(hit):
        # "agreed to buy the jets from Russia": "from" belongs to the act bound, not the cue.
        source = _agent_after(ctx, hit, in_clause)
    if source is None:
        return None
    agents = {m.side for m in [source, *_listed_after(ctx, source)]}
    # Where transferred weapons are used ("Iranian drones used in Ukraine") is no recipient.
    in_clause = [m for m in in_clause if not target_of_use(ctx, hit, m)]
    others = [m for m in in_clause if m.side not in agents]
    objects = objects_of(sentence, hit, in_clause, source)
    before = [m for m in others if m.end <= min(source.start, hit.start)]
    target = next(iter(objects + before + others), None) or _holder_outside_the_clause(
        ctx, hit, source, agents
    )
    return (source, target) if target is not None else None


def _holder_outside_the_clause(
    ctx: EventContext, hit: CueHit, source: Mention, agents: set[str]
) -> Mention | None:
    """ "The Kremlin said it had no information about Iranian drones being used": goods
    named by where they come from, with no one else in their clause, are held by the
    sentence's last actor before them; the adjective still names the supplier."""
    if not (ctx.is_type(hit, "transfer") and adjective_modifies(ctx.sentence, source, hit)):
        return None
    return next(
        (m for m in reversed(ctx.actors) if m.end <= source.start and m.side not in agents),
        None,
    )


def _party_of_the_possessor(
    ctx: EventContext, hit: CueHit, in_clause: list[Mention]
) -> Pair | None:
    """ "Russia has been Iran's largest arms supplier", "Iran's main weapons supplier is
    Russia": the possessor of a supplier noun is the one supplied, and of a customer noun
    ("China is Iran's biggest oil buyer") the seller; the party it is said of, before it or
    after it, is the other side."""
    if not ctx.is_type(hit, "transfer"):
        return None
    words = ctx.lexicons.words
    supplies = _names_party(ctx, hit, words["supplier_nouns"])
    if not supplies and not _names_party(ctx, hit, words["customer_nouns"]):
        return None
    possessor = next(
        (
            m
            for m in reversed(in_clause)
            if m.end <= hit.start and ctx.sentence.fullmatch(_POSSESSIVE_GAP, m.end, hit.start)
        ),
        None,
    )
    if possessor is None:
        return None
    party = next((m for m in in_clause if m.side != possessor.side), None)
    if party is None:
        return NO_PAIR
    return (party, possessor) if supplies else (possessor, party)


def _names_party(ctx: EventContext, hit: CueHit, nouns: tuple[str, ...]) -> bool:
    """Whether the cue holds a party noun ("weapons supplier") or is followed by one ("arms
    supplier")."""
    words = ctx.sentence.slice(hit.start, hit.end).lower().split()
    following = ctx.sentence.match(_NEXT_WORD, hit.end)
    if following is not None:
        words.append(following.group(1).lower())
    return any(word in nouns for word in words)


def _possessor_agent(ctx: EventContext, hit: CueHit, in_clause: list[Mention]) -> Pair | None:
    """ "Russia's strikes on Kyiv", "Iran's supply of drones to Russia", "Putin's talks with
    Pezeshkian": the possessor of an act noun is its agent; the target follows the noun. With
    no target after it ("Russia's invasion in February"), the sentence does not give one."""
    possessor = next(
        (
            m
            for m in reversed(in_clause)
            if (m.kind in ("name", "title") or m.text.lower() in _POSSESSIVE_PRONOUNS)
            and m.end <= hit.start
            and (
                ctx.sentence.fullmatch(
                    _PRONOUN_GAP if m.kind == "pronoun" else _POSSESSIVE_GAP, m.end, hit.start
                )
                or ctx.sentence.fullmatch(
                    _intention_gap(ctx.lexicons.words["intention_nouns"]), m.end, hit.start
                )
            )
        ),
        None,
    )
    if possessor is None or ctx.is_type(hit, "state"):
        return None
    after = [
        m
        for m in in_clause
        if m.start >= hit.end and m.side != possessor.side and not is_possessor(ctx, m)
    ]
    objects = objects_of(ctx.sentence, hit, after, possessor)
    target = next(iter(objects + after), None)
    return (possessor, target) if target is not None else NO_PAIR


def is_possessor(ctx: EventContext, mention: Mention) -> bool:
    """ "strikes on Moscow's ally Iran": a possessive that qualifies the next actor named."""
    following = next((m for m in ctx.actors if m.start >= mention.end), None)
    return following is not None and bool(
        ctx.sentence.fullmatch(_POSSESSIVE_GAP, mention.end, following.start)
    )


def _passive_agent(ctx: EventContext, hit: CueHit, in_clause: list[Mention]) -> Pair | None:
    """ "the drones were supplied to Moscow by Iran", "the islands are occupied by Iran": the
    agent of a passive follows "by"; the target is the object of "to", "on" or "against"
    before it, else another actor."""
    sentence = ctx.sentence
    participle = after_a_form_of_be(sentence, hit.start)
    for agent in in_clause:
        if (
            agent.start < hit.end
            or agent.kind == "adjective"
            or not (
                sentence.fullmatch(_PASSIVE_TO_AGENT, hit.end, agent.start)
                or (participle and sentence.fullmatch(_PARTICIPLE_TO_AGENT, hit.end, agent.start))
            )
        ):
            continue
        agents = {m.side for m in [agent, *_listed_after(ctx, agent)]}
        # With no other party in its clause (reported content, "The UAE says the islands are
        # occupied by Iran"), the sentence's other party.
        others = [m for m in in_clause if m.side not in agents] or [
            m for m in ctx.actors if m.side not in agents
        ]
        objects = objects_of(sentence, hit, others, agent)
        target = next(iter(objects + others), None)
        return (agent, target) if target is not None else None
    return None


def _opening_participle(ctx: EventContext, hit: CueHit, in_clause: list[Mention]) -> Pair | None:
    """ "Criticising Russia for the delays, Iranian lawmakers demanded answers": a participle
    that opens the sentence has the subject of the clause after its comma, and its object
    between."""
    sentence = ctx.sentence
    if sentence.slice(sentence.start, hit.start).strip(" \"“‘'") or not sentence.match(
        _ING_WORD, hit.start
    ):
        return None
    comma = sentence.search(_COMMA, hit.end)
    if comma is None:
        return None
    subject = next(
        (m for m in ctx.actors if sentence.fullmatch(_TO_MAIN_SUBJECT, comma.start(), m.start)),
        None,
    )
    if subject is None:
        return None
    target = next(
        (
            m
            for m in ctx.actors
            if hit.end <= m.start and m.end <= comma.start() and m.side != subject.side
        ),
        None,
    )
    return (subject, target) if target is not None else None


def _summoned_in_the_passive(
    ctx: EventContext, hit: CueHit, in_clause: list[Mention]
) -> Pair | None:
    """ "Russia's ambassador was summoned to the Iranian foreign ministry", "the envoys were
    expelled from Tehran": with no agent after "by" (``_passive_agent``), the envoy of a
    diplomatic measure (CAMEO 160) told in the passive is its target, and the party named
    after the verb in its clause took it."""
    sentence = ctx.sentence
    if (
        hit.cue.entry.cameo_code != _DIPLOMATIC_MEASURE
        or not after_a_form_of_be(sentence, hit.start)
        or not sentence.match(_PARTICIPLE, hit.start)
    ):
        return None
    before = [m for m in in_clause if m.end <= hit.start and m.kind != "adjective"]
    if not before or not sentence.fullmatch(_SUBJECT_TO_PASSIVE, before[-1].end, hit.start):
        return None
    patient = before[-1]
    _, clause_end = clause_bounds(sentence, hit.start)
    doers = [
        m
        for m in ctx.actors
        if hit.end <= m.start and m.end <= clause_end and m.side != patient.side
    ]
    return (doers[0], patient) if doers else None


def _invited_to_act(ctx: EventContext, hit: CueHit, in_clause: list[Mention]) -> Pair | None:
    """ "Putin invited Pezeshkian to visit Moscow", "urged Tehran to hold talks with
    Washington": the one invited or urged does the meeting or visit the infinitive names,
    with the actor after it, else with the one who invited."""
    before = [m for m in in_clause if m.end <= hit.start]
    if not ctx.is_type(hit, "interaction") or not before:
        return None
    doer = before[-1]
    if not ctx.sentence.fullmatch(_TO_INFINITIVE, doer.end, hit.start) or not (
        ctx.sentence.search(_INVITING, None, doer.start)
    ):
        return None
    inviter = next((m for m in before if m.side != doer.side), None)
    after = [m for m in in_clause if m.start >= hit.end and m.side != doer.side]
    target = next(iter(after), inviter)
    return (doer, target) if target is not None else None


def _recipient_subject(ctx: EventContext, hit: CueHit, in_clause: list[Mention]) -> Pair | None:
    """ "Russia had received shipments of missiles", "Russia, which has received drones from
    Iran, ...": the subject of a receiving verb, or the antecedent of its relative pronoun, is
    the recipient of the transfer. The supplier follows "from"; with none, it is the supplier
    of the latest transfer to the recipient in the story, else unknown: never the one who
    reports the delivery."""
    before = [m for m in in_clause if m.end <= hit.start] or _antecedent(ctx, hit)
    if not ctx.is_type(hit, "transfer") or not before or before[-1].kind == "adjective":
        return None
    recipient = before[-1]
    if not ctx.sentence.fullmatch(
        _receiving(ctx.lexicons.words["receiving_verbs"]), recipient.end, hit.start
    ):
        return None
    supplier = _agent_after(ctx, hit, in_clause) or next(
        (
            from_context(e.actor1)
            for e in ctx.earlier_events
            if ctx.is_type(e.cue, "transfer")
            and e.actor2.side == recipient.side
            and e.actor1.side != recipient.side
        ),
        None,
    )
    return (supplier, recipient) if supplier is not None else NO_PAIR


def _goods_the_recipient_got(
    ctx: EventContext, hit: CueHit, in_clause: list[Mention]
) -> Pair | None:
    """ "the Su-35 jets Tehran ordered from Russia", "drones that Russia received from
    Iran": goods followed by a clause whose receiving verb's subject is the recipient and
    whose "from" names the supplier."""
    if not ctx.is_type(hit, "transfer"):
        return None
    after = [m for m in in_clause if m.start >= hit.end]
    if len(after) < 2 or after[0].kind == "adjective":
        return None
    recipient, supplier = after[0], after[1]
    words = ctx.lexicons.words
    got = _got_from((*words["receiving_verbs"], *words["ordering_verbs"]))
    if not (
        ctx.sentence.fullmatch(_RELATIVE_GAP, hit.end, recipient.start)
        and ctx.sentence.fullmatch(got, recipient.end, supplier.start)
        and supplier.side != recipient.side
    ):
        return None
    return supplier, recipient


def _mediator_of_talks(ctx: EventContext, hit: CueHit, in_clause: list[Mention]) -> Pair | None:
    """ "..., with Oman acting as mediator", "Oman will act as mediator again": a mediator
    whose clause names no side after it mediates between the two sides of the talks the
    sentence (else the story) told last; ``mediated_sides`` adds the second side."""
    mediators = _mediators(ctx, hit, in_clause)
    if not mediators:
        return None
    sides = _talks_sides(ctx, hit)
    if sides is None or mediators[0].side in {m.side for m in sides}:
        return None
    return mediators[0], sides[0]


def mediated_sides(ctx: EventContext, hit: CueHit, pair: Pair) -> list[Pair]:
    """Every mediator of ``_mediator_of_talks`` with the talks' other side too, and every
    mediator listed after the first with both sides."""
    mediators = _mediators(ctx, hit, actors_in_clause(ctx, hit))
    if not mediators:
        return []
    sides = _talks_sides(ctx, hit)
    if sides is None or pair != (mediators[0], sides[0]):
        return []
    side_set = {m.side for m in sides}
    return [
        (mediator, side)
        for mediator in mediators
        for side in sides
        if (mediator, side) != pair and mediator.side not in side_set
    ]


def _mediators(ctx: EventContext, hit: CueHit, in_clause: list[Mention]) -> list[Mention]:
    """The list of actors right before a mediation cue, first listed first, when no actor of
    another side follows the cue in its clause."""
    if hit.cue.entry.cameo_code != _MEDIATE:
        return []
    before = [m for m in in_clause if m.end <= hit.start and m.kind != "adjective"]
    if not before or any(m.start >= hit.end and m.side != before[-1].side for m in in_clause):
        return []
    listed = [before[-1]]
    for m in reversed(before[:-1]):
        if not ctx.sentence.fullmatch(_LIST_JOINT, m.end, listed[0].start):
            break
        listed.insert(0, m)
    return listed


def _talks_sides(ctx: EventContext, hit: CueHit) -> tuple[Mention, Mention] | None:
    """The two sides of the latest talks told before ``hit``: in the sentence, else in the
    story's last few sentences."""
    for talks in reversed(ctx.cue_hits):
        if talks.end <= hit.start and talks.cue.entry.event_type == "meeting":
            pair = pair_for(ctx, talks)
            if pair is not None:
                return pair
    meeting = next((e for e in ctx.earlier_events if e.event_type == "meeting"), None)
    if meeting is None:
        return None
    return from_context(meeting.actor1), from_context(meeting.actor2)


def _purpose_of_a_transfer(ctx: EventContext, hit: CueHit, in_clause: list[Mention]) -> Pair | None:
    """ "supplying Russia with drones for its war in Ukraine", "provide Moscow with hardware
    for use in its war", "jets for it to use in strikes on Israel": the recipient of a
    transfer does the act its purpose names ("its" is the recipient's); its target follows
    the act."""
    sentence = ctx.sentence
    if not (sentence.match(_ITS, hit.start) or hit.cue.entry.event_type == "military_action"):
        return None
    transfer = next(
        (
            h
            for h in reversed(ctx.cue_hits)
            if h.end <= hit.start
            and ctx.is_type(h, "transfer")
            and sentence.fullmatch(_PURPOSE_GAP, h.end, hit.start)
        ),
        None,
    )
    pair = pair_for(ctx, transfer) if transfer is not None else None
    if pair is None:
        return None
    recipient = pair[1]
    if recipient.start >= hit.start:
        # The transfer paired with the act's own target: no recipient is named before it.
        return None
    after = [m for m in in_clause if m.start >= hit.end and m.side != recipient.side]
    return (recipient, after[0]) if after else NO_PAIR


def _helped_party_acts(ctx: EventContext, hit: CueHit, in_clause: list[Mention]) -> Pair | None:
    """ "Iran helped Russia attack Ukraine", "drones have helped Russia sustain its war
    against Ukraine": the party a helper enables does the act; its target follows the act."""
    sentence = ctx.sentence
    helped = next(
        (
            m
            for m in reversed(in_clause)
            if m.end <= hit.start
            and m.kind != "adjective"
            and sentence.search(_HELPED, None, m.start)
            and sentence.fullmatch(_TO_ITS_ACT, m.end, hit.start)
        ),
        None,
    )
    if helped is None or ctx.is_type(hit, "transfer"):
        return None
    after = [m for m in in_clause if m.start >= hit.end and m.side != helped.side]
    return (helped, after[0]) if after else NO_PAIR


def _offended_object(ctx: EventContext, hit: CueHit, in_clause: list[Mention]) -> Pair | None:
    """ "Russia's statement angered Iran": the one a reaction verb names as offended complains
    of the one named before it."""
    offended = next((m for m in in_clause if ctx.takes_offence(hit, m)), None)
    if offended is None:
        return None
    opener = _subject_before_a_relative_clause(ctx, hit)
    if opener is not None and opener.side != offended.side:
        # "Azerbaijan, which has close ties with Israel, has angered Tehran".
        return offended, opener
    if ctx.sentence.search(_PARTICIPLE_ADJUNCT, None, hit.start):
        # "Russia sided with the UAE, angering Tehran": the main clause's subject angered.
        subject = next((m for m in in_clause if m.side != offended.side), None)
        if subject is not None and subject.end <= hit.start:
            return offended, subject
    return _complaint_of_the_one_before(hit, in_clause, offended)


def _offended_subject(ctx: EventContext, hit: CueHit, in_clause: list[Mention]) -> Pair | None:
    """ "Iranian officials were angered by Moscow's silence": the subject of a reaction verb
    in the passive complains of the first side named after it."""
    if not ctx.offended_in_the_passive(hit):
        return None
    subject = next((m for m in reversed(in_clause) if m.end <= hit.start), None)
    if subject is None:
        return None
    agent = next((m for m in in_clause if m.start >= hit.end and m.side != subject.side), None)
    return (subject, agent) if agent is not None else None


def _felt_in(ctx: EventContext, hit: CueHit, in_clause: list[Mention]) -> Pair | None:
    """ "Moscow's neutrality has been a sore point in Tehran", "frustration in Moscow over
    ...", "unacceptable to Tehran": a complaint felt in or among a side, or a judgement
    made by it, is that side's, about the side named before."""
    if not ctx.is_complaint(hit.cue.entry.event_type):
        return None
    # "is unacceptable to Tehran": who judges follows "to".
    judged = (
        ctx.sentence.slice(hit.start, hit.end).lower() in ctx.lexicons.words["judged_acceptability"]
    )
    feeling = next(
        (
            m
            for m in in_clause
            if ctx.sentence.fullmatch(_FELT_IN, hit.end, m.start)
            or (judged and ctx.sentence.fullmatch(_DRAWN_TO, hit.end, m.start))
        ),
        None,
    )
    return _complaint_of_the_one_before(hit, in_clause, feeling) if feeling else None


def _complaint_of_the_one_before(
    hit: CueHit, in_clause: list[Mention], complainer: Mention
) -> Pair | None:
    """The complainer named after the cue, against the nearest side named before it."""
    before = [m for m in in_clause if m.end <= hit.start and m.side != complainer.side]
    return (complainer, before[-1]) if before else None


def _buyer_of_goods(ctx: EventContext, hit: CueHit, in_clause: list[Mention]) -> Pair | None:
    """ "Chinese imports of Iranian crude", "India's purchases of Russian oil": the actor
    that qualifies a buying noun is the buyer; the seller is the actor on the goods after
    it ("of Iranian crude") or after "from"."""
    if not ctx.is_type(hit, "transfer"):
        return None
    sentence = ctx.sentence
    buying = _buying_noun(ctx.lexicons.words["buying_nouns"])
    for buyer in in_clause:
        noun = sentence.match(buying, buyer.end)
        if (
            noun is None
            or buyer.kind not in ("adjective", "name")
            or not (noun.end() == hit.end or sentence.fullmatch(_FEW_WORDS, noun.end(), hit.start))
        ):
            continue
        sellers = [
            m
            for m in in_clause
            if m.start >= noun.end()
            and m.side != buyer.side
            and sentence.fullmatch(_GOODS_BEFORE_SELLER, noun.end(), m.start)
        ]
        return (sellers[0], buyer) if sellers else None
    return None


@cache
def _intention_gap(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """ "Iran's decision to supply ballistic": from the possessor to the act of the infinitive
    its noun governs."""
    return re.compile(
        rf"['’]s?\s+(?:[\w-]+\s+)?(?:{'|'.join(map(re.escape, nouns))})\s+to\s+(?:[\w-]+\s+){{0,3}}"
    )


@cache
def _buying_noun(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """A buying noun right after its buyer: "Chinese imports", "China's oil purchases"."""
    return re.compile(rf"(?:['’]s)?\s+(?:[a-z-]+\s+)?(?:{'|'.join(nouns)})\b")


def _antecedent(ctx: EventContext, hit: CueHit) -> list[Mention]:
    """The actor a relative clause around the act stands for ("Russia, which has ...")."""
    clause_start, _ = ctx.clause(hit.start)
    if not ctx.sentence.match(_RELATIVE_OPENER, clause_start):
        return []
    return [m for m in ctx.actors if m.end <= clause_start][-1:]


@cache
def _got_from(verbs: tuple[str, ...]) -> re.Pattern[str]:
    """From the recipient to the supplier: "ordered from", "has received from the"."""
    return re.compile(
        rf"\s+(?:[a-z]+\s+){{0,2}}?(?:{_verb_alternatives(verbs)})\s+from\s+(?:the\s+)?",
        re.IGNORECASE,
    )


def _verb_alternatives(verbs: tuple[str, ...]) -> str:
    """Verbs of one or more words as alternatives, any white space between the words."""
    return "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in verbs)


@cache
def _receiving(verbs: tuple[str, ...]) -> re.Pattern[str]:
    """A receiving verb between its subject and the goods: a relative pronoun, auxiliaries
    and adverbs before it, a determiner and a few words ("shipments of") after."""
    return re.compile(
        rf"(?:,\s+(?:which|who))?\s+(?:[a-z]+\s+){{0,2}}?(?:{_verb_alternatives(verbs)})"
        rf"\s+(?:[\w-]+\s+){{0,4}}",
        re.IGNORECASE,
    )


def _between_pair(ctx: EventContext, hit: CueHit, in_clause: list[Mention]) -> Pair | None:
    """ "a ceasefire between Russia and Ukraine", "talks between Tehran and Moscow": the two
    named sides are the pair, whoever else the clause names. A mediator ("offered to mediate
    between Israel and Iran") is a third party: the two sides are each its target."""
    following = [m for m in in_clause if m.start >= hit.end]
    if len(following) < 2 or hit.cue.entry.cameo_code == _MEDIATE:
        return None
    first, second = following[0], following[1]
    if (
        first.side != second.side
        and ctx.sentence.fullmatch(_BETWEEN_AFTER_CUE, hit.end, first.start)
        # "welcomed the peace agreement between Baku and Yerevan": the pair is the
        # agreement's, not the welcome's ("the gas deal between" is one compound).
        and not any(
            hit.end <= h.start
            and h.end <= first.start
            and ctx.sentence.slice(hit.end, h.start).strip()
            for h in ctx.cue_hits
        )
        and ctx.sentence.fullmatch(_AND, first.end, second.start)
    ):
        return first, second
    return None


def _joint_subject(ctx: EventContext, hit: CueHit, in_clause: list[Mention]) -> Pair | None:
    """ "Putin and Pezeshkian signed a treaty", "Putin, Rouhani and Erdogan held a summit on
    Syria": a meeting, call, visit or agreement among the listed subjects, whoever else the
    clause names after the act (``coordinated_subjects`` pairs the members after the
    second)."""
    if not ctx.is_type(hit, "interaction"):
        return None
    members = _subject_list(ctx, hit, in_clause)
    second = next((m for m in members[1:] if m.side != members[0].side), None)
    return (members[0], second) if second is not None else None


def _subject_list(ctx: EventContext, hit: CueHit, in_clause: list[Mention]) -> list[Mention]:
    """The clause's actors before the act when they are one list of subjects of its verb
    ("Russia, Iran and Turkey held a summit"), else none."""
    before = [m for m in in_clause if m.end <= hit.start]
    sentence = ctx.sentence
    if (
        len(before) < 2
        or any(m.kind in ("adjective", "pair") for m in before)
        or not sentence.fullmatch(_AND, before[-2].end, before[-1].start)
        or not sentence.fullmatch(_LIST_TO_VERB, before[-1].end, hit.start)
    ):
        return []
    joined = all(sentence.fullmatch(_SUBJECT_JOINT, a.end, b.start) for a, b in pairwise(before))
    return before if joined else []


def _answer_to_the_charge(ctx: EventContext, hit: CueHit, in_clause: list[Mention]) -> Pair | None:
    """ "Britain, France and Germany accuse Iran of violating the deal, a charge Tehran
    rejects": the denial answers who made the charge, the sentence's first actor (and those
    listed with it)."""
    if hit.cue.entry.event_type != "denial":
        return None
    charge = charge_answered_by(ctx.sentence, hit.start, ctx.lexicons.words["speech_nouns"])
    denier = next((m for m in reversed(in_clause) if m.end <= hit.start), None)
    if charge is None or denier is None or denier.start < charge:
        return None
    accuser = next((m for m in ctx.actors if m.end <= charge), None)
    if accuser is None or accuser.side == denier.side:
        return None
    return denier, accuser


def _accused_actor(ctx: EventContext, hit: CueHit, in_clause: list[Mention]) -> Pair | None:
    """ "accused Iran of supplying Russia with missiles": the accused did the act."""
    # The accused stands before "of", outside the content the accusing verb opens.
    accused = _accused_of(ctx.sentence, hit, list(ctx.actors))
    if accused is None:
        return None
    target = target_of(
        ctx,
        hit,
        accused,
        [m for m in ctx.actors if accused.start <= m.start and m.end <= hit.start],
        [m for m in in_clause if m.start >= hit.end],
    )
    if target is None and ctx.is_complaint(hit.cue.entry.event_type):
        # "Lawmakers accused Moscow of dragging its feet": a wrong done to no one named is
        # done to the accusers' side.
        target = next(
            (m for m in ctx.actors if m.end <= accused.start and m.side != accused.side), None
        )
    return (accused, target) if target is not None else None


def _accused_of(sentence: Sentence, hit: CueHit, mentions: list[Mention]) -> Mention | None:
    for mention in mentions:
        if mention.end > hit.start:
            break
        before = sentence.slice(mention.start - 30, mention.start)
        accusing = [m for m in _ACCUSING.finditer(before) if m.end() == len(before)]
        if accusing and sentence.fullmatch(_OF_ACT, mention.end, hit.start):
            return mention
    return None


def _state_neighbours(ctx: EventContext, hit: CueHit, in_clause: list[Mention]) -> Pair | None:
    """ "Russia and Iran's ties have deepened": a relationship is between the sides named
    just before it, or, when a side follows it after "to" ("pushed Moscow closer to Tehran",
    "hostile to Iran"), between the nearest side before it and that one."""
    # "Russia and China urged the two neighbours": an appeal or a demand (CAMEO 02, 10) is
    # addressed to its object, never a relationship between its subjects.
    if not ctx.is_type(hit, "state") or hit.cue.entry.cameo_code[:2] in _ADDRESSED_ACTS:
        return None
    near = [m for m in in_clause if 0 <= hit.start - m.end <= _STATE_REACH]
    drawn_to = next(
        (m for m in in_clause if ctx.sentence.fullmatch(_DRAWN_TO, hit.end, m.start)), None
    )
    if drawn_to is not None:
        # "the war has pushed Moscow closer to Tehran": the side drawn, and where to.
        drawn = [m for m in near if m.side != drawn_to.side]
        return (drawn[-1], drawn_to) if drawn else None
    if len({m.side for m in near}) < 2:
        return None
    return near[0], next(m for m in near if m.side != near[0].side)


def _relative_opener(ctx: EventContext, hit: CueHit, in_clause: list[Mention]) -> Pair | None:
    """ "Putin, whose country is hosting ..., invited Pezeshkian": the sentence's subject."""
    first = _subject_before_a_relative_clause(ctx, hit)
    if first is None:
        return None
    target = target_of(ctx, hit, first, [first], [m for m in ctx.actors if m.start >= hit.end])
    return (first, target) if target is not None else None


def _subject_before_a_relative_clause(ctx: EventContext, hit: CueHit) -> Mention | None:
    """The actor that opens the sentence when a relative clause follows it, before the cue."""
    first = min(ctx.actors, key=lambda m: m.start, default=None)
    sentence = ctx.sentence
    if (
        first is None
        or sentence.slice(sentence.start, first.start).strip()
        or not sentence.match(_RELATIVE_OPENER, first.end)
        or first.end > hit.start
    ):
        return None
    return first


def _relative_clause_subject(
    ctx: EventContext, hit: CueHit, in_clause: list[Mention]
) -> Pair | None:
    """ "Russia has proposed its own concept, which Iran has welcomed": the relative clause's
    subject acts on the antecedent's owner, the nearest actor of another side before it.
    An act with an object of its own ("drones from Iran, which Moscow has used to strike
    Ukraine's cities") is done to that object, not to the antecedent."""
    sentence = ctx.sentence
    subject = next((m for m in in_clause if m.end <= hit.start), None)
    if subject is None or any(m.start >= hit.end and m.side != subject.side for m in in_clause):
        return None
    pronoun = sentence.search(_RELATIVE_SUBJECT, None, subject.start)
    if pronoun is None:
        return None
    antecedent = next(
        (m for m in reversed(ctx.actors) if m.end <= pronoun.start() and m.side != subject.side),
        None,
    )
    return (subject, antecedent) if antecedent is not None else None


def _relative_pronoun_subject(
    ctx: EventContext, hit: CueHit, in_clause: list[Mention]
) -> Pair | None:
    """ "the two countries, which cooperate closely on Syria", "Putin, who visited Tehran":
    the relative pronoun right before the verb stands for the actor before it."""
    sentence = ctx.sentence
    antecedent = next((m for m in reversed(ctx.actors) if m.end <= hit.start), None)
    if antecedent is None or not sentence.fullmatch(_PRONOUN_TO_VERB, antecedent.end, hit.start):
        return None
    others = [m for m in ctx.actors if m.side != antecedent.side]
    target = _pair_partner(antecedent, list(ctx.actors)) or target_of(
        ctx, hit, antecedent, [m for m in others if m.end <= antecedent.start], in_clause
    )
    return (antecedent, target) if target is not None else None


def _victim_of_the_judged(
    ctx: EventContext, hit: CueHit, in_clause: list[Mention]
) -> Pair | _NoPair | None:
    """ "Russia called the US strikes a provocation against Iran": what a complaint judges is
    done against the party after "against"; that party is its victim, and the complaint is
    aimed at the judged thing's author, named between the complainer and the judgement. A
    sentence that names no author ("the envoy said the draft was a provocation against
    Iran") pairs none."""
    if not ctx.is_complaint(hit.cue.entry.event_type):
        return None
    after = ctx.sentence.match(_AGAINST, hit.end)
    victim = next((m for m in ctx.actors if after and m.start == after.end()), None)
    complainer = _complainer(ctx, hit, in_clause)
    if victim is None or complainer is None:
        return None
    if ctx.sentence.fullmatch(_SUBJECT_TO_VERB, complainer.end, hit.start):
        return None
    author = next(
        (
            m
            for m in reversed(ctx.actors)
            if complainer.end <= m.start
            and m.end <= hit.start
            and m.side not in (complainer.side, victim.side)
        ),
        None,
    )
    return (complainer, author) if author is not None else NO_PAIR


def _object_in_the_gap(ctx: EventContext, hit: CueHit, in_clause: list[Mention]) -> Pair | None:
    """ "Russia let Iran down", "Moscow is courting Tehran's favour", "rushed to Iran's
    defence": a party named inside the words of a cue is its object, and the subject before
    the cue its actor."""
    inside = next(
        (m for m in in_clause if hit.start < m.start and m.end < hit.end and m.kind != "adjective"),
        None,
    )
    subject = next((m for m in reversed(in_clause) if m.end <= hit.start), None)
    if inside is None or subject is None or subject.side == inside.side:
        return None
    return subject, inside


def _adjacent_subject(ctx: EventContext, hit: CueHit, in_clause: list[Mention]) -> Pair | None:
    """ "a statement that Moscow signed with Gulf states", "Explosions rocked Kyiv as Russia
    attacked": an actor right before the verb, with only auxiliaries and adverbs between, is
    its subject, whoever the clause named first; its target follows the verb."""
    sentence = ctx.sentence
    before = [m for m in in_clause if m.end <= hit.start]
    verb = sentence.match(_FIRST_WORD, hit.start)
    if not before or before[-1].kind in ("adjective", "pair") or verb is None:
        return None
    subject = before[-1]
    if not is_verb_only(verb.group().lower()):
        return None
    if not sentence.fullmatch(_SUBJECT_TO_VERB, subject.end, hit.start) or any(
        sentence.fullmatch(_SUBJECT_JOINT, m.end, subject.start) for m in before[:-1]
    ):
        return None
    # The object follows the verb even where reported content begins ("accused Armenia").
    _, clause_end = clause_bounds(sentence, hit.start)
    after = [m for m in ctx.actors if hit.end <= m.start and m.end <= clause_end]
    target = target_of(ctx, hit, subject, before[:-1], after)
    return (subject, target) if target is not None else None


def _subject_and_target(
    ctx: EventContext, hit: CueHit, in_clause: list[Mention]
) -> Pair | _NoPair | None:
    """The first actor before the cue and the first of another side after it, looked for in
    the clause, then in the whole sentence."""
    pair = _first_before_and_after(ctx, hit, in_clause)
    if pair is not None:
        return pair
    subject = _reported_subject(ctx, hit, in_clause)
    if subject is not None:
        return _reported_pair(ctx, hit, subject, in_clause)
    if _answers_first_actor(ctx, hit, in_clause):
        # "Putin offered to mediate, but Washington rebuffed the proposal": a clause with
        # a subject of its own answers the sentence's first actor.
        subject = in_clause[0]
        partner = next((m for m in ctx.actors if m.side != subject.side), None)
        return (subject, partner) if partner else None
    return _first_before_and_after(
        ctx, hit, [m for m in ctx.actors if not _subject_of_another_clause(ctx, hit, m)]
    )


def _opens_after_a_bound(ctx: EventContext, clause_start: int) -> bool:
    """Whether the clause opens reported content, or the main clause after an opening
    adverbial ("In a meeting with Erdogan on Tuesday, Raisi praised ...")."""
    opening = opening_adverbial(ctx.sentence)
    return clause_start in ctx.reporting_bounds or (
        opening is not None and clause_start == opening[1]
    )


def _reported_pair(
    ctx: EventContext, hit: CueHit, subject: Mention, in_clause: list[Mention]
) -> Pair | _NoPair | None:
    """ "The Kremlin denied that Tehran had requested military assistance": the reported
    clause's subject does the act; only its target is looked for in the rest of the
    sentence."""
    earlier = [m for m in ctx.actors if m.end <= subject.start]
    later = [m for m in ctx.actors if m.start >= hit.end]
    target = target_of(ctx, hit, subject, earlier, later)
    if target is None and _coordinated_with(ctx, hit, subject, in_clause):
        # "Peskov said Russia and Iran remained partners in the fight against terrorism":
        # the listed subjects fight together, against no one named.
        return NO_PAIR
    return (subject, target) if target is not None else None


def _subject_of_another_clause(ctx: EventContext, hit: CueHit, mention: Mention) -> bool:
    """ "When Britain, France and Germany triggered snapback, Moscow rushed to ...": the
    subject of the main clause acts there; it is no party to the opening clause's act."""
    opening = opening_adverbial(ctx.sentence)
    return (
        opening is not None
        and hit.end <= opening[1] <= mention.start
        # "In a meeting with Erdogan, the Leader warned": with no subject of its own, the
        # opening's act is the main subject's.
        and any(m.end <= hit.start for m in ctx.actors)
        and ctx.sentence.fullmatch(_CLAUSE_OPENING, opening[1], mention.start) is not None
    )


def _object_first(ctx: EventContext, hit: CueHit, after: list[Mention]) -> Pair | None:
    """ "the arms embargo imposed on Iran under UN Security Council resolution": with no actor
    before the act, the one it is done to comes first and the source after it."""
    if not after or (
        not objects_of(ctx.sentence, hit, after[:1], after[0])
        and not ctx.sentence.fullmatch(_PARTICIPLE_ON, hit.end, after[0].start)
        and not _destination(ctx, hit, after[0])
    ):
        return None
    source = next((m for m in after[1:] if m.side != after[0].side), None)
    return (source, after[0]) if source is not None else None


def _destination(ctx: EventContext, hit: CueHit, mention: Mention) -> bool:
    """ "On arrival in the Russian capital, Araghchi said": the place a visit's cue leads to
    is its host, whoever is named after it."""
    return (
        hit.cue.entry.event_type == "visit"
        and ctx.sentence.slice(hit.start, hit.end).endswith((" in", " to"))
        and ctx.sentence.fullmatch(_ARTICLE_GAP, hit.end, mention.start) is not None
    )


def _first_before_and_after(ctx: EventContext, hit: CueHit, pool: list[Mention]) -> Pair | None:
    before = [m for m in pool if m.end <= hit.start]
    # "rushed to Tehran's defence": an actor inside the cue's phrase is done the act to.
    after = [m for m in pool if m.start >= hit.end or hit.start < m.start < m.end <= hit.end]
    if before:
        target = target_of(ctx, hit, before[0], before, after)
        return (before[0], target) if target is not None else None
    object_first = _object_first(ctx, hit, after)
    if object_first is not None:
        return object_first
    if not after:
        return None
    partner = next(
        (m for m in after if m.side != after[0].side and m not in co_agents(ctx, hit, after[0])),
        None,
    )
    if partner is None:
        return None
    if _introduced_by_with(ctx, hit, after[:1]) is not None:
        # "In a separate meeting with Erdogan, the Leader warned ...": the one met follows
        # "with"; the one who met him is the subject after it.
        return partner, after[0]
    return after[0], partner


def _reported_subject(ctx: EventContext, hit: CueHit, in_clause: list[Mention]) -> Mention | None:
    """The subject that opens reported content ("denied that Tehran had requested ..."). A
    complaint word there is the speaker's own ("complained that Russia delayed ..."), and so
    is the relationship a speaker describes ("complain that Iran is a rival")."""
    clause_start, _ = ctx.clause(hit.start)
    subject = in_clause[0] if in_clause else None
    entry = ctx.lexicons.event_types.get(hit.cue.entry.event_type)
    if (
        subject is None
        or entry is None
        or entry.complaint
        or hit.cue.entry.timing == "state"
        or subject.end > hit.start
        or not _opens_after_a_bound(ctx, clause_start)
        or not ctx.sentence.fullmatch(_REPORTED_OPENING, clause_start, subject.start)
        # "had requested military assistance": the noun is the object of the verb's act;
        # "Russia has delayed deliveries of Su-35s": delayed, they are still Russia's.
        or any(
            subject.end <= h.start
            and h.end <= hit.start
            and not _tells_the_same_supply(ctx, h, hit)
            for h in ctx.cue_hits
        )
    ):
        return None
    return subject


def _tells_the_same_supply(ctx: EventContext, before: CueHit, hit: CueHit) -> bool:
    """Whether a cue before goods is their supply, or its delay or halt ("delayed deliveries
    of Su-35s"), not another act they are the object of."""
    return ctx.is_type(hit, "transfer") and (
        ctx.withholds(before) or ctx.is_type(before, "transfer")
    )


def _answers_first_actor(ctx: EventContext, hit: CueHit, in_clause: list[Mention]) -> bool:
    clause_start, _ = ctx.clause(hit.start)
    subject = in_clause[0] if in_clause else None
    return (
        any(end == clause_start for _, end in coordinate_breaks(ctx.sentence))
        and subject is not None
        and subject.end <= hit.start
        and ctx.sentence.fullmatch(_CLAUSE_OPENING, clause_start, subject.start) is not None
    )


Rule = Callable[[EventContext, CueHit, list[Mention]], Pair | None]
_SPECIFIC_RULES: tuple[Rule, ...] = (
    _object_in_the_gap,
    _victim_of_the_judged,
    _opening_participle,
    _quoted_complaint,
    _complaint_at_the_possessor,
    _complaint_about_earlier_act,
    _mediator_of_talks,
    _purpose_of_a_transfer,
    _helped_party_acts,
    _offended_object,
    _offended_subject,
    _felt_in,
    _buyer_of_goods,
    _source_and_object,
    _party_of_the_possessor,
    _possessor_agent,
    _passive_agent,
    _summoned_in_the_passive,
    _goods_the_recipient_got,
    _recipient_subject,
    _between_pair,
    _joint_subject,
    _answer_to_the_charge,
    _accused_actor,
    _invited_to_act,
)
_GENERAL_RULES: tuple[Rule, ...] = (
    _complaint_at_an_act_told_before,
    _state_neighbours,
    _relative_opener,
    _relative_clause_subject,
    _relative_pronoun_subject,
    _adjacent_subject,
    _subject_and_target,
)


def _agent_after(ctx: EventContext, hit: CueHit, mentions: list[Mention]) -> Mention | None:
    """ "condemnation from Moscow", "was attacked by Israel": the actor the act comes from
    follows it. In "condemned the sanctions imposed by Washington" the agent is the nested
    act's, not the complaint's."""
    sentence = ctx.sentence
    following = [m for m in mentions if m.start >= hit.end and not _nested_agent(ctx, hit, m)]
    if not following:
        return None
    agent = sentence.fullmatch(_AGENT, hit.end, following[0].start)
    if agent is not None and not _origin_of_a_verb(ctx, hit, agent.group("word")):
        return following[0]
    if (
        len(following) > 1
        and sentence.fullmatch(_OBJECT_BEFORE, hit.end, following[0].start)
        and sentence.fullmatch(_AGENT_AFTER_OBJECT, following[0].end, following[1].start)
    ):
        # "a visit to Tehran by President Putin": the object, then the agent.
        return following[1]
    return None


def _origin_of_a_verb(ctx: EventContext, hit: CueHit, word: str) -> bool:
    """ "recalled its ambassador from Iran": after a verb, "from" says where from, and the
    act is its subject's. After a noun ("condemnation from Moscow") or a transfer ("bought
    drones from Iran") it names the source."""
    verb = ctx.sentence.slice(hit.start, hit.end).split()[0].lower()
    return word == "from" and is_verb_only(verb) and not ctx.is_type(hit, "transfer")


def _modifying_source(ctx: EventContext, hit: CueHit, mentions: list[Mention]) -> Mention | None:
    """The actor in the act's own noun phrase that names its source: "Iranian drones", or a
    name used as a modifier when the act's object follows ("UN sanctions on Iran")."""
    entry = ctx.lexicons.event_types.get(hit.cue.entry.event_type)
    if entry is None or not entry.source_adjective:
        return None
    sentence = ctx.sentence
    for mention in reversed(mentions):
        if adjective_modifies(sentence, mention, hit):
            return _first_of_a_compound(sentence, mention, mentions)
        if (
            mention.kind == "name"
            and mention.end <= hit.start
            and not sentence.slice(mention.end, hit.start).strip()
            and objects_of(sentence, hit, mentions, mention)
        ):
            return mention
    return None


def _first_of_a_compound(sentence: Sentence, mention: Mention, mentions: list[Mention]) -> Mention:
    """ "Russian-Iranian trade": of two adjectives joined by a hyphen, the first names the
    source, as the compound reads."""
    first = next(
        (
            m
            for m in mentions
            if m.kind == "adjective"
            and m.end < mention.start
            and sentence.slice(m.end, mention.start) in ("-", "–")
        ),
        None,
    )
    return first or mention


def adjective_modifies(sentence: Sentence, mention: Mention, hit: CueHit) -> bool:
    """ "Iranian drones", "Western sanctions": a nationality adjective in the cue's noun
    phrase, which names where the thing comes from."""
    return (
        mention.kind == "adjective"
        and mention.end <= hit.start
        and bool(_ADJECTIVE_GAP.match(sentence.slice(mention.end, hit.start)))
    )


def objects_of(
    sentence: Sentence, hit: CueHit, mentions: list[Mention], source: Mention
) -> list[Mention]:
    """Actors of another side than ``source`` that the act is done to ("strikes on Iran")."""
    return [
        m
        for m in mentions
        if m.start >= hit.end
        and m.side != source.side
        and sentence.fullmatch(_OBJECT_BEFORE, hit.end, m.start)
    ]


def target_of(
    ctx: EventContext, hit: CueHit, actor1: Mention, before: list[Mention], after: list[Mention]
) -> Mention | None:
    """The target of ``actor1``'s act: its pair partner, a transfer's recipient, the partner
    introduced by "with", else the first actor of another side after the cue (or before)."""
    others = [
        m
        for m in after
        if m.side != actor1.side and not is_possessor(ctx, m) and not target_of_use(ctx, hit, m)
    ]
    partner = _pair_partner(actor1, before + after)
    outsiders = _outsiders(ctx, hit, actor1, others)
    if outsiders:
        return outsiders[0]
    if partner is not None:
        return partner
    partner = _recipient(ctx, hit, actor1, before)
    if partner is not None:
        return partner
    introduced = _introduced_by_with(ctx, hit, others)
    if introduced is not None:
        return introduced
    if others:
        return others[0]
    partners = (
        [] if ctx.is_type(hit, "interaction") else _coordinated_with(ctx, hit, actor1, before)
    )
    return next((m for m in reversed(before) if m.side != actor1.side and m not in partners), None)


def target_of_use(ctx: EventContext, hit: CueHit, mention: Mention) -> bool:
    """ "drones for use against Ukraine", "missiles for Russia to use in strikes on Ukraine":
    whom transferred weapons are used against is not their recipient."""
    return ctx.is_type(hit, "transfer") and bool(
        ctx.sentence.search(_AGAINST_BEFORE, hit.end, mention.start)
    )


def _bound_act_between(ctx: EventContext, hit: CueHit, mention: Mention) -> bool:
    """ "pledged to counter Western sanctions": the cue binds an infinitive act named before
    a later actor, whose role in the sentence then belongs to that act."""
    binds = ctx.binds_an_act(hit) or ctx.sentence.match(_TO_NEXT, hit.end) is not None
    return binds and any(hit.end <= h.start and h.end <= mention.start for h in ctx.cue_hits)


def _nested_agent(ctx: EventContext, hit: CueHit, mention: Mention) -> bool:
    """Whether ``mention`` is the agent of a passive participle after another act between
    the cue and it ("condemned the sanctions imposed by Washington"), not of the cue."""
    return any(
        hit.end <= h.start
        and ctx.sentence.fullmatch(_PARTICIPLE_BY, h.end, mention.start) is not None
        for h in ctx.cue_hits
    )


def _outsiders(
    ctx: EventContext, hit: CueHit, actor1: Mention, others: list[Mention]
) -> list[Mention]:
    """ "Both sides criticised the United States", "the two countries pledged to counter
    Western sanctions": a group's statement or hostile act is done to the actors of other
    sides named after it, not by one member to another; its members meet, agree, trade and
    relate with each other."""
    if actor1.kind != "pair" or not (ctx.is_type(hit, "statement") or ctx.is_type(hit, "act")):
        return []
    group = {m.side for m in _group_of(ctx, actor1)}
    _, clause_end = ctx.clause(hit.start)
    return [
        m
        for m in others
        if m.side not in group and m.end <= clause_end and not _bound_act_between(ctx, hit, m)
    ]


def _pair_partner(actor1: Mention, mentions: list[Mention]) -> Mention | None:
    """ "The two leaders met": each member of a pair mention is the other's partner."""
    if actor1.kind != "pair":
        return None
    return next(
        (
            m
            for m in mentions
            if m.kind == "pair" and m.start == actor1.start and m.side != actor1.side
        ),
        None,
    )


def _coordinated_with(
    ctx: EventContext, hit: CueHit, actor1: Mention, before: list[Mention]
) -> list[Mention]:
    """ "Russia, China and Iran condemned ...": the subjects listed with ``actor1`` right
    before the act do it with it; none is its target (a joint meeting or agreement aside)."""
    partners, last = [], actor1
    for m in before:
        if m.start < last.end:
            continue
        if not ctx.sentence.fullmatch(_SUBJECT_JOINT, last.end, m.start):
            break
        partners.append(m)
        last = m
    # "Britain, France and Germany triggered the snapback": a list closes with "and"; "for
    # the Kremlin, Tehran has never been an ally" lists nothing.
    # "Turkey and Azerbaijan signed a gas accord": what a joint act is about is theirs.
    before_last = partners[-2] if len(partners) > 1 else actor1
    closed = bool(partners) and ctx.sentence.search(_AND_WORD, before_last.end, last.start)
    joint = any(
        last.end <= h.start and h.end <= hit.start and ctx.is_type(h, "interaction")
        for h in ctx.cue_hits
    )
    # A hostile act's noun may follow its verb ("triggered the snapback"); other subjects
    # stand right before their cue ("Russia and Iran remained partners", "have deepened
    # trade" are of the pair itself).
    gap = _SUBJECT_TO_VERB_OR_DIRECT if ctx.is_type(hit, "act") else _SUBJECT_TO_VERB
    if not closed or joint or not ctx.sentence.fullmatch(gap, last.end, hit.start):
        return []
    return partners


def _recipient(
    ctx: EventContext, hit: CueHit, actor1: Mention, before: list[Mention]
) -> Mention | None:
    """ "supplied Russia with missiles": the recipient stands between the verb and "with"."""
    if not ctx.is_type(hit, "transfer"):
        return None
    return next(
        (
            m
            for m in reversed(before)
            if m is not actor1
            and m.side != actor1.side
            and _WITH_OBJECT.match(ctx.sentence.slice(m.end, hit.start))
        ),
        None,
    )


def _introduced_by_with(ctx: EventContext, hit: CueHit, others: list[Mention]) -> Mention | None:
    """ "held talks in Moscow with Araghchi": an interaction's partner follows "with"."""
    if not ctx.is_type(hit, "interaction"):
        return None
    for mention in others:
        with_word = ctx.sentence.search(_WITH_BEFORE, None, mention.start)
        if with_word is not None and with_word.start() >= hit.end:
            return mention
    return None


def coordinated_subjects(ctx: EventContext, hit: CueHit, pair: Pair) -> list[Pair]:
    """ "Russia, China and Iran condemned the strikes", "Britain as well as France": every
    coordinated subject does the act to the same target."""
    actor1, target = pair
    sentence = ctx.sentence
    clause_start, _ = ctx.clause(hit.start)
    if (
        actor1.end > hit.start
        or actor1.kind == "pair"
        or actor1.start < clause_start
        or not sentence.fullmatch(_CLAUSE_OPENING, clause_start, actor1.start)
    ):
        return []
    members, last, listed = [], actor1, [actor1]
    for m in ctx.actors:
        if m.start < last.end or m.end > hit.start:
            continue
        if not sentence.fullmatch(_SUBJECT_JOINT, last.end, m.start):
            break
        if m.side not in (actor1.side, target.side) and m.kind != "adjective":
            members += _joined_to(m, listed, target)
        listed.append(m)
        last = m
    if members and not sentence.fullmatch(_SUBJECT_TO_VERB_OR_DIRECT, last.end, hit.start):
        return []
    return members


def _joined_to(member: Mention, listed: list[Mention], target: Mention) -> list[Pair]:
    """The pairs a further coordinated subject adds. A joint act of the listed subjects
    themselves ("Iran, Russia and China launched a joint exercise", "Putin, Rouhani and
    Erdogan met") pairs it with every member before it, in the order written; an act on a
    target after them pairs it with that target."""
    if target.end > member.start:
        return [(member, target)]
    if target not in listed:
        return [(target, member)]
    first_of_side: dict[str, Mention] = {}
    for m in listed:
        if m.side != member.side:
            first_of_side.setdefault(m.side, m)
    return [(m, member) for m in first_of_side.values()]


# Acts that bring every party of a list together, not each only with the subject.
_GATHERED_BY_LIST = frozenset({"meeting", "agreement"})


def listed_targets(ctx: EventContext, hit: CueHit, pair: Pair) -> list[Pair]:
    """ "funds proxies, including Hamas, Hezbollah and the Houthis", "summoned the envoys of
    Britain, France and Germany": one event per member."""
    actor1, target = pair
    sentence = ctx.sentence
    _, clause_end = ctx.clause(hit.start)
    intro = sentence.search(_LIST_INTRO, hit.end, clause_end)
    if intro is not None:
        return [
            (actor1, m)
            for m in ctx.actors
            if intro.end() <= m.start < clause_end
            and m.side != actor1.side
            and m.kind != "adjective"
        ]
    if hit.cue.entry.timing != "action" and not ctx.sentence.search(
        _WITH_BEFORE, None, target.start
    ):
        # "ties with Israel, Saudi Arabia and the United Arab Emirates": a relationship
        # with a list is one with each member.
        return []
    members = _listed_with(ctx, target, actor1)
    if members and members[-1].end > clause_end:
        return []
    return [(actor1, m) for m in members] + _among_the_listed(ctx, hit, [target, *members])


def _listed_with(ctx: EventContext, first: Mention, actor1: Mention) -> list[Mention]:
    """The actors listed after ``first`` that ``actor1`` acts on: "Britain, France and
    Germany", and adjectives listed before one noun ("on Iranian and Russian entities")."""
    members, last = [], first
    for m in ctx.actors:
        if m.start < last.end:
            continue
        if not ctx.sentence.fullmatch(_LIST_JOINT, last.end, m.start):
            break
        if m.side != actor1.side and (m.kind != "adjective" or last.kind == "adjective"):
            members.append(m)
        last = m
    return members


def _among_the_listed(ctx: EventContext, hit: CueHit, listed: list[Mention]) -> list[Pair]:
    """ "signed a convention with Russia, Azerbaijan, Kazakhstan and Turkmenistan": a meeting
    or an agreement with a list joins every two of its members too, in the order written;
    "with both Israel and Iran" does not."""
    if (
        hit.cue.entry.event_type not in _GATHERED_BY_LIST
        or len(listed) < 2
        or ctx.sentence.search(_BOTH_BEFORE, hit.end, listed[0].start)
    ):
        return []
    return _among_the_members(listed)


def group_members(ctx: EventContext, hit: CueHit, pair: Pair) -> list[Pair]:
    """ "The two countries condemned the strikes", "Western sanctions on both countries": a
    group mention stands for each of its members, so each does the act (or has it done to
    it); "the three countries agreed to meet again" joins every two of them."""
    actor1, actor2 = pair
    group1, group2 = _group_of(ctx, actor1), _group_of(ctx, actor2)
    if group1 and actor2 in group1:
        return [p for p in _among_the_members(group1) if p != pair]
    return [(m, actor2) for m in group1 if m is not actor1 and m.side != actor2.side] + [
        (actor1, m) for m in group2 if m is not actor2 and m.side != actor1.side
    ]


def _group_of(ctx: EventContext, mention: Mention) -> list[Mention]:
    """The members of the group mention ``mention`` stands in for, itself among them."""
    if mention.kind != "pair":
        return []
    return [m for m in ctx.actors if m.kind == "pair" and m.start == mention.start]


def _among_the_members(group: list[Mention]) -> list[Pair]:
    """Every two members of different sides, in the order written."""
    return [
        (first, second)
        for i, first in enumerate(group)
        for second in group[i + 1 :]
        if first.side != second.side
    ]


def _listed_after(ctx: EventContext, first: Mention) -> list[Mention]:
    """The actors listed right after ``first`` ("by the United States and the European
    Union", "from Britain, France and Germany")."""
    listed, last = [], first
    for m in ctx.actors:
        if m.start < last.end or m.kind == "adjective":
            continue
        if not ctx.sentence.fullmatch(_LIST_JOINT, last.end, m.start) or ctx.sentence.match(
            _POSSESSIVE_MARK, m.end
        ):
            # "by Iran, Israel's arch-enemy": a possessor after the comma describes the
            # actor before it; it is not another one listed.
            break
        listed.append(m)
        last = m
    return listed


def listed_agents(ctx: EventContext, hit: CueHit, pair: Pair) -> list[Pair]:
    """ "sanctions imposed by the United States and the European Union": every agent listed
    after the act does it to the same target (the members of a list that meets or signs are
    paired with each other by ``listed_targets``)."""
    actor1, target = pair
    if actor1.start < hit.end or ctx.is_type(hit, "interaction"):
        return []
    return [(m, target) for m in _listed_after(ctx, actor1) if m.side != target.side]


def co_agents(ctx: EventContext, hit: CueHit, first: Mention) -> list[Mention]:
    """ "sanctions imposed by the United States and the European Union": agents listed
    together act side by side, not on each other (a meeting or a deal joins them)."""
    return [] if ctx.is_type(hit, "interaction") else _listed_after(ctx, first)
