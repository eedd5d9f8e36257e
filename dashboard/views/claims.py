"""Claims: who asserts, denies or warns what, through which outlet; hedged claims flagged.
The contested topics first, a few quotes a side, each able to narrow the table to its claims.
Select a row to read the claim as a card and review it."""

from functools import partial

import streamlit as st

from dashboard import analysis, components, figures, state
from dashboard.state import CLAIM_FOCUS, CLAIM_TOPIC
from dashboard.theme import STANCE_COLOURS

view = state.current_view()
st.title("Claims")
st.caption(
    "Date, actor, country, source, search and “Russia–Iran only” filters apply here; "
    "claims have no event type, theme or polarity."
)

st.subheader("Contested claims")
contested = analysis.contested_in_view(view.contested_topics(), view.claims)
CLAIM_TOPIC.restore(list(contested["topic_id"].unique()), view.incoming_params)
CLAIM_TOPIC.write(CLAIM_TOPIC.value)
if contested.empty:
    st.caption("No topic among these claims has one side asserting what another denies.")
else:
    st.caption("Topics where one claimant asserts what another denies or disputes, largest first.")
    components.contested_topics(contested, view.topic_cards)

st.subheader("Every claim")
claims = view.claims
if CLAIM_TOPIC.value:
    claims = analysis.claims_of_topic(claims, contested, CLAIM_TOPIC.value)
    topic = contested[contested["topic_id"] == CLAIM_TOPIC.value]
    components.topic_filter_note(topic, len(claims))
# The choices are every claim's, so that one made before a topic is listed stays valid.
stance_column, claimant_column = st.columns([1, 2])
stances = stance_column.pills(
    "Stance",
    [s for s in STANCE_COLOURS if s in set(view.claims["stance"])],
    selection_mode="multi",
    key="claims_stance",
)
claimants = claimant_column.multiselect(
    "Claimant",
    sorted(set(view.claims["claimant"].dropna()), key=str.casefold),
    key="claims_claimant",
    placeholder="All claimants",
)
if stances:
    claims = claims[claims["stance"].isin(stances)]
if claimants:
    claims = claims[claims["claimant"].isin(claimants)]

if claims.empty:
    components.empty_state("claims")
    st.stop()

st.plotly_chart(figures.claims_figure(claims), key="claims_by_claimant")
hedged = int(claims["hedged"].fillna(False).sum())
st.caption(
    f"{len(claims):,} claims, {hedged:,} hedged (anonymous or qualified sourcing, marked ⚠). "
    "Select a row to review the claim."
)
shown = components.paged(claims, components.CLAIMS_PAGE)
shown_ids = list(shown["claim_id"])
st.dataframe(
    components.claims_display(shown),
    key="claims_table",
    on_select=partial(state.focus_on_selected_row, "claims_table", shown_ids, CLAIM_FOCUS),
    selection_mode="single-row",
    hide_index=True,
    column_config=components.CLAIM_COLUMN_CONFIG,
)
CLAIM_FOCUS.restore(shown_ids, view.incoming_params)
CLAIM_FOCUS.write(CLAIM_FOCUS.value)
focus = claims[claims["claim_id"] == CLAIM_FOCUS.value]
for claim in focus.head(1).itertuples(index=False):
    components.claim_card(claim, view)
