"""The OpenAPI 3.1 document of the data API, made from the endpoint table (components/api/endpoints.py)
and the answers' schemas (components/api/schemas.py), with examples taken from the database it
describes (a real indicator, place, year, figure and document, and the first rows of each answer);
and the short page /api that shows it (plain HTML, no script)."""

from __future__ import annotations

import json
from html import escape
from urllib.parse import quote, urlencode

import duckdb

from components import reads
from components.api import checks, details, resources, schemas
from components.api.endpoints import LISTINGS
from etl.store import queries

TITLE = "Luohu Targets data API"
_ERRORS = {"400": "a parameter is unknown, repeated, empty or bad (each is named)",
           "404": "no such thing", "405": "only GET (and HEAD) are answered",
           "413": "the request's body is too large", "503": "the database is missing or being rebuilt"}


def examples(reader: queries.Reader) -> dict:
    """Real values of the database for the examples: {} when there is none to read."""
    try:
        region = resources.home(reader)
        key = reads.headline(reader)
        tva = reader.call(queries.target_vs_actual, [key], region=region)
        judged = tva[tva["target_obs_id"].notna() & tva["actual_obs_id"].notna()]
        obs = reader.call(queries.observations, [key], region=region)
        quoted = obs[obs["doc_id"].notna() & obs["char_start"].notna()]
    except (queries.DatabaseMissing, duckdb.Error):
        return {}
    out = {"indicator": key, "region": region}
    if not judged.empty:
        out["year"] = int(judged["year"].max())
    if not quoted.empty:
        out["obs_id"] = int(quoted["obs_id"].iloc[-1])
        out["doc_id"] = str(quoted["doc_id"].iloc[-1])
    return out


def _operation(listing, reader, ex: dict) -> dict:
    params = [{"name": p.name, "in": "query", "required": False, "description": p.description, "schema": p.schema,
               **({"example": ex[p.name]} if p.name in ex else {})} for p in (*listing.params, *_paging())]
    example = None
    if ex:
        known = resources.known(reader)
        checked = {p.name: p.check(str(ex[p.name]), known) for p in listing.params if p.name in ex}
        table = listing.answer(reader, checked)
        example = {"data": table.rows[:2], "columns": table.columns, "total": len(table.rows), "offset": 0,
                   "limit": 2, "next": None, "built_at": None, **table.meta}
    ok = {"application/json": {"schema": schemas._ref(f"{listing.row_schema}Page"),
                               **({"example": example} if example else {})},
          "text/csv": {"schema": {"type": "string"}, "example": "\ufeff" + ",".join(listing_columns(listing)) + "\n"}}
    return {"get": {"operationId": listing.name, "summary": listing.summary, "description": listing.description,
                    "parameters": params, "responses": {"200": {"description": "a page of rows", "content": ok,
                                                                "headers": _headers()}, **_error_responses()}}}


def listing_columns(listing) -> list[str]:
    return list(schemas.ROWS[listing.row_schema])


def _paging():
    from components.api.endpoints import PAGING

    return PAGING


def _headers() -> dict:
    return {"ETag": {"schema": {"type": "string"}, "description": "of the build and the request"},
            "Last-Modified": {"schema": {"type": "string"}, "description": "when the database was built"},
            "Link": {"schema": {"type": "string"}, "description": "rel=\"next\": the next page"},
            "X-Total-Count": {"schema": {"type": "string"}, "description": "rows in all"}}


def _error_responses() -> dict:
    err = {"application/json": {"schema": schemas._ref("Error")}}
    return {"304": {"description": "not modified (If-None-Match or If-Modified-Since)"},
            **{code: {"description": text, "content": err} for code, text in _ERRORS.items()}}


def _one(path_name: str, schema: dict, description: str, summary: str, op: str, schema_ref: str, example) -> dict:
    param = {"name": path_name, "in": "path", "required": True, "schema": schema, "description": description}
    content = {"schema": schemas._ref(schema_ref), **({"example": example} if example is not None else {})}
    return {"get": {"operationId": op, "summary": summary, "parameters": [param],
                    "responses": {"200": {"description": summary, "content": {"application/json": content},
                                          "headers": _headers()}, **_error_responses()}}}


def _detail_paths(reader, ex: dict) -> dict:
    obs = details.observation_detail(reader, ex["obs_id"]) if "obs_id" in ex else None
    doc = details.document_detail(reader, ex["doc_id"]) if "doc_id" in ex else None
    if doc is not None and len(doc["text"]) > 300:
        doc = doc | {"text": doc["text"][:300]}
    id_schema = {"type": "integer", "minimum": 0, "maximum": 2**31 - 1, **({"example": ex["obs_id"]} if obs else {})}
    return {
        "/api/v1/observations/{obs_id}": _one(
            "obs_id", id_schema, "a figure's id (obs_id of /api/v1/series)",
            "One figure with its quote, offsets, document, every source and why the verdict uses the one it uses",
            "observation", "Observation", obs),
        "/api/v1/documents/{doc_id}": _one(
            "doc_id", {"type": "string", **({"example": ex["doc_id"]} if doc else {})},
            "a document's id (percent-encoded: it holds '#')", "One document with its text (the offsets count in it)",
            "document", "DocumentDetail", doc),
    }


def document(reader: queries.Reader) -> dict:
    """The OpenAPI 3.1 document, with examples from the database (none when it cannot be read)."""
    ex = examples(reader)
    paths = {e.path: _operation(e, reader, ex) for e in LISTINGS} | _detail_paths(reader, ex)
    paths["/api/v1/openapi.json"] = {"get": {"operationId": "openapi", "summary": "This document", "responses": {
        "200": {"description": "the OpenAPI document", "content": {"application/json": {"schema": {"type": "object"}}}},
        **_error_responses()}}}
    paths["/api/v1"] = {"get": {"operationId": "index", "summary": "The endpoints", "responses": {
        "200": {"description": "the endpoints and where this document is",
                "content": {"application/json": {"schema": schemas._ref("Index")}}}, **_error_responses()}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": TITLE, "version": "1",
                 "description": "Read-only: the targets and outcomes of the database the dashboard serves, every "
                                "figure with its source. GET only; lists are paged (limit, offset, next); every "
                                "answer carries an ETag and Last-Modified of the build. Errors are JSON."},
        "servers": [{"url": "/"}],
        "paths": paths,
        "components": {"schemas": schemas.all_schemas()},
    }


def example_links(doc: dict) -> list[tuple[str, str]]:
    """(summary, address) of every endpoint with its example parameters."""
    out = []
    for path, item in doc["paths"].items():
        op = item["get"]
        query = {p["name"]: p["example"] for p in op.get("parameters", []) if p["in"] == "query" and "example" in p}
        filled = path
        for p in op.get("parameters", []):
            if p["in"] == "path":
                value = p["schema"].get("example")
                filled = filled.replace("{" + p["name"] + "}", quote(str(value), safe="") if value is not None else "")
        if "{" in filled or filled.endswith("/"):
            continue
        out.append((op["summary"], filled + ("?" + urlencode(query) if query else "")))
    return out


def page(doc: dict) -> str:
    """/api: what the API answers, a link to each endpoint with real parameters, and the document."""
    rows = "".join(f"<li><a href=\"{escape(link, quote=True)}\"><code>{escape(link)}</code></a> — {escape(text)}</li>"
                   for text, link in example_links(doc))
    body = escape(json.dumps(doc, ensure_ascii=False, indent=1))
    return ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>API · 数据接口</title>"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<link rel=\"stylesheet\" href=\"/assets/style.css\"></head><body>"
            # long addresses and the document's lines wrap anywhere: the page is never wider than its screen
            "<main style=\"padding:1rem;max-width:72rem;overflow-wrap:anywhere;word-break:break-word\">"
            f"<h1>{escape(TITLE)} · 数据接口</h1>"
            "<p>Read-only JSON and CSV (<code>format=csv</code>) under <code>/api/v1</code>, described by "
            "<a href=\"/api/v1/openapi.json\"><code>/api/v1/openapi.json</code></a> (OpenAPI 3.1). GET only; "
            f"pages of at most {checks.MAX_LIMIT} rows (<code>limit</code>, <code>offset</code>, <code>next</code>); an ETag and "
            "Last-Modified from the build on every answer; errors are JSON naming the parameter.</p>"
            f"<h2>Endpoints, with examples</h2><ul>{rows}</ul>"
            f"<h2>The OpenAPI document</h2><pre style=\"white-space:pre-wrap\">{body}</pre></main></body></html>")
