from dashboard.analysis import actor_roles
from dashboard.filters import Filters

PAGE = "views/actors.py"


def test_actors_page_draws_roles_and_the_dyad_matrix(open_app, counted_events, charts):
    app = open_app(PAGE)
    roles, matrix = charts(app)
    assert [trace["name"] for trace in roles["data"]] == ["as initiator", "as target"]
    assert matrix["data"][0]["type"] == "heatmap"
    busiest = actor_roles(counted_events())["actor"].iloc[0]
    assert roles["data"][0]["y"][0] == busiest
    assert app.selectbox(key="actor_profile").value == busiest


def test_the_profile_follows_the_url_and_lists_the_actors_quotes(
    open_app, counted_events, url_params, charts
):
    events = counted_events()
    actor = actor_roles(events)["actor"].iloc[1]
    app = open_app(PAGE, params={"profile": actor})
    assert app.selectbox(key="actor_profile").value == actor
    involved = events[(events["actor1"] == actor) | (events["actor2"] == actor)]
    initiates = next(m.value for m in app.metric if m.label == "Initiates")
    assert initiates == str(int((involved["actor1"] == actor).sum()))
    cards = [block for block in app.get("html") if "border-left:4px" in block.proto.body]
    assert len(cards) == min(len(involved), 12)
    other = actor_roles(events)["actor"].iloc[0]
    app.selectbox(key="actor_profile").set_value(other).run()
    assert url_params(app)["profile"] == [other]


def test_actor_filter_narrows_the_page(open_app, counted_events, charts):
    events = counted_events()
    actor = actor_roles(events)["actor"].iloc[0]
    app = open_app(PAGE, params={"actor": actor})
    roles = charts(app)[0]
    narrowed = counted_events(Filters(actors=(actor,)))
    assert sum(roles["data"][0]["x"]) == min(
        len(narrowed), sum(actor_roles(narrowed, 15)["initiator"])
    )


def test_no_events_leaves_an_explanation_not_a_chart(open_app):
    app = open_app(PAGE, params={"q": "no quote says this 42"})
    assert len(app.get("plotly_chart")) == 0
    assert any("No events match" in info.value for info in app.info)
