"""Every chart of the dashboard: pure functions from a DataFrame to a plotly Figure.

Text that comes from articles (actor names, quotes, outlets) is HTML-escaped before it
goes into hover labels, because plotly renders a subset of HTML tags in them.
"""

from __future__ import annotations

import html
import textwrap

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from dashboard import analysis
from dashboard.filters import periods
from dashboard.theme import (
    NET_LINE,
    POLARITY_COLOURS,
    POLARITY_ORDER,
    PRIMARY,
    SECONDARY,
    STANCE_COLOURS,
)

TIMELINE_ROWS = {"event_type": "Event type", "dyad": "Dyad (initiator → target country)"}
TIMELINE_BASES = {"event": "Event date", "published": "Publication date"}
_FONT = {"family": "sans-serif", "size": 12}


def empty_figure(message: str) -> go.Figure:
    figure = go.Figure()
    figure.add_annotation(
        text=html.escape(message),
        showarrow=False,
        xref="paper",
        yref="paper",
        x=0.5,
        y=0.5,
        font={"size": 14, "color": "#555"},
    )
    figure.update_layout(height=200, xaxis={"visible": False}, yaxis={"visible": False})
    return _styled(figure)


def _styled(figure: go.Figure, height: int | None = None) -> go.Figure:
    figure.update_layout(
        template="plotly_white",
        font=_FONT,
        margin={"l": 10, "r": 10, "t": 40, "b": 10},
        legend={
            "orientation": "h",
            "yanchor": "bottom",
            "y": 1.02,
            "xanchor": "left",
            "x": 0,
            "traceorder": "normal",
        },
        hoverlabel={"align": "left"},
    )
    if height:
        figure.update_layout(height=height)
    return figure


def _wrapped(text: str, width: int = 70, limit: int = 220) -> str:
    """Escaped, shortened and line-broken text for a hover label."""
    short = textwrap.shorten(" ".join(str(text).split()), width=limit, placeholder=" …")
    return "<br>".join(html.escape(line) for line in textwrap.wrap(short, width)) or "—"


# --- timeline ----------------------------------------------------------------------------


TIMELINE_MAX_POINTS = 1500  # more dated events than this: counts per period and row
TIMELINE_WEBGL_POINTS = 400  # more markers than this: drawn with WebGL (Scattergl)


def dated_events(events: pd.DataFrame, basis: str = "event", rows: str = "event_type"):
    """The events with a date on ``basis``: their span (``start``, ``end``), midpoint ``x``
    and chart ``row``. Events dated only to a week, month or year keep that whole period."""
    if basis == "published":
        spans = periods(events["published"])
    else:
        spans = periods(events["event_date"], events["date_precision"])
    spans.index = events.index
    known = spans["start"].notna().to_numpy()
    frame = events[known].assign(start=spans["start"][known], end=spans["end"][known])
    frame["x"] = frame["start"] + (frame["end"] - frame["start"]) / 2
    frame["row"] = _row_labels(frame, rows) if len(frame) else pd.Series(dtype=str)
    return frame


def row_order(labels: pd.Series) -> list[str]:
    """The chart's rows, top to bottom."""
    return sorted({str(label) for label in labels}, key=str.casefold)


def timeline_points(
    events: pd.DataFrame, basis: str = "event", rows: str = "event_type", happenings: bool = False
) -> pd.DataFrame:
    """One plotted mark per event (per happening, from ``analysis.one_per_happening``): its
    row, vertical slot, span and hover text.

    Events dated only to a week, month or year keep that whole period as a span and get
    their marker in its middle; events with no date on the chosen basis are left out.
    """
    frame = dated_events(events, basis, rows)
    if frame.empty:
        return frame.assign(y=pd.Series(dtype=float), hover=pd.Series(dtype=str))
    labels = row_order(frame["row"])
    base = frame["row"].map({label: len(labels) - 1 - i for i, label in enumerate(labels)})
    frame = frame.sort_values(["row", "x", "event_id"])
    slot = frame.groupby(["row", "x"], observed=True).cumcount()
    crowd = frame.groupby(["row", "x"], observed=True)["event_id"].transform("size")
    step = (0.8 / crowd).clip(upper=0.18)
    frame["y"] = base.loc[frame.index].astype(float) + (slot - (crowd - 1) / 2) * step
    hover = _happening_hover if happenings else _timeline_hover
    frame["hover"] = [hover(row, basis) for row in frame.itertuples(index=False)]
    return frame


_PERIOD_DAYS = {"day": 1, "week": 7, "month": 30.4, "quarter": 91.3, "year": 365.25}
MAX_PERIODS = 100  # columns of bubbles across the dense part of the chart


def density_period(dated: pd.DataFrame) -> str:
    """The shortest period that puts at most ``MAX_PERIODS`` across the bulk of the events
    (the 1st to the 99th percentile, so one event dated 2001 does not stretch the scale)."""
    if dated.empty:
        return "day"
    low, high = dated["x"].quantile([0.01, 0.99])
    reach = max((high - low).days, 1)
    return next(
        (name for name, days in _PERIOD_DAYS.items() if reach / days <= MAX_PERIODS), "year"
    )


_DENSITY_COLUMNS = ["event_date", "date_precision", "published", "polarity", "event_type",
                    "actor1_country", "actor2_country", "event_id"]  # fmt: skip


def period_bounds(x: pd.Series, period: str) -> tuple[np.ndarray, np.ndarray]:
    """The first and last day of the day, week (Monday to Sunday), month, quarter or year
    each timestamp falls in, as ``datetime64[D]`` arrays."""
    days = x.to_numpy(dtype="datetime64[ns]").astype("datetime64[D]")
    if period == "week":
        start = days - (days.astype(np.int64) + 3) % 7  # day 0, 1 Jan 1970, was a Thursday
        return start, start + 6
    months = days.astype("datetime64[M]")
    if period == "quarter":
        months = months - months.astype(np.int64) % 3
    unit = {"day": "D", "month": "M", "quarter": "M", "year": "Y"}[period]
    start = days if period == "day" else months.astype(f"datetime64[{unit}]")
    step = 3 if period == "quarter" else 1
    return start.astype("datetime64[D]"), (start + step).astype("datetime64[D]") - 1


def timeline_density(
    events: pd.DataFrame, basis: str = "event", rows: str = "event_type"
) -> pd.DataFrame:
    # Counts rows: pass one row per happening to count happenings.
    """Counts per period and row: events, per polarity, and the net share (−1 to +1)."""
    dated = dated_events(events[[c for c in _DENSITY_COLUMNS if c in events]], basis, rows)
    columns = ["row", "start", "end", "events", *POLARITY_ORDER, "net_share"]
    if dated.empty:
        return pd.DataFrame(columns=columns)
    start, end = period_bounds(dated["x"], density_period(dated))
    keys = pd.DataFrame(
        {
            "row": dated["row"].astype(str).to_numpy(),
            "start": start,
            "end": end,
            "polarity": dated["polarity"].astype(str).to_numpy(),
        }
    )
    table = (
        keys.groupby(["row", "start", "end", "polarity"]).size().unstack(fill_value=0)
        .reindex(columns=list(POLARITY_ORDER), fill_value=0)
        .reset_index().rename_axis(columns=None)
    )  # fmt: skip
    table["start"], table["end"] = pd.to_datetime(table["start"]), pd.to_datetime(table["end"])
    table["events"] = table[list(POLARITY_ORDER)].sum(axis=1)
    table["net_share"] = (table["cooperation"] - table["tension"]) / table["events"]
    return table[columns]


def _row_labels(frame: pd.DataFrame, rows: str) -> pd.Series:
    if rows == "dyad":
        first = frame["actor1_country"].astype("string").fillna("").replace("", "?")
        second = frame["actor2_country"].astype("string").fillna("").replace("", "?")
        return first + " → " + second
    return frame["event_type"].astype("string").fillna("other").str.replace("_", " ")


def _timeline_hover(row, basis: str) -> str:
    if basis == "published":
        when = f"published {row.published}"
    else:
        precision = row.date_precision if row.date_precision != "day" else ""
        when = f"{row.event_date} ({precision})" if precision else str(row.event_date)
    source = row.outlet if isinstance(row.outlet, str) and row.outlet.strip() else row.source_file
    return "<br>".join(
        [
            f"<b>{html.escape(str(row.actor1))} → {html.escape(str(row.actor2))}</b>",
            html.escape(
                f"{str(row.event_type).replace('_', ' ')} · {row.polarity} · {row.modality}"
            ),
            html.escape(when),
            _wrapped(f"“{row.quote}”"),
            f"<i>{html.escape(str(source))}</i>",
        ]
    )


def _happening_hover(row, basis: str) -> str:
    """A happening's label, its coverage and flags, and its first report's quote."""
    flags = analysis.coverage_flags(row)
    coverage = analysis.coverage_line(row)
    when = f"first reported {row.published}" if basis == "published" else _when(row)
    return "<br>".join(
        [
            f"<b>{html.escape(str(row.label).replace('_', ' '))}</b>",
            html.escape(f"{row.polarity} · {when}"),
            _wrapped(coverage),
            *([f"<b>{html.escape(' · '.join(flags))}</b>"] if flags else []),
            _wrapped(f"“{row.quote}”"),
            "<i>click to see every report</i>",
        ]
    )


def _when(row) -> str:
    precision = row.date_precision if row.date_precision not in ("day", "unknown") else ""
    return f"{row.event_date} ({precision})" if precision else str(row.event_date or "undated")


def happening_mark_sizes(n_articles: pd.Series) -> pd.Series:
    """A happening's marker size: its area grows with the articles that report it."""
    return (6 + 6 * n_articles.astype(float).clip(lower=1) ** 0.5).clip(upper=40)


def _span_trace(spans: pd.DataFrame, polarity: str) -> go.Scatter:
    """One faint bar per event across the week, month or year its date allows."""
    xs: list = []
    ys: list = []
    for span in spans.itertuples(index=False):
        xs += [span.start, span.end + pd.Timedelta(days=1), None]
        ys += [span.y, span.y, None]
    return go.Scatter(
        x=xs,
        y=ys,
        mode="lines",
        line={"color": POLARITY_COLOURS[polarity], "width": 7},
        opacity=0.35,
        hoverinfo="skip",
        legendgroup=polarity,
        showlegend=False,
        name=f"{polarity} span",
    )


def timeline_figure(
    events: pd.DataFrame,
    basis: str = "event",
    rows: str = "event_type",
    max_points: int = TIMELINE_MAX_POINTS,
    happenings: bool = False,
) -> go.Figure:
    """Events over time, coloured by polarity, one row per event type (or dyad).

    Up to ``max_points`` dated events, one marker each (WebGL beyond a few hundred), whose
    ``customdata[0]`` is the event id so a click can be traced back to it. Beyond that,
    ``timeline_density_figure``: counts per period and row.

    With ``happenings`` (rows from ``analysis.one_per_happening``), one marker per happening
    at the date it resolves to, its area growing with the articles that report it, and its
    ``customdata[0]`` the ``cluster_id``.
    """
    unit = "happenings" if happenings else "events"
    if dated_count(events, basis) > max_points:
        return timeline_density_figure(events, basis, rows, unit)
    points = timeline_points(events, basis, rows, happenings)
    if points.empty:
        return empty_figure("No dated events match the filters.")
    marker_trace = go.Scattergl if len(points) > TIMELINE_WEBGL_POINTS else go.Scatter
    figure = go.Figure()
    for polarity in POLARITY_ORDER:
        chosen = points[points["polarity"] == polarity]
        if chosen.empty:
            continue
        spans = chosen[chosen["end"] > chosen["start"]]
        if not spans.empty:
            figure.add_trace(_span_trace(spans, polarity))
        ids = chosen["cluster_id" if happenings else "event_id"].astype(str)
        figure.add_trace(
            marker_trace(
                x=chosen["x"],
                y=chosen["y"],
                mode="markers",
                name=polarity,
                legendgroup=polarity,
                marker={
                    "color": POLARITY_COLOURS[polarity],
                    "size": happening_mark_sizes(chosen["n_articles"]) if happenings else 11,
                    "line": {"color": "white", "width": 1},
                },
                customdata=list(zip(ids, chosen["hover"], strict=True)),
                hovertemplate="%{customdata[1]}<extra></extra>",
            )
        )
    return _timeline_layout(figure, row_order(points["row"]), basis, f"{basis}-{rows}-{unit}")


def dated_count(events: pd.DataFrame, basis: str = "event") -> int:
    """How many events have a date on ``basis`` (what the timeline can place)."""
    column = events["published"] if basis == "published" else events["event_date"]
    return int(column.astype("string").fillna("").str.match(r"^\d{4}").sum())


def _timeline_layout(figure: go.Figure, labels: list[str], basis: str, revision: str):
    figure.update_layout(
        yaxis={
            "tickvals": list(range(len(labels))),
            "ticktext": [html.escape(label) for label in reversed(labels)],
            "range": [-0.6, len(labels) - 0.4],
            "showgrid": True,
            "zeroline": False,
            "fixedrange": True,
        },
        xaxis={"type": "date", "title": TIMELINE_BASES[basis]},
        clickmode="event+select",
        hovermode="closest",
        uirevision=revision,
    )
    return _styled(figure, height=max(280, 46 * len(labels) + 130))


def timeline_density_figure(
    events: pd.DataFrame, basis: str = "event", rows: str = "event_type", unit: str = "events"
) -> go.Figure:
    """One bubble per period and row: its area the number of events (or of happenings, one
    row each), its colour the net polarity (cooperation minus tension, as a share of them).
    ``customdata`` holds the period's first and last day, so a click can narrow the dates."""
    table = timeline_density(events, basis, rows)
    if table.empty:
        return empty_figure("No dated events match the filters.")
    labels = row_order(table["row"])
    level = {label: len(labels) - 1 - i for i, label in enumerate(labels)}
    size = 4 + 14 * (table["events"] / table["events"].max()) ** 0.5
    figure = go.Figure(
        go.Scatter(
            x=table["start"] + (table["end"] - table["start"]) / 2,
            y=table["row"].map(level),
            mode="markers",
            name=f"{unit} per period",
            marker={
                "size": size,
                "color": table["net_share"],
                "cmin": -1,
                "cmax": 1,
                "colorscale": [
                    [0, POLARITY_COLOURS["tension"]],
                    [0.5, POLARITY_COLOURS["neutral"]],
                    [1, POLARITY_COLOURS["cooperation"]],
                ],
                "colorbar": {"title": {"text": "net"}, "tickvals": [-1, 0, 1], "len": 0.6,
                             "ticktext": ["tension", "balanced", "cooperation"]},
                "line": {"color": "white", "width": 0.5},
            },
            customdata=list(
                zip(table["start"].dt.strftime("%Y-%m-%d"), table["end"].dt.strftime("%Y-%m-%d"),
                    _density_hover(table, unit), strict=True)
            ),
            hovertemplate="%{customdata[2]}<extra></extra>",
        )
    )  # fmt: skip
    figure = _timeline_layout(figure, labels, basis, f"{basis}-{rows}-{unit}-density")
    figure.update_xaxes(range=bulk_range(table))
    return figure


def bulk_range(table: pd.DataFrame) -> list[pd.Timestamp]:
    """The dates of the 1st to the 99th percentile event, a little wider: the initial view,
    so a few events dated decades earlier do not squeeze the rest (a double-click shows all)."""
    starts = np.repeat(table["start"].to_numpy(), table["events"].to_numpy())
    ends = np.repeat(table["end"].to_numpy(), table["events"].to_numpy())
    low, high = pd.Series(starts).quantile(0.01), pd.Series(ends).quantile(0.99)
    margin = max((high - low) * 0.03, pd.Timedelta(days=7))
    return [low - margin, high + margin]


def _density_hover(table: pd.DataFrame, unit: str) -> list[str]:
    return [
        f"<b>{html.escape(str(row.row))}</b><br>{row.start:%d %b %Y} – {row.end:%d %b %Y}<br>"
        f"{row.events} {unit}: {row.cooperation} cooperation, {row.tension} tension, "
        f"{row.neutral} neutral<br><i>click to show these dates one by one</i>"
        for row in table.itertuples(index=False)
    ]


def compact_timeline_figure(events: pd.DataFrame, unit: str = "events") -> go.Figure:
    """Events (or happenings, one row each) per month stacked by polarity (those known only
    to the year are left out)."""
    counts = analysis.polarity_counts_over_time(events, "month")
    if counts.empty:
        return empty_figure(f"No {unit} with a known month match the filters.")
    figure = go.Figure()
    for polarity in POLARITY_ORDER:
        if counts[polarity].sum():
            figure.add_trace(
                go.Bar(
                    x=counts["period"],
                    y=counts[polarity],
                    name=polarity,
                    marker_color=POLARITY_COLOURS[polarity],
                    xperiod="M1",
                    xperiodalignment="middle",
                    hovertemplate="%{x|%b %Y}: %{y} " + polarity + "<extra></extra>",
                )
            )
    figure.update_layout(
        barmode="stack", yaxis={"title": unit}, xaxis=_period_axis(counts["period"], "month")
    )
    return _styled(figure, height=240)


def _period_axis(periods: pd.Series, freq: str) -> dict:
    """A date axis with a period of room either side, so even a single bar has a width."""
    step = pd.DateOffset(months=1 if freq == "month" else 12)
    return {
        "type": "date",
        "range": [periods.min() - step, periods.max() + step + step],
        "tickformat": "%b %Y" if freq == "month" else "%Y",
    }


# --- cooperation vs tension --------------------------------------------------------------


def _period_bar(counts: pd.DataFrame, freq: str, y: pd.Series, name: str, **style) -> go.Bar:
    """A bar per period, centred on the month (or year) it stands for."""
    return go.Bar(
        x=counts["period"],
        y=y,
        name=name,
        xperiod="M1" if freq == "month" else "M12",
        xperiodalignment="middle",
        **style,
    )


def balance_figure(events: pd.DataFrame, freq: str = "month", unit: str = "events") -> go.Figure:
    """Net balance per period: Goldstein-weighted on top, counts of ``unit`` below (pass one
    row per happening to weigh happenings)."""
    counts = analysis.polarity_counts_over_time(events, freq)
    if counts.empty:
        return empty_figure(f"No {unit} with a known {freq} match the filters.")
    hover_date = "%{x|%b %Y}" if freq == "month" else "%{x|%Y}"
    figure = make_subplots(
        rows=2,
        cols=1,
        shared_xaxes=True,
        vertical_spacing=0.12,
        subplot_titles=(
            "Goldstein-weighted balance (sum of scores)",
            f"{unit.capitalize()}: cooperation up, tension down",
        ),
    )
    goldstein_colours = [
        POLARITY_COLOURS["cooperation" if value >= 0 else "tension"]
        for value in counts["goldstein"]
    ]
    figure.add_trace(
        _period_bar(
            counts,
            freq,
            counts["goldstein"],
            "Goldstein sum",
            showlegend=False,
            marker_color=goldstein_colours,
            hovertemplate=hover_date + ": Goldstein sum %{y:.1f}<extra></extra>",
        ),
        row=1,
        col=1,
    )
    for trace in _count_traces(counts, freq, hover_date):
        figure.add_trace(trace, row=2, col=1)
    figure.update_xaxes(**_period_axis(counts["period"], freq))
    _styled(figure, height=560)
    # Below the plot: on top it would cover the first subplot's title.
    figure.update_layout(barmode="relative", legend={"y": -0.1, "yanchor": "top"})
    return figure


def _count_traces(counts: pd.DataFrame, freq: str, hover_date: str) -> list:
    """Cooperation up, tension down, and the net line through them."""
    return [
        _period_bar(
            counts,
            freq,
            counts["cooperation"],
            "cooperation",
            marker_color=POLARITY_COLOURS["cooperation"],
            hovertemplate=hover_date + ": %{y} cooperation<extra></extra>",
        ),
        _period_bar(
            counts,
            freq,
            -counts["tension"],
            "tension",
            customdata=counts["tension"],
            marker_color=POLARITY_COLOURS["tension"],
            hovertemplate=hover_date + ": %{customdata} tension<extra></extra>",
        ),
        go.Scatter(
            x=counts["period"],
            y=counts["net"],
            name="net (cooperation − tension)",
            mode="lines+markers",
            line={"color": NET_LINE, "width": 2},
            xperiod="M1" if freq == "month" else "M12",
            xperiodalignment="middle",
            hovertemplate=hover_date + ": net %{y}<extra></extra>",
        ),
    ]


def theme_balance_figure(events: pd.DataFrame, unit: str = "events") -> go.Figure:
    """Diverging bars per theme: cooperation to the right, tension to the left."""
    table = analysis.balance_by_theme(events)
    if table.empty:
        return empty_figure(f"No themed {unit} match the filters.")
    themes = table["theme"].str.replace("_", " ")
    figure = go.Figure()
    figure.add_trace(
        go.Bar(
            y=themes,
            x=-table["tension"],
            orientation="h",
            name="tension",
            marker_color=POLARITY_COLOURS["tension"],
            customdata=table["tension"],
            hovertemplate="%{y}: %{customdata} tension<extra></extra>",
        )
    )
    figure.add_trace(
        go.Bar(
            y=themes,
            x=table["cooperation"],
            orientation="h",
            name="cooperation",
            marker_color=POLARITY_COLOURS["cooperation"],
            hovertemplate="%{y}: %{x} cooperation<extra></extra>",
        )
    )
    figure.add_trace(
        go.Scatter(
            y=themes,
            x=table["net"],
            mode="markers",
            name="net",
            marker={"color": NET_LINE, "symbol": "diamond", "size": 9},
            hovertemplate="%{y}: net %{x}<extra></extra>",
        )
    )
    figure.update_layout(
        barmode="relative",
        xaxis={
            "title": f"{unit} (tension ← | → cooperation)",
            "zeroline": True,
            "zerolinecolor": "#888",
        },
    )
    return _styled(figure, height=max(240, 34 * len(table) + 110))


# --- actors ------------------------------------------------------------------------------


def actor_roles_figure(events: pd.DataFrame, top_n: int = 15, unit: str = "events") -> go.Figure:
    """How often each of the busiest actors initiates an event and is its target."""
    table = analysis.actor_roles(events, top_n)
    if table.empty:
        return empty_figure("No actors in the events that match the filters.")
    names = [html.escape(name) for name in table["actor"]]
    figure = go.Figure(
        [
            go.Bar(
                y=names,
                x=table["initiator"],
                orientation="h",
                name="as initiator",
                marker_color=PRIMARY,
                hovertemplate="%{y}: initiates %{x}<extra></extra>",
            ),
            go.Bar(
                y=names,
                x=table["target"],
                orientation="h",
                name="as target",
                marker_color=SECONDARY,
                hovertemplate="%{y}: targeted %{x}<extra></extra>",
            ),
        ]
    )
    figure.update_layout(barmode="group", yaxis={"autorange": "reversed"}, xaxis={"title": unit})
    return _styled(figure, height=max(260, 30 * len(table) + 110))


def dyad_matrix_figure(events: pd.DataFrame, top_n: int = 12) -> go.Figure:
    """Heatmap: initiator rows, target columns, colour = cooperation minus tension."""
    pairs = analysis.dyad_balance(events, top_n)
    if pairs.empty:
        return empty_figure("No actor pairs in the events that match the filters.")
    actors = list(analysis.actor_roles(events, top_n)["actor"])
    initiators = [a for a in actors if a in set(pairs["actor1"])]
    targets = [a for a in actors if a in set(pairs["actor2"])]
    cell = pairs.set_index(["actor1", "actor2"])
    z, text, custom = [], [], []
    for initiator in initiators:
        z_row, text_row, custom_row = [], [], []
        for target in targets:
            if (initiator, target) in cell.index:
                found = cell.loc[(initiator, target)]
                z_row.append(int(found["net"]))
                text_row.append(str(int(found["events"])))
                custom_row.append([int(found["cooperation"]), int(found["tension"])])
            else:
                z_row.append(None)
                text_row.append("")
                custom_row.append([0, 0])
        z.append(z_row)
        text.append(text_row)
        custom.append(custom_row)
    reach = max(1, int(pairs["net"].abs().max()))
    figure = go.Figure(
        go.Heatmap(
            z=z,
            x=[html.escape(a) for a in targets],
            y=[html.escape(a) for a in initiators],
            text=text,
            texttemplate="%{text}",
            customdata=custom,
            zmin=-reach,
            zmax=reach,
            zmid=0,
            colorscale=[
                [0, POLARITY_COLOURS["tension"]],
                [0.5, "#f7f7f7"],
                [1, POLARITY_COLOURS["cooperation"]],
            ],
            colorbar={"title": {"text": "net"}},
            hovertemplate="%{y} → %{x}<br>%{customdata[0]} cooperation, %{customdata[1]} tension"
            "<extra></extra>",
            xgap=2,
            ygap=2,
        )
    )
    figure.update_layout(
        xaxis={"title": "target", "side": "bottom", "tickangle": -40, "showgrid": False},
        yaxis={"title": "initiator", "autorange": "reversed", "showgrid": False},
        plot_bgcolor="white",
    )
    return _styled(figure, height=max(320, 34 * len(initiators) + 170))


# --- claims ------------------------------------------------------------------------------


def claims_figure(claims: pd.DataFrame, top_n: int = 15) -> go.Figure:
    """Claims per claimant, stacked by stance (asserts, denies, …)."""
    table = analysis.claims_by_claimant(claims, top_n)
    if table.empty:
        return empty_figure("No claims match the filters.")
    order = table.groupby("claimant")["claims"].sum().sort_values(ascending=False).index
    figure = go.Figure()
    for stance, colour in STANCE_COLOURS.items():
        chosen = table[table["stance"] == stance].set_index("claimant").reindex(order)
        if chosen["claims"].notna().any():
            figure.add_trace(
                go.Bar(
                    y=[html.escape(name) for name in order],
                    x=chosen["claims"].fillna(0).astype(int),
                    orientation="h",
                    name=stance,
                    marker_color=colour,
                    hovertemplate="%{y}: %{x} " + stance + "<extra></extra>",
                )
            )
    figure.update_layout(
        barmode="stack",
        yaxis={"autorange": "reversed"},
        xaxis={"title": "claims"},
    )
    return _styled(figure, height=max(260, 28 * len(order) + 110))
