"""The start-up burst (issues 21 and 25): 50 people and 50 scripts arriving at once. Requests wait in
two lanes (components/lanes.py), identical callback requests are answered once (components/answers.py),
a value many requests want at once is built once (components/memo.py), and the data API cuts one
place's rows in memory (components/api/resources.py) and writes its CSV without a pandas frame
(components/downloads.csv_text)."""

import sys
import threading
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import app as app_module
from components import answers, callbacks, downloads, ids, lanes, memo
from components.api import resources
from components.lanes import CALLBACKS, CHEAP, LanedDispatcher, Lanes
from etl.store import queries

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import load_test  # noqa: E402  (bench/load_test.py: how a Dash callback request is written)


# --- the lanes, as functions ----------------------------------------------------------------------
class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def lanes_of(**kw) -> tuple[Lanes, Clock]:
    clock = Clock()
    return Lanes(classify=lambda task: task.startswith("cb"), clock=clock, **kw), clock


def channel(command: str, path: str):
    return SimpleNamespace(requests=[SimpleNamespace(command=command, path=path)])


@pytest.mark.parametrize("task, expected", [
    (channel("POST", "/_dash-update-component"), True),
    (channel("POST", "/base/_dash-update-component"), True),
    (channel("GET", "/_dash-update-component"), False),
    (channel("GET", "/api/v1/series?indicator=gdp"), False),
    (channel("GET", "/api/status"), False),
    (channel("GET", "/indicator"), False),
    (channel("POST", "/api/v1/series"), False),
    (SimpleNamespace(requests=[]), False),
    (object(), False),
])
def test_only_dash_callbacks_go_to_the_callback_lane(task, expected):
    assert lanes.is_callback(task) is expected


def test_each_lane_is_served_in_order_of_arrival():
    q, _ = lanes_of()
    for task in ["a1", "cb1", "a2", "cb2", "a3"]:
        q.append(task)
    assert [q.take(cheap_only=True)[1] for _ in range(3)] == ["a1", "a2", "a3"]
    assert [q.take()[1] for _ in range(2)] == ["cb1", "cb2"] and len(q) == 0


def test_a_cheap_request_goes_ahead_of_callbacks_that_came_before_it():
    q, _ = lanes_of()
    for task in ["cb1", "cb2", "cb3", "api"]:
        q.append(task)
    assert q.take() == (CHEAP, "api")
    assert q.take() == (CALLBACKS, "cb1")


def test_a_cheap_only_thread_never_takes_a_callback():
    q, _ = lanes_of()
    q.append("cb1")
    assert not q.ready(cheap_only=True) and q.ready(cheap_only=False)
    q.append("a1")
    assert q.take(cheap_only=True) == (CHEAP, "a1")


def test_a_cheap_lane_that_used_more_than_its_share_lets_callbacks_go_first():
    q, _ = lanes_of(ratio=0.25, allowance=0.25)
    q.charge(CHEAP, 0.5)
    q.charge(CALLBACKS, 0.9)         # 0.5 > 0.9 / 4 + 0.25
    q.append("a1")
    q.append("cb1")
    assert q.take() == (CALLBACKS, "cb1")
    q.append("cb2")
    q.charge(CALLBACKS, 0.1)         # 0.5 <= 1.0 / 4 + 0.25: within its share again
    assert q.take() == (CHEAP, "a1")


def test_a_lanes_use_counts_half_after_a_half_life():
    q, clock = lanes_of(half_life=2.0)
    q.charge(CHEAP, 1.0)
    clock.now += 2.0
    assert q.used() == pytest.approx((0.5, 0.0))
    clock.now += 4.0
    assert q.used() == pytest.approx((0.125, 0.0))


def test_under_a_flood_of_cheap_requests_callbacks_get_most_of_the_time():
    """Simulated: the cheap lane is never empty (API scripts that never wait), each cheap request
    takes 2 ms and each callback 10 ms of a handler; one thread takes whichever the lanes give."""
    q, clock = lanes_of()
    used = {CHEAP: 0.0, CALLBACKS: 0.0}
    for i in range(20_000):
        q.append(f"a{i}")
        if len(q.waiting[CALLBACKS]) < 5:
            q.append(f"cb{i}")
        lane, _ = q.take()
        cost = 0.002 if lane == CHEAP else 0.010
        clock.now += cost
        q.charge(lane, cost)
        used[lane] += cost
    assert 0.65 < used[CALLBACKS] / (used[CHEAP] + used[CALLBACKS]) < 0.9


def test_at_shutdown_what_waits_in_both_lanes_is_cancelled():
    q, _ = lanes_of()
    for task in ["cb1", "a1", "cb2"]:
        q.append(task)
    left = []
    while q:
        left.append(q.popleft())
    assert sorted(left) == ["a1", "cb1", "cb2"]


class Task:
    def __init__(self, path: str, command: str = "GET", release: threading.Event | None = None):
        self.requests = [SimpleNamespace(command=command, path=path)]
        self.release, self.done = release, threading.Event()

    def service(self):
        if self.release is not None:
            self.release.wait(10)
        self.done.set()

    def cancel(self):
        pass


@pytest.mark.parametrize("cheap_threads, answered", [(1, True), (0, False)])
def test_a_cheap_request_is_answered_while_every_other_thread_is_busy_with_callbacks(cheap_threads, answered):
    """Three handler threads; two callbacks hold every thread that takes callbacks. With a cheap-only
    thread the status probe is answered at once; without one (waitress's single queue) it waits."""
    dispatcher = LanedDispatcher(cheap_threads)
    dispatcher.set_thread_count(2 + cheap_threads)
    release = threading.Event()
    try:
        busy = [Task("/_dash-update-component", "POST", release) for _ in range(2 + cheap_threads)]
        for task in busy:
            dispatcher.add_task(task)
        time.sleep(0.2)
        probe = Task("/api/status")
        dispatcher.add_task(probe)
        assert probe.done.wait(2) is answered
    finally:
        release.set()
        dispatcher.shutdown(timeout=5)
    assert probe.done.wait(5) or not answered


# --- a value many want at once is built once ---------------------------------------------------------
class FakeReader:
    cache_bytes = 2**20

    def __init__(self):
        self.file = (1, 1)

    def stamp(self):
        return self.file


def at_once(n: int, fn) -> list:
    results, start = [None] * n, threading.Barrier(n)

    def run(i):
        start.wait()
        results[i] = fn()
    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(20)
    return results


def test_a_value_many_requests_want_at_once_is_built_once():
    reader, built = FakeReader(), []

    def build():
        built.append(1)
        time.sleep(0.3)
        return {"figure": len(built)}
    results = at_once(8, lambda: memo.remember(reader, ("chart", "gdp"), build))
    assert len(built) == 1 and all(r is results[0] for r in results)


def test_a_value_not_kept_is_built_by_each_request_and_none_waits_forever():
    reader, built = FakeReader(), []

    def build():
        built.append(1)
        time.sleep(0.1)
        return "error page"
    results = at_once(4, lambda: memo.remember(reader, ("page", "bad"), build, keep=lambda v: False))
    assert results == ["error page"] * 4 and len(built) >= 2 and len(memo.of(reader).flights) == 0


def test_a_thread_never_waits_for_itself():
    reader = FakeReader()

    def outer():
        return memo.remember(reader, ("same",), lambda: "inner") + "+outer"
    started = time.monotonic()
    assert memo.remember(reader, ("same",), outer) == "inner+outer"
    assert time.monotonic() - started < 1


# --- identical callback requests, answered once -------------------------------------------------------
@pytest.mark.parametrize("output, first", [
    ("page-content.children", "page-content.children"),
    ("..indicator-charts.children...page-state.data@6cdf24..", "indicator-charts.children"),
    ("..year-dumbbell.children...year-table.children...page-state.data@0e9b..", "year-dumbbell.children"),
    ("url.search@344ad4", "url.search"),
])
def test_the_first_output_of_a_callback(output, first):
    assert answers.first_output(output) == first


@pytest.mark.parametrize("status, headers, kept", [
    (200, ["Content-Type", "Content-Length"], True),
    (204, ["Content-Type"], False),
    (400, ["Content-Type"], False),
    (200, ["Content-Type", "Set-Cookie"], False),
    (200, ["Content-Type", "Content-Encoding"], False),
])
def test_only_plain_200_answers_are_kept(status, headers, kept):
    assert answers.keepable(status, headers) is kept


@pytest.fixture(scope="module")
def served(built_db):
    return app_module.create_app(built_db)


@pytest.fixture(scope="module")
def payloads(served):
    deps = {d["output"]: d for d in served.server.test_client().get("/_dash-dependencies").get_json()}

    def payload(first: str, values: dict, changed: str) -> bytes:
        dep = next(d for o, d in deps.items() if answers.first_output(o) == first)
        return load_test.payload(dep, values, changed)   # the request body the load test sends, one writer
    return payload


def test_every_remembered_callback_is_one_of_the_apps(served):
    firsts = [answers.first_output(o) for o in served.callback_map]
    assert all(firsts.count(name) == 1 for name in callbacks.REMEMBERED)
    assert not any(answers.first_output(o) in callbacks.REMEMBERED for o in served.callback_map
                   if "download" in o or "pack" in o)


def post(served, body: bytes, host: str = "http://localhost"):
    return served.server.test_client().post("/_dash-update-component", data=body, base_url=host,
                                            headers={"Content-Type": "application/json"})


@pytest.fixture
def counted(monkeypatch):
    """How many times the router drew a page (the route callback's work)."""
    drawn = []
    original = callbacks.render_page

    def render_page(*args):
        drawn.append(args[1:])
        time.sleep(0.2)
        return original(*args)
    monkeypatch.setattr(callbacks, "render_page", render_page)
    return drawn


def test_an_identical_callback_request_is_answered_from_the_first(served, payloads, counted):
    body = payloads("page-content.children", {"url.pathname": "/year", "url.search": "?y=2021"}, "url.pathname")
    first, again = post(served, body), post(served, body)
    assert first.status_code == again.status_code == 200 and len(counted) == 1
    assert again.data == first.data and dict(again.headers) == dict(first.headers)
    assert again.headers["Content-Security-Policy"] and again.headers["X-Frame-Options"] == "DENY"
    other = payloads("page-content.children", {"url.pathname": "/year", "url.search": "?y=2020"}, "url.pathname")
    assert post(served, other).data != first.data and len(counted) == 2
    post(served, body, host="http://intranet.example")      # another host: its own answer
    assert len(counted) == 3


def test_many_identical_callback_requests_at_once_are_computed_once(served, payloads, counted):
    body = payloads("page-content.children", {"url.pathname": "/year", "url.search": "?y=2019"}, "url.pathname")
    results = at_once(6, lambda: post(served, body))
    assert len(counted) == 1 and {r.status_code for r in results} == {200}
    assert len({r.data for r in results}) == 1


def test_a_rebuilt_database_is_never_answered_from_the_old_one(served, payloads, counted, monkeypatch):
    body = payloads("page-content.children", {"url.pathname": "/year", "url.search": "?y=2018"}, "url.pathname")
    post(served, body)
    stamp = served.luohu_reader.stamp()
    monkeypatch.setattr(served.luohu_reader, "stamp", lambda: (stamp[0], stamp[1] + 1))
    post(served, body)
    assert len(counted) == 2


def test_a_callback_that_is_not_remembered_is_computed_every_time(served, payloads, monkeypatch):
    calls = []
    original = callbacks.downloads.attainment_download
    monkeypatch.setattr(callbacks.downloads, "attainment_download", lambda *a: calls.append(a) or original(*a))
    body = payloads(f"{ids.TVA_DOWNLOAD}.data", {f"{ids.TVA_CSV}.n_clicks": 1, "lang-button.data-lang": "en"},
                    f"{ids.TVA_CSV}.n_clicks")
    assert post(served, body).status_code == post(served, body).status_code == 200
    assert len(calls) == 2


# --- the API's series: one place's rows, cut in memory --------------------------------------------------
@pytest.mark.parametrize("p", [{}, {"indicator": ["gdp"]}, {"indicator": ["gdp_growth", "pm25"], "from": 2016},
                               {"to": 2019, "kind": "target"}, {"kind": "actual", "basis": "comparable"},
                               {"indicator": ["gdp_growth"], "from": 2020, "to": 2021}])
def test_the_series_is_the_places_frame_cut_as_asked(built_db, p):
    reader = queries.Reader(built_db)
    region = reader.call(queries.default_region)
    df = reader.call(queries.observations, None, None, None, region)
    if "indicator" in p:
        df = df[df["indicator"].isin(p["indicator"])]
    if "from" in p:
        df = df[df["year"] >= p["from"]]
    if "to" in p:
        df = df[df["year"] <= p["to"]]
    for name in ("kind", "basis"):
        if name in p:
            df = df[df[name] == p[name]]
    rows = resources.series_table(reader, p).rows
    assert rows == resources.records(df, resources.SERIES_COLUMNS) and len(rows) > 0


CELLS = st.one_of(
    st.none(), st.booleans(), st.integers(-2**60, 2**60), st.integers(-1000, 1000),
    st.floats(allow_nan=True, allow_infinity=True), st.floats(-1e6, 1e6).map(lambda x: round(x, 2)),
    st.sampled_from(["=1+1", "+a", "-5.6", "@x", "\tx", "a,b", 'say "hi"', "line\nbreak", "罗湖区", "", " "]),
    st.text(max_size=12), st.lists(st.integers(), max_size=2))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.fixed_dictionaries({}, optional={c: CELLS for c in ["a", "b", "c"]}), max_size=6),
       st.sampled_from([["a", "b", "c"], ["c", "a"], ["a"]]))
def test_the_csv_written_directly_is_the_frames_csv(rows, columns):
    assert downloads.csv_text(rows, columns) == downloads.download_frame(rows, columns).to_csv(index=False)


@pytest.mark.parametrize("indicator", [None, "gdp", "gdp_growth", "pm25", "fiscal_revenue", "unemployment_rate"])
def test_the_series_csv_is_the_frames_csv(built_db, indicator):
    reader = queries.Reader(built_db)
    rows = resources.series_table(reader, {"indicator": [indicator]} if indicator else {}).rows
    assert rows and downloads.csv_text(rows, resources.SERIES_COLUMNS) == \
        downloads.download_frame(rows, resources.SERIES_COLUMNS).to_csv(index=False)
