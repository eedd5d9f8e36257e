import pytest

from dashboard.figures import timeline_points
from dashboard.filters import Filters, filter_events

PAGE = "views/timeline.py"
MENTIONS = {"happenings": "0"}  # one mark per mention, as before happenings were counted


def marker_ids(chart):
    return sorted(
        row[0]
        for trace in chart["data"]
        if trace["mode"] == "markers"
        for row in trace["customdata"]
    )


def test_timeline_plots_every_dated_event_and_lists_all_in_the_table(open_app, seed_tables, charts):
    app = open_app(PAGE, params=MENTIONS)
    events = filter_events(seed_tables["events"], Filters())
    [chart] = charts(app)
    assert marker_ids(chart) == sorted(timeline_points(events)["event_id"])
    assert len(app.dataframe[0].value) == len(events)
    assert chart["layout"]["clickmode"] == "event+select"


def test_a_filter_change_updates_chart_table_and_url(open_app, seed_tables, url_params, charts):
    app = open_app(PAGE, params=MENTIONS)
    polarity = seed_tables["events"]["polarity"].value_counts().index[-1]
    app.pills(key="filter_polarities").set_value([polarity]).run()
    events = filter_events(seed_tables["events"], Filters(polarities=(polarity,)))
    assert len(app.dataframe[0].value) == len(events)
    assert marker_ids(charts(app)[0]) == sorted(timeline_points(events)["event_id"])
    assert url_params(app)["polarity"] == [polarity]


def test_query_params_restore_basis_rows_and_filters(open_app, seed_tables, charts):
    app = open_app(
        PAGE,
        params={"when": "published", "rows": "dyad", "type": ["meeting", "aid"], **MENTIONS},
    )
    assert app.button_group(key="timeline_basis").value == "published"
    assert app.button_group(key="timeline_rows").value == "dyad"
    assert app.multiselect(key="filter_event_types").value == ["meeting", "aid"]
    [chart] = charts(app)
    assert chart["layout"]["xaxis"]["title"]["text"] == "Publication date"
    assert all("→" in label for label in chart["layout"]["yaxis"]["ticktext"])
    events = filter_events(seed_tables["events"], Filters(event_types=("meeting", "aid")))
    assert len(app.dataframe[0].value) == len(events)


def test_an_event_in_the_url_is_shown_in_its_article(
    open_app, seed_tables, visible_text, url_params
):
    event = filter_events(seed_tables["events"], Filters()).iloc[0]
    app = open_app(PAGE, params={"event": event["event_id"], **MENTIONS})
    context = [block.proto.body for block in app.get("html") if "rim-article" in block.proto.body]
    assert len(context) == 1
    assert event["quote"] in visible_text(context[0])
    assert url_params(app)["event"] == [event["event_id"]]


def test_selecting_an_event_shows_it_in_context(open_app, seed_tables):
    app = open_app(PAGE, params=MENTIONS)
    assert any("Click a point" in info.value for info in app.info)
    event = filter_events(seed_tables["events"], Filters()).iloc[-1]
    app.session_state["timeline_focus"] = event["event_id"]
    app.run()
    assert not any("Click a point" in info.value for info in app.info)
    assert any("rim-article" in block.proto.body for block in app.get("html"))


@pytest.mark.parametrize("search", ["no quote says this 42", "qxqxq"])
def test_no_matching_events_says_so(open_app, search):
    app = open_app(PAGE, params={"q": search})
    assert len(app.get("plotly_chart")) == 0
    assert any("No events match" in info.value for info in app.info)


# --- happenings (issue #12) ---------------------------------------------------------------


def drones_cluster(seed_tables) -> str:
    events = seed_tables["events"]
    mention = events["quote"].str.contains("supplied Moscow with drones", regex=False)
    return str(events.loc[mention, "cluster_id"].iloc[0])


def test_the_toggle_switches_between_happenings_and_mentions(
    open_app, counted_events, charts, url_params
):
    app = open_app(PAGE)
    assert app.toggle(key="filter_happenings").value is True
    happenings = counted_events()
    [chart] = charts(app)
    assert marker_ids(chart) == sorted(timeline_points(happenings, happenings=True)["cluster_id"])
    assert len(app.dataframe[0].value) == len(happenings)
    app.toggle(key="filter_happenings").set_value(False).run()
    mentions = counted_events(Filters(happenings=False))
    [chart] = charts(app)
    assert marker_ids(chart) == sorted(timeline_points(mentions)["event_id"])
    assert len(app.dataframe[0].value) == len(mentions) > len(happenings)
    assert url_params(app)["happenings"] == ["0"]


def test_a_happening_in_the_url_lists_every_report_of_it(open_app, seed_tables, visible_text):
    cluster_id = drones_cluster(seed_tables)
    app = open_app(PAGE, params={"happening": cluster_id})
    [card] = [b.proto.body for b in app.get("html") if "rim-happening" in b.proto.body]
    events = seed_tables["events"]
    mentions = events[events["cluster_id"] == cluster_id]
    for quote in mentions["quote"]:
        assert f"“{quote}”" in visible_text(card)
    reading_links = [link for link in app.get("page_link") if "Read in" in link.proto.label]
    assert len(reading_links) == mentions["doc_id"].nunique() >= 3
    assert app.query_params["happening"] == cluster_id


def test_clicking_a_happening_shows_its_card(open_app, seed_tables, counted_events):
    app = open_app(PAGE)
    assert any("Click a mark" in info.value for info in app.info)
    single = counted_events().query("n_articles == 1").iloc[0]
    app.session_state["timeline_happening"] = single["cluster_id"]
    app.run()
    [card] = [b.proto.body for b in app.get("html") if "rim-happening" in b.proto.body]
    assert "single source" in card


def test_a_link_to_an_event_opens_its_happening(open_app, seed_tables):
    events = seed_tables["events"]
    event = events[events["cluster_id"] == drones_cluster(seed_tables)].iloc[-1]
    app = open_app(PAGE, params={"event": event["event_id"]})
    assert app.session_state["timeline_happening"] == event["cluster_id"]
    assert any("rim-happening" in block.proto.body for block in app.get("html"))
