"""data/document_types.csv: the kinds of document, their labels, and which are reports (expected to
hold headline figures and a year) or have review and plan sections."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from etl.errors import InputError
from etl.knowledge.tables import read_table


@dataclass(frozen=True)
class DocumentTypes:
    labels: dict[str, tuple[str, str]]     # type -> (zh, en)
    reports: frozenset[str]                # work and plan reports
    sectioned: frozenset[str]              # documents whose sections say review or plan
    epochs: tuple[tuple[str, str, int], ...] = ()   # (phrase, anniversary or event, year): data/epoch_years.csv
    meetings: dict[tuple[str, int], tuple[int, int]] = field(default_factory=dict)   # data/party_meetings.csv


def read_document_types(data_dir: Path) -> DocumentTypes:
    path = data_dir / "document_types.csv"
    rows = read_table(path, ["type", "label_zh", "label_en", "report", "sections"])
    for i, r in enumerate(rows, start=2):
        if not (r["type"] or "").strip() or r["report"] not in ("0", "1") or r["sections"] not in ("0", "1"):
            raise InputError(f"{path}: line {i}: a type, and report and sections of 0 or 1")
    return DocumentTypes({r["type"]: (r["label_zh"], r["label_en"]) for r in rows},
                         frozenset(r["type"] for r in rows if r["report"] == "1"),
                         frozenset(r["type"] for r in rows if r["sections"] == "1"),
                         read_epochs(data_dir / "epoch_years.csv"), read_meetings(data_dir / "party_meetings.csv"))


def read_meetings(path: Path) -> dict[tuple[str, int], tuple[int, int]]:
    """data/party_meetings.csv: (congress, plenum) -> (year, month) of the Party meetings texts cite as their guide
    (plenum 0: the congress itself); InputError names a bad line."""
    if not path.exists():
        return {}
    out = {}
    for i, r in enumerate(read_table(path, ["congress", "plenum", "year", "month"]), start=2):
        congress, plenum, year, month = ((r[k] or "").strip() for k in ("congress", "plenum", "year", "month"))
        if not (congress and plenum.isdigit() and year.isdigit() and 1990 <= int(year) <= 2100
                and month.isdigit() and 1 <= int(month) <= 12):
            raise InputError(f"{path}: line {i}: a congress, a plenum number, a year 1990–2100 and a month 1–12")
        out[(congress, int(plenum))] = (int(year), int(month))
    return out


def read_epochs(path: Path) -> tuple[tuple[str, str, int], ...]:
    """data/epoch_years.csv: what makes "今年是…" a year (an anniversary of a founding year, an event of a
    known year), longest phrase first; InputError names a bad line."""
    if not path.exists():
        return ()
    out = []
    for i, r in enumerate(read_table(path, ["phrase", "kind", "year"]), start=2):
        phrase, year = (r["phrase"] or "").strip(), (r["year"] or "").strip()
        if not phrase or r["kind"] not in ("anniversary", "event") or not (year.isdigit() and 1900 <= int(year) <= 2100):
            raise InputError(f"{path}: line {i}: a phrase, a kind (anniversary or event) and a year 1900–2100")
        out.append((phrase, r["kind"], int(year)))
    return tuple(sorted(out, key=lambda e: -len(e[0])))
