import pytest

from dashboard.filters import FILTER_FIELDS, FILTER_PARAMS
from dashboard.state import PAGE_PARAMS, article_link, url_speaks_first


@pytest.mark.parametrize(
    ("wanted", "written", "expected"),
    [
        ({}, None, True),  # a fresh session: the URL decides
        ({"q": ["x"]}, None, True),
        ({}, {"q": ["x"]}, False),  # a page switch lost the params
        ({"q": ["x"]}, {"q": ["x"]}, False),  # the app wrote this itself
        ({"q": ["y"]}, {"q": ["x"]}, True),  # pasted link or back button
        ({"q": ["x"], "ri": ["0"]}, {"q": ["x"]}, True),
    ],
)
def test_the_url_wins_only_when_it_says_something_new(wanted, written, expected):
    assert url_speaks_first(wanted, written) is expected


def test_page_parameters_keep_the_names_shared_links_use_and_never_clash_with_filters():
    params = [page.param for page in PAGE_PARAMS]
    assert sorted(params) == [
        "claim", "doc", "event", "happening", "profile", "rows", "topic", "when"
    ]  # fmt: skip
    assert not set(params) & set(FILTER_PARAMS)
    keys = [page.key for page in PAGE_PARAMS] + [spec.key for spec in FILTER_FIELDS]
    assert len(set(keys)) == len(keys), "every widget state key is used once"


def test_an_article_link_carries_the_filters_and_the_article():
    assert article_link({"q": ["x"], "ri": ["0"]}, "doc_1") == {
        "q": ["x"],
        "ri": ["0"],
        "doc": "doc_1",
    }
