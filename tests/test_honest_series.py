"""Issue 12: what a chart draws never mixes units or bases, never bridges a missing year, shows
five-year plans and outcomes stated in words, and takes the outcome from the best source."""

import pytest

from components import series_charts
from etl.store import queries
from tests.dbtools import records, rows


@pytest.fixture(scope="module")
def cur(built_db):
    with queries.Reader(built_db).cursor() as c:
        yield c


def chart(cur, key, lang="en"):
    inds = queries.indicators(cur)
    ind = inds[inds["key"] == key].iloc[0].to_dict()
    home = queries.default_region(cur)
    return series_charts.indicator_chart(queries.observations(cur, [key], region=home),
                                  queries.target_vs_actual(cur, [key], region=home), ind, lang,
                                  2012, 2025)


def _point(year, value, unit="pct", basis="reported"):
    return {"year": year, "value": value, "unit": unit, "basis": basis}


@pytest.mark.parametrize("points, pieces", [
    ([_point(2012, 1), _point(2013, 2), _point(2014, 3)], 1),
    ([_point(2012, 1), _point(2014, 3)], 2),                                         # a missing year
    ([_point(2012, 1), _point(2013, 2, "亿元")], 2),                                  # another unit
    ([_point(2012, 1), _point(2013, 2, basis="comparable"), _point(2014, 3)], 3),    # another basis
])
def test_a_line_breaks_at_gaps_and_changes_of_unit_or_basis(points, pieces):
    xs, ys = series_charts.with_breaks(points)
    assert ys.count(None) == pieces - 1
    assert [x for x, y in zip(xs, ys, strict=True) if y is not None] == [p["year"] for p in points]


def test_growth_still_needed_to_reach_a_level():
    assert series_charts.needed_growth(100.0, 2023, 121.0, 2025) == 10.0
    assert series_charts.needed_growth(100.0, 2025, 121.0, 2025) is None


def _units_by_axis(cur, key):
    """For every drawn point with an observation behind it: the axis it is on -> the units of those points."""
    units = dict(cur.execute("select obs_id, unit from observations where indicator = ?", [key]).fetchall())
    by_axis: dict[str, set] = {}
    for trace in chart(cur, key).data:
        for obs_id in trace.customdata or ():
            if obs_id in units and trace.yaxis in ("y", "y3"):
                by_axis.setdefault(trace.yaxis, set()).add(units[obs_id])
    return by_axis


@pytest.mark.parametrize("key", ["trade", "fdi", "gdp", "retail_sales"])
def test_one_unit_per_axis(cur, key):
    assert all(len(units) == 1 for units in _units_by_axis(cur, key).values())


def test_a_figure_in_another_unit_is_drawn_apart_and_said(cur):
    stated = cur.execute("select distinct unit from observations where indicator = 'trade' and value is not null").fetchall()
    fig = chart(cur, "trade")
    if len(stated) > 1:
        assert fig.layout.yaxis3.title.text and "right axis" in fig.layout.title.text
    else:
        assert fig.layout.yaxis3.title.text is None


def test_comparable_and_reported_never_share_a_line(cur, built_db):
    best = {r[0]: r[1:] for r in rows(
        built_db, "select a.year, o.basis, o.value from attainment a join observations o on o.obs_id = a.actual_obs_id "
                  "where a.indicator = 'fiscal_revenue_growth' and o.value is not null and a.region = $r",
        {"r": queries.Reader(built_db).call(queries.default_region)})}
    assert {b for b, _ in best.values()} == {"reported", "comparable"}   # the data has both
    for trace in chart(cur, "fiscal_revenue_growth").data:
        if getattr(trace, "mode", None) != "lines":
            continue
        run: list = []
        for x, y in zip(trace.x, trace.y, strict=True):
            if y is None:
                run = []
                continue
            run.append(best[int(x)][0])
            assert len(set(run)) == 1
            assert best[int(x)][1] == pytest.approx(y)


def test_no_line_bridges_a_missing_year(cur):
    for key in ("gdp", "retail_sales_growth", "fiscal_revenue_growth"):
        for trace in chart(cur, key).data:
            if getattr(trace, "mode", None) == "lines":
                years = [x for x, y in zip(trace.x, trace.y, strict=True) if y is not None]
                xs = list(trace.x)
                for a, b in zip(years, years[1:], strict=False):
                    if b - a > 1:
                        between = xs[xs.index(a) + 1]
                        assert trace.y[xs.index(between)] is None, (key, a, b)


def test_the_five_year_target_is_drawn_with_the_growth_still_needed(cur, built_db):
    spans = rows(built_db, "select value, qualifier, agreement from observations where indicator = 'gdp' "
                           "and kind = 'target' and period = '2021-2025'")
    assert spans and "conflict" not in {a for _, _, a in spans}     # a floor and a stretch goal, no conflict
    fig = chart(cur, "gdp")
    stars = [tr for tr in fig.data if tr.marker.symbol in ("star", "star-open")]
    assert sorted(float(tr.y[0]) for tr in stars) == sorted(v for v, _, _ in spans)
    assert "needed to reach the 2025 target" in fig.layout.title.text


def test_an_outcome_in_words_is_on_the_chart(cur, built_db):
    words = rows(built_db, "select a.year, o.qualifier from attainment a join observations o on o.obs_id = a.actual_obs_id "
                           "where a.indicator = 'retail_sales_growth' and o.value is null")
    assert words
    traces = [tr for tr in chart(cur, "retail_sales_growth").data if tr.name == "outcome stated in words"]
    assert traces and {int(x) for x in traces[0].x} == {y for y, _ in words}
    assert "negative growth" in traces[0].text


def test_every_source_has_a_tier_and_official_outcomes_win(built_db):
    assert rows(built_db, "select count(*) from observation_sources where tier is null") == [(0,)]
    # no chosen outcome has a rival of the same figure, status and basis from a better tier
    worse = rows(built_db, """
            select a.indicator, a.year from attainment a
            join observations chosen on chosen.obs_id = a.actual_obs_id
            join observations rival on rival.region = chosen.region and rival.indicator = chosen.indicator
                 and rival.year = chosen.year and rival.period = 'year' and rival.kind = 'actual'
                 and rival.basis = chosen.basis and rival.status = chosen.status and rival.obs_id <> chosen.obs_id
                 and rival.value is not null and chosen.value is not null
            where list_position(['official', 'press', 'reprint', 'unknown'], rival.source_tier)
                < list_position(['official', 'press', 'reprint', 'unknown'], chosen.source_tier)
              and (chosen.qualifier is null) = (rival.qualifier is null)""")
    assert worse == []


def test_tiers_come_from_the_domain_table():
    from etl.knowledge import load_knowledge

    tiers = load_knowledge().tiers
    assert tiers.tier_of("https://www.szlh.gov.cn/a.html") == "official"
    assert tiers.tier_of("http://tjj.sz.gov.cn/x") == "official"
    assert tiers.tier_of("https://www.sznews.com/news/1.htm") == "press"
    assert tiers.tier_of("https://mirror-site.example.com/1.html") == "reprint"
    assert tiers.tier_of(None) == "unknown"
    assert tiers.tier_of("https://gov.cn.evil.example.com/") == "reprint"


def test_the_order_in_words_is_the_order_the_database_uses(built_db):
    """components/rules.outcome_rank picks, for every judged year with several outcome statements,
    the one the database's view picked."""
    from components.rules import outcome_rank

    groups: dict = {}
    for r in records(built_db, """
            select a.actual_obs_id, a.target_basis, o.* from attainment a
            join observations o on o.region = a.region and o.indicator = a.indicator and o.year = a.year
                 and o.period = 'year' and o.kind = 'actual'
            where a.actual_obs_id is not null"""):
        groups.setdefault(r["actual_obs_id"], []).append(r)
    contested = {k: statements for k, statements in groups.items() if len(statements) > 1}
    assert len(contested) >= 5
    for chosen, statements in contested.items():
        assert min(statements, key=lambda r: outcome_rank(r, r["target_basis"]))["obs_id"] == chosen


def test_the_panel_says_why_a_statement_was_not_used(built_db):
    from components import views

    reader = queries.Reader(built_db)
    with reader.cursor() as c:
        rows = c.execute("""
            select o.obs_id, a.actual_obs_id from attainment a
            join observations o on o.region = a.region and o.indicator = a.indicator and o.year = a.year
                 and o.period = 'year' and o.kind = 'actual' and o.obs_id <> a.actual_obs_id
            join observations w on w.obs_id = a.actual_obs_id
            where w.source_tier = 'official' and o.source_tier = 'reprint' and w.status = o.status
              and w.basis = o.basis""").fetchall()
    assert rows                      # the data has an official outcome beside a reprint's
    loser, winner = rows[0]
    assert "lower source tier" in str(views.point_panel(reader, loser, "en"))
    assert "used for the verdict" in str(views.point_panel(reader, winner, "en"))


def test_the_sources_page_lists_every_web_source_with_its_tier(built_db):
    from components import pages

    reader = queries.Reader(built_db)
    with reader.cursor() as c:
        urls = {u for (u,) in c.execute("select distinct s.source_url from observation_sources s join observations o "
                                        "using (obs_id) where s.source_url is not null and o.region = ?",
                                        [queries.default_region(c)]).fetchall()}
    page = str(pages.render_page(reader, "/sources", "?lang=en"))
    assert urls and all(u in page for u in urls)
    assert "web-sources-table" in page and "official" in page and "reprint" in page


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_targets_against_outcomes_download(built_db, fmt):
    import base64
    import io

    import openpyxl
    import pandas as pd

    from components import downloads

    reader = queries.Reader(built_db)
    sent = downloads.attainment_download(reader, fmt, "en")
    data = base64.b64decode(sent["content"]) if sent.get("base64") else sent["content"].encode()
    if fmt == "csv":
        assert data.startswith("\ufeff".encode())
        df = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    else:
        sheet = openpyxl.load_workbook(io.BytesIO(data)).active
        rows = list(sheet.values)
        df = pd.DataFrame(rows[1:], columns=rows[0])
    assert {"name", "year", "target", "hedge", "outcome", "outcome_status", "outcome_basis", "outcome_tier", "gap",
            "verdict", "rule", "target_source", "outcome_source"} <= set(df.columns)
    assert not df.duplicated(["indicator", "year"]).any()                 # one row per indicator and year
    judged = df[df["verdict"].isin(["met", "missed", "exceeded"])]
    assert len(judged) >= 10 and judged["rule"].notna().all() and judged["outcome_source"].notna().all()
    with reader.cursor() as c:
        n = c.execute("select count(*) from attainment where region = '罗湖区'").fetchone()[0]
    assert len(df) == n


def test_the_grid_says_which_statement_each_verdict_used(built_db):
    with queries.Reader(built_db).cursor() as c:
        obs = queries.observations(c)
        used = set(c.execute("select actual_obs_id from attainment where actual_obs_id is not null "
                             "union select target_obs_id from attainment where target_obs_id is not null").fetchall())
    assert {"report_year", "used_for_attainment", "source_tier"} <= set(obs.columns)
    assert set(obs.loc[obs["used_for_attainment"], "obs_id"]) == {u for (u,) in used}


def test_the_year_a_plan_ends_lists_its_targets(built_db):
    from components import views

    reader = queries.Reader(built_db)
    with reader.cursor() as c:
        ends = c.execute("select distinct year from observations where kind = 'target' and period like '____-____'").fetchall()
    assert ends
    for (year,) in ends:
        _, table = views.year_view(reader, year, "en")
        assert "plan-targets" in str(table) and "Five-year plan targets ending this year" in str(table)


@pytest.mark.parametrize("lang, words", [("en", "About this series: Renamed"), ("zh", "指标说明:名称变化")])
def test_series_notes_are_under_the_chart(cur, lang, words):
    notes = [a.text for a in chart(cur, "fiscal_revenue", lang).layout.annotations if a.name == "series-note"]
    assert notes and notes[0].startswith(words)
    # every series says what it measures (issue 24), each its own words
    other = [a.text for a in chart(cur, "retail_sales_growth", lang).layout.annotations if a.name == "series-note"]
    assert other and other[0] != notes[0] and ("retail" in other[0] if lang == "en" else "社会消费品零售总额" in other[0])


def test_a_rule_names_the_unit_the_target_was_stated_in():
    from components.rules import row_sentence

    row = {"bound": "floor", "tolerance": 0.46, "unit": "亿美元", "target_unit": "亿元", "direction": "up",
           "target_value_high": None, "target_qualitative": False, "actual_obs_id": None, "actual_value": None}
    assert "0.46亿元" in row_sentence(row, "zh") and "亿美元" not in row_sentence(row, "zh")


def test_an_undated_document_shows_no_placeholder_date(built_db):
    from components import pages

    page = str(pages.render_page(queries.Reader(built_db), "/sources", ""))
    assert "NaT" not in page and "nan" not in page.replace("nant", "")
