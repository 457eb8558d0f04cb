"""Issue 24, the small things a reader trips over, each in real Chromium: a clicked point's panel says
its statement once; the cascade page names, under each chart and table, the documents of the figures
it shows; the page shown is marked in the navigation, on a phone too; a document that states no date
shows its year and says so, never a blank."""

import re

import pytest
from playwright.sync_api import expect

from components.i18n import t

LONG = 20000
PLAN_REPORT = "001_9987a4b2864564b4#0"    # data/raw's plan report: 2024's outcomes, 2025's targets, no date


def _open(page, url: str) -> None:
    page.goto(url)
    expect(page.locator("main").first).to_be_visible(timeout=LONG)
    page.wait_for_load_state("networkidle")


# the statements a point's panel shows: the one it is about (its document, its quote), then every other
# source (each its document and quote)
STATEMENTS = r"""() => {
  const panel = document.querySelector('#side-panel');
  const shown = [panel.querySelector('dd a') ? panel.querySelector('dd a').textContent.trim() : '',
                 panel.querySelector('#panel-quote mark').textContent.trim()];
  const others = [...panel.querySelectorAll('ul.sources li')].map(li =>
    [li.querySelector('a').textContent.trim(), li.querySelector('small').textContent.trim().replace(/^“|”$/g, '')]);
  return [shown, ...others];
}"""


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_points_panel_says_its_statement_once(page, app_url, built_db, lang):
    """2024's GDP growth is said three times, once in the plan report's sentence the panel quotes: that
    one is not listed again among the other sources."""
    from tests.dbtools import rows

    obs = rows(built_db, "select o.obs_id from observations o join observation_sources s using (obs_id) "
                         "where o.indicator = 'gdp_growth' and o.year = 2024 and o.kind = 'actual' "
                         "group by o.obs_id having count(*) >= 3")[0][0]
    _open(page, f"{app_url}/indicator?i=gdp_growth&obs={obs}&lang={lang}")
    expect(page.locator("#panel-quote mark")).to_be_visible(timeout=LONG)
    said = [tuple(x) for x in page.evaluate(STATEMENTS)]
    assert len(said) >= 2 and len(set(said)) == len(said), said
    heading = page.locator("#side-panel h4").first.inner_text()
    assert heading == f"{t('other_sources', lang)} ({len(said) - 1})"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_cascade_page_names_the_documents_under_each_chart_and_table(page, app_url, lang):
    _open(page, f"{app_url}/cascade?y=2019&i=gdp_growth&lang={lang}")
    expect(page.locator("#cascade-cascade-sources")).to_be_visible(timeout=LONG)
    lines = {x.get_attribute("id"): x.inner_text() for x in page.locator(".source-line").all()}
    assert {"cascade-cascade-sources", "cascade-amplification-sources", "cascade-records-sources",
            "cascade-league-sources"} <= set(lines), lines
    head = t("sources_label", lang) + (":" if lang == "zh" else ": ")
    assert all(line.startswith(head) for line in lines.values()), lines
    levels = ("China", "Guangdong", "Shenzhen", "Luohu") if lang == "en" else ("全国", "广东省", "深圳市", "罗湖区")
    assert all(f"{level}:" in lines["cascade-cascade-sources"].replace(": ", ":") for level in levels), lines
    # inside the charts, no line claims the district's own reports for the nation's figures
    drawn = page.evaluate("[...document.querySelectorAll('.js-plotly-plot')].map(gd => (gd.layout.annotations || [])"
                          ".filter(a => a.name === 'source-line').map(a => a.text).join(''))")
    assert drawn and not any(t("source_line", lang) in x for x in drawn), drawn


CURRENT = r"""() => {
  const links = [...document.querySelectorAll('.nav .nav-link')];
  const look = el => { const s = getComputedStyle(el); const r = el.getBoundingClientRect();
    return {id: el.id, current: el.getAttribute('aria-current'), weight: parseInt(s.fontWeight), shadow: s.boxShadow,
            box: [r.left, r.top, r.right, r.bottom]}; };
  return {links: links.map(look), view: [window.innerWidth, window.innerHeight]};
}"""


@pytest.mark.parametrize("width", [390, 1440])
@pytest.mark.parametrize("path, key", [("/review", "review"), ("/cascade?y=2019", "cascade"), ("/", "overview")])
def test_the_page_shown_is_marked_in_the_navigation(browser, app_url, width, path, key):
    page = browser.new_page(viewport={"width": width, "height": 844})
    try:
        for lang in ("zh", "en"):
            _open(page, app_url + path + ("&" if "?" in path else "?") + f"lang={lang}")
            expect(page.locator(f"#nav-{key}")).to_have_attribute("aria-current", "page", timeout=LONG)
            seen = page.evaluate(CURRENT)
            current = [x for x in seen["links"] if x["current"] == "page"]
            assert [x["id"] for x in current] == [f"nav-{key}"], seen
            box, (w, _) = current[0]["box"], seen["view"]
            assert 0 <= box[0] and box[2] <= w, (lang, box, w)           # in sight, not scrolled away
            others = [x for x in seen["links"] if x["current"] != "page"]
            assert current[0]["weight"] >= 600 and current[0]["shadow"] != "none", current
            assert all(x["weight"] < 600 and x["shadow"] == "none" for x in others), others
    finally:
        page.close()


@pytest.mark.parametrize("lang, said", [("en", "2025 (date not stated)"), ("zh", "2025年(未注明日期)")])
def test_a_document_without_a_date_shows_its_year_and_says_so(page, app_url, lang, said):
    _open(page, f"{app_url}/sources?lang={lang}")
    table = page.locator("#documents-table")
    expect(table).to_be_visible(timeout=LONG)
    label = t("date", lang)
    dates = table.locator(f'td[data-label="{label}"]').all_inner_texts()
    assert dates and all(d.strip() for d in dates), dates
    assert said in dates
    row = table.locator("tr", has=page.locator(f'code:text-is("{PLAN_REPORT}")'))
    expect(row.locator(f'td[data-label="{label}"]')).to_have_text(said)
    # the reader of the document says the same
    page.goto(f"{app_url}/sources?doc={PLAN_REPORT.replace('#', '%23')}&lang={lang}")
    expect(page.locator("#doc-reader p.muted").first).to_contain_text(said, timeout=LONG)
    assert not re.search(r"· — ·", page.locator("#doc-reader p.muted").first.inner_text())
