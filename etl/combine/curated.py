"""Figures transcribed by hand from other public reports (data/curated/*.csv), each with its URL and quote."""

from __future__ import annotations

from pathlib import Path

from etl.errors import InputError
from etl.extract.normalize import normalize_text
from etl.knowledge import Knowledge
from etl.knowledge.tables import PERIOD, PERIOD_WORDS, finite_number, read_rows
from etl.records import Mention

COLUMNS = ["year", "period", "indicator", "kind", "status", "value", "value_high", "unit",
           "qualifier", "basis", "source_title", "source_url", "quote"]
UNIT_ALIASES = {"%": "pct", "percent": "pct"}


YEARS = (1990, 2100)


def _num(text: str, where: str) -> float | None:
    return finite_number(text, where)


def _spellings(value: float, cell: str) -> set[str]:
    """The ways a number may be written in its quote: as typed, without trailing zeros, to one or two
    decimals, without its sign (a decline of 7.5% is quoted as 下降7.5%)."""
    a = abs(value)
    spelled = {cell.strip().lstrip("+-"), f"{a:g}", f"{a:.1f}", f"{a:.2f}"}
    return spelled | {f"{a:.0f}"} if a == int(a) else spelled   # 3000000, which :g writes 3e+06


def quote_states(quote: str, value: float | None, cell: str) -> bool:
    """Whether the quote contains the number it stands for (no number: nothing to find)."""
    return value is None or any(s and s in quote for s in _spellings(value, cell))


def read_curated(path: Path, cat: Knowledge, region: str | None = None) -> tuple[list[Mention], list[str]]:
    """Rows of one curated CSV as observation dicts (method 'curated'), and warnings.
    A structural problem (a quote never closed, a row of the wrong length, missing column, bad number,
    unknown indicator) raises InputError naming the file and line: curated data is typed by people and
    must not be half-loaded."""
    out, warnings = [], []
    home = region or cat.regions.home.name_zh   # a row without a region column is the home district's
    for line, r in read_rows(path, COLUMNS):
        mention = _curated_row(r, f"{path.name}: line {line}", cat, home, warnings)
        if mention is not None:
            out.append(mention)
    return out, warnings


def _curated_row(r: dict, where: str, cat: Knowledge, home: str, warnings: list[str]) -> Mention | None:
    """One row checked into a Mention; None (with a warning) when its quote does not hold it."""
    key, year, unit, period = _what_and_when(r, where, cat)
    value, value_high, qualifier = _values(r, where, cat, unit)
    place = home
    if (r.get("region") or "").strip():
        found = cat.regions.find(r["region"])
        if found is None:
            raise InputError(f"{where}: region {r['region'][:40]!r} is neither a code nor a name of data/regions.csv")
        place = found.name_zh
    quote = normalize_text(r["quote"], cat.grammar.units, cat.grammar.variants)
    if not quote.strip():
        warnings.append(f"{where}: no quote; row not loaded")
        return None
    missing = [c for v, c in ((value, r["value"]), (value_high, r["value_high"])) if not quote_states(quote, v, c)]
    if missing:   # a figure must stand in its sentence: a typo in either is not loaded
        warnings.append(f"{where}: the quote does not contain {', '.join(c.strip() for c in missing)}; row not loaded")
        return None
    status = (r["status"].strip() or None) if r["kind"] == "actual" else None
    if r["kind"] == "actual" and status not in ("preliminary", "final"):
        warnings.append(f"{where}: actual without preliminary/final status; read as preliminary")
        status = "preliminary"
    return Mention(
        region=place, indicator=key, year=year, period=period,
        kind=r["kind"], value=value, value_high=value_high, unit=unit,
        qualifier=qualifier or None, status=status,
        basis=r["basis"].strip() or "reported", method="curated", rule="curated",
        doc_id=None, char_start=None, char_end=None,
        quote=quote, sentence_start=None, sentence_end=None,
        report_year=None, source_url=r["source_url"].strip(), source_title=r["source_title"].strip(),
        year_source="curated",
    )


def _what_and_when(r: dict, where: str, cat: Knowledge) -> tuple[str, int, str, str]:
    """The row's indicator, year, unit and period, each checked against its vocabulary."""
    key = r["indicator"].strip()
    if key not in cat.indicators:
        raise InputError(f"{where}: unknown indicator {key!r} (add it to data/indicators.csv)")
    if r["kind"] not in ("target", "actual"):
        raise InputError(f"{where}: kind must be target or actual, not {r['kind']!r}")
    try:
        year = int(r["year"])
    except ValueError as exc:
        raise InputError(f"{where}: year {r['year']!r} is not a year") from exc
    if not YEARS[0] <= year <= YEARS[1]:
        raise InputError(f"{where}: year {year} is outside {YEARS[0]}-{YEARS[1]}")
    if not r["source_url"].strip():
        raise InputError(f"{where}: no source_url")
    unit = UNIT_ALIASES.get(r["unit"].strip(), r["unit"].strip())
    if unit not in cat.plausible:
        raise InputError(f"{where}: unit {unit!r} is not in data/units.csv")
    period = r["period"].strip() or "year"
    if not PERIOD.fullmatch(period):
        raise InputError(f"{where}: period {period!r} is not {PERIOD_WORDS}")
    return key, year, unit, period


def _values(r: dict, where: str, cat: Knowledge, unit: str) -> tuple[float | None, float | None, str]:
    """The row's value, its high end and its hedge or phrase, checked."""
    value, value_high = _num(r["value"], where), _num(r["value_high"], where)
    for v in (value, value_high):
        why = cat.implausible(v, unit)
        if why:
            raise InputError(f"{where}: {why}")
    if value_high is not None and (value is None or value_high < value):
        raise InputError(f"{where}: value_high {value_high:g} is below value (or value is empty)")
    qualifier = r["qualifier"].strip()
    if qualifier and qualifier not in qualifier_words(cat):
        raise InputError(f"{where}: qualifier {qualifier!r} is neither a hedge of data/hedges.csv nor a phrase "
                         "of data/qualitative.csv")
    if value is None and not qualifier:
        raise InputError(f"{where}: no value and no qualitative phrase")
    return value, value_high, qualifier


def qualifier_words(cat: Knowledge) -> set[str]:
    """The words a figure's qualifier may be: a hedge of data/hedges.csv or a phrase of data/qualitative.csv."""
    return set(cat.hedges) | {q["phrase"].strip() for q in cat.qualitative_rows}


def curated_files(curated_dir: Path) -> list[Path]:
    return sorted(curated_dir.glob("*.csv")) if curated_dir.exists() else []
