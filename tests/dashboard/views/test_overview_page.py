from dashboard.filters import Filters, filter_claims, filter_documents, filter_events


def metric(app, label):
    return next(m.value for m in app.metric if m.label == label)


def expected(seed_tables, filters):
    return (
        filter_events(seed_tables["events"], filters),
        filter_claims(seed_tables["claims"], filters),
        filter_documents(seed_tables["documents"], filters),
    )


def test_overview_shows_headline_numbers_of_the_filtered_corpus(
    open_app, seed_tables, counted_events
):
    app = open_app()
    events, claims, documents = expected(seed_tables, Filters())
    happenings = counted_events()
    assert app.title[0].value == "Russia–Iran Relations Monitor"
    assert metric(app, "Articles") == str(len(documents))
    assert metric(app, "Happenings") == str(events["cluster_id"].nunique()) == str(len(happenings))
    assert len(happenings) < len(events), "the seeds report some happenings more than once"
    assert metric(app, "Claims") == str(len(claims))
    assert metric(app, "Cooperation") == str(int((happenings["polarity"] == "cooperation").sum()))


def test_counting_mentions_counts_every_event_row(open_app, seed_tables):
    app = open_app()
    app.toggle(key="filter_happenings").set_value(False).run()
    events, _, _ = expected(seed_tables, Filters(happenings=False))
    assert metric(app, "Events") == str(len(events))
    assert metric(app, "Cooperation") == str(int((events["polarity"] == "cooperation").sum()))
    assert not any(m.label == "Happenings" for m in app.metric)


def test_overview_draws_a_compact_timeline_and_quote_cards(open_app, charts):
    app = open_app()
    [chart] = charts(app)
    assert {trace["type"] for trace in chart["data"]} == {"bar"}
    cards = [block.proto.body for block in app.get("html") if "border-left:4px" in block.proto.body]
    assert cards, "the latest quotes are shown as cards"
    assert [link.proto.label for link in app.get("page_link")][:1] == ["Read in the article"]


def test_overview_follows_the_filters(open_app, counted_events):
    app = open_app(params={"ri": "0"})
    everything = counted_events(Filters(russia_iran_only=False))
    assert app.toggle(key="filter_russia_iran_only").value is False
    assert metric(app, "Happenings") == str(len(everything))
    app.toggle(key="filter_russia_iran_only").set_value(True).run()
    assert metric(app, "Happenings") == str(len(counted_events()))
    assert "ri" not in app.query_params
