import pytest

from dashboard.urlstate import url_speaks_first


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
