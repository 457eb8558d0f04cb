"""Figures transcribed by hand from other public reports (data/curated/*.csv), each with its URL and quote."""

from __future__ import annotations

import csv
from pathlib import Path

from etl.catalogue import Catalogue
from etl.normalize import InputError, normalize_text

COLUMNS = ["year", "period", "indicator", "kind", "status", "value", "value_high", "unit",
           "qualifier", "basis", "source_title", "source_url", "quote"]
UNIT_ALIASES = {"%": "pct", "percent": "pct"}


def _num(text: str, where: str) -> float | None:
    text = text.strip()
    if not text:
        return None
    try:
        return float(text)
    except ValueError as exc:
        raise InputError(f"{where}: {text!r} is not a number") from exc


def read_curated(path: Path, cat: Catalogue, region: str = "罗湖区") -> tuple[list[dict], list[str]]:
    """Rows of one curated CSV as observation dicts (method 'curated'), and warnings.
    A structural problem (missing column, bad number, unknown indicator) raises InputError naming
    the file and line: curated data is typed by people and must not be half-loaded."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                raise InputError(f"{path.name}: missing column(s) {', '.join(missing)}")
            rows = list(reader)
    except UnicodeDecodeError as exc:
        raise InputError(f"{path.name}: not UTF-8 ({exc.reason})") from exc
    out, warnings = [], []
    for line, r in enumerate(rows, start=2):
        where = f"{path.name}: line {line}"
        key = r["indicator"].strip()
        if key not in cat.indicators:
            raise InputError(f"{where}: unknown indicator {key!r} (add it to data/indicators.csv)")
        if r["kind"] not in ("target", "actual"):
            raise InputError(f"{where}: kind must be target or actual, not {r['kind']!r}")
        try:
            year = int(r["year"])
        except ValueError as exc:
            raise InputError(f"{where}: year {r['year']!r} is not a year") from exc
        if not r["source_url"].strip():
            raise InputError(f"{where}: no source_url")
        unit = UNIT_ALIASES.get(r["unit"].strip(), r["unit"].strip())
        period = r["period"].strip() or "year"
        value = _num(r["value"], where)
        status = (r["status"].strip() or None) if r["kind"] == "actual" else None
        if r["kind"] == "actual" and status not in ("preliminary", "final"):
            warnings.append(f"{where}: actual without preliminary/final status; read as preliminary")
            status = "preliminary"
        out.append({
            "region": region, "indicator": key, "year": year, "period": period, "kind": r["kind"],
            "value": value, "value_high": _num(r["value_high"], where), "unit": unit,
            "qualifier": r["qualifier"].strip() or None, "status": status,
            "basis": r["basis"].strip() or "reported", "method": "curated", "rule": "curated",
            "doc_id": None, "char_start": None, "char_end": None,
            "quote": normalize_text(r["quote"]), "sentence_start": None, "sentence_end": None,
            "report_year": None, "source_url": r["source_url"].strip(),
            "source_title": r["source_title"].strip(),
            "confidence": "high", "confidence_reason": "", "year_source": "curated", "mention_key": None,
        })
    return out, warnings


def curated_files(curated_dir: Path) -> list[Path]:
    return sorted(curated_dir.glob("*.csv")) if curated_dir.exists() else []
