"""Articles an analyst uploads for the current session: checked here, parsed by data_prep.

The file uploader's ``type=`` only filters the browser's file picker; these checks run on
the server for every file, before data_prep decodes and validates the text itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import PurePath

from data_prep.load import ARTICLE_SUFFIXES

MAX_UPLOAD_BYTES = 5 * 1024 * 1024


@dataclass
class UploadCheck:
    accepted: dict[str, bytes] = field(default_factory=dict)
    refusals: list[str] = field(default_factory=list)


def refusal(name: str, size: int, corpus_files: Iterable[str] = ()) -> str | None:
    """Why a file can't be added, in a sentence that names it; None when it is fine."""
    suffix = PurePath(name).suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        allowed = " or ".join(ARTICLE_SUFFIXES)
        found = suffix or "no extension"
        return f"“{name}” was refused: only {allowed} files are accepted, not “{found}”."
    if size > MAX_UPLOAD_BYTES:
        return (
            f"“{name}” was refused: it is {size:,} bytes, over the "
            f"{MAX_UPLOAD_BYTES // 1024 // 1024} MB ({MAX_UPLOAD_BYTES:,} bytes) limit."
        )
    if name in set(corpus_files):
        return (
            f"“{name}” was refused: the corpus already has an article with this file name; "
            "rename the file and upload it again."
        )
    return None


def check_uploads(
    files: Iterable[tuple[str, bytes]], corpus_files: Iterable[str] = ()
) -> UploadCheck:
    corpus_files = set(corpus_files)
    result = UploadCheck()
    for raw_name, data in files:
        name = PurePath(raw_name.replace("\\", "/")).name or raw_name
        problem = refusal(name, len(data), corpus_files)
        if problem:
            result.refusals.append(problem)
        else:
            result.accepted[name] = data
    return result


def as_pipeline_input(stored: Mapping[str, bytes]) -> tuple[tuple[str, bytes], ...]:
    """The session's uploads in a stable order, as build_corpus expects them."""
    return tuple(sorted(stored.items()))
