from dashboard.filters import Filters, filter_claims

PAGE = "views/claims.py"


def claims_of(seed_tables, filters=None):
    return filter_claims(seed_tables["claims"], filters or Filters())


def test_claims_table_and_chart_follow_the_data(open_app, seed_tables, charts):
    app = open_app(PAGE)
    claims = claims_of(seed_tables)
    table = app.dataframe[0].value
    assert len(table) == len(claims)
    assert list(table.columns[:4]) == ["claimant", "stance", "flag", "quote"]
    assert set(table.loc[table["flag"] != "", "quote"]) == set(
        claims.loc[claims["hedged"].fillna(False), "quote"]
    )
    [chart] = charts(app)
    assert {trace["name"] for trace in chart["data"]} <= set(claims["stance"])


def test_stance_and_claimant_narrow_the_table(open_app, seed_tables):
    app = open_app(PAGE)
    claims = claims_of(seed_tables)
    stance = claims["stance"].value_counts().index[-1]
    app.pills(key="claims_stance").set_value([stance]).run()
    assert len(app.dataframe[0].value) == int((claims["stance"] == stance).sum())
    claimant = claims.loc[claims["stance"] == stance, "claimant"].iloc[0]
    app.multiselect(key="claims_claimant").set_value([claimant]).run()
    assert set(app.dataframe[0].value["claimant"]) == {claimant}


def test_global_filters_from_the_url_apply_to_claims(open_app, seed_tables):
    everything = claims_of(seed_tables, Filters(russia_iran_only=False))
    country = everything["claimant_country"].dropna().value_counts().index[0]
    app = open_app(PAGE, params={"ri": "0", "country": country})
    expected = claims_of(seed_tables, Filters(russia_iran_only=False, countries=(country,)))
    assert len(app.dataframe[0].value) == len(expected) < len(everything)
    assert app.multiselect(key="filter_countries").value == [country]


def test_no_claims_says_so(open_app):
    app = open_app(PAGE, params={"q": "no quote says this 42"})
    assert len(app.get("plotly_chart")) == 0 and len(app.dataframe) == 0
    assert any("No claims match" in info.value for info in app.info)


def test_the_claims_page_shows_exactly_the_tables_russia_iran_claims(open_app, seed_tables):
    claims = seed_tables["claims"]
    flagged = claims[claims.russia_iran.fillna(False)]
    app = open_app(PAGE)
    assert list(app.dataframe[0].value["quote"]) == list(flagged["quote"])
    app.toggle(key="filter_russia_iran_only").set_value(False).run()
    assert len(app.dataframe[0].value) == len(claims) > len(flagged)
