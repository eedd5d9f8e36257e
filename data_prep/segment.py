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
        "assoc",
        "gen",
        "brig",
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
    """Whether the terminal punctuation at ``text[punct_start:cut]`` ends a sentence."""
    if _inside_quotation(punct_start, cut, quoted):
        return False
    following = text[cut:end].lstrip()
    if not following:
        # Punctuation that ends the paragraph always ends its sentence.
        return True
    glued = _is_glued(text, cut, end)
    token = _word_before(text, punct_start)
    if text[punct_start] == ".":
        verdict = _full_stop_verdict(token, following, glued)
        if verdict is not None:
            return verdict
    if glued:
        return _ends_glued_sentence(token)
    return _opens_sentence(following)


def _inside_quotation(punct_start: int, cut: int, quoted: list[tuple[int, int]]) -> bool:
    # A quoted sentence ("... he said. Then ...") belongs to the sentence that quotes it.
    return any(q_start < punct_start and cut < q_end for q_start, q_end in quoted)


def _is_glued(text: str, cut: int, end: int) -> bool:
    """No space after the punctuation: blocks of a page concatenated ("difference.Russian")."""
    return cut < end and not text[cut].isspace()


def _word_before(text: str, punct_start: int) -> str:
    # Looking back 60 characters is plenty for any word and keeps the search cheap.
    word = _WORD_BEFORE.search(text, max(0, punct_start - 60), punct_start)
    return word.group(1) if word else ""


def _full_stop_verdict(token: str, following: str, glued: bool) -> bool | None:
    """What a full stop after ``token`` settles by itself: True or False after an
    abbreviation, an initial or an acronym; None when it is an ordinary full stop."""
    lowered = token.lower().rstrip(".")
    if lowered in ABBREVIATIONS and not glued:
        return _ends_after_abbreviation(lowered, following)
    if _is_initial_or_acronym(token):
        return _ends_after_initials(token, following, glued)
    return None


def _ends_after_abbreviation(abbreviation: str, following: str) -> bool:
    # "Feb. 24" continues, but a month abbreviation can also end a sentence ("since Feb.").
    # Any other abbreviation ("Gen.", "Mr.") is followed by the rest of its sentence.
    if abbreviation in _MONTH_ABBREVIATIONS:
        return not following[:1].isdigit()
    return False


def _is_initial_or_acronym(token: str) -> bool:
    """A single capital ("J" of "J. Smith") or dotted letters ("U.S" of "U.S.")."""
    return bool(re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]?", token + ".")) or (
        len(token) == 1 and token.isupper()
    )


def _ends_after_initials(token: str, following: str, glued: bool) -> bool:
    # Initials ("J. Smith") and dotted acronyms ("U.S.") end a sentence only when the
    # next word cannot continue a name.
    return not glued and following[:1].isupper() and len(token) > 1 and _starts_sentence(following)


def _ends_glued_sentence(token: str) -> bool:
    # Without a space, only a lower-case word before the punctuation ("difference.Russian") is
    # taken as a sentence end; capitals, digits or a lone letter are more often a code or name.
    return len(token) >= 2 and token[-1].islower()


def _opens_sentence(following: str) -> bool:
    """Whether the text after spaced terminal punctuation can start a new sentence."""
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
