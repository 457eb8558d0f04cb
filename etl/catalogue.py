"""The indicator catalogue and the other rule tables in data/: read once, used everywhere.

Everything a person may need to correct (names, aliases, units, direction, hedge meanings,
non-headline terms) lives in CSV files, not in code.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from etl.normalize import InputError

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

INDICATOR_COLUMNS = ["key", "family", "measure", "name_zh", "name_en", "unit", "direction",
                     "aliases", "former_names", "notes"]
MEASURES = {"level", "growth", "rate", "share", "change", "avg_growth_5yr",
            "cumulative_growth_5yr", "cumulative_5yr"}


@dataclass(frozen=True)
class Term:
    text: str
    family: str | None  # None: a non-headline term that blocks a figure from being read as headline


@dataclass
class Catalogue:
    indicators: dict[str, dict]
    families: dict[str, dict[str, str]]          # family -> measure -> key
    terms: list[Term]
    hedges: dict[str, dict]                       # qualifier -> row
    units: dict[str, tuple[str, float]]           # unit -> (dimension, factor)
    term_re: re.Pattern = field(repr=False, default=None)
    term_family: dict[str, str | None] = field(repr=False, default_factory=dict)
    dictionary: list[dict] = field(repr=False, default_factory=list)
    paragraph_aliases: dict[str, str] = field(repr=False, default_factory=dict)  # term -> family
    abbreviations: dict[str, str] = field(repr=False, default_factory=dict)      # 城 -> 城镇

    def key(self, family: str, measure: str) -> str | None:
        return self.families.get(family, {}).get(measure)

    def primary_measure(self, family: str) -> str:
        measures = self.families.get(family, {})
        for m in ("level", "rate", "share", "change"):
            if m in measures:
                return m
        return next(iter(measures))

    def unit_of(self, key: str) -> str:
        return self.indicators[key]["unit"]


def _read_csv(path: Path, required: list[str]) -> list[dict]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in required if c not in (reader.fieldnames or [])]
            if missing:
                raise InputError(f"{path}: missing column(s) {', '.join(missing)}")
            return [dict(row) for row in reader]
    except FileNotFoundError as exc:
        raise InputError(f"{path}: file not found") from exc
    except (UnicodeDecodeError, csv.Error) as exc:
        raise InputError(f"{path}: not a readable UTF-8 CSV ({exc})") from exc


def load_catalogue(data_dir: Path = DATA_DIR) -> Catalogue:
    path = data_dir / "indicators.csv"
    rows = _read_csv(path, INDICATOR_COLUMNS)
    indicators: dict[str, dict] = {}
    families: dict[str, dict[str, str]] = {}
    terms: dict[str, Term] = {}
    for i, row in enumerate(rows, start=2):
        key = row["key"].strip()
        if not key or key in indicators:
            raise InputError(f"{path}: line {i}: empty or repeated key {key!r}")
        if row["measure"] not in MEASURES:
            raise InputError(f"{path}: line {i}: unknown measure {row['measure']!r}")
        if row["direction"] not in ("up", "down"):
            raise InputError(f"{path}: line {i}: direction must be up or down")
        indicators[key] = row
        families.setdefault(row["family"], {})[row["measure"]] = key
        for name in (row["aliases"] + "|" + row["former_names"]).split("|"):
            name = name.strip()
            if name:
                if name in terms and terms[name].family != row["family"]:
                    raise InputError(f"{path}: line {i}: alias {name!r} names two families")
                terms[name] = Term(name, row["family"])
    paragraph_aliases: dict[str, str] = {}
    for row in rows:
        for name in (row.get("paragraph_aliases") or "").split("|"):
            if name.strip():
                paragraph_aliases[name.strip()] = row["family"]
                terms.setdefault(name.strip(), Term(name.strip(), None))
    for row in _read_csv(data_dir / "non_headline_terms.csv", ["term", "reason"]):
        name = row["term"].strip()
        if name and name not in terms:
            terms[name] = Term(name, None)
    hedges = {r["qualifier"]: r for r in _read_csv(data_dir / "hedges.csv",
                                                   ["qualifier", "position", "bound"])}
    units = {r["unit"]: (r["dimension"], float(r["factor"]))
             for r in _read_csv(data_dir / "units.csv", ["unit", "dimension", "factor"])}
    ordered = sorted(terms.values(), key=lambda t: -len(t.text))
    term_re = re.compile("|".join(re.escape(t.text) for t in ordered))
    dictionary = _read_csv(data_dir / "dictionary.csv", ["table", "column", "description_en", "description_zh"])
    abbreviations = {r["short"].strip(): r["full"].strip()
                     for r in _read_csv(data_dir / "abbreviations.csv", ["short", "full"]) if r["short"].strip()}
    return Catalogue(indicators, families, ordered, hedges, units, term_re,
                     {t.text: t.family for t in ordered}, dictionary, paragraph_aliases, abbreviations)


# --- places ------------------------------------------------------------------------------

REGION_COLUMNS = ["code", "name_zh", "name_en", "level", "parent", "short_zh", "aliases", "domains", "home"]
REGION_LEVELS = ("nation", "province", "city", "district")


@dataclass(frozen=True)
class Region:
    code: str
    name_zh: str
    name_en: str
    level: str
    parent: str | None
    short_zh: str
    aliases: tuple[str, ...]
    domains: tuple[str, ...]
    home: bool


@dataclass(frozen=True)
class Regions:
    """data/regions.csv: every place name the product knows, with its level and parent."""
    rows: tuple[Region, ...]

    def by_name(self, name: str | None) -> Region | None:
        return next((r for r in self.rows if r.name_zh == name), None)

    @property
    def home(self) -> Region:
        return next((r for r in self.rows if r.home), self.rows[0])

    def name_en(self, name_zh: str | None) -> str | None:
        r = self.by_name(name_zh)
        return r.name_en if r else name_zh


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(s.strip() for s in (cell or "").split("|") if s.strip())


def load_regions(data_dir: Path = DATA_DIR) -> Regions:
    path = data_dir / "regions.csv"
    rows, seen = [], set()
    for i, r in enumerate(_read_csv(path, REGION_COLUMNS), start=2):
        name = (r["name_zh"] or "").strip()
        if not name or name in seen:
            raise InputError(f"{path}: line {i}: empty or repeated name_zh {name!r}")
        if r["level"] not in REGION_LEVELS:
            raise InputError(f"{path}: line {i}: level must be one of {', '.join(REGION_LEVELS)}")
        seen.add(name)
        rows.append(Region(r["code"].strip(), name, (r["name_en"] or name).strip(), r["level"],
                           (r["parent"] or "").strip() or None, (r["short_zh"] or "").strip(),
                           _split(r["aliases"]), _split(r["domains"]), (r["home"] or "").strip() == "1"))
    if not rows:
        raise InputError(f"{path}: no regions")
    return Regions(tuple(rows))


@lru_cache(maxsize=4)
def regions_of(data_dir: Path = DATA_DIR) -> Regions:
    """load_regions, read once per process and folder."""
    return load_regions(data_dir)
