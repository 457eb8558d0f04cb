"""data/corrections.csv: a curator's verdicts on figures the extractor was not sure of.

One row per verdict, keyed by the figure's `mention_key` (shown on the Review page and by
`python -m etl review`): `confirm` charts it as read, `reject` drops it, `fix` charts it with the
fields given (the rest as read). Every row says why, who and when. Every row is checked as data, and
a bad one fails the build naming corrections.csv and its line: a quote never closed, a number Python
would read but a person would not write (6_5), a period, unit, region or hedge the data files do not
know, two verdicts on one figure, and a figure a verdict would publish wrong (outside the plausible
range of data/units.csv, a high end below its value, no place). A row that matches no figure fails the
build too: a verdict on a figure that no longer exists must be looked at.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from etl.combine.curated import qualifier_words
from etl.errors import InputError
from etl.knowledge import Knowledge
from etl.knowledge.tables import PERIOD, PERIOD_WORDS, finite_number, read_rows
from etl.knowledge.words import implausible
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
    plausible: Mapping = field(default_factory=dict, repr=False, compare=False)   # unit -> (min, max), units.csv


# field -> (whether a fix's text is known to the data files, why not)
_KNOWN = {
    "kind": (lambda t, cat: t in ("target", "actual"), "kind must be target or actual, not {!r}"),
    "period": (lambda t, cat: PERIOD.fullmatch(t), "period {!r} is not " + PERIOD_WORDS),
    "indicator": (lambda t, cat: t in cat.indicators, "unknown indicator {!r}"),
    "unit": (lambda t, cat: t in cat.plausible, "unit {!r} is not in data/units.csv"),
    "qualifier": (lambda t, cat: t in qualifier_words(cat),
                  "qualifier {!r} is neither a hedge of data/hedges.csv nor a phrase of data/qualitative.csv"),
    "region": (lambda t, cat: cat.regions.find(t), "region {!r} is neither a code nor a name of data/regions.csv"),
}


def _typed(name: str, text: str, where: str, cat: Knowledge):
    """One field a fix gives, as the figure will carry it, checked against its data file."""
    if name == "year":
        try:
            year = int(text)
        except ValueError as exc:
            raise InputError(f"{where}: year {text!r} is not a year") from exc
        if not 1949 <= year <= 2100:
            raise InputError(f"{where}: year {year} is outside 1949-2100")
        return year
    if name in ("value", "value_high"):
        return finite_number(text, where, name)
    known, why = _KNOWN[name]
    if not known(text, cat):
        raise InputError(f"{where}: {why.format(text[:40])}")
    return cat.regions.find(text).name_zh if name == "region" else text


def read_corrections(path: Path, cat: Knowledge) -> list[Correction]:
    """The verdicts of `path`, each checked against the build's Knowledge (InputError names the file
    and line)."""
    if not path.exists():
        return []
    out, first = [], {}
    for line, r in read_rows(path, COLUMNS):
        c = _verdict(line, {k: (v or "").strip() for k, v in r.items()}, f"{path.name}: line {line}", cat)
        if c.key in first:
            raise InputError(f"{path.name}: line {line}: a second verdict on {c.key!r} (the first is on line "
                             f"{first[c.key]}); keep one")
        first[c.key] = line
        out.append(c)
    return out


def _verdict(line: int, r: dict, where: str, cat: Knowledge) -> Correction:
    """One row as a verdict: a known action, who, when and why, and the fields of a fix checked."""
    if r["action"] not in ACTIONS:
        raise InputError(f"{where}: action must be one of {', '.join(ACTIONS)}, not {r['action']!r}")
    for needed in ("key", "reason", "who", "when"):
        if not r[needed]:
            raise InputError(f"{where}: {needed} is empty")
    changes = {f: _typed(f, r[f], where, cat) for f in FIELDS if r[f]}
    if r["action"] == "fix" and not changes:
        raise InputError(f"{where}: a fix names no field to change")
    if r["action"] != "fix" and changes:
        raise InputError(f"{where}: only a fix changes fields ({', '.join(changes)} given with {r['action']})")
    return Correction(line, r["action"], r["key"], changes, r["reason"], r["who"], r["when"], cat.plausible)


def apply_corrections(mentions: list[Mention], corrections: list[Correction], path_name: str) -> list[Mention]:
    """-> the mentions with every verdict applied. Raises InputError for a verdict that matches nothing
    or would publish a figure wrong."""
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
        fixed = replace(m, **changes, confidence="high",
                        confidence_reason=f"{c.action}ed by {c.who} on {c.when}: {c.reason}")
        out.append(_published(fixed, c, f"{path_name}: line {c.line}: {c.action} of {c.key!r}"))
    for c in corrections:
        if c.key not in used:
            raise InputError(f"{path_name}: line {c.line}: {c.action} of {c.key!r} matches no figure")
    return out


def _published(m: Mention, c: Correction, where: str) -> Mention:
    """The figure a verdict charts, checked as a curated row is; an outcome without a status is read
    as preliminary (as a curated row is)."""
    why = implausible(m.value, m.unit, c.plausible) or implausible(m.value_high, m.unit, c.plausible)
    if why:
        raise InputError(f"{where}: {why}")
    if m.value_high is not None and m.value is None:
        raise InputError(f"{where}: value_high {m.value_high:g} without a value")
    if m.value_high is not None and m.value_high < m.value:
        raise InputError(f"{where}: value_high {m.value_high:g} is below value {m.value:g}")
    if not m.region:
        raise InputError(f"{where}: the figure's place is unknown; fix it with a region")
    if m.kind == "actual" and m.status not in ("preliminary", "final"):
        return replace(m, status="preliminary")
    return m
