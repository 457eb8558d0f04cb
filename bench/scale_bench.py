"""Benchmark: builds of synthetic corpora of N county-level units × 14 years (bench/synth.py, the
gazetteer's own places): wall time, documents/s, peak memory, database size, and extraction accuracy
against the generator's truth; with --incremental, a rebuild with nothing changed and one after one
report is added (the read cache, etl/store/readcache.py).

    python bench/scale_bench.py [--sizes 1,10,100,1000,all] [--work /tmp/luohu-scale] [--incremental]

Each build is a new process (`python -m etl build`, interpreter start included) run under
/usr/bin/time -v: "peak MB" is its largest process (the build's own, or a reader worker's), "tree MB"
the largest sum of the resident memory of the build and its workers, sampled every 0.1 s. Full builds
start from an empty read cache (LUOHU_READ_CACHE, inside the work folder).
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
TIME = "/usr/bin/time"


def _tree_rss(pid: int) -> int:
    """Resident kB of a process and its descendants (one pass over /proc)."""
    parents, rss = {}, {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/status", encoding="ascii") as fh:
                fields = dict(line.split(":", 1) for line in fh if ":" in line)
        except OSError:
            continue
        parents[int(entry.name)] = int(fields.get("PPid", "0").strip())
        rss[int(entry.name)] = int(fields.get("VmRSS", "0 kB").split()[0])
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += rss.get(p, 0)
        todo.extend(c for c, pp in parents.items() if pp == p)
    return total


def timed_build(raw: Path, curated: Path, db: Path, cache: Path, extra: tuple = ()) -> tuple[float, float, float, float]:
    """Wall seconds, the largest process's peak RSS (MB, /usr/bin/time -v), the largest sampled sum
    of the build's processes (MB) and CPU seconds (user + system, workers included)."""
    cmd = [sys.executable, "-m", "etl", "build", "--raw", str(raw), "--curated", str(curated), "--db", str(db),
           "--quiet", *extra]
    timed = [TIME, "-v", *cmd] if os.path.exists(TIME) else cmd
    env = {**os.environ, "LUOHU_READ_CACHE": str(cache)}
    t0 = time.perf_counter()
    proc = subprocess.Popen(timed, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    tree = [0]

    def sample():
        while proc.poll() is None:
            tree[0] = max(tree[0], _tree_rss(proc.pid))
            time.sleep(0.1)
    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - t0
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"build failed with status {proc.returncode}: {err[-2000:]}")
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", err)
    cpu = sum(float(x) for x in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", err))
    return wall, int(peak.group(1)) / 1024 if peak else float("nan"), tree[0] / 1024, cpu


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


def corpus(work: Path, n: int) -> Path:
    """The corpus of n places in `work`, written once (a report added by --incremental is removed)."""
    from synth import write_corpus

    if (work / "added").exists() or not (work / "truth.csv").exists():
        shutil.rmtree(work / "raw", ignore_errors=True)
        (work / "added").unlink(missing_ok=True)
        write_corpus(work, n)
    return work / "raw"


def incremental(work: Path, n: int, raw: Path, db: Path, cache: Path, full_wall: float) -> None:
    """A rebuild with nothing changed, then one after one report is added."""
    from synth import add_report

    wall, peak, tree, cpu = timed_build(raw, work / "curated", db, cache)
    print(f"{'':>7} rebuild, nothing changed: {wall:.1f} s ({wall / full_wall:.2f} of the full build), "
          f"cpu {cpu:.1f} s, peak {peak:.0f} MB, tree {tree:.0f} MB", flush=True)
    added = add_report(work, n)
    (work / "added").touch()
    wall, peak, tree, cpu = timed_build(raw, work / "curated", db, cache)
    precision, recall, _, _ = accuracy(db, work / "truth.csv")
    print(f"{'':>7} rebuild after adding {added.name}: {wall:.1f} s ({wall / full_wall:.2f} of the full build), "
          f"cpu {cpu:.1f} s, peak {peak:.0f} MB, tree {tree:.0f} MB, precision {precision:.4f}, recall {recall:.4f}",
          flush=True)


def main() -> None:
    from build_bench import machine

    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1,10,100,1000,all", help="numbers of places; all: every county-level unit")
    ap.add_argument("--work", default="/tmp/luohu-scale")
    ap.add_argument("--incremental", action="store_true", help="also rebuild unchanged, and after adding one report")
    args = ap.parse_args()
    print(f"machine: {machine()}")
    print(f"{'places':>7} {'reports':>8} {'MB':>6} {'wall s':>7} {'cpu s':>6} {'docs/s':>7} {'peak MB':>8} {'tree MB':>8} "
          f"{'db MB':>6} {'precision':>9} {'recall':>7}")
    for size in args.sizes.split(","):
        n = 10**6 if size == "all" else int(size)
        work = Path(args.work) / f"r{size}"
        raw = corpus(work, n)
        reports = len(list(raw.iterdir()))
        mb = sum(p.stat().st_size for p in raw.iterdir()) / 1e6
        db, cache = work / "db.duckdb", work / "read-cache"
        shutil.rmtree(cache, ignore_errors=True)
        wall, peak, tree, cpu = timed_build(raw, work / "curated", db, cache)
        precision, recall, _, _ = accuracy(db, work / "truth.csv")
        places = reports // 14
        print(f"{places:>7} {reports:>8} {mb:>6.1f} {wall:>7.1f} {cpu:>6.1f} {reports / wall:>7.0f} {peak:>8.0f} {tree:>8.0f} "
              f"{db.stat().st_size / 1e6:>6.1f} {precision:>9.4f} {recall:>7.4f}", flush=True)
        if args.incremental:
            incremental(work, n, raw, db, cache, wall)


if __name__ == "__main__":
    main()
