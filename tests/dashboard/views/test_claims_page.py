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


# --- contested claims (issue #12) ---------------------------------------------------------


def contested_sides(app, visible_text) -> list[dict[str, str]]:
    """Per contested topic on the page: each side's heading and the text of its quotes."""
    pairs = []
    columns = [column for column in app.columns if column.markdown]
    for left, right in zip(columns[::2], columns[1::2], strict=True):
        pairs.append(
            {
                column.markdown[0].value.strip("*"): " ".join(
                    visible_text(block.proto.body) for block in column.get("html")
                )
                for column in (left, right)
            }
        )
    return pairs


def test_the_drones_dispute_is_shown_with_its_sides(open_app, visible_text):
    app = open_app(PAGE)
    assert any(header.value == "Contested claims" for header in app.subheader)
    disputes = [
        sides for sides in contested_sides(app, visible_text)
        if "supplied Moscow with drones" in sides["Asserts, hopes or warns"]
    ]  # fmt: skip
    assert len(disputes) == 1, "the drones dispute is one topic"
    [drones] = disputes
    assert "Iran asserts" in drones["Asserts, hopes or warns"]
    assert "country: IRN" in drones["Asserts, hopes or warns"]
    assert "Volodymyr Zelensky disputes" in drones["Denies or disputes"]
    assert "country: UKR" in drones["Denies or disputes"]
    assert (
        "Reuters" in drones["Denies or disputes"] and "2022-11-09" in drones["Denies or disputes"]
    )
    headings = [visible_text(b.proto.body) for b in app.get("html") if "rim-topic" in b.proto.body]
    assert any(heading.startswith("Iran versus Volodymyr Zelensky") for heading in headings)


def test_a_dispute_keeps_both_sides_when_the_filters_show_one(open_app, visible_text):
    app = open_app(PAGE, params={"q": "supplied Moscow with drones"})
    # "Iran acknowledged ... it supplied Moscow with drones, but said ...": two claims, one side.
    claims = app.dataframe[0].value
    assert list(claims["claimant"]) == ["Iran", "Iran"], "the search keeps one side"
    assert list(claims["claim_date"]) == ["2022-11-05", "2022-11-09"], "at the weekend; the report"
    [drones] = contested_sides(app, visible_text)
    assert "supplied Moscow with drones" in drones["Asserts, hopes or warns"]
    assert "called that a lie" in drones["Denies or disputes"]


def test_claims_on_no_contested_topic_say_so(open_app, visible_text):
    app = open_app(PAGE, params={"q": "condolences"})
    assert contested_sides(app, visible_text) == []
    assert any("No topic among these claims" in caption.value for caption in app.caption)


# --- one topic's claims in the table ----------------------------------------------------------


def drones_topic(seed_tables) -> tuple[str, set[str]]:
    """The topic of the seeds' drones dispute, and the ids of its claims."""
    claims, topics = seed_tables["claims"], seed_tables["claim_topics"]
    asserted = claims["quote"].str.contains("supplied Moscow with drones", regex=False)
    in_topic = topics["claim_id"] == claims.loc[asserted, "claim_id"].iloc[0]
    topic = topics.loc[in_topic, "topic_id"].iloc[0]
    return topic, set(topics.loc[topics["topic_id"] == topic, "claim_id"])


def topic_note(app) -> str:
    notes = [block.value for block in app.markdown if "Only the topic" in block.value]
    return notes[0] if notes else ""


def test_a_topics_button_lists_its_claims_and_puts_the_topic_in_the_url(
    open_app, seed_tables, url_params
):
    topic, members = drones_topic(seed_tables)
    claims = claims_of(seed_tables)
    expected = claims[claims["claim_id"].isin(members)]
    app = open_app(PAGE)
    assert len(app.dataframe[0].value) == len(claims) and topic_note(app) == ""
    app.button(key=f"list_topic_{topic}").click().run()
    assert list(app.dataframe[0].value["quote"]) == list(expected["quote"])
    assert 0 < len(expected) < len(claims)
    assert url_params(app)["topic"] == [topic]
    assert "Iran versus Volodymyr Zelensky" in topic_note(app)
    assert app.button(key=f"list_topic_{topic}").disabled, "the listed topic says so"

    app.button(key="list_every_topic").click().run()
    assert len(app.dataframe[0].value) == len(claims) and topic_note(app) == ""
    assert "topic" not in url_params(app)


def test_a_shared_link_to_a_topic_lists_its_claims(open_app, seed_tables, url_params):
    topic, members = drones_topic(seed_tables)
    claims = claims_of(seed_tables)
    app = open_app(PAGE, params={"topic": topic})
    listed = app.dataframe[0].value
    assert list(listed["quote"]) == list(claims.loc[claims["claim_id"].isin(members), "quote"])
    assert topic_note(app) != "" and url_params(app)["topic"] == [topic]

    unknown = open_app(PAGE, params={"topic": "tp_no_such_topic"})
    assert len(unknown.dataframe[0].value) == len(claims) and topic_note(unknown) == ""
    assert "topic" not in url_params(unknown)
