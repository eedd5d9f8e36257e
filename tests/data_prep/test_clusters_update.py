"""Grouping again after a few articles changed: the event blocks replayed from their stored
clusters (``clusters.regroup``) and the claim topics from their stored state
(``clusters.topic_update``) give exactly what grouping everything afresh gives.

The seeds are too few to make large blocks and topics, so these tests make corpora of many
small generated articles on a few dyads and words, where one article's change moves others.
"""

from __future__ import annotations

import random

import pandas as pd
import pytest

from data_prep import schema
from data_prep.clusters import (
    with_claim_topics_and_state,
    with_claim_topics_updated,
    with_clusters,
    with_clusters_regrouped,
)
from data_prep.clusters.claims import topic_seeds
from data_prep.clusters.topic_update import replay_seeds, updated_topics

DYADS = [("", "RUS", "", "IRN"), ("", "IRN", "", "RUS"), ("Putin", "RUS", "", "IRN")]
TYPES = ["arms_transfer", "meeting", "other"]
CUES = ["drones", "drone factory", "missiles", "fuel", "talks", "ties", ""]
WORDS = [
    "shahed", "drones", "missiles", "factory", "engines", "fuel", "grain", "wheat", "rails", "oil",
    "uranium", "reactor",
]  # fmt: skip
DATES = [
    ("2024-03-04", "day"), ("2024-03-06", "day"), ("2024-03-10", "week"), ("2024-04-02", "day"),
    ("2024-03", "month"), ("2024-04", "month"), ("2024", "year"), ("", "unknown"), ("", "unknown"),
]  # fmt: skip


def _quote(rng: random.Random, vocabulary: list[str]) -> str:
    return "It said " + " ".join(rng.sample(vocabulary, rng.randint(2, 5))) + "."


def article(rng: random.Random, number: int, name: str | None = None) -> dict[str, pd.DataFrame]:
    """One generated article's documents, events and claims rows."""
    name = name or f"{number:03d}.txt"
    doc_id = f"doc_{name}_{rng.random():.6f}"
    published = f"2024-0{rng.randint(3, 4)}-1{rng.randint(0, 9)}"
    events, claims = [], []
    for i in range(rng.randint(2, 7)):
        actor1, country1, actor2, country2 = rng.choice(DYADS)
        event_date, precision = rng.choice(DATES)
        events.append({
            "event_id": f"ev_{doc_id}_{i}", "doc_id": doc_id, "source_file": name,
            "sentence_index": i, "quote": _quote(rng, WORDS), "actor1": actor1,
            "actor1_country": country1, "actor2": actor2, "actor2_country": country2,
            "event_type": rng.choice(TYPES), "polarity": "cooperation", "cue": rng.choice(CUES),
            "event_date": event_date, "date_precision": precision,
            "date_text": event_date if rng.random() < 0.5 else "",
            "modality": rng.choice(["reported", "reported", "denied"]), "published": published,
            "review": "unreviewed", "cluster_id": "",
        })  # fmt: skip
    for i in range(rng.randint(1, 4)):
        claims.append({
            "claim_id": f"cl_{doc_id}_{i}", "doc_id": doc_id, "source_file": name,
            "sentence_index": i * rng.randint(1, 2), "quote": _quote(rng, WORDS[:8]),
            "review": "unreviewed",
        })  # fmt: skip
    document = {"doc_id": doc_id, "source_file": name, "outlet": rng.choice(["TASS", "IRNA", "AP"]),
                "published": published}  # fmt: skip
    return {
        "documents": pd.DataFrame([document]),
        "events": pd.DataFrame(events),
        "claims": pd.DataFrame(claims),
    }


def corpus(articles: list[dict[str, pd.DataFrame]]) -> dict[str, pd.DataFrame]:
    """The tables of the articles in order of file name, as assembly gives them."""
    ordered = sorted(articles, key=lambda a: a["documents"]["source_file"].iloc[0])
    return {
        name: schema.conform(pd.concat([a[name] for a in ordered], ignore_index=True), name)
        for name in ("documents", "events", "claims")
    }


def changes(seed: int) -> list[tuple[str, list[dict], list[dict], str]]:
    """(what, articles before, articles after, the changed file) for an added article early,
    in the middle and last in corpus order, a removed one and an edited one."""
    rng = random.Random(seed)
    base = [article(rng, number) for number in range(1, 80)]
    middle = base[40]["documents"]["source_file"].iloc[0]
    edited = [article(rng, 41, middle) if a is base[40] else a for a in base]
    return [
        ("add first", base, [article(rng, 0), *base], "000.txt"),
        ("add middle", base, [*base, article(rng, 0, "040b.txt")], "040b.txt"),
        ("add last", base, [*base, article(rng, 999)], "999.txt"),
        ("remove", base, [a for a in base if a is not base[40]], middle),
        ("edit", base, edited, middle),
    ]


def _stored_and_fresh(before, after, name):
    stored = with_claim_topics_and_state(with_clusters(corpus(before)))
    fresh = with_claim_topics_and_state(with_clusters(corpus(after)))
    tables = corpus(after)
    staying = {
        table: stored[0][table][stored[0][table]["source_file"] != name].reset_index(drop=True)
        for table in ("events", "claims")
    }
    added = tables["events"]["source_file"] == name
    events = tables["events"].assign(
        cluster_id=tables["events"]["event_id"]
        .map(dict(zip(staying["events"]["event_id"], staying["events"]["cluster_id"], strict=True)))
        .where(~added, "")
    )
    return stored, fresh, {**tables, "events": schema.conform(events, "events")}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_regrouped_blocks_equal_a_clean_grouping(seed):
    for what, before, after, name in changes(seed):
        (stored, _), (fresh, _), spliced = _stored_and_fresh(before, after, name)
        dropped = stored["events"][stored["events"]["source_file"] == name]
        added_docs = set(
            spliced["documents"].loc[spliced["documents"]["source_file"] == name, "doc_id"]
        )
        got = with_clusters_regrouped(spliced, stored["event_clusters"], dropped, added_docs)
        pd.testing.assert_frame_equal(got["events"], fresh["events"], obj=f"{what}: events")
        pd.testing.assert_frame_equal(
            got["event_clusters"], fresh["event_clusters"], obj=f"{what}: event_clusters"
        )


def test_the_generated_changes_move_other_articles_events():
    """The corpora above are a test only if a change regroups events of other articles."""
    moved = 0
    for _, before, after, name in changes(1):
        (stored, _), (fresh, _), _ = _stored_and_fresh(before, after, name)
        old = stored["events"][stored["events"]["source_file"] != name]
        new = fresh["events"].set_index("event_id")["cluster_id"]
        moved += (old.set_index("event_id")["cluster_id"] != new.reindex(old["event_id"])).sum()
    assert moved > 0


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_updated_claim_topics_equal_a_clean_grouping(seed):
    replayed = 0
    for what, before, after, name in changes(seed):
        (stored, state), (fresh, fresh_state), spliced = _stored_and_fresh(before, after, name)
        gone = stored["claims"][stored["claims"]["source_file"] == name]
        added_docs = set(
            spliced["documents"].loc[spliced["documents"]["source_file"] == name, "doc_id"]
        )
        known = (state, stored["claim_topics"])
        got, got_state = with_claim_topics_updated(spliced, known, gone, added_docs)
        pd.testing.assert_frame_equal(got["claim_topics"], fresh["claim_topics"], obj=what)
        assert got_state == fresh_state, what
        new = spliced["claims"]["doc_id"].isin(added_docs)
        added_events = spliced["events"][spliced["events"]["doc_id"].isin(added_docs)]
        replayed += updated_topics(spliced["claims"], added_events, new, gone, known) is not None
    assert replayed >= 3  # the replay, not the fallback, made most of them


def test_a_change_of_the_common_words_groups_every_claim_again():
    rng = random.Random(5)
    base = [article(rng, number) for number in range(1, 30)]
    # A quarter of the claims say "grain": not yet common, until the added article says it.
    quota = sum(len(a["claims"]) for a in base) // 4
    for a in base:
        quotes = []
        for _ in range(len(a["claims"])):
            quotes.append(_quote(rng, WORDS[:5]) + (" And grain." if quota > 0 else ""))
            quota -= 1
        a["claims"] = a["claims"].assign(quote=quotes)
    extra = article(rng, 999)
    claim = extra["claims"].iloc[0]
    extra["claims"] = pd.DataFrame([
        {**claim.to_dict(), "claim_id": f"cl_extra_{i}", "sentence_index": 3 * i,
         "quote": "It said grain and wheat."}
        for i in range(3)
    ])  # fmt: skip
    (stored, state), (fresh, _), spliced = _stored_and_fresh(base, [*base, extra], "999.txt")
    assert "grain" not in fresh["claim_topics"]["topic_words"].str.cat(sep=";")
    gone = stored["claims"].iloc[0:0]
    added_docs = set(extra["documents"]["doc_id"])
    new = spliced["claims"]["doc_id"].isin(added_docs)
    added_events = spliced["events"][spliced["events"]["doc_id"].isin(added_docs)]
    known = (state, stored["claim_topics"])
    assert updated_topics(spliced["claims"], added_events, new, gone, known) is None
    got, _ = with_claim_topics_updated(spliced, known, gone, added_docs)
    pd.testing.assert_frame_equal(got["claim_topics"], fresh["claim_topics"])


def test_replayed_seeds_equal_the_greedy_pass_when_an_early_claim_changes():
    rng = random.Random(7)
    pool = [frozenset(rng.sample(WORDS, rng.randint(2, 5))) for _ in range(400)]
    stored = topic_seeds(pool)
    for position in (0, 1, 5, 200, 399):
        for replacement in (frozenset(WORDS[:4]), frozenset(WORDS[4:9]), frozenset()):
            words = [*pool[:position], replacement, *pool[position + 1 :]]
            new = [i == position for i in range(len(words))]
            # The edited claim's stored seed is ignored; the others keep theirs unless it went.
            seeds = [None if stored[i] == position else stored[i] for i in range(len(words))]
            assert replay_seeds(words, seeds, new) == topic_seeds(words)


def _event(name: str, event_date: str, precision: str) -> dict[str, pd.DataFrame]:
    """An article of one Russian drone delivery to Iran, dated or not."""
    doc_id = f"doc_{name}"
    event = {
        "event_id": f"ev_{name}", "doc_id": doc_id, "source_file": name, "sentence_index": 0,
        "quote": "It happened.", "actor1": "", "actor1_country": "RUS", "actor2": "",
        "actor2_country": "IRN", "event_type": "arms_transfer", "polarity": "cooperation",
        "cue": "drones", "event_date": event_date, "date_precision": precision,
        "date_text": event_date, "modality": "reported", "published": "2024-07-01",
        "review": "unreviewed", "cluster_id": "",
    }  # fmt: skip
    document = {"doc_id": doc_id, "source_file": name, "outlet": "AP", "published": "2024-07-01"}
    return {
        "documents": pd.DataFrame([document]),
        "events": pd.DataFrame([event]),
        "claims": pd.DataFrame(columns=["claim_id", "doc_id", "source_file"]),
    }


def test_an_undated_mention_follows_a_cluster_that_grew_before_it():
    """The undated mention joins the larger of two equally alike clusters; the added article
    makes the earlier one as large, and a tie goes to the earlier one."""
    january, june = ("2024-01-05", "day"), ("2024-06-10", "day")
    before = [_event("b.txt", *january), _event("c.txt", *june), _event("d.txt", *june),
              _event("e.txt", "", "unknown")]  # fmt: skip
    after = [_event("a.txt", *january), *before]
    (stored, _), (fresh, _), spliced = _stored_and_fresh(before, after, "a.txt")
    cluster_of = fresh["events"].set_index("source_file")["cluster_id"]
    assert cluster_of["e.txt"] == cluster_of["b.txt"] != stored["events"]["cluster_id"].iloc[3]
    got = with_clusters_regrouped(
        spliced, stored["event_clusters"], stored["events"].iloc[0:0], {"doc_a.txt"}
    )
    pd.testing.assert_frame_equal(got["events"], fresh["events"])
    pd.testing.assert_frame_equal(got["event_clusters"], fresh["event_clusters"])
