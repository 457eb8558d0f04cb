"""Nothing cut or covered on a phone, a laptop or a desktop (issue 24), measured from the boxes the
browser draws, not by eye: in every chart the title, the legend, the plot areas and the export
buttons never overlap, and the title and legend stay inside the chart; at 390 px every table cell
that shows a value shows its column's label (each row is a card, the header row hidden)."""

import pytest
from playwright.sync_api import expect

LONG = 20000
PAGES = ["/", "/indicator?i=gdp_growth", "/indicator?i=trade,gdp", "/year?y=2024", "/cascade?y=2019"]

# per chart card: its boxes, by what they are (several plot areas: one per panel)
CHART_BOXES = r"""() => [...document.querySelectorAll('.chart-card')].map(card => {
  const box = el => { const r = el.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
  const svg = card.querySelector('.main-svg');
  return {
    svg: svg ? box(svg) : null,
    title: [...card.querySelectorAll('.gtitle')].map(box),
    legend: [...card.querySelectorAll('.legend .bg')].map(box),
    buttons: [...card.querySelectorAll('.export')].map(box),
    plots: [...card.querySelectorAll('.draglayer .nsewdrag')].map(box),
  };
})"""


def overlap(a, b) -> bool:
    return min(a[2], b[2]) - max(a[0], b[0]) > 1 and min(a[3], b[3]) - max(a[1], b[1]) > 1


def inside(a, outer) -> bool:
    return a[0] >= outer[0] - 1 and a[2] <= outer[2] + 1


def problems(chart: dict) -> list[str]:
    """What covers what in one chart's boxes, and what runs out of it."""
    named = [(kind, b) for kind in ("title", "legend", "buttons") for b in chart[kind]]
    found = [f"{k1} over {k2}" for i, (k1, b1) in enumerate(named) for k2, b2 in named[i + 1:] if overlap(b1, b2)]
    found += [f"{kind} over the plot" for kind, b in named for p in chart["plots"] if overlap(b, p)]
    if chart["svg"]:
        found += [f"{kind} cut" for kind, b in named if kind != "buttons" and not inside(b, chart["svg"])]
    return found


@pytest.mark.parametrize("chart, expected", [
    ({"svg": [0, 0, 390, 600], "title": [[10, 10, 300, 60]], "legend": [[10, 40, 300, 120]], "buttons": [],
      "plots": [[60, 130, 380, 500]]}, ["title over legend"]),
    ({"svg": [0, 0, 390, 600], "title": [[10, 10, 500, 40]], "legend": [], "buttons": [[300, 0, 380, 30]],
      "plots": [[60, 130, 380, 500]]}, ["title over buttons", "title cut"]),
    ({"svg": [0, 0, 390, 600], "title": [[10, 10, 300, 40]], "legend": [[10, 510, 300, 590]], "buttons": [],
      "plots": [[60, 50, 380, 500]]}, []),
])
def test_the_check_sees_what_covers_what(chart, expected):
    assert problems(chart) == expected


def _open(page, url: str) -> None:
    page.goto(url)
    expect(page.locator("main").first).to_be_visible(timeout=LONG)
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(1200)      # the narrow layout is applied after the first drawing


@pytest.mark.parametrize("width", [390, 1024, 1440])
def test_no_chart_has_a_box_over_another(browser, app_url, width):
    page = browser.new_page(viewport={"width": width, "height": 900})
    found = {}
    try:
        for lang in ("en", "zh"):
            for path in PAGES:
                _open(page, app_url + path + ("&" if "?" in path else "?") + f"lang={lang}")
                expect(page.locator(".chart-card .main-svg").first).to_be_visible(timeout=LONG)
                charts = page.evaluate(CHART_BOXES)
                bad = {i: p for i, chart in enumerate(charts) if (p := problems(chart))}
                if bad:
                    found[f"{lang} {path}"] = bad
    finally:
        page.close()
    assert not found, found


LABELS = r"""() => [...document.querySelectorAll('table.table td')].filter(td => td.innerText.trim()).map(td => {
  const before = getComputedStyle(td, '::before');
  return [td.closest('table').id, td.innerText.trim().slice(0, 30),
          before.display !== 'none' && before.content !== 'none' && before.content !== 'normal' ? before.content : ''];
})"""


def test_every_table_cell_on_a_phone_shows_its_label(browser, app_url):
    page = browser.new_page(viewport={"width": 390, "height": 844})
    unlabelled = {}
    try:
        for lang in ("zh", "en"):
            for path in ("/year?y=2024", "/cascade?y=2019", "/sources", "/review"):
                _open(page, app_url + path + ("&" if "?" in path else "?") + f"lang={lang}")
                expect(page.locator("table.table td").first).to_be_attached(timeout=LONG)
                cells = page.evaluate(LABELS)
                missing = [(table, text) for table, text, label in cells if label in ("", '""')]
                if missing:
                    unlabelled[f"{lang} {path}"] = missing[:6]
    finally:
        page.close()
    assert not unlabelled, unlabelled


# --- the words on a chart (issue 24): the gap panel's "no target" labels, notes, the source line -------

# per chart card: the box of every piece of text drawn on the plot or under it (annotations, and the
# labels of points), with what it says
LABEL_BOXES = r"""() => [...document.querySelectorAll('.chart-card')].map(card => {
  const box = el => { const r = el.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
  const shown = el => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
  return [...card.querySelectorAll('.annotation-text-g, .textpoint text')].filter(shown)
    .map(el => [el.textContent, box(el)]);
})"""


def covered(labels: list) -> list[tuple[str, str]]:
    """The pairs of labels of one chart that print over each other."""
    return [(a, b) for i, (a, box_a) in enumerate(labels) for b, box_b in labels[i + 1:] if overlap(box_a, box_b)]


@pytest.mark.parametrize("width", [390, 1024, 1440])
def test_no_label_of_a_chart_prints_over_another(browser, app_url, width):
    """The gap panel's words for the years without a verdict ("no target", "no outcome") stand above
    their year's mark; on a phone a year is narrower than its words, and they are said once, in a note
    under the plot, instead. Measured from the boxes of the labels the browser draws."""
    page = browser.new_page(viewport={"width": width, "height": 900})
    found = {}
    try:
        for lang in ("en", "zh"):
            for path in ("/indicator?i=gdp_growth", "/indicator?i=gdp", "/indicator?i=fiscal_revenue_growth"):
                _open(page, app_url + path + f"&lang={lang}")
                expect(page.locator(".chart-card .main-svg").first).to_be_visible(timeout=LONG)
                charts = page.evaluate(LABEL_BOXES)
                bad = {i: c for i, labels in enumerate(charts) if (c := covered(labels))}
                if bad:
                    found[f"{lang} {path}"] = bad
                if width == 390:   # the years without a verdict are still named, in the note
                    text = " ".join(t for labels in charts for t, _ in labels)
                    assert ("no target" if lang == "en" else "无目标") in text, (path, text[:300])
    finally:
        page.close()
    assert not found, found


SOURCE_LINE = r"""() => [...document.querySelectorAll('.chart-card .js-plotly-plot')].map(gd => {
  const i = (gd.layout.annotations || []).findIndex(a => a.name === 'source-line');
  const el = i < 0 ? null : gd.querySelector(`.annotation[data-index="${i}"] .annotation-text-g`);
  const svg = gd.querySelector('.main-svg').getBoundingClientRect();
  if (!el) { return null; }
  const r = el.getBoundingClientRect();
  return {box: [r.left, r.top, r.right, r.bottom], svg: [svg.left, svg.top, svg.right, svg.bottom],
          view: gd.closest('.scroll-x') ? Infinity : window.innerWidth,   // a chart that scrolls sideways in its box
          drawn: el.textContent, text: gd.layout.annotations[i].text};
})"""


@pytest.mark.parametrize("path", ["/year?y=2024", "/indicator?i=gdp_growth", "/cascade?y=2019"])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_charts_source_line_is_whole_on_a_phone(browser, app_url, path, lang):
    """At 390 px the source line under a chart lies inside the chart and the screen, every word of it
    drawn (a dumbbell's long indicator names push its plot far to the right: the line starts at the
    chart's left edge instead)."""
    page = browser.new_page(viewport={"width": 390, "height": 844})
    try:
        _open(page, app_url + path + f"&lang={lang}")
        expect(page.locator(".chart-card .main-svg").first).to_be_visible(timeout=LONG)
        lines = [x for x in page.evaluate(SOURCE_LINE) if x]
    finally:
        page.close()
    assert lines
    for x in lines:
        assert inside(x["box"], x["svg"]) and 0 <= x["box"][0] and x["box"][2] <= x["view"], x
        assert x["drawn"].replace(" ", "") == x["text"].replace("<br>", "").replace(" ", ""), x


# every chart: the labels of its points against the labels of its value axis
POINT_AND_TICK_BOXES = r"""() => [...document.querySelectorAll('.js-plotly-plot')].map(gd => {
  const box = el => { const r = el.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
  const shown = el => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && el.textContent.trim(); };
  return {points: [...gd.querySelectorAll('.textpoint text')].filter(shown).map(el => [el.textContent, box(el)]),
          ticks: [...gd.querySelectorAll('.ytick text')].filter(shown).map(el => [el.textContent, box(el)])};
})"""


@pytest.mark.parametrize("width", [390, 1024, 1440])
def test_no_point_label_prints_over_the_value_axis(browser, app_url, width):
    """The cascade's first level (the nation) has its target's words above its mark: to its left
    ("about 5%") they printed over the axis's numbers on a phone. Measured from the boxes drawn."""
    page = browser.new_page(viewport={"width": width, "height": 900})
    found = {}
    try:
        for lang in ("en", "zh"):
            for path in ("/cascade", "/cascade?y=2019", "/indicator?i=gdp_growth"):
                _open(page, app_url + path + ("&" if "?" in path else "?") + f"lang={lang}")
                expect(page.locator(".js-plotly-plot .main-svg").first).to_be_visible(timeout=LONG)
                page.wait_for_timeout(500)
                for i, chart in enumerate(page.evaluate(POINT_AND_TICK_BOXES)):
                    bad = [(p, t) for p, pb in chart["points"] for t, tb in chart["ticks"] if overlap(pb, tb)]
                    if bad:
                        found[f"{lang} {path} chart {i}"] = bad[:4]
    finally:
        page.close()
    assert not found, found
