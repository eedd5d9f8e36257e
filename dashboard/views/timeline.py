"""Timeline: every event on a time axis; click a point or a table row to read it in context."""

from functools import partial

import streamlit as st

from dashboard import analysis, components, figures, session, urlstate

view = session.current_view()
st.title("Timeline")

incoming = view.incoming_params
urlstate.restore_choice("when", "timeline_basis", list(figures.TIMELINE_BASES), "event", incoming)
urlstate.restore_choice(
    "rows", "timeline_rows", list(figures.TIMELINE_ROWS), "event_type", incoming
)
left, right = st.columns(2)
basis = components.choice(left, "Date", figures.TIMELINE_BASES, "timeline_basis")
rows = components.choice(right, "Rows", figures.TIMELINE_ROWS, "timeline_rows")
urlstate.write_page_param("when", None if basis == "event" else basis)
urlstate.write_page_param("rows", None if rows == "event_type" else rows)

if view.events.empty:
    components.empty_state("events")
    st.stop()

# One chart key per layout, so a selection never points into a different figure.
chart_key = f"timeline_chart_{basis}_{rows}"
st.plotly_chart(
    figures.timeline_figure(view.events, basis, rows),
    key=chart_key,
    on_select=partial(session.focus_on_clicked_point, chart_key, "timeline_focus"),
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
    on_select=partial(session.focus_on_selected_row, "timeline_table", shown_ids, "timeline_focus"),
    selection_mode="single-row",
    hide_index=True,
    column_config=components.EVENT_COLUMN_CONFIG,
)

st.subheader("In context")
urlstate.restore_choice("event", "timeline_focus", shown_ids, None, incoming)
urlstate.write_page_param("event", st.session_state["timeline_focus"])
focus = view.events[view.events["event_id"] == st.session_state["timeline_focus"]]
if focus.empty:
    st.info(
        "Click a point on the chart or select a row in the table to read the quote in its article.",
        icon=":material/touch_app:",
    )
for event in focus.head(1).itertuples(index=False):
    components.event_in_context(event, view.tables, view.filter_params)
