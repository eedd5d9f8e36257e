import html

from dashboard.filters import Filters, filter_documents

PAGE = "views/sources.py"


def article_blocks(app):
    return [block.proto.body for block in app.get("html") if "rim-article" in block.proto.body]


def test_reader_shows_the_article_from_the_url(open_app, seed_tables, visible_text, url_params):
    document = seed_tables["documents"].iloc[-1]
    app = open_app(PAGE, params={"doc": document["doc_id"]})
    assert app.selectbox(key="reader_doc").value == document["doc_id"]
    [article] = article_blocks(app)
    assert visible_text(article) == document["text"]
    assert url_params(app)["doc"] == [document["doc_id"]]


def test_reader_highlights_events_and_claims_and_greys_non_body_text(open_app, seed_tables):
    events = seed_tables["events"]
    doc_id = events["doc_id"].value_counts().index[0]
    app = open_app(PAGE, params={"doc": doc_id})
    [article] = article_blocks(app)
    polarities = set(events.loc[events["doc_id"] == doc_id, "polarity"])
    assert "background:" in article and ("dotted" in article) == bool(
        (seed_tables["claims"]["doc_id"] == doc_id).any()
    )
    kinds = set(seed_tables["sentences"].loc[seed_tables["sentences"]["doc_id"] == doc_id, "kind"])
    assert ("color:#8a9099" in article) == bool(kinds - {"body"})
    assert polarities
    meta = " ".join(block.proto.body for block in app.get("html"))
    assert "date from" in meta and "status:" in meta


def test_choosing_another_article_updates_the_url(open_app, seed_tables, url_params):
    app = open_app(PAGE)
    documents = filter_documents(seed_tables["documents"], Filters())
    other = documents["doc_id"].iloc[-1]
    app.selectbox(key="reader_doc").set_value(other).run()
    assert url_params(app)["doc"] == [other]


def test_files_with_problems_are_listed(open_app, tmp_path):
    (tmp_path / "good.txt").write_text(
        "date 2024-03-05\nRussia and Iran signed a treaty on Monday.\n"
    )
    (tmp_path / "empty.txt").write_text("")
    app = open_app(PAGE, corpus=tmp_path)
    flagged = app.dataframe[-2].value
    assert list(flagged["source_file"]) == ["empty.txt"]
    assert flagged["status"].iloc[0] == "error" and "empty" in flagged["message"].iloc[0]
    assert "empty.txt" in set(app.dataframe[-1].value["source_file"])


def test_reader_shows_markup_in_articles_as_text(open_app, xss_corpus, visible_text):
    app = open_app(PAGE, corpus=xss_corpus)
    [article] = article_blocks(app)
    text = (xss_corpus / "001_xss.txt").read_text()
    assert "<script" not in article and "<img" not in article
    assert html.escape('<img src=x onerror="window.__xss=1">') in article
    assert visible_text(article) == text
    for block in app.get("html"):
        assert "<script" not in block.proto.body and "<img" not in block.proto.body
