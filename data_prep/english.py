"""How English news sentences are built: clauses, quotations and negation.

Shared by every stage that reads sentence structure, so there is one clause splitter and one
quotation pattern. Functions take a ``Sentence`` and document positions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from data_prep.model import Sentence

# Double quotes, and single curly quotes that close before a non-letter (not an apostrophe).
QUOTATION = re.compile(r"“[^“”]*”|\"[^\"]*\"|‘[^‘’]*’(?!\w)")
# Right after a noun phrase, the verb it is the subject of: "said Russian negotiators had".
FINITE_VERB_AFTER = re.compile(
    r"\s+(?:had|has|have|was|were|is|are|would|will|could|can|did|does|do|might|must)\b"
)

# ", known as the E3": a name the writer gives to what comes before it.
_ALIAS_INTRO = (
    r",\s+(?:(?:collectively|jointly|together|also|widely|commonly|often)\s+)?"
    r"(?:known as|called|dubbed|nicknamed|referred to as)\s+"
)
ALIAS_BEFORE = re.compile(_ALIAS_INTRO + r"(?:the\s+)?[\"“‘']?")
# The whole alias between a list of subjects and their verb, as a pattern to embed.
ALIAS_APPOSITION = _ALIAS_INTRO + r"[^,;:]{1,40},"

_CLAUSE_BREAK = re.compile(
    r";|,?\s+but\s+|,\s+while\s+|,\s+whereas\s+|:\s"
    r"|\s+and\s+(?=(?:had|has|have|was|were|is|are|will|would)\b)"
    # "and then struck", ", and then Iran ratified it"; "Israel and then the United States
    # struck" lists two subjects.
    r"|,\s+and\s+(?=then\b)|\s+and\s+(?=then\b(?!\s+(?:the\s+)?[A-Z]))"
    r"|,\s+as\s+(?!well as\b)|,\s+(?:even|just)\s+(?:as|though|if|when)\s+"
    r"|,\s+(?:(?:hours|days|weeks|months|minutes|shortly|soon|just|only|a day|a week|a month"
    r"|two days|two weeks)\s+)?(?:after|before|when|once|until)\s+"
    r"|\s+and\s+(?=[A-Z][\w’'-]*(?:\s+[A-Z][\w-]*)?\s+(?P<verb_s>[a-z]+s)\b)"
    r"|,\s+and\s+(?=(?:[\w’'-]+\s+){1,6}(?:have|has|had|was|were|is|are|will|would|said|says)\b)"
)
# ", and Putin met Iranian President Masoud Pezeshkian", ", and Iran's foreign ministry
# spokesman on Monday dismissed": a subject that opens with a name, then its verb, after
# ", and" (and a time such as "two weeks later") begin a second main clause, whatever the
# verb's tense.
_AND_A_NAMED_SUBJECT = re.compile(
    r",\s+and\s+(?:(?:[\w-]+\s+){0,3}?(?:later|earlier|afterwards)(?:\s+on)?,?\s+)?(?=[A-Z]|the\s)"
)
_SUBJECT_SPAN = re.compile(r"[^,;:!?“”\"]{1,120}")
_SUBJECT_REACH = 10
# "Tensions rose ... after Trump reimposed sanctions on Iran": a subordinator before a named
# subject and its verb begins a clause of its own, with a comma before it or not.
_SUBORDINATE_NAMED_SUBJECT = re.compile(
    r"\s+(?:after|before|since|because|until|once|when|while|whereas|although"
    r"|(?<!such)(?<!well)\s+as)"
    r"\s+(?=(?:[A-Z][\w’'.-]*\s+){1,4}(?P<verb>[a-z]+)\b)"
)
_LOWER_CASE_WORD = re.compile(r"\b[a-z]+\b")


def _has_a_verb(text: str) -> bool:
    """Whether a clause could end before this point: "Russia, China, and Iran condemned" is
    one clause, its subjects a list."""
    return any(is_verb_only(word) for word in _LOWER_CASE_WORD.findall(text))


def _may_be_a_verb(word: str) -> bool:
    """Whether ``word`` (lower case) can be read as a verb form: "says", "plans"."""
    from lemminflect import getAllLemmas

    return "VERB" in getAllLemmas(word)


def _joins_names(before: str) -> bool:
    """Whether an "and" joins two names rather than two clauses: it closes a "between"
    phrase, or nothing before it could end a clause ("Ukraine and Western governments
    say")."""
    return bool(_BETWEEN.search(before)) or not _has_a_verb(before)


# "between the presidents of Iran and Russia is expected": an "and" that closes a
# "between" phrase joins two names, not two clauses.
_BETWEEN = re.compile(r"\bbetween\s+(?:[\w’'-]+\s+){0,5}[\w’'-]+$", re.IGNORECASE)
# An opening adverbial ("Since the start of the war in Ukraine, Russia has ...") is not where
# the subject of the main clause is; a list of names inside it ("When Britain, France and
# Germany triggered ...,") does not end it.
_OPENING_ADVERBIAL = re.compile(
    # "In June, after Israeli strikes on Iran, Putin ...": a time or a place of the whole
    # sentence may come first.
    r"^(?:(?:In|On|By|Last|Earlier|Later|Then|Meanwhile)\b[^,]{0,25},\s+)?"
    r"(?P<adverbial>(?i:Since|With|After|Before|Despite|Following|Amid|Like|Unlike|During|Although|While"
    r"|When|Once|Because|Though|Even as|Even though|Whereas|If|Unless|Until"
    r"|Ahead of|In (?:a|an|his|her|its|their)\s|(?:On|At) (?:a|an|the|his|her|its|their)\s|"
    r"In the wake of|Against)\b"
    r"(?:[^,]|,(?=\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:,|\s+(?:and|or)\s))){0,160},)"
)
# "over the drone supplies", "in response to the strikes", "thanked Russia for its help": a
# cause (what is thanked for is one), then at most one modifier before the act's noun.
# "handed over", "took over" are verbs, not causes. The word boundary comes first: the search
# tries every position before the act, and most are inside a word.
_CAUSE_BEFORE = re.compile(
    r"\b(?:(?<!\bhanded\s)(?<!\bhand\s)(?<!\bhands\s)(?<!\bturned\s)(?<!\btook\s)"
    r"(?P<cause>over|because of|in response to|in retaliation for)"
    r"|(?:thank|thanks|thanked|thanking|praised|praises|commended|credited)\s+"
    r"(?:[\w’'-]+\s+){1,3}?(?P<thanked_for>for))\s+"
    r"(?:(?:the|its|their|his|her|these|those|such)\s+)?(?:[\w-]+\s+)?$"
    # "a day after the strikes", "following the talks": an act told before, as a time. The
    # word after the determiner has no digit: "since the 2023 agreement" dates an act of its own.
    r"|\b(?P<after>after|following|since)\s+(?:the|these|those|this|that)\s+(?:[a-z-]+\s+)?$",
    re.IGNORECASE,
)
# "sided with the UAE on the islands dispute": a state named after "on" is what the act is
# about.
_TOPIC_BEFORE = re.compile(r"\bon\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_WHEN_AFTER = re.compile(r",?\s+when\s+")
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
_WHEN_BEFORE = re.compile(r",\s+when\s+$")
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|whose|which|where|whom)\b[^,]*(?:,|$)")


# "MOSCOW, Jan 17 (Reuters) - ", "TEHRAN, Iran — ", "Tehran (AFP) - ": where and through
# whom a story was filed, before its first sentence.
_DATELINE = re.compile(
    r"\s*(?:[A-Z]{3,}[A-Z .'’-]*(?:,\s+[^,()—–]{2,40}?)?\s*(?:\([^)]{1,40}\))?"
    r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*\([^)]{1,40}\))\s*[-–—]{1,2}\s+"
)


@lru_cache(maxsize=4096)
def is_verb_only(word: str) -> bool:
    """Whether ``word`` (lower case) reads as a verb form: "attacked", "met", "supplying",
    and "accused" (a past form, though "the accused" is a noun), not "talks" or "trip". From
    lemminflect's lexicon."""
    # Imported on first use: its tables take most of a second to load, and only extraction
    # asks, never the app reading a prepared store.
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(word)
    return "VERB" in lemmas and ("NOUN" not in lemmas or word.endswith("ed"))


@lru_cache(maxsize=4096)
def is_past_tense(word: str) -> bool:
    """Whether ``word`` (lower case) is a verb's simple past: "condemned", "flew", "was"."""
    from lemminflect import getAllLemmas, getInflection

    return any(
        word in getInflection(lemma, tag="VBD")
        for lemma in getAllLemmas(word, upos="VERB").get("VERB", ())
    )


# Before an act in its clause, words that tell it as present, perfect or to come.
_NOT_NARRATIVE_PAST = re.compile(
    r"\b(?:has|have|is|are|am|will|would|can|could|may|might|shall|should|must|says|say)\b",
    re.IGNORECASE,
)


def told_in_past(sentence: Sentence, clause_start: int, end: int) -> bool:
    """Whether the clause up to ``end`` tells its act in the simple or past perfect tense
    ("Moscow condemned the strikes", "Araghchi flew to Moscow"), not as present news."""
    words = _LOWER_CASE_WORD.findall(sentence.slice(clause_start, end))
    return not sentence.search(_NOT_NARRATIVE_PAST, clause_start, end) and any(
        is_past_tense(word) for word in words
    )


@lru_cache(maxsize=8)
def _charge_answered(speech_nouns: tuple[str, ...]) -> re.Pattern[str]:
    """ ", a charge Tehran rejects", ", the claims that Moscow denies", ", which Iran denies":
    the charge the clause before made, and who answers it (word_lists speech_nouns)."""
    nouns = "|".join(re.escape(noun) for noun in sorted(speech_nouns, key=len, reverse=True))
    return re.compile(
        rf",\s+(?:(?:an?|the|another)\s+(?:[a-z]+\s+)?(?:{nouns})\s+(?:that\s+)?|which\s+)"
        r"(?:[\w’'.-]+\s+){1,4}$"
    )


def charge_answered_by(
    sentence: Sentence, verb_start: int, speech_nouns: tuple[str, ...]
) -> int | None:
    """Where ", a charge Tehran rejects" begins, when the denying verb starts at
    ``verb_start``: what it denies is the charge of the clause before, not that clause's act
    of charging."""
    found = sentence.search(_charge_answered(speech_nouns), None, verb_start)
    return found.start() if found else None


def dateline_end(sentence: Sentence) -> int | None:
    """Where a dateline that opens the sentence ends, if there is one."""
    found = sentence.match(_DATELINE)
    return found.end() if found else None


_QUESTION = re.compile(r"\?[\s”’\"')]*$")


def is_question(sentence: Sentence) -> bool:
    """Whether the sentence asks ("Why hasn't Russia sent weapons?"): it then reports no
    event and makes no claim; no development gold codes either in one."""
    return sentence.search(_QUESTION) is not None


def quotations(sentence: Sentence) -> tuple[tuple[int, int], ...]:
    """Where the sentence's quotations are, as document spans."""
    return tuple((q.start(), q.end()) for q in sentence.finditer(QUOTATION))


def inside(start: int, end: int, regions: tuple[tuple[int, int], ...] | list) -> bool:
    """Whether ``start..end`` lies strictly inside one of the regions."""
    return any(s < start and end < e for s, e in regions)


def clause_bounds(
    sentence: Sentence, position: int, extra_breaks: tuple[int, ...] = ()
) -> tuple[int, int]:
    """The clause around ``position``; ``extra_breaks`` are further boundaries (such as where
    reported content begins)."""
    start, end = sentence.start, sentence.end
    for break_start, break_end in _sorted_breaks(sentence.text, sentence.start, extra_breaks):
        if break_end <= position:
            start = break_end
        elif break_start >= position:
            end = break_start
            break
    return start, end


def clause_breaks(sentence: Sentence) -> tuple[tuple[int, int], ...]:
    """Every clause boundary: coordinated main clauses, an opening adverbial, relative
    clauses."""
    return tuple((sentence.start + a, sentence.start + b) for a, b in _clause_breaks(sentence.text))


def coordinate_breaks(sentence: Sentence) -> tuple[tuple[int, int], ...]:
    """Where one main clause ends and a coordinated one begins ("; ", ", but ", " and had")."""
    return tuple(
        (sentence.start + a, sentence.start + b) for a, b in _coordinate_breaks(sentence.text)
    )


def subject_clause_start(sentence: Sentence, position: int) -> int:
    """Where the clause around ``position`` starts, with a relative clause that stands between
    a subject and its verb ("Overchuk, who oversees the corridor, said") counted in it."""
    start, _ = clause_bounds(sentence, position)
    for relative in sentence.finditer(_RELATIVE_CLAUSE):
        if relative.end() == start and relative.start() > sentence.start:
            return subject_clause_start(sentence, relative.start() - 1)
    return start


def opening_adverbial(sentence: Sentence) -> tuple[int, int] | None:
    """Where an opening adverbial ("When Britain ... triggered snapback,", "After the talks,")
    is, before the main clause's subject."""
    opening = _OPENING_ADVERBIAL.match(sentence.text)
    if opening is None:
        return None
    return sentence.start + opening.start("adverbial"), sentence.start + opening.end()


def simultaneous_opening(sentence: Sentence) -> tuple[int, int] | None:
    """Where an opening "When ...," or "Once ...," clause is: what it dates happened at the
    time of the main clause ("When Britain ... triggered snapback in late August, Moscow
    rushed to Tehran's defence")."""
    opening = _OPENING_ADVERBIAL.match(sentence.text)
    if opening is None:
        return None
    if opening.group("adverbial").split(None, 1)[0].capitalize() not in ("When", "Once"):
        return None
    return sentence.start + opening.start("adverbial"), sentence.start + opening.end()


def trailing_when_clause(sentence: Sentence, after: int, clause_end: int) -> tuple[int, int] | None:
    """Where a "when" clause that follows position ``after`` in its clause is: "Hatami
    discussed cooperation with Shoigu when he visited Moscow in August" happened when the
    visit did."""
    opening = sentence.search(_WHEN_AFTER, after)
    if opening is None or opening.start() > clause_end:
        return None
    return opening.end(), clause_bounds(sentence, opening.end())[1]


def clause_before_when(sentence: Sentence, clause_start: int) -> tuple[int, int] | None:
    """The clause a trailing "when" clause starting at ``clause_start`` belongs to: "during
    the war in June, when Israel struck Iran" struck when that clause tells, in June."""
    when = sentence.search(_WHEN_BEFORE, None, clause_start)
    if when is None or when.start() <= sentence.start:
        return None
    return clause_bounds(sentence, when.start() - 1)


def after_a_form_of_be(sentence: Sentence, position: int) -> bool:
    """Whether a form of "be" (and an adverb) comes right before ``position``: "are occupied
    by", "was received by", the passive of the participle there."""
    return sentence.search(_BE_BEFORE, None, position) is not None


def cause_before(sentence: Sentence, position: int) -> int | None:
    """Where the words that name what comes at ``position`` as a cause or a time begin ("over
    the drones", "in retaliation for the strikes", "thanked Russia for its help": at "for";
    "a day after the strikes": at "after"), if they do."""
    found = sentence.search(_CAUSE_BEFORE, None, position)
    if found is None:
        return None
    for group in ("cause", "thanked_for"):
        if found.group(group):
            return found.start(group)
    return found.start("after")


def topic_before(sentence: Sentence, position: int) -> int | None:
    """Where "on the" begins when it names what comes at ``position`` as the topic of the act
    before it ("sided with the UAE on the islands dispute")."""
    found = sentence.search(_TOPIC_BEFORE, None, position)
    return found.start() if found else None


def main_clause(sentence: Sentence, position: int) -> int:
    """Which main clause ``position`` is in, counting from 0; relative clauses and opening
    adverbials belong to the clause around them."""
    return sum(end <= position for _, end in coordinate_breaks(sentence))


def negated_before(sentence: Sentence, start: int, end: int, negations: tuple[str, ...]) -> bool:
    """Whether the text between ``start`` and ``end`` ends in a negation ("did not", "failed
    to", "delays in") followed by at most three words."""
    return bool(_negation_pattern(negations).search(sentence.slice(start, end)))


def phrase_alternation(phrases: Iterable[str]) -> str:
    """The phrases of a word list as one alternation of a regular expression: longest first,
    so that no phrase loses to its own beginning, with any white space between words."""
    return "|".join(
        re.escape(phrase).replace(r"\ ", r"\s+")
        for phrase in sorted(phrases, key=len, reverse=True)
    )


@cache
def _negation_pattern(negations: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = phrase_alternation(negations)
    # "without a doubt" affirms.
    return re.compile(
        rf"\b(?:{alternatives})\b(?!\s+(?:a\s+)?doubt)(?:\s+\S+){{0,3}}\s*$", re.IGNORECASE
    )


# Stages ask for the clause around many positions of one sentence; its breaks are placed and
# sorted once.
@lru_cache(maxsize=1024)
def _sorted_breaks(
    text: str, offset: int, extra_breaks: tuple[int, ...]
) -> tuple[tuple[int, int], ...]:
    placed = ((offset + a, offset + b) for a, b in _clause_breaks(text))
    return tuple(sorted([*placed, *((b, b) for b in extra_breaks)]))


@lru_cache(maxsize=256)
def _clause_breaks(text: str) -> tuple[tuple[int, int], ...]:
    opening = _OPENING_ADVERBIAL.match(text)
    # "TEHRAN, Sept 7 (RIA Novosti) – Putin, Rouhani and Erdogan held ...": the first
    # clause, and its subject, begin after the dateline.
    dateline = _DATELINE.match(text)
    return (
        *([(0, dateline.end())] if dateline else []),
        *_coordinate_breaks(text),
        *([(opening.end() - 1, opening.end())] if opening else []),
        *((b, b) for m in _RELATIVE_CLAUSE.finditer(text) for b in (m.start(), m.end())),
        *(
            (m.start(), m.end())
            for m in _SUBORDINATE_NAMED_SUBJECT.finditer(text)
            if is_verb_only(m.group("verb"))
        ),
    )


@lru_cache(maxsize=256)
def _coordinate_breaks(text: str) -> tuple[tuple[int, int], ...]:
    breaks = [
        (m.start(), m.end())
        for m in _CLAUSE_BREAK.finditer(text)
        if not (m.group(0).strip() == "and" and _joins_names(text[: m.start()]))
        # "on Iranian and Russian entities": a noun, not a verb, after the second name.
        and not (m.group("verb_s") and not _may_be_a_verb(m.group("verb_s")))
    ]
    breaks += [
        (m.start(), m.end())
        for m in _AND_A_NAMED_SUBJECT.finditer(text)
        if _opens_with_subject_and_verb(text, m.end())
        and _has_a_verb(text[: m.start()])
        and (m.start(), m.end()) not in breaks
    ]
    return tuple(sorted(breaks))


def _opens_with_subject_and_verb(text: str, start: int) -> bool:
    """Whether a finite verb follows a few words of subject, with no punctuation between:
    the first lower-case word that reads as a verb, not a participle, is the subject's."""
    span = _SUBJECT_SPAN.match(text, start)
    words = span.group(0).split()[:_SUBJECT_REACH] if span else []
    verb = next((w for w in words if w.islower() and is_verb_only(w)), None)
    return verb is not None and not verb.endswith("ing")
