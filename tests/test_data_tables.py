"""Issue 21: the hand-made tables are data to check, row by row. A bad row of data/curated/*.csv,
data/corrections.csv or data/regions.csv is refused with one line naming its file and line: never a
traceback, never a figure published wrong, never the rest of the file swallowed by an open quote."""

import csv
import io
import math
import time
from dataclasses import replace
from pathlib import Path

import pytest

from etl.combine.corrections import COLUMNS as VERDICT_COLUMNS
from etl.combine.corrections import apply_corrections, read_corrections
from etl.combine.curated import COLUMNS as CURATED_COLUMNS
from etl.combine.curated import read_curated
from etl.errors import InputError
from etl.knowledge import Region, Regions, load_knowledge
from etl.knowledge.places import load_regions
from etl.knowledge.tables import finite_number
from etl.records import Mention
from tests.dbtools import rows
from tests.test_hardening_build import build, workspace

ROOT = Path(__file__).resolve().parent.parent
CAT = load_knowledge()
KEY = "report#0@10-20/gdp_growth/target"


def line(cells: dict, columns: list[str]) -> str:
    """One CSV line of a table, the cells not given left empty."""
    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow([cells.get(c, "") for c in columns])
    return out.getvalue()


def refusal(call) -> str:
    """The message of the InputError `call` raises (a test fails on any other outcome)."""
    with pytest.raises(InputError) as caught:
        call()
    assert "\n" not in str(caught.value), str(caught.value)
    return str(caught.value)


# --- one parser for every number of a hand-made table -----------------------------------------

@pytest.mark.parametrize("text", ["6_5", "1_600", "1e3_0", "\uff16.\uff15", "\u0663"])
def test_a_number_python_would_read_but_a_person_would_not_write_is_refused(text):
    assert "is not a number" in refusal(lambda: finite_number(text, "t.csv: line 2"))


def test_minus_zero_is_read_as_zero():
    assert math.copysign(1, finite_number("-0", "t.csv: line 2")) == 1


# --- data/curated/*.csv ------------------------------------------------------------------------

GOOD = line({"year": "2019", "period": "year", "indicator": "gdp_growth", "kind": "target", "value": "7",
             "unit": "pct", "qualifier": "左右", "source_title": "t", "source_url": "https://example.org",
             "quote": "增长7%左右"}, CURATED_COLUMNS)
HEADER = ",".join(CURATED_COLUMNS)


def read_lines(tmp_path, lines: list[str]):
    path = tmp_path / "figures.csv"
    path.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")
    return read_curated(path, CAT)


@pytest.mark.parametrize("lines, where, words", [
    ([GOOD, GOOD.replace(",t,", ',"t,'), GOOD, GOOD], "line 3", "quote"),            # opened, never closed
    ([GOOD, GOOD.replace(",t,", ',"t,'), GOOD, '"x"'], "line 3", "quote"),           # closed three lines on
    ([GOOD, "2019,year,gdp_growth,target"], "line 3", "4 cells"),                    # a row cut short
    ([GOOD, GOOD.replace("增长7%左右", "增长7%,左右")], "line 3", "14 cells"),        # an unquoted comma
    ([GOOD, GOOD.replace(",7,", ",7_0,")], "line 3", "'7_0' is not a number"),
    ([GOOD, "", GOOD.replace(",7,", ",7_0,")], "line 4", "is not a number"),        # a blank line counts
])
def test_a_bad_curated_row_is_refused_naming_file_and_line(tmp_path, lines, where, words):
    assert all(w in refusal(lambda: read_lines(tmp_path, lines)) for w in (f"figures.csv: {where}:", words))


# --- data/corrections.csv ----------------------------------------------------------------------

MENTION = Mention(region="R", indicator="gdp_growth", year=2019, period="year", kind="target", value=7.0,
                  value_high=None, unit="pct", qualifier=None, status=None, basis="reported", method="text",
                  rule="r", doc_id="report#0", char_start=10, char_end=20, quote="q", sentence_start=0,
                  sentence_end=30, report_year=2019, source_url=None, source_title=None, confidence="low",
                  mention_key=KEY)


def verdict(**cells) -> str:
    return line({"action": "fix", "key": KEY, "reason": "r", "who": "w", "when": "2026-12-01"} | cells,
                VERDICT_COLUMNS)


def apply_lines(tmp_path, lines: list[str], mention: Mention = MENTION) -> list[Mention]:
    path = tmp_path / "corrections.csv"
    path.write_text("\n".join([",".join(VERDICT_COLUMNS), *lines]) + "\n", encoding="utf-8")
    return apply_corrections([mention], read_corrections(path, CAT), path.name)


@pytest.mark.parametrize("lines, where, words", [
    ([verdict(value="6"), verdict(value="6").replace(",r,", ',"r,')], "line 3", "quote"),
    ([verdict(value="1e308")], "line 2", "outside the plausible range"),
    ([verdict(value="1e308", unit="%")], "line 2", "outside the plausible range"),
    ([verdict(value_high="1e308")], "line 2", "outside the plausible range"),
    ([verdict(value="1600", value_high="5", unit="亿元")], "line 2", "value_high 5 is below value 1600"),
    ([verdict(value_high="5")], "line 2", "value_high 5 is below value"),                # below the value as read
    ([verdict(period="decade")], "line 2", "period 'decade'"),
    ([verdict(action="reject"), verdict(action="confirm")], "line 3", "line 2"),         # two verdicts, one key
    ([verdict(value="6_5")], "line 2", "'6_5' is not a number"),
    ([verdict(unit="furlongs")], "line 2", "unit 'furlongs' is not in data/units.csv"),
    ([verdict(region="Atlantis")], "line 2", "region 'Atlantis'"),
    ([verdict(qualifier="大约")], "line 2", "qualifier '大约'"),
    ([verdict(value="6"), "fix,k,,,,,1"], "line 3", "cells"),
])
def test_a_bad_verdict_is_refused_naming_corrections_csv_and_line(tmp_path, lines, where, words):
    assert all(w in refusal(lambda: apply_lines(tmp_path, lines)) for w in (f"corrections.csv: {where}:", words))


@pytest.mark.parametrize("read, words", [
    ({"value": 99999.0}, "outside the plausible range"),   # read as it stands, never charted until confirmed
    ({"region": None}, "place is unknown"),                 # the database has no figure without a place
])
def test_a_confirmed_figure_is_checked_as_a_published_one(tmp_path, read, words):
    message = refusal(lambda: apply_lines(tmp_path, [verdict(action="confirm")], replace(MENTION, **read)))
    assert "corrections.csv: line 2: confirm of" in message and words in message


@pytest.mark.parametrize("cells, expected", [
    ({"value": "6.5", "period": "H1"}, (6.5, None, "H1", "pct", "target", None)),
    ({"value": "6", "value_high": "6.5"}, (6.0, 6.5, "year", "pct", "target", None)),
    ({"region": "440300"}, (7.0, None, "year", "pct", "target", None)),
    ({"kind": "actual"}, (7.0, None, "year", "pct", "actual", "preliminary")),    # an outcome needs a status
])
def test_a_good_fix_is_applied(tmp_path, cells, expected):
    m = apply_lines(tmp_path, [verdict(**cells)])[0]
    assert (m.value, m.value_high, m.period, m.unit, m.kind, m.status) == expected


def test_a_fixed_region_is_the_place_name_the_database_uses(tmp_path):
    assert apply_lines(tmp_path, [verdict(region="440300")])[0].region == CAT.regions.find("440300").name_zh == "深圳市"


# --- data/regions.csv -------------------------------------------------------------------------

REGIONS = (ROOT / "data" / "regions.csv").read_text(encoding="utf-8").splitlines()
CODES = [r.split(",")[0] for r in REGIONS]


def edited(replace: dict[str, str] = (), extra: tuple[str, ...] = ()) -> list[str]:
    """regions.csv with some rows replaced (by code) and some appended."""
    return [dict(replace).get(code, row) for code, row in zip(CODES, REGIONS, strict=True)] + list(extra)


def load_lines(tmp_path, lines: list[str]):
    (tmp_path / "regions.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load_regions(tmp_path, CAT.gazetteer, CAT.place_names_en)


DEEP = tuple(f"D{i},深{i}区,D{i},district,{'D' + str(i - 1) if i else '440303'},,,," for i in range(6))
LOOP = ("X1,甲区,X1,district,X2,,,,", "X2,乙区,X2,district,X1,,,,")


@pytest.mark.parametrize("lines, where, words", [
    (edited({"SZ-DP": "SZ-DP,大鹏新区,Dapeng,district,SZ-DP,,,,"}), "line 14", "its own parent"),
    (edited(extra=LOOP), f"line {len(REGIONS) + 1}", "cycle"),
    (edited({"SZ-SS": "SZ-SS,深汕特别合作区,Shenshan,district,XX,,,,"}), "line 15", "parent 'XX'"),
    (edited(extra=DEEP), f"line {len(REGIONS) + 5}", "deeper than 8"),
    (edited({"SZ-DP": 'SZ-DP,大鹏新区,"Dapeng,district,440300,,,,'}), "line 14", "quote"),
    (edited({"440300": "440000,,,,,,,,"}), "line 4", "repeated code '440000'"),
    # a unit the package knows holds only what the package lacks: its name, level, parent come from it
    (edited({"440000": "440000,广东省,,province,CN,,,,"}), "line 3", "come from the package"),
    (edited({"440304": "440304,,Futian,,,,,,"}), "line 6", "name_en"),
    (edited(extra=("ZZ,,,,,,,,",)), f"line {len(REGIONS) + 1}", "its name_zh is needed"),
])
def test_a_bad_place_is_refused_naming_regions_csv_and_line(tmp_path, lines, where, words):
    assert all(w in refusal(lambda: load_lines(tmp_path, lines)) for w in (f"regions.csv: {where}:", words))


def test_the_regions_table_as_shipped_loads(tmp_path):
    assert [r.code for r in load_lines(tmp_path, REGIONS).chain("罗湖区")] == ["CN", "440000", "440300", "440303"]


def test_regions_csv_holds_no_place_the_package_knows():
    """Only places the gazetteer lacks are written out (the nation, zones); a unit it knows is a code
    with what no package has (aliases, web domains, the home mark)."""
    rows = [dict(zip(REGIONS[0].split(","), r.split(","), strict=True)) for r in REGIONS[1:]]
    written = [r for r in rows if r["name_zh"]]
    assert written and not [r for r in written if r["code"] in CAT.gazetteer.units or CAT.gazetteer.named(r["name_zh"])]
    assert all(not (r["name_zh"] or r["level"] or r["parent"] or r["name_en"]) for r in rows if r["code"] in CAT.gazetteer.units)


def test_a_ten_thousand_deep_chain_is_cut_short_and_fast():
    deep = Regions(tuple(Region(str(i), f"p{i}", f"p{i}", "district", str(i - 1) if i else None, "", (), (), False)
                         for i in range(10_000)))
    started = time.perf_counter()
    assert len(deep.chain("p9999")) <= 8 and time.perf_counter() - started < 0.5   # 8: the depth regions.csv allows


# --- the build: a bad table stops it with exit code 2 and the live database stays --------------

def _curated_open_quote(data, db):
    (data / "curated" / "figures.csv").write_text("\n".join([HEADER, GOOD, GOOD.replace(",t,", ',"t,'), GOOD]),
                                                   encoding="utf-8")


def _verdicts(**cells):
    def write(data, db):
        key = rows(db, "select mention_key from observations where indicator = 'gdp_growth' and kind = 'target'")[0][0]
        lines = [line({"key": key, "reason": "r", "who": "w", "when": "d"} | cells, VERDICT_COLUMNS)]
        (data / "corrections.csv").write_text("\n".join([",".join(VERDICT_COLUMNS), *lines]), encoding="utf-8")
    return write


def _own_parent(data, db):
    path = data / "regions.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("district,440300,大鹏", "district,SZ-DP,大鹏"), encoding="utf-8")


@pytest.mark.parametrize("edit, message", [
    (_curated_open_quote, "figures.csv: line 3:"),
    (_verdicts(action="fix", unit="furlongs"), "corrections.csv: line 2: unit 'furlongs'"),
    (_verdicts(action="fix", value="1e308"), "corrections.csv: line 2:"),
    (_verdicts(action="fix", period="decade"), "corrections.csv: line 2: period 'decade'"),
    (_own_parent, "regions.csv: line 14:"),
], ids=["curated-quote", "fix-unit", "fix-1e308", "fix-period", "own-parent"])
@pytest.mark.slow
def test_a_bad_hand_made_row_stops_the_build_and_keeps_the_live_file(tmp_path, edit, message):
    data = workspace(tmp_path)
    ok, db = build(data)
    before = db.read_bytes()
    edit(data, db)
    res, _ = build(data)
    first = (res.stderr.splitlines() or [""])[0]
    assert (ok.returncode, res.returncode) == (0, 2) and first.startswith("error: ") and message in first
    assert db.read_bytes() == before
