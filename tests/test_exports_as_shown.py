"""Issue 24: a chart's PNG/SVG/PDF is the chart on the screen. A chart with places compared
(`&cmp=`), re-viewed (an index, the change from a year ago) or on a log axis exports as shown, not as
the plain chart: the file is read back (pdftotext, the SVG's text) for what only the view shown has."""

import html
import re
import subprocess
from urllib.parse import quote

import pytest
from playwright.sync_api import expect

from components.chartspec import ChartSpec
from components.i18n import t

LONG = 20000
COMPARED = ["南山区", "深圳市"]


def export(page, url: str, fmt: str) -> tuple[str, str]:
    """Open `url`, press the first chart's `fmt` button: (the file's name, its text)."""
    page.goto(url)
    expect(page.locator(".js-plotly-plot .gtitle").first).to_be_visible(timeout=LONG)
    page.wait_for_load_state("networkidle")
    return press(page, fmt)


def press(page, fmt: str) -> tuple[str, str]:
    button = page.locator(".export button", has_text=fmt.upper()).first
    with page.expect_download(timeout=60000) as dl:
        button.click()
    path = dl.value.path()
    if fmt == "pdf":
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                              check=True).stdout
    else:
        text = html.unescape(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")))
    return dl.value.suggested_filename, " ".join(text.split())


@pytest.mark.parametrize("lang, names", [("en", ["Nanshan", "Shenzhen", "districts compared"]),
                                         ("zh", ["南山区", "深圳市", "各辖区比较"])])
def test_a_compared_charts_pdf_holds_the_places_compared(page, app_url, lang, names):
    url = f"{app_url}/indicator?i=gdp_growth&cmp={quote(','.join(COMPARED))}&lang={lang}"
    name, text = export(page, url, "pdf")
    assert name == f"luohu-gdp_growth-cmp-2012-2025-{lang}.pdf"
    missing = [n for n in names if n not in text]
    assert not missing, (missing, text[:600])


def test_an_index_views_svg_holds_the_index_axis(page, app_url):
    name, text = export(page, f"{app_url}/indicator?i=gdp&view=index&lang=en", "svg")
    assert name == "luohu-gdp-index-2012-2025-en.svg"
    assert "GDP: index" in text and "index (2012 = 100)" in text, text[:400]


def test_a_view_chosen_on_the_page_is_the_view_exported(page, app_url):
    """Chosen with the radio buttons, not the address: the buttons stand for the chart redrawn."""
    page.goto(f"{app_url}/indicator?i=gdp&lang=en")
    expect(page.locator(".js-plotly-plot .gtitle").first).to_contain_text("GDP", timeout=LONG)
    page.locator("#indicator-view label").filter(has_text=t("view_yoy", "en")).click()
    page.wait_for_url(re.compile("view=yoy"), timeout=LONG)
    page.locator("#indicator-scale label").filter(has_text=t("scale_log", "en")).click()
    page.wait_for_url(re.compile("scale=log"), timeout=LONG)
    expect(page.locator(".js-plotly-plot .gtitle").first).to_contain_text("change from a year ago", timeout=LONG)
    page.wait_for_load_state("networkidle")
    name, text = press(page, "pdf")
    assert name == "luohu-gdp-yoy-log-2012-2025-en.pdf"
    assert "change from a year ago" in text and t("log_rates_note", "en")[:30] in text, text[:600]


def level_ticks(svg: str) -> list[tuple[float, float]]:
    """(value, y px) of each y tick of the levels' axis (in the thousands) of an exported SVG."""
    ticks = []
    for tag, value in re.findall(r'<g class="ytick"><text([^>]*)>([\d,.]+)<', svg):
        y = re.search(r"translate\(0,([\d.]+)\)", tag)
        if y and float(value.replace(",", "")) >= 1000:
            ticks.append((float(value.replace(",", "")), float(y[1])))
    return ticks


def test_a_log_axis_is_exported_on_a_log_axis(page, app_url):
    """Equal steps of value are equal steps of height on a linear axis, shorter ones higher up on a log one."""
    page.goto(f"{app_url}/indicator?i=gdp&scale=log&lang=en")
    expect(page.locator(".js-plotly-plot .gtitle").first).to_contain_text("GDP", timeout=LONG)
    page.wait_for_load_state("networkidle")
    with page.expect_download(timeout=60000) as dl:
        page.locator(".export button", has_text="SVG").first.click()
    assert dl.value.suggested_filename == "luohu-gdp-log-2012-2025-en.svg"
    ticks = level_ticks(dl.value.path().read_text(encoding="utf-8"))
    per_unit = [(y0 - y1) / (v1 - v0) for (v0, y0), (v1, y1) in zip(ticks, ticks[1:], strict=False)]
    assert len(per_unit) >= 3 and per_unit[0] > 1.3 * per_unit[-1], ticks


@pytest.mark.parametrize("text, expected", [
    ("indicator:gdp:2012:2025", ChartSpec("indicator", "gdp", 2012, 2025)),
    ("indicator:gdp:2012:2025:view=index", ChartSpec("indicator", "gdp", 2012, 2025, view="index")),
    ("indicator:gdp:2012:2025:福田区:scale=log:cmp=南山区,深圳市",
     ChartSpec("indicator", "gdp", 2012, 2025, "福田区", scale="log", compare=("南山区", "深圳市"))),
    ("indicator:gdp:2012:2025:view=drop", None),
    ("indicator:gdp:2012:2025:cmp=南山区,南山区", None),
    ("indicator:gdp:2012:2025:cmp=火星区", None),
    ("indicator:gdp:2012:2025:view=index:view=yoy", None),
    ("dumbbell:2024:view=index", None),
    ("indicator:gdp:2012:2025:color=red", None),
])
def test_a_charts_view_travels_in_its_spec_and_nothing_else_does(text, expected):
    regions = ["罗湖区", "福田区", "南山区", "深圳市"]
    assert ChartSpec.parse(text, regions) == expected
    if expected:
        assert ChartSpec.parse(expected.text(), regions) == expected
