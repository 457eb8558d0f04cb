"""Region as a dimension: detected from the text, a selector once there is more than one, every
page filtered by it, and the indicator view comparing districts on one chart."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import expect

from components import briefing, cascade_use, pages, views
from etl.documents import documents_from_text
from etl.knowledge import load_knowledge
from etl.store import queries
from tests.bad_inputs.make_corpus import REPORT
from tests.conftest import running_app

K = load_knowledge()

ROOT = Path(__file__).resolve().parent.parent
FUTIAN = REPORT.replace("罗湖区", "福田区").replace("2253.69", "4546.33")


def text(component) -> str:
    return json.dumps(component, default=lambda o: o.to_plotly_json() if hasattr(o, "to_plotly_json") else str(o),
                      ensure_ascii=False)


@pytest.mark.parametrize("body, region", [
    (REPORT, "罗湖区"), (FUTIAN, "福田区"),
    ("关于番禺区2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n一、执行情况\n地区生产总值增长5%。", "番禺区"),
    ("罗湖新闻:会议召开," * 30, "罗湖区"),
])
def test_region_read_from_the_text(body, region):
    assert documents_from_text(K, body, "r.txt")[0].region == region


def _build(tmp: Path, extra: dict[str, str]) -> Path:
    """The repository's reports (plus `extra` files) and the home district's own curated figures
    (the cascade's table of other places left out), built by the real CLI."""
    raw, curated = tmp / "raw", tmp / "curated"
    shutil.copytree(ROOT / "data" / "raw", raw)
    shutil.copytree(ROOT / "data" / "curated", curated, ignore=shutil.ignore_patterns("cascade_*.csv"))
    for name, body in extra.items():
        (raw / name).write_text(body, encoding="utf-8")
    db = tmp / "db.duckdb"
    subprocess.run([sys.executable, "-m", "etl", "build", "--raw", str(raw), "--curated", str(curated),
                    "--db", str(db), "--quiet"], cwd=ROOT, check=True, capture_output=True)
    return db


@pytest.fixture(scope="module")
def two_regions(tmp_path_factory):
    return _build(tmp_path_factory.mktemp("regions"), {"futian_2019.txt": FUTIAN})


@pytest.fixture(scope="module")
def one_region(tmp_path_factory):
    return _build(tmp_path_factory.mktemp("one"), {})


def test_observations_carry_their_region(two_regions):
    reader = queries.Reader(two_regions)
    assert reader.call(queries.regions) == ["福田区", "罗湖区"]
    assert reader.call(queries.default_region) == "罗湖区"
    futian = reader.call(queries.observations, ["gdp"], region="福田区")
    assert list(futian["value"]) == [4546.33]


def test_pages_follow_the_region(two_regions):
    reader = queries.Reader(two_regions)
    luohu = text(pages.render_page(reader, "/data", "?i=gdp"))
    futian = text(pages.render_page(reader, "/data", "?i=gdp&region=福田区"))
    assert "4546.33" in futian and "4546.33" not in luohu and "1488" in luohu
    assert "region-select" in futian
    assert "unknown region" in text(pages.render_page(reader, "/", "?region=火星区"))


def test_a_database_of_one_district_still_offers_every_place(one_region, built_db):
    """Every place of China is in the database (the gazetteer): the selector is there even when the
    reports are one district's, and its first options are the place shown and the places with figures."""
    page = text(pages.render_page(queries.Reader(one_region), "/", ""))
    assert "region-select" in page and page.count('"search"') <= 30


def test_compare_chart_has_one_line_per_region(two_regions):
    reader = queries.Reader(two_regions)
    out = views.indicator_charts(reader, ["gdp"], [2012, 2025], None, "zh", "罗湖区", ["福田区"])
    fig = out[0].children.children[1].figure     # the card, in its sideways-scrolling box
    assert {tr.name for tr in fig.data if tr.mode == "lines+markers"} == {"罗湖区", "福田区"}
    assert "各辖区比较" in fig.layout.title.text


@pytest.mark.slow
def test_region_in_exports(two_regions):
    reader = queries.Reader(two_regions)
    data, name = briefing.chart_export(reader, "indicator:gdp:2012:2025:福田区", "svg", "zh")
    assert "福田区" in data.decode("utf-8")
    with pytest.raises(Exception, match="unknown region"):
        briefing.indicator_export(reader, "gdp", "png", "zh", region="火星区")


@pytest.fixture(scope="module")
def two_region_app(two_regions):
    with running_app(two_regions) as base:
        yield base


def test_region_selector_in_the_browser(page, two_region_app):
    page.goto(two_region_app + "/indicator?i=gdp")
    expect(page.locator(".js-plotly-plot").first).to_be_visible(timeout=20000)
    page.locator("#region-select").click()
    page.get_by_role("option", name="福田区").click()
    expect(page.locator(".js-plotly-plot .gtitle").first).to_contain_text("福田区", timeout=20000)
    assert "region=" in page.url


def test_back_returns_to_the_previous_page_with_two_districts(page, two_region_app):
    """Arriving at a page adds one history entry, not two: the region selector drawn with the page
    does not rewrite the address, so Back goes back."""
    page.goto(two_region_app + "/")
    expect(page.locator("#scorecard .main-svg").first).to_be_visible(timeout=20000)
    page.wait_for_timeout(800)
    assert "region=" not in page.url
    page.click("#nav-year")
    expect(page.locator("#year-targets")).to_be_visible(timeout=20000)
    page.wait_for_timeout(800)
    page.go_back()
    expect(page.locator("#scorecard .main-svg").first).to_be_visible(timeout=20000)
    assert page.url.rstrip("/").split("?")[0] == two_region_app.rstrip("/")


@pytest.mark.slow
@pytest.mark.parametrize("lang, place", [("zh", "福田区"), ("en", "Futian")])
def test_a_districts_pack_names_that_district(two_regions, lang, place):
    import io

    from pptx import Presentation

    reader = queries.Reader(two_regions)
    tva = reader.call(queries.target_vs_actual, region="福田区")
    years = sorted(int(y) for y in tva.loc[tva["target_obs_id"].notna(), "year"])
    assert years                     # the Futian report states targets
    data, name = briefing.briefing(reader, years[-1], lang, "pptx", region="福田区")
    deck = Presentation(io.BytesIO(data))
    cover = " ".join(sh.text_frame.text for sh in deck.slides[0].shapes if sh.has_text_frame)
    assert place in cover and "罗湖" not in cover and "Luohu" not in cover


def test_a_districts_report_dropped_into_raw_stands_among_the_peers(two_regions):
    """A peer is read like the home district: its report in data/raw/ puts its figures beside the
    home district's on the Cascade page, with no table to edit."""
    from components import cascade

    reader = queries.Reader(two_regions)
    v = cascade_use.cascade_view(reader, "gdp_growth", 2019, "罗湖区")
    assert "福田区" in v.peers
    futian = v.peers_tva[v.peers_tva["region"] == "福田区"].set_index("year")
    assert futian.loc[2019, "target_value"] == 7 and futian.loc[2018, "actual_value"] == 7.3
    assert cascade.record(v.peers_tva, "福田区").years == (2019,)
    body = text(pages.render_page(reader, "/cascade", "?y=2019"))
    assert "cascade-league" in body and "福田区" in body


YANTA = ("雁塔区2024年政府工作报告\n——2024年1月10日在西安市雁塔区第十九届人民代表大会第四次会议上\n各位代表:\n"
         "一、2023年工作回顾\n过去一年,全区地区生产总值增长5.5%,一般公共预算收入增长6%。\n"
         "二、2024年主要预期目标\n地区生产总值增长6%左右,一般公共预算收入增长5%左右。\n" + "各项工作稳步推进。" * 20)


@pytest.fixture(scope="module")
def with_yanta(tmp_path_factory):
    return _build(tmp_path_factory.mktemp("yanta"), {"yanta_2024.txt": YANTA})


def test_a_district_the_table_does_not_know_has_its_cascade_and_peers(with_yanta):
    """雁塔区 is in no row of data/regions.csv: its chain and its peers come from the gazetteer."""
    from components import cascade_use, vocabulary

    reader = queries.Reader(with_yanta)
    vocabulary.use(vocabulary.from_reader(reader))
    view = cascade_use.cascade_view(reader, "gdp_growth", 2024, "雁塔区")
    assert view.names == ["全国", "陕西省", "西安市", "雁塔区"]
    # 长安区 is also a district of 石家庄市: Xi'an's carries its city's name before its own
    assert {"未央区", "碑林区", "西安市长安区"} <= set(view.peers) and "罗湖区" not in view.peers
    assert set(view.tva[view.tva["region"] == "雁塔区"]["year"]) >= {2023, 2024}
    page = text(pages.render_page(reader, "/cascade", "?region=雁塔区&y=2024&lang=en"))
    assert "Yanta District" in page and "Shaanxi Province" in page and "not valid" not in page
