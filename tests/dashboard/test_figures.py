import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest

from dashboard import figures
from dashboard.analysis import one_per_happening
from dashboard.filters import Filters, filter_events
from dashboard.theme import POLARITY_COLOURS, PRIMARY, SECONDARY, STANCE_COLOURS

XSS = "<img src=x onerror=alert(1)>"


@pytest.fixture
def events(events_factory):
    return events_factory(
        {"event_id": "day", "event_date": "2024-05-20", "date_precision": "day"},
        {
            "event_id": "week",
            "event_date": "2024-05-20",
            "date_precision": "week",
            "polarity": "tension",
            "event_type": "criticism",
            "goldstein": -2.0,
        },
        {"event_id": "month", "event_date": "2024-02", "date_precision": "month"},
        {"event_id": "year", "event_date": "2023", "date_precision": "year", "actor1": XSS},
        {"event_id": "undated", "event_date": "", "date_precision": "unknown", "quote": XSS},
        {
            "event_id": "same_day",
            "event_date": "2024-05-20",
            "date_precision": "day",
            "actor2_country": "UKR",
            "actor2": "Ukraine",
        },
    )


def traces(figure, kind=None, mode=None):
    return [
        t
        for t in figure.data
        if (kind is None or t.type == kind) and (mode is None or t.mode == mode)
    ]


def test_empty_figures_say_so_and_draw_nothing(events):
    empty = events.iloc[0:0]
    builders = [
        figures.timeline_figure,
        figures.compact_timeline_figure,
        figures.balance_figure,
        figures.theme_balance_figure,
        figures.actor_roles_figure,
        figures.dyad_matrix_figure,
    ]
    for build in builders:
        figure = build(empty)
        assert isinstance(figure, go.Figure)
        assert len(figure.data) == 0, build.__name__
        assert "No " in figure.layout.annotations[0].text
    assert len(figures.claims_figure(pd.DataFrame(columns=["claimant", "stance"])).data) == 0


def test_timeline_has_one_marker_trace_per_polarity_coloured_consistently(events):
    figure = figures.timeline_figure(events)
    markers = traces(figure, mode="markers")
    assert [t.name for t in markers] == ["cooperation", "tension"]
    for trace in markers:
        assert trace.marker.color == POLARITY_COLOURS[trace.name]
    ids = sorted(row[0] for trace in markers for row in trace.customdata)
    assert ids == ["day", "month", "same_day", "week", "year"]  # the undated event is left out


def test_timeline_draws_vague_dates_as_spans_not_days(events):
    figure = figures.timeline_figure(events)
    spans = traces(figure, mode="lines")
    segments = {}
    for trace in spans:
        xs = list(trace.x)
        for start in range(0, len(xs), 3):
            segments[(trace.name, pd.Timestamp(xs[start]))] = pd.Timestamp(xs[start + 1])
    assert segments[("cooperation span", pd.Timestamp("2024-02-01"))] == pd.Timestamp("2024-03-01")
    assert segments[("cooperation span", pd.Timestamp("2023-01-01"))] == pd.Timestamp("2024-01-01")
    assert segments[("tension span", pd.Timestamp("2024-05-14"))] == pd.Timestamp("2024-05-21")
    assert all(
        trace.hoverinfo == "skip" and trace.line.color == POLARITY_COLOURS[trace.legendgroup]
        for trace in spans
    )


def test_timeline_markers_sit_mid_span_and_never_on_top_of_each_other(events):
    points = figures.timeline_points(events).set_index("event_id")
    assert points.loc["month", "x"] == pd.Timestamp("2024-02-15")
    assert points.loc["day", "x"] == pd.Timestamp("2024-05-20")
    same_row_same_day = points.loc[["day", "same_day"], "y"]
    assert same_row_same_day.nunique() == 2
    assert (same_row_same_day - same_row_same_day.round()).abs().max() < 0.5


def test_timeline_rows_follow_the_choice(events):
    by_type = figures.timeline_figure(events)
    assert list(by_type.layout.yaxis.ticktext) == ["meeting", "criticism"]
    by_dyad = figures.timeline_figure(events, rows="dyad")
    assert list(by_dyad.layout.yaxis.ticktext) == ["RUS → UKR", "RUS → IRN"]


def test_timeline_by_publication_date_places_every_event_on_its_day(events):
    figure = figures.timeline_figure(events, basis="published")
    assert traces(figure, mode="lines") == []
    xs = [pd.Timestamp(x) for trace in traces(figure, mode="markers") for x in trace.x]
    assert len(xs) == len(events) and set(xs) == {pd.Timestamp("2024-05-21")}
    assert figure.layout.xaxis.title.text == "Publication date"


def test_timeline_hover_escapes_article_text(events):
    figure = figures.timeline_figure(events)
    hovers = [row[1] for trace in traces(figure, mode="markers") for row in trace.customdata]
    assert not any(XSS in hover for hover in hovers)
    assert any("&lt;img src=x onerror=alert(1)&gt;" in hover for hover in hovers)


def test_timeline_with_only_undated_events_is_empty(events):
    figure = figures.timeline_figure(events[events["event_id"] == "undated"])
    assert len(figure.data) == 0


def test_compact_timeline_stacks_monthly_counts_by_polarity(events):
    figure = figures.compact_timeline_figure(events)
    assert [t.name for t in figure.data] == ["cooperation", "tension"]
    cooperation = figure.data[0]
    assert list(cooperation.y) == [1, 0, 0, 2]  # Feb, Mar, Apr, May 2024
    assert cooperation.marker.color == POLARITY_COLOURS["cooperation"]
    assert figure.layout.barmode == "stack"


def test_balance_figure_weighs_by_goldstein_and_counts(events):
    figure = figures.balance_figure(events, "month")
    goldstein, cooperation, tension, net = figure.data
    assert list(goldstein.y) == [1.0, 0.0, 0.0, 0.0]
    assert list(cooperation.y) == [1, 0, 0, 2]
    assert list(tension.y) == [0, 0, 0, -1]
    assert list(net.y) == [1, 0, 0, 1]
    assert goldstein.marker.color[0] == POLARITY_COLOURS["cooperation"]
    assert tension.marker.color == POLARITY_COLOURS["tension"]
    yearly = figures.balance_figure(events, "year")
    assert [pd.Timestamp(x).year for x in yearly.data[0].x] == [2023, 2024]


def test_negative_goldstein_periods_are_drawn_in_the_tension_colour(events):
    figure = figures.balance_figure(events[events["event_id"] == "week"])
    assert list(figure.data[0].marker.color) == [POLARITY_COLOURS["tension"]]


def test_theme_balance_diverges_around_zero(events_factory):
    events = events_factory(
        {"themes": "trade;energy"}, {"themes": "trade", "polarity": "tension"}, {"themes": "trade"}
    )
    figure = figures.theme_balance_figure(events)
    tension, cooperation, net = figure.data
    assert list(tension.y) == ["energy", "trade"]
    assert list(tension.x) == [0, -1]
    assert list(cooperation.x) == [1, 2]
    assert list(net.x) == [1, 1]
    assert tension.marker.color == POLARITY_COLOURS["tension"]


def test_actor_roles_figure_has_initiator_and_target_bars(events):
    figure = figures.actor_roles_figure(events)
    initiator, target = figure.data
    assert (initiator.name, target.name) == ("as initiator", "as target")
    assert (initiator.marker.color, target.marker.color) == (PRIMARY, SECONDARY)
    assert dict(zip(initiator.y, initiator.x, strict=True))["Russia"] == 5
    assert dict(zip(target.y, target.x, strict=True))["Iran"] == 5
    assert "&lt;img" in "".join(initiator.y)


def test_dyad_matrix_colours_net_cooperation(events_factory):
    events = events_factory(
        {},
        {},
        {},
        {"polarity": "tension", "actor1": "Iran", "actor2": "Russia"},
        {"actor2": "Syria"},
    )
    heatmap = figures.dyad_matrix_figure(events).data[0]
    assert list(heatmap.y) == ["Russia", "Iran"]  # busiest actor first
    assert list(heatmap.x) == ["Russia", "Iran", "Syria"]
    assert [list(row) for row in heatmap.z] == [[None, 3, 1], [-1, None, None]]
    assert [list(row) for row in heatmap.text] == [["", "3", "1"], ["1", "", ""]]
    assert heatmap.zmid == 0 and heatmap.colorscale[0][1] == POLARITY_COLOURS["tension"]


def test_claims_figure_stacks_stances_per_claimant(claims_factory):
    claims = claims_factory(
        {"claimant": "Kremlin"},
        {"claimant": "Kremlin", "stance": "denies"},
        {"claimant": "Iran", "stance": "denies"},
        {"claimant": "Kremlin"},
    )
    figure = figures.claims_figure(claims)
    assert [t.name for t in figure.data] == ["asserts", "denies"]
    asserts, denies = figure.data
    assert list(asserts.y) == ["Kremlin", "Iran"]
    assert list(asserts.x) == [2, 0]
    assert list(denies.x) == [1, 1]
    assert denies.marker.color == STANCE_COLOURS["denies"]


# --- at scale: counts per period beyond a few thousand events -----------------------------


def day(month: int, number: int) -> str:
    return f"{2023 + month // 12}-{month % 12 + 1:02d}-{number % 28 + 1:02d}"


@pytest.fixture
def many_events(events_factory):
    """Forty events a month over two years: 960 events, half cooperation, a quarter tension."""
    rows = []
    for month in range(24):
        for number in range(40):
            polarity = ("cooperation", "cooperation", "tension", "neutral")[number % 4]
            rows.append(
                {
                    "event_id": f"ev_{month}_{number}",
                    "event_date": day(month, number),
                    "polarity": polarity,
                    "event_type": ("meeting", "criticism")[number % 2],
                }
            )
    return events_factory(*rows)


def test_a_crowded_timeline_counts_events_per_period_and_row(many_events):
    density = figures.timeline_density(many_events)
    assert density["events"].sum() == len(many_events)
    assert set(density["row"]) == {"meeting", "criticism"}
    assert density["start"].min() <= pd.Timestamp("2023-01-01") <= density["end"].min()
    assert density["start"].max() <= pd.Timestamp("2024-12-28") <= density["end"].max()
    figure = figures.timeline_figure(many_events, max_points=100)
    [bubbles] = figure.data
    assert bubbles.type == "scatter" and len(bubbles.x) == len(density)
    assert sum(bubbles.marker.color == 1) + sum(bubbles.marker.color == -1) == 0
    assert {row[0][:4] for row in bubbles.customdata} == {"2023", "2024"}
    assert "events" in bubbles.customdata[0][2] and "click" in bubbles.customdata[0][2]


def test_the_net_share_colours_each_bubble_by_its_balance(events_factory):
    events = events_factory(
        {"event_id": "a", "event_date": "2024-01-05", "polarity": "cooperation"},
        {"event_id": "b", "event_date": "2024-01-06", "polarity": "cooperation"},
        {"event_id": "c", "event_date": "2024-01-07", "polarity": "tension"},
        {"event_id": "d", "event_date": "2024-02-07", "polarity": "tension"},
        {"event_id": "e", "event_date": "2019-03-07", "polarity": "neutral"},
    )
    density = figures.timeline_density(events).sort_values("start")
    assert density["start"].dt.strftime("%Y-%m").tolist() == ["2019-03", "2024-01", "2024-02"]
    assert density["events"].tolist() == [1, 3, 1]
    assert density["net_share"].round(3).tolist() == [0.0, 0.333, -1.0]


def test_the_period_keeps_the_bulk_of_the_events_within_a_hundred_columns(events_factory):
    days = pd.date_range("2020-01-01", "2025-12-31", freq="3D").strftime("%Y-%m-%d")
    spread = events_factory(*[{"event_id": day, "event_date": day} for day in days])
    assert figures.density_period(figures.dated_events(spread)) == "month"
    outlier = pd.concat([spread, events_factory({"event_id": "old", "event_date": "2001"})])
    assert figures.density_period(figures.dated_events(outlier)) == "month"
    assert figures.density_period(figures.dated_events(spread.head(20))) == "day"


def test_a_crowded_timeline_escapes_row_labels_in_hovers(events_factory):
    events = events_factory(
        *[
            {"event_id": f"e{n}", "actor1_country": XSS, "event_date": "2024-01-05"}
            for n in range(3)
        ]
    )
    figure = figures.timeline_figure(events, rows="dyad", max_points=1)
    hover = figure.data[0].customdata[0][2]
    assert XSS not in hover and "&lt;img" in hover
    assert all(XSS not in label for label in figure.layout.yaxis.ticktext)


def test_below_the_limit_every_event_is_a_marker_drawn_with_webgl_when_many(many_events):
    assert figures.dated_count(many_events) == len(many_events)
    figure = figures.timeline_figure(many_events, max_points=len(many_events))
    markers = [t for t in figure.data if t.mode == "markers"]
    assert {t.type for t in markers} == {"scattergl"}
    assert sum(len(t.x) for t in markers) == len(many_events)
    few = figures.timeline_figure(many_events.head(10))
    assert {t.type for t in few.data if t.mode == "markers"} == {"scatter"}


def test_figures_read_category_columns_as_they_read_strings(seed_tables):
    from dashboard.filters import Filters, compact, filter_events, with_spans

    fast = with_spans(compact(seed_tables))
    assert isinstance(fast["events"]["polarity"].dtype, pd.CategoricalDtype)
    for filters in (Filters(), Filters(russia_iran_only=False)):
        plain, packed = (filter_events(t["events"], filters) for t in (seed_tables, fast))
        for build in (
            lambda e: figures.timeline_figure(e, "published", "dyad"),
            figures.timeline_figure,
            figures.actor_roles_figure,
            figures.dyad_matrix_figure,
            figures.balance_figure,
            figures.theme_balance_figure,
            figures.compact_timeline_figure,
        ):
            assert build(plain).to_json() == build(packed).to_json()


def test_a_crowded_timeline_opens_on_the_bulk_of_the_events(events_factory):
    days = pd.date_range("2020-01-01", "2025-12-31", freq="3D").strftime("%Y-%m-%d")
    rows = [{"event_id": day, "event_date": day} for day in days]
    events = events_factory(*rows, {"event_id": "old", "event_date": "2001"})
    figure = figures.timeline_figure(events, max_points=10)
    low, high = (pd.Timestamp(value) for value in figure.layout.xaxis.range)
    assert pd.Timestamp("2019-06-01") < low < pd.Timestamp("2020-03-01")
    assert pd.Timestamp("2025-10-01") < high < pd.Timestamp("2026-06-01")


# --- happenings (issue #12) ---------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_happenings(seed_tables):
    events = filter_events(seed_tables["events"], Filters())
    return one_per_happening(events, seed_tables["event_clusters"])


def marks(figure: go.Figure) -> dict[str, float]:
    """Each marker's id (``customdata[0]``) and its size."""
    found = {}
    for trace in figure.data:
        if trace.mode == "markers":
            sizes = np.broadcast_to(trace.marker.size, (len(trace.customdata),))
            found.update(
                {row[0]: float(size) for row, size in zip(trace.customdata, sizes, strict=True)}
            )
    return found


def test_a_happening_is_one_mark_sized_by_its_articles(seed_tables, seed_happenings):
    events = seed_tables["events"]
    drones = events.loc[events["quote"].str.contains("supplied Moscow with drones"), "cluster_id"]
    cluster_id = drones.iloc[0]
    n_articles = int(seed_happenings.set_index("cluster_id").loc[cluster_id, "n_articles"])
    assert n_articles >= 3
    shown = marks(figures.timeline_figure(seed_happenings, happenings=True))
    dated = figures.timeline_points(seed_happenings, happenings=True)
    assert sorted(shown) == sorted(dated["cluster_id"]), "one mark per dated happening"
    assert len(shown) == figures.dated_count(seed_happenings)
    single = float(figures.happening_mark_sizes(pd.Series([1])).iloc[0])
    expected = float(figures.happening_mark_sizes(pd.Series([n_articles])).iloc[0])
    assert shown[cluster_id] == expected > single
    hover = dated.set_index("cluster_id").loc[cluster_id, "hover"]
    assert f"in {n_articles} articles" in hover


def test_happening_marks_are_fewer_than_mention_marks(seed_tables, seed_happenings):
    mentions = filter_events(seed_tables["events"], Filters(happenings=False))
    assert len(marks(figures.timeline_figure(seed_happenings, happenings=True))) < len(
        marks(figures.timeline_figure(mentions))
    )


def test_a_crowded_timeline_counts_happenings_per_period(seed_happenings):
    figure = figures.timeline_figure(seed_happenings, max_points=5, happenings=True)
    [bubbles] = figure.data
    assert bubbles.name == "happenings per period"
    counted = figures.timeline_density(seed_happenings)["events"].sum()
    assert counted == figures.dated_count(seed_happenings)
    assert " happenings: " in bubbles.customdata[0][2]


def test_happening_hover_escapes_article_text(seed_happenings):
    dated = seed_happenings[seed_happenings["event_date"] != ""]
    hostile = dated.head(1).assign(quote=XSS, label=XSS, outlets=XSS)
    hover = figures.timeline_points(hostile, happenings=True)["hover"].iloc[0]
    assert "<img" not in hover and "&lt;img" in hover


@pytest.mark.parametrize("builder", ["compact_timeline_figure", "theme_balance_figure"])
def test_count_charts_name_their_unit(events, builder):
    figure = getattr(figures, builder)(events, "happenings")
    titles = [figure.layout.yaxis.title.text, figure.layout.xaxis.title.text]
    assert any(title and "happenings" in title for title in titles)
