"""In the browser: typing part of a place's name into the header's selector finds it among every place
of China, and choosing it opens its pages, which say it has no reports yet."""

from __future__ import annotations

from urllib.parse import unquote

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def open_selector(page, app_url: str, lang: str):
    page.goto(f"{app_url}/?lang={lang}")
    page.locator(".region-select").click()
    search = page.locator(".dash-dropdown-search")
    search.click()
    return search


@pytest.mark.parametrize("lang, typed, option, notice", [
    ("en", "Yanta", "Yanta District · Xi'an City", "No report of Yanta District"),
    ("zh", "雁塔", "雁塔区 · 西安市", "还没有雁塔区的报告"),
])
def test_typing_a_place_finds_it_and_choosing_it_opens_its_pages(page, app_url, lang, typed, option, notice):
    open_selector(page, app_url, lang).type(typed, delay=60)
    page.get_by_role("option", name=option).click()
    page.wait_for_url(lambda url: "region=" in url)
    assert "region=雁塔区" in unquote(page.url)
    expect(page.locator(".no-figures")).to_contain_text(notice)


@pytest.mark.parametrize("lang, words", [("zh", "搜索"), ("en", "Search")])
def test_the_selector_writes_in_the_pages_language(page, app_url, lang, words):
    assert open_selector(page, app_url, lang).get_attribute("placeholder") == words
