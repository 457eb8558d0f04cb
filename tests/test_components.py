"""Charts, layouts, URL parameters and page views, called directly (no browser)."""

import json
import numbers

import pandas as pd
import plotly.graph_objects as go
import pytest

from components import charts, downloads, layout, pages, params, provenance, series_charts, views
from components.i18n import WORDS, t
from etl.store import queries


@pytest.fixture(scope="module")
def reader(built_db):
    return queries.Reader(built_db)


@pytest.fixture(scope="module")
def cur(reader):
    with reader.cursor() as c:
        yield c


def chart(cur, key, lang="zh", y0=2012, y1=2025):
    inds = queries.indicators(cur)
    ind = inds[inds["key"] == key].iloc[0].to_dict()
    home = queries.default_region(cur)
    return series_charts.indicator_chart(queries.observations(cur, [key], region=home),
                                  queries.target_vs_actual(cur, [key], region=home), ind, lang, y0, y1)


def names(fig):
    return {tr.name for tr in fig.data}


def test_indicator_chart_draws_targets_by_their_meaning(cur):
    fig = chart(cur, "gdp_growth")
    assert {t("outcome_line", "zh"), t("outcome_final", "zh"), t("outcome_prelim", "zh"), t("target_range", "zh"),
            t("target_about", "zh"), t("exceeded", "zh"), t("missed", "zh")} <= names(fig)
    shapes = [s.name for s in fig.layout.shapes]
    assert "target-range" in shapes and "target-tolerance" in shapes
    ranges = [s for s in fig.layout.shapes if s.name == "target-range"]
    assert any((s.y0, s.y1) == (5.5, 6.0) and s.x0 < 2021 < s.x1 for s in ranges)   # 2021: 5.5-6%


def test_floor_and_ceiling_targets_have_their_own_symbols(cur):
    unemployment = chart(cur, "unemployment_rate")
    symbols = {tr.marker.symbol for tr in unemployment.data if tr.name == t("target_ceiling", "zh")}
    assert symbols == {"triangle-down"}


def test_points_carry_obs_ids_and_hover_names_source(cur):
    fig = chart(cur, "gdp")
    final = next(tr for tr in fig.data if tr.name == t("outcome_final", "zh"))
    assert len(final.customdata) and all(isinstance(i, numbers.Integral) for i in final.customdata)
    assert any("“" in h for h in final.hovertext)


def test_no_target_years_are_labelled_not_zero(cur):
    fig = chart(cur, "gdp_growth")
    marks = [tr for tr in fig.data if tr.name == t("no target", "zh")]
    words = {a.x: a.text for a in fig.layout.annotations if a.name == "gap-label"}   # above the mark (issue 24)
    assert marks and 2018 in list(marks[0].x) and words.get(2018) == t("no target", "zh")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_chart_titles_follow_the_language(cur, lang):
    fig = chart(cur, "gdp_growth", lang)
    expected = "地区生产总值增速" if lang == "zh" else "GDP growth (real)"
    assert expected in fig.layout.title.text
    source = [a for a in fig.layout.annotations if a.name == "source-line"]
    assert source and source[0].text == t("source_line", lang)
    assert fig.layout.yaxis2.title.text == t("gap_pp", lang)


def test_level_chart_gap_is_in_percent_of_target(cur):
    fig = chart(cur, "fixed_investment")
    assert fig.layout.yaxis2.title.text == t("gap_pct", "zh")
    assert fig.layout.yaxis.title.text == "亿元"


def test_scorecard_cells(cur):
    tva = queries.target_vs_actual(cur, region=queries.default_region(cur))
    fig = charts.scorecard(tva, queries.indicators(cur), "en", 2012, 2025)
    heat = fig.data[0]
    row = list(heat.y).index("gdp_growth")
    col = list(heat.x).index(2024)
    assert charts.STATUS_ORDER[heat.z[row][col]] == "missed"
    assert heat.text[row][col] == "× -3.0pp"      # the missed mark, the gap and its unit
    assert "about" in heat.hovertext[row][col]


def test_dumbbell_sorted_and_split(cur):
    fig = charts.dumbbell(queries.target_vs_actual(cur, year=2024, region=queries.default_region(cur)), "zh", 2024)
    targets = [tr for tr in fig.data if tr.name == t("target", "zh")]
    assert len(targets) == 2  # rates and levels panels


def test_empty_figure():
    fig = charts.empty_figure("nothing", "en")
    assert isinstance(fig, go.Figure) and fig.layout.annotations[0].text == "nothing"


def test_every_word_has_both_languages():
    assert all(len(v) == 2 and all(v) for v in WORDS.values())


@pytest.mark.parametrize("value, unit, qualifier, lang, expected", [
    (8.0, "pct", "左右", "zh", "8%左右"),
    (60.0, "亿元", "突破", "zh", "突破60亿元"),
    (60.0, "亿元", "突破", "en", "over 60 100m yuan"),
    (8.0, "pct", "左右", "en", "about 8%"),
    (None, "pct", "负增长", "en", "negative growth"),
    (None, "pct", "负增长", "zh", "负增长"),
])
def test_fmt_value(value, unit, qualifier, lang, expected):
    assert charts.fmt_value(value, None, unit, qualifier, lang) == expected


@pytest.mark.parametrize("search, expected_params, n_errors", [
    ("?i=gdp&lang=en", {"i": "gdp", "lang": "en"}, 0),
    ("?i=x&evil=1", {"i": "x"}, 1),
    ("?i=" + "a" * 500, {}, 1),
    ("", {}, 0),
])
def test_parse(search, expected_params, n_errors):
    view = params.parse(search)
    assert view.params == expected_params and len(view.errors) == n_errors


@pytest.mark.parametrize("value, keys, n_errors", [
    ("gdp,gdp_growth", ["gdp", "gdp_growth"], 0),
    ("gdp;drop table observations", [], 1),
    ("gdp,unknown_key", ["gdp"], 1),
    ("gdp,gdp", ["gdp"], 0),
])
def test_indicator_keys(value, keys, n_errors):
    got, errors = params.indicator_keys(value, {"gdp", "gdp_growth"})
    assert got == keys and len(errors) == n_errors


@pytest.mark.parametrize("value, expected", [("2020", 2020), ("1900", None), ("20x0", None), ("99999999999999", None)])
def test_year(value, expected):
    assert params.year(value, 2012, 2025)[0] == expected


def test_swap_measure(cur):
    inds = queries.indicators(cur)
    assert views.swap_measure(["gdp_growth", "fixed_investment"], "level", inds) == ["gdp", "fixed_investment"]
    assert views.swap_measure(["unemployment_rate"], "growth", inds) == ["unemployment_rate"]


def _text(component) -> str:
    return json.dumps(component, default=lambda o: o.to_plotly_json() if hasattr(o, "to_plotly_json") else str(o),
                      ensure_ascii=False)


@pytest.mark.parametrize("path", [p.path for p in pages.PAGES] + ["/sources?doc=001_9987a4b2864564b4%230"])
def test_every_page_renders(reader, path):
    """Every page of the PAGES table renders, and the header links to every page."""
    pathname, _, search = path.partition("?")
    out = _text(pages.render_page(reader, pathname, "?" + search if search else ""))
    assert t("app_title", "zh") in out and t("unknown", "zh") not in out
    assert all(f"nav-{p.key}" in out for p in pages.PAGES)


def test_unknown_indicator_and_page_give_messages(reader):
    assert "unknown indicator" in _text(pages.render_page(reader, "/indicator", "?i=nope"))
    assert t("not_found", "en") in _text(pages.render_page(reader, "/nowhere", "?lang=en"))
    assert "outside the data" in _text(pages.render_page(reader, "/year", "?y=1999"))


def test_missing_database_page(tmp_path):
    out = _text(pages.render_page(queries.Reader(tmp_path / "none.duckdb"), "/", ""))
    assert t("no_db_title", "zh") in out and "python -m etl build" in out


def test_point_panel_shows_quote_in_context_and_sources(reader, cur):
    obs_id = int(cur.execute("select obs_id from observations where indicator='gdp' and year=2012 and value=1300").fetchone()[0])
    out = _text(views.point_panel(reader, obs_id, "zh"))
    assert "本地生产总值1300亿元" in out and "002_42bd7044e7522f52%232" in out and "panel-quote" in out


def test_reader_highlights_every_figure(cur):
    doc = queries.document(cur, "001_9987a4b2864564b4#0")
    figs = queries.document_figures(cur, "001_9987a4b2864564b4#0")
    out = _text(provenance.build_reader(doc, figs, "zh"))
    assert out.count('"type": "Mark"') >= len(figs.drop_duplicates(["char_start", "char_end"])) - 2


def _csv_text(sent: dict) -> str:
    import base64

    return base64.b64decode(sent["content"]).decode("utf-8")


def test_download_keeps_provenance_columns():
    rows = [{"indicator": "gdp", "year": 2013, "value": 1488.0, "quote": "本区生产总值完成1488亿元", "doc_id": "x#0",
             "char_start": 324.0, "char_end": 340.0, "source_url": None}]
    csv = downloads.download(rows, "csv", lang="en")     # English: the columns' names as headers
    text = _csv_text(csv)
    assert csv["filename"].endswith(".csv") and text.startswith("\ufeff") and "quote" in text.splitlines()[0]
    xlsx = downloads.download(rows, "xlsx", lang="en")
    assert xlsx["filename"].endswith(".xlsx") and xlsx["base64"]
    frame = pd.read_csv(__import__("io").StringIO(text.lstrip("\ufeff")))
    assert list(frame["value"]) == [1488] and ",324,340," in text


@pytest.mark.parametrize("cell, written", [
    ("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK"), ("+1+1", "'+1+1"), ("-cmd", "'-cmd"), ("@SUM(A1)", "'@SUM"),
    ("\tx", "'\tx"), ("-5.6", "-5.6"), ("增长9.2%", "增长9.2%"),
])
def test_downloads_are_spreadsheet_safe(cell, written):
    df = downloads.download_frame([{"quote": cell, "indicator": "gdp"}])
    assert str(df["quote"][0]).startswith(written)
    import base64
    import io

    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(base64.b64decode(downloads.download([{"quote": cell}], "xlsx", lang="en")["content"])))
    sheet = book.active
    col = [c.value for c in sheet[1]].index("quote") + 1
    assert str(sheet.cell(2, col).value).startswith(written)


def test_database_from_an_older_schema_is_refused(tmp_path, built_db):
    import shutil

    import duckdb

    old = tmp_path / "old.duckdb"
    shutil.copy(built_db, old)
    con = duckdb.connect(str(old))
    con.execute("update build_info set value = 'old' where key = 'schema_sha256'")
    con.close()
    out = _text(pages.render_page(queries.Reader(old), "/", ""))
    assert "older version of the schema" in out and "python -m etl build" in out


def test_indicator_opened_at_a_year_shows_that_years_figure(reader):
    out = _text(pages.render_page(reader, "/indicator", "?i=gdp_growth&y=2024"))
    assert "panel-quote" in out and "地区生产总值(GDP)增长3.0%" in out


@pytest.mark.parametrize("which", ["grid", "targets"])
def test_xlsx_downloads_are_ready_for_excel(reader, which):
    """A frozen header, filters and fitted widths on every sheet; the rows, their sources and notes."""
    import base64
    import io

    import openpyxl

    if which == "grid":
        with reader.cursor() as c:
            obs = queries.observations(c)
        rows = obs[layout.DATA_COLUMNS].astype(object).where(obs[layout.DATA_COLUMNS].notna(), None).to_dict("records")
        sent = downloads.download(rows, "xlsx", reader, "en")
    else:
        sent = downloads.attainment_download(reader, "xlsx", "en")
    book = openpyxl.load_workbook(io.BytesIO(base64.b64decode(sent["content"])))
    assert [ws.title for ws in book.worksheets][1:] == ["sources", "notes"]
    for ws in book.worksheets:
        assert ws.freeze_panes == "A2" and ws.auto_filter.ref and ws.max_row > 1
        widths = [ws.column_dimensions[ws.cell(1, i).column_letter].width for i in range(1, ws.max_column + 1)]
        assert all(8 <= w <= 60 for w in widths)
    first = book.worksheets[0]
    assert first.max_row - 1 == (len(rows) if which == "grid" else first.max_row - 1)


def test_dumbbell_reads_in_the_tables_order_with_value_labels(cur):
    from components import export

    tva = queries.target_vs_actual(cur, year=2024, region=queries.default_region(cur))
    fig = charts.dumbbell(tva, "en", 2024)
    _, rows, _ = export.targets_rows(tva, queries.indicators(cur), "en")
    outcome = next(tr for tr in fig.data if tr.name == "Outcome" and tr.xaxis == "x")
    table_order = [r[0] for r in rows if r[0] in set(outcome.y)]
    assert list(outcome.y) == table_order and fig.layout.yaxis.autorange == "reversed"   # first row on top
    assert all(str(label) for label in outcome.text)


def test_overlapping_figures_each_keep_their_mark():
    text = "全年固定资产投资86亿元,增长9.8%。"
    level, growth = (text.index("固定"), text.index("元") + 1), (text.index("固定"), text.index("%") + 1)
    segs = provenance.reader_segments(text, [(*level, 0), (*growth, 1)])
    covered = {text[a:b]: sorted(c) for a, b, c in segs if c}
    assert covered == {"固定资产投资86亿元": [0, 1], ",增长9.8%": [1]}
    assert "".join(text[a:b] for a, b, _ in segs) == text
    figures = pd.DataFrame([
        {"char_start": a, "char_end": b, "obs_id": i + 1, "indicator": k, "year": 2020, "value": v, "value_high": None,
         "unit": u, "qualifier": None, "name_zh": k, "name_en": k}
        for i, ((a, b), k, v, u) in enumerate([(level, "fixed_investment", 86.0, "亿元"),
                                                (growth, "fixed_investment_growth", 9.8, "pct")])])
    doc = {"text": text, "title": "t", "doc_id": "d#0", "doc_type": "news", "doc_date": None, "reviews_year": None,
           "plans_year": None, "source_file": "d.txt"}
    out = str(provenance.build_reader(doc, figures, "zh", focus=2))
    assert out.count("Mark(") == 2 and "nested" in out and "focus" in out and "obs=1" in out and "obs=2" in out


@pytest.mark.parametrize("lang, label", [("zh", "按所选指标"), ("en", "as chosen")])
def test_the_measure_choice_is_labelled_in_words(reader, lang, label):
    out = _text(pages.render_page(reader, "/indicator", f"?i=gdp&lang={lang}"))
    assert label in out and '"label": "—"' not in out


def test_a_year_without_outcomes_says_so_instead_of_an_empty_dumbbell(cur):
    tva = queries.target_vs_actual(cur, region=queries.default_region(cur))
    latest = int(tva.loc[tva["target_obs_id"].notna(), "year"].max())
    year = tva[tva["year"] == latest]
    assert year["actual_obs_id"].isna().all()          # the plan year: targets, no outcomes yet
    fig = charts.dumbbell(year, "en", latest)
    assert not fig.data and f"No outcome for {latest}" in fig.layout.annotations[-1].text
