"""The /api page is in both languages: a link to it from an English page (?lang=en) opens it; any
other parameter, or another language, is refused by name as everywhere in the API. Its width is
checked in the browser with every page (test_browser.py::test_no_page_is_wider_than_its_screen)."""

import json
import urllib.error
import urllib.request

import pytest

pytestmark = pytest.mark.slow


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as r:
            return r.status, r.headers.get("Content-Type", ""), r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type", ""), e.read()


@pytest.mark.parametrize("query", ["", "?lang=en", "?lang=zh"])
def test_the_api_page_opens_in_either_language(app_url, query):
    status, kind, body = get(app_url + "/api" + query)
    assert status == 200 and kind.startswith("text/html") and b'name="viewport"' in body


@pytest.mark.parametrize("query, name", [("?lang=fr", "lang"), ("?lang=en&lang=zh", "lang"), ("?i=gdp", "i")])
def test_anything_else_on_the_api_page_is_refused_by_name(app_url, query, name):
    status, kind, body = get(app_url + "/api" + query)
    assert status == 400 and kind.startswith("application/json")
    assert name in json.loads(body)["error"]["message"]
