import shutil
from pathlib import Path

import pandas as pd
import pytest

from dashboard.review import (
    Decision,
    accuracy_display,
    apply_decisions,
    corrections_csv,
    corrections_rows,
    decision_errors,
    decision_summary,
    extracted_tables,
    fields_of,
    read_corpus_rows,
    row_of,
    with_decision,
)
from data_prep.review import corpus_texts, parse_corrections

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def texts(seed_tables):
    return corpus_texts(seed_tables)


def russia_iran_events(tables):
    events = tables["events"]
    return events[events["russia_iran"].fillna(False)]


def correction(tables, event_id: str, **changes) -> Decision:
    fields = fields_of(row_of(tables, "event", event_id), "event")
    return Decision("event", event_id, "correct", tuple({**fields, **changes}.items()))


def other_polarity(polarity: str) -> str:
    return "tension" if polarity != "tension" else "cooperation"


def test_a_new_decision_on_a_row_replaces_the_sessions_earlier_one():
    first = Decision("event", "ev_1", "reject")
    other = Decision("claim", "ev_1", "confirm")
    again = Decision("event", "ev_1", "confirm")
    assert with_decision((first, other), again) == (other, again)


def test_confirming_a_row_corrected_this_session_keeps_the_correction():
    corrected = Decision("event", "ev_1", "correct", (("polarity", "tension"),), note="a")
    confirmed = Decision("event", "ev_1", "confirm", note="checked twice")
    [kept] = with_decision((corrected,), confirmed)
    assert (kept.action, kept.values, kept.note) == ("correct", corrected.values, "checked twice")


def test_decisions_apply_to_the_rows_shown_and_leave_the_inputs_alone(seed_tables, texts):
    rejected, corrected = russia_iran_events(seed_tables)["event_id"].iloc[:2]
    before = seed_tables["events"].copy()
    polarity = other_polarity(row_of(seed_tables, "event", corrected)["polarity"])
    decisions = [
        Decision("event", rejected, "reject"),
        correction(seed_tables, corrected, polarity=polarity),
    ]
    events = apply_decisions(seed_tables, decisions, texts)["events"].set_index("event_id")
    assert events.loc[rejected, "review"] == "rejected"
    assert events.loc[rejected, "cluster_id"] == "", "a rejected row joins no happening"
    assert (events.loc[corrected, ["review", "polarity"]] == ["corrected", polarity]).all()
    assert (events.drop([rejected, corrected])["review"] == "unreviewed").all()
    pd.testing.assert_frame_equal(seed_tables["events"], before)


def test_a_decision_on_a_row_the_corpus_file_corrected_replaces_that_correction(seed_tables, texts):
    event_id = russia_iran_events(seed_tables)["event_id"].iloc[1]
    extracted = row_of(seed_tables, "event", event_id)
    first = correction(seed_tables, event_id, polarity=other_polarity(extracted["polarity"]))
    corpus_rows = corrections_rows([], seed_tables, [first])
    loaded = apply_decisions(seed_tables, [first], texts)  # the store, file applied
    second = correction(loaded, event_id, polarity="neutral")
    shown = apply_decisions(loaded, [second], texts)["events"].set_index("event_id")
    assert shown.loc[event_id, "polarity"] == "neutral"
    [row] = corrections_rows(corpus_rows, loaded, [second])
    assert (row["action"], row["polarity"]) == ("correct", "neutral")
    assert row["match_type"] == extracted["event_type"], "anchored to the row as extracted"


def test_the_file_keeps_the_corpus_rows_even_bad_ones(tmp_path, seed_tables):
    (tmp_path / "corrections.csv").write_text(
        "kind,source_file,char_start,char_end,quote,action,surprise\n"
        "event,gone.txt,0,3,abc,reject,x\n",
        encoding="utf-8",
    )
    corpus_rows = read_corpus_rows(tmp_path)
    assert [(r["source_file"], r["action"]) for r in corpus_rows] == [("gone.txt", "reject")]
    assert "surprise" not in corpus_rows[0], "unknown columns are not carried on"
    event_id = seed_tables["events"]["event_id"].iloc[0]
    rows = corrections_rows(corpus_rows, seed_tables, [Decision("event", event_id, "reject")])
    assert rows[0]["source_file"] == "gone.txt" and len(rows) == 2
    assert read_corpus_rows(tmp_path / "nowhere") == []


def test_the_downloaded_file_reads_back_as_the_same_decisions(seed_tables):
    events = seed_tables["events"]["event_id"]
    decisions = [
        Decision("event", events.iloc[0], "reject", note="not an event, a summary"),
        Decision("event", events.iloc[2], "confirm", reviewer="A. Analyst"),
    ]
    rows = corrections_rows([], seed_tables, decisions)
    parsed, problems = parse_corrections(corrections_csv(rows).decode("utf-8"))
    assert problems == []
    assert [(c.action, c.note, c.reviewed_by) for c in parsed] == [
        ("reject", "not an event, a summary", ""),
        ("confirm", "", "A. Analyst"),
    ]


def test_a_date_unlike_its_precision_is_refused_before_it_is_recorded(seed_tables):
    event_id = seed_tables["events"]["event_id"].iloc[0]
    row = row_of(seed_tables, "event", event_id)
    bad = correction(seed_tables, event_id, event_date="2024-05", date_precision="day")
    assert any("does not have date_precision" in error for error in decision_errors(row, bad))
    good = correction(seed_tables, event_id, event_date="2024-05", date_precision="month")
    assert decision_errors(row, good) == []


def test_the_summary_says_what_was_decided_and_what_changed(seed_tables):
    event_id = seed_tables["events"]["event_id"].iloc[0]
    row = row_of(seed_tables, "event", event_id)
    summary = decision_summary(seed_tables, correction(seed_tables, event_id, modality="denied"))
    assert summary.startswith("Correct event")
    assert f"modality: {row['modality']} → denied" in summary.replace("\\", "")
    assert "no longer in the corpus" in decision_summary(
        seed_tables, Decision("event", "ev_gone", "reject")
    )


def test_accuracy_shows_each_share_with_its_count():
    accuracy_rows = pd.DataFrame(
        [
            ["event", "all", "kept", 1, 2, 0.5],
            ["event", "all", "polarity", 0, 1, 0.0],
            ["event", "all", "event_type", 1, 1, 1.0],
            ["event", "statement_support", "kept", 1, 1, 1.0],
            ["event", "statement_support", "polarity", 0, 0, float("nan")],
            ["event", "statement_support", "event_type", 0, 0, float("nan")],
            ["claim", "", "kept", 3, 4, 0.75],
        ],
        columns=["kind", "event_type", "field", "right", "reviewed", "share"],
    )
    events = accuracy_display(accuracy_rows, "event")
    assert list(events.columns) == ["events of type", "kept", "polarity", "event type"]
    assert events.values.tolist() == [
        ["all", "50% (1 of 2)", "0% (0 of 1)", "100% (1 of 1)"],
        ["statement support", "100% (1 of 1)", "—", "—"],
    ]
    assert accuracy_display(accuracy_rows, "claim").values.tolist() == [["75% (3 of 4)"]]


def test_the_baseline_is_the_reviewed_articles_as_extracted(tmp_path, seed_tables):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    event_id = seed_tables["events"]["event_id"].iloc[0]
    rows = corrections_rows([], seed_tables, [Decision("event", event_id, "reject")])
    (corpus / "corrections.csv").write_bytes(corrections_csv(rows))
    reviewed = rows[0]["source_file"]
    extracted = extracted_tables(corpus, [reviewed])
    assert set(extracted["documents"]["source_file"]) == {reviewed}
    assert set(extracted["events"]["review"]) == {"unreviewed"}
    assert event_id in set(extracted["events"]["event_id"])
