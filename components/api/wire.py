"""The data API's answers as HTTP: pages of rows as JSON or CSV, errors as JSON that name what was
wrong, and the validators a client caches by (an ETag and Last-Modified from the build). Pure:
values in, bytes and headers out; components/api/__init__.py hands them to Flask."""

from __future__ import annotations

import email.utils
import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlencode

from components.api import checks
from components.api.checks import Problem
from components.api.resources import Table

REVISION = "1"     # raise when an answer's shape changes: clients' cached copies are then stale
JSON_TYPE = "application/json; charset=utf-8"
CSV_TYPE = "text/csv; charset=utf-8"


@dataclass(frozen=True)
class Answer:
    status: int
    body: bytes
    content_type: str
    headers: tuple[tuple[str, str], ...] = ()


def dumps(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")


def error(status: int, message: str, problems: list[Problem] = ()) -> Answer:
    """A JSON error: the status, one line, and each parameter with what is wrong with it."""
    body = {"error": {"status": status, "message": message, "problems": [p.as_dict() for p in problems]}}
    return Answer(status, dumps(body), JSON_TYPE)


def bad_parameters(problems: list[Problem]) -> Answer:
    names = ", ".join(dict.fromkeys(p.parameter for p in problems))
    return error(400, f"bad parameters: {names}", problems)


def page_link(path: str, given: dict[str, str], offset: int) -> str:
    """The address of the page at `offset`, with the other parameters as the client gave them."""
    return path + "?" + urlencode({**{k: v for k, v in given.items() if k != "offset"}, "offset": offset})


def listing(table: Table, params: dict, given: dict[str, str], path: str, name: str, build: dict) -> Answer:
    """One page of a table: JSON (rows, columns, total, the next page's address, the query as
    applied) or CSV (the rows of the page; the next page in the Link header)."""
    limit = params.get("limit", checks.DEFAULT_LIMIT)
    offset = params.get("offset", 0)
    rows = table.rows[offset:offset + limit]
    following = page_link(path, given, offset + limit) if offset + limit < len(table.rows) else None
    headers = [("X-Total-Count", str(len(table.rows)))]
    if following:
        headers.append(("Link", f'<{following}>; rel="next"'))
    if params.get("format") == "csv":
        from components.downloads import csv_text

        text = "\ufeff" + csv_text(rows, table.columns)
        headers.append(("Content-Disposition", f'inline; filename="{name}.csv"'))
        return Answer(200, text.encode("utf-8"), CSV_TYPE, tuple(headers))
    body = {"data": rows, "columns": table.columns, "total": len(table.rows), "offset": offset, "limit": limit,
            "next": following, "built_at": build.get("built_at"), **table.meta}
    return Answer(200, dumps(body), JSON_TYPE, tuple(headers))


def document(value: dict) -> Answer:
    return Answer(200, dumps(value), JSON_TYPE)


# --- caching -------------------------------------------------------------------------------------
def etag(build: dict, path: str, params: dict) -> str:
    """A strong validator of one answer: the build (its time, schema and counts), the answer's shape
    and the request as checked. Same build, same request: same bytes."""
    key = [REVISION, *(str(build.get(k)) for k in ("built_at", "schema_sha256", "documents", "observations")),
           path, repr(sorted(params.items()))]
    return '"' + hashlib.sha256("\x1f".join(key).encode("utf-8")).hexdigest()[:32] + '"'


def built_at(build: dict) -> datetime | None:
    try:
        return datetime.strptime(str(build.get("built_at")), "%Y-%m-%dT%H:%M:%S%z")
    except ValueError:
        return None


def cache_headers(build: dict, tag: str) -> tuple[tuple[str, str], ...]:
    when = built_at(build)
    stamp = (("Last-Modified", email.utils.format_datetime(when, usegmt=True)),) if when else ()
    return (("ETag", tag), *stamp, ("Cache-Control", "no-cache"))


def fresh(build: dict, tag: str, if_none_match: str | None, if_modified_since: datetime | None) -> bool:
    """Whether the client's copy is current (RFC 9110: If-None-Match wins over If-Modified-Since)."""
    if if_none_match:
        tags = [t.strip().removeprefix("W/") for t in if_none_match.split(",")]
        return "*" in tags or tag in tags
    when = built_at(build)
    return bool(when and if_modified_since and when.replace(microsecond=0) <= if_modified_since)


def not_modified(build: dict, tag: str) -> Answer:
    return Answer(304, b"", JSON_TYPE, cache_headers(build, tag))
