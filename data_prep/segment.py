"""Sentence segmentation that keeps exact character offsets.

News text breaks naive splitters in known ways: abbreviations ("Feb. 24", "Gen."), initials
and acronyms ("U.S."), punctuation inside quotation marks, and sentences glued together when
a page's blocks were concatenated ("difference.Russian").
"""

from __future__ import annotations

import re

ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "maj",
        "adm",
        "cmdr",
        "gov",
        "sen",
        "rep",
        "rev",
        "st",
        "jr",
        "sr",
        "inc",
        "ltd",
        "co",
        "corp",
        "bros",
        "no",
        "nos",
        "vs",
        "etc",
        "approx",
        "est",
        "dept",
        "univ",
        "ave",
        "mt",
        "ft",
        "fig",
        "al",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]
)
_MONTH_ABBREVIATIONS = frozenset(
    ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
)

# A boundary is terminal punctuation, optional closing quotes/brackets, then either
# whitespace or (for glued sentences) directly an upper-case letter or opening quote.
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|[A-Z“\"]|$)")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.\-]*)$")
_OPEN_CLOSE_QUOTES = re.compile(r"“[^“”\n]*”|\"[^\"\n]*\"")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return ``(start, end)`` spans of the sentences in ``text[start:end]``, whitespace-trimmed."""
    end = len(text) if end is None else end
    quoted = [
        (m.start() + start, m.end() + start) for m in _OPEN_CLOSE_QUOTES.finditer(text[start:end])
    ]
    spans: list[tuple[int, int]] = []
    sentence_start = start
    for match in _BOUNDARY.finditer(text, start, end):
        cut = match.end()
        if not _is_boundary(text, match.start(), cut, end, quoted):
            continue
        spans.append((sentence_start, cut))
        sentence_start = cut
    spans.append((sentence_start, end))
    return [span for span in (_trim(text, s, e) for s, e in spans) if span[1] > span[0]]


def _is_boundary(
    text: str, punct_start: int, cut: int, end: int, quoted: list[tuple[int, int]]
) -> bool:
    if any(q_start < punct_start and cut < q_end for q_start, q_end in quoted):
        return False
    following = text[cut:end].lstrip()
    if not following:
        return True
    glued = cut < end and not text[cut].isspace()
    word = _WORD_BEFORE.search(text, max(0, punct_start - 60), punct_start)
    token = word.group(1) if word else ""
    if text[punct_start] == ".":
        lowered = token.lower().rstrip(".")
        if lowered in ABBREVIATIONS and not glued:
            if lowered in _MONTH_ABBREVIATIONS:
                return not following[:1].isdigit()
            return False
        if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]?", token + ".") or (
            len(token) == 1 and token.isupper()
        ):
            # Initials ("J. Smith") and dotted acronyms ("U.S.") end a sentence only when the
            # next word cannot continue a name.
            return (
                not glued
                and following[:1].isupper()
                and len(token) > 1
                and _starts_sentence(following)
            )
    if glued:
        return len(token) >= 2 and token[-1].islower()
    return following[:1].isupper() or following[:1] in "“\"'‘(0123456789-–—"


_SENTENCE_OPENERS = frozenset(
    [
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "this",
        "that",
        "it",
        "he",
        "she",
        "they",
        "we",
        "but",
        "and",
        "as",
        "after",
    ]
)


def _starts_sentence(following: str) -> bool:
    first = re.match(r"[A-Za-z]+", following)
    return bool(first) and first.group(0).lower() in _SENTENCE_OPENERS


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
