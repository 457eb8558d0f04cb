"""The house a newcomer can live in: each ordinary change is one file (a data row or one module),
the knowledge is read from the folder the build is given, and the running app reads only its
database."""

import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from etl import readers
from etl.documents import read_file
from etl.errors import InputError
from etl.extract.classify import extract_document
from etl.knowledge import load_knowledge
from etl.readers.base import Extracted

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def data_copy(tmp_path):
    shutil.copytree(ROOT / "data", tmp_path / "data", ignore=shutil.ignore_patterns("*.duckdb*"))
    return tmp_path / "data"


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _write(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def _build(data: Path, db: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "etl", "build", "--data", str(data), "--db", str(db), "--quiet"],
                          cwd=ROOT, capture_output=True, text=True)


@pytest.mark.slow
def test_a_build_reads_its_rules_from_the_data_folder_it_is_given(data_copy, tmp_path):
    """A hedge row changed in a copied data folder (左右 made a floor with a wide tolerance) changes
    the database built from that folder, and only that one."""
    hedges = _rows(data_copy / "hedges.csv")
    for row in hedges:
        if row["qualifier"] == "左右":
            row["bound"], row["tolerance_pp"] = "floor", "3.5"
    _write(data_copy / "hedges.csv", hedges)
    changed, shipped = tmp_path / "changed.duckdb", tmp_path / "shipped.duckdb"
    assert _build(data_copy, changed).returncode == 0
    assert _build(ROOT / "data", shipped).returncode == 0

    def about(db):
        con = duckdb.connect(str(db), read_only=True)
        try:
            hedge = con.execute("select bound, tolerance_pp from hedges where qualifier = '左右'").fetchone()
            verdicts = con.execute("select count(*) from attainment where target_qualifier = '左右' "
                                   "and attainment = 'exceeded'").fetchone()[0]
            return hedge, verdicts
        finally:
            con.close()

    (hedge_changed, verdicts_changed), (hedge_shipped, verdicts_shipped) = about(changed), about(shipped)
    assert hedge_changed == ("floor", 3.5) and hedge_shipped == ("about", 0.5)
    assert verdicts_changed != verdicts_shipped


def test_a_new_hedge_word_is_one_row_of_hedges_csv(data_copy, tmp_path):
    """不多于 (no more than) read as a ceiling once its row is added, and not before."""
    report = data_copy / "raw" / "zz_hedge.txt"
    report.write_text("某某区2024年政府工作报告\n——2024年1月8日在区人民代表大会上\n各位代表:\n"
                      "二、2024年主要预期目标\n地区生产总值增长不多于6%。\n", encoding="utf-8")
    before = [m for d in read_file(load_knowledge(data_copy), report) for m in extract_document(d, load_knowledge(data_copy))
              if m["indicator"] == "gdp_growth"]
    with (data_copy / "hedges.csv").open("a", encoding="utf-8") as fh:
        fh.write("不多于,prefix,ceiling,0,0,number,at most,,test row: no more than\n")
    k = load_knowledge(data_copy)
    after = [m for d in read_file(k, report) for m in extract_document(d, k) if m["indicator"] == "gdp_growth"]
    assert [m["qualifier"] for m in before] != ["不多于"]
    assert [(m["kind"], m["year"], m["value"], m["qualifier"]) for m in after] == [("target", 2024, 6.0, "不多于")]


def test_a_new_indicator_is_one_row_of_indicators_csv(data_copy, tmp_path):
    """研发投入占GDP比重 (R&D spending share) read once its row is added."""
    report = data_copy / "raw" / "zz_rd.txt"
    report.write_text("某某区2024年政府工作报告\n——2024年1月8日在区人民代表大会上\n各位代表:\n"
                      "一、2023年工作回顾\n全社会研发投入占GDP比重达4.2%。\n", encoding="utf-8")
    rows = _rows(data_copy / "indicators.csv")
    rows.append({**{k: "" for k in rows[0]}, "key": "rd_share", "family": "rd_share", "measure": "share",
                 "name_zh": "研发投入占GDP比重", "name_en": "R&D spending share of GDP", "unit": "pct",
                 "direction": "up", "aliases": "研发投入占GDP比重|研发投入强度", "measure_words": "比重|强度"})
    k0 = load_knowledge(ROOT / "data")
    assert not [m for d in read_file(k0, report) for m in extract_document(d, k0) if m["indicator"] == "rd_share"]
    _write(data_copy / "indicators.csv", rows)
    k = load_knowledge(data_copy)
    found = [(m["indicator"], m["year"], m["kind"], m["value"]) for d in read_file(k, report)
             for m in extract_document(d, k)]
    assert ("rd_share", 2023, "actual", 4.2) in found


def _read_made_up(data: bytes) -> Extracted:
    """A made-up format: a magic line, then UTF-8 text."""
    return Extracted(data.removeprefix(b"MADEUP1\n").decode("utf-8"), encoding="made-up")


def test_a_new_input_format_is_one_module_and_one_row(monkeypatch, tmp_path):
    path = tmp_path / "report.madeup"
    path.write_bytes(b"MADEUP1\n" + "某某区2024年政府工作报告\n一、2023年工作回顾\n地区生产总值增长5.1%。\n".encode())
    k = load_knowledge()
    with pytest.raises(InputError, match="unknown kind"):     # before its row: a named skip
        read_file(k, path)
    row = readers.Format("made-up", lambda data: data.startswith(b"MADEUP1\n"), _read_made_up)
    monkeypatch.setattr(readers, "FORMATS", (row, *readers.FORMATS))
    [doc] = read_file(k, path)
    assert doc.encoding == "made-up"
    assert [(m["indicator"], m["year"], m["value"]) for m in extract_document(doc, k)] == [("gdp_growth", 2023, 5.1)]


AUDIT = r'''
import json, os, sys
from pathlib import Path
root, db = Path(sys.argv[1]), Path(sys.argv[2]).resolve()
data = (root / "data").resolve()
opened, watching = [], [False]

def hook(event, args):
    if watching[0] and event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
        path = Path(os.fsdecode(args[0])).resolve()
        if path.is_relative_to(data) and not path.name.startswith(db.name):
            opened.append(str(path))

sys.addaudithook(hook)
sys.path.insert(0, str(root))
import app as app_module
from components.pages import PAGES
watching[0] = True
served = app_module.create_app(db)
client = served.server.test_client()
paths = [p.path for p in PAGES]
client.get("/")
for output, callback in served.callback_map.items():
    if "callback" not in callback or callback.get("background"):
        continue
    for value in paths + [None, "?lang=en", "?y=2019&i=gdp_growth", 2019, "en"]:
        outputs = ([{"id": o.split(".")[0], "property": o.split(".")[1]} for o in output.split("@")[0].strip(".").split("...")]
                   if output.startswith("..") else {"id": output.split(".")[0], "property": output.split(".")[1].split("@")[0]})
        inputs = [{**i, "value": value} for i in callback["inputs"]]
        body = {"output": output, "outputs": outputs, "inputs": inputs,
                "changedPropIds": [f"{inputs[0]['id']}.{inputs[0]['property']}"],
                "state": [{**s, "value": value} for s in callback.get("state", [])]}
        client.post("/_dash-update-component", json=body)
print(json.dumps(sorted(set(opened))))
'''


@pytest.mark.slow
def test_the_running_app_opens_no_file_of_data_but_its_database(built_db, tmp_path):
    """Every page and every server callback served under an audit hook: no file under data/ is opened
    (the app reads places, labels and tiers from the database it serves)."""
    env = {**os.environ, "LUOHU_CACHE": str(tmp_path / "jobs")}
    res = subprocess.run([sys.executable, "-c", AUDIT, str(ROOT), str(built_db)], cwd=tmp_path, env=env,
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr[-2000:]
    assert json.loads(res.stdout.strip().splitlines()[-1]) == []
