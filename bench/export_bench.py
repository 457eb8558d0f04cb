"""Benchmark: one PNG export cold (a new process: interpreter, imports, Chromium start) and warm
(the same process again), and whole briefing packs.

    python bench/export_bench.py [--db data/luohu.duckdb] [--year 2024]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def main() -> None:
    from build_bench import machine

    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default=str(ROOT / "data" / "luohu.duckdb"))
    ap.add_argument("--year", type=int, default=2024)
    args = ap.parse_args()
    if not Path(args.db).exists():
        subprocess.run([sys.executable, "-m", "etl", "build", "--db", args.db, "--quiet"], cwd=ROOT, check=True)
    print(f"machine: {machine()}")
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "app.py", "export", "--indicator", "gdp_growth", "--format", "png",
                        "--out", str(Path(tmp) / "cold.png"), "--db", args.db], cwd=ROOT, check=True, capture_output=True)
        print(f"PNG export, cold (new process, python app.py export): {time.perf_counter() - t0:.2f} s")
    from components import briefing
    from etl.store import queries

    reader = queries.Reader(args.db)

    from components import vocabulary

    vocabulary.use(vocabulary.from_reader(reader))   # the labels the views read
    t0 = time.perf_counter()
    briefing.indicator_export(reader, "gdp_growth", "png", "zh")
    print(f"PNG export, first in process (Chromium start): {time.perf_counter() - t0:.2f} s")
    warm = []
    for lang in ("zh", "en") * 5:
        t0 = time.perf_counter()
        briefing.indicator_export(reader, "gdp_growth", "png", lang)
        warm.append(time.perf_counter() - t0)
    print(f"PNG export, warm: median {statistics.median(warm):.2f} s, max {max(warm):.2f} s (10 runs)")
    for fmt in ("pdf", "pptx", "zip"):
        t0 = time.perf_counter()
        data, name = briefing.briefing(reader, args.year, "zh", fmt)
        print(f"briefing pack {fmt}: {time.perf_counter() - t0:.2f} s, {len(data) / 1024:.0f} kB")


if __name__ == "__main__":
    main()
