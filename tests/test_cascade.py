"""The target cascade: the curated figures of the levels above the district, the pure cascade
arithmetic, its charts, and its page and exports."""

import csv
from pathlib import Path

import pandas as pd
import pytest

from components import cascade, cascade_charts
from components.chartspec import ChartSpec
from etl.combine.curated import quote_states, read_curated
from etl.errors import InputError
from etl.knowledge import load_knowledge
from tests.dbtools import records, rows

ROOT = Path(__file__).resolve().parent.parent
CASCADE_CSV = ROOT / "data" / "curated" / "cascade_figures.csv"
PLACES = load_knowledge().regions
HOME = PLACES.home
CHAIN = [r.name_zh for r in PLACES.chain(HOME.name_zh)]      # nation, province, city, district
NATION, PROVINCE, CITY = CHAIN[0], CHAIN[1], CHAIN[2]


# --- the curated figures ------------------------------------------------------------------

def _years(db, region, kind):
    return rows(db, "select count(distinct year) from observations where region = $r and indicator = 'gdp_growth' "
                    "and period = 'year' and kind = $k", {"r": region, "k": kind})[0][0]


def test_the_chain_above_the_home_district_is_four_levels_from_the_regions_table():
    assert [PLACES.by_name(n).level for n in CHAIN] == ["nation", "province", "city", "district"]
    assert CHAIN[-1] == HOME.name_zh


@pytest.mark.parametrize("level, kind, at_least", [
    (0, "target", 12), (0, "actual", 12),      # the nation: every year of 2012-2025 but none missing
    (1, "target", 8), (1, "actual", 8),        # the province
    (2, "actual", 12),                         # the city's outcomes
    (2, "target", 9),                          # the city's targets: the years found so far (README says which are missing)
])
def test_the_database_holds_years_of_growth_targets_and_outcomes_above_the_district(built_db, level, kind, at_least):
    assert _years(built_db, CHAIN[level], kind) >= at_least


def test_every_figure_above_the_district_has_a_url_and_a_quote_that_states_it(built_db):
    got = records(built_db, """
        select o.value, o.value_high, o.qualifier, s.source_url, s.quote
        from observations o join observation_sources s using (obs_id)
        where o.region in (select unnest($r))""", {"r": CHAIN[:3]})
    assert len(got) >= 60
    for r in got:
        assert r["source_url"].startswith(("http://", "https://")), r
        assert r["quote"].strip(), r
        assert quote_states(r["quote"], r["value"], str(r["value"]) if r["value"] is not None else ""), r


def test_every_row_of_the_cascade_file_names_a_place_of_the_regions_table_and_its_number_stands_in_its_quote():
    with CASCADE_CSV.open(encoding="utf-8") as fh:
        table = list(csv.DictReader(fh))
    assert table
    for line, r in enumerate(table, start=2):
        assert PLACES.find(r["region"]) is not None, line
        assert r["source_url"].startswith(("http://", "https://")), line
        for cell in (r["value"], r["value_high"]):
            if cell:
                assert quote_states(r["quote"], float(cell), cell), (line, cell, r["quote"])


def test_a_year_without_a_numeric_national_target_is_recorded_in_words_and_not_judged(built_db):
    got = records(built_db, "select target_value, target_qualifier, attainment from attainment "
                            "where region = $r and indicator = 'gdp_growth' and target_obs_id is not null "
                            "and target_value is null", {"r": NATION})
    assert got, "the year the nation set no number is on record"
    assert all(r["attainment"] == "not assessed" and r["target_qualifier"] for r in got)


# --- the curated loader: places by code, numbers in their quotes ---------------------------

HEADER = "region,year,period,indicator,kind,status,value,value_high,unit,qualifier,basis,source_title,source_url,quote\n"


def _curated(tmp_path, body: str):
    path = tmp_path / "c.csv"
    path.write_text(HEADER + body, encoding="utf-8")
    return read_curated(path, load_knowledge())


@pytest.mark.parametrize("cell", [PLACES.rows[0].code, PLACES.rows[0].name_zh, PLACES.rows[0].name_en])
def test_a_curated_row_names_its_place_by_code_or_name(tmp_path, cell):
    got, warnings = _curated(tmp_path, f"{cell},2019,year,gdp_growth,target,,6,6.5,pct,,,t,https://x.org/a,增长6%-6.5%\n")
    assert [m.region for m in got] == [PLACES.rows[0].name_zh] and not warnings


def test_a_curated_row_with_an_unknown_place_is_refused_naming_file_and_line(tmp_path):
    with pytest.raises(InputError, match=r"c.csv: line 2: region 'Atlantis'"):
        _curated(tmp_path, "Atlantis,2019,year,gdp_growth,target,,6,,pct,,,t,https://x.org/a,增长6%\n")


@pytest.mark.parametrize("value, quote, kept", [
    ("6.5", "增长6.5%左右", True), ("7.0", "增长7%", True), ("3", "增长3.0%", True),
    ("6.5", "增长6%", False), ("8", "增长18%", True),   # a number inside another is found: the quote is the curator's
    ("5", "", False),
])
def test_a_curated_row_whose_quote_lacks_its_number_is_left_out_with_a_message(tmp_path, value, quote, kept):
    got, warnings = _curated(tmp_path, f"{HOME.code},2019,year,gdp_growth,actual,final,{value},,pct,,,t,https://x.org/a,{quote}\n")
    assert bool(got) is kept
    assert bool(warnings) is not kept
    if not kept:
        assert "c.csv: line 2" in warnings[0]


# --- the arithmetic --------------------------------------------------------------------------

def _row(region, year, value=None, high=None, qualifier=None, actual=None, attainment="no outcome", bound="exact",
         gap=None, obs=None):
    return {"region": region, "year": year, "target_value": value, "target_value_high": high,
            "target_qualifier": qualifier, "target_obs_id": obs or (year * 10 + CHAIN.index(region) if region in CHAIN else year),
            "actual_value": actual, "actual_obs_id": None if actual is None else year * 100, "attainment": attainment,
            "bound": bound, "tolerance": 0.5 if bound == "about" else 0.0, "gap_better": gap, "actual_qualifier": None,
            "actual_status": None, "target_unit": "pct", "unit": "pct", "actual_unit": "pct", "direction": "up",
            "target_qualitative": value is None, "actual_basis": "reported", "indicator": "gdp_growth"}


@pytest.mark.parametrize("row, expected", [
    (_row(NATION, 2019, 6, 6.5), 6.25), (_row(NATION, 2018, 6.5, qualifier="x"), 6.5),
    (_row(NATION, 2020, None, qualifier="words"), None), ({}, None),
])
def test_a_targets_point_value_is_its_number_or_the_middle_of_its_range(row, expected):
    assert cascade.target_point(row) == expected


def test_amplification_is_each_levels_target_minus_the_nations_in_years_where_both_are_numbers():
    tva = pd.DataFrame([_row(NATION, 2019, 6, 6.5), _row(NATION, 2020, None, qualifier="w"), _row(NATION, 2021, 6),
                        _row(CITY, 2019, 7), _row(CITY, 2020, 6.5), _row(HOME.name_zh, 2019, 7.5, 8),
                        _row(HOME.name_zh, 2021, 6)])
    got = {(a.region, a.year): a.value for a in cascade.amplification(tva, CHAIN)}
    assert got == {(CITY, 2019): 0.75, (HOME.name_zh, 2019): 1.5, (HOME.name_zh, 2021): 0.0}
    assert cascade.years_both(tva, NATION, HOME.name_zh) == [2019, 2021]


def test_a_record_counts_verdicts_over_the_years_with_a_target_and_the_league_ranks_by_rate():
    a, b, c = CHAIN[3], "P2", "P3"
    tva = pd.DataFrame([_row(a, 2019, 6, attainment="met", actual=6), _row(a, 2020, 6, attainment="missed", actual=3),
                        _row(b, 2019, 6, attainment="exceeded", actual=8), _row(b, 2020, 5, attainment="met", actual=5),
                        _row(c, 2019, 6, attainment="no outcome")])
    rec = cascade.record(tva, a)
    assert (rec.judged, rec.achieved, rec.rate, rec.years) == (2, 1, 0.5, (2019, 2020))
    assert [r.region for r in cascade.league(tva, [a, b, c])] == [b, a, c]


def test_the_peers_of_a_year_are_sorted_by_shortfall_and_the_rest_are_named():
    a, b, c = "P1", "P2", "P3"
    tva = pd.DataFrame([_row(a, 2022, 6, actual=3, attainment="missed", gap=-3),
                        _row(b, 2022, 7, actual=11, attainment="exceeded", gap=4), _row(c, 2022, 6)])
    shown, left_out = cascade.peer_year(tva, [c, b, a], 2022)
    assert [r["region"] for r in shown] == [a, b] and left_out == [c]


def test_the_peers_of_the_home_district_are_the_districts_of_its_city():
    peers = PLACES.peers(HOME.name_zh)
    assert HOME in peers and len(peers) > 3
    assert {p.parent for p in peers} == {HOME.parent} and {p.level for p in peers} == {"district"}


# --- the charts ------------------------------------------------------------------------------

def _symbols(fig):
    return {tr.marker.symbol: list(tr.customdata) for tr in fig.data if tr.mode and "markers" in tr.mode
            and isinstance(tr.marker.symbol, str)}


def test_the_cascade_chart_draws_each_target_by_its_meaning_and_each_outcome_by_its_verdict():
    tva = pd.DataFrame([_row(NATION, 2019, 6, 6.5, obs=1), _row(PROVINCE, 2019, 6, qualifier="q", bound="floor", obs=2),
                        _row(CITY, 2019, 7, qualifier="q", bound="about", obs=3, actual=6.7, attainment="met"),
                        _row(HOME.name_zh, 2019, 8, obs=4, actual=7, attainment="missed")])
    fig = cascade_charts.cascade_year(tva, CHAIN, PLACES, {"name_zh": "x", "name_en": "x"}, "en", 2019)
    symbols = _symbols(fig)
    assert symbols["line-ew"] == [1] and symbols["triangle-up"] == [2] and symbols["diamond-open"] == [3]
    assert symbols["diamond"] == [4]
    outcome = next(tr for tr in fig.data if tr.name == "Outcome")
    assert list(outcome.customdata) == [201900, 201900] and outcome.marker.color[1] == "#c2382f"
    assert [s.name for s in fig.layout.shapes].count("target-range") == 1     # the range as a band
    assert [s.name for s in fig.layout.shapes].count("target-tolerance") == 1  # 'about' with its tolerance
    ticks = " ".join(fig.layout.xaxis.ticktext)
    assert all(PLACES.by_name(n).name_en in ticks for n in CHAIN)


def test_a_target_in_words_is_written_where_its_marker_would_be():
    tva = pd.DataFrame([_row(NATION, 2020, None, qualifier="不设具体目标", obs=9)])
    fig = cascade_charts.cascade_year(tva, CHAIN, PLACES, {"name_zh": "x", "name_en": "x"}, "en", 2020)
    assert any("☆" in (a.text or "") and "no numeric target" in a.text for a in fig.layout.annotations)


def test_the_amplification_line_covers_every_year_where_both_targets_exist(built_db):
    from components import cascade_use
    from etl.store import queries

    reader = queries.Reader(built_db)
    v = cascade_use.cascade_view(reader, "gdp_growth", 2019, HOME.name_zh)
    fig = cascade_use.cascade_figures(reader, v, "zh", HOME.name_zh)["amplification"]
    line = next(tr for tr in fig.data if tr.name == HOME.name_zh)
    drawn = {int(x) for x, y in zip(line.x, line.y, strict=True) if y is not None}
    both = cascade.years_both(v.tva, NATION, HOME.name_zh)
    assert len(both) >= 5 and drawn == set(both)
    # each point is the difference of the two targets' point values, and opens the district's target
    for x, y, obs in zip(line.x, line.y, line.customdata, strict=True):
        if y is None:
            continue
        own = v.tva[(v.tva["region"] == HOME.name_zh) & (v.tva["year"] == x)].iloc[0]
        top = v.tva[(v.tva["region"] == NATION) & (v.tva["year"] == x)].iloc[0]
        assert y == pytest.approx(cascade.target_point(own) - cascade.target_point(top))
        assert obs == int(own["target_obs_id"])


def test_the_peers_chart_says_so_when_no_district_has_both_figures():
    fig = cascade_charts.peers_dumbbell(pd.DataFrame([_row(HOME.name_zh, 2019, 6)]), [HOME.name_zh],
                                        {"name_zh": "x", "name_en": "x"}, "en", 2019, HOME.name_zh)
    assert not fig.data and "No district" in fig.layout.annotations[-1].text


@pytest.mark.parametrize("spec", [ChartSpec("cascade", "gdp_growth", 2019), ChartSpec("amplification", "gdp_growth"),
                                  ChartSpec("peers", "gdp_growth", 2023)])
def test_the_cascade_charts_round_trip_as_export_specs(spec):
    assert ChartSpec.parse(spec.text(), []) == spec


@pytest.mark.parametrize("text", ["cascade:gdp_growth", "cascade:gdp_growth:20x9", "amplification", "peers::"])
def test_a_malformed_cascade_spec_is_no_chart(text):
    assert ChartSpec.parse(text, []) is None


def test_exporting_a_cascade_chart_of_an_unknown_indicator_is_refused(built_db):
    from components import briefing, export
    from etl.store import queries

    with pytest.raises(export.ExportError, match="unknown indicator"):
        briefing.chart_export(queries.Reader(built_db), "cascade:nope:2019", "png", "en")


# --- the cascade as a table ----------------------------------------------------------------

def test_the_cascade_table_has_every_level_with_its_sources_and_amplification(built_db):
    from components import downloads
    from etl.store import queries

    df = downloads.cascade_frame(queries.Reader(built_db), "gdp_growth", "en")
    assert list(df.loc[df["group"] == "cascade", "place"].drop_duplicates()) == CHAIN
    targets = df[df["target"].notna()]
    assert targets["target_url"].str.startswith("http").all() or targets["target_source"].notna().all()
    assert targets["target_quote"].notna().all()
    nation = df[df["place"] == NATION].set_index("year")
    words = nation[nation["target_point"].isna() & nation["target"].notna()]
    assert len(words) >= 1 and (words["verdict"] == "not assessed").all()
    home = df[(df["place"] == HOME.name_zh) & df["amplification_pp"].notna()]
    assert len(home) >= 5
    for _, r in home.iterrows():
        assert r["amplification_pp"] == pytest.approx(r["target_point"] - nation.loc[r["year"], "target_point"])


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_cascade_table_downloads_as_csv_and_xlsx(built_db, fmt):
    import base64
    import io

    from components import downloads
    from components.i18n import column_label, sheet_label
    from etl.store import queries

    sent = downloads.cascade_download(queries.Reader(built_db), fmt, "zh", "no_such_key")   # an unknown key: GDP growth
    raw = base64.b64decode(sent["content"]) if sent.get("base64") else sent["content"].encode("utf-8")
    if fmt == "csv":
        table = pd.read_csv(io.BytesIO(raw), encoding="utf-8-sig")
    else:
        table = pd.read_excel(io.BytesIO(raw), sheet_name=sheet_label("cascade", "zh"))
    assert sent["filename"] == f"cascade-gdp_growth-zh.{fmt}"
    place, indicator = column_label("place", "zh"), column_label("indicator", "zh")      # Chinese headers in Chinese
    assert set(CHAIN) <= set(table[place]) and (table[indicator] == "gdp_growth").all()
