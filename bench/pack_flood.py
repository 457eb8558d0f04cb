"""A flood of briefing-pack requests against the real server: N requests in T seconds (default 200 in
10 s), each the POST the Year page's PDF button sends. Samples the server's process tree every
50 ms and prints the most packs running at once (job processes with a Chromium of their own), the
most processes, and how the requests were answered (job started / refused as busy).

    python bench/pack_flood.py [--requests 200] [--seconds 10] [--db data/luohu.duckdb]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from load_test import free_port, payload, start_server, wait_for_dependencies  # noqa: E402


def running_packs(server: psutil.Process) -> tuple[int, int]:
    """(job processes with a chromium below them, all processes below the server)."""
    try:
        below = server.children(recursive=True)
    except psutil.Error:
        return 0, 0
    packs = set()
    for proc in below:
        try:
            if "chrom" in proc.name().lower():
                chain = proc.parents()
                jobs = [p for p in chain if p.pid != server.pid and "python" in p.name().lower()]
                if jobs:
                    packs.add(jobs[-1].pid)      # the job process nearest the server
        except psutil.Error:
            continue
    return len(packs), len(below)


def main() -> None:
    from build_bench import machine

    ap = argparse.ArgumentParser()
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--seconds", type=float, default=10)
    ap.add_argument("--db", default=str(ROOT / "data" / "luohu.duckdb"))
    args = ap.parse_args()
    port = free_port()
    cache = tempfile.mkdtemp(prefix="luohu-flood-")
    env = {**os.environ, "LUOHU_DB": str(Path(args.db).resolve()), "LUOHU_CACHE": cache}
    server = start_server(port, env)
    peak = [0, 0]
    stop = threading.Event()

    def sample():
        proc = psutil.Process(server.pid)
        while not stop.wait(0.05):
            packs, procs = running_packs(proc)
            peak[0], peak[1] = max(peak[0], packs), max(peak[1], procs)
    try:
        deps = wait_for_dependencies(port)
        dep = next(d for o, d in deps.items() if "pack-download.data" in o)
        body = payload(dep, {"pack-request.data": {"fmt": "pdf", "t": 1}, "year-select.value": 2024,
                             "lang-button.data-lang": "en", "region-store.data": None}, "pack-request.data")
        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        answers = {"job started": 0, "busy": 0, "other": 0}
        t0 = time.time()
        for n in range(args.requests):
            time.sleep(max(0.0, t0 + n * args.seconds / args.requests - time.time()))
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            conn.request("POST", "/_dash-update-component", body=body, headers={"Content-Type": "application/json"})
            data = json.loads(conn.getresponse().read() or b"{}")
            conn.close()
            answers["job started" if "cacheKey" in data else "busy" if "response" in data else "other"] += 1
        sent = time.time() - t0
        while time.time() - t0 < sent + 40 and running_packs(psutil.Process(server.pid))[0]:
            time.sleep(0.5)           # let the started packs finish
        stop.set()
        print(f"machine: {machine()}")
        print(f"{args.requests} pack requests in {sent:.1f} s: {answers}")
        print(f"most packs running at once: {peak[0]} (bound 2); most processes below the server: {peak[1]}")
    finally:
        stop.set()
        server.terminate()
        server.wait(timeout=20)


if __name__ == "__main__":
    main()
