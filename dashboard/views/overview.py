"""Overview: headline numbers, a compact timeline and the latest quotes of each polarity."""

import streamlit as st

from dashboard import analysis, components, figures
from dashboard.state import current_view

view = current_view()
numbers = analysis.headline(view.counted, view.claims, view.documents)

st.title("Russia–Iran Relations Monitor")
st.caption("What the articles say Russia and Iran did to each other, and who says so.")

articles, events, claims, span, cooperation, tension = st.columns([1, 1, 1, 1.5, 1, 1])
articles.metric("Articles", numbers.articles, border=True)
events.metric(
    view.unit.capitalize(),
    numbers.events,
    border=True,
    help=f"{len(view.events):,} mentions of them." if view.per_happening else None,
)
claims.metric("Claims", numbers.claims, border=True)
span.metric(
    "Years",
    numbers.years,
    border=True,
    help=f"Events dated from {numbers.first_date:%d %b %Y} to {numbers.last_date:%d %b %Y}."
    if numbers.first_date is not None
    else "No dated events.",
)
cooperation.metric("Cooperation", numbers.cooperation, border=True)
tension.metric("Tension", numbers.tension, border=True)
goldstein = f"{numbers.goldstein_mean:+.1f}" if numbers.goldstein_mean is not None else "—"
st.caption(
    f"Net balance {numbers.net:+d} {view.unit} (cooperation minus tension); "
    f"mean Goldstein score {goldstein} on a −10 (conflict) to +10 (cooperation) scale."
)

st.subheader(f"{view.unit.capitalize()} per month")
if view.counted.empty:
    components.empty_state("events")
else:
    st.plotly_chart(
        figures.compact_timeline_figure(view.counted, view.unit),
        key="overview_timeline",
        config={"displayModeBar": False},
    )
    st.caption(f"{view.unit.capitalize()} known only to the year, or not dated, are not shown.")

for column, polarity in zip(st.columns(2), ("cooperation", "tension"), strict=True):
    with column:
        st.subheader(f"Latest {polarity}")
        latest = analysis.latest_events(view.counted, 3, polarity)
        if latest.empty:
            components.empty_state(f"{polarity} events")
        for row in latest.itertuples(index=False):
            components.quote_card(row, view.filter_params)

st.caption("Green is cooperation, orange tension and grey neutral, on every page.")
