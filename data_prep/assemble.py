"""Assembling the corpus tables from per-article results: duplicates, actors, problems, the
happenings the events report (``event_clusters``) and the topics claims share
(``claim_topics``)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import pandas as pd

from data_prep import schema
from data_prep.clusters import TopicState, with_claim_topics_and_state, with_clusters
from data_prep.lexicons import Lexicons
from data_prep.mentions import LEARNED_OUTLET_PREFIX, LEARNED_PERSON_PREFIX

if TYPE_CHECKING:
    from data_prep.pipeline import ArticleResult

# The tables whose rows each come from one article.
ROW_TABLES = ("documents", "sentences", "mentions", "events", "claims")


def build_tables(
    results: Iterable[ArticleResult], lexicons: Lexicons, corpus_problems: Sequence[str] = ()
) -> dict[str, pd.DataFrame]:
    return build_tables_and_topic_state(results, lexicons, corpus_problems)[0]


def build_tables_and_topic_state(
    results: Iterable[ArticleResult], lexicons: Lexicons, corpus_problems: Sequence[str] = ()
) -> tuple[dict[str, pd.DataFrame], TopicState]:
    """``build_tables``, and the state the claim topics were grouped from (what the store
    keeps so that the next update need not group every claim again)."""
    rows = row_tables(_flag_duplicates(list(results)))
    tables = with_clusters(corpus_tables(rows, lexicons, corpus_problems))
    return with_claim_topics_and_state(tables)


def row_tables(results: Sequence[ArticleResult]) -> dict[str, pd.DataFrame]:
    """The tables whose rows come from one article each, in the order of ``results``; a
    duplicate article (already flagged) keeps its document and sentences, and counts for
    nothing else."""
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
    return {name: schema.conform(frame, name) for name, frame in tables.items()}


def corpus_tables(
    rows: dict[str, pd.DataFrame], lexicons: Lexicons, corpus_problems: Sequence[str]
) -> dict[str, pd.DataFrame]:
    """The row tables with the tables made of them all: actors and problems (the happenings
    and claim topics are left empty for ``clusters`` to fill)."""
    tables = {
        **rows,
        "actors": actor_table(rows["mentions"], lexicons),
        "problems": problem_table(rows["documents"], corpus_problems),
        "event_clusters": pd.DataFrame(),
        "claim_topics": pd.DataFrame(),
    }
    return {name: schema.conform(frame, name) for name, frame in tables.items()}


def problem_table(documents: pd.DataFrame, corpus_problems: Sequence[str]) -> pd.DataFrame:
    """One row per article with a warning or an error, and one per problem of sources.csv."""
    flagged = documents[documents["status"] != "ok"]
    return pd.DataFrame(
        [
            {"source_file": d["source_file"], "severity": d["status"], "message": d["message"]}
            for d in schema.plain_records(flagged[["source_file", "status", "message"]])
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
        key = text_key(document["text"], document["status"])
        if not key:
            continue
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


def text_key(text: str, status: str) -> str:
    """What two articles share when one duplicates the other: their words, whitespace aside
    (``""`` for an article that failed or has no text, which duplicates nothing)."""
    if status == "error" or not text.strip():
        return ""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()
