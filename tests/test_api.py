"""The data API (/api/v1, issue 25): its checks as plain functions, then the real server (`python app.py
serve` on a database built from data/): every answer against the OpenAPI document's schemas, every
parameter fuzzed with hostile values, the series CSV against the data grid's CSV, each figure's
quote against its document's text, caching, methods, headers, paging, and the README's lines."""

import base64
import email.utils
import http.client
import io
import json
import os
import re
import shlex
import shutil
import subprocess
from datetime import datetime
from pathlib import Path
from urllib.parse import quote, urlencode, urlsplit

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from components import downloads, ids, views
from components.api import checks, endpoints, resources, wire
from etl.store import queries
from tests.dbtools import records

ROOT = Path(__file__).resolve().parent.parent


# --- the checks, as functions ----------------------------------------------------------------
@pytest.fixture(scope="module")
def reader(built_db):
    return queries.Reader(built_db)


@pytest.fixture(scope="module")
def known(reader):
    return resources.known(reader)


@pytest.mark.parametrize("raw, fields", [
    (b"a=1&b=two", [("a", "1"), ("b", "two")]),
    ("r=罗".encode(), [("r", "罗")]),                      # raw UTF-8, as curl sends it
    (b"r=%E7%BD%97", [("r", "罗")]),                        # the same, percent-encoded
    (b"q=a+b&&x=", [("q", "a b"), ("x", "")]),
])
def test_a_query_is_read_from_its_raw_bytes(raw, fields):
    assert checks.split_query(raw) == (fields, [])


@pytest.mark.parametrize("raw, parameter, words", [
    (b"nope=1", "nope", "unknown parameter"),
    (b"limit=1&limit=2", "limit", "given 2 times"),
    (b"limit=", "limit", "empty"),
    (b"region=" + b"a" * 401, "region", "longer than"),
    (b"region=%00", "region", "control character"),
    (b"region=%FF%FE", "region", "not UTF-8"),
    (b"region=%ED%A0%80", "region", "not UTF-8"),          # a UTF-16 surrogate, encoded
    (b"limit=0", "limit", "whole number"),
    (b"limit=5001", "limit", "whole number"),
    (b"offset=-1", "offset", "whole number"),
    (b"offset=99999999999999999999999", "offset", "whole number"),
    (b"from=1e3", "from", "not a year"),
    (b"from=%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%90", "from", "not a year"),   # full-width digits
    (b"indicator=gdp'%20OR%201=1;--", "indicator", "not an indicator"),
    (b"indicator=gdp_growth,gdp_growth", "indicator", "named twice"),
    (b"kind=outcome", "kind", "not one of"),
    (b"format=xml", "format", "not one of"),
    (b"region=nowhere", "region", "not a place"),
])
def test_every_bad_field_is_named(known, raw, parameter, words):
    listing = endpoints.BY_PATH["/api/v1/series"]
    _, problems = checks.check_query(raw, listing.checks, known)
    assert [p.parameter for p in problems] == [parameter] and words in problems[0].problem


@pytest.mark.parametrize("raw, words", [(b"a=1&" * 21, "more than 20"), (b"a=" + b"x" * 8001, "longer than 8000")])
def test_a_query_of_too_many_or_too_long_fields_is_refused_whole(raw, words):
    fields, problems = checks.split_query(raw)
    assert fields == [] and words in problems[0].problem


def test_a_place_may_be_named_by_its_chinese_name_code_or_an_english_name_no_other_has(reader, known):
    places = reader.call(queries.places)
    english = places["name_en"].value_counts()
    for place in places.to_dict("records"):
        assert checks.region(place["name_zh"], known) == place["name_zh"]
        assert checks.region(place["code"], known) == place["name_zh"]
        if english[place["name_en"]] == 1:
            assert checks.region(place["name_en"], known) == place["name_zh"]
        else:
            with pytest.raises(checks.BadValue, match=place["code"] if english[place["name_en"]] <= 10 else "code"):
                checks.region(place["name_en"], known)


@pytest.mark.parametrize("narrow", [{"kind": "target"}, {"kind": "actual"}, {"basis": "comparable"}, "years"])
def test_a_filter_of_the_series_keeps_exactly_the_figures_it_names(reader, narrow):
    whole = resources.series_table(reader, {}).rows
    if narrow == "years":
        years = sorted({r["year"] for r in whole})
        narrow = {"from": years[1], "to": years[-2]}
    part = resources.series_table(reader, narrow).rows
    kept = [r for r in whole if r["kind"] == narrow.get("kind", r["kind"]) and r["basis"] == narrow.get("basis", r["basis"])
            and narrow.get("from", 0) <= r["year"] <= narrow.get("to", 9999)]
    assert part == kept and 0 < len(part) < len(whole)


def test_the_validator_changes_with_the_build_and_the_request():
    build = {"built_at": "2026-01-01T00:00:00+0000", "schema_sha256": "s", "documents": "1", "observations": "2"}
    tag = wire.etag(build, "/api/v1/series", {"limit": 5})
    assert tag == wire.etag(dict(build), "/api/v1/series", {"limit": 5})
    assert tag != wire.etag({**build, "built_at": "2026-01-02T00:00:00+0000"}, "/api/v1/series", {"limit": 5})
    assert tag != wire.etag(build, "/api/v1/series", {"limit": 6})
    assert wire.fresh(build, tag, f"W/{tag}, \"other\"", None) and not wire.fresh(build, tag, '"other"', None)


# --- the live server ---------------------------------------------------------------------------
def fetch(base: str, path: str, method: str = "GET", headers: dict | None = None, body: bytes | None = None):
    """(status, headers, body) of one request; the path is sent exactly as given."""
    parts = urlsplit(base)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
    finally:
        conn.close()


@pytest.fixture(scope="module")
def spec(app_url):
    status, _, body = fetch(app_url, "/api/v1/openapi.json")
    assert status == 200
    return json.loads(body)


def template_of(spec: dict, path: str) -> str:
    for template in spec["paths"]:
        pattern = "^" + re.sub(r"\\\{[a-z_]+\\\}", "[^/]+", re.escape(template)) + "$"
        if re.match(pattern, path):
            return template
    raise AssertionError(f"{path} is not in the OpenAPI document")


def assert_answer_matches_spec(spec: dict, path: str, status: int, headers: dict, body: bytes) -> None:
    """The answer's status is documented for the path, and its JSON is valid against the schema."""
    responses = spec["paths"][template_of(spec, path.split("?")[0])]["get"]["responses"]
    assert str(status) in responses, (path, status)
    content = responses[str(status)].get("content", {})
    if headers.get("content-type", "").startswith("text/csv"):
        assert "text/csv" in content
        return
    schema = content["application/json"]["schema"]
    errors = list(Draft202012Validator({**schema, "components": spec["components"]}).iter_errors(json.loads(body)))
    assert not errors, (path, [(list(e.path)[:4], e.message[:200]) for e in errors[:3]])


def test_the_document_is_openapi_3_1_and_its_schemas_are_valid(spec):
    assert spec["openapi"].startswith("3.1")
    for schema in spec["components"]["schemas"].values():
        Draft202012Validator.check_schema(schema)
    refs = set(re.findall(r'"#/components/schemas/([A-Za-z]+)"', json.dumps(spec)))
    assert refs <= set(spec["components"]["schemas"])


def test_the_document_lists_every_endpoint_and_exactly_the_parameters_each_takes(spec):
    for listing in endpoints.LISTINGS:
        documented = {p["name"] for p in spec["paths"][listing.path]["get"]["parameters"]}
        assert documented == set(listing.checks)
    assert {"/api/v1/observations/{obs_id}", "/api/v1/documents/{doc_id}", "/api/v1/openapi.json"} <= set(spec["paths"])


def test_every_example_of_the_document_is_valid_and_answered(app_url, spec):
    from components.api.openapi import example_links

    for item in spec["paths"].values():
        json_content = item["get"]["responses"]["200"]["content"]["application/json"]
        if "example" in json_content:
            Draft202012Validator({**json_content["schema"], "components": spec["components"]}).validate(
                json_content["example"])
    links = example_links(spec)
    assert len(links) == len(spec["paths"])
    for _, link in links:
        status, headers, body = fetch(app_url, link)
        assert status == 200, link
        assert_answer_matches_spec(spec, link, status, headers, body)


def _every_list_request(reader) -> list[str]:
    """Each list endpoint for each place with figures and a few without, and for each indicator
    (and its parameters' other values)."""
    with_figures = reader.call(queries.regions)
    places = with_figures + [p for p in reader.call(queries.places)["name_zh"] if p not in with_figures][:3]
    keys = reader.call(queries.indicators)["key"].tolist()
    out = ["/api/v1/indicators", "/api/v1/regions", "/api/v1/documents", "/api/v1/series?limit=5000",
           "/api/v1/regions?level=district", "/api/v1/series?kind=target&basis=comparable&format=csv"]
    for place in places:
        q = quote(place)
        out += [f"/api/v1/documents?region={q}", f"/api/v1/series?region={q}&limit=5000",
                f"/api/v1/attainment?region={q}&limit=5000", f"/api/v1/cascade?region={q}"]
    out += [f"/api/v1/cascade?indicator={k}" for k in keys] + [f"/api/v1/attainment?indicator={k}" for k in keys]
    return out


def test_every_answer_matches_the_document(app_url, spec, reader):
    obs_ids = set()
    for path in _every_list_request(reader):
        status, headers, body = fetch(app_url, path)
        assert status == 200, path
        assert_answer_matches_spec(spec, path, status, headers, body)
        if "series" in path and "csv" not in path:
            obs_ids |= {r["obs_id"] for r in json.loads(body)["data"]}
    assert obs_ids
    for obs_id in sorted(obs_ids):
        path = f"/api/v1/observations/{obs_id}"
        assert_answer_matches_spec(spec, path, *fetch(app_url, path))


# --- hostile requests ----------------------------------------------------------------------------
HOSTILE = ["a" * 5000, "a" * 401, "%FF%FE%FD", "%C0%AF", "%ED%A0%80", "'%20OR%201=1;--", "1;drop%20table%20observations",
           "99999999999999999999999999999", "-1", "1e309", "NaN", "%00", "%0A", "%E2%80%AE%F0%9F%92%A3", "..%2F..%2Fetc",
           "0x10", "%202020", "%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%90", "%25", "%zz", "[]", "{}", "null", "\\u0000",
           "%22%3E%3Cscript%3E"]
FUZZ_PATHS = [e.path for e in endpoints.LISTINGS]


def assert_json_error(status: int, headers: dict, body: bytes, parameter: str | None = None) -> dict:
    assert 400 <= status < 500, status
    assert headers["content-type"].startswith("application/json")
    error = json.loads(body)["error"]
    assert error["status"] == status and error["message"]
    if parameter is not None:
        assert parameter in [p["parameter"] for p in error["problems"]], (parameter, error)
    return error


@pytest.mark.parametrize("path", FUZZ_PATHS)
def test_every_parameter_refuses_hostile_values_with_a_json_error_naming_it(app_url, spec, path):
    for name in endpoints.BY_PATH[path].checks:
        for value in HOSTILE:
            status, headers, body = fetch(app_url, f"{path}?{name}={value}")
            assert_json_error(status, headers, body, name)
            assert_answer_matches_spec(spec, path, status, headers, body)
        status, headers, body = fetch(app_url, f"{path}?{name}=1&{name}=1")
        assert_json_error(status, headers, body, name)


@pytest.mark.parametrize("path", FUZZ_PATHS + ["/api/v1/observations/1", "/api/v1/openapi.json", "/api"])
@pytest.mark.parametrize("name", ["unknown", "__proto__", "limit%5B%5D", "%FF", "a" * 300, "LIMIT"])
def test_unknown_parameters_are_refused_by_name(app_url, path, name):
    status, headers, body = fetch(app_url, f"{path}?{name}=1")
    error = assert_json_error(status, headers, body)
    assert len(error["problems"]) == 1 and "parameter" in error["problems"][0]["problem"] + error["message"]


@pytest.mark.parametrize("tail", [*HOSTILE, "1.5", "2147483648", "%2F", "1%2F2"])
def test_hostile_ids_in_the_path_are_a_json_400_or_404(app_url, tail):
    for path in (f"/api/v1/observations/{tail}", f"/api/v1/documents/{tail}"):
        assert_json_error(*fetch(app_url, path))


@pytest.mark.parametrize("path", ["/api/observations", "/api/v1/nothing", "/api/v1/series/", "/api/v1/observations",
                                  "/api/v2/series", "/api/v1/series%00"])
def test_unknown_api_paths_are_a_json_404(app_url, path):
    status, headers, body = fetch(app_url, path)
    assert status == 404 and assert_json_error(status, headers, body)


def raw_exchange(base: str, request: bytes) -> tuple[bytes, bytes]:
    import socket

    parts = urlsplit(base)
    with socket.create_connection((parts.hostname, parts.port), timeout=20) as sock:
        sock.sendall(request)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return head, body


@pytest.mark.parametrize("path", ["/api/v1/series?region=罗", "/api?x=\xff", "/api/v1/observations/罗"])
def test_raw_non_ascii_bytes_in_an_api_address_are_a_json_400(app_url, path):
    head, body = raw_exchange(app_url, f"GET {path} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
    assert head.startswith(b"HTTP/1.1 400") and b"application/json" in head and b"nosniff" in head
    assert json.loads(body)["error"]["status"] == 400


def test_a_page_address_with_raw_non_ascii_bytes_keeps_the_servers_plain_answer(app_url):
    head, _ = raw_exchange(app_url, "GET /indicator?i=罗 HTTP/1.1\r\nHost: x\r\n\r\n".encode())
    assert head.startswith(b"HTTP/1.1 400") and b"text/plain" in head


@given(path=st.sampled_from(FUZZ_PATHS), fields=st.lists(st.tuples(
    st.sampled_from(["indicator", "region", "from", "to", "year", "kind", "basis", "limit", "offset", "format",
                     "level", "parent", "x"]),
    st.text(max_size=60)), max_size=6))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_random_queries_never_give_a_server_error(app_url, path, fields):
    status, headers, body = fetch(app_url, path + "?" + urlencode(fields))
    assert status < 500
    if status >= 400:
        assert_json_error(status, headers, body)


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE", "OPTIONS"])
@pytest.mark.parametrize("path", ["/api/v1/series", "/api/v1/observations/1", "/api/v1/nothing", "/api"])
def test_only_get_is_answered(app_url, method, path):
    status, headers, body = fetch(app_url, path, method=method, body=b"{}")
    assert status == 405 and headers["allow"] == "GET, HEAD"
    assert_json_error(status, headers, body)
    assert fetch(app_url, path, method="HEAD")[2] == b""


def test_a_request_body_over_the_apps_bound_is_refused(app_url):
    import app as app_module

    big = b"x" * (app_module.MAX_REQUEST_BYTES + 1)
    status, headers, body = fetch(app_url, "/api/v1/indicators", body=big)
    assert status == 413 and assert_json_error(status, headers, body)


@pytest.mark.parametrize("path", ["/api/v1/indicators", "/api/v1/series?format=csv", "/api/v1/nothing",
                                  "/api/v1/series?x=1", "/api"])
def test_api_answers_carry_the_pages_security_headers(app_url, path):
    _, page_headers, _ = fetch(app_url, "/")
    _, headers, _ = fetch(app_url, path)
    for name in ("content-security-policy", "x-content-type-options", "x-frame-options", "referrer-policy"):
        assert headers[name] == page_headers[name]


# --- what a researcher does --------------------------------------------------------------------
def grid_csv(reader, key: str) -> bytes:
    """The Data page's CSV button for the indicator: the grid's rows, sent back as the browser does."""
    body, _ = views.data_page(reader, {"i": key}, "en", reader.call(queries.default_region))
    grid = next(c for c in _walk(body) if getattr(c, "id", None) == ids.DATA_GRID)
    rows = json.loads(json.dumps(grid.rowData))
    return base64.b64decode(downloads.download(rows, "csv", lang="en")["content"])


def _walk(component):
    yield component
    children = getattr(component, "children", None)
    for child in children if isinstance(children, list) else [children] if children is not None else []:
        yield from _walk(child)


@pytest.mark.parametrize("key", ["gdp_growth", "fiscal_revenue", "pm25"])
def test_the_series_csv_read_by_pandas_is_the_grids_csv(app_url, reader, key):
    region = reader.call(queries.default_region)
    api = pd.read_csv(f"{app_url}/api/v1/series?indicator={key}&region={quote(region)}&format=csv")
    grid = pd.read_csv(io.BytesIO(grid_csv(reader, key)), encoding="utf-8-sig")
    assert len(api) > 0 and list(api.columns) == list(grid.columns)
    pd.testing.assert_frame_equal(api, grid)


def test_every_figures_quote_is_its_documents_text_at_its_offsets(app_url, built_db):
    figures = records(built_db, "select obs_id from observations where doc_id is not null and char_start is not null")
    own = {r["doc_id"]: r["text"] for r in records(built_db, "select doc_id, text from documents")}
    served: dict[str, str] = {}
    assert figures
    for row in figures:
        obs = json.loads(fetch(app_url, f"/api/v1/observations/{row['obs_id']}")[2])
        doc_id = obs["document"]["doc_id"]
        if doc_id not in served:
            status, _, body = fetch(app_url, obs["document"]["api"])
            assert status == 200 and json.loads(body)["doc_id"] == doc_id
            served[doc_id] = json.loads(body)["text"]
        assert served[doc_id][obs["char_start"]:obs["char_end"]] == obs["quote"] != ""
        assert own[doc_id][obs["char_start"]:obs["char_end"]] == obs["quote"]
        for source in obs["sources"]:
            if source["doc_id"] is not None and source["char_start"] is not None:
                assert own[source["doc_id"]][source["char_start"]:source["char_end"]] == source["quote"]


def test_an_outcome_says_which_statement_the_verdict_uses_and_why(app_url, built_db):
    judged = records(built_db, "select actual_obs_id, (select count(*) from observations o join observations me "
                               "on me.obs_id = a.actual_obs_id where o.region = me.region and o.indicator = me.indicator "
                               "and o.year = me.year and o.period = me.period and o.kind = me.kind) as n "
                               "from attainment a where actual_obs_id is not null order by n desc limit 5")
    assert judged[0]["n"] > 1       # the data has a figure stated differently by two sources
    for row in judged:
        chosen = json.loads(fetch(app_url, f"/api/v1/observations/{row['actual_obs_id']}")[2])
        assert chosen["choice"]["this_is_used"] and chosen["choice"]["used_obs_id"] == row["actual_obs_id"]
        for other in chosen["same_figure"]:
            lost = json.loads(fetch(app_url, f"/api/v1/observations/{other['obs_id']}")[2])["choice"]
            assert not other["used"] and other["lost_on"]["rule"] == lost["reason"]["rule"]
            assert lost["reason"]["rule"] in lost["order"] + ["order"] and lost["reason"]["en"].startswith("not used")


def test_pages_are_bounded_and_next_links_walk_every_row(app_url):
    whole = json.loads(fetch(app_url, "/api/v1/series?limit=5000")[2])
    seen, path = [], "/api/v1/series?limit=37"
    for _ in range(100):
        page = json.loads(fetch(app_url, path)[2])
        assert len(page["data"]) <= 37
        seen += page["data"]
        if page["next"] is None:
            break
        path = page["next"]
    assert seen == whole["data"] and whole["total"] == len(seen)
    status, headers, body = fetch(app_url, "/api/v1/series?limit=3&format=csv")
    assert headers["link"].startswith("</api/v1/series?") and 'rel="next"' in headers["link"]
    assert body.startswith("\ufeff".encode()) and len(body.decode("utf-8-sig").strip().splitlines()) == 4


@pytest.mark.parametrize("path", ["/api/v1/indicators", "/api/v1/openapi.json", "/api", "/api/v1/observations/{first}",
                                  "/api/v1/cascade?format=csv"])
def test_every_answer_from_the_database_carries_the_builds_validators(app_url, built_db, path):
    built = records(built_db, "select value from build_info where key = 'built_at'")[0]["value"]
    path = path.format(first=records(built_db, "select min(obs_id) as first from observations")[0]["first"])
    status, headers, _ = fetch(app_url, path)
    assert status == 200 and headers["etag"].startswith('"')
    assert email.utils.parsedate_to_datetime(headers["last-modified"]) == datetime.strptime(built, "%Y-%m-%dT%H:%M:%S%z")
    assert fetch(app_url, path, headers={"If-None-Match": headers["etag"]})[0] == 304


def test_a_client_can_cache_by_etag_and_last_modified(app_url):
    status, headers, body = fetch(app_url, "/api/v1/series?limit=10")
    assert status == 200 and headers["etag"] and headers["last-modified"]
    again = fetch(app_url, "/api/v1/series?limit=10", headers={"If-None-Match": headers["etag"]})
    assert again[0] == 304 and again[2] == b""
    assert fetch(app_url, "/api/v1/series?limit=10", headers={"If-Modified-Since": headers["last-modified"]})[0] == 304
    assert fetch(app_url, "/api/v1/series?limit=11", headers={"If-None-Match": headers["etag"]})[0] == 200
    assert fetch(app_url, "/api/v1/series?limit=10", headers={"If-None-Match": '"stale"'})[0] == 200


def test_the_api_page_shows_the_document_without_scripts(app_url, spec):
    status, headers, body = fetch(app_url, "/api")
    html = body.decode("utf-8")
    assert status == 200 and headers["content-type"].startswith("text/html")
    assert "<script" not in html.lower() and "/api/v1/openapi.json" in html
    for path in spec["paths"]:
        assert path.split("{")[0] in html


# --- the README's lines, run ------------------------------------------------------------------
def readme_api_lines() -> dict[str, str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## The data API", 1)[1].split("\n## ", 1)[0]
    lines = [line.strip() for line in section.splitlines()]
    return {"curl": next(x for x in lines if x.startswith("curl ")),
            "pandas": next(x for x in lines if "pd.read_csv(" in x),
            "r": next(x for x in lines if "read.csv(" in x and "pd." not in x)}


def test_the_readmes_curl_line_answers_a_csv(app_url, reader):
    line = readme_api_lines()["curl"].replace("http://127.0.0.1:8050", app_url)
    done = subprocess.run(shlex.split(line), capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr
    table = pd.read_csv(io.BytesIO(done.stdout), encoding="utf-8-sig")
    assert list(table.columns) == resources.SERIES_COLUMNS and len(table) > 0


def test_the_readmes_pandas_line_reads_the_series(app_url):
    namespace: dict = {}
    exec("import pandas as pd\n" + readme_api_lines()["pandas"].replace("http://127.0.0.1:8050", app_url), namespace)
    frames = [v for v in namespace.values() if isinstance(v, pd.DataFrame)]
    assert frames and len(frames[0]) > 0 and list(frames[0].columns) == resources.SERIES_COLUMNS


def run_r(line: str, out: Path) -> subprocess.CompletedProcess:
    """The README's R line run by Rscript, then the data frame it made written to `out` as CSV (UTF-8,
    no row names, missing values empty, as the API writes them)."""
    frame = re.match(r"\s*([A-Za-z.][\w.]*)\s*<-", line).group(1)
    script = f'{line}\nwrite.csv({frame}, commandArgs(trailingOnly = TRUE)[1], row.names = FALSE, na = "", fileEncoding = "UTF-8")'
    return subprocess.run(["Rscript", "--vanilla", "-e", script, str(out)], capture_output=True, timeout=120,
                          env={**os.environ, "LC_ALL": "C.UTF-8"})   # R keeps Chinese text only in a UTF-8 locale


def test_the_readmes_r_line_reads_the_series(app_url, tmp_path):
    """Rscript (Debian's r-base-core, installed by `make test`) runs the README's line verbatim but for
    the port; the data frame R read has the series' columns and rows, value for value."""
    assert shutil.which("Rscript"), "Rscript is missing: `make test` installs r-base-core (Makefile: test-deps)"
    line = readme_api_lines()["r"]
    assert "http://127.0.0.1:8050/" in line
    line = line.replace("http://127.0.0.1:8050", app_url)
    done = run_r(line, tmp_path / "r.csv")
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    from_r = pd.read_csv(tmp_path / "r.csv", encoding="utf-8")
    url = re.search(r'"(http[^"]+)"', line).group(1)
    from_api = pd.read_csv(url, encoding="utf-8-sig")
    assert list(from_r.columns) == resources.SERIES_COLUMNS and len(from_r) > 0
    pd.testing.assert_frame_equal(from_r, from_api, check_dtype=False)
