"""Every chart of the dashboard: pure functions from a DataFrame to a plotly Figure.

Text that comes from articles (actor names, quotes, outlets) is HTML-escaped before it
goes into hover labels, because plotly renders a subset of HTML tags in them.
"""

from __future__ import annotations

import html
import textwrap

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


def timeline_points(
    events: pd.DataFrame, basis: str = "event", rows: str = "event_type"
) -> pd.DataFrame:
    """One plotted mark per event: its row, vertical slot, span and hover text.

    Events dated only to a week, month or year keep that whole period as a span and get
    their marker in its middle; events with no date on the chosen basis are left out.
    """
    if basis == "published":
        spans = periods(events["published"])
    else:
        spans = periods(events["event_date"], events["date_precision"])
    spans.index = events.index
    frame = events.assign(start=spans["start"], end=spans["end"]).dropna(subset=["start"])
    if frame.empty:
        return frame.assign(
            row=pd.Series(dtype=str),
            y=pd.Series(dtype=float),
            x=pd.Series(dtype="datetime64[ns]"),
            hover=pd.Series(dtype=str),
        )
    frame = frame.assign(row=_row_labels(frame, rows))
    frame["x"] = frame["start"] + (frame["end"] - frame["start"]) / 2
    labels = sorted(frame["row"].unique(), key=str.casefold)
    base = frame["row"].map({label: len(labels) - 1 - i for i, label in enumerate(labels)})
    frame = frame.sort_values(["row", "x", "event_id"])
    slot = frame.groupby(["row", "x"]).cumcount()
    crowd = frame.groupby(["row", "x"])["event_id"].transform("size")
    step = (0.8 / crowd).clip(upper=0.18)
    frame["y"] = base.loc[frame.index] + (slot - (crowd - 1) / 2) * step
    frame["hover"] = [_timeline_hover(row, basis) for row in frame.itertuples(index=False)]
    return frame


def _row_labels(frame: pd.DataFrame, rows: str) -> pd.Series:
    if rows == "dyad":
        first = frame["actor1_country"].fillna("").replace("", "?")
        second = frame["actor2_country"].fillna("").replace("", "?")
        return first.astype(str) + " → " + second.astype(str)
    return frame["event_type"].fillna("other").astype(str).str.replace("_", " ")


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
    events: pd.DataFrame, basis: str = "event", rows: str = "event_type"
) -> go.Figure:
    """Events over time, coloured by polarity, one row per event type (or dyad).

    Markers carry the event id as ``customdata[0]`` so a click can be traced back to it.
    """
    points = timeline_points(events, basis, rows)
    if points.empty:
        return empty_figure("No dated events match the filters.")
    figure = go.Figure()
    for polarity in POLARITY_ORDER:
        chosen = points[points["polarity"] == polarity]
        if chosen.empty:
            continue
        spans = chosen[chosen["end"] > chosen["start"]]
        if not spans.empty:
            figure.add_trace(_span_trace(spans, polarity))
        figure.add_trace(
            go.Scatter(
                x=chosen["x"],
                y=chosen["y"],
                mode="markers",
                name=polarity,
                legendgroup=polarity,
                marker={
                    "color": POLARITY_COLOURS[polarity],
                    "size": 11,
                    "line": {"color": "white", "width": 1},
                },
                customdata=list(zip(chosen["event_id"], chosen["hover"], strict=True)),
                hovertemplate="%{customdata[1]}<extra></extra>",
            )
        )
    labels = sorted(points["row"].unique(), key=str.casefold)
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
        uirevision=f"{basis}-{rows}",
    )
    return _styled(figure, height=max(280, 46 * len(labels) + 130))


def compact_timeline_figure(events: pd.DataFrame) -> go.Figure:
    """Events per month stacked by polarity (events known only to the year are left out)."""
    counts = analysis.polarity_counts_over_time(events, "month")
    if counts.empty:
        return empty_figure("No events with a known month match the filters.")
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
        barmode="stack", yaxis={"title": "events"}, xaxis=_period_axis(counts["period"], "month")
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


def balance_figure(events: pd.DataFrame, freq: str = "month") -> go.Figure:
    """Net balance per period: Goldstein-weighted on top, event counts below."""
    counts = analysis.polarity_counts_over_time(events, freq)
    if counts.empty:
        return empty_figure(f"No events with a known {freq} match the filters.")
    hover_date = "%{x|%b %Y}" if freq == "month" else "%{x|%Y}"
    figure = make_subplots(
        rows=2,
        cols=1,
        shared_xaxes=True,
        vertical_spacing=0.12,
        subplot_titles=(
            "Goldstein-weighted balance (sum of scores)",
            "Event counts: cooperation up, tension down",
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


def theme_balance_figure(events: pd.DataFrame) -> go.Figure:
    """Diverging bars per theme: cooperation to the right, tension to the left."""
    table = analysis.balance_by_theme(events)
    if table.empty:
        return empty_figure("No themed events match the filters.")
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
            "title": "events (tension ← | → cooperation)",
            "zeroline": True,
            "zerolinecolor": "#888",
        },
    )
    return _styled(figure, height=max(240, 34 * len(table) + 110))


# --- actors ------------------------------------------------------------------------------


def actor_roles_figure(events: pd.DataFrame, top_n: int = 15) -> go.Figure:
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
    figure.update_layout(
        barmode="group", yaxis={"autorange": "reversed"}, xaxis={"title": "events"}
    )
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
