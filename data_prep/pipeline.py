"""The pipeline as a chain of small steps: load, clean, segment, find actors, resolve dates,
extract events and claims, build tables.

``process_article`` is the per-article unit: a pure function of one decoded article, its
metadata and the lexicons, so it can later be mapped over many workers.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd

from data_prep import schema
from data_prep.claims import QuoteContext, extract_claims
from data_prep.clean import segment_document
from data_prep.dates import find_dates, latest_full_date
from data_prep.events import StoryContext, extract_events, find_cues
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
from data_prep.mentions import (
    LEARNED_PERSON_PREFIX,
    MentionMemory,
    find_mentions,
    observe,
    remember,
)
from data_prep.model import Sentence

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


def stable_id(prefix: str, *parts: object) -> str:
    digest = hashlib.sha256("\x1f".join(str(part) for part in parts).encode("utf-8")).hexdigest()
    return f"{prefix}{digest[:12]}"


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


def process_article(
    raw: RawArticle, metadata: SourceMetadata | None, lexicons: Lexicons, today: date
) -> ArticleResult:
    # Uploads live beside the corpus and may share a file name with it.
    doc_id = (
        stable_id("doc_", raw.source_file)
        if raw.origin == "corpus"
        else stable_id("doc_", raw.origin, raw.source_file)
    )
    metadata = metadata or SourceMetadata()
    document = {
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
    problems = list(raw.problems)
    if raw.fatal:
        document.update(status="error", message="; ".join([raw.fatal, *problems]))
        return ArticleResult(document)

    header, segments = segment_document(raw.text, lexicons)
    published, basis, date_problems = resolve_publication(
        header.value if header else None, metadata, raw.text, today
    )
    problems += date_problems
    if not document["title"]:
        document["title"] = next(
            (raw.text[s.start : s.end] for s in segments if s.kind == "title"), ""
        )
    body = [s for s in segments if s.kind == "body"]
    if not body:
        problems.append("no sentences to extract from")
    document.update(
        published=published.isoformat() if published else "",
        date_basis=basis,
        status="warning" if problems else "ok",
        message="; ".join(problems),
        n_sentences=len(body),
    )
    result = ArticleResult(document)
    memory = MentionMemory()
    story = StoryContext()
    quotes = QuoteContext()
    overlong = 0
    # An id names one reading of one sentence; a second rule reaching it adds nothing.
    seen_ids: set[str] = set()
    context = {"doc_id": doc_id, "source_file": raw.source_file}
    for index, segment in enumerate(segments):
        sentence = raw.text[segment.start : segment.end]
        result.sentences.append(
            {
                **context,
                "sentence_index": index,
                "paragraph_index": segment.paragraph_index,
                "kind": segment.kind,
                "char_start": segment.start,
                "char_end": segment.end,
                "text": sentence,
            }
        )
        view = Sentence.of(
            raw.text, index, segment.start, segment.end, segment.kind, segment.paragraph_index
        )
        if segment.kind == "title":
            observe(view, lexicons, memory, published)
        if segment.kind != "body":
            continue
        if segment.end - segment.start > MAX_SENTENCE_CHARS:
            overlong += 1
            continue
        found = find_mentions(view, lexicons, memory, published)
        remember(memory, found)
        mentions = found.mentions
        result.mentions.extend(
            {
                **context,
                "sentence_index": index,
                "char_start": m.start,
                "char_end": m.end,
                "quote": raw.text[m.start : m.end],
                "actor_id": m.actor_id,
                "actor_name": m.name,
                "actor_type": m.type,
                "country": m.country,
            }
            for mention in mentions
            for m in (mention.members or (mention,))
            if mention.kind != "pair"
        )
        dates = find_dates(sentence, published, offset=segment.start)
        row_base = {
            **context,
            "sentence_index": index,
            "char_start": segment.start,
            "char_end": segment.end,
            "quote": sentence,
            "published": document["published"],
            "outlet": document["outlet"],
        }
        # Reporting verbs serve both extractors: clause breaks for events, cues for claims.
        claim_hits = find_cues(sentence, lexicons.claim_cues)
        for event in extract_events(
            sentence,
            segment.start,
            mentions,
            dates,
            lexicons,
            published,
            story,
            claim_hits=claim_hits,
        ):
            identity = (
                "ev_",
                doc_id,
                segment.start,
                event.actor1.actor_id,
                event.actor2.actor_id,
                event.event_type,
            )
            event_id = stable_id(*identity)
            if event_id in seen_ids:
                # The same interaction again on a coordinated date ("in March and April").
                event_id = stable_id(*identity, event.event_date)
            if event_id in seen_ids:
                continue
            seen_ids.add(event_id)
            result.events.append(
                {
                    **row_base,
                    "event_id": event_id,
                    "actor1": event.actor1.name,
                    "actor1_country": event.actor1.country,
                    "actor2": event.actor2.name,
                    "actor2_country": event.actor2.country,
                    "event_type": event.event_type,
                    "cameo_code": event.cameo_code,
                    "cameo_root": event.cameo_code[:2],
                    "goldstein": event.goldstein,
                    "quad_class": event.quad_class,
                    "polarity": event.polarity,
                    "cue": sentence[event.cue.start : event.cue.end],
                    "event_date": event.event_date,
                    "date_precision": event.date_precision,
                    "date_text": event.date_text,
                    "themes": ";".join(event.themes),
                    "modality": event.modality,
                    "russia_iran": event.russia_iran,
                    "inferred_partner": event.inferred_partner,
                }
            )
        for claim in extract_claims(
            sentence,
            segment.start,
            mentions,
            dates,
            lexicons,
            published,
            quotes,
            claim_hits=claim_hits,
        ):
            claim_id = stable_id("cl_", doc_id, segment.start, claim.claimant_id, claim.stance)
            if claim_id in seen_ids:
                continue
            seen_ids.add(claim_id)
            result.claims.append(
                {
                    **row_base,
                    "claim_id": claim_id,
                    "claimant": claim.claimant,
                    "claimant_country": claim.claimant_country,
                    "stance": claim.stance,
                    "cue": claim.cue,
                    "via": claim.via,
                    "via_state_media": claim.via_state_media,
                    "hedged": claim.hedged,
                    "topic": claim.topic,
                    "claim_date": claim.claim_date,
                    "russia_iran": _claim_is_russia_iran(claim.claimant_country, mentions),
                }
            )
    if overlong:
        note = (
            f"{overlong} sentence(s) over {MAX_SENTENCE_CHARS} characters (punctuation missing?) "
            "not extracted from"
        )
        document.update(
            status="warning", message="; ".join(filter(None, [document["message"], note]))
        )
    return result


def _claim_is_russia_iran(claimant_country: str, mentions: list) -> bool:
    """Russia or Iran speaking, or a sentence that names both (the dashboard's definition)."""
    named = {member.country for m in mentions for member in (m.members or (m,))}
    return claimant_country in ("RUS", "IRN") or {"RUS", "IRN"} <= named


def read_corpus(
    folder: Path, uploads: Sequence[tuple[str, bytes]] = ()
) -> tuple[list[RawArticle], SourcesTable]:
    folder = Path(folder)
    articles = (
        [read_article_file(path) for path in list_article_files(folder)] if folder.is_dir() else []
    )
    articles += [decode_article(name, data, origin="uploaded") for name, data in uploads]
    sources = read_sources(folder) if folder.is_dir() else SourcesTable()
    names = {article.source_file for article in articles}
    sources.problems += [
        f"sources.csv names '{name}', which is not in the corpus; row ignored"
        for name in sorted(set(sources.by_file) - names)
    ]
    return articles, sources


def build_corpus(
    folder: Path,
    uploads: Sequence[tuple[str, bytes]] = (),
    today: date | None = None,
    lexicons: Lexicons | None = None,
) -> dict[str, pd.DataFrame]:
    """Every table for a folder of articles plus optional uploaded ``(name, bytes)`` pairs."""
    articles, sources = read_corpus(folder, uploads)
    lexicons = lexicons or load_lexicons()
    today = today or date.today()
    results = [
        process_article(article, sources.by_file.get(article.source_file), lexicons, today)
        for article in articles
    ]
    return build_tables(results, lexicons, sources.problems)


def build_tables(
    results: Iterable[ArticleResult], lexicons: Lexicons, corpus_problems: Sequence[str] = ()
) -> dict[str, pd.DataFrame]:
    results = _flag_duplicates(list(results))
    counted = [r for r in results if not r.document["duplicate_of"]]
    tables = {
        "documents": pd.DataFrame([r.document for r in results]),
        "sentences": pd.DataFrame([row for r in results for row in r.sentences]),
        "mentions": pd.DataFrame([row for r in counted for row in r.mentions]),
        "events": pd.DataFrame([row for r in counted for row in r.events]),
        "claims": pd.DataFrame([row for r in counted for row in r.claims]),
    }
    tables["actors"] = actor_table(tables["mentions"], lexicons)
    tables["problems"] = pd.DataFrame(
        [
            {
                "source_file": r.document["source_file"],
                "severity": r.document["status"],
                "message": r.document["message"],
            }
            for r in results
            if r.document["status"] != "ok"
        ]
        + [
            {"source_file": "sources.csv", "severity": "warning", "message": message}
            for message in corpus_problems
        ]
    )
    return {name: schema.conform(frame, name) for name, frame in tables.items()}


def _flag_duplicates(results: list[ArticleResult]) -> list[ArticleResult]:
    first_by_text: dict[str, str] = {}
    for result in sorted(
        results, key=lambda r: (r.document["origin"] != "corpus", r.document["source_file"])
    ):
        document = result.document
        if document["status"] == "error" or not document["text"].strip():
            continue
        key = hashlib.sha256(" ".join(document["text"].split()).encode("utf-8")).hexdigest()
        if key in first_by_text:
            original = first_by_text[key]
            note = f"duplicate of {original}: same text, not counted twice"
            document.update(
                duplicate_of=original,
                status="warning",
                message="; ".join(filter(None, [document["message"], note])),
            )
        else:
            first_by_text[key] = document["source_file"]
    return results


def actor_table(mentions: pd.DataFrame, lexicons: Lexicons) -> pd.DataFrame:
    rows = []
    counts = (
        mentions.groupby("actor_id").agg(
            n_mentions=("actor_id", "size"),
            n_documents=("doc_id", "nunique"),
            name=("actor_name", "first"),
            country=("country", "first"),
            type=("actor_type", "first"),
        )
        if len(mentions)
        else pd.DataFrame()
    )
    for actor in lexicons.actors:
        stats = counts.loc[actor.actor_id] if actor.actor_id in counts.index else None
        rows.append(
            {
                "actor_id": actor.actor_id,
                "name": actor.name,
                "country": actor.country,
                "type": actor.type,
                "role": actor.role,
                "aliases": ";".join(actor.aliases),
                "n_mentions": int(stats["n_mentions"]) if stats is not None else 0,
                "n_documents": int(stats["n_documents"]) if stats is not None else 0,
            }
        )
    known = {actor.actor_id for actor in lexicons.actors}
    for actor_id, stats in counts.iterrows() if len(counts) else []:
        if actor_id not in known:
            rows.append(
                {
                    "actor_id": actor_id,
                    "name": stats["name"],
                    "country": stats["country"],
                    "type": stats["type"],
                    "role": (
                        "named in the text, not in the registry"
                        if actor_id.startswith(LEARNED_PERSON_PREFIX)
                        else "described, not named"
                    ),
                    "aliases": "",
                    "n_mentions": int(stats["n_mentions"]),
                    "n_documents": int(stats["n_documents"]),
                }
            )
    return pd.DataFrame(rows)
