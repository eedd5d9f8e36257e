"""Actors: who initiates and who is targeted, who acts on whom, and one actor's profile."""

import streamlit as st

from dashboard import analysis, components, figures, markup, state
from dashboard.state import current_view

QUOTES_SHOWN = 12

view = current_view()
events, unit = view.counted, view.unit  # one row per happening, or per mention
st.title("Actors")

if events.empty:
    components.empty_state("events")
    st.stop()

st.subheader("As initiator and as target")
st.plotly_chart(figures.actor_roles_figure(events, unit=unit), key="actor_roles")

st.subheader("Who acts on whom")
st.plotly_chart(figures.dyad_matrix_figure(events), key="dyad_matrix")
st.caption(
    f"Rows initiate, columns are targeted. Colour: cooperation minus tension {unit} between "
    f"the pair; the number: how many {unit}."
)

st.subheader("Actor profile")
ranked = list(analysis.actor_roles(events)["actor"])
state.PROFILE.restore(ranked, view.incoming_params, fallback=ranked[0])
actor = st.selectbox("Actor", ranked, key=state.PROFILE.key)
state.PROFILE.write(actor)

involved = events[(events["actor1"] == actor) | (events["actor2"] == actor)]
initiates, targeted, cooperation, tension = st.columns(4)
initiates.metric("Initiates", int((involved["actor1"] == actor).sum()))
targeted.metric("Is targeted", int((involved["actor2"] == actor).sum()))
cooperation.metric(f"Cooperation {unit}", int((involved["polarity"] == "cooperation").sum()))
tension.metric(f"Tension {unit}", int((involved["polarity"] == "tension").sum()))
known = view.tables["actors"][view.tables["actors"]["name"] == actor]
for facts in known.head(1).itertuples(index=False):
    st.html(
        markup.meta_html(
            [
                f"type: {facts.type}",
                f"country: {facts.country}",
                f"role: {facts.role}",
                f"also called: {facts.aliases}",
            ]
        )
    )

for row in analysis.latest_events(involved, QUOTES_SHOWN).itertuples(index=False):
    components.quote_card(row, view.filter_params)
if len(involved) > QUOTES_SHOWN:
    st.caption(
        f"The {QUOTES_SHOWN} most recent of {len(involved)} {unit}; the Data page lists all."
    )
