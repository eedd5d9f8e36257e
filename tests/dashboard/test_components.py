from dashboard import components


def test_events_display_names_the_source(events_factory):
    table = components.events_display(events_factory({"outlet": "", "source_file": "x.txt"}))
    assert list(table.columns) == components.EVENT_COLUMNS
    assert table.loc[0, "source"] == "x.txt"
