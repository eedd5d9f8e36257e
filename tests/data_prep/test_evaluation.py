"""Floors on the extraction's accuracy against the hand-made gold, so it cannot drop silently.

The floors sit just under the figures measured when they were set (see the generalisation
issue's closing note); raise them when the extractor improves.
"""

import functools
from datetime import date
from pathlib import Path

import pytest

from data_prep.evaluate import GOLD_DIR, SEEDS_DIR, _dyad, evaluate, read_gold
from data_prep.pipeline import build_corpus

FLOORS = {
    "event_f1": 0.96,
    "event_sentence_precision": 0.96,
    "event_sentence_recall": 0.96,
    "dyad_accuracy": 0.90,
    "directed_dyad_accuracy": 0.82,
    "polarity_accuracy": 0.92,
    "event_type_accuracy": 0.86,
    "date_accuracy": 0.91,
    "tension_recall": 0.90,
    "fully_right": 0.71,
    "claim_f1": 0.95,
    "stance_accuracy": 0.97,
    "claimant_country_accuracy": 0.95,
    "via_accuracy": 0.91,
    "hedged_accuracy": 0.97,
    "quotes_verbatim": 1.00,
    "boilerplate_recall": 1.00,
    "boilerplate_precision": 1.00,
    # Event clusters (tests/gold/clusters.csv), over the gold events matched to a prediction.
    "cluster_purity": 0.87,
    "cluster_inverse_purity": 0.88,
    "cluster_pair_f1": 0.52,
    "russia_iran_tension_precision": 0.65,
    "russia_iran_tension_recall": 0.61,
}
# The development sets: articles written and annotated apart from the rules, in other house
# styles. Their figures are lower and say more about unseen news. tests/locked/ has no floors:
# it is scored only to report.
DEV_FLOORS = {
    "event_f1": 0.95,
    "event_sentence_precision": 0.92,
    "event_sentence_recall": 0.96,
    "dyad_accuracy": 0.79,
    "directed_dyad_accuracy": 0.75,
    "polarity_accuracy": 0.89,
    "event_type_accuracy": 0.71,
    "date_accuracy": 0.79,
    "tension_recall": 0.94,
    "fully_right": 0.52,
    "claim_f1": 0.97,
    "stance_accuracy": 0.97,
    "claimant_country_accuracy": 1.00,
    "via_accuracy": 0.98,
    "hedged_accuracy": 0.97,
    "quotes_verbatim": 1.00,
    "boilerplate_recall": 1.00,
    "boilerplate_precision": 1.00,
    "cluster_purity": 0.83,
    # .858 since a complaint that is a sentence's one act continues the story: its new
    # events join clusters of their own.
    "cluster_inverse_purity": 0.85,
    "cluster_pair_f1": 0.36,
    "russia_iran_tension_precision": 0.49,
    "russia_iran_tension_recall": 0.74,
}
DEV2_FLOORS = {
    "event_f1": 0.90,
    # .905 since delays are other/tension, as the golds code them, not criticism: "The
    # dispute matters beyond the railway" now continues the delayed project (type .62 -> .63).
    "event_sentence_precision": 0.90,
    "event_sentence_recall": 0.89,
    "dyad_accuracy": 0.77,
    "directed_dyad_accuracy": 0.71,
    "polarity_accuracy": 0.78,
    "event_type_accuracy": 0.63,
    "date_accuracy": 0.70,
    "tension_recall": 0.83,
    "fully_right": 0.34,
    "claim_f1": 0.94,
    "stance_accuracy": 0.91,
    "claimant_country_accuracy": 0.94,
    "via_accuracy": 0.96,
    "hedged_accuracy": 0.92,
    "quotes_verbatim": 1.00,
    "boilerplate_recall": 1.00,
    "boilerplate_precision": 1.00,
    "russia_iran_tension_precision": 0.78,
    "russia_iran_tension_recall": 0.79,
}
# Twelve articles in twelve house styles new to the rules when they arrived (2026-12-02).
DEV4_FLOORS = {
    "event_f1": 0.86,
    # .856: "the collapse of the Soviet Union" makes Russia a party to a signing the gold
    # leaves to another sentence (stop 28, when "Soviet" became a name of Russia).
    "event_sentence_precision": 0.86,
    "event_sentence_recall": 0.86,
    "dyad_accuracy": 0.77,
    "directed_dyad_accuracy": 0.68,
    "polarity_accuracy": 0.77,
    # .56 until "prop up" became aid (CAMEO 07): 307's RUS -> SYR aid row is now found with its
    # type, and the best-agreeing row of another gold row in that sentence changed with it.
    "event_type_accuracy": 0.58,
    "date_accuracy": 0.65,
    "tension_recall": 0.74,
    "fully_right": 0.30,
    "claim_f1": 0.91,
    "stance_accuracy": 0.95,
    "claimant_country_accuracy": 0.91,
    "via_accuracy": 0.96,
    "hedged_accuracy": 0.85,
    "quotes_verbatim": 1.00,
    "boilerplate_recall": 0.66,
    "boilerplate_precision": 1.00,
    "russia_iran_tension_precision": 0.73,
    "russia_iran_tension_recall": 0.60,
}
DEV5_FLOORS = {
    "event_f1": 0.89,
    "event_sentence_precision": 0.93,
    # .82 and .77 until an alias ("Britain, France and Germany, known as the E3,") stopped
    # being an actor: the snapback sentence had counted for both through its wrong GBR -> E3
    # row, and names no target of its own (Iran is in the sentence before).
    "event_sentence_recall": 0.85,
    "dyad_accuracy": 0.69,
    "directed_dyad_accuracy": 0.59,
    "polarity_accuracy": 0.76,
    "event_type_accuracy": 0.56,
    "date_accuracy": 0.68,
    "tension_recall": 0.79,
    "fully_right": 0.26,
    "claim_f1": 0.86,
    "stance_accuracy": 0.87,
    "claimant_country_accuracy": 0.78,
    "via_accuracy": 0.94,
    "hedged_accuracy": 0.91,
    "quotes_verbatim": 1.00,
    "boilerplate_recall": 0.86,
    "boilerplate_precision": 1.00,
    "russia_iran_tension_precision": 0.71,
    "russia_iran_tension_recall": 0.66,
}
# Twelve more articles in twelve new house styles, scored blind on arrival (2026-12-03).
DEV6_FLOORS = {
    "event_f1": 0.92,
    "event_sentence_precision": 0.95,
    "event_sentence_recall": 0.89,
    "dyad_accuracy": 0.73,
    "directed_dyad_accuracy": 0.65,
    "polarity_accuracy": 0.76,
    "event_type_accuracy": 0.60,
    "date_accuracy": 0.62,
    "tension_recall": 0.82,
    "fully_right": 0.28,
    "claim_f1": 0.83,
    "stance_accuracy": 0.84,
    "claimant_country_accuracy": 0.87,
    "via_accuracy": 0.96,
    "hedged_accuracy": 0.89,
    "quotes_verbatim": 1.00,
    "boilerplate_recall": 1.00,
    "boilerplate_precision": 1.00,
    "russia_iran_tension_precision": 0.71,
    "russia_iran_tension_recall": 0.70,
}
# Twelve articles in twelve further house styles, scored blind on arrival (2026-12-03).
DEV7_FLOORS = {
    "event_f1": 0.91,
    "event_sentence_precision": 0.92,
    "event_sentence_recall": 0.91,
    "dyad_accuracy": 0.70,
    "directed_dyad_accuracy": 0.58,
    "polarity_accuracy": 0.75,
    "event_type_accuracy": 0.54,
    "date_accuracy": 0.54,
    "tension_recall": 0.80,
    "fully_right": 0.22,
    "claim_f1": 0.81,
    "stance_accuracy": 0.89,
    "claimant_country_accuracy": 0.83,
    "via_accuracy": 0.87,
    "hedged_accuracy": 0.89,
    "quotes_verbatim": 1.00,
    "boilerplate_recall": 1.00,
    "boilerplate_precision": 1.00,
    "russia_iran_tension_precision": 0.63,
    "russia_iran_tension_recall": 0.60,
}
# Twelve articles in twelve further house styles, scored blind on arrival (2026-12-03, stop 28).
DEV8_FLOORS = {
    "event_f1": 0.88,
    "event_sentence_precision": 0.89,
    "event_sentence_recall": 0.86,
    "dyad_accuracy": 0.70,
    "directed_dyad_accuracy": 0.58,
    "polarity_accuracy": 0.80,
    "event_type_accuracy": 0.57,
    "date_accuracy": 0.61,
    "tension_recall": 0.80,
    "fully_right": 0.20,
    "russia_iran_tension_precision": 0.87,
    "russia_iran_tension_recall": 0.64,
    "claim_f1": 0.82,
    "stance_accuracy": 0.88,
    "claimant_country_accuracy": 0.66,
    "via_accuracy": 0.79,
    "hedged_accuracy": 0.90,
    "quotes_verbatim": 1.00,
    "boilerplate_recall": 0.31,
    "boilerplate_precision": 1.00,
}
# Each development set's folder under tests/ with its floors.
DEVELOPMENT_SETS = {
    "heldout": DEV_FLOORS,
    "dev2": DEV2_FLOORS,
    "dev4": DEV4_FLOORS,
    "dev5": DEV5_FLOORS,
    "dev6": DEV6_FLOORS,
    "dev7": DEV7_FLOORS,
    "dev8": DEV8_FLOORS,
}


@pytest.fixture(scope="module")
def metrics() -> dict[str, float]:
    return evaluate(build_corpus(SEEDS_DIR, today=date(2026, 11, 22)), GOLD_DIR)


@functools.cache
def development_metrics(folder: str) -> dict[str, float]:
    root = GOLD_DIR.parent / folder
    return evaluate(build_corpus(root / "articles", today=date(2026, 11, 22)), root / "gold")


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_metric_stays_above_its_floor(metrics, name):
    assert metrics[name] >= FLOORS[name], f"{name} fell to {metrics[name]:.3f}"


@pytest.mark.parametrize(
    ("folder", "name"),
    [(folder, name) for folder, floors in DEVELOPMENT_SETS.items() for name in sorted(floors)],
)
def test_development_set_metric_stays_above_its_floor(folder, name):
    value = development_metrics(folder)[name]
    assert value >= DEVELOPMENT_SETS[folder][name], f"{folder}: {name} fell to {value:.3f}"


def test_no_dev_row_comes_from_boilerplate():
    assert development_metrics("heldout")["rows_from_boilerplate"] == 0


def test_no_row_comes_from_boilerplate(metrics):
    assert metrics["rows_from_boilerplate"] == 0


def test_evaluation_catches_a_broken_extractor():
    tables = build_corpus(SEEDS_DIR, today=date(2026, 11, 22))
    events = tables["events"].copy()
    events["polarity"] = "cooperation"
    events["event_date"] = ""
    broken = evaluate({**tables, "events": events}, GOLD_DIR)
    assert broken["tension_recall"] == 0.0
    assert broken["russia_iran_tension_recall"] == 0.0
    assert broken["date_accuracy"] < FLOORS["date_accuracy"]


def test_russia_iran_tension_precision_counts_rows_the_gold_lacks():
    """A Russia-Iran tension row in a sentence whose gold has none lowers the headline's
    precision; the other rows of the sentence do not count."""
    tables = build_corpus(SEEDS_DIR, today=date(2026, 11, 22))
    events = tables["events"].copy()
    russia_iran = events["actor1_country"].isin(["RUS", "IRN"]) & events["actor2_country"].isin(
        ["RUS", "IRN"]
    )
    events.loc[russia_iran, "polarity"] = "tension"
    flipped = evaluate({**tables, "events": events}, GOLD_DIR)
    honest = evaluate(tables, GOLD_DIR)
    assert flipped["russia_iran_tension_precision"] < honest["russia_iran_tension_precision"]
    assert flipped["russia_iran_tension_recall"] >= honest["russia_iran_tension_recall"]


@pytest.mark.parametrize("folder", ["locked", "locked2", "locked3", "locked4", "locked5"])
def test_every_locked_gold_row_points_at_its_article(folder):
    """The locked sets are scored only to report, never in the suite; their gold must still
    hold, every quote verbatim in an article of the set, or the one scoring would fail."""
    root = Path(__file__).resolve().parents[1] / folder
    texts = {p.name: p.read_text(encoding="utf-8") for p in (root / "articles").glob("*.txt")}
    for name in ("events.csv", "claims.csv", "boilerplate.csv"):
        rows = read_gold(name, root / "gold", texts)
        assert rows and all(texts[r["source_file"]][r["span"].start : r["span"].end] for r in rows)


def test_a_body_matches_its_gold_name_whatever_the_spelling():
    predicted = {"actor1": "Russia", "actor1_country": "RUS", "actor2": "Gulf Cooperation Council"}
    gold = {"actor1": "Russia", "actor1_country": "RUS", "actor2": "Gulf Co-operation Council"}
    assert _dyad({**predicted, "actor2_country": ""}) == _dyad({**gold, "actor2_country": ""})
    assert _dyad({**predicted, "actor2_country": ""}) != _dyad(
        {**gold, "actor2": "Gulf Arab states", "actor2_country": ""}
    )
