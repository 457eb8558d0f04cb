"""The served app: headers, limits, hostile URLs and payloads, debug off, loopback by default."""

import json
import urllib.error
import urllib.request

import pytest
from playwright.sync_api import expect

import app as app_module
from components import briefing, pages
from etl import queries


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
    pages.point_panel(reader, payload, "zh")
    pages.indicator_charts(reader, payload, payload, payload, "zh")
    pages.year_view(reader, payload, "en")
    with pytest.raises(Exception, match="no chart|unknown indicator|format"):
        briefing.chart_export(reader, str(payload), "png", "zh")
