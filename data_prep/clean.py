"""Cleaning: the date header, the headline, subheadings and boilerplate.

The output is a list of ``Segment`` spans over the canonical text, each with a kind. Only
``body`` segments are read by the extractors; the reader shows the rest greyed out.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from itertools import pairwise

from data_prep.lexicons import BoilerplateRule, Lexicons
from data_prep.segment import split_sentences

_HEADER = re.compile(r"\A[ \t]*date[ \t]+(\S+)(?:[ \t]+|[ \t]*\n|\Z)")
_TERMINAL = re.compile(r"[.!?…:;\"'”’)]\s*$")
_BULLET = re.compile(r"^\s*(?:[-•*–—▪►]|\d+[.)])\s+")
QUOTATION = re.compile(r"“[^“”]*”|\"[^\"]*\"")
_READER_ADDRESS = re.compile(r"\b(you|your|we|our|us)\b", re.IGNORECASE)

MAX_HEADLINE_WORDS = 25
MAX_SUBHEADING_WORDS = 12


@dataclass(frozen=True)
class Segment:
    kind: str
    paragraph_index: int
    start: int
    end: int
    rule: str = ""


@dataclass(frozen=True)
class Header:
    value: str
    start: int
    end: int
    body_start: int


def parse_header(text: str) -> Header | None:
    """The optional ``" date YYYY-MM-DD "`` prefix that shares its line with the first sentence."""
    match = _HEADER.match(text)
    if not match:
        return None
    token_start = text.index("date", match.start())
    return Header(match.group(1), token_start, match.end(1), match.end())


def paragraphs(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Non-empty lines, trimmed; a hard-wrapped line continues if the next starts in lower case."""
    spans: list[tuple[int, int]] = []
    for match in re.finditer(r"[^\n]+", text[start:]):
        line_start, line_end = match.start() + start, match.end() + start
        while line_start < line_end and text[line_start].isspace():
            line_start += 1
        while line_end > line_start and text[line_end - 1].isspace():
            line_end -= 1
        if line_start == line_end:
            continue
        if spans and _continues(text, spans[-1], line_start):
            spans[-1] = (spans[-1][0], line_end)
        else:
            spans.append((line_start, line_end))
    return spans


def _continues(text: str, previous: tuple[int, int], line_start: int) -> bool:
    previous_text = text[previous[0] : previous[1]]
    return (
        text[previous[1] : line_start].count("\n") == 1
        and not _TERMINAL.search(previous_text)
        and len(previous_text.split()) > MAX_SUBHEADING_WORDS
        and text[line_start].islower()
    )


def segment_document(text: str, lexicons: Lexicons) -> tuple[Header | None, list[Segment]]:
    header = parse_header(text)
    body_start = header.body_start if header else 0
    spans = paragraphs(text, body_start)
    segments: list[Segment] = []
    if header:
        segments.append(Segment("header", -1, header.start, header.end, "date header"))
    title_index = 0 if _is_headline(text, spans, dated=header is not None) else None
    sentences_by_paragraph = [split_sentences(text, start, end) for start, end in spans]
    boilerplate = _boilerplate_sentences(text, spans, sentences_by_paragraph, lexicons.boilerplate)
    for index, span in enumerate(spans):
        if index == title_index:
            segments.append(Segment("title", index, *span, "first-line headline"))
        else:
            segments += _paragraph_segments(
                text, index, span, sentences_by_paragraph[index], boilerplate
            )
    return header, segments


def _paragraph_segments(
    text: str,
    index: int,
    span: tuple[int, int],
    sentences: list[tuple[int, int]],
    boilerplate: _Boilerplate,
) -> list[Segment]:
    """The segments of one paragraph that is not the title: boilerplate as a whole, a
    subheading, or its sentences each as body or boilerplate."""
    if index in boilerplate.whole_paragraphs:
        rule = boilerplate.whole_paragraphs[index]
        return [Segment("boilerplate", index, s, e, rule) for s, e in sentences]
    start, end = span
    # A short line that holds a boilerplate cue is boilerplate, not a subheading.
    if _is_subheading(text[start:end]) and not _has_flagged_sentence(sentences, boilerplate):
        return [Segment("subheading", index, start, end, "short line without final punctuation")]
    return [_sentence_segment(index, s, e, boilerplate.sentences.get((s, e))) for s, e in sentences]


def _has_flagged_sentence(sentences: list[tuple[int, int]], boilerplate: _Boilerplate) -> bool:
    return any(sentence in boilerplate.sentences for sentence in sentences)


def _sentence_segment(index: int, start: int, end: int, boilerplate_rule: str | None) -> Segment:
    if boilerplate_rule:
        return Segment("boilerplate", index, start, end, boilerplate_rule)
    return Segment("body", index, start, end, "")


def _is_headline(text: str, spans: list[tuple[int, int]], dated: bool) -> bool:
    """Whether the first line is a headline: short and without final punctuation, or, in an
    undated article, set apart by a wider gap than the paragraphs after it. After a date
    header a line that ends like a sentence is the first sentence (the seeds' layout), but
    one that does not is the headline ("Iran Summons Russian, British Envoys over ...")."""
    if len(spans) < 2:
        return False
    first = text[spans[0][0] : spans[0][1]]
    if len(first.split()) > MAX_HEADLINE_WORDS:
        return False
    if not _TERMINAL.search(first):
        return True
    if dated:
        return False
    gaps = [text[a[1] : b[0]].count("\n") for a, b in pairwise(spans)]
    return len(gaps) > 1 and gaps[0] > statistics.median(gaps[1:])


def _is_subheading(paragraph: str) -> bool:
    """A short line without final punctuation: a subheading, or a live blog's timestamp
    ("10:24 BST"), which no more continues the sentence before it than a heading does."""
    words = paragraph.split()
    return (
        0 < len(words) <= MAX_SUBHEADING_WORDS
        and not _TERMINAL.search(paragraph)
        and not _BULLET.match(paragraph)
        and (paragraph[:1].isupper() or paragraph[:1].isdigit())
    )


@dataclass
class _Boilerplate:
    whole_paragraphs: dict[int, str]
    sentences: dict[tuple[int, int], str]


# A boilerplate cue sentence with its span: (start, end, rule kind).
_Cue = tuple[int, int, str]


def _boilerplate_sentences(
    text: str,
    spans: list[tuple[int, int]],
    sentences_by_paragraph: list[list[tuple[int, int]]],
    rules: tuple[BoilerplateRule, ...],
) -> _Boilerplate:
    """Paragraphs and sentences that are site furniture rather than the article.

    Line rules mark whole paragraphs. Sentence rules mark cue sentences; cues in nearby
    paragraphs form one run, and everything from a run's first cue to its last is flagged,
    together with a subheading just above the run.
    """
    line_rules = [rule for rule in rules if rule.scope == "line"]
    sentence_rules = [rule for rule in rules if rule.scope == "sentence"]
    whole = _boilerplate_paragraphs(text, spans, line_rules)
    cues = _cue_sentences(text, sentences_by_paragraph, whole, sentence_rules)
    flagged: dict[tuple[int, int], str] = {}
    for run in _runs(sorted(cues), max_gap=1):
        kind = cues[run[0]][0][2]
        flagged.update(_flag_run(run, kind, cues, sentences_by_paragraph, whole))
        _mark_heading_above(run[0], kind, text, spans, whole)
    return _Boilerplate(whole, flagged)


def _boilerplate_paragraphs(
    text: str, spans: list[tuple[int, int]], line_rules: list[BoilerplateRule]
) -> dict[int, str]:
    """Paragraphs a line rule marks whole, by index, with the rule's kind.

    A "related" label ("Read more:") also claims the list of links under it: the bullet
    items and unpunctuated headline lines that follow, up to the first ordinary paragraph.
    """
    whole: dict[int, str] = {}
    in_related_list = False
    for index, (start, end) in enumerate(spans):
        line = text[start:end]
        rule = next((r for r in line_rules if r.pattern.search(line)), None)
        if rule:
            whole[index] = rule.kind
            in_related_list = rule.kind == "related_label"
        elif in_related_list and _is_list_item(line):
            whole[index] = "related_list"
        else:
            in_related_list = False
    return whole


def _is_list_item(line: str) -> bool:
    return bool(_BULLET.match(line)) or not _TERMINAL.search(line)


def _cue_sentences(
    text: str,
    sentences_by_paragraph: list[list[tuple[int, int]]],
    whole: dict[int, str],
    sentence_rules: list[BoilerplateRule],
) -> dict[int, list[_Cue]]:
    """The sentences a sentence rule matches, by paragraph, outside the whole paragraphs."""
    cues: dict[int, list[_Cue]] = {}
    for index, sentences in enumerate(sentences_by_paragraph):
        if index in whole:
            continue
        for s, e in sentences:
            kind = _sentence_rule(text[s:e], sentence_rules)
            if kind:
                cues.setdefault(index, []).append((s, e, kind))
    return cues


def _flag_run(
    run: list[int],
    kind: str,
    cues: dict[int, list[_Cue]],
    sentences_by_paragraph: list[list[tuple[int, int]]],
    whole: dict[int, str],
) -> dict[tuple[int, int], str]:
    """Every sentence of a run of cue paragraphs from its first cue to its last, as ``kind``.

    A paragraph inside the run without a cue of its own is flagged whole: the run spans it.
    """
    first, last = run[0], run[-1]
    flagged: dict[tuple[int, int], str] = {}
    for index in range(first, last + 1):
        if index in whole:
            continue
        covered = _covered_sentences(
            sentences_by_paragraph[index], cues.get(index, []), index == first, index == last
        )
        flagged.update((sentence, kind) for sentence in covered)
    return flagged


def _covered_sentences(
    sentences: list[tuple[int, int]], cues: list[_Cue], opens_run: bool, closes_run: bool
) -> list[tuple[int, int]]:
    """The sentences of one paragraph that a run covers. The run starts at its first cue and
    ends at its last, so article text before the first and after the last stays body."""
    if not sentences:
        return []
    lower = cues[0][0] if opens_run and cues else sentences[0][0]
    upper = cues[-1][1] if closes_run and cues else sentences[-1][1]
    return [(s, e) for s, e in sentences if lower <= s and e <= upper]


def _mark_heading_above(
    first: int, kind: str, text: str, spans: list[tuple[int, int]], whole: dict[int, str]
) -> None:
    """A subheading right above a run of boilerplate ("Newsletter") is part of it."""
    heading = first - 1
    if (
        heading >= 0
        and heading not in whole
        and _is_subheading(text[spans[heading][0] : spans[heading][1]])
    ):
        whole[heading] = kind


def _sentence_rule(sentence: str, rules: list[BoilerplateRule]) -> str:
    unquoted = QUOTATION.sub(" ", sentence)
    for rule in rules:
        if rule.pattern.search(unquoted) and (
            not rule.needs_reader_address or _READER_ADDRESS.search(unquoted)
        ):
            return rule.kind
    return ""


def _runs(indices: list[int], max_gap: int) -> list[list[int]]:
    runs: list[list[int]] = []
    for index in indices:
        if runs and index - runs[-1][-1] <= max_gap + 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs
