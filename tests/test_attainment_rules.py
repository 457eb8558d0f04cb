"""The attainment rules on a tiny database built from hand-written rows: the cases the real reports
do not reach (a floor, a ceiling, a range, an indicator where less is better, qualitative statements).

Each case is a target and an outcome in a year of its own; the database is built by the real CLI
from a curated table written at test time."""

import csv
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.dbtools import records, rows

ROOT = Path(__file__).resolve().parent.parent
COLUMNS = ["year", "period", "indicator", "kind", "status", "value", "value_high", "unit", "qualifier", "basis",
           "source_title", "source_url", "quote"]

# indicator, year, target (value, value_high, qualifier), outcome (value, qualifier) or None, expected status
CASES = [
    ("gdp_growth", 2012, (6, None, None), (6, None), "met"),                  # exact
    ("gdp_growth", 2013, (6, None, None), (5.9, None), "missed"),
    ("gdp_growth", 2014, (6, None, None), (6.1, None), "exceeded"),
    ("gdp_growth", 2015, (5.5, 6, None), (5.7, None), "met"),                 # range
    ("gdp_growth", 2016, (5.5, 6, None), (5.4, None), "missed"),
    ("gdp_growth", 2017, (5.5, 6, None), (6.2, None), "exceeded"),
    ("gdp_growth", 2018, (6, None, "左右"), (5.6, None), "met"),             # about: ±0.5 pp
    ("gdp_growth", 2019, (6, None, "左右"), (6.4, None), "met"),
    ("gdp_growth", 2020, (6, None, "左右"), (5.4, None), "missed"),
    ("gdp_growth", 2021, (6, None, "左右"), (6.6, None), "exceeded"),
    ("gdp_growth", 2022, (6, None, "以上"), (5.9, None), "missed"),          # floor
    ("gdp_growth", 2023, (6, None, "以上"), (6.3, None), "met"),
    ("gdp_growth", 2024, (6, None, "以上"), (6.6, None), "exceeded"),
    ("gdp_growth", 2025, (6, None, "以上"), None, "no outcome"),
    ("unemployment_rate", 2012, (3, None, "以内"), (2.8, None), "met"),      # ceiling, less is better
    ("unemployment_rate", 2013, (3, None, "以内"), (3.2, None), "missed"),
    ("unemployment_rate", 2014, (3, None, "以内"), (3.0, None), "met"),
    ("pm25", 2012, (20, None, None), (18, None), "exceeded"),                 # exact, less is better
    ("pm25", 2013, (20, None, None), (22, None), "missed"),
    ("pm25", 2014, (20, None, "左右"), (20.3, None), "met"),
    ("retail_sales_growth", 2012, (5, None, None), (None, "负增长"), "missed"),  # a qualitative outcome
    ("retail_sales_growth", 2013, (None, None, "与GDP增速基本同步"), (4, None), "not assessed"),
    ("retail_sales_growth", 2014, None, (4, None), "no target"),
]


def _rows():
    for indicator, year, target, outcome, _ in CASES:
        unit = "μg/m³" if indicator == "pm25" else "pct"
        if target:
            value, high, qualifier = target
            yield [year, "year", indicator, "target", "", value if value is not None else "", high or "", unit,
                   qualifier or "", "", "rule test", "https://example.org/rules",
                   f"target {year}: {value if value is not None else qualifier}{'-' + str(high) if high else ''}"]
        if outcome:
            value, qualifier = outcome
            yield [year, "year", indicator, "actual", "final", value if value is not None else "", "", unit,
                   qualifier or "", "", "rule test", "https://example.org/rules",
                   f"outcome {year}: {value if value is not None else qualifier}"]


def build_curated_db(tmp: Path, name: str, rows) -> Path:
    """A database built by the real CLI from one curated table written here (and a report with no
    figures, so that the raw folder is not empty)."""
    data = tmp / "data"
    shutil.copytree(ROOT / "data", data, ignore=shutil.ignore_patterns("raw", "curated", "*.duckdb*"))
    (data / "raw").mkdir()
    (data / "curated").mkdir()
    (data / "raw" / "note.txt").write_text("罗湖区政府工作报告\n各位代表:这是一份没有数字的测试文本。\n", encoding="utf-8")
    with (data / "curated" / f"{name}.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    db = tmp / f"{name}.duckdb"
    res = subprocess.run([sys.executable, "-m", "etl", "--data", str(data), "build", "--raw", str(data / "raw"),
                          "--curated", str(data / "curated"), "--db", str(db)], cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    return db


@pytest.fixture(scope="module")
def tiny_db(tmp_path_factory):
    db = build_curated_db(tmp_path_factory.mktemp("tiny"), "rules", _rows())
    return {(i, y): s for i, y, s in rows(db, "select indicator, year, attainment from attainment")}


@pytest.mark.parametrize("indicator, year, target, outcome, expected", CASES)
def test_attainment(tiny_db, indicator, year, target, outcome, expected):
    assert tiny_db[(indicator, year)] == expected


# --- every bound × direction × outcome, label and sentence ------------------------------------
# A target of 6 (5.5–6.5 for a range); outcomes below, inside and above the met zone, missing, or
# stated in words (负增长). gdp_growth: higher is better; unemployment_rate: lower is better.
BOUND_QUALIFIERS = {"exact": (None, False), "range": (None, True), "左右": ("左右", False), "以上": ("以上", False),
                    "以内": ("以内", False), "力争": ("力争", False), "突破": ("突破", False),
                    "qualitative": ("与经济增长基本同步", False)}
DIRECTIONS = {"up": "gdp_growth", "down": "unemployment_rate"}
OUTCOMES = ("below", "inside", "above", "missing", "words")
INSIDE = {("以上", "up"): 6.3, ("力争", "up"): 6.3, ("突破", "up"): 6.3, ("以上", "down"): 5.7,
          ("力争", "down"): 5.7, ("突破", "down"): 5.7, ("左右", "up"): 6.3, ("左右", "down"): 5.7}
# what a planner expects, written out by hand (not computed from the product's rules)
RAISING = {"below": "missed", "inside": "met", "above": "exceeded"}
LOWERING = {"below": "exceeded", "inside": "met", "above": "missed"}
AT_MOST = {"below": "met", "inside": "met", "above": "missed"}
EXPECTED = {}
for _b in BOUND_QUALIFIERS:
    for _d in DIRECTIONS:
        table = ({p: "not assessed" for p in RAISING} if _b == "qualitative" else AT_MOST if _b == "以内"
                 else RAISING if _d == "up" else LOWERING)
        for _o in OUTCOMES[:3]:
            EXPECTED[(_b, _d, _o)] = table[_o]
        EXPECTED[(_b, _d, "missing")] = "no outcome"
        EXPECTED[(_b, _d, "words")] = "missed" if (_d == "up" and _b != "qualitative") else "not assessed"
GRID = sorted(EXPECTED)
YEAR0 = 2000


def _grid_rows():
    for n, (bound, direction, outcome) in enumerate(GRID):
        indicator, year = DIRECTIONS[direction], YEAR0 + n
        qualifier, ranged = BOUND_QUALIFIERS[bound]
        target = "" if bound == "qualitative" else 5.5 if ranged else 6
        yield [year, "year", indicator, "target", "", target, 6.5 if ranged else "", "pct", qualifier or "", "",
               "grid", "https://example.org/grid", f"target {year}: {target}" + ("-6.5" if ranged else "")]
        value = {"below": 5.0, "inside": INSIDE.get((bound, direction), 6.0), "above": 7.0}.get(outcome, "")
        if outcome != "missing":
            yield [year, "year", indicator, "actual", "final", value, "", "pct", "负增长" if outcome == "words" else "",
                   "", "grid", "https://example.org/grid", f"outcome {year}: {value}"]


@pytest.fixture(scope="module")
def grid_db(tmp_path_factory):
    db = build_curated_db(tmp_path_factory.mktemp("grid"), "grid", _grid_rows())
    return {(r["indicator"], r["year"]): r for r in records(db, "select * from attainment")}


@pytest.mark.parametrize("bound, direction, outcome", GRID)
def test_every_bound_direction_and_outcome_is_labelled_as_a_planner_expects(grid_db, bound, direction, outcome):
    from components.rules import bound_of, row_sentence, verdicts

    row = grid_db[(DIRECTIONS[direction], YEAR0 + GRID.index((bound, direction, outcome)))]
    expected = EXPECTED[(bound, direction, outcome)]
    assert row["attainment"] == expected
    kind = bound_of(row["bound"], row["target_value_high"] is not None, bool(row["target_qualitative"]))
    if outcome in ("below", "inside", "above"):
        assert verdicts(kind, row["direction"])[outcome] == expected    # the words' rule is the database's rule
    better, worse = ("above", "below") if direction == "up" else ("below", "above")
    sentence = row_sentence(row, "en")
    for clause in sentence.split(", "):       # each verdict the sentence names sits on its side of the target
        if clause.startswith("exceeded") and "never" not in clause:
            assert better in clause and worse not in clause, sentence
        if clause.startswith("missed") and kind != "ceiling":
            assert worse in clause and better not in clause, sentence
    if kind == "ceiling":
        assert "never exceeded" in sentence and "missed above" in sentence
    if kind == "qualitative":
        assert "not judged" in sentence and "not judged" in sentence
    if direction == "down" and kind not in ("ceiling", "qualitative"):
        assert "lower is better" in sentence and "越低越好" in row_sentence(row, "zh")
    if outcome == "words":   # the rule for an outcome in words, in each language's own words
        assert ("outcome stated in words" in sentence) == (kind != "qualitative")
        assert ("负增长" in row_sentence(row, "zh")) == (kind != "qualitative")
