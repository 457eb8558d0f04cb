"""The build on the real data/ into a real DuckDB file, and what it does with broken input."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from etl.knowledge import load_knowledge

ROOT = Path(__file__).resolve().parent.parent
HOME = load_knowledge().regions.home.name_zh   # the figures of other places (the cascade's) are not the district's


def run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "etl", *args], cwd=cwd, capture_output=True, text=True)


def q(db, sql, params=None):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def test_every_quote_matches_its_document(built_db):
    rows = q(built_db, """select count(*), count(*) filter (where substring(d.text, s.char_start + 1,
                          s.char_end - s.char_start) = s.quote)
                          from observation_sources s join documents d using (doc_id)""")
    total, matching = rows[0]
    assert total > 50 and total == matching


def test_duplicate_report_is_one_observation_with_two_sources(built_db):
    rows = q(built_db, """select o.n_sources, list(distinct s.doc_id order by s.doc_id)
                          from observations o join observation_sources s using (obs_id)
                          where o.indicator = 'gdp' and o.year = 2012 and o.value = 1300 group by o.obs_id, o.n_sources""")
    assert rows == [(2, ["002_42bd7044e7522f52#1", "002_42bd7044e7522f52#2"])]
    assert q(built_db, "select duplicate_of from documents where doc_id = '002_42bd7044e7522f52#2'") == [("002_42bd7044e7522f52#1",)]


def test_text_and_curated_statements_of_one_figure_merge(built_db):
    rows = q(built_db, """select method, n_sources from observations
                          where indicator = 'gdp' and year = 2013 and kind = 'actual'""")
    assert rows == [("text", 2)]


def test_disagreeing_sources_are_both_kept_and_flagged(built_db):
    rows = q(built_db, """select value, agreement from observations
                          where indicator = 'gdp' and year = 2012 and period = 'year' and kind = 'actual' order by value""")
    assert rows == [(1300.0, "revised"), (1358.2, "conflict"), (1359.05, "conflict")]


@pytest.mark.parametrize("indicator, year, attainment, gap", [
    ("gdp_growth", 2014, "met", 0.0),             # 8% 左右 -> 8
    ("gdp_growth", 2013, "exceeded", 1.2),        # 8% 左右 -> 9.2
    ("gdp_growth", 2021, "exceeded", 2.0),        # 5.5-6% -> 8.0: gap from the top of the range
    ("gdp_growth", 2024, "missed", -3.0),         # 6.0% 左右 -> 3.0
    ("retail_sales_growth", 2024, "missed", None),  # 7% 左右 -> 负增长 (no number)
    ("unemployment_rate", 2013, "met", 0.0),       # ceiling 3% 以内
    ("land_intensity_change", 2013, "exceeded", -2.5),  # decline 5% 左右 -> decline 7.5%: down is good
    ("water_intensity_change", 2014, "met", -0.3),
])
def test_target_vs_actual(built_db, indicator, year, attainment, gap):
    rows = q(built_db, "select attainment, gap from target_vs_actual where indicator = $i and year = $y and region = $r",
             {"i": indicator, "y": year, "r": HOME})
    assert len(rows) == 1
    assert rows[0][0] == attainment
    assert rows[0][1] == (pytest.approx(gap) if gap is not None else None)


def test_final_beats_preliminary_in_the_view(built_db):
    rows = q(built_db, """select actual_value, actual_status from target_vs_actual
                          where indicator = 'gdp_growth' and year = 2023 and region = $r""", {"r": HOME})
    assert rows == [(7.2, "final")]


def test_no_target_years_are_rows_not_zeros(built_db):
    rows = q(built_db, """select attainment, target_value from target_vs_actual
                          where indicator = 'gdp_growth' and year = 2018 and region = $r""", {"r": HOME})
    assert rows == [("no target", None)]


def test_extract_json_lists_figures_without_a_database(tmp_path):
    out = run("extract", "data/raw/001_9987a4b2864564b4.txt", "--json")
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    assert {"indicator", "year", "period", "kind", "value", "value_high", "unit", "qualifier", "status",
            "basis", "method", "doc_id", "char_start", "char_end", "quote"} <= set(rows[0])
    assert any(r["indicator"] == "fiscal_revenue" and r["year"] == 2025 and r["value"] == 144.2 for r in rows)


def _copy_inputs(tmp_path):
    shutil.copytree(ROOT / "data" / "raw", tmp_path / "raw")
    shutil.copytree(ROOT / "data" / "curated", tmp_path / "curated")
    return tmp_path / "raw", tmp_path / "curated"


def test_broken_curated_table_fails_and_keeps_the_old_database(tmp_path, built_db):
    raw, curated = _copy_inputs(tmp_path)
    db = tmp_path / "live.duckdb"
    shutil.copy(built_db, db)
    before = db.read_bytes()
    with (curated / "public_figures.csv").open("a", encoding="utf-8") as fh:
        fh.write("2019,year,gdp,actual,final,abc,,亿元,,,t,http://x,q\n")
    out = run("build", "--raw", str(raw), "--curated", str(curated), "--db", str(db))
    assert out.returncode == 2
    assert "public_figures.csv: line 194" in out.stderr and "not a number" in out.stderr
    assert db.read_bytes() == before
    assert not [p for p in tmp_path.glob(".live.duckdb*") if p.suffix != ".lock"]   # the lock file stays: it is the lock


def test_bad_report_file_is_named_skipped_and_strict_fails(tmp_path):
    raw, curated = _copy_inputs(tmp_path)
    (raw / "zz_binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    db = tmp_path / "x.duckdb"
    out = run("build", "--raw", str(raw), "--curated", str(curated), "--db", str(db))
    assert out.returncode == 0, out.stderr
    assert "zz_binary.txt: skipped: binary data" in out.stdout
    strict = run("build", "--raw", str(raw), "--curated", str(curated), "--db", str(db), "--strict")
    assert strict.returncode == 1
    assert q(db, "select count(*) from documents")[0][0] == 12


def test_adding_a_report_is_dropping_a_file(tmp_path):
    raw, curated = _copy_inputs(tmp_path)
    (raw / "2016_plan.txt").write_text(
        "关于罗湖区2016年国民经济和社会发展计划执行情况与2017年计划(草案)的报告\n一、2016年国民经济和社会发展计划执行情况\n"
        "我区生产总值(P)突破1900亿元,增速达8.8%;社会消费品零售总额突破1100亿元,增长8%左右。\n", encoding="gb18030")
    db = tmp_path / "x.duckdb"
    assert run("build", "--raw", str(raw), "--curated", str(curated), "--db", str(db)).returncode == 0
    rows = q(db, """select o.value, o.n_sources, o.method from observations o
                    where indicator = 'gdp_growth' and year = 2016 and kind = 'actual' and region = $r""", {"r": HOME})
    assert rows == [(8.8, 2, "text")]


def test_check_command(built_db):
    out = run("check", "--db", str(built_db))
    assert out.returncode == 0 and "0 problem(s)" in out.stdout
