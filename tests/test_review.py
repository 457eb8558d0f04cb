"""Abstain rather than guess: low-confidence figures go to a review list, not into charts, until a
row of data/corrections.csv confirms, rejects or fixes them. Real builds into real DuckDB files."""

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from components import pages
from etl.store import queries
from tests.dbtools import rows

ROOT = Path(__file__).resolve().parent.parent
# a dated news item: the first figure has its year in the sentence (charted), the second only the
# document's date (sent to review); a second file names no district at all (everything to review)
NEWS = ("罗湖区新闻 2023-06-20 10:00\n罗湖区召开经济形势分析会。\n2022年,罗湖区地区生产总值增长5.1%。\n"
        "会议通报,全区固定资产投资增长8.8%。\n")
NO_REGION = "经济运行简报\n——2023年2月1日\n2022年,全区社会消费品零售总额增长2.2%。\n"
HEADER = ["action", "key", "indicator", "year", "period", "kind", "value", "value_high", "unit", "qualifier",
          "region", "reason", "who", "when"]


def run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "etl", *args], cwd=cwd, capture_output=True, text=True)


def workspace(tmp_path, corrections=()):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data, ignore=shutil.ignore_patterns("*.duckdb*", "raw", "curated"))
    (data / "raw").mkdir()
    (data / "curated").mkdir()
    (data / "raw" / "news.txt").write_text(NEWS, encoding="utf-8")
    (data / "raw" / "brief.txt").write_text(NO_REGION, encoding="utf-8")
    with (data / "corrections.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, HEADER)
        w.writeheader()
        for row in corrections:
            w.writerow({k: "" for k in HEADER} | row)
    return data


def build(data):
    db = data / "t.duckdb"
    res = run("--data", str(data), "build", "--raw", str(data / "raw"), "--curated", str(data / "curated"),
              "--db", str(db))
    return res, db


def review_key(db, indicator):
    return rows(db, f"select mention_key from review_items where indicator = '{indicator}'")[0][0]


@pytest.fixture(scope="module")
def first_build(tmp_path_factory):
    data = workspace(tmp_path_factory.mktemp("review"))
    res, db = build(data)
    assert res.returncode == 0, res.stderr
    return res, db


def test_sure_figures_are_charted_and_unsure_ones_reviewed(first_build):
    _, db = first_build
    assert rows(db, "select indicator, year, value from observations") == [("gdp_growth", 2022, 5.1)]
    reviewed = dict(rows(db, "select indicator, reason from review_items"))
    assert set(reviewed) == {"fixed_investment_growth", "retail_sales_growth"}
    assert "date" in reviewed["fixed_investment_growth"]
    assert "region unknown" in reviewed["retail_sales_growth"]


def test_the_build_says_how_many_went_to_review_and_why(first_build):
    res, _ = first_build
    assert "sent to review (not charted until data/corrections.csv confirms them): 2" in res.stdout
    assert "× region unknown" in res.stdout
    # a reason that holds "; " itself is counted whole, not as two halves
    assert "1 × no year stated near the figure; the document's date was used" in res.stdout
    assert "no district named" in res.stdout   # the warning names the file's document


def test_nothing_in_review_reaches_the_attainment_table(first_build):
    _, db = first_build
    assert not rows(db, "select * from attainment where indicator in ('fixed_investment_growth', 'retail_sales_growth')")


def test_review_quotes_match_their_documents(first_build):
    _, db = first_build
    assert rows(db, """select count(*) from review_items r join documents d using (doc_id)
                       where substring(d.text, r.char_start + 1, r.char_end - r.char_start) <> r.quote""") == [(0,)]


@pytest.mark.parametrize("action, changes, expected", [
    ("confirm", {}, [("fixed_investment_growth", 2023, 8.8)]),
    ("reject", {}, []),
    ("fix", {"year": "2022", "value": "8.9"}, [("fixed_investment_growth", 2022, 8.9)]),
])
def test_a_verdict_is_applied_at_build_time(tmp_path, first_build, action, changes, expected):
    key = review_key(first_build[1], "fixed_investment_growth")
    data = workspace(tmp_path, [{"action": action, "key": key, "reason": "checked against the bulletin",
                                 "who": "curator", "when": "2026-12-01", **changes}])
    res, db = build(data)
    assert res.returncode == 0, res.stderr
    assert rows(db, "select indicator, year, value from observations where indicator = 'fixed_investment_growth'") == expected
    assert not rows(db, "select * from review_items where indicator = 'fixed_investment_growth'")


@pytest.mark.parametrize("row, message", [
    ({"action": "confirm", "key": "nothing@1-2/gdp/actual", "reason": "r", "who": "w", "when": "d"}, "line 2: confirm of"),
    ({"action": "approve", "key": "k", "reason": "r", "who": "w", "when": "d"}, "line 2: action must be"),
    ({"action": "confirm", "key": "k", "reason": "", "who": "w", "when": "d"}, "line 2: reason is empty"),
    ({"action": "fix", "key": "k", "reason": "r", "who": "w", "when": "d"}, "line 2: a fix names no field"),
    ({"action": "fix", "key": "k", "value": "nan", "reason": "r", "who": "w", "when": "d"}, "not a finite number"),
])
def test_a_bad_or_unmatched_verdict_fails_the_build_with_its_line(tmp_path, row, message):
    res, db = build(workspace(tmp_path, [row]))
    assert res.returncode == 2
    assert message in res.stderr and "corrections.csv" in res.stderr
    assert "Traceback" not in res.stderr and not db.exists()


def test_review_command_lists_keys_and_reasons(first_build):
    _, db = first_build
    res = run("review", "--db", str(db))
    assert res.returncode == 0
    assert "2 figure(s) waiting for review" in res.stdout
    assert review_key(db, "fixed_investment_growth") in res.stdout
    assert "region unknown" in res.stdout


def test_extract_json_shows_confidence_and_region(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text(NEWS, encoding="utf-8")
    res = run("extract", str(path), "--json")
    found = {r["indicator"]: r for r in json.loads(res.stdout)}
    assert found["gdp_growth"]["confidence"] == "high" and found["gdp_growth"]["region"] == "罗湖区"
    assert found["fixed_investment_growth"]["confidence"] == "low"
    assert found["fixed_investment_growth"]["confidence_reason"]


def test_review_page_and_overview_backlog(first_build):
    reader = queries.Reader(first_build[1])
    page = str(pages.render_page(reader, "/review", ""))
    assert review_key(first_build[1], "fixed_investment_growth") in page
    assert "取文件日期所在年份" in page and "the document's date was used" in str(pages.render_page(reader, "/review", "?lang=en"))
    assert "待核数字:2 个" in str(pages.render_page(reader, "/", ""))
    assert "Figures waiting for review: 2" in str(pages.render_page(reader, "/", "?lang=en"))
