"""Analyst review: corrections.csv read, applied on every build, orphaned, scored."""

from __future__ import annotations

import math
import shutil
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from data_prep import schema
from data_prep.evaluate import evaluate_corrections
from data_prep.evaluate import main as evaluate_main
from data_prep.pipeline import build_corpus
from data_prep.review import (
    FILE_NAME,
    Correction,
    apply_corrections,
    corpus_texts,
    corrections_frame,
    decide,
    decision_row,
    read_corrections,
    review_accuracy,
    write_corrections,
)

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
TODAY = date(2026, 6, 1)  # as in conftest
GOOD_ARTICLE = (  # conftest's good_article
    " date 2024-10-11 Russian President Vladimir Putin met Iranian President Masoud Pezeshkian "
    "in Ashgabat on Friday.\n\n"
    "The two leaders discussed trade and energy cooperation.\n\n"
    "Kremlin spokesman Dmitry Peskov said the talks were productive.\n"
)
WHEN = "2026-05-01T10:00:00Z"
# GOOD_ARTICLE's sentences (offsets into its text) and what the rules extract from them.
MEETING = (17, 112)
TALKS = (114, 169)
PESKOV = (171, 234)


def _single_anchor_rows(events: pd.DataFrame) -> pd.DataFrame:
    """Events that are the only one of their sentence with their anchors."""
    keys = ["source_file", "char_start", "char_end", "actor1", "actor2", "event_type"]
    return events[~events.duplicated(keys, keep=False)]


def _build(folder, lexicons) -> dict[str, pd.DataFrame]:
    return build_corpus(folder, today=TODAY, lexicons=lexicons)


def _tiny(write_corpus, corrections: str | None = None, name: str = "tiny"):
    files = {"a.txt": GOOD_ARTICLE}
    if corrections is not None:
        files[FILE_NAME] = corrections
    return write_corpus(files, name)


def _csv(*rows: dict) -> str:
    return corrections_frame(rows).to_csv(index=False)


def _event_decision(action: str, start_end=MEETING, **values) -> dict:
    start, end = start_end
    row = {
        "source_file": "a.txt",
        "char_start": start,
        "char_end": end,
        "quote": GOOD_ARTICLE[start:end],
        "actor1": "Vladimir Putin",
        "actor1_country": "RUS",
        "actor2": "Masoud Pezeshkian",
        "actor2_country": "IRN",
        "event_type": "meeting",
        "polarity": "cooperation",
        "event_date": "2024-10-11",
        "date_precision": "day",
        "modality": "reported",
    }
    return decision_row(row, action, values, "ana", reviewed_at=WHEN, kind="event")


# --- the round trip on the seeds ---------------------------------------------------------------


@pytest.fixture(scope="module")
def reviewed_seeds(tmp_path_factory, seed_tables, lexicons):
    """Three decisions made on the seeds' tables, written beside a copy of the seeds, which
    is then built twice."""
    folder = tmp_path_factory.mktemp("reviewed") / "seeds"
    shutil.copytree(SEEDS, folder)
    events, sentences = seed_tables["events"], seed_tables["sentences"]
    single = _single_anchor_rows(events)
    rejected, corrected = single.iloc[0], single.iloc[5]
    polarity = "tension" if corrected["polarity"] != "tension" else "cooperation"
    claims = seed_tables["claims"]
    claimed = set(zip(claims["source_file"], claims["char_start"], strict=True))
    body = sentences[sentences["kind"] == "body"]
    missed = next(
        r for r in body.to_dict("records") if (r["source_file"], r["char_start"]) not in claimed
    )
    rows = decide([], rejected.to_dict(), "reject", reviewer="ana", reviewed_at=WHEN)
    rows = decide(
        rows, corrected.to_dict(), "correct", {"polarity": polarity}, "ana", reviewed_at=WHEN
    )
    added = {"claimant": "Iran", "claimant_country": "IRN", "stance": "warns"}
    rows = decide(rows, missed, "add", added, "ana", reviewed_at=WHEN, kind="claim")
    write_corrections(folder / FILE_NAME, rows)
    first, second = _build(folder, lexicons), _build(folder, lexicons)
    return {
        "rejected": rejected,
        "corrected": corrected,
        "polarity": polarity,
        "missed": missed,
        "first": first,
        "second": second,
        "folder": folder,
    }


def test_round_trip_changes_exactly_the_decided_rows(reviewed_seeds, seed_tables):
    events = reviewed_seeds["first"]["events"].set_index("event_id")
    before = seed_tables["events"].set_index("event_id")
    rejected, corrected = reviewed_seeds["rejected"], reviewed_seeds["corrected"]
    assert list(events.index) == list(before.index)  # same rows, same ids, same order
    assert events.loc[rejected["event_id"], "review"] == "rejected"
    assert events.loc[corrected["event_id"], "review"] == "corrected"
    assert events.loc[corrected["event_id"], "polarity"] == reviewed_seeds["polarity"]
    assert events.loc[rejected["event_id"], "polarity"] == rejected["polarity"]
    others = events.drop(index=[rejected["event_id"], corrected["event_id"]])
    assert set(others["review"]) == {"unreviewed"}
    changed = ["review", "polarity", "cameo_code", "cameo_root", "goldstein", "quad_class"]
    changed += ["cluster_id"]  # a corrected polarity may move the row to another happening
    # A rejected row joins no happening, so the clusters around it may be renamed.
    assert events.loc[rejected["event_id"], "cluster_id"] == ""
    pd.testing.assert_frame_equal(
        events.drop(columns=["review", "cluster_id"]).drop(index=corrected["event_id"]),
        before.drop(columns=["review", "cluster_id"]).drop(index=corrected["event_id"]),
    )
    kept = [c for c in events.columns if c not in changed]
    assert events.loc[corrected["event_id"], kept].equals(before.loc[corrected["event_id"], kept])
    # The CAMEO code follows the corrected polarity: tension never keeps a cooperative score.
    goldstein = events.loc[corrected["event_id"], "goldstein"]
    assert (goldstein < 0) if reviewed_seeds["polarity"] == "tension" else (goldstein >= 0)


def test_round_trip_adds_the_missed_claim(reviewed_seeds, seed_tables, seed_texts):
    claims = reviewed_seeds["first"]["claims"]
    missed = reviewed_seeds["missed"]
    added = claims[claims["review"] == "added"]
    assert len(claims) == len(seed_tables["claims"]) + 1
    assert len(added) == 1
    row = added.iloc[0]
    assert (row["claimant"], row["claimant_country"], row["stance"]) == ("Iran", "IRN", "warns")
    assert (row["source_file"], row["char_start"]) == (missed["source_file"], missed["char_start"])
    assert seed_texts[row["source_file"]][row["char_start"] : row["char_end"]] == row["quote"]
    assert row["russia_iran"] and not row["hedged"] and row["claim_id"].startswith("cl_")
    assert set(claims[claims["review"] != "added"]["review"]) == {"unreviewed"}
    assert claims["claim_id"].is_unique


def test_round_trip_is_stable_and_within_the_contract(reviewed_seeds):
    first, second = reviewed_seeds["first"], reviewed_seeds["second"]
    for name, frame in first.items():
        pd.testing.assert_frame_equal(frame, second[name], obj=name)
        assert list(frame.columns) == list(schema.TABLES[name])
    for table in ("events", "claims"):
        assert set(first[table]["review"]) <= set(schema.REVIEW_STATES)
    assert not (first["problems"]["source_file"] == FILE_NAME).any()


def test_build_without_review_gives_the_extracted_tables(reviewed_seeds, lexicons, seed_tables):
    raw = build_corpus(reviewed_seeds["folder"], today=TODAY, lexicons=lexicons, review=False)
    pd.testing.assert_frame_equal(raw["events"], seed_tables["events"])


# --- orphaned decisions ------------------------------------------------------------------------


def test_text_change_orphans_decisions_and_never_moves_them(write_corpus, lexicons):
    reject = _event_decision("reject")
    correct = _event_decision("correct", TALKS, polarity="tension")
    correct.update(match_type="meeting")
    edited = GOOD_ARTICLE.replace("met Iranian President", "held talks with Iranian President")
    folder = write_corpus({"a.txt": edited, FILE_NAME: _csv(reject, correct)}, "edited")
    tables = _build(folder, lexicons)
    events, problems = tables["events"], tables["problems"]
    messages = problems[problems["source_file"] == FILE_NAME]["message"].tolist()
    assert len(messages) == 2
    assert messages[0].startswith(f"{FILE_NAME} line 2: orphaned") and "not applied" in messages[0]
    assert messages[1].startswith(f"{FILE_NAME} line 3: orphaned") and "is added" in messages[1]
    assert "rejected" not in set(events["review"]) and "corrected" not in set(events["review"])
    added = events[events["review"] == "added"]
    assert len(added) == 1
    shift = len(edited) - len(GOOD_ARTICLE)
    assert added.iloc[0]["char_start"] == TALKS[0] + shift
    assert added.iloc[0]["polarity"] == "tension"
    assert edited[added.iloc[0]["char_start"] : added.iloc[0]["char_end"]] == added.iloc[0]["quote"]


def test_anchors_that_no_longer_match_orphan_the_decision(write_corpus, lexicons):
    reject = {**_event_decision("reject"), "match_actor1": "Somebody Else"}
    folder = _tiny(write_corpus, _csv(reject), "anchors")
    tables = _build(folder, lexicons)
    assert set(tables["events"]["review"]) == {"unreviewed"}
    (message,) = tables["problems"].query("source_file == @FILE_NAME")["message"]
    assert "line 2: orphaned: no event in that sentence has match_actor1='Somebody Else'" in message


def test_quote_gone_from_the_article_adds_nothing(seed_tables, lexicons):
    texts = corpus_texts(seed_tables)
    name = seed_tables["events"].iloc[0]["source_file"]
    correction = Correction(
        "claim", name, 0, 12, "Not in there", "add",
        values={"claimant": "Iran", "claimant_country": "IRN", "stance": "asserts",
                "via": "", "hedged": "false"},
        line=4,
    )  # fmt: skip
    tables, report = apply_corrections(seed_tables, [correction], texts, lexicons)
    assert len(tables["claims"]) == len(seed_tables["claims"])
    assert report.orphaned == [correction]
    assert "quote is no longer in the article" in report.problems[0]


# --- bad input ---------------------------------------------------------------------------------


def _problems(folder) -> list[str]:
    return read_corrections(folder)[1]


def test_unknown_columns_are_named_and_the_rest_applies(write_corpus, lexicons):
    text = _csv(_event_decision("reject")).replace("reviewed_at", "reviewed_at,colour", 1)
    text = text.replace(WHEN, WHEN + ",red")
    folder = _tiny(write_corpus, text, "unknown")
    tables = _build(folder, lexicons)
    (message,) = tables["problems"].query("source_file == @FILE_NAME")["message"]
    assert message.startswith(f"{FILE_NAME} line 1: unknown column(s) 'colour' ignored")
    assert tables["events"].iloc[0]["review"] == "rejected"


def test_missing_required_column_applies_nothing(write_corpus):
    text = _csv(_event_decision("reject")).replace("action", "verdict", 1)
    corrections, problems = read_corrections(_tiny(write_corpus, text, "missing"))
    assert corrections == []
    assert any("required column(s) action missing" in p for p in problems)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"polarity": "friendly"}, "polarity 'friendly' is not one of cooperation"),
        ({"event_type": "party"}, "event_type 'party' is not one of"),
        ({"modality": "maybe"}, "modality 'maybe' is not one of"),
        ({"action": "approve"}, "action 'approve' is not one of confirm"),
        ({"kind": "quote"}, "kind 'quote' is not one of event, claim"),
        ({"actor1_country": "Russia"}, "actor1_country 'Russia' is not an ISO3 code"),
        ({"event_date": "2024-13-01"}, "event_date '2024-13-01' is not YYYY-MM-DD"),
        ({"date_precision": "month"}, "event_date '2024-10-11' does not have date_precision"),
        ({"char_start": "x"}, "offsets 'x'–'112' are not whole numbers"),
        ({"char_end": "120"}, "span 103 characters but the quote has 95"),
        ({"actor2": ""}, "actor2 is empty (a correct gives the full record)"),
        ({"match_type": "tea"}, "match_type 'tea' is not an event type"),
    ],
)
def test_bad_values_are_named_with_their_line(write_corpus, change, expected):
    good = _event_decision("reject")
    bad = {**_event_decision("correct", polarity="tension"), **change}
    corrections, problems = read_corrections(_tiny(write_corpus, _csv(good, bad), "bad"))
    assert len(problems) == 1
    assert problems[0].startswith(f"{FILE_NAME} line 3: ") and expected in problems[0]
    assert problems[0].endswith("row ignored")
    assert [c.action for c in corrections] == ["reject"]


def test_bad_claim_values(write_corpus):
    row = decision_row(
        {"source_file": "a.txt", "char_start": PESKOV[0], "char_end": PESKOV[1],
         "quote": GOOD_ARTICLE[slice(*PESKOV)], "claimant": "Dmitry Peskov",
         "claimant_country": "RUS", "stance": "asserts", "via": "", "hedged": False},
        "correct", {"stance": "shouts", "hedged": "perhaps"}, "ana", reviewed_at=WHEN,
    )  # fmt: skip
    problems = _problems(_tiny(write_corpus, _csv(row), "claim"))
    assert any("stance 'shouts' is not one of asserts" in p for p in problems)
    assert any("hedged 'perhaps' is not true/false" in p for p in problems)


def test_offsets_outside_the_article_and_missing_article(write_corpus, lexicons):
    outside = _event_decision("correct", polarity="tension")
    outside.update(char_start="5000", char_end=str(5000 + len(outside["quote"])))
    elsewhere = {**_event_decision("confirm"), "source_file": "gone.txt"}
    folder = _tiny(write_corpus, _csv(outside, elsewhere, _event_decision("confirm")), "places")
    tables = _build(folder, lexicons)
    messages = tables["problems"].query("source_file == @FILE_NAME")["message"].tolist()
    assert any(
        m.startswith(f"{FILE_NAME} line 2: orphaned: offsets 5000–") and "outside the article" in m
        for m in messages
    )
    assert f"{FILE_NAME} line 3: names article 'gone.txt', which is not in the corpus" in messages
    assert tables["events"].iloc[0]["review"] == "confirmed"  # the rest applies
    # The analyst's corrected row is still added where its quote is.
    assert (tables["events"]["review"] == "added").sum() == 1


def test_duplicates_and_conflicts(write_corpus, lexicons):
    reject = _event_decision("reject")
    again = {**reject, "note": "said twice", "reviewed_by": "bob"}
    confirm_talks = _event_decision("confirm", TALKS)
    confirm_talks.update(match_type="trade_energy")
    reject_talks = {**confirm_talks, "action": "reject"}
    text = _csv(reject, again, confirm_talks, reject_talks)
    folder = _tiny(write_corpus, text, "repeats")
    corrections, problems = read_corrections(folder)
    assert problems == [
        f"{FILE_NAME} line 3: repeats the decision of line 2; ignored",
        f"{FILE_NAME} line 5: conflicts with line 4 about the same event (confirm vs reject); "
        "neither applied",
    ]
    assert [c.line for c in corrections] == [2]
    events = _build(folder, lexicons)["events"]
    assert events["review"].tolist() == ["rejected", "unreviewed", "unreviewed", "unreviewed"]


def test_ragged_and_unreadable_files_do_not_raise(write_corpus, lexicons):
    ragged = _csv(_event_decision("reject")).replace(WHEN, WHEN + ",extra,cells")
    assert "more cells than columns" in _problems(_tiny(write_corpus, ragged, "ragged"))[0]
    folder = _tiny(write_corpus, None, "binary")
    (folder / FILE_NAME).write_bytes(b"\xff\xfe\x00kind")
    tables = _build(folder, lexicons)
    (message,) = tables["problems"].query("source_file == @FILE_NAME")["message"]
    assert "cannot be read" in message
    assert set(tables["events"]["review"]) == {"unreviewed"}


def test_a_sentence_with_two_matching_rows_is_named(write_corpus, seed_tables):
    events = seed_tables["events"]
    keys = ["source_file", "char_start", "char_end", "actor1", "actor2", "event_type"]
    twins = events[events.duplicated(keys, keep=False)]
    row = twins.iloc[0].to_dict()
    decision = decision_row(row, "confirm", reviewer="ana", reviewed_at=WHEN)
    (correction,), _ = read_corrections(write_corpus({FILE_NAME: _csv(decision)}, "twins"))
    tables, report = apply_corrections(seed_tables, [correction], corpus_texts(seed_tables))
    assert "matches 2 events of that sentence; applied to each" in report.problems[0]
    assert (tables["events"]["review"] == "confirmed").sum() == 2


# --- the dashboard's calls ---------------------------------------------------------------------


def test_write_is_atomic_and_reads_back(tmp_path):
    rows = [_event_decision("reject"), _event_decision("correct", TALKS, polarity="tension")]
    rows[1]["note"] = 'a "quoted", multi-line\nnote'
    write_corrections(tmp_path / FILE_NAME, rows)
    assert [p.name for p in tmp_path.iterdir()] == [FILE_NAME]
    corrections, problems = read_corrections(tmp_path)
    assert problems == []
    assert [c.line for c in corrections] == [2, 3]
    assert corrections[1].note == rows[1]["note"]
    assert corrections_frame(corrections).to_dict("records") == rows


def test_deciding_again_replaces_the_earlier_decision(write_corpus, lexicons):
    folder = _tiny(write_corpus, None, "again")
    rows = decide([], _build(folder, lexicons)["events"].iloc[0].to_dict(), "correct",
                  {"actor2": "Iran", "actor2_country": "IRN"}, "ana", reviewed_at=WHEN)  # fmt: skip
    write_corrections(folder / FILE_NAME, rows)
    shown = _build(folder, lexicons)["events"].iloc[0]
    assert (shown["actor2"], shown["review"]) == ("Iran", "corrected")
    rows = decide(
        rows, shown.to_dict(), "correct", {"polarity": "tension"}, "bob", reviewed_at=WHEN
    )
    assert len(rows) == 1 and rows[0]["match_actor2"] == "Masoud Pezeshkian"
    assert (rows[0]["actor2"], rows[0]["polarity"]) == ("Iran", "tension")
    write_corrections(folder / FILE_NAME, rows)
    shown = _build(folder, lexicons)["events"].iloc[0]
    assert (shown["actor2"], shown["polarity"], shown["review"]) == ("Iran", "tension", "corrected")
    # Confirming a corrected row confirms the correction, not the extraction.
    (confirmed,) = decide(rows, shown.to_dict(), "confirm", reviewer="bob")
    assert (confirmed["action"], confirmed["actor2"], confirmed["reviewed_by"]) == (
        "correct",
        "Iran",
        "bob",
    )


def test_rejecting_an_added_row_withdraws_it(write_corpus, lexicons):
    sentence = {"source_file": "a.txt", "char_start": TALKS[0], "char_end": TALKS[1],
                "text": GOOD_ARTICLE[slice(*TALKS)]}  # fmt: skip
    rows = decide([], sentence, "add", {"claimant": "Iran", "stance": "hopes"}, "ana",
                  reviewed_at=WHEN, kind="claim")  # fmt: skip
    folder = _tiny(write_corpus, _csv(*rows), "withdraw")
    claims = _build(folder, lexicons)["claims"]
    added = claims[claims["review"] == "added"].iloc[0].to_dict()
    assert decide(rows, added, "reject", reviewer="ana") == []


# --- accuracy and the evaluator ----------------------------------------------------------------


def _hand_made(write_corpus, lexicons):
    """Four decisions on GOOD_ARTICLE: the meeting confirmed, the talks' trade event corrected
    (type and date), their `other` event rejected, a missed claim added; Peskov's claim
    corrected (stance)."""
    trade = _event_decision("correct", TALKS, event_type="agreement", polarity="cooperation",
                            event_date="2024-10", date_precision="month")  # fmt: skip
    trade.update(match_type="trade_energy", date_precision="month")
    other = {**_event_decision("reject", TALKS), "match_type": "other"}
    peskov = decision_row(
        {"source_file": "a.txt", "char_start": PESKOV[0], "char_end": PESKOV[1],
         "quote": GOOD_ARTICLE[slice(*PESKOV)], "claimant": "Dmitry Peskov",
         "claimant_country": "RUS", "stance": "asserts", "via": "", "hedged": False},
        "correct", {"stance": "hopes"}, "ana", reviewed_at=WHEN,
    )  # fmt: skip
    missed = decision_row(
        {"source_file": "a.txt", "char_start": MEETING[0], "char_end": MEETING[1],
         "quote": GOOD_ARTICLE[slice(*MEETING)]},
        "add", {"claimant": "Kremlin", "claimant_country": "RUS", "stance": "asserts"}, "ana",
        reviewed_at=WHEN, kind="claim",
    )  # fmt: skip
    rows = [_event_decision("confirm"), trade, other, peskov, missed]
    return _tiny(write_corpus, _csv(*rows), "hand")


def test_evaluator_scores_against_the_corrections(write_corpus, lexicons, capsys):
    folder = _hand_made(write_corpus, lexicons)
    raw = build_corpus(folder, today=TODAY, lexicons=lexicons, review=False)
    corrections, problems = read_corrections(folder)
    assert problems == []
    _, report = apply_corrections(raw, corrections, corpus_texts(raw), lexicons)
    metrics = evaluate_corrections(report)
    assert metrics["event_precision"] == pytest.approx(2 / 3)  # one of three kept rows rejected
    assert metrics["event_recall"] == 1.0
    assert metrics["event_f1"] == pytest.approx(0.8)
    assert metrics["event_type_accuracy"] == 0.5
    assert metrics["date_accuracy"] == 0.5
    assert metrics["polarity_accuracy"] == 1.0 and metrics["directed_dyad_accuracy"] == 1.0
    assert metrics["fully_right"] == 0.5
    assert metrics["reviewed_events"] == 3
    assert metrics["claim_precision"] == 1.0
    assert metrics["claim_recall"] == 0.5  # one claim found, one missed
    assert metrics["stance_accuracy"] == 0.0
    assert metrics["claimant_country_accuracy"] == 1.0
    assert evaluate_main(["--corrections", str(folder)]) == 0
    printed = dict(line.split() for line in capsys.readouterr().out.splitlines())
    assert printed["event_precision"] == "0.667" and printed["reviewed_claims"] == "2"


def test_review_accuracy_per_field_and_type(write_corpus, lexicons):
    folder = _hand_made(write_corpus, lexicons)
    raw = build_corpus(folder, today=TODAY, lexicons=lexicons, review=False)
    _, report = apply_corrections(raw, read_corrections(folder)[0], corpus_texts(raw), lexicons)
    table = review_accuracy(report).set_index(["kind", "event_type", "field"])
    assert tuple(table.loc[("event", "all", "event_type"), ["right", "reviewed"]]) == (1, 2)
    assert tuple(table.loc[("event", "all", "kept"), ["right", "reviewed"]]) == (2, 3)
    assert tuple(table.loc[("event", "trade_energy", "event_date"), ["right", "reviewed"]]) == (
        0,
        1,
    )
    assert table.loc[("event", "meeting", "polarity"), "share"] == 1.0
    assert math.isnan(table.loc[("event", "other", "polarity"), "share"])
    assert tuple(table.loc[("claim", "", "found"), ["right", "reviewed"]]) == (1, 2)
    assert tuple(table.loc[("claim", "", "stance"), ["right", "reviewed"]]) == (0, 1)
    assert report.pairs[0][0]["event_type"] == "trade_energy"
    assert report.pairs[0][1]["event_type"] == "agreement"
