"""The first chart export after the server starts, as a person would ask for it (the PNG button's
callback over HTTP), and the next ones. The server warms its renderer in the background at start.

    python bench/first_export.py [--wait 10] [--db data/luohu.duckdb]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from load_test import free_port, start_server, wait_for_dependencies  # noqa: E402


def export_body(dep: dict) -> bytes:
    """The PNG button of the GDP-growth chart, as the browser posts it (a pattern-matching input)."""
    trigger = {"fmt": "png", "index": "indicator:gdp_growth:2012:2025", "type": "export"}
    return json.dumps({
        "output": dep["output"], "outputs": {"id": "chart-download", "property": "data"},
        "inputs": [[{"id": trigger, "property": "n_clicks", "value": 1}]],
        "state": [{"id": "lang-button", "property": "data-lang", "value": "zh"}],
        "changedPropIds": [json.dumps(trigger, separators=(",", ":"), sort_keys=True) + ".n_clicks"],
    }).encode()


def main() -> None:
    from build_bench import machine

    ap = argparse.ArgumentParser()
    ap.add_argument("--wait", type=float, default=10, help="seconds between the server answering and the first export")
    ap.add_argument("--db", default=str(ROOT / "data" / "luohu.duckdb"))
    args = ap.parse_args()
    port = free_port()
    env = {**os.environ, "LUOHU_DB": str(Path(args.db).resolve())}
    server = start_server(port, env)
    try:
        deps = wait_for_dependencies(port)
        dep = next(d for o, d in deps.items() if o.startswith("chart-download.data"))
        time.sleep(args.wait)
        times = []
        for _ in range(6):
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            t0 = time.perf_counter()
            conn.request("POST", "/_dash-update-component", body=export_body(dep),
                         headers={"Content-Type": "application/json"})
            res = conn.getresponse()
            body = res.read()
            times.append(time.perf_counter() - t0)
            assert res.status == 200 and b"base64" in body, (res.status, body[:200])
            conn.close()
        print(f"machine: {machine()}")
        print(f"first export {args.wait:.0f} s after the server answered: {times[0]:.2f} s; "
              f"next five: median {statistics.median(times[1:]):.2f} s, max {max(times[1:]):.2f} s")
    finally:
        server.terminate()
        server.wait(timeout=20)


if __name__ == "__main__":
    main()
