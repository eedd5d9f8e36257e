import pytest

from dashboard.filters import Filters, filter_events

PAGE = "views/data.py"


def test_every_table_has_csv_and_parquet_downloads(open_app):
    app = open_app(PAGE)
    labels = [button.proto.label for button in app.get("download_button")]
    for table in ("events", "claims", "documents", "sentences", "mentions", "actors", "problems"):
        assert f"{table}.csv" in labels and f"{table}.parquet" in labels


def test_the_events_table_follows_the_filters(open_app, seed_tables):
    app = open_app(PAGE)
    assert len(app.dataframe[0].value) == len(filter_events(seed_tables["events"], Filters()))
    event_type = seed_tables["events"]["event_type"].value_counts().index[0]
    app.multiselect(key="filter_event_types").set_value([event_type]).run()
    expected = filter_events(seed_tables["events"], Filters(event_types=(event_type,)))
    assert len(app.dataframe[0].value) == len(expected)
    assert set(app.dataframe[0].value["event_type"]) == {event_type}


@pytest.mark.parametrize("param", [{"q": "no quote says this 42"}])
def test_empty_tables_say_so(open_app, param):
    app = open_app(PAGE, params=param)
    assert any("No events rows match" in info.value for info in app.info)


def test_the_event_clusters_table_holds_the_happenings_of_the_kept_events(open_app, seed_tables):
    app = open_app(PAGE)
    labels = [button.proto.label for button in app.get("download_button")]
    assert "event_clusters.csv" in labels and "event_clusters.parquet" in labels
    kept = set(filter_events(seed_tables["events"], Filters())["cluster_id"])
    tables = [frame.value for frame in app.dataframe]
    [clusters] = [table for table in tables if "n_articles" in table.columns]
    assert set(clusters["cluster_id"]) == kept
    assert len(kept) < len(seed_tables["event_clusters"]), "the filters leave some out"
