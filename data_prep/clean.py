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
    title_index = 0 if not header and _is_headline(text, spans) else None
    sentences_by_paragraph = [split_sentences(text, start, end) for start, end in spans]
    boilerplate = _boilerplate_sentences(text, spans, sentences_by_paragraph, lexicons.boilerplate)
    for index, (start, end) in enumerate(spans):
        sentences = sentences_by_paragraph[index]
        if index == title_index:
            segments.append(Segment("title", index, start, end, "first-line headline"))
            continue
        if index in boilerplate.whole_paragraphs:
            rule = boilerplate.whole_paragraphs[index]
            segments.extend(Segment("boilerplate", index, s, e, rule) for s, e in sentences)
            continue
        if _is_subheading(text[start:end]) and not any(
            span in boilerplate.sentences for span in sentences
        ):
            segments.append(
                Segment("subheading", index, start, end, "short line without final punctuation")
            )
            continue
        for s, e in sentences:
            rule = boilerplate.sentences.get((s, e))
            segments.append(Segment("boilerplate" if rule else "body", index, s, e, rule or ""))
    return header, segments


def _is_headline(text: str, spans: list[tuple[int, int]]) -> bool:
    if len(spans) < 2:
        return False
    first = text[spans[0][0] : spans[0][1]]
    if len(first.split()) > MAX_HEADLINE_WORDS:
        return False
    if not _TERMINAL.search(first):
        return True
    gaps = [text[a[1] : b[0]].count("\n") for a, b in pairwise(spans)]
    return len(gaps) > 1 and gaps[0] > statistics.median(gaps[1:])


def _is_subheading(paragraph: str) -> bool:
    words = paragraph.split()
    return (
        0 < len(words) <= MAX_SUBHEADING_WORDS
        and not _TERMINAL.search(paragraph)
        and not _BULLET.match(paragraph)
        and paragraph[:1].isupper()
    )


@dataclass
class _Boilerplate:
    whole_paragraphs: dict[int, str]
    sentences: dict[tuple[int, int], str]


def _boilerplate_sentences(
    text: str,
    spans: list[tuple[int, int]],
    sentences_by_paragraph: list[list[tuple[int, int]]],
    rules: tuple[BoilerplateRule, ...],
) -> _Boilerplate:
    whole: dict[int, str] = {}
    line_rules = [rule for rule in rules if rule.scope == "line"]
    sentence_rules = [rule for rule in rules if rule.scope == "sentence"]
    in_related_list = False
    for index, (start, end) in enumerate(spans):
        line = text[start:end]
        rule = next((r for r in line_rules if r.pattern.search(line)), None)
        if rule:
            whole[index] = rule.kind
            in_related_list = rule.kind == "related_label"
        elif in_related_list and (_BULLET.match(line) or not _TERMINAL.search(line)):
            whole[index] = "related_list"
        else:
            in_related_list = False

    cue_sentences: dict[int, list[tuple[int, int, str]]] = {}
    for index, sentences in enumerate(sentences_by_paragraph):
        if index in whole:
            continue
        for s, e in sentences:
            kind = _sentence_rule(text[s:e], sentence_rules)
            if kind:
                cue_sentences.setdefault(index, []).append((s, e, kind))

    flagged: dict[tuple[int, int], str] = {}
    runs = _runs(sorted(cue_sentences), max_gap=1)
    for run in runs:
        first, last = run[0], run[-1]
        kind = cue_sentences[first][0][2]
        for index in range(first, last + 1):
            if index in whole:
                continue
            sentences = sentences_by_paragraph[index]
            cues = cue_sentences.get(index, [])
            lower = cues[0][0] if index == first and cues else sentences[0][0] if sentences else 0
            upper = cues[-1][1] if index == last and cues else sentences[-1][1] if sentences else 0
            for s, e in sentences:
                if lower <= s and e <= upper:
                    flagged[(s, e)] = kind
        heading = first - 1
        if (
            heading >= 0
            and heading not in whole
            and _is_subheading(text[spans[heading][0] : spans[heading][1]])
        ):
            whole[heading] = kind
    return _Boilerplate(whole, flagged)


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
