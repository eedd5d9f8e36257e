"""Claims: who asserts, denies or warns what, through which outlet; hedged claims flagged."""

import streamlit as st

from dashboard import analysis, components, figures
from dashboard.state import current_view
from dashboard.theme import STANCE_COLOURS

view = current_view()
st.title("Claims")
st.caption(
    "Date, actor, country, source, search and “Russia–Iran only” filters apply here; "
    "claims have no event type, theme or polarity."
)

st.subheader("Contested claims")
contested = analysis.contested_in_view(view.contested_topics(), view.claims)
if contested.empty:
    st.caption("No topic among these claims has one side asserting what another denies.")
else:
    st.caption("Topics where one claimant asserts what another denies or disputes.")
    components.contested_topics(contested)

st.subheader("Every claim")
claims = view.claims
stance_column, claimant_column = st.columns([1, 2])
stances = stance_column.pills(
    "Stance",
    [s for s in STANCE_COLOURS if s in set(claims["stance"])],
    selection_mode="multi",
    key="claims_stance",
)
claimants = claimant_column.multiselect(
    "Claimant",
    sorted(set(claims["claimant"].dropna()), key=str.casefold),
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
    f"{len(claims):,} claims, {hedged:,} hedged (anonymous or qualified sourcing, marked ⚠)."
)
shown = components.paged(claims, "claims_page")
table = shown.assign(flag=shown["hedged"].fillna(False).map({True: "⚠ hedged", False: ""}))
st.dataframe(
    table[
        [
            "claimant",
            "stance",
            "flag",
            "quote",
            "via",
            "via_state_media",
            "claimant_country",
            "topic",
            "claim_date",
            "outlet",
        ]
    ],
    hide_index=True,
    column_config={
        "claimant_country": st.column_config.TextColumn("country", width="small"),
        "flag": st.column_config.TextColumn("hedged", width="small"),
        "via": st.column_config.TextColumn("via outlet"),
        "via_state_media": st.column_config.CheckboxColumn("state media", width="small"),
        "claim_date": st.column_config.TextColumn("date", width="small"),
        "quote": st.column_config.TextColumn("quote", width="large"),
    },
)
