"""Pure: URL query strings <-> view state, validated. Nothing from a URL reaches SQL unchecked:
indicator keys must be in the catalogue, years must be whole numbers in the data's range."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlencode

MAX_PARAM_CHARS = 400
MAX_FIELDS = 20
_KEY = re.compile(r"^[a-z0-9_]{1,60}$")
_DOC = re.compile(r"^[\w.-]{1,120}#\d{1,4}$")
KNOWN = {"lang", "i", "from", "to", "y", "m", "doc", "obs", "region", "cmp"}


@dataclass
class View:
    params: dict[str, str] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def parse(search: str | None) -> View:
    view = View()
    if not search:
        return view
    try:
        raw = parse_qs(search.lstrip("?")[:8000], keep_blank_values=False, max_num_fields=MAX_FIELDS)
    except ValueError:   # more fields than any view has: refused as a whole, with a message (never a 500)
        view.errors.append(f"more than {MAX_FIELDS} parameters")
        return view
    for key, values in raw.items():
        if key not in KNOWN:
            view.errors.append(f"unknown parameter {key[:40]!r}")
            continue
        value = values[-1]
        if len(value) > MAX_PARAM_CHARS:
            view.errors.append(f"parameter {key} is too long")
            continue
        view.params[key] = value
    return view


def shape_problems(query: str) -> tuple[list[str], str]:
    """The problems of a raw query string's shape (excess, unknown, repeated or overlong fields),
    and the same query with those fields left out. Values are judged later, by each page."""
    try:
        raw = parse_qs(query[:8000], keep_blank_values=True, max_num_fields=MAX_FIELDS)
    except ValueError:
        return [f"more than {MAX_FIELDS} parameters"], ""
    problems, kept = [], {}
    for key, values in raw.items():
        shown = key[:40].encode("unicode_escape").decode("ascii")
        if key not in KNOWN:
            problems.append(f"unknown parameter '{shown}'")
        elif len(values) > 1:
            problems.append(f"parameter {key} is given {len(values)} times")
        elif len(values[0]) > MAX_PARAM_CHARS:
            problems.append(f"parameter {key} is too long")
        else:
            kept[key] = values[0]
    if len(query) > 8000:
        problems.append("the address is too long")
    return problems, to_search(kept)


def to_search(params: dict) -> str:
    clean = {k: v for k, v in params.items() if v not in (None, "", [])}
    return "?" + urlencode(clean) if clean else ""


def href(path: str, lang: str, **params) -> str:
    """A link inside the app: the page's path, its parameters, and the language unless it is Chinese."""
    return path + to_search({**params, "lang": lang if lang != "zh" else None})


def indicator_keys(value: str | None, known: set[str]) -> tuple[list[str], list[str]]:
    """'gdp_growth,retail_sales' -> (valid keys, errors)."""
    if not value:
        return [], []
    keys, errors = [], []
    for k in value.split(",")[:12]:
        k = k.strip()
        if not k:
            continue
        if not _KEY.match(k) or k not in known:
            errors.append(f"unknown indicator {k[:40]!r}")
        elif k not in keys:
            keys.append(k)
    return keys, errors


def year(value: str | None, lo: int, hi: int, name: str = "year") -> tuple[int | None, list[str]]:
    if value is None or value == "":
        return None, []
    if not re.fullmatch(r"\d{4}", value.strip()):
        return None, [f"{name} {value[:20]!r} is not a year"]
    y = int(value)
    if not lo <= y <= hi:
        return None, [f"{name} {y} is outside the data ({lo}–{hi})"]
    return y, []


def region(value: str | None, known: list[str], default: str) -> tuple[str, list[str]]:
    if not value:
        return default, []
    if value not in known:
        return default, [f"unknown region {value[:20]!r}"]
    return value, []


def regions(value: str | None, known: list[str]) -> tuple[list[str], list[str]]:
    if not value:
        return [], []
    names = [r for r in value.split(",")[:8] if r]
    bad = [r for r in names if r not in known]
    return [r for r in names if r in known], [f"unknown region {r[:20]!r}" for r in bad]


def doc_id(value: str | None) -> tuple[str | None, list[str]]:
    if not value:
        return None, []
    if not _DOC.match(value):
        return None, [f"document id {value[:40]!r} is not valid"]
    return value, []


def whole_number(value, lo: int = 1900, hi: int = 2100) -> int | None:
    """A year (or any small whole number) sent by a browser, trusted only after checking."""
    if isinstance(value, bool):
        return None
    try:
        n = int(value)
    except (TypeError, ValueError, OverflowError):
        return None
    return n if lo <= n <= hi else None


def string_list(value, most: int = 12) -> list[str]:
    """A list of short strings from the browser (dropdown values); anything else is dropped."""
    if not isinstance(value, list):
        return []
    return [v for v in value[:most] if isinstance(v, str) and len(v) <= MAX_PARAM_CHARS]


def year_pair(value) -> list[int] | None:
    """A [from, to] slider value from the browser: two whole numbers, or None."""
    if not isinstance(value, list) or len(value) != 2:
        return None
    pair = [whole_number(v) for v in value]
    return pair if None not in pair else None


def first_point(click) -> dict | None:
    """The first point of a Plotly clickData from the browser, if it has that shape."""
    points = click.get("points") if isinstance(click, dict) else None
    point = points[0] if isinstance(points, list) and points else None
    return point if isinstance(point, dict) else None
