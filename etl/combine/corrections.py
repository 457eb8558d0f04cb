"""data/corrections.csv: a curator's verdicts on figures the extractor was not sure of.

One row per verdict, keyed by the figure's `mention_key` (shown on the Review page and by
`python -m etl review`): `confirm` charts it as read, `reject` drops it, `fix` charts it with the
fields given (the rest as read). Every row says why, who and when. A row that matches no figure
fails the build with its line number: a verdict on a figure that no longer exists must be looked at.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from etl.errors import InputError
from etl.knowledge.tables import finite_number, read_table
from etl.records import Mention

COLUMNS = ["action", "key", "indicator", "year", "period", "kind", "value", "value_high", "unit", "qualifier",
           "region", "reason", "who", "when"]
ACTIONS = ("confirm", "reject", "fix")
FIELDS = ["indicator", "year", "period", "kind", "value", "value_high", "unit", "qualifier", "region"]


@dataclass(frozen=True)
class Correction:
    line: int
    action: str
    key: str
    changes: dict
    reason: str
    who: str
    when: str


def _typed(field: str, text: str, where: str):
    if field == "year":
        try:
            year = int(text)
        except ValueError as exc:
            raise InputError(f"{where}: year {text!r} is not a year") from exc
        if not 1949 <= year <= 2100:
            raise InputError(f"{where}: year {year} is outside 1949-2100")
        return year
    if field in ("value", "value_high"):
        return finite_number(text, where, field)
    if field == "kind" and text not in ("target", "actual"):
        raise InputError(f"{where}: kind must be target or actual, not {text!r}")
    return text


def read_corrections(path: Path, known_indicators) -> list[Correction]:
    if not path.exists():
        return []
    rows = read_table(path, COLUMNS)
    out = []
    for line, r in enumerate(rows, start=2):
        where = f"{path.name}: line {line}"
        r = {k: (v or "").strip() for k, v in r.items() if k}
        if r["action"] not in ACTIONS:
            raise InputError(f"{where}: action must be one of {', '.join(ACTIONS)}, not {r['action']!r}")
        for needed in ("key", "reason", "who", "when"):
            if not r[needed]:
                raise InputError(f"{where}: {needed} is empty")
        changes = {f: _typed(f, r[f], where) for f in FIELDS if r[f]}
        if r["action"] == "fix" and not changes:
            raise InputError(f"{where}: a fix names no field to change")
        if r["action"] != "fix" and changes:
            raise InputError(f"{where}: only a fix changes fields ({', '.join(changes)} given with {r['action']})")
        if "indicator" in changes and changes["indicator"] not in known_indicators:
            raise InputError(f"{where}: unknown indicator {changes['indicator']!r}")
        out.append(Correction(line, r["action"], r["key"], changes, r["reason"], r["who"], r["when"]))
    return out


def apply_corrections(mentions: list[Mention], corrections: list[Correction], path_name: str) -> list[Mention]:
    """-> the mentions with every verdict applied. Raises InputError for a verdict that matches nothing."""
    by_key = {c.key: c for c in corrections}
    used = set()
    out = []
    for m in mentions:
        c = by_key.get(m.get("mention_key"))
        if c is None:
            out.append(m)
            continue
        used.add(c.key)
        if c.action == "reject":
            continue
        changes = dict(c.changes)
        if c.action == "fix" and "value" in changes and "value_high" not in changes:
            changes["value_high"] = None   # a fixed value is a point unless the fix says otherwise
        out.append(replace(m, **changes, confidence="high",
                           confidence_reason=f"{c.action}ed by {c.who} on {c.when}: {c.reason}"))
    for c in corrections:
        if c.key not in used:
            raise InputError(f"{path_name}: line {c.line}: {c.action} of {c.key!r} matches no figure")
    return out
