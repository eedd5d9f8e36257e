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
