"""The router: sidebar filters, their URL round trip, and behaviour shared by every page."""

from datetime import date

import pytest

from dashboard.filters import FILTER_FIELDS, Filters, clean_filters, encode_filters

PAGES = [
    "views/overview.py",
    "views/timeline.py",
    "views/actors.py",
    "views/balance.py",
    "views/claims.py",
    "views/sources.py",
    "views/data.py",
    "views/upload.py",
]


def widget_filters(app) -> Filters:
    """What the sidebar widgets show, read through AppTest's accessor for each widget kind."""
    accessors = {
        "toggle": app.toggle,
        "date": app.date_input,
        "text": app.text_input,
        "pills": app.pills,
        "multiselect": app.multiselect,
    }
    return clean_filters(
        {spec.name: accessors[spec.widget](key=spec.key).value for spec in FILTER_FIELDS}
    )


@pytest.fixture
def shared_filters(seed_tables):
    events = seed_tables["events"]
    return Filters(
        start=date(2022, 1, 1),
        end=date(2025, 12, 31),
        actors=(events["actor1"].iloc[0],),
        countries=("IRN",),
        themes=("diplomacy",),
        event_types=(events["event_type"].iloc[0],),
        polarities=("cooperation",),
        outlets=(seed_tables["documents"]["outlet"].iloc[1],),
        russia_iran_only=False,
        search="Iran",
    )


@pytest.mark.parametrize("page", PAGES)
def test_a_shared_link_restores_every_filter_on_every_page(
    open_app, page, shared_filters, url_params
):
    app = open_app(page, params=encode_filters(shared_filters))
    assert widget_filters(app) == shared_filters
    assert {
        key: value
        for key, value in url_params(app).items()
        if key in encode_filters(shared_filters)
    } == encode_filters(shared_filters)


def test_filters_survive_a_page_switch_that_drops_the_url(open_app, url_params):
    app = open_app()
    app.pills(key="filter_polarities").set_value(["tension"]).run()
    app.text_input(key="filter_search").set_value("Iran").run()
    assert url_params(app) == {"polarity": ["tension"], "q": ["Iran"]}
    app.query_params.clear()
    app.switch_page("views/timeline.py").run()
    assert widget_filters(app) == Filters(polarities=("tension",), search="Iran")
    assert url_params(app) == {"polarity": ["tension"], "q": ["Iran"]}


def test_a_new_link_in_the_same_session_replaces_the_filters(open_app):
    app = open_app(params={"polarity": "tension"})
    app.query_params.clear()
    app.query_params["type"] = ["meeting"]
    app.run()
    assert widget_filters(app) == Filters(event_types=("meeting",))


def test_malformed_or_unknown_params_are_ignored(open_app, url_params):
    app = open_app(
        params={"from": "yesterday", "actor": ["Nobody at all"], "polarity": "fury", "ri": "1"}
    )
    assert widget_filters(app) == Filters()
    assert url_params(app) == {}


def test_reset_restores_the_defaults(open_app, url_params, shared_filters):
    app = open_app(params=encode_filters(shared_filters))
    next(button for button in app.sidebar.button if button.label == "Reset filters").click().run()
    assert widget_filters(app) == Filters()
    assert url_params(app) == {}


def test_countries_are_labelled_with_their_state_name(open_app):
    app = open_app()
    countries = app.multiselect(key="filter_countries")
    assert any(label.startswith("Iran (IRN)") for label in countries.options)


@pytest.mark.parametrize("page", PAGES)
def test_every_page_explains_an_empty_selection(open_app, page):
    app = open_app(page, params={"q": "no quote says this 42"})
    assert len(app.get("plotly_chart")) == 0
    if page not in ("views/sources.py", "views/upload.py"):
        assert app.info, "an st.info tells the analyst why the page is empty"


@pytest.mark.parametrize("page", PAGES)
def test_markup_in_articles_never_reaches_the_page_as_markup(open_app, page, xss_corpus):
    app = open_app(page, corpus=xss_corpus)
    for block in app.get("html"):
        body = block.proto.body.lower()
        assert "<script" not in body and "<img" not in body and "href" not in body
    for element in [*app.markdown, *app.caption, *app.info, *app.warning, *app.error]:
        assert "[click](javascript" not in element.value
        assert "<script" not in element.value and "<img" not in element.value
