"""The read-only data API under /api/v1, served by the app's own Flask server from the database it
serves: `register(server, reader)` adds its routes. The views here only wire: the request's raw
query -> checks.check_query -> the endpoint's use case (resources, details) -> wire (JSON or CSV,
ETag, errors). Every answer under /api is JSON or CSV, never an HTML error page and never a 500
for anything a client sends: unknown paths are a JSON 404, other methods than GET a JSON 405.
The security headers come from the app's own after_request (app.py), as for every page."""

from __future__ import annotations

import functools
import logging

import duckdb
from flask import Response, request

from components.api import checks, details, endpoints, openapi, resources, wire
from etl.store import queries

METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
_log = logging.getLogger(__name__)


def register(server, reader: queries.Reader) -> None:
    """The API's routes on a Flask server (the Dash app's), reading through `reader`."""
    def add(rule: str, name: str, view) -> None:
        server.add_url_rule(rule, "api_" + name, _guarded(server, view), methods=METHODS,
                            provide_automatic_options=False)

    for listing in endpoints.LISTINGS:
        add(listing.path, listing.name, functools.partial(_listing, reader, listing))
    add("/api/v1/observations/<path:obs>", "observation", functools.partial(_observation, reader))
    add("/api/v1/documents/<path:doc_id>", "document", functools.partial(_document, reader))
    add("/api/v1/openapi.json", "openapi", functools.partial(_openapi, reader))
    add("/api/v1", "index", _index)
    add("/api/v1/", "index_slash", _index)
    add("/api", "page", functools.partial(_page, reader))
    add("/api/<path:rest>", "not_found", _not_found)


def _send(answer: wire.Answer) -> Response:
    response = Response(answer.body, status=answer.status, content_type=answer.content_type)
    for name, value in answer.headers:
        response.headers[name] = value
    return response


def _guarded(server, view):
    """GET and HEAD only, no body beyond the app's bound, and a JSON answer for whatever goes wrong:
    a missing database is a 503, anything unforeseen a 500 in JSON (and in the log)."""
    @functools.wraps(view)
    def guarded(*args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            response = _send(wire.error(405, f"{request.method} is not answered here; use GET"))
            response.headers["Allow"] = "GET, HEAD"
            return response
        bound = server.config.get("MAX_CONTENT_LENGTH")
        if bound and (request.content_length or 0) > bound:
            return _send(wire.error(413, f"the request's body is over {bound} bytes"))
        try:
            return _send(view(*args, **kwargs))
        except (queries.DatabaseMissing, duckdb.Error) as exc:
            return _send(wire.error(503, f"the database cannot be read now: {str(exc)[:200]}"))
        except Exception:       # never an HTML 500: the client gets JSON, the log gets the traceback
            _log.exception("API request %s failed", request.path)
            return _send(wire.error(500, "the server failed to answer this request"))
    return guarded


def _cached(reader: queries.Reader, path: str, params: dict, build_answer) -> wire.Answer:
    """304 when the client's copy is current; else the answer, remembered per database file."""
    build = reader.call(queries.build_info)
    tag = wire.etag(build, path, params)
    if wire.fresh(build, tag, request.headers.get("If-None-Match"), request.if_modified_since):
        return wire.not_modified(build, tag)
    key = ("api", path, tuple(sorted(params.items())))
    answer = resources.remember(reader, key, build_answer, keep=lambda a: a.status == 200)
    if answer.status != 200:
        return answer
    return wire.Answer(answer.status, answer.body, answer.content_type,
                       answer.headers + wire.cache_headers(build, tag))


def _query(raw_checks: dict, reader: queries.Reader) -> tuple[dict, wire.Answer | None]:
    params, problems = checks.check_query(request.query_string, raw_checks,
                                          resources.known(reader) if raw_checks else checks.Known())
    problems += checks.years_in_order(params)
    return params, (wire.bad_parameters(problems) if problems else None)


def _listing(reader: queries.Reader, listing: endpoints.Listing) -> wire.Answer:
    params, refusal = _query(listing.checks, reader)
    if refusal:
        return refusal
    given = request.args.to_dict()
    build = reader.call(queries.build_info)
    return _cached(reader, request.path, params | {"_given": tuple(sorted(given.items()))},
                   lambda: wire.listing(listing.answer(reader, params), params, given, request.path, listing.name,
                                        build))


def _observation(reader: queries.Reader, obs: str) -> wire.Answer:
    params, refusal = _query({}, reader)
    if refusal:
        return refusal
    obs_id = checks.path_id(obs)
    if obs_id is None:
        return wire.bad_parameters([checks.Problem("obs_id", f"{checks.shown(obs)!r} is not a figure's id "
                                                             f"(a whole number below {2**31})")])
    def answer() -> wire.Answer:
        found = details.observation_detail(reader, obs_id)
        return wire.error(404, f"no observation {obs_id}") if found is None else wire.document(found)
    return _cached(reader, request.path, {}, answer)


def _document(reader: queries.Reader, doc_id: str) -> wire.Answer:
    params, refusal = _query({}, reader)
    if refusal:
        return refusal
    def answer() -> wire.Answer:
        found = details.document_detail(reader, doc_id)
        return wire.error(404, f"no document {checks.shown(doc_id)!r}") if found is None else wire.document(found)
    return _cached(reader, request.path, {}, answer)


def _openapi(reader: queries.Reader) -> wire.Answer:
    params, refusal = _query({}, reader)
    if refusal:
        return refusal
    return _cached(reader, request.path, {}, lambda: wire.document(_document_of(reader)))


def _page(reader: queries.Reader) -> wire.Answer:
    # the page is in both languages: a link from an English page (?lang=en) is welcome, nothing else
    params, refusal = _query({"lang": checks.one_of("zh", "en")}, reader)
    if refusal:
        return refusal
    return _cached(reader, request.path, {}, lambda: wire.Answer(
        200, openapi.page(_document_of(reader)).encode("utf-8"), "text/html; charset=utf-8"))


def _document_of(reader: queries.Reader) -> dict:
    """The OpenAPI document of the database now served, built once per database file."""
    return resources.remember(reader, ("api", "openapi"), lambda: openapi.document(reader))


def _index() -> wire.Answer:
    items = [{"path": e.path, "summary": e.summary} for e in endpoints.LISTINGS]
    items += [{"path": "/api/v1/observations/{obs_id}", "summary": "one figure with its provenance"},
              {"path": "/api/v1/documents/{doc_id}", "summary": "one document with its text"}]
    return wire.document({"openapi": "/api/v1/openapi.json", "page": "/api", "endpoints": items})


def _not_found(rest: str) -> wire.Answer:
    return wire.error(404, f"no such address: /api/{checks.shown(rest)} (see /api/v1/openapi.json)")


def warm(reader) -> None:
    """What the first requests of a burst of scripts read, read once before the server starts."""
    resources.warm(reader)
