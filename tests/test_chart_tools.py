"""Issue 24, without a browser: the log axis, the index and change-from-a-year-ago views, the chart's
data as CSV, its citation, a unit and a basis in every hover, and the history of the address."""

import csv
import io
from datetime import date

import pytest

from components import chart_data, chart_tools, chart_views, citation, history, ids, params, views
from components.chart_views import INDEX, LOG, YOY
from components.i18n import t
from etl.store import queries


@pytest.fixture(scope="module")
def reader(built_db):
    return queries.Reader(built_db)


def obs(year, value, basis="reported", status="final", unit="亿元", obs_id=None):
    return {"year": year, "value": value, "value_high": None, "unit": unit, "basis": basis, "status": status,
            "qualifier": None, "obs_id": obs_id or year, "doc_title": "doc", "source_title": None}


# --- the index and the change from a year ago ---------------------------------------------------

@pytest.mark.parametrize("points, expected, left", [
    ([obs(2012, 200), obs(2013, 220), obs(2014, 250)], [100.0, 110.0, 125.0], 0),
    ([obs(2012, 200), obs(2013, 230, basis="comparable"), obs(2014, 250)], [100.0, 125.0], 1),   # a basis break
    ([obs(2012, 200), obs(2013, 30, unit="亿美元")], [100.0], 1),                                  # another unit
    ([obs(2012, 0), obs(2013, 30)], [], 2),                                                       # no base
    ([], [], 0),
])
def test_an_index_divides_by_the_first_year_on_its_basis(points, expected, left):
    out, left_out = chart_views.index_points(points)
    assert [p["value"] for p in out] == expected and len(left_out) == left


@pytest.mark.parametrize("points, year_from, expected, missing", [
    ([obs(2012, 100), obs(2013, 110), obs(2014, 99)], 2012, {2013: 10.0, 2014: -10.0}, []),
    ([obs(2012, 100), obs(2014, 110)], 2012, {}, [2014]),                                          # a missing year
    ([obs(2012, 100), obs(2013, 110, basis="comparable")], 2012, {}, [2013]),                     # a basis break
    ([obs(2012, 100), obs(2013, 110)], 2013, {2013: 10.0}, []),                # the year before the range is used
])
def test_a_change_from_a_year_ago_needs_the_year_before_on_the_same_basis(points, year_from, expected, missing):
    out, not_computed = chart_views.yoy_points(points, year_from)
    assert {p["year"]: p["value"] for p in out} == expected and not_computed == missing


def test_a_point_computed_from_a_preliminary_figure_is_preliminary():
    out, _ = chart_views.yoy_points([obs(2012, 100, status="preliminary"), obs(2013, 110), obs(2014, 121)], 2012)
    assert [(p["year"], p["preliminary"]) for p in out] == [(2013, True), (2014, False)]
    indexed, _ = chart_views.index_points([obs(2012, 100, status="preliminary"), obs(2013, 110)])
    assert all(p["preliminary"] for p in indexed)


# --- the charts of the page, for each view --------------------------------------------------------

def said(fig) -> str:
    """Everything a chart says in words: its title, subtitle and notes."""
    return " ".join([fig.layout.title.text or "", *(a.text or "" for a in fig.layout.annotations)])


def figures(reader, keys, view=None, scale=None, lang="en", compare=None):
    figs, _, places = views.indicator_figures(reader, keys, [2012, 2025], None, lang, None, compare or [], view, scale)
    return dict(figs), places


def test_a_level_on_a_log_axis_and_a_rate_keeps_its_linear_one_and_says_why(reader):
    figs, _ = figures(reader, ["gdp", "gdp_growth"], scale=LOG)
    assert figs["gdp"].layout.yaxis.type == "log"
    assert figs["gdp"].layout.yaxis2.type != "log"                 # the gap panel stays linear
    assert figs["gdp_growth"].layout.yaxis.type != "log"
    assert t("log_rates_note", "en") in said(figs["gdp_growth"])


def test_the_index_view_draws_the_levels_outcomes_as_an_index_and_says_targets_are_not_drawn(reader):
    figs, _ = figures(reader, ["gdp", "gdp_growth"], view=INDEX)
    gdp = figs["gdp"]
    first = min((y, x) for tr in gdp.data if tr.customdata is not None for x, y in zip(tr.x, tr.y, strict=True))
    assert first[0] == 100.0 and "index" in gdp.layout.yaxis.title.text
    assert t("no_targets_note", "en") in said(gdp)
    assert not any("arget" in (tr.name or "") for tr in gdp.data)
    assert t("view_rates_note", "en") in said(figs["gdp_growth"])   # a rate: as stated, and why


def test_the_change_view_of_gdp_names_the_years_it_cannot_compute(reader):
    gdp = figures(reader, ["gdp"], view=YOY)[0]["gdp"]
    assert gdp.layout.yaxis.title.text == t("yoy_unit", "en")
    assert "2020: not computed" in said(gdp)     # no 2019 outcome: 2020's change is not computed


# --- the chart's data -------------------------------------------------------------------------

def drawn(fig):
    """(obs id, y) of every marker a person sees on the figures' axes, read from the figure alone."""
    log = fig.layout.yaxis.type == "log"
    return sorted((int(c), y) for tr in fig.data if tr.customdata is not None and tr.yaxis in (None, "y", "y3")
                  for c, y in zip(tr.customdata, tr.y if tr.y is not None else [None] * len(tr.customdata), strict=True)
                  if c is not None and not (log and (y is None or y <= 0)))


@pytest.mark.parametrize("key, view, scale, compare", [
    ("gdp", None, None, None), ("gdp", INDEX, LOG, None), ("gdp", YOY, None, None), ("trade", None, LOG, None),
    ("gdp_growth", None, None, None), ("gdp_growth", None, None, ["福田区"]), ("gdp", INDEX, None, ["福田区"]),
])
def test_the_csv_holds_exactly_the_points_drawn(reader, key, view, scale, compare):
    figs, places = figures(reader, [key], view, scale, compare=compare)
    table = chart_data.chart_table(figs[key], chart_tools.figure_rows(reader, key, places), "en")
    assert sorted(zip(table["obs_id"], table["value_drawn"], strict=True)) == drawn(figs[key])
    assert table["unit"].all() and table["basis"].all() and table["document"].all() and table["address"].all()


def test_the_csv_is_utf8_with_a_bom_and_headers_in_the_page_language(reader):
    figs, places = figures(reader, ["gdp"], INDEX, lang="zh")
    table = chart_data.chart_table(figs["gdp"], chart_tools.figure_rows(reader, "gdp", places), "zh")
    raw = chart_data.csv_bytes(table, "zh").decode("utf-8")
    assert raw.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(raw[1:])))
    assert {t("csv_value_drawn", "zh"), t("csv_unit", "zh"), t("csv_basis", "zh"), t("csv_status", "zh"),
            t("csv_document", "zh"), t("csv_address", "zh")} <= set(rows[0])
    assert rows[0][t("csv_value_drawn", "zh")] == "100.0" and rows[0][t("csv_unit_drawn", "zh")].startswith("指数")


def test_a_text_cell_that_a_spreadsheet_would_run_is_made_safe():
    table = chart_data.pd.DataFrame([{c: None for c in chart_data.COLUMNS} | {"quote": "=HYPERLINK(1)", "obs_id": 1}])
    assert "'=HYPERLINK(1)" in chart_data.csv_bytes(table, "en").decode("utf-8")


# --- the citation ---------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, words", [
    ("en", ["Luohu Targets", "“GDP: index”", "2012–2025 [chart]", "Sources: A report; B report",
            "http://h/indicator?i=gdp&view=index", "(accessed 2026-11-24)"]),
    ("zh", ["《GDP: index》", "2012—2025年)[图表]", "资料来源:A report;B report", "http://h/indicator?i=gdp&view=index",
            "(访问日期:2026-11-24)"]),
])
def test_a_citation_names_title_place_sources_address_and_date(lang, words):
    text = citation.cite_text(title="GDP: index", places=["罗湖区"], years=(2012, 2025),
                              sources=[("罗湖区", "A report"), ("罗湖区", "B report")],
                              address="http://h/indicator?i=gdp&view=index", accessed=date(2026, 11, 24), lang=lang)
    assert all(w in text for w in words), text


def test_every_chart_of_the_page_has_its_csv_button_and_citation(reader):
    cards = views.indicator_charts(reader, ["gdp", "gdp_growth"], [2012, 2025], None, "en", view=INDEX,
                                   address="http://h/indicator?i=gdp,gdp_growth&view=index")
    text = str(cards)
    assert text.count(f"'type': '{ids.CHART_CSV}'") == 2 and text.count(f"'type': '{ids.CHART_CITE}'") == 2
    assert "http://h/indicator?i=gdp,gdp_growth&view=index" in text and "“GDP: index”" in text


# --- every hover -------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("view, compare", [(None, None), (INDEX, None), (YOY, None), (None, ["福田区"])])
def test_every_hover_of_the_indicator_charts_has_a_unit_and_a_basis(reader, lang, view, compare):
    inds = reader.call(queries.indicators)
    keys = list(inds.loc[inds["n_observations"] > 0, "key"])
    figs = {}
    for i in range(0, len(keys), 12):     # the page draws at most 12 at once
        figs |= figures(reader, keys[i:i + 12], view, lang=lang, compare=compare)[0]
    assert len(figs) == len(keys)
    unit_word = t("hover_unit_basis", lang, unit="", basis="").split("·")[0].strip()
    bases = (t("basis_reported", lang), t("basis_comparable", lang))
    for key, fig in figs.items():
        for tr in fig.data:
            for h in (tr.hovertext if isinstance(tr.hovertext, tuple | list) else []):
                if h:
                    assert unit_word in h and any(b in h for b in bases), (key, tr.name, h)


# --- the address and the history -----------------------------------------------------------------

@pytest.mark.parametrize("triggered, expected", [
    (ids.IND_SELECT, "push"), (ids.IND_YEARS, "push"), (ids.IND_VIEW, "push"), (ids.IND_SCALE, "push"),
    (ids.IND_COMPARE, "push"), (ids.IND_MEASURE, "push"), (None, None), ({"type": ids.IND_CHART}, None),
])
def test_a_persons_change_is_a_history_entry_and_the_first_drawing_is_not(triggered, expected):
    assert history.history_entry(triggered) == expected


@pytest.mark.parametrize("pathname, search, shows", [
    ("/indicator", "?i=gdp&from=2012&to=2025&view=index", True),
    ("/indicator", "?from=2012&view=index&to=2025&i=gdp", True),          # the order does not matter
    ("/indicator", "?i=gdp&from=2012&to=2025", False),                   # Back to the view before
    ("/year", "?i=gdp&from=2012&to=2025&view=index", False),
])
def test_the_router_leaves_alone_the_address_the_page_wrote(pathname, search, shows):
    state = {"path": "/indicator", "i": "gdp", "from": 2012, "to": 2025, "view": "index", "scale": None,
             "history": "push"}
    assert history.shows_already(pathname, search, state) is shows


def test_view_and_scale_are_parameters_of_the_address(reader):
    assert params.shape_problems("i=gdp&view=index&scale=log")[0] == []
    body, errors = views.indicator_page(reader, {"i": "gdp", "view": "yoy", "scale": "log"}, "en", "罗湖区")
    text = str(body)
    assert not errors and "value='yoy'" in text and "value='log'" in text


@pytest.mark.parametrize("view, scale, triggered, expected", [
    ("index", "log", ids.IND_VIEW, {"view": "index", "scale": "log", "history": "push"}),
    ("level", "linear", None, {"view": None, "scale": None, "history": None}),     # the defaults stay out
    ("<script>", 3, ids.IND_SCALE, {"view": None, "scale": None, "history": "push"}),
])
def test_the_page_state_holds_the_view_the_axis_and_the_history_mode(view, scale, triggered, expected):
    assert history.view_state(view, scale, triggered) == expected
