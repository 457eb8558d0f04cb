"""Nothing lost: builds killed at random moments, and a rebuild while the app is serving."""

import json
import random
import shutil
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import duckdb
import pytest

from tests.conftest import free_port, start_app

pytestmark = pytest.mark.slow   # builds killed at random moments and a live server

ROOT = Path(__file__).resolve().parent.parent
EXTRA = ("2017年1月10日在深圳市罗湖区第七届人民代表大会第一次会议上\n各位代表:我代表罗湖区人民政府向大会作工作报告。\n"
         "一、2016年工作回顾\n初步核算,我区生产总值突破1900亿元,增速达8.8%;固定资产投资突破180亿元,增长46.1%。\n"
         "二、2017年工作安排\n2017年经济社会发展主要预期目标为:地区生产总值增长8%~8.5%,固定资产投资220亿元。\n")


def inputs(tmp: Path, extra: bool) -> tuple[Path, Path]:
    raw = tmp / ("raw-extra" if extra else "raw")
    shutil.copytree(ROOT / "data" / "raw", raw)
    if extra:
        (raw / "2017_work_report.txt").write_text(EXTRA, encoding="utf-8")
    curated = tmp / "curated"
    if not curated.exists():
        shutil.copytree(ROOT / "data" / "curated", curated)
    return raw, curated


def build_cmd(raw, curated, db):
    return [sys.executable, "-m", "etl", "build", "--raw", str(raw), "--curated", str(curated), "--db", str(db), "--quiet"]


def content(db: Path) -> tuple[int, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        n = con.execute("select count(*) from observations").fetchone()[0]
        con.execute("select count(*) from target_vs_actual").fetchone()
        docs = con.execute("select count(*) from documents").fetchone()[0]
    finally:
        con.close()
    return n, docs


def test_builds_killed_at_random_moments_never_hurt_the_live_database(tmp_path, built_db):
    raw, curated = inputs(tmp_path, extra=False)
    raw_new, _ = inputs(tmp_path, extra=True)
    reference = tmp_path / "reference.duckdb"
    subprocess.run(build_cmd(raw_new, curated, reference), cwd=ROOT, check=True, capture_output=True)
    old, new = content(built_db), content(reference)
    assert old != new
    db = tmp_path / "live.duckdb"
    shutil.copy(built_db, db)
    rng = random.Random(20261122)
    seen = set()
    for _ in range(15):
        proc = subprocess.Popen(build_cmd(raw_new, curated, db), cwd=ROOT, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.02, 1.4))
        proc.kill()
        proc.wait()
        state = content(db)          # opens, and holds one complete content: the old or the new
        assert state in (old, new)
        seen.add(state)
        if state == new:             # start again from the old content to keep testing the swap
            shutil.copy(built_db, db)
    assert old in seen
    subprocess.run(build_cmd(raw_new, curated, db), cwd=ROOT, check=True, capture_output=True)
    assert content(db) == new
    leftovers = [p for p in tmp_path.glob(".live.duckdb.*") if p.suffix != ".lock"]   # the lock file is the lock
    assert not leftovers, "temporary files and folders of killed builds are cleaned up"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".") and p.suffix != ".lock"]


def test_app_answers_during_a_rebuild_and_serves_the_new_data(tmp_path, built_db):
    raw_new, curated = inputs(tmp_path, extra=True)
    db = tmp_path / "served.duckdb"
    shutil.copy(built_db, db)
    proc, base = start_app(db, free_port())
    answers, stop = [], threading.Event()

    def poll():
        while not stop.is_set():
            try:
                with urllib.request.urlopen(base + "/api/status", timeout=5) as r:
                    answers.append((r.status, json.loads(r.read())["documents"]))
            except Exception as exc:  # noqa: BLE001 - every failure is a test failure below
                answers.append((type(exc).__name__, None))
            time.sleep(0.02)

    thread = threading.Thread(target=poll)
    try:
        before = json.loads(urllib.request.urlopen(base + "/api/status", timeout=5).read())["documents"]
        thread.start()
        for _ in range(3):
            subprocess.run(build_cmd(raw_new, curated, db), cwd=ROOT, check=True, capture_output=True)
        time.sleep(0.3)
        stop.set()
        thread.join()
        after = json.loads(urllib.request.urlopen(base + "/api/status", timeout=5).read())["documents"]
    finally:
        stop.set()
        proc.terminate()
        proc.wait(timeout=10)
    assert len(answers) > 20 and all(status == 200 for status, _ in answers), [a for a in answers if a[0] != 200][:3]
    assert int(after) == int(before) + 1 and answers[-1][1] == after   # the new report, without a restart
