"""Benchmark: full build wall time (interpreter start included) and extraction throughput.

    python bench/build_bench.py [--runs 5]

Prints figures only; goals live in bench/README.md, never in tests.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def machine() -> str:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{platform.system()} {platform.release()}, {os.cpu_count()} cores ({cpu}), Python {platform.python_version()}"


def full_build(runs: int) -> list[float]:
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        for _ in range(runs + 1):
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-m", "etl", "build", "--db", str(db), "--quiet"], cwd=ROOT,
                           check=True, capture_output=True)
            times.append(time.perf_counter() - t0)
    return times[1:]  # the first run warms the file cache


def extraction(repeats: int) -> tuple[float, int, int]:
    from etl.combine.duplicates import mark_duplicates
    from etl.documents import raw_files, read_file
    from etl.extract.classify import extract_document
    from etl.knowledge import load_knowledge

    cat = load_knowledge()
    files = raw_files(ROOT / "data" / "raw")
    size = sum(p.stat().st_size for p in files)
    n = 0
    t0 = time.perf_counter()
    for _ in range(repeats):
        docs = [d for p in files for d in read_file(cat, p)]
        mark_duplicates(docs)
        n = sum(len(extract_document(d, cat)) for d in docs)
    return time.perf_counter() - t0, size * repeats, n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    print(f"machine: {machine()}")
    times = full_build(args.runs)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"full build (python -m etl build, {args.runs} runs): median {statistics.median(times):.3f} s, "
          f"min {min(times):.3f} s, max {max(times):.3f} s; peak RSS {peak:.0f} MB")
    secs, nbytes, figures = extraction(20)
    print(f"extraction (decode+normalise+split+extract, in process): {nbytes / secs / 1e6:.2f} MB/s "
          f"({nbytes / 20 / 1e3:.0f} kB corpus, {figures} figure mentions per pass, {secs / 20 * 1000:.0f} ms per pass)")


if __name__ == "__main__":
    main()
