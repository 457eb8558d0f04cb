"""Pure: URL query strings <-> view state, validated, and the shape of callback requests. Nothing
from a URL reaches SQL unchecked: indicator keys must be in the catalogue, years must be whole
numbers in the data's range, a document id is any short printable string that the caller then looks
up in the database (bound parameter) before using it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlencode

MAX_PARAM_CHARS = 400
MAX_FIELDS = 20
_KEY = re.compile(r"^[a-z0-9_]{1,60}$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
KNOWN = {"lang", "i", "from", "to", "y", "m", "doc", "obs", "region", "cmp", "view", "scale"}


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
    """A document id as the database has it: the file's name and a segment number, any characters a
    file name may hold (spaces, brackets, Chinese). Only its size and control characters are judged
    here; whether it is a document is the database's to say (the caller looks it up)."""
    if not value:
        return None, []
    if not isinstance(value, str) or len(value) > MAX_PARAM_CHARS or _CONTROL.search(value):
        shown = str(value)[:40].encode("unicode_escape").decode("ascii")
        return None, [f"document id '{shown}' is not valid"]
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


# --- callback requests (POST /_dash-update-component) ----------------------------------------
MAX_JSON_DEPTH = 32         # a real request nests about 8 levels (body, inputs, item, rows, row, cell)
MAX_MATCHES = 500           # items of one pattern-matching input (every chart of a page)
MAX_CHANGED = 50
MAX_ID_CHARS = 200


def too_deep(value, most: int = MAX_JSON_DEPTH) -> bool:
    """Whether parsed JSON nests lists and objects more than `most` levels (walked without recursion,
    so any depth the parser accepted is measured safely)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            item = list(item.values())
        elif not isinstance(item, list):
            continue
        if depth > most:
            return True
        stack.extend((x, depth + 1) for x in item if isinstance(x, dict | list))
    return False


def _component_id(value) -> bool:
    """A component id as Dash sends it: a short string, or a small object of short scalar values."""
    if isinstance(value, str):
        return 0 < len(value) <= MAX_ID_CHARS
    return isinstance(value, dict) and 0 < len(value) <= 10 and all(
        isinstance(k, str) and len(k) <= 60 and isinstance(v, str | int | float | bool)
        and len(str(v)) <= MAX_ID_CHARS for k, v in value.items())


def _prop(item) -> bool:
    """{id, property}: the property's name may carry Dash's '@' and a hash (an output shared by callbacks)."""
    return isinstance(item, dict) and _component_id(item.get("id")) and isinstance(item.get("property"), str) \
        and 0 < len(item["property"]) <= MAX_ID_CHARS


def _slot(item) -> bool:
    """One input, state or output: a component property, or the list of them a pattern matched."""
    return _prop(item) or (isinstance(item, list) and len(item) <= MAX_MATCHES and all(_prop(x) for x in item))


def callback_problem(body: dict, callback: dict) -> str | None:
    """What is wrong with the shape of a callback request for a registered server callback (its
    entry of Dash's callback map), in one line, or None: every output, input and state the callback
    was registered with, each an {id, property} (or a list of them), the changed properties as
    strings, and nothing nested deeper than a real request."""
    output = body["output"]
    n_out = len(output[2:-2].split("...")) if output.startswith("..") else 1
    outputs = body.get("outputs")
    if not (_slot(outputs) if n_out == 1 else
            isinstance(outputs, list) and len(outputs) == n_out and all(_slot(o) for o in outputs)):
        return f"'outputs' must name the callback's {n_out} output(s), each with an id and a property"
    for key in ("inputs", "state"):
        want = len(callback.get(key) or [])
        got = body.get(key, [])
        if not isinstance(got, list) or len(got) != want or not all(_slot(x) for x in got):
            return f"'{key}' must be a list of {want} item(s), each with an id and a property"
    changed = body.get("changedPropIds", [])
    if not isinstance(changed, list) or len(changed) > MAX_CHANGED or not all(
            isinstance(c, str) and len(c) <= MAX_PARAM_CHARS for c in changed):
        return "'changedPropIds' must be a short list of strings"
    if too_deep(body):
        return f"the request nests more than {MAX_JSON_DEPTH} levels"
    return None
