"""A large corpus of one district: the reports of data/raw copied until the folder holds --mb
megabytes, each copy with its figures changed (every digit run's last digit shifted by the copy's
number) so that no copy is a duplicate of another. Then one whole `python -m etl build` on it:
wall time, and the peak memory of the build's whole process tree (sampled every 0.2 s).

    python bench/corpus_bench.py [--mb 100]
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))


def varied(text: str, k: int) -> str:
    return re.sub(r"\d+", lambda m: m.group()[:-1] + str((int(m.group()[-1]) + k) % 10), text)


def write_corpus(out: Path, megabytes: float) -> tuple[int, int]:
    seeds = [p for p in sorted((ROOT / "data" / "raw").iterdir()) if p.suffix in (".txt", ".html", ".htm")]
    texts = [(p, p.read_text(encoding="utf-8", errors="replace")) for p in seeds]
    total, n, k = 0, 0, 0
    while total < megabytes * 2**20:
        k += 1
        for path, text in texts:
            body = varied(text, k) if k > 1 else text
            target = out / f"{path.stem}-copy{k:04d}{path.suffix}"
            target.write_text(body, encoding="utf-8")
            sidecar = path.with_suffix(".meta.json")
            if sidecar.exists():
                shutil.copy(sidecar, target.with_suffix(".meta.json"))
            total += len(body.encode())
            n += 1
    return n, total


def main() -> None:
    from build_bench import machine

    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=100)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw"
        raw.mkdir()
        n, size = write_corpus(raw, args.mb)
        db = Path(tmp) / "big.duckdb"
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "etl", "build", "--raw", str(raw), "--db", str(db), "--quiet"],
                                cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        root = psutil.Process(proc.pid)
        peak = 0
        while proc.poll() is None:
            try:
                rss = root.memory_info().rss + sum(c.memory_info().rss for c in root.children(recursive=True))
                peak = max(peak, rss)
            except psutil.Error:
                pass
            time.sleep(0.2)
        wall = time.perf_counter() - t0
        out = proc.stdout.read()
        print(f"machine: {machine()}")
        print(f"{n} reports, {size / 2**20:.1f} MB: build exit {proc.returncode} in {wall:.1f} s, "
              f"peak memory of the process tree {peak / 2**20:.0f} MB, database {db.stat().st_size / 2**20:.1f} MB"
              if db.exists() else f"build failed: {out[-2000:]}")
        print("\n".join(out.strip().splitlines()[-4:]))


if __name__ == "__main__":
    main()
