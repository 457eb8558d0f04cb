"""Issue 11, the build side: every bad input is a named skip or a one-line error naming the file and
line, never a traceback and never a wrong figure; nothing already built is lost."""

import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from etl.errors import BuildError
from etl.readers.html import strip_html
from tests.bad_inputs.make_corpus import REPORT
from tests.dbtools import rows

ROOT = Path(__file__).resolve().parent.parent


def etl(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "etl", *args], cwd=cwd, capture_output=True, text=True, timeout=300)


def workspace(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data, ignore=shutil.ignore_patterns("raw", "curated", "*.duckdb*", ".*"))
    (data / "raw").mkdir()
    (data / "curated").mkdir()
    (data / "raw" / "good.txt").write_text(REPORT, encoding="utf-8")
    return data


def build(data, *extra):
    db = data / "t.duckdb"
    res = etl("--data", str(data), "build", "--raw", str(data / "raw"), "--curated", str(data / "curated"),
              "--db", str(db), *extra)
    assert "Traceback" not in res.stderr + res.stdout, res.stderr
    return res, db


# --- files in data/raw that are not what they seem --------------------------------------------

def _link_out(raw):
    (raw / "leak.txt").symlink_to("/etc/passwd")
    return "leak.txt", "a link to a file outside data/raw/"


def _pdf_named_txt(raw):
    (raw / "report.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    return "report.txt", "a PDF that cannot be opened"   # read by its bytes as a PDF, never as GB18030 text


def _newline_in_name(raw):
    (raw / "two\nlines.txt").write_text(REPORT, encoding="utf-8")
    return "two\nlines.txt".replace("\n", "\\n"), "control character"


def _sidecar_list(raw):
    (raw / "r.txt").write_text(REPORT, encoding="utf-8")
    (raw / "r.meta.json").write_text("[1, 2]", encoding="utf-8")
    return "r.txt", "r.meta.json: sidecar must be a JSON object"


def _sidecar_wrong_type(raw):
    (raw / "r.txt").write_text(REPORT, encoding="utf-8")
    (raw / "r.meta.json").write_text(json.dumps({"region": ["罗湖区"]}), encoding="utf-8")
    return "r.txt", "region must be a string or null"


def _sidecar_huge_string(raw):
    (raw / "r.txt").write_text(REPORT, encoding="utf-8")
    (raw / "r.meta.json").write_text(json.dumps({"what": "x" * 50_000}), encoding="utf-8")
    return "r.txt", "longer than 2000 characters"


def _sidecar_unknown_key(raw):
    (raw / "r.txt").write_text(REPORT, encoding="utf-8")
    (raw / "r.meta.json").write_text(json.dumps({"regoin": "罗湖区"}), encoding="utf-8")
    return "r.txt", "unknown key(s) 'regoin'"


def _fifo(raw):
    os.mkfifo(raw / "pipe.txt")
    return "pipe.txt", "not a regular file"


@pytest.mark.parametrize("make", [_link_out, _pdf_named_txt, _newline_in_name, _sidecar_list, _sidecar_wrong_type,
                                  _sidecar_huge_string, _sidecar_unknown_key, _fifo], ids=lambda f: f.__name__)
@pytest.mark.slow
def test_a_bad_file_is_a_named_skip_and_the_build_goes_on(tmp_path, make):
    data = workspace(tmp_path)
    name, reason = make(data / "raw")
    res, db = build(data)
    assert res.returncode == 0, res.stderr
    assert f"skipped: {name}: " in res.stdout and reason in res.stdout
    assert rows(db, "select count(*) from observations where indicator = 'gdp' and year = 2018") == [(1,)]
    assert not rows(db, "select * from documents where text like '%root:%'")
    strict, _ = build(data, "--strict")
    assert strict.returncode == 1


def test_a_400_digit_number_is_no_figure_and_no_traceback(tmp_path):
    data = workspace(tmp_path)
    (data / "raw" / "digits.txt").write_text(REPORT.replace("2253.69", "9" * 400), encoding="utf-8")
    res, db = build(data)
    assert res.returncode == 0
    assert not rows(db, "select * from observations where value > 1e15")


def test_an_implausible_figure_goes_to_review(tmp_path):
    data = workspace(tmp_path)
    (data / "raw" / "good.txt").write_text(REPORT.replace("2253.69亿元", "99999999999亿元"), encoding="utf-8")
    res, db = build(data)
    assert not rows(db, "select * from observations where indicator = 'gdp'")
    assert "outside the plausible range" in rows(db, "select reason from review_items where indicator = 'gdp'")[0][0]


def test_a_stray_nul_keeps_its_sentence_figures_and_is_reported(tmp_path):
    data = workspace(tmp_path)
    text = "罗湖区新闻\n" + "这是一段较长的说明文字。" * 400 + "\n" + REPORT.replace("281.48", "28\x001.48")
    (data / "raw" / "good.txt").write_text(text, encoding="utf-8")
    res, db = build(data)
    assert "NUL bytes removed" in res.stdout
    assert rows(db, "select value from observations where indicator = 'fixed_investment' and year = 2018") == [(281.48,)]


# --- hand-made tables ------------------------------------------------------------------------

CURATED = ["year", "period", "indicator", "kind", "status", "value", "value_high", "unit", "qualifier", "basis",
           "source_title", "source_url", "quote"]
GOOD_ROW = {"year": "2019", "period": "year", "indicator": "gdp_growth", "kind": "target", "status": "", "value": "7",
            "value_high": "", "unit": "pct", "qualifier": "左右", "basis": "", "source_title": "t",
            "source_url": "https://example.org", "quote": "增长7%左右"}


@pytest.mark.parametrize("change, message", [
    ({"value": "nan"}, "'nan' is not a finite number"),
    ({"value": "inf"}, "'inf' is not a finite number"),
    ({"year": "20233"}, "year 20233 is outside"),
    ({"year": "-5"}, "year -5 is outside"),
    ({"indicator": "gdp", "unit": "亿元", "value": "99999999999999999999"}, "outside the plausible range"),
    ({"value": "7", "value_high": "6"}, "value_high 6 is below value"),
    ({"unit": "furlongs"}, "unit 'furlongs' is not in data/units.csv"),
    ({"qualifier": "大约"}, "qualifier '大约' is neither a hedge"),
    ({"period": "2019Q5"}, "period '2019Q5'"),
])
def test_a_bad_curated_cell_stops_the_build_naming_file_and_line(tmp_path, change, message):
    data = workspace(tmp_path)
    with (data / "curated" / "figures.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, CURATED)
        w.writeheader()
        w.writerow(GOOD_ROW)
        w.writerow(GOOD_ROW | change)
    res, db = build(data)
    assert res.returncode == 2 and "figures.csv: line 3" in res.stderr and message in res.stderr
    assert not db.exists()


@pytest.mark.parametrize("file, edit, message", [
    ("indicators.csv", lambda t: t.replace(",亿元,up,地区生产总值|", ",furlongs,up,地区生产总值|", 1),
     "unit 'furlongs' is not in data/units.csv"),
    ("units.csv", lambda t: t.replace("亿元,CNY,100000000,", "亿元,CNY,1e8x,", 1), "'1e8x' is not a number"),
    ("hedges.csv", lambda t: "\n".join(ln for ln in t.splitlines() if not ln.startswith(",none")) + "\n", "no hedge"),
])
@pytest.mark.slow
def test_a_broken_rule_table_stops_the_build_and_keeps_the_live_file(tmp_path, file, edit, message):
    data = workspace(tmp_path)
    ok, db = build(data)
    assert ok.returncode == 0
    before = db.read_bytes()
    path = data / file
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    res, _ = build(data)
    assert res.returncode == 2 and file in res.stderr and message in res.stderr
    assert db.read_bytes() == before


# --- the build itself ---------------------------------------------------------------------------

def test_a_second_build_at_once_is_refused(tmp_path):
    from etl.build import build_lock

    data = workspace(tmp_path)
    db = data / "t.duckdb"
    with build_lock(db):
        res, _ = build(data)
    assert res.returncode == 2 and "another build" in res.stderr


def test_a_full_disk_while_writing_is_a_build_error_and_the_live_file_stays(tmp_path, monkeypatch):
    import errno

    from etl.build import build as run_build
    from etl.store import load

    data = workspace(tmp_path)
    ok, db = build(data)
    before = db.read_bytes()

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path))
    monkeypatch.setattr(load, "insert_rows", full)
    with pytest.raises(BuildError, match="No space left on device"):
        run_build(data / "raw", data / "curated", db, data, log=lambda *a: None, cache=False)   # written whole
    assert db.read_bytes() == before


def test_extract_refuses_a_device_instead_of_reading_it_forever():
    res = etl("extract", "/dev/zero")
    assert res.returncode == 2 and "not a regular file" in res.stderr and "Traceback" not in res.stderr


@pytest.mark.slow
def test_export_never_writes_over_a_device(tmp_path, built_db):
    res = subprocess.run([sys.executable, "app.py", "export", "--indicator", "gdp", "--format", "png",
                          "--out", "/dev/full", "--db", str(built_db)], cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 2 and "not a regular file" in res.stderr
    assert Path("/dev/full").is_char_device()


@pytest.mark.parametrize("html, expected", [
    ("a<script>x</script>b<style>y</style>c", "abc"),
    ("keep<script>never closed " + "<script>" * 1000, "keep"),
    ("<SCRIPT>x</SCRIPT>ok", "ok"),
])
def test_scripts_and_styles_are_dropped_in_one_pass(html, expected):
    assert strip_html(html) == expected
