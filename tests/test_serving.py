"""The served app: headers, limits, hostile URLs and payloads, debug off, loopback by default."""

import html
import json
import re
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import expect

import app as app_module
from components import briefing, memo, pages, views
from etl.store import queries

ROOT = Path(__file__).resolve().parent.parent


def get(url, data=None, headers=None):
    req = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=20) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


@pytest.mark.parametrize("path", ["/", "/indicator?i=gdp", "/api/status", "/assets/style.css"])
def test_security_headers(app_url, path):
    status, headers, _ = get(app_url + path)
    assert status == 200
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    assert "unsafe-eval" not in headers["Content-Security-Policy"]
    assert headers["X-Frame-Options"] == "DENY"


def _raw_exchange(base: str, request: bytes) -> tuple[int, dict]:
    """Send raw bytes, read the status line and headers of the answer."""
    import socket

    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=20) as sock:
        sock.sendall(request)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
    head = data.split(b"\r\n\r\n")[0].decode("latin-1").split("\r\n")
    fields = dict(line.split(": ", 1) for line in head[1:] if ": " in line)
    return int(head[0].split()[1]), fields


@pytest.mark.parametrize("request_bytes", [
    b"GET /?" + b"a" * 100_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n",              # a request line too long
    b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"b" * 100_000 + b"\r\n\r\n",     # headers too large
    b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n",               # malformed
])
def test_the_servers_own_error_answers_carry_the_security_headers(app_url, request_bytes):
    status, headers = _raw_exchange(app_url, request_bytes)
    assert 400 <= status < 500
    assert headers.get("X-Content-Type-Options") == "nosniff" and headers.get("X-Frame-Options") == "DENY"
    assert "frame-ancestors 'none'" in headers.get("Content-Security-Policy", "")


def test_slow_clients_do_not_stop_the_server(app_url):
    """24 clients that send their headers one line at a time and never finish (three times the
    handler threads): the server still answers everyone else."""
    import socket
    import threading
    import time

    host, port = app_url.removeprefix("http://").split(":")
    stop = threading.Event()
    socks = []
    for _ in range(24):
        sock = socket.create_connection((host, int(port)), timeout=5)
        sock.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")
        socks.append(sock)

    def trickle():
        n = 0
        while not stop.wait(0.5):
            n += 1
            for sock in socks:
                try:
                    sock.sendall(f"X-Slow-{n}: 1\r\n".encode())
                except OSError:
                    pass
    sender = threading.Thread(target=trickle, daemon=True)
    sender.start()
    try:
        time.sleep(1.0)
        for _ in range(8):
            status, _, body = get(app_url + "/api/status")   # urlopen's own timeout: 20 s
            assert status == 200 and json.loads(body)["ok"]
            status, _, _ = get(app_url + "/year?y=2024")
            assert status == 200
    finally:
        stop.set()
        sender.join(timeout=5)
        for sock in socks:
            sock.close()


def test_status_endpoint(app_url):
    status, _, body = get(app_url + "/api/status")
    data = json.loads(body)
    assert status == 200 and data["ok"] and int(data["observations"]) > 100


def test_request_size_limit(app_url):
    status, _, _ = get(app_url + "/_dash-update-component", data=b"x" * (app_module.MAX_REQUEST_BYTES + 1),
                       headers={"Content-Type": "application/json"})
    assert status == 413


def test_errors_show_no_traceback(app_url):
    status, _, body = get(app_url + "/_dash-update-component", data=b"{not json", headers={"Content-Type": "application/json"})
    assert status >= 400 and b"Traceback" not in body and b"File " not in body


def test_loopback_and_no_debug_by_default():
    import argparse

    parser_defaults = {}
    original = argparse.ArgumentParser.parse_args

    def capture(self, args=None, namespace=None):
        ns = original(self, args, namespace)
        parser_defaults.update(vars(ns))
        raise SystemExit(0)
    argparse.ArgumentParser.parse_args = capture
    try:
        with pytest.raises(SystemExit):
            app_module.main(["serve"])
    finally:
        argparse.ArgumentParser.parse_args = original
    assert parser_defaults["host"] == "127.0.0.1" and parser_defaults["debug"] is False


HOSTILE = [
    "?i=gdp'%20OR%201=1;--", "?i=gdp;drop%20table%20observations", "?y=99999999999999999999999",
    "?from=-1&to=1e309", "?i=%E2%80%AE%F0%9F%92%A3", "?i=" + "a" * 5000, "?unknown=1&lang=xx",
    "?doc=../../etc/passwd", "?i=gdp%00",
]


@pytest.mark.parametrize("search", HOSTILE)
@pytest.mark.parametrize("path", ["/indicator", "/year", "/sources", "/data"])
def test_hostile_urls_give_messages(built_db, path, search):
    out = json.dumps(pages.render_page(queries.Reader(built_db), path, search),
                     default=lambda o: o.to_plotly_json() if hasattr(o, "to_plotly_json") else str(o), ensure_ascii=False)
    assert "Traceback" not in out


def test_hostile_url_in_the_browser(page, app_url):
    page.goto(app_url + "/indicator?i=gdp'%20OR%201=1;--&y=99999999999")
    expect(page.locator(".message")).to_contain_text("unknown indicator", timeout=20000)
    expect(page.locator(".js-plotly-plot").first).to_be_visible()


@pytest.mark.parametrize("payload", [None, "x", "1; drop table observations", 10**30, [1, 2], {"a": 1}])
def test_hostile_callback_payloads(built_db, payload):
    reader = queries.Reader(built_db)
    views.point_panel(reader, payload, "zh")
    views.indicator_charts(reader, payload, payload, payload, "zh")
    views.year_view(reader, payload, "en")
    with pytest.raises(Exception, match="no chart|unknown indicator|format"):
        briefing.chart_export(reader, str(payload), "png", "zh")


@pytest.mark.slow
@pytest.mark.parametrize("mode, message", [(0o777, "open to other users"), (0o750, "open to other users")])
def test_the_app_refuses_a_job_folder_others_can_reach(tmp_path, mode, message):
    import os

    folder = tmp_path / "jobs"
    folder.mkdir()
    folder.chmod(mode)
    res = subprocess.run([sys.executable, "app.py", "serve", "--port", "1"], cwd=ROOT, capture_output=True, text=True,
                         env={**os.environ, "LUOHU_CACHE": str(folder)}, timeout=60)
    assert res.returncode != 0 and message in res.stderr and "Traceback" not in res.stderr


@pytest.mark.slow
def test_the_job_folder_is_private(tmp_path):
    import os

    env = {**os.environ, "LUOHU_CACHE": str(tmp_path / "new-jobs")}
    code = "import app, os, stat; print(oct(stat.S_IMODE(os.stat(app.private_cache_dir()).st_mode)))"
    res = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, env=env, timeout=60)
    assert res.stdout.strip() == "0o700", res.stderr
    (tmp_path / "link").symlink_to(tmp_path / "new-jobs")
    res = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         env={**env, "LUOHU_CACHE": str(tmp_path / "link")}, timeout=60)
    assert res.returncode != 0 and "not a plain folder" in res.stderr


def test_too_many_fields_give_a_message_not_a_server_error(reader_for_pages):
    out = str(pages.render_page(reader_for_pages, "/indicator", "?" + "&".join(["i=gdp"] * 40)))
    assert "more than 20 parameters" in out


@pytest.mark.parametrize("query, problem", [
    ("?i=gdp&isappinstalled=0", "unknown parameter 'isappinstalled'"),
    ("?i=gdp&i=gdp_growth", "parameter i is given 2 times"),
    ("?" + "&".join(f"y={n}" for n in range(25)), "more than 20 parameters"),
    ("?i=" + "a" * 500, "parameter i is too long"),
    ("?%E2%80%AEx=1", "unknown parameter '\\u202ex'"),
])
@pytest.mark.parametrize("path", ["/", "/indicator", "/year"])
def test_addresses_with_parameters_not_ours_get_a_400_page(app_url, path, query, problem):
    status, headers, body = get(app_url + path + query)
    text = body.decode()
    assert status == 400 and problem in html.unescape(text)
    assert headers["X-Frame-Options"] == "DENY" and "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    link = re.search(r'href="([^"]*)"', text).group(1)
    assert link.startswith(path)
    assert get(app_url + html.unescape(link))[0] == 200          # the offered link is a good address


def test_good_addresses_are_not_refused(app_url):
    for address in ["/?lang=en", "/indicator?i=gdp,gdp_growth&from=2015&to=2024", "/year?y=2024&lang=en", "/data",
                    "/indicator?i=nothing"]:            # a bad value is the page's to explain
        assert get(app_url + address)[0] == 200, address


@pytest.mark.slow
def test_bad_urls_do_not_fill_the_page_cache(reader_for_pages):
    pages.render_page(reader_for_pages, "/data", "")   # what every page needs (places, labels) is built once
    before = len(reader_for_pages._memo) + len(memo.of(reader_for_pages))  # noqa: SLF001
    for n in range(300):
        pages.render_page(reader_for_pages, "/data", f"?i=nothing{n}")
    assert len(reader_for_pages._memo) + len(memo.of(reader_for_pages)) <= before + 5  # noqa: SLF001


def test_the_page_cache_is_bounded_by_bytes(built_db):
    """Every valid view of every page, in both languages, through a reader with a 1.5 MB budget: the
    cache never holds more than its budget, and pages are still right after eviction."""
    reader = queries.Reader(built_db, cache_bytes=3 * 2**19)
    views = [("/indicator", f"?i={key}&lang={lang}") for key in reader.call(queries.indicators)["key"]
             for lang in ("zh", "en")]
    views += [("/year", f"?y={y}&lang={lang}") for y in range(2012, 2026) for lang in ("zh", "en")]
    views += [("/", ""), ("/data", ""), ("/sources", ""), ("/review", "")]
    first = str(pages.render_page(reader, *views[0]))
    for view in views:
        pages.render_page(reader, *view)
        assert reader._memo.used + memo.of(reader).used <= 3 * 2**19  # noqa: SLF001
    assert len(reader._memo) + len(memo.of(reader)) > 3  # noqa: SLF001   (it still caches)
    assert str(pages.render_page(reader, *views[0])) == first


def test_byte_cache_evicts_the_least_recently_used_and_refuses_giants():
    import pandas as pd

    from etl.store.bytecache import ByteLRU, approx_bytes

    small, big = pd.DataFrame({"x": range(10)}), pd.DataFrame({"x": range(100_000)})
    assert approx_bytes(big) > 50 * approx_bytes(small)
    cache = ByteLRU(budget=4 * approx_bytes(small) + 400)
    for key in "abc":
        cache.put(key, small)
    cache.get("a")                                   # a is now the most recent
    cache.put("d", small)
    cache.put("e", small)
    assert "a" in cache and "e" in cache and "b" not in cache
    assert cache.used <= cache.budget
    assert cache.put("giant", big) is False and "giant" not in cache


@pytest.fixture
def reader_for_pages(built_db):
    return queries.Reader(built_db)


def test_at_most_two_packs_at_once(tmp_path):
    from components.jobs import JobSlots

    slots = JobSlots(tmp_path, 2)
    with slots.slot() as a, slots.slot() as b, slots.slot() as c:
        assert (a, b, c) == (True, True, False)
    with slots.slot() as again:
        assert again


def test_a_pack_request_beyond_the_bound_starts_no_job(built_db, tmp_path, monkeypatch):
    """With both slots held, a new pack request is answered at once with the busy message as a plain
    callback answer (no job handle: no process was started); with a slot free, a job is started."""
    import psutil

    from components.jobs import JobSlots

    monkeypatch.setenv("LUOHU_CACHE", str(tmp_path / "jobs"))
    served = app_module.create_app(built_db)
    client = served.server.test_client()
    output = next(o for o, c in served.callback_map.items() if "pack-download.data" in o)
    body = _payload(output, served.callback_map[output], None)
    body["inputs"][0]["value"] = {"fmt": "pdf", "t": 1}
    body["state"] = [{**s, "value": "en" if s["id"] == "lang-button" else None} for s in body["state"]]
    children = len(psutil.Process().children(recursive=True))
    with JobSlots(tmp_path / "jobs").slot() as a, JobSlots(tmp_path / "jobs").slot() as b:
        assert a and b
        for _ in range(20):
            res = client.post("/_dash-update-component", json=body)
            answer = res.get_json()
            assert res.status_code == 200 and "cacheKey" not in answer
            assert "packs are being made already" in answer["response"]["pack-status"]["children"]
        assert len(psutil.Process().children(recursive=True)) == children
    res = client.post("/_dash-update-component", json=body)
    assert "cacheKey" in res.get_json()          # a free slot: the job is started as before


@pytest.mark.parametrize("value, expected", [("2024", 2024), (2024, 2024), ("x", None), (None, None), (True, None),
                                             ("99999999999999999999", None), ({"a": 1}, None)])
def test_years_from_the_browser_are_checked(value, expected):
    from components.params import whole_number

    assert whole_number(value) == expected


ODD = [None, 1, -1, "x", "", [], {}, [1, 2], {"points": 5}, {"points": [1]},
       {"points": [{"customdata": "x", "x": "y", "y": 1}]}, "9" * 300, True, 1.5]


def _payload(output: str, callback: dict, value) -> dict:
    if output.startswith(".."):
        outputs = [{"id": o.split(".")[0], "property": o.split(".")[1]} for o in output.split("@")[0].strip(".").split("...")]
    else:
        outputs = {"id": output.split(".")[0], "property": output.split(".")[1].split("@")[0]}
    inputs = [{**i, "value": value} for i in callback["inputs"]]
    first = inputs[0]["id"]
    return {"output": output, "outputs": outputs, "inputs": inputs,
            "changedPropIds": [f"{json.dumps(first) if isinstance(first, dict) else first}.{inputs[0]['property']}"],
            "state": [{**s, "value": value} for s in callback.get("state", [])]}


def test_crafted_callback_payloads_never_give_a_server_error(built_db):
    """Every server callback of the app, sent 14 kinds of odd values in every input and state."""
    served = app_module.create_app(built_db)
    client = served.server.test_client()
    failures = []
    for output, callback in served.callback_map.items():
        if "callback" not in callback or callback.get("background"):
            continue   # clientside (refused below) and background jobs (they fork: tested by slots)
        for value in ODD:
            res = client.post("/_dash-update-component", json=_payload(output, callback, value))
            if res.status_code >= 500:
                failures.append((output[:40], repr(value)[:30], res.status_code))
    assert not failures


@pytest.mark.parametrize("body", [[], "x", {"output": "nothing.children", "inputs": []}, {"output": None},
                                  {"output": "url-sync.children", "inputs": []}])
def test_requests_for_no_callback_of_ours_are_a_400(built_db, body):
    client = app_module.create_app(built_db).server.test_client()
    res = client.post("/_dash-update-component", json=body)
    assert res.status_code == 400 and res.headers.get("X-Content-Type-Options") == "nosniff"


def test_a_started_server_has_every_pages_default_view_drawn(built_db):
    """`serve` draws each page's default view in both languages before the first request (the first
    burst of visitors found every page cold and the probe waited over a second)."""
    reader = queries.Reader(built_db)
    assert len(memo.of(reader)) == 0
    pages.warm(reader)
    assert len(memo.of(reader)) >= len(pages.PAGES) * 2
    from components import api

    before = len(reader._memo)  # noqa: SLF001
    api.warm(reader)            # the home district's figures, as the first series asked for reads them
    assert len(reader._memo) == before + 1  # noqa: SLF001


def test_settle_moves_what_the_warm_up_made_out_of_the_collectors_sight():
    import gc

    from components import serving

    gc.unfreeze()
    try:
        assert gc.get_freeze_count() == 0
        serving.settle()
        assert gc.get_freeze_count() > 1000
    finally:
        gc.unfreeze()


def test_the_server_settles_after_its_warm_up_and_before_it_serves():
    import inspect

    import app as app_module

    source = inspect.getsource(app_module._serve)
    assert source.index("api.warm(") < source.index("serving.settle()") < source.index("http.run()")
