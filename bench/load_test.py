"""Bounded load test of the production server on loopback: N simulated users for T seconds, each
opening pages and changing selections the way the browser does (the same callback requests).

    python bench/load_test.py [--users 50] [--seconds 60] [--think 1-3] [--threads 8] [--slow 0]
                              [--drip 0] [--drip-every 5] [--api 0] [--api-think 0-0] [--db data/luohu.duckdb]

Each user, in a loop: opens a page (HTML and its route callback), changes the indicator selection
(1-3 indicators) and the year, then reads for --think seconds (uniform), like a person.

`--slow N` adds N slow clients (each sends a request's headers one line every 5 s and never
finishes) and a probe that asks /api/status every 0.5 s; its slowest answer is printed.

`--api N` adds N scripts reading the data API alongside the users: each, in a loop, GETs one
indicator's series (/api/v1/series, JSON or CSV, at random; now and then a year range or a page
further on) and waits --api-think seconds (uniform); their requests, errors and latencies are
printed apart from the users'.

`--drip N` adds N drip-feeding clients instead (at most 2,000): each sends one byte of a request
head every --drip-every seconds and never finishes it; when the server closes one, it comes back
at once with a new socket (an attacker who does not give up). The same probe runs; it prints the
probes over 1 s, and how often the server closed a drip client.

Starts `python app.py serve` (waitress) on a free loopback port, runs, stops it, and prints requests,
errors and p50/p95/p99 latency. Traffic goes to 127.0.0.1 only, every loop is bounded in count and time.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
INDICATORS = ["gdp_growth", "gdp", "retail_sales_growth", "fixed_investment", "fiscal_revenue", "industrial_va_growth",
              "unemployment_rate", "land_intensity_change", "trade_growth", "pm25"]
PAGES = [("/", ""), ("/indicator", "?i=gdp_growth"), ("/year", "?y=2024"), ("/sources", ""), ("/data", "?i=gdp"),
         ("/indicator", "?i=retail_sales_growth,fiscal_revenue&lang=en")]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def dependencies(host: str, port: int) -> dict[str, dict]:
    conn = http.client.HTTPConnection(host, port, timeout=30)
    conn.request("GET", "/_dash-dependencies")
    deps = json.loads(conn.getresponse().read())
    return {d["output"]: d for d in deps}


def start_server(port: int, env: dict, *args: str) -> subprocess.Popen:
    """`python app.py serve` on a loopback port, its output discarded."""
    return subprocess.Popen([sys.executable, "app.py", "serve", "--port", str(port), *args], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def wait_for_dependencies(port: int, tries: int = 120) -> dict[str, dict]:
    """The app's callback map once the server answers (every half second, at most `tries` times)."""
    for _ in range(tries):
        try:
            return dependencies("127.0.0.1", port)
        except OSError:
            time.sleep(0.5)
    raise SystemExit("the server did not start")


def payload(dep: dict, values: dict, changed: str) -> bytes:
    outputs = [{"id": o.split(".")[0], "property": o.split(".")[1].split("@")[0]}
               for o in dep["output"].strip(".").split("...") if o]
    return json.dumps({
        "output": dep["output"], "outputs": outputs if len(outputs) > 1 else outputs[0],
        "inputs": [{"id": i["id"], "property": i["property"], "value": values.get(f"{i['id']}.{i['property']}")}
                   for i in dep["inputs"]],
        "state": [{"id": s["id"], "property": s["property"], "value": values.get(f"{s['id']}.{s['property']}")}
                  for s in dep["state"]],
        "changedPropIds": [changed],
    }).encode()


class User(threading.Thread):
    def __init__(self, host, port, deps, deadline, rng, think):
        super().__init__(daemon=True)
        self.host, self.port, self.deps, self.deadline, self.rng, self.think = host, port, deps, deadline, rng, think
        self.latencies: list[float] = []
        self.started: list[float] = []      # when each request began (time.time())
        self.errors: list[str] = []

    def request(self, conn, method, path, body=None):
        self.started.append(time.time())
        t0 = time.perf_counter()
        for attempt in (1, 2):
            try:
                conn.request(method, path, body=body, headers={"Content-Type": "application/json"} if body else {})
                resp = conn.getresponse()
                resp.read()
                if resp.status not in (200, 204):
                    self.errors.append(f"{resp.status} {path}")
                break
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError) as exc:
                conn.close()   # an idle keep-alive connection the server closed: a browser retries once
                if attempt == 2:
                    self.errors.append(f"{type(exc).__name__} {path}")
            except (OSError, http.client.HTTPException) as exc:
                self.errors.append(f"{type(exc).__name__} {path}")
                conn.close()
                break
        self.latencies.append(time.perf_counter() - t0)

    def run(self):
        conn = http.client.HTTPConnection(self.host, self.port, timeout=30)
        route = next(d for o, d in self.deps.items() if o.startswith("page-content.children"))
        charts = next(d for o, d in self.deps.items() if "indicator-charts.children" in o)
        year = next(d for o, d in self.deps.items() if "year-dumbbell.children" in o)
        for _ in range(10_000):  # bounded; the deadline ends it first
            if time.time() > self.deadline:
                break
            path, search = self.rng.choice(PAGES)
            self.request(conn, "GET", path + search)
            self.request(conn, "POST", "/_dash-update-component",
                         payload(route, {"url.pathname": path, "url.search": search}, "url.pathname"))
            keys = self.rng.sample(INDICATORS, self.rng.randint(1, 3))
            self.request(conn, "POST", "/_dash-update-component",
                         payload(charts, {"indicator-select.value": keys, "indicator-years.value": [2012, 2025],
                                          "indicator-measure.value": "as-chosen", "lang-button.data-lang": "zh"},
                                 "indicator-select.value"))
            self.request(conn, "POST", "/_dash-update-component",
                         payload(year, {"year-select.value": self.rng.choice([2013, 2014, 2017, 2021, 2023, 2024]),
                                        "lang-button.data-lang": "en"}, "year-select.value"))
            time.sleep(self.rng.uniform(*self.think))   # a person reading
        conn.close()


class ApiClient(User):
    """A script reading series from the data API: one request, then --api-think seconds."""

    def run(self):
        conn = http.client.HTTPConnection(self.host, self.port, timeout=30)
        for _ in range(100_000):  # bounded; the deadline ends it first
            if time.time() > self.deadline:
                break
            query = {"indicator": self.rng.choice(INDICATORS), "format": self.rng.choice(["json", "csv"])}
            if self.rng.random() < 0.3:
                query |= {"from": self.rng.choice([2012, 2016]), "to": self.rng.choice([2020, 2025])}
            if self.rng.random() < 0.1:
                query |= {"limit": 10, "offset": 10}
            self.request(conn, "GET", "/api/v1/series?" + urlencode(query))
            time.sleep(self.rng.uniform(*self.think))
        conn.close()


class SlowClients(threading.Thread):
    """N sockets that send a request's headers one line every `every` seconds, never the end."""

    def __init__(self, host, port, n, deadline, every=5.0):
        super().__init__(daemon=True)
        self.host, self.port, self.n, self.deadline, self.every = host, port, n, deadline, every
        self.closed_by_server = 0

    def run(self):
        socks = []
        for _ in range(self.n):
            s = socket.create_connection((self.host, self.port), timeout=10)
            s.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")
            socks.append(s)
        line = 0
        while time.time() < self.deadline:
            time.sleep(min(self.every, max(0.0, self.deadline - time.time())))
            line += 1
            for s in list(socks):
                try:
                    s.sendall(f"X-Slow-{line}: 1\r\n".encode())
                except OSError:
                    self.closed_by_server += 1
                    socks.remove(s)
        for s in socks:
            s.close()


class DripClients(threading.Thread):
    """N sockets that each send one byte of a request head every `every` seconds, never the end; a
    socket the server closes (or refuses) is replaced by a new one at the next round."""

    HEAD = b"GET /api/status HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Drip: "

    def __init__(self, host, port, n, deadline, every=5.0):
        super().__init__(daemon=True)
        self.host, self.port, self.n, self.deadline, self.every = host, port, min(n, 2000), deadline, every
        self.closed_by_server = 0
        self.refused = 0

    def _open(self):
        """A new socket that has sent the head's first byte, or None when the server refused it."""
        try:
            sock = socket.create_connection((self.host, self.port), timeout=10)
            sock.settimeout(None)           # blocking, so that a MSG_DONTWAIT peek never waits
            sock.sendall(self.HEAD[:1])
            return sock
        except OSError:
            self.refused += 1
            return None

    @staticmethod
    def _alive(sock) -> bool:
        """False once the server has closed the socket (a read would give end of file)."""
        try:
            return sock.recv(1, socket.MSG_DONTWAIT | socket.MSG_PEEK) != b""
        except BlockingIOError:
            return True
        except OSError:
            return False

    def run(self):
        socks = [self._open() for _ in range(self.n)]
        sent = [1] * self.n
        for _ in range(100_000):            # bounded; the deadline ends it first
            if time.time() >= self.deadline:
                break
            time.sleep(min(self.every, max(0.0, self.deadline - time.time())))
            for i, sock in enumerate(socks):
                try:
                    if sock is None or not self._alive(sock):
                        raise ConnectionResetError
                    sock.sendall(self.HEAD[sent[i]:sent[i] + 1] or b"a")
                    sent[i] += 1
                except OSError:
                    if sock is not None:
                        self.closed_by_server += 1
                        sock.close()
                    socks[i], sent[i] = self._open(), 1
        for sock in socks:
            if sock is not None:
                sock.close()


class Probe(threading.Thread):
    """GET /api/status every 0.5 s on a new connection; keeps every latency (or the error)."""

    def __init__(self, host, port, deadline):
        super().__init__(daemon=True)
        self.host, self.port, self.deadline = host, port, deadline
        self.latencies: list[float] = []
        self.errors: list[str] = []
        self.started = time.time()
        self.slow_at: list[float] = []      # seconds after the start of each answer over 1 s

    def run(self):
        while time.time() < self.deadline:
            t0 = time.perf_counter()
            try:
                conn = http.client.HTTPConnection(self.host, self.port, timeout=30)
                conn.request("GET", "/api/status")
                if conn.getresponse().status != 200:
                    self.errors.append("status")
                conn.close()
            except (OSError, http.client.HTTPException) as exc:
                self.errors.append(type(exc).__name__)
            self.latencies.append(time.perf_counter() - t0)
            if self.latencies[-1] >= 1:
                self.slow_at.append(time.time() - self.started)
            time.sleep(0.5)


def pct(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(q * (len(values) - 1)))]


def report_probe(args, clients, probe) -> None:
    if isinstance(clients, DripClients):
        print(f"drip clients: {clients.n} (a byte every {args.drip_every:g} s), closed by the server: "
              f"{clients.closed_by_server}, refused: {clients.refused}")
    else:
        print(f"slow clients: {args.slow}, closed by the server: {clients.closed_by_server}")
    lat = probe.latencies or [float("nan")]
    print(f"probe: {len(probe.latencies)} answers, errors {len(probe.errors)}, slowest {max(lat) * 1000:.0f} ms, "
          f"p95 {pct(lat, 0.95) * 1000:.0f} ms, over 1 s: {len(probe.slow_at)}"
          + (f" (at {', '.join(f'{t:.0f}' for t in probe.slow_at)} s)" if probe.slow_at else ""))


def main() -> None:
    from build_bench import machine

    ap = argparse.ArgumentParser()
    ap.add_argument("--users", type=int, default=50)
    ap.add_argument("--seconds", type=int, default=60)
    ap.add_argument("--threads", type=int, default=8)
    ap.add_argument("--slow", type=int, default=0, help="slow clients (one header line every 5 s)")
    ap.add_argument("--drip", type=int, default=0, help="drip-feeding clients (one byte every --drip-every s; "
                                                        "they come back when closed), at most 2000")
    ap.add_argument("--drip-every", type=float, default=5.0)
    ap.add_argument("--think", default="1-3", help="seconds a user reads between actions, as LOW-HIGH")
    ap.add_argument("--api", type=int, default=0, help="scripts reading /api/v1/series alongside the users")
    ap.add_argument("--api-think", default="0-0", help="seconds an API script waits between requests, as LOW-HIGH")
    ap.add_argument("--db", default=str(ROOT / "data" / "luohu.duckdb"))
    args = ap.parse_args()
    if not Path(args.db).exists():
        subprocess.run([sys.executable, "-m", "etl", "build", "--db", args.db, "--quiet"], cwd=ROOT, check=True)
    port = free_port()
    env = {**os.environ, "LUOHU_DB": str(Path(args.db).resolve())}
    server = start_server(port, env, "--threads", str(args.threads))
    try:
        deps = wait_for_dependencies(port)
        print(f"machine: {machine()}")
        print(f"python app.py serve (waitress, {args.threads} threads); {args.users} users for {args.seconds} s, "
              f"reading {args.think} s between actions; {args.slow} slow clients, {args.drip} drip clients; "
              f"{args.api} API scripts")
        deadline = time.time() + args.seconds
        think = tuple(float(x) for x in args.think.split("-"))
        users = [User("127.0.0.1", port, deps, deadline, random.Random(i), think) for i in range(args.users)]
        api_think = tuple(float(x) for x in args.api_think.split("-"))
        scripts = [ApiClient("127.0.0.1", port, deps, deadline, random.Random(10_000 + i), api_think)
                   for i in range(args.api)]
        extra = [SlowClients("127.0.0.1", port, args.slow, deadline), Probe("127.0.0.1", port, deadline)] \
            if args.slow else []
        if args.drip:
            extra = [DripClients("127.0.0.1", port, args.drip, deadline, args.drip_every),
                     Probe("127.0.0.1", port, deadline)]
        t0 = time.time()
        for u in users + scripts + extra:
            u.start()
        for u in users + scripts + extra:
            u.join(args.seconds + 60)
        wall = time.time() - t0
    finally:
        server.terminate()
        server.wait(timeout=20)
    if extra:
        report_probe(args, *extra)
    report("users", users, wall, t0)
    if scripts:
        report(f"API scripts ({args.api}, waiting {args.api_think} s)", scripts, wall, t0)


def report(who: str, clients: list, wall: float, t0: float, warm: float = 10.0) -> None:
    """Requests, errors and latency percentiles; and the same after the first `warm` seconds, when
    every client has arrived and the caches are filled."""
    lat = [x for u in clients for x in u.latencies]
    errors = [e for u in clients for e in u.errors]
    if not lat:
        return
    print(f"{who}: requests: {len(lat)} in {wall:.0f} s ({len(lat) / wall:.0f}/s), errors: {len(errors)}")
    if errors:
        print("  first errors:", errors[:5])
    print(f"  latency ms: p50 {pct(lat, 0.5) * 1000:.0f}, p95 {pct(lat, 0.95) * 1000:.0f}, "
          f"p99 {pct(lat, 0.99) * 1000:.0f}, max {max(lat) * 1000:.0f}, mean {statistics.mean(lat) * 1000:.0f}")
    later = [x for u in clients for s, x in zip(u.started, u.latencies, strict=False) if s - t0 >= warm]
    if later:
        print(f"  after the first {warm:.0f} s: {len(later)} requests, p50 {pct(later, 0.5) * 1000:.0f}, "
              f"p95 {pct(later, 0.95) * 1000:.0f}, p99 {pct(later, 0.99) * 1000:.0f}, max {max(later) * 1000:.0f}")


if __name__ == "__main__":
    main()
