"""Benchmark: builds of 1, 10, 100 and 1,000 synthetic regions (bench/synth.py): wall time,
documents/s, peak memory, database size, and extraction accuracy against the generator's truth.

    python bench/scale_bench.py [--sizes 1,10,100,1000] [--work /tmp/luohu-scale]
"""

from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys
import time
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))


def timed_build(raw: Path, curated: Path, db: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB, largest of the build and its worker processes)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "etl", "build", "--raw", str(raw), "--curated", str(curated),
                             "--db", str(db), "--quiet"], cwd=ROOT, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    if status != 0:
        raise SystemExit(f"build failed with status {status}")
    return wall, usage.ru_maxrss / 1024


def accuracy(db: Path, truth_csv: Path) -> tuple[float, float, int, int]:
    def key(region, indicator, year, kind, basis, value, value_high):
        return (region, indicator, int(year), kind, basis or "reported", round(float(value), 4),
                None if value_high in (None, "") else round(float(value_high), 4))
    with truth_csv.open(encoding="utf-8") as fh:
        truth = {key(r["region"], r["indicator"], r["year"], r["kind"], r["basis"], r["value"], r["value_high"])
                 for r in csv.DictReader(fh)}
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute("""select region, indicator, year, kind, basis, value, value_high from observations
                              where method in ('text', 'derived') and period = 'year' and value is not null""").fetchall()
    finally:
        con.close()
    found = {key(*r) for r in rows}
    correct = found & truth
    return len(correct) / max(1, len(found)), len(correct) / max(1, len(truth)), len(found), len(truth)


def main() -> None:
    from build_bench import machine
    from synth import write_corpus

    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1,10,100,1000")
    ap.add_argument("--work", default="/tmp/luohu-scale")
    args = ap.parse_args()
    print(f"machine: {machine()}")
    print(f"{'regions':>7} {'reports':>8} {'MB':>6} {'wall s':>7} {'docs/s':>7} {'peak MB':>8} {'db MB':>6} "
          f"{'precision':>9} {'recall':>7}")
    previous = None
    for n in (int(x) for x in args.sizes.split(",")):
        work = Path(args.work) / f"r{n}"
        if not (work / "truth.csv").exists():
            write_corpus(work, n)
        raw = work / "raw"
        reports = len(list(raw.iterdir()))
        size = sum(p.stat().st_size for p in raw.iterdir()) / 1e6
        db = work / "db.duckdb"
        wall, peak = timed_build(raw, work / "curated", db)
        precision, recall, found, truth = accuracy(db, work / "truth.csv")
        growth = f"  x{wall / previous[1]:.1f} time for x{n / previous[0]:.0f} regions" if previous else ""
        print(f"{n:>7} {reports:>8} {size:>6.1f} {wall:>7.1f} {reports / wall:>7.0f} {peak:>8.0f} "
              f"{db.stat().st_size / 1e6:>6.1f} {precision:>9.4f} {recall:>7.4f}{growth}")
        previous = (n, wall)


if __name__ == "__main__":
    main()
