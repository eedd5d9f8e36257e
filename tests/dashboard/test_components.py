from streamlit.testing.v1 import AppTest

from dashboard import analysis, components


def test_events_display_names_the_source(events_factory):
    table = components.events_display(events_factory({"outlet": "", "source_file": "x.txt"}))
    assert list(table.columns) == components.EVENT_COLUMNS
    assert table.loc[0, "source"] == "x.txt"


def contested_page(topics):
    from dashboard import analysis, components

    components.contested_topics(
        topics, lambda topic_ids: analysis.topic_cards(topics[topics["topic_id"].isin(topic_ids)])
    )


def crowded_topics(claims_factory, largest=8):
    """Contested topics of 2, 3, … ``largest`` claims, smallest first; each asserted by one
    quote per claimant and denied by one quote reprinted in two articles."""
    rows = []
    for size in range(2, largest + 1):
        asserting = [
            {"claimant": f"Official {n}", "quote": f"Claim {n} of {size}.", "stance": "asserts"}
            for n in range(size - 2)
        ]
        denying = [
            {"claimant": "Iran", "quote": "Iran denies it.", "stance": "denies",
             "source_file": f"{size}-{n}.txt"}
            for n in range(2)
        ]  # fmt: skip
        rows += [{**row, "claim_id": f"cl_{size}_{n}"} for n, row in enumerate(asserting + denying)]
    claims = claims_factory(*rows)
    return claims.assign(
        topic_id="tp_" + claims["claim_id"].str.split("_").str[1],
        position=claims["stance"].map({"asserts": "for", "denies": "against"}),
    )


def test_contested_topics_show_a_few_quotes_a_side_and_the_smaller_topics_folded(claims_factory):
    app = AppTest.from_function(
        contested_page, args=(crowded_topics(claims_factory),), default_timeout=30
    ).run()
    assert not app.exception
    headings = [block for block in app.get("html") if "rim-topic" in block.proto.body]
    assert len(headings) == components.TOPICS_SHOWN, "the folded cards wait to be opened"
    [folded] = app.expander
    assert folded.label == "2 more contested topics"
    assert not folded.get("html")
    app.session_state["more_contested_topics"] = True  # the reader opens the expander
    app.run()
    headings = [block for block in app.get("html") if "rim-topic" in block.proto.body]
    assert len(headings) == 7
    [folded] = app.expander
    folded_headings = [b for b in folded.get("html") if "rim-topic" in b.proto.body]
    assert len(folded_headings) == 7 - components.TOPICS_SHOWN
    assert "2 claims on one topic" in folded_headings[-1].proto.body, "the smallest folded"
    assert "8 claims on one topic" in headings[0].proto.body, "the largest first"
    largest_for, largest_against = app.columns[:2]
    assert len(largest_for.get("html")) == analysis.QUOTES_PER_SIDE
    assert [caption.value for caption in largest_for.caption] == ["and 3 more quotes"]
    assert len(largest_against.get("html")) == 1, "the reprinted denial is shown once"
    assert "quoted in 2 articles" in largest_against.get("html")[0].proto.body
    assert len(largest_against.caption) == 0, "nothing left out"
    labels = [button.label for button in app.button]
    assert labels == ["List its claims in the table below"] * 7, "one per topic"


def test_contested_topics_past_the_folded_ones_are_counted_not_drawn(claims_factory):
    drawn = components.TOPICS_SHOWN + components.FOLDED_TOPICS_SHOWN
    # Topics of 2 … drawn + 4 claims: drawn + 3 of them.
    topics = crowded_topics(claims_factory, largest=drawn + 4)
    app = AppTest.from_function(contested_page, args=(topics,), default_timeout=30)
    app.session_state["more_contested_topics"] = True
    app.run()
    assert not app.exception
    headings = [block for block in app.get("html") if "rim-topic" in block.proto.body]
    assert len(headings) == drawn
    [folded] = app.expander
    assert folded.label == f"{drawn + 3 - components.TOPICS_SHOWN} more contested topics"
    assert folded.caption[-1].value.startswith("and 3 smaller topics, not drawn here")
    assert "5 claims on one topic" in headings[-1].proto.body, "the smallest drawn"
