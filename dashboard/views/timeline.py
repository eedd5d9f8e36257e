"""Timeline: every event on a time axis; click a point or a table row to read it in context.

Thousands of events are drawn as counts per period; a click on one narrows the dates to it.
"""

from functools import partial

import streamlit as st

from dashboard import analysis, components, figures, state
from dashboard.state import TIMELINE_BASIS, TIMELINE_FOCUS, TIMELINE_ROWS

view = state.current_view()
st.title("Timeline")

TIMELINE_BASIS.restore(list(figures.TIMELINE_BASES), view.incoming_params)
TIMELINE_ROWS.restore(list(figures.TIMELINE_ROWS), view.incoming_params)
left, right = st.columns(2)
basis = components.choice(left, "Date", figures.TIMELINE_BASES, TIMELINE_BASIS.key)
rows = components.choice(right, "Rows", figures.TIMELINE_ROWS, TIMELINE_ROWS.key)
TIMELINE_BASIS.write(basis)
TIMELINE_ROWS.write(rows)

if view.events.empty:
    components.empty_state("events")
    st.stop()

dated = figures.dated_count(view.events, basis)
crowded = dated > figures.TIMELINE_MAX_POINTS
# One chart key per layout, so a selection never points into a different figure.
chart_key = f"timeline_chart_{basis}_{rows}" + ("_density" if crowded else "")
st.plotly_chart(
    figures.timeline_figure(view.events, basis, rows),
    key=chart_key,
    on_select=partial(state.zoom_to_clicked_period, chart_key)
    if crowded
    else partial(state.focus_on_clicked_point, chart_key, TIMELINE_FOCUS),
    selection_mode="points",
)
st.caption(
    f"{dated:,} dated events, counted per period: a bubble's area is the number of events, its "
    "colour the balance of cooperation and tension. Click one, or narrow the dates in the "
    f"sidebar to {figures.TIMELINE_MAX_POINTS:,} events or fewer, to see them one by one; "
    "double-click the chart to include the few events far outside the bulk."
    if crowded
    else "Bars span the week, month or year an event is known to; its dot sits in the middle."
)
if len(view.events) > dated:
    st.caption(f"{len(view.events) - dated:,} events without a date on this basis are only listed.")

shown = components.paged(analysis.chronological(view.events), "timeline_page")
shown_ids = list(shown["event_id"])
st.dataframe(
    components.events_display(shown),
    key="timeline_table",
    on_select=partial(state.focus_on_selected_row, "timeline_table", shown_ids, TIMELINE_FOCUS),
    selection_mode="single-row",
    hide_index=True,
    column_config=components.EVENT_COLUMN_CONFIG,
)

st.subheader("In context")
TIMELINE_FOCUS.restore(list(view.events["event_id"]), view.incoming_params)
TIMELINE_FOCUS.write(TIMELINE_FOCUS.value)
focus = view.events[view.events["event_id"] == TIMELINE_FOCUS.value]
if focus.empty:
    st.info(
        "Click a point on the chart or select a row in the table to read the quote in its article.",
        icon=":material/touch_app:",
    )
for event in focus.head(1).itertuples(index=False):
    components.event_in_context(event, view)
