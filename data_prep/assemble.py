"""Assembling the corpus tables from per-article results: duplicates, actors, problems, the
happenings the events report (``event_clusters``) and the topics claims share
(``claim_topics``)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import pandas as pd

from data_prep import schema
from data_prep.clusters import with_claim_topics, with_clusters
from data_prep.lexicons import Lexicons
from data_prep.mentions import LEARNED_OUTLET_PREFIX, LEARNED_PERSON_PREFIX

if TYPE_CHECKING:
    from data_prep.pipeline import ArticleResult


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
    for name in ("events", "claims"):
        tables[name]["review"] = "unreviewed"  # analyst review (review.py) may change it
    tables["actors"] = actor_table(tables["mentions"], lexicons)
    tables["problems"] = problem_table(results, corpus_problems)
    tables["event_clusters"] = pd.DataFrame()
    tables["claim_topics"] = pd.DataFrame()
    conformed = {name: schema.conform(frame, name) for name, frame in tables.items()}
    return with_claim_topics(with_clusters(conformed))


def problem_table(results: list[ArticleResult], corpus_problems: Sequence[str]) -> pd.DataFrame:
    """One row per article with a warning or an error, and one per problem of sources.csv."""
    return pd.DataFrame(
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


def add_problems(
    problems: pd.DataFrame, source_file: str, messages: Sequence[str], severity: str = "warning"
) -> pd.DataFrame:
    """``problems`` with one more row per message, all about ``source_file``."""
    if not messages:
        return problems
    rows = pd.DataFrame(
        [{"source_file": source_file, "severity": severity, "message": m} for m in messages]
    )
    frames = [problems, rows] if len(problems) else [rows]
    return schema.conform(pd.concat(frames, ignore_index=True), "problems")


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
                        if actor_id.startswith((LEARNED_PERSON_PREFIX, LEARNED_OUTLET_PREFIX))
                        else "described, not named"
                    ),
                    "aliases": "",
                    "n_mentions": int(stats["n_mentions"]),
                    "n_documents": int(stats["n_documents"]),
                }
            )
    return pd.DataFrame(rows)
