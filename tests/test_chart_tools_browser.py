"""Issue 24 in real headless Chromium: the log axis, the index view, a chart's CSV, its citation, and
Back returning to the view before."""

import csv
import io
import re

from playwright.sync_api import expect

from components.i18n import t

LONG = 20000
PLOT = "document.querySelector('.js-plotly-plot')"


def wait_js(page, expression: str, timeout: int = LONG) -> None:
    """Wait until `expression` is true in the page (evaluated, not eval'd: the app's CSP forbids eval)."""
    for _ in range(timeout // 200):
        if page.evaluate(expression):
            return
        page.wait_for_timeout(200)
    raise AssertionError(f"never true: {expression}")


def open_gdp(page, app_url, extra=""):
    page.goto(app_url + "/indicator?i=gdp&lang=en" + extra)
    expect(page.locator(".js-plotly-plot .gtitle").first).to_contain_text("GDP", timeout=LONG)
    page.wait_for_load_state("networkidle")


def choose(page, control: str, label: str):
    page.locator(f"#{control} label").filter(has_text=label).click()


def test_the_log_toggle_puts_a_level_on_a_log_axis_and_in_the_address(page, app_url):
    open_gdp(page, app_url)
    choose(page, "indicator-scale", t("scale_log", "en"))
    page.wait_for_url(re.compile("scale=log"), timeout=LONG)
    wait_js(page, f"{PLOT}.layout.yaxis.type === 'log'")
    expect(page.locator("#scale-hint")).to_contain_text("rates can be zero or negative")


def test_the_index_view_draws_the_first_year_at_100(page, app_url):
    open_gdp(page, app_url)
    choose(page, "indicator-view", t("view_index", "en"))
    page.wait_for_url(re.compile("view=index"), timeout=LONG)
    chart = page.locator(".js-plotly-plot").first
    expect(chart.locator(".gtitle")).to_contain_text("GDP: index", timeout=LONG)
    expect(chart.locator(".ytitle")).to_contain_text("index (2012 = 100)")
    ys = page.evaluate(f"{PLOT}.data.filter(d => d.customdata).flatMap(d => d.y)")
    assert min(ys) == 100.0 or 100.0 in ys


def test_a_charts_csv_holds_the_points_it_draws(page, app_url):
    open_gdp(page, app_url, "&view=yoy")
    expect(page.locator(".js-plotly-plot .gtitle").first).to_contain_text("change from a year ago", timeout=LONG)
    drawn = page.evaluate(f"{PLOT}.data.filter(d => d.customdata).flatMap(d => d.customdata)")
    with page.expect_download() as dl:
        page.locator(".chart-csv").first.click()
    raw = dl.value.path().read_text(encoding="utf-8")
    assert raw.startswith("\ufeff") and dl.value.suggested_filename == "luohu-gdp-yoy-en.csv"
    rows = list(csv.DictReader(io.StringIO(raw[1:])))
    assert sorted(int(r[t("csv_obs_id", "en")]) for r in rows) == sorted(drawn)
    assert all(r[t("csv_unit", "en")] and r[t("csv_basis", "en")] and r[t("csv_address", "en")] for r in rows)
    assert {r[t("csv_unit_drawn", "en")] for r in rows} == {t("yoy_unit", "en")}


def test_the_citation_is_copied_with_the_page_address(page, app_url):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=app_url)
    open_gdp(page, app_url, "&view=index")
    page.locator(".cite summary").first.click()
    expect(page.locator(".citation").first).to_contain_text("Sources:", timeout=LONG)
    page.locator(".cite-copy").first.click()
    wait_js(page, "navigator.clipboard.readText().then(s => s.length > 0)")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert "“GDP: index”" in copied and page.url in copied and "accessed" in copied


def test_back_returns_to_the_view_before(page, app_url):
    open_gdp(page, app_url)
    first = page.url
    choose(page, "indicator-view", t("view_index", "en"))
    page.wait_for_url(re.compile("view=index"), timeout=LONG)
    choose(page, "indicator-scale", t("scale_log", "en"))
    page.wait_for_url(re.compile("scale=log"), timeout=LONG)
    wait_js(page, f"{PLOT}.layout.yaxis.type === 'log'")
    page.go_back()
    wait_js(page, f"{PLOT} && {PLOT}.layout.yaxis.type !== 'log'")
    assert "view=index" in page.url and "scale=log" not in page.url
    expect(page.locator("#indicator-scale input[value=linear]")).to_be_checked()
    page.go_back()
    expect(page.locator(".js-plotly-plot .gtitle").first).not_to_contain_text("index", timeout=LONG)
    assert page.url == first
    expect(page.locator("#indicator-view input[value=level]")).to_be_checked()
