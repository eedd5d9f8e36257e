"""The pipeline: read an article, run the extraction stages over it, build its rows.

``process_article`` is the per-article unit: a pure function of one decoded article, its
metadata and the lexicons, so it can be mapped over many workers. The stages it runs are
listed in ``stages.STAGES``: mentions, datelines, transcript turns, dates, reporting cues,
events, claims.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd

from data_prep.assemble import build_tables
from data_prep.clean import Segment, segment_document
from data_prep.clusters import with_claim_topics, with_clusters
from data_prep.dates import latest_full_date
from data_prep.lexicons import Lexicons, load_lexicons
from data_prep.load import (
    RawArticle,
    SourceMetadata,
    SourcesTable,
    decode_article,
    is_iso_date,
    list_article_files,
    read_article_file,
    read_sources,
)
from data_prep.model import Document, Sentence, SentenceState
from data_prep.review import review_corpus
from data_prep.review.corrections import FILE_NAME as CORRECTIONS_FILE
from data_prep.rows import claim_rows, event_rows, mention_rows, sentence_rows, stable_id
from data_prep.stages import STAGES

__all__ = [
    "ArticleResult",
    "build_corpus",
    "build_tables",
    "corpus_sources",
    "process_article",
    "stable_id",
]

# Real sentences are far shorter; a longer "sentence" is text without punctuation, and the
# pairing of actors within it would be both meaningless and quadratic.
MAX_SENTENCE_CHARS = 2000


@dataclass
class ArticleResult:
    document: dict
    sentences: list[dict] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    claims: list[dict] = field(default_factory=list)


def process_article(
    raw: RawArticle, metadata: SourceMetadata | None, lexicons: Lexicons, today: date
) -> ArticleResult:
    record = document_record(raw, metadata or SourceMetadata())
    if raw.fatal:
        record.update(status="error", message="; ".join([raw.fatal, *raw.problems]))
        return ArticleResult(record)
    doc = read_document(raw, metadata or SourceMetadata(), record, lexicons, today)
    for stage in STAGES:
        stage(doc, lexicons)
    published, outlet = record["published"], record["outlet"]
    return ArticleResult(
        record,
        sentence_rows(doc),
        [row for state in doc.states for row in mention_rows(doc, state)],
        [row for state in doc.states for row in event_rows(doc, state, published, outlet)],
        [row for state in doc.states for row in claim_rows(doc, state, published, outlet)],
    )


def document_record(raw: RawArticle, metadata: SourceMetadata) -> dict:
    # Uploads live beside the corpus and may share a file name with it.
    doc_id = (
        stable_id("doc_", raw.source_file)
        if raw.origin == "corpus"
        else stable_id("doc_", raw.origin, raw.source_file)
    )
    return {
        "doc_id": doc_id,
        "source_file": raw.source_file,
        "title": metadata.title,
        "outlet": metadata.outlet,
        "url": metadata.url,
        "published": "",
        "date_basis": "unknown",
        "status": "ok",
        "message": "",
        "n_chars": len(raw.text),
        "n_sentences": 0,
        "sha256": raw.sha256,
        "encoding": raw.encoding,
        "origin": raw.origin,
        "duplicate_of": "",
        "text": raw.text,
    }


def read_document(
    raw: RawArticle, metadata: SourceMetadata, record: dict, lexicons: Lexicons, today: date
) -> Document:
    """Clean and segment the article and settle its publication date; ``record`` is filled
    in with what was found, and with every problem met."""
    header, segments = segment_document(raw.text, lexicons)
    published, basis, date_problems = resolve_publication(
        header.value if header else None, metadata, raw.text, today
    )
    body = [s for s in segments if s.kind == "body"]
    problems = [*raw.problems, *date_problems]
    if not body:
        problems.append("no sentences to extract from")
    overlong = [s for s in body if s.end - s.start > MAX_SENTENCE_CHARS]
    if overlong:
        problems.append(
            f"{len(overlong)} sentence(s) over {MAX_SENTENCE_CHARS} characters (punctuation "
            "missing?) not extracted from"
        )
    record.update(
        title=record["title"] or _headline(raw.text, segments),
        published=published.isoformat() if published else "",
        date_basis=basis,
        status="warning" if problems else "ok",
        message="; ".join(problems),
        n_sentences=len(body),
    )
    sentences = [
        Sentence.of(raw.text, index, s.start, s.end, s.kind, s.paragraph_index)
        for index, s in enumerate(segments)
    ]
    return Document(
        record["doc_id"],
        raw.source_file,
        raw.text,
        published,
        sentences,
        [
            SentenceState(sentence)
            for sentence in sentences
            if sentence.kind == "body" and sentence.end - sentence.start <= MAX_SENTENCE_CHARS
        ],
    )


def _headline(text: str, segments: list[Segment]) -> str:
    return next((text[s.start : s.end] for s in segments if s.kind == "title"), "")


def resolve_publication(
    header_value: str | None, metadata: SourceMetadata | None, text: str, today: date
) -> tuple[date | None, str, list[str]]:
    """Publication date and its basis: header, then sources.csv, then the text, else unknown."""
    problems: list[str] = []
    if header_value is not None:
        if is_iso_date(header_value):
            return _checked_future(date.fromisoformat(header_value), "header", today, problems)
        problems.append(f"malformed date header '{header_value}' (expected YYYY-MM-DD); ignored")
    if metadata and metadata.published:
        return _checked_future(
            date.fromisoformat(metadata.published),
            metadata.date_basis or "metadata",
            today,
            problems,
        )
    inferred = latest_full_date(text, not_after=today)
    if inferred:
        return inferred, "inferred", problems
    return None, "unknown", problems


def _checked_future(
    value: date, basis: str, today: date, problems: list[str]
) -> tuple[date | None, str, list[str]]:
    if value > today:
        problems.append(f"publication date {value.isoformat()} is in the future; kept as given")
    return value, basis, problems


def read_corpus(
    folder: Path, uploads: Sequence[tuple[str, bytes]] = ()
) -> tuple[list[RawArticle], SourcesTable]:
    folder = Path(folder)
    articles = (
        [read_article_file(path) for path in list_article_files(folder)] if folder.is_dir() else []
    )
    articles += [decode_article(name, data, origin="uploaded") for name, data in uploads]
    return articles, corpus_sources(folder, {article.source_file for article in articles})


def corpus_sources(folder: Path, names: set[str]) -> SourcesTable:
    """``sources.csv`` of ``folder``, with a problem for every row naming a file not in
    ``names`` (the corpus's file names). Shared by ``read_corpus`` and the store."""
    sources = read_sources(folder) if folder.is_dir() else SourcesTable()
    sources.problems += [
        f"sources.csv names '{name}', which is not in the corpus; row ignored"
        for name in sorted(set(sources.by_file) - names)
    ]
    return sources


def build_corpus(
    folder: Path,
    uploads: Sequence[tuple[str, bytes]] = (),
    today: date | None = None,
    lexicons: Lexicons | None = None,
    review: bool = True,
) -> dict[str, pd.DataFrame]:
    """Every table for a folder of articles plus optional uploaded ``(name, bytes)`` pairs,
    with the analyst's decisions in the folder's ``corrections.csv`` applied (unless
    ``review`` is false: the tables as extracted)."""
    articles, sources = read_corpus(folder, uploads)
    lexicons = lexicons or load_lexicons()
    today = today or date.today()
    results = [
        process_article(article, sources.by_file.get(article.source_file), lexicons, today)
        for article in articles
    ]
    return finish_tables(
        folder, build_tables(results, lexicons, sources.problems), lexicons, review
    )


def finish_tables(
    folder: Path, tables: dict[str, pd.DataFrame], lexicons: Lexicons, review: bool = True
) -> dict[str, pd.DataFrame]:
    """The analyst's decisions in the folder's ``corrections.csv`` (unless ``review`` is
    false) applied to the assembled tables; the happenings and claim topics are grouped
    again without the rows the analyst rejected."""
    if review and (Path(folder) / CORRECTIONS_FILE).is_file():
        tables = with_claim_topics(with_clusters(review_corpus(folder, tables, lexicons)[0]))
    return tables
