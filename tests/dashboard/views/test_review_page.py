"""The review form on the Timeline, Claims and Sources pages, and the Review page."""

import shutil

import pytest
from conftest import REPO_ROOT

from dashboard.filters import Filters, filter_claims, filter_events
from data_prep.review import parse_corrections

PAGE = "views/review.py"
TIMELINE = "views/timeline.py"


def decide(app, kind: str, row_id: str, action: str, **fields) -> None:
    """Fill in the row's review form and record the decision."""
    key = f"review_{kind}_{row_id}"
    app.radio(key=f"{key}_action").set_value(action)
    for name, value in fields.items():
        app.selectbox(key=f"{key}_{name}").set_value(value)
    next(b for b in app.button if b.label == "Record decision").click()
    app.run()
    assert not app.exception, [error.value for error in app.exception]


def switch(app, page: str) -> None:
    app.switch_page(page).run()
    assert not app.exception, [error.value for error in app.exception]


def listed_decisions(app) -> list[str]:
    return [m.value for m in app.markdown if " · " in m.value]


@pytest.fixture
def shown_events(seed_tables):
    return filter_events(seed_tables["events"], Filters())


def test_the_review_page_starts_empty(open_app):
    app = open_app(PAGE)
    assert any("No decision yet" in info.value for info in app.info)
    assert any("Every decision in the corpus's file applies" in s.value for s in app.success)


def test_rejecting_an_event_in_context_hides_it_until_shown_and_undo_brings_it_back(
    open_app, shown_events
):
    event_id = shown_events["event_id"].iloc[0]
    # Counting mentions, so the Timeline's table lists the event itself.
    app = open_app(TIMELINE, params={"event": event_id, "happenings": "0"})
    assert any(c.value == "Review: Not reviewed yet" for c in app.caption)
    decide(app, "event", event_id, "reject")
    assert len(app.dataframe[0].value) == len(shown_events) - 1
    app.toggle(key="filter_show_rejected").set_value(True).run()
    assert len(app.dataframe[0].value) == len(shown_events)

    switch(app, PAGE)
    [summary] = listed_decisions(app)
    assert summary.startswith("Reject event")
    app.button(key="undo_0").click().run()
    assert listed_decisions(app) == []
    app.toggle(key="filter_show_rejected").set_value(False).run()
    switch(app, TIMELINE)
    assert len(app.dataframe[0].value) == len(shown_events)


def test_correcting_a_claims_stance_on_its_card_changes_the_claims_table(open_app, seed_tables):
    claims = filter_claims(seed_tables["claims"], Filters())
    claim = claims.iloc[0]
    stance = "denies" if claim["stance"] != "denies" else "warns"
    app = open_app("views/claims.py", params={"claim": claim["claim_id"]})
    assert any(claim["claimant"] in block.proto.body for block in app.get("html"))
    decide(app, "claim", claim["claim_id"], "correct", stance=stance)
    table = app.dataframe[0].value
    assert table.loc[table["quote"] == claim["quote"], "stance"].tolist() == [stance]
    assert any(c.value == "Review: Corrected by an analyst" for c in app.caption)
    switch(app, PAGE)
    [summary] = listed_decisions(app)
    assert f"stance: {claim['stance']} → {stance}" in summary.replace("\\", "")
    claims_accuracy = [frame.value for frame in app.dataframe if "stance" in frame.value.columns]
    assert claims_accuracy[0]["stance"].tolist() == ["0% (0 of 1)"]


def test_the_reader_reviews_one_of_the_articles_events(open_app, seed_tables):
    events = seed_tables["events"]
    doc_id = events["doc_id"].value_counts().index[0]
    app = open_app("views/sources.py", params={"doc": doc_id})
    item = app.selectbox(key="reader_review_item")
    kind, row_id = item.value.split(":", 1)
    assert (kind, row_id) == ("event", events.loc[events["doc_id"] == doc_id, "event_id"].iloc[0])
    decide(app, kind, row_id, "confirm")
    assert any(c.value == "Review: Confirmed by an analyst" for c in app.caption)


def test_a_correction_the_file_would_refuse_is_not_recorded(open_app, shown_events):
    event = shown_events.iloc[0]
    app = open_app(TIMELINE, params={"event": event["event_id"]})
    key = f"review_event_{event['event_id']}"
    app.text_input(key=f"{key}_event_date").set_value("2024-05")
    app.selectbox(key=f"{key}_date_precision").set_value("day")
    decide(app, "event", event["event_id"], "correct")
    assert any("does not have date_precision" in e.value for e in app.error)
    switch(app, PAGE)
    assert listed_decisions(app) == []


def test_save_to_corpus_writes_the_file_and_the_store_applies_it(open_app, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(REPO_ROOT / "seeds", corpus)
    app = open_app(PAGE, corpus=corpus, params={"happenings": "0"})
    app.text_input(key="review_reviewer_input").set_value("A. Analyst").run()
    event = app.session_state["_view"].events.iloc[0]
    event_id = event["event_id"]
    app.session_state["timeline_focus"] = event_id
    switch(app, TIMELINE)
    decide(app, "event", event_id, "reject")
    switch(app, PAGE)
    assert app.text_input(key="review_reviewer_input").value == "A. Analyst"
    app.button(key="save_corrections").click().run()
    corrections, problems = parse_corrections((corpus / "corrections.csv").read_text())
    assert problems == []
    assert [(c.action, c.match["match_type"], c.reviewed_by) for c in corrections] == [
        ("reject", event["event_type"], "A. Analyst")
    ]
    assert listed_decisions(app) == [], "saved decisions leave the session's list"
    events = app.session_state["_view"].tables["events"].set_index("event_id")
    assert events.loc[event_id, "review"] == "rejected", "the store now applies the file"


def test_confirming_a_row_the_file_corrected_keeps_the_correction(open_app, tmp_path):
    """The session shows what a rebuild with the saved file will: a corrected row stays so."""
    corpus = tmp_path / "corpus"
    shutil.copytree(REPO_ROOT / "seeds", corpus)
    app = open_app(TIMELINE, corpus=corpus, params={"happenings": "0"})
    event_id = app.session_state["_view"].events.iloc[0]["event_id"]
    app.session_state["timeline_focus"] = event_id
    app.run()
    decide(app, "event", event_id, "correct", polarity="tension")
    switch(app, PAGE)
    app.button(key="save_corrections").click().run()
    switch(app, TIMELINE)
    assert (
        app.session_state["_view"].tables["events"].set_index("event_id").loc[event_id, "review"]
        == "corrected"
    )
    decide(app, "event", event_id, "confirm")
    events = app.session_state["_view"].tables["events"].set_index("event_id")
    assert tuple(events.loc[event_id, ["review", "polarity"]]) == ("corrected", "tension")
    switch(app, PAGE)
    assert listed_decisions(app)[0].startswith("Correct event")


def test_problems_with_the_corpus_corrections_are_listed(open_app, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(REPO_ROOT / "seeds", corpus)
    (corpus / "corrections.csv").write_text(
        "kind,source_file,char_start,char_end,quote,action,match_actor1,match_actor2,match_type\n"
        "event,missing.txt,0,3,abc,reject,Russia,Iran,meeting\n"
        "event,missing.txt,0,3,abc,undo,Russia,Iran,meeting\n",
        encoding="utf-8",
    )
    app = open_app(PAGE, corpus=corpus, params={"happenings": "0"})
    [problems] = [frame.value for frame in app.dataframe if "message" in frame.value.columns]
    assert problems["message"].str.contains("line 2: names article 'missing.txt'").any()
    assert problems["message"].str.contains("line 3: action 'undo' is not one of").any()
