"""Cooperation vs tension: the Russia–Iran balance over time and by theme, with the quotes."""

import streamlit as st

from dashboard import analysis, components, figures
from dashboard.filters import russia_iran
from dashboard.state import current_view

QUOTES_SHOWN = 10

view = current_view()
st.title("Cooperation vs tension")

left, right = st.columns([1, 2])
freq = components.choice(left, "Period", {"month": "Month", "year": "Year"}, "balance_freq")
reported_only = right.toggle(
    "Count only reported events",
    key="balance_reported",
    value=True,
    help="Leave out planned, denied and hypothetical events.",
)
events, unit = view.counted[russia_iran(view.counted)], view.unit
if reported_only:
    events = events[events["modality"] == "reported"]
st.caption("Russia–Iran events only, whatever the sidebar toggle says; the other filters apply.")

if events.empty:
    components.empty_state("Russia–Iran events")
    st.stop()

st.subheader("Net balance over time")
st.plotly_chart(figures.balance_figure(events, freq, unit), key="balance_over_time")
left_out = int(analysis.event_period_start(events, freq).isna().sum())
if left_out:
    st.caption(f"{left_out} {unit} are not dated to the {freq} and are left out of this chart.")

st.subheader("Balance by theme")
st.plotly_chart(figures.theme_balance_figure(events, unit), key="balance_by_theme")

st.subheader("What the sources say")
for column, polarity in zip(st.columns(2), ("cooperation", "tension"), strict=True):
    with column:
        st.markdown(f"**{polarity.capitalize()}**")
        quotes = analysis.latest_events(events, QUOTES_SHOWN, polarity)
        if quotes.empty:
            components.empty_state(f"{polarity} events")
        for row in quotes.itertuples(index=False):
            components.quote_card(row, view.filter_params)
        shown_of = int((events["polarity"] == polarity).sum())
        if shown_of > QUOTES_SHOWN:
            st.caption(f"The {QUOTES_SHOWN} most recent of {shown_of}; the Data page lists all.")
