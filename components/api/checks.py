"""Pure: an API request's query string, checked. Every field must be a parameter of the endpoint,
given once, not empty, short, printable UTF-8, and a good value of its kind (an indicator of the
catalogue, a place of the database, a year, a whole number in range, one of a few words). Anything
else is a `Problem` that names the parameter; the caller answers 400 with all of them.

The query string is read from its raw bytes: percent escapes and raw UTF-8 (curl sends 罗湖区 as
it is) are both decoded, strictly, so that a byte sequence that is not UTF-8 is named, not guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import unquote_to_bytes

MAX_QUERY_BYTES = 8000      # as the pages' addresses (components/params.py)
MAX_FIELDS = 20
MAX_VALUE_CHARS = 400
MAX_LIMIT = 5000            # rows in one answer
DEFAULT_LIMIT = 1000
MAX_OFFSET = 10_000_000
MAX_KEYS = 12               # indicators in one request
YEAR_RANGE = (1900, 2100)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_WHOLE = re.compile(r"[0-9]{1,16}")


@dataclass(frozen=True)
class Problem:
    parameter: str
    problem: str

    def as_dict(self) -> dict:
        return {"parameter": self.parameter, "problem": self.problem}


class BadValue(ValueError):
    """A value of the wrong kind; its message says what was expected."""


@dataclass(frozen=True)
class Known:
    """What the database holds, for checking values: indicator keys, places by name or code, place
    codes, levels."""
    indicators: frozenset[str] = frozenset()
    places: dict[str, str] = field(default_factory=dict)    # name_zh, code or name_en -> name_zh
    codes: frozenset[str] = frozenset()
    levels: frozenset[str] = frozenset()
    shared: dict[str, tuple[str, ...]] = field(default_factory=dict)   # an English name -> the codes sharing it


Check = Callable[[str, Known], object]


def shown(text: str) -> str:
    """A name or value as an error message may repeat it: short, escaped, never a control character."""
    return text[:40].encode("unicode_escape").decode("ascii")


def _decode(part: bytes) -> str:
    return unquote_to_bytes(part.replace(b"+", b" ")).decode("utf-8")


def split_query(raw: bytes) -> tuple[list[tuple[str, str]], list[Problem]]:
    """The fields of a raw query string as (name, value), and the problems of its shape."""
    if len(raw) > MAX_QUERY_BYTES:
        return [], [Problem("(query)", f"the query is longer than {MAX_QUERY_BYTES} bytes")]
    parts = [p for p in raw.split(b"&") if p]
    if len(parts) > MAX_FIELDS:
        return [], [Problem("(query)", f"more than {MAX_FIELDS} parameters")]
    fields, problems = [], []
    for part in parts:
        name_raw, _, value_raw = part.partition(b"=")
        try:
            name = _decode(name_raw)
        except UnicodeDecodeError:
            problems.append(Problem(name_raw[:40].decode("latin-1").encode("unicode_escape").decode("ascii"),
                                    "the parameter's name is not UTF-8"))
            continue
        try:
            fields.append((name, _decode(value_raw)))
        except UnicodeDecodeError:
            problems.append(Problem(shown(name), "the value is not UTF-8"))
    return fields, problems


def check_query(raw: bytes, checks: dict[str, Check], known: Known) -> tuple[dict, list[Problem]]:
    """The checked parameters {name: value} of an endpoint whose parameters are `checks`, or the
    problems (unknown, repeated, empty, overlong, control characters, bad values)."""
    fields, problems = split_query(raw)
    counts: dict[str, int] = {}
    for name, _ in fields:
        counts[name] = counts.get(name, 0) + 1
    out = {}
    for name, value in fields:
        problem = _shape_problem(name, value, counts[name], checks)
        if problem is None:
            try:
                out[name] = checks[name](value, known)
                continue
            except BadValue as exc:
                problem = str(exc)
        if not any(p.parameter == shown(name) for p in problems):
            problems.append(Problem(shown(name), problem))
    return out, problems


def _shape_problem(name: str, value: str, count: int, checks: dict[str, Check]) -> str | None:
    if name not in checks:
        known = ", ".join(sorted(checks)) or "none"
        return f"unknown parameter (this endpoint takes: {known})"
    if count > 1:
        return f"given {count} times; give it once"
    if value == "":
        return "empty; leave the parameter out instead"
    if len(value) > MAX_VALUE_CHARS:
        return f"longer than {MAX_VALUE_CHARS} characters"
    if _CONTROL.search(value):
        return "holds a control character"
    return None


# --- the kinds of value ------------------------------------------------------------------------
def whole(lo: int, hi: int) -> Check:
    """A whole number from lo to hi (digits only: no sign, no exponent, no spaces)."""
    def check(value: str, known: Known) -> int:
        if not _WHOLE.fullmatch(value) or not lo <= int(value) <= hi:
            raise BadValue(f"{shown(value)!r} is not a whole number from {lo} to {hi}")
        return int(value)
    return check


def year(value: str, known: Known) -> int:
    if not re.fullmatch(r"[0-9]{4}", value) or not YEAR_RANGE[0] <= int(value) <= YEAR_RANGE[1]:
        raise BadValue(f"{shown(value)!r} is not a year ({YEAR_RANGE[0]}–{YEAR_RANGE[1]})")
    return int(value)


def one_of(*words: str) -> Check:
    def check(value: str, known: Known) -> str:
        if value not in words:
            raise BadValue(f"{shown(value)!r} is not one of: {', '.join(words)}")
        return value
    return check


def indicator(value: str, known: Known) -> str:
    if value not in known.indicators:
        raise BadValue(f"{shown(value)!r} is not an indicator of the catalogue (see /api/v1/indicators)")
    return value


def indicators(value: str, known: Known) -> tuple[str, ...]:
    """One key or several, comma-separated (each once, at most MAX_KEYS)."""
    keys = value.split(",")
    if len(keys) > MAX_KEYS:
        raise BadValue(f"more than {MAX_KEYS} indicators")
    if len(set(keys)) < len(keys):
        raise BadValue("an indicator is named twice")
    return tuple(indicator(k, known) for k in keys)


def region(value: str, known: Known) -> str:
    """A place by its Chinese name, its code or its English name -> its Chinese name. An English name
    that several places share (Wei County) names none of them: the answer lists their codes."""
    name = known.places.get(value)
    if name is None and value in known.shared:
        codes = ", ".join(known.shared[value][:10])
        raise BadValue(f"{shown(value)!r} is the English name of several places; give a code ({codes}) "
                       "or the Chinese name")
    if name is None:
        raise BadValue(f"{shown(value)!r} is not a place of the database (see /api/v1/regions)")
    return name


def level(value: str, known: Known) -> str:
    if value not in known.levels:
        raise BadValue(f"{shown(value)!r} is not a level (one of: {', '.join(sorted(known.levels))})")
    return value


def place_code(value: str, known: Known) -> str:
    """The code of a place (a parent)."""
    if value not in known.codes:
        raise BadValue(f"{shown(value)!r} is not the code of a place (see /api/v1/regions)")
    return value


PAGING: dict[str, Check] = {"limit": whole(1, MAX_LIMIT), "offset": whole(0, MAX_OFFSET),
                            "format": one_of("json", "csv")}


def years_in_order(params: dict) -> list[Problem]:
    """from <= to when both are given."""
    lo, hi = params.get("from"), params.get("to")
    if lo is not None and hi is not None and lo > hi:
        return [Problem("from", f"from ({lo}) is after to ({hi})")]
    return []


def path_id(value: str) -> int | None:
    """An observation id from the path: a whole number that fits the table's integer, else None."""
    return int(value) if _WHOLE.fullmatch(value) and int(value) < 2**53 else None
