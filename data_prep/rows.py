"""Table rows from a processed document: every row points at the characters it came from."""

from __future__ import annotations

import hashlib
from collections import Counter

from data_prep.model import Document, Event, SentenceState, is_russia_iran_claim


def stable_id(prefix: str, *parts: object) -> str:
    digest = hashlib.sha256("\x1f".join(str(part) for part in parts).encode("utf-8")).hexdigest()
    return f"{prefix}{digest[:12]}"


def sentence_rows(doc: Document) -> list[dict]:
    return [
        {
            "doc_id": doc.doc_id,
            "source_file": doc.source_file,
            "sentence_index": s.index,
            "paragraph_index": s.paragraph_index,
            "kind": s.kind,
            "char_start": s.start,
            "char_end": s.end,
            "text": s.text,
        }
        for s in doc.sentences
    ]


def mention_rows(doc: Document, state: SentenceState) -> list[dict]:
    return [
        {
            "doc_id": doc.doc_id,
            "source_file": doc.source_file,
            "sentence_index": state.sentence.index,
            "char_start": m.start,
            "char_end": m.end,
            "quote": doc.text[m.start : m.end],
            "actor_id": m.actor_id,
            "actor_name": m.name,
            "actor_type": m.type,
            "country": m.country,
        }
        for mention in state.mentions
        if mention.kind != "pair"
        for m in (mention.members or (mention,))
    ]


def _sentence_base(doc: Document, state: SentenceState, published: str, outlet: str) -> dict:
    sentence = state.sentence
    return {
        "doc_id": doc.doc_id,
        "source_file": doc.source_file,
        "sentence_index": sentence.index,
        "char_start": sentence.start,
        "char_end": sentence.end,
        "quote": sentence.text,
        "published": published,
        "outlet": outlet,
    }


def event_id(doc: Document, event: Event) -> str:
    """One identity per event: the act's place in the text, its participants, type and date.
    Two acts never share it, so no event is ever dropped as a duplicate."""
    return stable_id(
        "ev_",
        doc.doc_id,
        event.cue.start,
        event.actor1.actor_id,
        event.actor1.start,
        event.actor2.actor_id,
        event.actor2.start,
        event.event_type,
        event.event_date,
    )


def event_rows(doc: Document, state: SentenceState, published: str, outlet: str) -> list[dict]:
    base = _sentence_base(doc, state, published, outlet)
    return [
        {
            **base,
            "event_id": event_id(doc, event),
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
            "cue": doc.text[event.cue.start : event.cue.end],
            "event_date": event.event_date,
            "date_precision": event.date_precision,
            "date_text": event.date_text,
            "themes": ";".join(event.themes),
            "modality": event.modality,
            "russia_iran": event.russia_iran,
            "inferred_partner": event.inferred_partner,
        }
        for event in state.events
    ]


def claim_ids(doc: Document, state: SentenceState) -> list[str]:
    """A sentence holds one claim per claimant and stance, and one more for each further
    statement ("said ..., adding that ..."), told apart by its cue and place."""
    ids, seen = [], Counter()
    for claim in state.claims:
        key = (claim.claimant_id, claim.stance)
        further = (claim.cue, seen[key]) if seen[key] else ()
        seen[key] += 1
        ids.append(stable_id("cl_", doc.doc_id, state.sentence.start, *key, *further))
    return ids


def claim_rows(doc: Document, state: SentenceState, published: str, outlet: str) -> list[dict]:
    base = _sentence_base(doc, state, published, outlet)
    return [
        {
            **base,
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
            "russia_iran": is_russia_iran_claim(claim.claimant_country, state.mentions),
        }
        for claim, claim_id in zip(state.claims, claim_ids(doc, state), strict=True)
    ]
