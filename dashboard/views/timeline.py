"""Timeline: every happening (or every event) on a time axis; click a mark or a table row to
read it: a happening's reports side by side, an event's quote in its article.

Thousands of marks are drawn as counts per period; a click on one narrows the dates to it.
"""

from functools import partial

import streamlit as st

from dashboard import analysis, components, figures, state
from dashboard.state import TIMELINE_BASIS, TIMELINE_FOCUS, TIMELINE_HAPPENING, TIMELINE_ROWS

view = state.current_view()
st.title("Timeline")

TIMELINE_BASIS.restore(list(figures.TIMELINE_BASES), view.incoming_params)
TIMELINE_ROWS.restore(list(figures.TIMELINE_ROWS), view.incoming_params)
left, right = st.columns(2)
basis = components.choice(left, "Date", figures.TIMELINE_BASES, TIMELINE_BASIS.key)
rows = components.choice(right, "Rows", figures.TIMELINE_ROWS, TIMELINE_ROWS.key)
TIMELINE_BASIS.write(basis)
TIMELINE_ROWS.write(rows)

if view.counted.empty:
    components.empty_state("events")
    st.stop()

marks, unit = view.counted, view.unit
focus_param = TIMELINE_HAPPENING if view.per_happening else TIMELINE_FOCUS
dated = figures.dated_count(marks, basis)
crowded = dated > figures.TIMELINE_MAX_POINTS
# One chart key per layout, so a selection never points into a different figure.
chart_key = f"timeline_chart_{basis}_{rows}_{unit}" + ("_density" if crowded else "")
st.plotly_chart(
    figures.timeline_figure(marks, basis, rows, happenings=view.per_happening),
    key=chart_key,
    on_select=partial(state.zoom_to_clicked_period, chart_key)
    if crowded
    else partial(state.focus_on_clicked_point, chart_key, focus_param),
    selection_mode="points",
)
st.caption(components.timeline_caption(dated, unit, crowded))
if len(marks) > dated:
    st.caption(f"{len(marks) - dated:,} {unit} without a date on this basis are only listed.")

shown = components.paged(analysis.chronological(marks), "timeline_page")
shown_ids = list(shown["cluster_id" if view.per_happening else "event_id"].astype(str))
table_key = "timeline_happenings_table" if view.per_happening else "timeline_table"
st.dataframe(
    components.happenings_display(shown)
    if view.per_happening
    else components.events_display(shown),
    key=table_key,
    on_select=partial(state.focus_on_selected_row, table_key, shown_ids, focus_param),
    selection_mode="single-row",
    hide_index=True,
    column_config=components.HAPPENING_COLUMN_CONFIG
    if view.per_happening
    else components.EVENT_COLUMN_CONFIG,
)

if view.per_happening:
    st.subheader("Every report of it")
    components.focused_happening(view)
    st.stop()

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
