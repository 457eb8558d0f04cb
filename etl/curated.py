"""Figures transcribed by hand from other public reports (data/curated/*.csv), each with its URL and quote."""

from __future__ import annotations

from pathlib import Path

from etl.catalogue import Catalogue, read_table, regions_of
from etl.errors import InputError
from etl.normalize import normalize_text
from etl.records import Mention

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


def read_curated(path: Path, cat: Catalogue, region: str | None = None) -> tuple[list[Mention], list[str]]:
    """Rows of one curated CSV as observation dicts (method 'curated'), and warnings.
    A structural problem (missing column, bad number, unknown indicator) raises InputError naming
    the file and line: curated data is typed by people and must not be half-loaded."""
    rows = read_table(path, COLUMNS)
    out, warnings = [], []
    home = region or regions_of().home.name_zh   # a row without a region column is the home district's
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
        out.append(Mention(
            region=(r.get("region") or "").strip() or home, indicator=key, year=year, period=period,
            kind=r["kind"], value=value, value_high=_num(r["value_high"], where), unit=unit,
            qualifier=r["qualifier"].strip() or None, status=status,
            basis=r["basis"].strip() or "reported", method="curated", rule="curated",
            doc_id=None, char_start=None, char_end=None,
            quote=normalize_text(r["quote"]), sentence_start=None, sentence_end=None,
            report_year=None, source_url=r["source_url"].strip(), source_title=r["source_title"].strip(),
            year_source="curated",
        ))
    return out, warnings


def curated_files(curated_dir: Path) -> list[Path]:
    return sorted(curated_dir.glob("*.csv")) if curated_dir.exists() else []
