"""Benchmark: the app's callbacks replayed on the full database (server time p50/p95 per callback,
figure JSON size), and navigation-to-rendered-chart time in headless Chromium.

    python bench/app_bench.py [--db data/luohu.duckdb] [--repeats 30] [--no-browser]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def size_of(component) -> int:
    return len(json.dumps(component, default=lambda o: o.to_plotly_json() if hasattr(o, "to_plotly_json") else str(o)))


def cold_bench(db: Path, n: int) -> None:
    """Every call for a region not asked for before: nothing comes from the cache."""
    from components import pages, views
    from etl.store import queries

    reader = queries.Reader(db)

    from components import vocabulary

    vocabulary.use(vocabulary.from_reader(reader))   # the labels the views read
    regions = reader.call(queries.regions)
    if len(regions) < 2:
        return
    picks = regions[:: max(1, len(regions) // n)][:n]
    from components import serving

    pages.render_page(reader, "/", "?region=" + regions[1])   # as the server: warmed, then settled
    serving.settle()
    cases = {
        "route / (region)": lambda r: pages.render_page(reader, "/", "?region=" + r),
        "route /year (region)": lambda r: pages.render_page(reader, "/year", "?region=" + r),
        "indicator charts (1, region)": lambda r: views.indicator_charts(reader, ["gdp_growth"], [2012, 2025], None,
                                                                             "zh", r),
        "compare 4 regions": lambda r: views.indicator_charts(reader, ["gdp_growth"], [2012, 2025], None, "zh", r,
                                                                  [x for x in picks[:4] if x != r][:3]),
        "year view (region)": lambda r: views.year_view(reader, 2024, "zh", r),
    }
    print(f"cold calls over {len(regions)} regions ({len(picks)} different regions per callback):")
    print(f"{'callback':30} {'p50 ms':>8} {'p95 ms':>8}")
    for name, fn in cases.items():
        times = []
        for r in picks:
            t0 = time.perf_counter()
            fn(r)
            times.append((time.perf_counter() - t0) * 1000)
        print(f"{name:30} {statistics.median(times):8.1f} {pct(times, 0.95):8.1f}")


def api_cold_bench(db: Path, n: int) -> None:
    """The data API's answers for places not asked for before, through the app's own server (Flask's
    test client: the server's time, no network), after the server's warm-up and settle."""
    from urllib.parse import quote

    import app as app_module
    from components import serving
    from etl.store import queries

    served = app_module.create_app(db)
    client = served.server.test_client()
    regions = queries.Reader(db).call(queries.regions)
    client.get("/api/v1/series?region=" + quote(regions[1]))
    serving.settle()
    picks = regions[3:: max(1, len(regions) // n)][:n]
    cases = {
        "series (region)": "/api/v1/series?region={}",
        "series CSV (region)": "/api/v1/series?region={}&format=csv",
        "attainment (region)": "/api/v1/attainment?region={}",
        "cascade (region)": "/api/v1/cascade?region={}",
        "documents (region)": "/api/v1/documents?region={}",
    }
    print(f"data API, cold, over {len(regions)} regions ({len(picks)} different regions per call):")
    print(f"{'call':30} {'p50 ms':>8} {'p95 ms':>8}  statuses")
    for name, path in cases.items():
        times, statuses = [], set()
        for r in picks:
            t0 = time.perf_counter()
            statuses.add(client.get(path.format(quote(r))).status_code)
            times.append((time.perf_counter() - t0) * 1000)
        print(f"{name:30} {statistics.median(times):8.1f} {pct(times, 0.95):8.1f}  {sorted(statuses)}")


def callbacks_bench(db: Path, repeats: int) -> None:
    from components import pages, views
    from etl.store import queries

    reader = queries.Reader(db)

    from components import vocabulary

    vocabulary.use(vocabulary.from_reader(reader))   # the labels the views read
    with reader.cursor() as cur:
        obs_id = int(cur.execute("select min(obs_id) from observations where method = 'text'").fetchone()[0])
    cases = {
        "route /": lambda: pages.render_page(reader, "/", ""),
        "route /indicator": lambda: pages.render_page(reader, "/indicator", "?i=gdp_growth"),
        "route /data": lambda: pages.render_page(reader, "/data", ""),
        "route /sources?doc": lambda: pages.render_page(reader, "/sources", "?doc=002_42bd7044e7522f52%230"),
        "indicator charts (1)": lambda: views.indicator_charts(reader, ["gdp_growth"], [2012, 2025], None, "zh"),
        "indicator charts (3)": lambda: views.indicator_charts(
            reader, ["gdp_growth", "fiscal_revenue", "retail_sales_growth"], [2012, 2025], None, "en"),
        "point panel": lambda: views.point_panel(reader, obs_id, "zh"),
        "year view": lambda: views.year_view(reader, 2024, "zh"),
    }
    print(f"{'callback':24} {'first ms':>9} {'p50 ms':>8} {'p95 ms':>8} {'JSON kB':>8}   (repeats are served from the cache)")
    for name, fn in cases.items():
        t0 = time.perf_counter()
        out = fn()  # the first call builds and remembers
        first = (time.perf_counter() - t0) * 1000
        times = []
        for _ in range(repeats):
            t0 = time.perf_counter()
            fn()
            times.append((time.perf_counter() - t0) * 1000)
        print(f"{name:24} {first:9.1f} {statistics.median(times):8.1f} {pct(times, 0.95):8.1f} {size_of(out) / 1024:8.1f}")


def browser_bench(db: Path, runs: int) -> None:
    from playwright.sync_api import sync_playwright

    from tests.conftest import CHROMIUM_ARGS, free_port, start_app

    proc, base = start_app(db, free_port())
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            for path in ("/", "/indicator?i=gdp_growth"):
                times = []
                for _ in range(runs):
                    page = browser.new_page()
                    t0 = time.perf_counter()
                    page.goto(base + path)
                    page.locator(".js-plotly-plot .main-svg").first.wait_for(timeout=30000)
                    times.append(time.perf_counter() - t0)
                    page.close()
                print(f"navigation to rendered chart {path:28} median {statistics.median(times):.2f} s, "
                      f"max {max(times):.2f} s ({runs} runs, new page each)")
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def main() -> None:
    from build_bench import machine

    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default=str(ROOT / "data" / "luohu.duckdb"))
    ap.add_argument("--repeats", type=int, default=30)
    ap.add_argument("--no-browser", action="store_true")
    ap.add_argument("--cold", type=int, default=30, help="regions to ask for once each (multi-region databases)")
    args = ap.parse_args()
    db = Path(args.db)
    if not db.exists():
        subprocess.run([sys.executable, "-m", "etl", "build", "--db", str(db), "--quiet"], cwd=ROOT, check=True)
    print(f"machine: {machine()}")
    callbacks_bench(db, args.repeats)
    cold_bench(db, args.cold)
    api_cold_bench(db, args.cold)
    if not args.no_browser:
        browser_bench(db, 5)


if __name__ == "__main__":
    main()
