"""Timeline: every event on a time axis; click a point or a table row to read it in context."""

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

# One chart key per layout, so a selection never points into a different figure.
chart_key = f"timeline_chart_{basis}_{rows}"
st.plotly_chart(
    figures.timeline_figure(view.events, basis, rows),
    key=chart_key,
    on_select=partial(state.focus_on_clicked_point, chart_key, TIMELINE_FOCUS),
    selection_mode="points",
)
undated = len(view.events) - len(figures.timeline_points(view.events, basis, rows))
st.caption(
    "Bars span the week, month or year an event is known to; its dot sits in the middle."
    + (f" {undated} events without a date on this basis are only in the table." if undated else "")
)

in_order = analysis.chronological(view.events)
shown_ids = list(in_order["event_id"])
st.dataframe(
    components.events_display(in_order),
    key="timeline_table",
    on_select=partial(state.focus_on_selected_row, "timeline_table", shown_ids, TIMELINE_FOCUS),
    selection_mode="single-row",
    hide_index=True,
    column_config=components.EVENT_COLUMN_CONFIG,
)

st.subheader("In context")
TIMELINE_FOCUS.restore(shown_ids, view.incoming_params)
TIMELINE_FOCUS.write(TIMELINE_FOCUS.value)
focus = view.events[view.events["event_id"] == TIMELINE_FOCUS.value]
if focus.empty:
    st.info(
        "Click a point on the chart or select a row in the table to read the quote in its article.",
        icon=":material/touch_app:",
    )
for event in focus.head(1).itertuples(index=False):
    components.event_in_context(event, view.tables, view.filter_params)
