"""Import PETRARCH2's CAMEO verb dictionary as a curated verb lexicon.

Run ``python -m data_prep.cameo_import`` to rebuild ``lexicons/cameo_verbs.csv`` from the
committed raw dictionary ``lexicons/sources/petrarch2_CAMEO.2.0.txt`` (MIT, Open Event Data;
provenance in ``lexicons/sources/README.md``). Only the dictionary's data is used.

The work is done by pure functions, in four steps:

1. ``parse_dictionary`` reads the file into synonym sets and verb blocks. A block starts
   ``---  NAME  [code]  ---``; its verb lines give a verb, its listed forms in ``{...}`` and an
   optional own code; its pattern lines ``- PRE * POST [code] # VERB`` hold words around the
   verb's place ``*``: plain words, ``&NAME`` synonym sets, ``{...}`` fixed phrases,
   ``(PREP ...)`` prepositional phrases, ``+`` the target and ``$`` the source.
2. ``dictionary_records`` turns blocks into (verb lemma, listed forms, pattern, CAMEO code)
   records: one for each verb with a code of its own, and one for each pattern, credited to
   the verb its comment names (the verb the pattern was written for), not to every synonym.
3. ``curate`` keeps the records that fit news prose about states and officials (see the
   rules below; every drop is counted by reason).
4. ``build_rows`` adds event type and polarity from ``lexicons/cameo_event_types.csv``
   (longest code prefix wins), Goldstein weights from ``lexicons/cameo.csv`` and the verb's
   inflected forms from lemminflect.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
import warnings
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lemminflect import getAllInflections, getAllLemmas, getInflection

from data_prep.lexicons import csv_text
from data_prep.schema import EVENT_TYPES, POLARITIES

# lemminflect 0.2.3 unpickles its tables with an argument NumPy 2.4 deprecates.
warnings.filterwarnings("ignore", message=r"dtype\(\): align", module=r"lemminflect")

LEXICON_DIR = Path(__file__).parent / "lexicons"
RAW_DICTIONARY = LEXICON_DIR / "sources" / "petrarch2_CAMEO.2.0.txt"
EVENT_TYPE_TABLE = LEXICON_DIR / "cameo_event_types.csv"
GOLDSTEIN_TABLE = LEXICON_DIR / "cameo.csv"
OUTPUT = LEXICON_DIR / "cameo_verbs.csv"
SOURCE = "petrarch2"

OUTPUT_COLUMNS = (
    "lemma",
    "pattern",
    "cameo_code",
    "event_type",
    "polarity",
    "goldstein",
    "goldstein_code",
    "forms",
    "source",
    "petrarch_block",
    "petrarch_pattern",
    "petrarch_line",
)


# --------------------------------------------------------------------------------------------
# Parsing
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Word:
    """A plain word of a pattern (for nouns, the head of the phrase it stands for)."""

    text: str


@dataclass(frozen=True)
class Phrase:
    """``{A B C}``: words that must come in this order; the last is the head."""

    items: tuple[Element, ...]


@dataclass(frozen=True)
class Synset:
    """``&NAME``: any member of the synonym set defined under that name."""

    name: str


@dataclass(frozen=True)
class Prep:
    """``(PREP ...)``: a prepositional phrase, the preposition and what it governs."""

    prep: str
    items: tuple[Element, ...]


@dataclass(frozen=True)
class Marker:
    """``+`` target, ``$`` source, ``^`` skip a noun phrase, ``%`` compound actor."""

    symbol: str


Element = Word | Phrase | Synset | Prep | Marker

MARKERS = frozenset("+$^%")


@dataclass(frozen=True)
class Pattern:
    pre: tuple[Element, ...]
    post: tuple[Element, ...]
    code: str  # active-voice CAMEO code, "" for none
    passive_code: str  # the code after ":" (the passive reading), "" for none
    verb_hint: str  # the verb named in the comment, lower case with spaces ("ruled out")
    raw: str  # the pattern as written, without its code and comment
    line: int


@dataclass(frozen=True)
class Verb:
    lemma: str  # lower case, words separated by spaces ("ask for")
    head: int  # index of the inflected word in the lemma's words
    listed_forms: tuple[str, ...]
    code: str  # its own code if it has one, else the block's ("" for none)
    line: int


@dataclass(frozen=True)
class Block:
    name: str
    code: str
    verbs: tuple[Verb, ...]
    patterns: tuple[Pattern, ...]


@dataclass(frozen=True)
class Dictionary:
    synsets: Mapping[str, tuple[str, ...]]
    blocks: tuple[Block, ...]
    malformed: tuple[int, ...] = ()  # line numbers of patterns that could not be parsed


_BLOCK_HEADER = re.compile(r"^---\s*(\S+?)\s*\[([^\]]*)\]\s*---")
_CODE = re.compile(r"\[([^\]]*)\]")
_TOKEN = re.compile(r"[{}()]|[^\s{}()]+")
# The file's opening notes and its transformation rules hold no verbs or synonym sets.
_UNREAD_SECTIONS = ("head", "transformations")


def parse_code(text: str) -> tuple[str, str]:
    """``[042:043]`` -> ("042", "043"); ``[---]`` -> ("", ""); ``[:173]`` -> ("", "173")."""
    inner = text.strip().removeprefix("[").removesuffix("]").strip()
    active, _, passive = inner.partition(":")

    def clean(code: str) -> str:
        code = code.strip()
        return code if code.isdigit() else ""

    return clean(active), clean(passive)


def _words(token: str) -> str:
    return token.replace("_", " ").strip().lower()


def tokenize(text: str) -> list[str]:
    return _TOKEN.findall(text)


def parse_elements(tokens: Sequence[str]) -> tuple[Element, ...]:
    """Pattern tokens (one side of ``*``) to elements; brackets may nest one level."""
    elements, position = _parse_until(list(tokens), 0, None)
    if position != len(tokens):
        raise ValueError(f"unbalanced brackets in {' '.join(tokens)!r}")
    return elements


def _parse_until(tokens: list[str], position: int, closer: str | None) -> tuple[tuple, int]:
    elements: list[Element] = []
    while position < len(tokens):
        token = tokens[position]
        if token == closer:
            return tuple(elements), position + 1
        if token in ("}", ")"):
            raise ValueError(f"unexpected {token!r} in {' '.join(tokens)!r}")
        if token == "{":
            items, position = _parse_until(tokens, position + 1, "}")
            elements.append(Phrase(items))
            continue
        if token == "(":
            items, position = _parse_until(tokens, position + 1, ")")
            if not items or not isinstance(items[0], Word):
                raise ValueError(f"prepositional phrase without preposition: {tokens!r}")
            elements.append(Prep(items[0].text, items[1:]))
            continue
        if token in MARKERS:
            elements.append(Marker(token))
        elif token.startswith("&"):
            elements.append(Synset(token))
        elif token != ",":
            elements.append(Word(_words(token)))
        position += 1
    if closer is not None:
        raise ValueError(f"missing {closer!r} in {' '.join(tokens)!r}")
    return tuple(elements), position


def parse_pattern_line(line: str, number: int = 0) -> Pattern:
    """``- PRE * POST [code] # VERB comment`` -> Pattern."""
    body, _, comment = line.lstrip()[1:].partition("#")
    codes = list(_CODE.finditer(body))
    if codes:
        active, passive = parse_code(codes[-1].group(0))
        body = body[: codes[-1].start()]
    else:
        active, passive = "", ""
    before, star, after = body.partition("*")
    if not star:
        raise ValueError(f"pattern without '*': {line!r}")
    hint_tokens = comment.split()
    hint = _words(hint_tokens[0]) if hint_tokens and hint_tokens[0][:1].isalpha() else ""
    return Pattern(
        pre=parse_elements(tokenize(before)),
        post=parse_elements(tokenize(after)),
        code=active,
        passive_code=passive,
        verb_hint=hint,
        raw=" ".join(body.split()),
        line=number,
    )


def _verb_words(token: str) -> tuple[str, int]:
    """``+ASK_FOR`` -> ("ask for", 0); ``WIRE_+TAP`` -> ("wire tap", 1); ``ASK`` -> ("ask", 0)."""
    parts = [part for part in token.split("_") if part]
    head = next((i for i, part in enumerate(parts) if part.startswith("+")), 0)
    return " ".join(part.lstrip("+").lower() for part in parts), head


def parse_verb_line(line: str, block_code: str, number: int = 0) -> Verb | None:
    """``PLAN {PLANS PLANNED PLANNING } [030] # comment`` -> Verb (None for a blank line)."""
    body = line.partition("#")[0]
    own_code = ""
    codes = list(_CODE.finditer(body))
    if codes:
        own_code = parse_code(codes[-1].group(0))[0]
        body = body[: codes[-1].start()] + body[codes[-1].end() :]
    tokens = tokenize(body)
    if not tokens:
        return None
    lemma, head = _verb_words(tokens[0])
    listed: list[str] = []
    if "{" in tokens:
        start = tokens.index("{")
        end = tokens.index("}", start) if "}" in tokens[start:] else len(tokens)
        listed = [_verb_words(t)[0] for t in tokens[start + 1 : end] if t != ","]
    return Verb(
        lemma=lemma,
        head=head,
        listed_forms=tuple(listed),
        code=own_code or block_code,
        line=number,
    )


def parse_synset_member(text: str) -> tuple[str, bool]:
    """``+PRIME_MINISTER`` -> ("prime minister", True); ``+CASH_`` -> ("cash", False).

    The flag says whether a plural may be formed (a trailing ``_`` forbids it)."""
    term = text.strip().lstrip("+")
    return _words(term.rstrip("_")), not term.endswith("_")


@dataclass
class _DictionaryReader:
    """What is known while the file is read line by line: the section the line is in, the
    synonym set being listed and the verb block being read (a block ends only when the next
    one starts, or at the transformations section, so its verbs and patterns accumulate)."""

    section: str = "head"
    synset: str = ""
    synsets: dict[str, list[str]] = field(default_factory=dict)
    blocks: list[Block] = field(default_factory=list)
    block_name: str = ""
    block_code: str = ""
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)
    malformed: list[int] = field(default_factory=list)

    def read_line(self, stripped: str, number: int) -> None:
        if stripped.startswith("####"):
            self._enter_section(stripped)
        elif not stripped or stripped.startswith("#") or self.section in _UNREAD_SECTIONS:
            return
        elif stripped.startswith("&"):
            # A set name opens a set wherever it appears, even among the verb patterns.
            self.synset = stripped.split()[0]
            self.synsets.setdefault(self.synset, [])
        elif self.section == "synsets":
            self._read_synset_member(stripped)
        else:
            self._read_verb_section_line(stripped, number)

    def _enter_section(self, heading: str) -> None:
        if "SYNONYM SETS" in heading:
            self.section = "synsets"
        elif "VERB PATTERNS" in heading:
            self.section = "verbs"
        elif "TRANSFORMATIONS" in heading:
            # Transformation rules ("~ a (a b ATTACK) SAY = ...") rewrite events, not verbs:
            # the last block ends here.
            self.close_block()
            self.block_name = ""
            self.section = "transformations"

    def _read_synset_member(self, stripped: str) -> None:
        if stripped.startswith("+") and self.synset:
            self.synsets[self.synset].append(stripped.split("#")[0].strip())

    def _read_verb_section_line(self, stripped: str, number: int) -> None:
        header = _BLOCK_HEADER.match(stripped)
        if header:
            self._open_block(header)
        elif stripped.startswith("-"):
            self._read_pattern(stripped, number)
        elif stripped.startswith("~"):
            return  # a "~" line is a transformation rule, not a verb
        elif self.block_name:
            verb = parse_verb_line(stripped, self.block_code, number)
            if verb is not None:
                self.verbs.append(verb)

    def _open_block(self, header: re.Match[str]) -> None:
        self.close_block()
        self.block_name = header.group(1)
        self.block_code = parse_code("[" + header.group(2) + "]")[0]
        self.verbs, self.patterns = [], []

    def _read_pattern(self, stripped: str, number: int) -> None:
        # A malformed pattern is counted, not fatal: the rest of the dictionary is still usable.
        try:
            self.patterns.append(parse_pattern_line(stripped, number))
        except ValueError:
            self.malformed.append(number)

    def close_block(self) -> None:
        if self.block_name:
            self.blocks.append(
                Block(self.block_name, self.block_code, tuple(self.verbs), tuple(self.patterns))
            )

    def dictionary(self) -> Dictionary:
        return Dictionary(
            synsets={key: tuple(members) for key, members in self.synsets.items()},
            blocks=tuple(self.blocks),
            malformed=tuple(self.malformed),
        )


def parse_dictionary(text: str) -> Dictionary:
    reader = _DictionaryReader()
    for number, raw in enumerate(text.splitlines(), start=1):
        reader.read_line(raw.strip(), number)
    reader.close_block()
    return reader.dictionary()


# --------------------------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Record:
    """One verb sense: a verb, the pattern that follows it (may be empty) and a CAMEO code."""

    lemma: str
    head: int
    listed_forms: tuple[str, ...]
    pre: tuple[Element, ...]
    post: tuple[Element, ...]
    code: str
    block: str
    raw: str  # the pattern as written ("" for the verb alone)
    line: int


def _regular_forms(word: str) -> set[str]:
    """The forms PETRARCH would derive, to recognise a comment's verb among a block's verbs."""
    forms = {word, word + "s", word + "es", word + "ed", word + "d", word + "ing"}
    if word.endswith("e"):
        forms.add(word[:-1] + "ing")
    if word.endswith("y"):
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    return forms


def verb_surface_forms(verb: Verb) -> set[str]:
    words = verb.lemma.split(" ")
    found = {verb.lemma, *verb.listed_forms}
    for form in _regular_forms(words[verb.head]) | set(inflections(words[verb.head])):
        found.add(" ".join([*words[: verb.head], form, *words[verb.head + 1 :]]))
    return found


def credited_verbs(block: Block, pattern: Pattern) -> tuple[Verb, ...]:
    """The block verb(s) a pattern was written for, from the verb its comment names (the
    block's only verb when the comment names none)."""
    if not pattern.verb_hint:
        return block.verbs if len(block.verbs) == 1 else ()
    return tuple(v for v in block.verbs if pattern.verb_hint in verb_surface_forms(v))


def dictionary_records(dictionary: Dictionary) -> tuple[list[Record], Counter]:
    """Every coded verb alone, and every pattern credited to the verb it was written for."""
    records: list[Record] = []
    dropped: Counter = Counter()
    for block in dictionary.blocks:
        for verb in block.verbs:
            if verb.code:
                records.append(
                    Record(
                        verb.lemma,
                        verb.head,
                        verb.listed_forms,
                        (),
                        (),
                        verb.code,
                        block.name,
                        "",
                        verb.line,
                    )
                )
        for pattern in block.patterns:
            owners = credited_verbs(block, pattern)
            if not owners:
                dropped["pattern's verb not among the block's verbs"] += 1
                continue
            for verb in owners:
                records.append(
                    Record(
                        verb.lemma,
                        verb.head,
                        verb.listed_forms,
                        pattern.pre,
                        pattern.post,
                        pattern.code,
                        block.name,
                        pattern.raw,
                        pattern.line,
                    )
                )
    return records, dropped


# --------------------------------------------------------------------------------------------
# Inflection
# --------------------------------------------------------------------------------------------

VERB_TAGS = ("VB", "VBZ", "VBD", "VBN", "VBG")


def inflections(word: str) -> tuple[str, ...]:
    """A verb's forms from lemminflect's lexicon, completed by its rules for missing tags."""
    known = getAllInflections(word, upos="VERB")
    forms: list[str] = []
    for tag in VERB_TAGS:
        forms += known.get(tag) or getInflection(word, tag=tag) or ()
    return tuple(dict.fromkeys(f.lower() for f in forms))


def is_known_verb(word: str) -> bool:
    return bool(getAllInflections(word, upos="VERB"))


def verb_forms(lemma: str, head: int, listed: Iterable[str] = ()) -> tuple[str, ...]:
    """All forms of a (possibly multi-word) verb: lemminflect's, then any form the dictionary
    lists that lemminflect also reads as a form of the same verb (typos are left out)."""
    words = lemma.split(" ")

    def with_head(form: str) -> str:
        return " ".join([*words[:head], form, *words[head + 1 :]])

    forms = [with_head(form) for form in inflections(words[head])]
    for extra in listed:
        extra_words = extra.split(" ")
        if len(extra_words) != len(words) or extra in forms:
            continue
        lemmas = getAllLemmas(extra_words[head], upos="VERB").get("VERB", ())
        if words[head] in lemmas:
            forms.append(extra)
    return tuple(dict.fromkeys(forms))


# --------------------------------------------------------------------------------------------
# Mapping tables
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EventTypeRule:
    prefix: str
    event_type: str
    polarity: str
    keep: bool
    notes: str


def read_event_type_table(text: str) -> dict[str, EventTypeRule]:
    rules = {}
    for row in csv.DictReader(io.StringIO(text)):
        prefix = row["prefix"].strip()
        if not prefix:
            continue
        rules[prefix] = EventTypeRule(
            prefix,
            row["event_type"].strip(),
            row["polarity"].strip(),
            row.get("keep", "true").strip().lower() not in ("false", "no", "0"),
            row.get("notes", "").strip(),
        )
    return rules


def map_code(code: str, rules: Mapping[str, EventTypeRule]) -> EventTypeRule | None:
    """The rule of the longest prefix of ``code`` in the table."""
    for length in range(len(code), 0, -1):
        rule = rules.get(code[:length])
        if rule is not None:
            return rule
    return None


def read_goldstein(text: str) -> dict[str, float]:
    return {
        row["code"].strip(): float(row["goldstein"])
        for row in csv.DictReader(io.StringIO(text))
        if row.get("code", "").strip() and row.get("goldstein", "").strip()
    }


def goldstein_for(code: str, weights: Mapping[str, float]) -> tuple[float | None, str]:
    """The weight of the code, else of its three-digit parent, else of its root (``XX0``)."""
    for candidate in (code, code[:3], code[:2] + "0"):
        if candidate in weights:
            return weights[candidate], candidate
    return None, ""


# --------------------------------------------------------------------------------------------
# Curation
# --------------------------------------------------------------------------------------------

# At most this many words after the verb (prepositions count; + and $ do not).
MAX_PATTERN_WORDS = 3

# Synonym sets are expanded into one row per member kept. Only sets whose members are true
# synonyms are used, and only their members that news about states uses (every one of them a
# member in the dictionary); a pattern with any other set is dropped: most sets mix senses
# (&SOLUTION has CLOSURE) or list model names, small arms, towns, crimes or people.
SYNSET_MEMBERS: dict[str, tuple[str, ...]] = {
    "&CEASEFIRE": ("ceasefire", "truce"),
    "&TREATY": ("treaty", "agreement", "pact"),
    "&NEGOTIATION": ("negotiation", "dialogue"),
    "&MEDIATION": ("mediation",),
    "&PROPOSAL": ("proposal",),
    "&PKO": ("peacekeepers",),
    "&DEFENSE": ("defense", "defence"),
    "&MILITARY": ("troops", "military"),
    "&WEAPON": ("weapon", "missile"),
    "&WMD": ("nuclear weapon", "chemical weapon"),
    "&AIRCRAFT": ("warplane", "drone"),
    "&FOOD": ("food",),
    "&INVESTIGATION": ("investigation", "inquiry"),
    "&INFORMATION": ("information", "intelligence"),
    "&DISPUTE": ("dispute", "conflict"),
    "&FIGHT": ("war", "hostilities"),
    "&CURRENCY": ("money",),
    "&ASYLUM": ("asylum",),
    "&PROGRAM": ("program", "programme"),
}

# Inside a {...} phrase a set before the head word qualifies it ("{&MILITARY OPERATION}"):
# there only the member that reads as a modifier is used.
SYNSET_MODIFIERS: dict[str, tuple[str, ...]] = {
    "&MILITARY": ("military",),
    "&DEFENSE": ("defense", "defence"),
    "&PKO": ("peacekeeping",),
    "&CEASEFIRE": ("ceasefire", "truce"),
    "&TREATY": ("treaty",),
    "&FOOD": ("food",),
}

# Words that cannot carry a pattern alone: a verb followed only by these ("rush to",
# "press on", "deploy inside") is too loose. Prepositions found in the dictionary are added.
FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    a an the this that these those its his her their it them him us all any some more most
    back up down out off away forward ahead inside outside over in on to into onto from with
    without by for of at about against as after before between through
    """.split()  # noqa: SIM905
)

# Verbs left out altogether, patterns included: senses about crime, brawls, sport or the
# body, verbs that are mostly nouns or idioms in news prose, and very rare words.
EXCLUDED_VERBS: frozenset[str] = frozenset(
    """
    abuse ache acquit air allay bang bash batter bawl beat beg bellow belt beseech bid bite
    blare bleat blemish bless blister bludgeon blurt boo bop bounce box brain brawl bray
    brutalize buffet bugle bully bust butcher butt cane carp caterwaul chafe chant chew
    chide chirp chisel cite clap claw clobber club cluck conk crab cream crow crush cudgel
    cuff curse dab damn decapitate deck decorate deflower depopulate desecrate die dump
    elbow escort evaporate exclaim execute expire fell fetch finger flagellate flail flak
    flay flog floor foot fork frisk gibe gnaw gore gouge gripe grouse growl grumble grunt
    gun hang harass hassle haul hector hiss holler honk hoot horn howl hurl hurt ill-treat
    jab jeer jibe jostle jump kick knee knife knock lace lament lash lick lob loot maim
    manhandle mar maul mob molest moan moo mug mutilate nag neigh nick nip paddle pelt
    pepper pester pick pinch pipe pistol-whip pitch plant pluck plug poke pommel pop prod
    pulverize pummel punch purr quarrel rack rag rampage ransack rap rape ravage ravish razz
    ride rile rip roar rob rough roughhouse rub rumble sack savage scald scalp scar scourge
    scowl scratch scream screech scuffle shake shove shriek shun sic slap slash slug smack
    smash snap snarl sneer sock spank spear spike spit squabble squawk squeal stab stamp
    stomp stone strangle stroke sucker-punch swat swear swipe tackle tar thrash throttle
    thump thwack tickle torment torture touch trample trounce tug twist wallop wave wax
    whack whine whip whistle wrestle yell yelp yowl zap
    """.split()  # noqa: SIM905
)

# The verbs kept alone (multi-word verbs with "_"), with no words after them. The
# dictionary's blocks are WordNet synonym sets, so most of their verbs only fit the block's
# code in some sense ("think" and "weigh" sit in CONSIDER [040], "shell" in GUNFIRE [190]);
# a verb alone is kept only when its everyday sense in news about states is the block's code.
BARE_VERBS: frozenset[str] = frozenset(
    """
    announce declare proclaim reiterate restate emphasize emphasise stress underline
    underscore clarify worry doubt appeal implore plead request petition propose recommend
    advocate pledge promise assure guarantee meet confer consult discuss converse contact
    reconvene phone telephone visit host broker cooperate collaborate coordinate ally
    harmonize harmonise synchronize synchronise agree acclaim applaud commend compliment
    congratulate extol hail honor honour laud praise salute welcome endorse appreciate thank
    legitimize legitimise encourage formalize apologise apologize forgive supply trade buy
    purchase finance fund invest import arm equip extradite donate help airlift concede
    capitulate surrender cede yield retreat unblock abstain investigate inspect probe demand
    insist allege oppose disagree dispute disappoint dismay decry disapprove regret rebuff
    snub spurn distrust abhor deplore censure criticise criticize denounce deride disparage
    rebuke reprimand reproach ridicule condemn denigrate belittle malign impugn accuse blame
    implicate complain defy object breach warn caution threaten protest mobilize mobilise
    patrol undermine boycott pressure blockade punish penalize ban prohibit expel
    assassinate attack assault ambush bomb bombard fight clash retaliate destroy kill
    massacre encircle target besiege invade occupy recapture meet_with side_with call_off
    blow_up wage_war
    """.split()  # noqa: SIM905
)


def pattern_words(
    elements: Sequence[Element],
    members: Mapping[str, Sequence[str]] = SYNSET_MEMBERS,
    modifiers: Mapping[str, Sequence[str]] = SYNSET_MODIFIERS,
) -> list[list[str]] | None:
    """Each reading of a pattern side as a list of word groups, synonym sets expanded.

    A word group is a run that must be adjacent (a ``{...}`` phrase, a multi-word set member);
    a preposition and each word of a prepositional phrase are groups of their own. ``+`` and
    ``$`` are dropped when they end the side or a prepositional phrase. Returns None when the
    side uses a set not curated in ``members`` (``modifiers`` inside a phrase), or any other
    marker.
    """
    readings: list[list[str]] = [[]]
    for position, element in enumerate(elements):
        last = position == len(elements) - 1
        options = _element_options(element, members, modifiers, last)
        if options is None:
            return None
        readings = [reading + option for reading in readings for option in options]
    return readings


def _element_options(
    element: Element,
    members: Mapping[str, Sequence[str]],
    modifiers: Mapping[str, Sequence[str]],
    last: bool,
) -> list[list[str]] | None:
    """The alternative word groups one element can stand for (None: the side is dropped)."""
    if isinstance(element, Word):
        return [[element.text]]
    if isinstance(element, Marker):
        # A closing target or source is where the other actor goes, not a word to match.
        return [[]] if element.symbol in "+$" and last else None
    if isinstance(element, Synset):
        found = members.get(element.name)
        return [[member] for member in found] if found else None
    if isinstance(element, Phrase):
        return _phrase_options(element, members, modifiers)
    if isinstance(element, Prep):
        return _prep_options(element, members, modifiers)
    return None


def _phrase_options(
    phrase: Phrase,
    members: Mapping[str, Sequence[str]],
    modifiers: Mapping[str, Sequence[str]],
) -> list[list[str]] | None:
    """Each reading of a ``{...}`` phrase as one word group (its words must be adjacent)."""
    words: list[list[str]] = [[]]
    for position, item in enumerate(phrase.items):
        is_head = position == len(phrase.items) - 1
        options = _phrase_item_options(item, is_head, members, modifiers)
        if not options:
            return None
        words = [[*w, option] for w in words for option in options]
    return [[" ".join(w)] for w in words]


def _phrase_item_options(
    item: Element,
    is_head: bool,
    members: Mapping[str, Sequence[str]],
    modifiers: Mapping[str, Sequence[str]],
) -> list[str]:
    """The words a phrase item can be; empty when it is neither a word nor a curated set.

    A set before the head qualifies it, so there only its modifier members fit."""
    if isinstance(item, Word):
        return [item.text]
    if isinstance(item, Synset):
        return list((members if is_head else modifiers).get(item.name, ()))
    return []


def _prep_options(
    prep: Prep,
    members: Mapping[str, Sequence[str]],
    modifiers: Mapping[str, Sequence[str]],
) -> list[list[str]] | None:
    """Each reading of a prepositional phrase: the preposition, then what it governs."""
    items = prep.items
    # A target or source ending the phrase ("against +") is the actor's place, not a word.
    if items and isinstance(items[-1], Marker) and items[-1].symbol in "+$":
        items = items[:-1]
    inner = pattern_words(items, members, modifiers)
    return None if inner is None else [[prep.prep, *reading] for reading in inner]


def is_verb_only(word: str) -> bool:
    """A word lemminflect knows only as a verb form ("join", "deploying"): a pattern with one
    is a clause ("decline to join"), not a fixed phrase."""
    lemmas = getAllLemmas(word)
    return bool(lemmas) and set(lemmas) == {"VERB"}


# Words of news about conflict that lemminflect's lexicon lacks.
EXTRA_KNOWN_WORDS: frozenset[str] = frozenset(
    """
    airstrike airstrikes warplane warplanes warship warships peacekeeper peacekeepers
    gunbattle firefight insurgents handover overflight de-escalation clampdown hardline
    """.split()  # noqa: SIM905
)


def is_known_word(word: str, function_words: frozenset[str] = FUNCTION_WORDS) -> bool:
    """A function word, a word lemminflect knows (each part of a hyphenated one) or one of
    ``EXTRA_KNOWN_WORDS``: typos ("aggrement"), fused words ("by/with") and rare words are
    not."""
    if word in function_words or word in EXTRA_KNOWN_WORDS:
        return True
    parts = word.split("-")
    return all(part.isalpha() and getAllLemmas(part) for part in parts)


def has_content_word(
    groups: Sequence[str], function_words: frozenset[str] = FUNCTION_WORDS
) -> bool:
    return any(word not in function_words for group in groups for word in group.split())


@dataclass(frozen=True)
class Curated:
    lemma: str
    head: int
    listed_forms: tuple[str, ...]
    groups: tuple[str, ...]  # word groups after the verb
    code: str
    rule: EventTypeRule
    block: str
    raw: str
    line: int

    @property
    def pattern(self) -> str:
        return " ".join(self.groups)


@dataclass
class CurationReport:
    read: int = 0
    dropped: Counter = field(default_factory=Counter)
    kept: int = 0


def curate(
    records: Iterable[Record],
    rules: Mapping[str, EventTypeRule],
    report: CurationReport | None = None,
    function_words: frozenset[str] = FUNCTION_WORDS,
) -> list[Curated]:
    """Keep records that fit news prose about states and officials; one row per verb and
    pattern. A (verb, pattern) coded two ways that disagree on event type or polarity is
    dropped as ambiguous; otherwise the most general code (shortest, then first) is kept."""
    report = report if report is not None else CurationReport()
    candidates: dict[tuple[str, str], list[Curated]] = {}
    for record in records:
        report.read += 1
        readings, reason = _kept_readings(record, rules, function_words)
        if reason:
            report.dropped[reason] += 1
            continue
        rule = map_code(record.code, rules)
        assert rule is not None  # _drop_reason checked it
        for reading in readings:
            item = Curated(
                record.lemma,
                record.head,
                record.listed_forms,
                tuple(reading),
                record.code,
                rule,
                record.block,
                record.raw,
                record.line,
            )
            candidates.setdefault((item.lemma, item.pattern), []).append(item)
    # Duplicates are settled only once every record is read: a later record may disagree.
    kept = _one_per_verb_and_pattern(candidates, report)
    report.kept = len(kept)
    return kept


def _kept_readings(
    record: Record, rules: Mapping[str, EventTypeRule], function_words: frozenset[str]
) -> tuple[list[list[str]], str]:
    """The readings of the words after the record's verb that are kept, or why the record is
    dropped (the reason is "" when it is kept). Reasons are checked cheapest first."""
    reason = _drop_reason(record, rules)
    if reason:
        return [], reason
    readings = pattern_words(record.post)
    if readings is None:
        return [], "synonym set not curated, or a marker inside the pattern"
    if record.raw and not any(has_content_word(r, function_words) for r in readings):
        return [], "only function words after the verb"
    readings = [r for r in readings if sum(len(g.split()) for g in r) <= MAX_PATTERN_WORDS]
    if not readings:
        return [], f"more than {MAX_PATTERN_WORDS} words after the verb"
    return readings, _word_drop_reason(readings, function_words)


def _word_drop_reason(readings: Sequence[Sequence[str]], function_words: frozenset[str]) -> str:
    """Why the words after the verb do not make a fixed phrase ("" when they do)."""
    words = [w for r in readings for g in r for w in g.split()]
    if not all(is_known_word(w, function_words) for w in words):
        return "a word lemminflect does not know (typo or rare)"
    if any(is_verb_only(w) for w in words):
        return "a verb after the verb (a clause, not a fixed phrase)"
    return ""


def _one_per_verb_and_pattern(
    candidates: Mapping[tuple[str, str], list[Curated]], report: CurationReport
) -> list[Curated]:
    """One row per (verb, pattern): none when its codes disagree on event type or polarity
    (which reading is meant cannot be told), else the most general code."""
    kept: list[Curated] = []
    for items in candidates.values():
        kinds = {(i.rule.event_type, i.rule.polarity) for i in items}
        if len(kinds) > 1:
            report.dropped["same verb and pattern coded two ways"] += len(items)
            continue
        kept.append(min(items, key=lambda i: (len(i.code), i.line)))
        if len(items) > 1:
            report.dropped["duplicate of a kept row"] += len(items) - 1
    return kept


def _drop_reason(record: Record, rules: Mapping[str, EventTypeRule]) -> str:
    words = record.lemma.split(" ")
    if not record.code:
        return "no active-voice code"
    if not (1 <= int(record.code[:2]) <= 20):
        return "code outside CAMEO roots 01-20"
    rule = map_code(record.code, rules)
    if rule is None:
        return "code not in the event type table"
    if not rule.keep:
        return "code out of scope (domestic, crime, street protest)"
    if record.lemma in EXCLUDED_VERBS or words[record.head] in EXCLUDED_VERBS:
        return "verb excluded (ambiguous, rare, idiomatic, sport or crime)"
    if not is_known_verb(words[record.head]):
        return "not a verb lemminflect knows (rare or misspelt)"
    if record.pre:
        return "words before the verb (a subject constraint)"
    if not record.raw and record.lemma.replace(" ", "_") not in BARE_VERBS:
        return "verb alone not kept (a loose synonym, or too vague alone)"
    if not record.post and record.raw:
        return "pattern with nothing after the verb"
    return ""


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------


def build_rows(curated: Iterable[Curated], weights: Mapping[str, float]) -> list[dict[str, str]]:
    rows = []
    for item in curated:
        forms = verb_forms(item.lemma, item.head, item.listed_forms)
        goldstein, weight_code = goldstein_for(item.code, weights)
        rows.append(
            {
                "lemma": item.lemma,
                "pattern": item.pattern,
                "cameo_code": item.code,
                "event_type": item.rule.event_type,
                "polarity": item.rule.polarity,
                "goldstein": "" if goldstein is None else f"{goldstein:.1f}",
                "goldstein_code": weight_code,
                "forms": "|".join(forms),
                "source": SOURCE,
                "petrarch_block": item.block,
                "petrarch_pattern": item.raw,
                "petrarch_line": str(item.line),
            }
        )
    rows.sort(key=lambda r: (r["cameo_code"], r["lemma"], r["pattern"]))
    return rows


def rows_to_csv(rows: Iterable[Mapping[str, str]]) -> str:
    return csv_text(rows, OUTPUT_COLUMNS)


def prepositions_in(dictionary: Dictionary) -> frozenset[str]:
    found: set[str] = set()

    def walk(elements: Iterable[Element]) -> None:
        for element in elements:
            if isinstance(element, Prep):
                found.add(element.prep)
                walk(element.items)
            elif isinstance(element, Phrase):
                walk(element.items)

    for block in dictionary.blocks:
        for pattern in block.patterns:
            walk(pattern.pre)
            walk(pattern.post)
    return frozenset(found)


@dataclass(frozen=True)
class Conversion:
    rows: list[dict[str, str]]
    report: CurationReport
    missing_goldstein: tuple[str, ...]  # codes in the output that cameo.csv lacks exactly


def convert(dictionary_text: str, event_type_text: str, goldstein_text: str) -> Conversion:
    dictionary = parse_dictionary(dictionary_text)
    rules = read_event_type_table(event_type_text)
    weights = read_goldstein(goldstein_text)
    records, unattributed = dictionary_records(dictionary)
    report = CurationReport()
    prepositions = prepositions_in(dictionary)
    curated = curate(records, rules, report, FUNCTION_WORDS | prepositions)
    report.read += sum(unattributed.values()) + len(dictionary.malformed)
    report.dropped.update(unattributed)
    if dictionary.malformed:
        report.dropped["pattern could not be parsed"] += len(dictionary.malformed)
    rows = build_rows(curated, weights)
    missing = tuple(sorted({r["cameo_code"] for r in rows} - set(weights)))
    return Conversion(rows, report, missing)


def convert_files(
    dictionary: Path = RAW_DICTIONARY,
    event_types: Path = EVENT_TYPE_TABLE,
    goldstein: Path = GOLDSTEIN_TABLE,
) -> Conversion:
    return convert(
        dictionary.read_text(encoding="utf-8"),
        event_types.read_text(encoding="utf-8"),
        goldstein.read_text(encoding="utf-8"),
    )


def summary(conversion: Conversion) -> str:
    report = conversion.report
    lines = [f"records read: {report.read}", f"rows kept: {report.kept}", "dropped:"]
    lines += [f"  {count:5d}  {reason}" for reason, count in report.dropped.most_common()]
    lines.append("rows per event type:")
    per_type = Counter(r["event_type"] for r in conversion.rows)
    lines += [f"  {per_type[t]:5d}  {t}" for t in EVENT_TYPES if per_type[t]]
    per_polarity = Counter(r["polarity"] for r in conversion.rows)
    lines.append("rows per polarity: " + ", ".join(f"{p} {per_polarity[p]}" for p in POLARITIES))
    lines.append(f"verbs: {len({r['lemma'] for r in conversion.rows})}")
    lines.append(
        "codes cameo.csv lacks (weight taken from the parent code): "
        + " ".join(conversion.missing_goldstein)
    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument(
        "--check", action="store_true", help="only check that the output file is up to date"
    )
    args = parser.parse_args(argv)
    conversion = convert_files()
    text = rows_to_csv(conversion.rows)
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is out of date; run python -m data_prep.cameo_import")
            return 1
    else:
        args.output.write_text(text, encoding="utf-8")
    print(summary(conversion))
    return 0


if __name__ == "__main__":
    sys.exit(main())
