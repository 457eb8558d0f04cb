"""The real app in real headless Chromium (Debian's /usr/bin/chromium), clicked like a person."""

import csv
import io
import re

import duckdb
import pytest
from playwright.sync_api import expect

LONG = 20000


def click_until(page, point_at, shown, tries: int, wait: int) -> None:
    """Click point_at(0), point_at(1) … (at most `tries`) until `shown` is visible: a click that lands
    while a chart redraws is lost, and a person clicks again."""
    for i in range(tries):
        point = point_at(i)
        point.scroll_into_view_if_needed()
        box = point.bounding_box()
        if not box:
            continue
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        try:
            expect(shown).to_be_visible(timeout=wait)
            return
        except AssertionError:
            continue


def test_every_page_loads_without_errors(page, app_url):
    for path, marker in [("/", "#scorecard .main-svg"), ("/indicator?i=gdp_growth", ".js-plotly-plot .main-svg"),
                         ("/year?y=2024", "#year-targets"), ("/sources", "#documents-table"),
                         ("/sources?doc=001_9987a4b2864564b4%230", "#doc-reader mark"), ("/data", ".ag-row"),
                         ("/cascade?y=2019", "#cascade-records")]:
        page.goto(app_url + path)
        expect(page.locator(marker).first).to_be_visible(timeout=LONG)


def test_changing_the_indicator_changes_the_chart(page, app_url):
    page.goto(app_url + "/indicator?i=gdp_growth")
    title = page.locator(".js-plotly-plot .gtitle").first
    expect(title).to_contain_text("地区生产总值增速", timeout=LONG)
    page.locator("#indicator-select").click()
    page.keyboard.type("一般公共预算收入增速")
    # click the option itself: Enter picks whatever is first while the list is still filtering
    option = page.locator(".dash-dropdown-option", has_text="一般公共预算收入增速").first
    expect(option).to_be_visible(timeout=LONG)
    option.click()
    expect(page.locator(".js-plotly-plot .gtitle")).to_have_count(2, timeout=LONG)
    expect(page.locator(".js-plotly-plot .gtitle").nth(1)).to_contain_text("一般公共预算收入增速")
    assert "fiscal_revenue_growth" in page.url


def test_clicking_a_point_shows_its_quote(page, app_url, built_db):
    page.goto(app_url + "/indicator?i=gdp&from=2012&to=2014")
    graph = page.locator(".js-plotly-plot").first
    expect(graph.locator(".scatterlayer .point").first).to_be_visible(timeout=LONG)
    page.wait_for_load_state("networkidle")   # the chart is drawn, then redrawn by its callback
    quote = page.locator("#panel-quote mark")
    click_until(page, lambda _: graph.locator(".scatterlayer .trace").filter(has=page.locator(".point")).nth(0)
                .locator(".point").first, quote, 3, LONG // 3)
    expect(quote).to_be_visible(timeout=LONG)
    expect(page.locator("#side-panel h3")).to_contain_text("地区生产总值")
    con = duckdb.connect(str(built_db), read_only=True)
    quotes = {r[0] for r in con.execute("select s.quote from observation_sources s join observations o using (obs_id) "
                                        "where indicator = 'gdp'").fetchall()}
    con.close()
    assert quote.inner_text() in quotes


def test_language_switch_changes_titles(page, app_url):
    page.goto(app_url + "/")
    expect(page.locator("#nav-overview")).to_have_text("总览", timeout=LONG)
    page.click("#lang-button")
    expect(page.locator("#nav-overview")).to_have_text("Overview", timeout=LONG)
    expect(page.locator("#scorecard .gtitle")).to_contain_text("Attainment scorecard")
    assert "lang=en" in page.url


def test_copied_url_restores_the_view(page, app_url, browser):
    page.goto(app_url + "/indicator?i=gdp_growth")
    expect(page.locator(".js-plotly-plot .gtitle").first).to_be_visible(timeout=LONG)
    page.locator("#indicator-measure label").filter(has_text="总量").click()
    expect(page.locator(".js-plotly-plot .gtitle").first).to_contain_text("地区生产总值", timeout=LONG)
    page.wait_for_url(re.compile("m=level"), timeout=LONG)
    copied = page.url
    other = browser.new_page()
    try:
        other.goto(copied)
        expect(other.locator(".js-plotly-plot .gtitle").first).to_have_text(re.compile("^地区生产总值"), timeout=LONG)
        expect(other.locator("#indicator-measure input[value=level]")).to_be_checked()
    finally:
        other.close()


def test_scorecard_click_opens_the_indicator(page, app_url):
    page.goto(app_url + "/")
    cell = page.locator("#scorecard .heatmaplayer")
    expect(cell).to_be_visible(timeout=LONG)
    box = cell.bounding_box()
    page.mouse.click(box["x"] + 5, box["y"] + 5)   # top-left cell: first indicator, first year
    expect(page.locator("#indicator-select")).to_be_visible(timeout=LONG)
    assert "/indicator" in page.url


def test_data_download_matches_the_grid(page, app_url, built_db):
    page.goto(app_url + "/data?i=gdp_growth")
    expect(page.locator(".ag-row").first).to_be_visible(timeout=LONG)
    with page.expect_download() as dl:
        page.click("#data-csv")
    raw = dl.value.path().read_text(encoding="utf-8")
    assert raw.startswith("\ufeff")   # Excel on Chinese Windows reads UTF-8 only with a BOM
    rows = list(csv.DictReader(io.StringIO(raw.lstrip("\ufeff"))))
    con = duckdb.connect(str(built_db), read_only=True)
    from etl.knowledge import load_knowledge

    expected = {r[0] for r in con.execute("select obs_id from observations where indicator = 'gdp_growth' "
                                          "and region = ?", [load_knowledge().regions.home.name_zh]).fetchall()}
    con.close()
    from components.i18n import column_label  # the page is in Chinese: so are the file's headers

    assert {int(r[column_label("obs_id", "zh")]) for r in rows} == expected
    assert all(r[column_label("quote", "zh")] for r in rows) and column_label("source_url", "zh") in rows[0]
    assert {r[column_label("region", "zh")] for r in rows} == {load_knowledge().regions.home.name_zh}
    shown = page.locator(".ag-paging-row-summary-panel").inner_text()
    assert str(len(expected)) in shown


def test_unknown_indicator_in_url_gives_a_message(page, app_url):
    page.goto(app_url + "/indicator?i=drop_table")
    expect(page.locator(".message")).to_contain_text("unknown indicator", timeout=LONG)


def test_chart_export_button_downloads_a_presentation_png(page, app_url):
    from PIL import Image

    page.goto(app_url + "/indicator?i=gdp_growth")
    button = page.locator(".export button", has_text="PNG").first
    expect(button).to_be_visible(timeout=LONG)
    with page.expect_download(timeout=60000) as dl:
        button.click()
    assert dl.value.suggested_filename == "luohu-gdp_growth-2012-2025-zh.png"
    assert Image.open(dl.value.path()).size == (1600, 900)


def test_briefing_pack_builds_in_the_background(page, app_url):
    from pypdf import PdfReader

    page.goto(app_url + "/year?y=2024&lang=en")
    expect(page.locator("#year-targets")).to_be_visible(timeout=LONG)
    with page.expect_download(timeout=90000) as dl:
        page.click("#pack-pdf")
        expect(page.locator("#pack-pdf")).to_be_disabled(timeout=LONG)
        expect(page.locator("#nav-overview")).to_have_text("Overview")   # the page still answers
    assert dl.value.suggested_filename == "luohu-briefing-2024-en.pdf"
    assert len(PdfReader(dl.value.path()).pages) >= 6
    expect(page.locator("#pack-status")).to_contain_text("Ready", timeout=LONG)
    expect(page.locator("#pack-pdf")).to_be_enabled()



def test_loading_the_year_page_starts_no_briefing_job(page, app_url):
    """A pack is a heavy background job (a process and a browser): only a button press may start one."""
    outputs = []
    page.on("request", lambda r: outputs.append((r.post_data_json or {}).get("output", ""))
            if "_dash-update-component" in r.url else None)
    page.goto(app_url + "/year?y=2024")
    expect(page.locator("#year-targets")).to_be_visible(timeout=LONG)
    page.wait_for_timeout(1500)
    assert any("year-dumbbell" in o for o in outputs)          # the page's own callbacks did run
    assert not [o for o in outputs if "pack-download" in o]


def test_honest_series_in_the_browser(page, app_url):
    """Issue 12 as a reader sees it: one unit per axis and what was not converted, the bases apart,
    the five-year target with the growth still needed, an outcome in words judged."""
    page.goto(app_url + "/indicator?i=trade,fdi&lang=en")
    expect(page.locator(".js-plotly-plot").nth(1)).to_be_visible(timeout=LONG)
    trade = page.locator(".js-plotly-plot").first
    expect(trade.locator(".gtitle")).to_contain_text("right axis", timeout=LONG)
    expect(trade.locator(".y3title")).to_have_text("100m yuan")
    page.goto(app_url + "/indicator?i=fiscal_revenue_growth&lang=en")
    expect(page.locator(".js-plotly-plot .legendtext", has_text="comparable basis").first).to_be_visible(timeout=LONG)
    page.goto(app_url + "/indicator?i=gdp&m=level&lang=en")
    chart = page.locator(".js-plotly-plot").first
    expect(chart.locator(".legendtext", has_text="2021–2025 Target").first).to_be_visible(timeout=LONG)
    expect(chart.locator(".gtitle")).to_contain_text("needed to reach the 2025 target")
    page.goto(app_url + "/year?y=2024&lang=en")
    row = page.locator("#year-targets tr", has_text="Retail sales growth")
    expect(row).to_contain_text("negative growth", timeout=LONG)
    expect(row).to_contain_text("missed")


@pytest.mark.parametrize("width, height", [(390, 844), (1024, 768), (1440, 900)])
def test_no_page_is_wider_than_its_screen(browser, app_url, width, height):
    """On a phone, a laptop and a desktop every page fits its width (no sideways scrolling), long
    selections included; on the phone, tables are cards."""
    page = browser.new_page(viewport={"width": width, "height": height})
    try:
        for path, marker in [("/", "#scorecard .main-svg"), ("/indicator?i=trade,fdi,gdp_growth&lang=en", ".js-plotly-plot"),
                             ("/year?y=2024", "#year-targets"), ("/sources", "#documents-table"), ("/data", ".ag-row"),
                             ("/review", "body"), ("/cascade?y=2019&lang=en", "#cascade-league"),
                             ("/api", "h1"), ("/api?lang=en", "h1")]:
            page.goto(app_url + path)
            expect(page.locator(marker).first).to_be_visible(timeout=LONG)
            page.wait_for_timeout(300)
            assert page.evaluate("document.documentElement.scrollWidth") <= width, (path, width)
            if width < 600 and path.startswith("/year"):
                assert page.evaluate("getComputedStyle(document.querySelector('#year-targets tr')).display") == "block"
    finally:
        page.close()


def test_a_clicked_point_is_in_the_address_and_comes_into_view(browser, app_url):
    """At 1024 px the panel sits under the charts: a click brings it into view; the address then
    carries the point, and that address opened anew shows the same panel."""
    page = browser.new_page(viewport={"width": 1024, "height": 768})
    try:
        page.goto(app_url + "/indicator?i=gdp_growth&lang=en")
        expect(page.locator(".js-plotly-plot .main-svg").first).to_be_visible(timeout=LONG)
        page.wait_for_timeout(800)
        click_until(page, lambda _: page.locator(".js-plotly-plot .scatterlayer .point").first,
                    page.locator("#panel-quote"), 3, 5000)
        expect(page.locator("#panel-quote")).to_be_in_viewport(timeout=LONG)
        page.wait_for_function("location.search.includes('obs=')", timeout=LONG)
        address, quote = page.url, page.locator("#panel-quote").inner_text()
        other = browser.new_page(viewport={"width": 1440, "height": 900})
        try:
            other.goto(address)
            expect(other.locator("#panel-quote")).to_have_text(quote, timeout=LONG)
            other.wait_for_timeout(1500)
            assert "obs=" in other.url            # the first drawing keeps the point in the address
        finally:
            other.close()
    finally:
        page.close()


def test_a_document_opened_at_a_figure_scrolls_to_it(page, app_url, built_db):
    """?doc=…&obs=… (a link from a point): the reader scrolls to that figure's mark and flashes it."""
    con = duckdb.connect(str(built_db), read_only=True)
    try:
        doc_id, obs_id = con.execute("select doc_id, obs_id from observation_sources where doc_id is not null "
                                     "order by char_start desc limit 1").fetchone()
    finally:
        con.close()
    page.goto(app_url + f"/sources?doc={doc_id.replace('#', '%23')}&obs={obs_id}")
    mark = page.locator("#doc-reader mark.focus").first
    expect(mark).to_be_visible(timeout=LONG)
    expect(mark).to_be_in_viewport(timeout=LONG)


def test_export_buttons_wait_while_their_chart_renders(page, app_url):
    page.goto(app_url + "/indicator?i=gdp&lang=en")
    button = page.locator(".export button", has_text="PDF").first
    expect(button).to_be_visible(timeout=LONG)
    with page.expect_download(timeout=60000) as dl:
        button.click()
        expect(button).to_be_disabled(timeout=5000)        # feedback at once, not after the file
    assert dl.value.suggested_filename.endswith(".pdf")
    expect(button).to_be_enabled(timeout=LONG)


def test_the_data_grid_speaks_chinese_in_chinese_mode(page, app_url):
    page.goto(app_url + "/data")
    expect(page.locator(".ag-row").first).to_be_visible(timeout=LONG)
    expect(page.locator(".ag-paging-panel")).to_contain_text("页")
    page.goto(app_url + "/data?lang=en")
    expect(page.locator(".ag-row").first).to_be_visible(timeout=LONG)
    expect(page.locator(".ag-paging-panel")).to_contain_text("Page")


def test_the_cascade_of_a_year_shows_four_levels_with_hedges_and_a_click_opens_a_source(page, app_url, built_db):
    """/cascade?y=2019: the nation, the province, the city and the district side by side, each target
    drawn by its meaning (a range, 'about' with its tolerance), outcomes, and the amplification over
    the years; a click on a point shows its quote and the page it was read on."""
    from etl.knowledge import load_knowledge

    places = load_knowledge().regions
    chain = [r.name_zh for r in places.chain(places.home.name_zh)]
    page.goto(app_url + "/cascade?y=2019")
    chart = page.locator(".js-plotly-plot").first
    expect(chart.locator(".gtitle")).to_contain_text("2019", timeout=LONG)
    for name in chain:
        expect(chart.locator(".xtick", has_text=name)).to_be_visible()
    for legend in ("目标区间", "目标(左右)", "完成"):
        expect(chart.locator(".legendtext", has_text=legend)).to_be_visible()
    expect(chart.locator("path[data-index], .shapelayer path").first).to_be_attached()
    amp = page.locator(".js-plotly-plot").nth(1)
    expect(amp.locator(".legendtext", has_text=chain[-1])).to_be_visible()
    page.wait_for_load_state("networkidle")
    quote = page.locator("#panel-quote mark")
    points = chart.locator(".scatterlayer .trace .point")
    click_until(page, points.nth, quote, points.count(), LONG // 4)
    expect(quote).to_be_visible(timeout=LONG)
    panel = page.locator("#side-panel")
    expect(panel.locator("a[href^='http']").first).to_be_visible()
    con = duckdb.connect(str(built_db), read_only=True)
    quotes = {r[0] for r in con.execute("select s.quote from observation_sources s join observations o using (obs_id) "
                                        "where o.indicator = 'gdp_growth' and o.year = 2019").fetchall()}
    con.close()
    assert quote.inner_text() in quotes
    with page.expect_download() as dl:   # the same figures as a table, with their sources
        page.click("#cascade-csv")
    table = list(csv.DictReader(io.StringIO(dl.value.path().read_text(encoding="utf-8").lstrip("\ufeff"))))
    from components.i18n import column_label  # the page is in Chinese: so are the file's headers

    place, indicator = column_label("place", "zh"), column_label("indicator", "zh")
    assert {r[place] for r in table} >= set(chain) and all(r[indicator] == "gdp_growth" for r in table)
