"""Issue 24, "Nothing false, cut or leaking on any screen": no chart offers to send the data to another
site and no page asks another origin for anything; the districts-compared chart draws what each place
said (gaps, targets by their meaning, outcomes in words, places without figures, whose documents); a
rule sentence names the bases it compares; the scorecard marks conflicts and tells "no target" from
"no data"; an address or a document that does not exist is a 404 that says so."""

import json
import re
import urllib.error
import urllib.parse
import urllib.request

import duckdb
import pytest
from playwright.sync_api import expect

from components import charts, pages, reads, views
from components.i18n import RULE_QUALITATIVE_OUTCOME, place_label, t
from components.rules import row_sentence
from etl.store import queries

LONG = 20000
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def reader(built_db):
    return queries.Reader(built_db)


def _walk(node):
    if isinstance(node, dict):
        yield node
        for v in node.values():
            yield from _walk(v)
    elif isinstance(node, list):
        for v in node:
            yield from _walk(v)


def _plain(component):
    return json.loads(json.dumps(component, default=lambda o: o.to_plotly_json() if hasattr(o, "to_plotly_json")
                                 else str(o), ensure_ascii=False))


def _graph_configs(component) -> list[dict]:
    return [n["props"].get("config") or {} for n in _walk(_plain(component))
            if n.get("type") == "Graph" and n.get("namespace") == "dash_core_components"]


def _peer(built_db, key: str = "gdp_growth") -> str:
    con = duckdb.connect(str(built_db), read_only=True)
    try:
        return con.execute("select region from observations o join places p on p.name_zh = o.region "
                           "where indicator = ? and not p.home group by region order by count(*) desc, region limit 1",
                           [key]).fetchone()[0]
    finally:
        con.close()


# --- 1. nothing leaves the app's origin -------------------------------------------------------
CLOUD_BUTTONS = {"sendDataToCloud", "sendChartToCloud", "editInChartStudio"}


def test_no_chart_offers_a_button_to_another_origin(reader, built_db):
    """Every chart the app draws (pages, and the charts their callbacks draw) is configured without
    the buttons that upload to Plotly's cloud or link to it."""
    peer = _peer(built_db)
    drawn = [pages.render_page(reader, p.path, f"?lang={lang}") for p in pages.PAGES for lang in ("zh", "en")]
    drawn += [views.indicator_charts(reader, ["gdp_growth", "gdp"], [2012, 2025], None, "en"),
              views.indicator_charts(reader, ["gdp_growth"], [2012, 2025], None, "zh", compare=[peer]),
              views.year_view(reader, 2024, "en")]
    configs = [c for d in drawn for c in _graph_configs(d)]
    assert len(configs) >= 5
    for config in configs:
        assert config.get("showSendToCloud") is False and config.get("showEditInChartStudio") is False
        assert config.get("plotlyServerURL") == "" and config.get("displaylogo") is False
        assert not config.get("showLink") and not config.get("sendData")
        assert CLOUD_BUTTONS <= set(config.get("modeBarButtonsToRemove", []))


def _addresses(built_db) -> list[tuple[str, str]]:
    con = duckdb.connect(str(built_db), read_only=True)
    try:
        doc = con.execute("select doc_id from documents order by doc_id limit 1").fetchone()[0]
    finally:
        con.close()
    peer = urllib.parse.quote(_peer(built_db))
    return [("/", "#scorecard .main-svg"), ("/indicator?i=gdp_growth", ".js-plotly-plot .main-svg"),
            (f"/indicator?i=gdp_growth&cmp={peer}", ".js-plotly-plot .main-svg"), ("/year?y=2024", "#year-targets"),
            ("/cascade?y=2019", "#cascade-records"), ("/sources", "#documents-table"),
            (f"/sources?doc={urllib.parse.quote(doc)}", "#doc-reader"), ("/data", ".ag-row"), ("/review", ".main"),
            ("/nope", ".message")]


# window.open is where a chart's "share" goes (a popup of another origin, which Playwright's request
# events do not see once the opener's COOP header puts it in a browsing context group of its own)
RECORD_POPUPS = """window.__opened = [];
const open = window.open;
window.open = function (url, ...rest) { window.__opened.push(String(url)); return open.call(this, url, ...rest); };"""


def _press_every_toolbar_button(page) -> int:
    """Press each toolbar button of the page's first chart but the picture download (a click in the
    page, as a person's would be), confirming any dialog a button opens."""
    plot = page.locator(".js-plotly-plot").first
    if not plot.count():
        return 0
    return plot.evaluate("""gd => {
        const buttons = [...gd.querySelectorAll('.modebar-btn')].filter(b => b.getAttribute('data-attr') !== 'toImage'
            && !/download/i.test(b.getAttribute('data-title') || ''));
        for (const b of buttons) {
            b.dispatchEvent(new MouseEvent('click', {bubbles: true}));
            const confirm = gd.querySelector('[class*=dialog] button:not([class*=cancel])');
            if (confirm) confirm.click();
        }
        return buttons.length;
    }""")


def test_no_page_asks_another_origin_for_anything(browser, app_url, built_db):
    """Every page in both languages, every chart's toolbar pressed: every request the browser makes
    (popups included) goes to the app's own origin."""
    context = browser.new_context(viewport={"width": 1440, "height": 1000}, accept_downloads=True)
    requests: list[str] = []
    context.on("request", lambda r: requests.append(r.url))
    context.add_init_script(RECORD_POPUPS)
    origin = urllib.parse.urlsplit(app_url)
    pressed, offered = 0, set()
    try:
        page = context.new_page()
        for path, marker in _addresses(built_db):
            for lang in ("zh", "en"):
                page.goto(app_url + path + ("&" if "?" in path else "?") + f"lang={lang}")
                expect(page.locator(marker).first).to_be_visible(timeout=LONG)
                page.wait_for_timeout(300)
                titles = page.locator(".modebar-btn").evaluate_all("bs => bs.map(b => b.getAttribute('data-title') || '')")
                offered |= {x for x in titles if re.search("share|cloud|chart studio", x, re.I)}
                if lang == "zh":
                    pressed += _press_every_toolbar_button(page)
                requests.extend(page.evaluate("window.__opened"))
        page.wait_for_timeout(1000)
    finally:
        context.close()
    assert pressed and requests
    foreign = sorted({u for u in requests if urllib.parse.urlsplit(u)[:2] != origin[:2]
                      and urllib.parse.urlsplit(u).scheme not in ("data", "blob", "about")})
    assert not foreign, foreign
    assert not offered, offered


# --- 2. the districts compared ----------------------------------------------------------------

def _compared(reader, key: str, lang: str):
    inds = reads.indicators(reader)
    ind = inds[inds["key"] == key].iloc[0].to_dict()
    lo, hi = reader.call(queries.year_range)
    places = reader.call(queries.regions)
    series = {r: reads.series(reader, key, r) for r in places}
    return views.compare_figure(reader, inds, key, lang, lo, hi, places), series, ind, (lo, hi)


def _drawn_ids(fig) -> set[int]:
    return {int(c) for tr in fig.data for c in (tr.customdata or ()) if c is not None}


def _bound(row: dict) -> str:
    return "range" if row["target_value_high"] is not None else (row["bound"] or "exact")


@pytest.mark.parametrize("key", ["gdp_growth", "retail_sales_growth", "fiscal_revenue_growth"])
def test_the_compared_lines_break_at_missing_years(reader, key):
    fig, series, _, _ = _compared(reader, key, "zh")
    broken = 0
    for tr in fig.data:
        if "lines" not in (tr.mode or "") or tr.x is None or len(tr.x) < 2:
            continue
        assert not tr.connectgaps
        pairs = list(zip(tr.x, tr.y, strict=True))
        for (x0, y0), (x1, y1) in zip(pairs, pairs[1:], strict=False):
            if y0 is not None and y1 is not None:
                assert x1 - x0 <= 1, (tr.name, x0, x1)
        broken += sum(y is None for _, y in pairs)
    years = [sorted(int(r["year"]) for r in tva if r["actual_obs_id"] is not None and r["actual_value"] is not None)
             for _, tva in series.values()]
    gaps = sum(any(b - a > 1 for a, b in zip(ys, ys[1:], strict=False)) for ys in years)
    assert broken >= gaps


@pytest.mark.parametrize("key", ["gdp_growth", "retail_sales_growth", "fiscal_revenue_growth"])
def test_every_compared_target_is_drawn_by_its_meaning_and_every_outcome_is_drawn(reader, key):
    fig, series, _, (lo, hi) = _compared(reader, key, "zh")
    shown = {}
    for tr in fig.data:
        for i, c in enumerate(tr.customdata or ()):
            if c is not None:
                shown[int(c)] = (tr, i)
    for _, tva in series.values():
        for r in tva:
            if r["actual_obs_id"] is not None:     # numbers and words (负增长) alike
                assert int(r["actual_obs_id"]) in shown, r
            if r["target_obs_id"] is None or r["target_value"] is None:
                continue
            tr, i = shown[int(r["target_obs_id"])]
            bound = _bound(r)
            assert tr.marker.symbol == charts.TARGET_MARKERS[bound][0], (r, tr.marker.symbol)
            if bound == "range":       # a bar from the low end to the high end
                assert tr.error_y.arrayminus[i] == pytest.approx(tr.y[i] - r["target_value"])
                assert tr.error_y.array[i] == pytest.approx(r["target_value_high"] - tr.y[i])


def test_an_outcome_in_words_is_drawn_with_its_words(reader):
    fig, series, _, _ = _compared(reader, "retail_sales_growth", "en")
    words = [(r, place) for place, (_, tva) in series.items() for r in tva
             if r["actual_obs_id"] is not None and r["actual_value"] is None]
    assert words
    for r, _ in words:
        tr = next(tr for tr in fig.data if tr.customdata is not None and int(r["actual_obs_id"]) in list(tr.customdata))
        assert tr.text is not None and "negative growth" in " ".join(tr.text)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_places_without_figures_are_named_and_each_places_documents_are_the_source(reader, lang):
    fig, series, _, (lo, hi) = _compared(reader, "retail_sales_growth", lang)
    notes = " ".join(a.text for a in fig.layout.annotations if a.name == "compare-notes")
    source = " ".join(a.text for a in fig.layout.annotations if a.name == "source-line")
    drawn = _drawn_ids(fig)
    empty = [p for p, (obs, _) in series.items() if not [r for r in obs if r["period"] == "year" and lo <= r["year"] <= hi]]
    assert empty
    for place, (obs, _) in series.items():
        label = place_label(place, lang)
        named = re.compile(re.escape(label) + "[:：]")
        if place in empty:
            assert label in notes and not named.search(source)
            continue
        titles = {r["doc_title"] or r["source_title"] for r in obs if r["obs_id"] in drawn}
        assert label not in notes and named.search(source), (label, source)
        assert any(title[:12] in source for title in titles), (place, titles)
    assert t("source_line", lang) not in source


def test_the_english_legend_names_places_in_english(reader):
    fig, _, _, _ = _compared(reader, "gdp_growth", "en")
    legend = [tr.name for tr in fig.data if tr.showlegend is not False and tr.name]
    assert legend and not [n for n in legend if CJK.search(n)], legend


# --- 3. a rule names the bases it compares ------------------------------------------------------

def test_a_verdict_across_bases_says_so_in_both_languages(reader):
    tva = reader.call(queries.target_vs_actual)
    judged = tva[tva["target_obs_id"].notna() & tva["actual_obs_id"].notna()]
    across = judged[judged["target_basis"] != judged["actual_basis"]]
    same = judged[judged["target_basis"] == judged["actual_basis"]]
    assert not across.empty and not same.empty
    names = {"reported": ("公布口径", "reported basis"), "comparable": ("可比口径", "comparable basis")}
    for _, r in across.iterrows():
        zh, en = row_sentence(r, "zh"), row_sentence(r, "en")
        for basis in (r["target_basis"], r["actual_basis"]):
            assert names[basis][0] in zh and names[basis][1] in en
        assert "differ" in en and "不同" in zh
        assert "as the target is stated" not in en
        assert en.index(names[r["target_basis"]][1]) < en.index(names[r["actual_basis"]][1])
    for _, r in same.head(20).iterrows():
        zh, en = row_sentence(r, "zh"), row_sentence(r, "en")
        assert names[r["actual_basis"]][1] in en and "differ" not in en and "不同" not in zh


def test_the_rule_for_an_outcome_in_words_says_the_same_in_both_languages():
    zh, en = RULE_QUALITATIVE_OUTCOME
    assert re.findall(r"\d+", zh) == re.findall(r"\d+", en) == ["0"]
    assert "正增长" not in zh          # "positive growth" would leave a target of 0 out


# --- 4. the scorecard ----------------------------------------------------------------------------

def _scorecard(reader, lang="en"):
    region = reader.call(queries.default_region)
    tva = reader.call(queries.target_vs_actual, region=region)
    lo, hi = reader.call(queries.year_range)
    return charts.scorecard(tva, reads.indicators(reader), lang, lo, hi), tva, (lo, hi)


def test_the_scorecard_marks_every_conflict(reader):
    fig, tva, _ = _scorecard(reader)
    heat = fig.data[0]
    keys, years = list(heat.y), list(heat.x)
    expected = {(r["indicator"], int(r["year"])) for _, r in tva[tva["has_conflict"]].iterrows() if r["indicator"] in keys}
    assert expected
    marks = [s for s in fig.layout.shapes if s.name == "conflict"]
    marked = {(keys[round((s.y0 + s.y1) / 2)], round((s.x0 + s.x1) / 2)) for s in marks}
    assert marked == expected
    for key, year in expected:
        assert t("conflict", "en") in heat.hovertext[keys.index(key)][years.index(year)]
    assert any(tr.name and t("conflict", "en") in tr.name for tr in fig.data[1:])


def test_the_scorecard_tells_no_target_from_no_data(reader):
    fig, tva, _ = _scorecard(reader)
    heat = fig.data[0]
    keys, years = list(heat.y), list(heat.x)
    rows = {(r["indicator"], int(r["year"])): r for _, r in tva.iterrows()}
    no_target = {heat.z[i][j] for i, k in enumerate(keys) for j, y in enumerate(years)
                 if (k, y) in rows and rows[(k, y)]["attainment"] == "no target"}
    no_data = {heat.z[i][j] for i, k in enumerate(keys) for j, y in enumerate(years) if (k, y) not in rows}
    assert len(no_target) == 1 and len(no_data) == 1 and no_target != no_data
    colour = {round(p[0] * len(charts.STATUS_ORDER) - 0.5): p[1] for p in heat.colorscale}
    assert colour.get(no_target.pop()) != colour.get(no_data.pop())
    legend = {tr.name for tr in fig.data[1:]}
    assert any(t("no target", "en") in n for n in legend) and any(t("no data", "en") in n for n in legend)


# --- 5. addresses that name nothing --------------------------------------------------------------

def _get(url):
    try:
        with urllib.request.urlopen(url, timeout=20) as r:
            return r.status, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")


@pytest.mark.parametrize("path, words", [("/nope", "not_found"), ("/indicator/x", "not_found"),
                                         ("/sources?doc=nope", "doc_not_found")])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_an_address_that_names_nothing_is_a_404_that_says_so(app_url, path, words, lang):
    status, body = _get(app_url + path + ("&" if "?" in path else "?") + f"lang={lang}")
    assert status == 404 and t(words, lang) in body
    assert t(words, "en" if lang == "zh" else "zh") not in body


def test_addresses_that_name_something_are_not_404(app_url, built_db):
    for path, _ in _addresses(built_db)[:-1]:
        assert _get(app_url + path)[0] == 200, path


@pytest.mark.parametrize("path, words, lang", [("/nope?lang=en", "not_found", "en"),
                                               ("/sources?doc=nope", "doc_not_found", "zh")])
def test_a_404_page_in_the_browser_says_so(browser, app_url, path, words, lang):
    context = browser.new_context()
    errors = []
    try:
        page = context.new_page()
        page.on("pageerror", lambda e: errors.append(str(e)))
        response = page.goto(app_url + path)
        assert response.status == 404
        expect(page.locator(".message h2")).to_have_text(t(words, lang), timeout=LONG)
        expect(page.locator("#nav-overview")).to_be_visible()
    finally:
        context.close()
    assert not errors, errors
