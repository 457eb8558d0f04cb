"""Benchmark: the Cascade page and its charts on a database (server time, cold and warm), and the
export of its three charts.

    python bench/cascade_bench.py [--db data/luohu.duckdb] [--repeats 20] [--no-export]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return (time.perf_counter() - t0) * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", default=str(ROOT / "data" / "luohu.duckdb"))
    ap.add_argument("--repeats", type=int, default=20)
    ap.add_argument("--no-export", action="store_true")
    args = ap.parse_args()

    from components import briefing, pages
    from etl.store import queries

    lo, hi = queries.Reader(args.db).call(queries.year_range)
    years = list(range(lo, hi + 1))
    cold = []
    for y in years[: args.repeats]:   # a new reader per call: nothing comes from the cache
        reader = queries.Reader(args.db)
        from components import vocabulary
        vocabulary.use(vocabulary.from_reader(reader))   # the labels the views read
        cold.append(timed(lambda r=reader, y=y: pages.render_page(r, "/cascade", f"?y={y}")))
    reader = queries.Reader(args.db)
    from components import vocabulary
    vocabulary.use(vocabulary.from_reader(reader))   # the labels the views read
    pages.render_page(reader, "/cascade", f"?y={hi}")
    warm = [timed(lambda: pages.render_page(reader, "/cascade", f"?y={hi}")) for _ in range(args.repeats)]
    print(f"/cascade page, cold (new reader, {len(cold)} years): median {statistics.median(cold):.0f} ms, "
          f"max {max(cold):.0f} ms")
    print(f"/cascade page, warm (cached): median {statistics.median(warm):.1f} ms")
    if args.no_export:
        return
    region = reader.call(queries.default_region)
    for spec in (f"cascade:gdp_growth:{hi - 1}", "amplification:gdp_growth", f"peers:gdp_growth:{hi - 1}"):
        first = timed(lambda s=spec: briefing.chart_export(reader, s, "png", "zh"))
        again = timed(lambda s=spec: briefing.chart_export(reader, s, "pdf", "zh"))
        print(f"export {spec.split(':')[0]}: png {first:.0f} ms (first may start the renderer), pdf {again:.0f} ms"
              f" [{region}]")


if __name__ == "__main__":
    main()
