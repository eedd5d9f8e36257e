from dashboard.analysis import polarity_counts_over_time

PAGE = "views/balance.py"


def russia_iran_reported(counted_events):
    events = counted_events()
    events = events[events["russia_iran"].fillna(False).astype(bool)]
    return events[events["modality"] == "reported"]


def test_balance_over_time_matches_the_data(open_app, counted_events, charts):
    app = open_app(PAGE)
    over_time, by_theme = charts(app)
    expected = polarity_counts_over_time(russia_iran_reported(counted_events), "month")
    goldstein, cooperation, tension, net = over_time["data"]
    assert tension["y"] == [-count for count in expected["tension"]]
    assert goldstein["y"] == list(expected["goldstein"])
    assert cooperation["y"] == list(expected["cooperation"])
    assert net["y"] == list(expected["net"])
    assert {trace["name"] for trace in by_theme["data"]} == {"tension", "cooperation", "net"}


def test_yearly_periods_and_all_modalities(open_app, counted_events, charts):
    app = open_app(PAGE)
    app.button_group(key="balance_freq").set_value("year").run()
    app.toggle(key="balance_reported").set_value(False).run()
    over_time = charts(app)[0]
    events = counted_events()
    events = events[events["russia_iran"].fillna(False).astype(bool)]
    assert over_time["data"][1]["y"] == list(
        polarity_counts_over_time(events, "year")["cooperation"]
    )


def test_two_columns_of_quotes_link_to_the_reader(open_app, counted_events):
    app = open_app(PAGE)
    events = russia_iran_reported(counted_events)
    cards = [block for block in app.get("html") if "border-left:4px" in block.proto.body]
    expected = sum(
        min(10, int((events["polarity"] == p).sum())) for p in ("cooperation", "tension")
    )
    assert len(cards) == expected
    links = app.get("page_link")
    assert len(links) == expected
    assert all(
        link.proto.page.endswith("sources") or "sources" in link.proto.page for link in links
    )


def test_filters_that_leave_nothing_say_so(open_app):
    app = open_app(PAGE, params={"from": "1990-01-01", "to": "1990-12-31"})
    assert len(app.get("plotly_chart")) == 0
    assert any("No Russia–Iran events match" in info.value for info in app.info)
