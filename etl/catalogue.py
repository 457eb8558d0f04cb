"""The indicator catalogue and the other rule tables in data/: read once, used everywhere.

Everything a person may need to correct (names, aliases, units, direction, hedge meanings,
non-headline terms) lives in CSV files, not in code.
"""

from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from etl.errors import InputError

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

    def measure_words(self, key: str) -> re.Pattern:
        """The words that must name a share's measure (比重, 占比 …), from indicators.csv."""
        words = [w.strip() for w in (self.indicators[key].get("measure_words") or "").split("|") if w.strip()]
        return re.compile(alternation(words))


def alternation(words) -> str:
    """A regex alternation of literal words, longest first (so 左右浮动 wins over 左右); a pattern that
    matches nothing when there are no words."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"


def read_table(path: Path, required: list[str]) -> list[dict]:
    """Rows of a UTF-8 CSV that must have the `required` columns; InputError names the file."""
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
    rows = read_table(path, INDICATOR_COLUMNS)
    known_units = {u for r in read_units(data_dir) for u in (r["unit"], r["canonical"])}
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
        if row["unit"] not in known_units:
            raise InputError(f"{path}: line {i}: unit {row['unit']!r} is not in data/units.csv")
        if (row.get("headline") or "").strip() and not row["headline"].strip().isdigit():
            raise InputError(f"{path}: line {i}: headline must be empty or the card's position (1, 2 …)")
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
    for row in read_table(data_dir / "non_headline_terms.csv", ["term", "reason"]):
        name = row["term"].strip()
        if name and name not in terms:
            terms[name] = Term(name, None)
    hedges = {r["qualifier"]: r for r in read_hedges(data_dir)}
    units = {r["unit"]: (r["dimension"], r["factor"]) for r in read_units(data_dir)}
    ordered = sorted(terms.values(), key=lambda t: -len(t.text))
    term_re = re.compile(alternation(t.text for t in ordered))
    dictionary = read_table(data_dir / "dictionary.csv", ["table", "column", "description_en", "description_zh"])
    abbreviations = {r["short"].strip(): r["full"].strip()
                     for r in read_table(data_dir / "abbreviations.csv", ["short", "full"]) if r["short"].strip()}
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

    def find(self, text: str | None) -> Region | None:
        """The place a table cell names by its code (440303, SZ) or its Chinese or English name."""
        text = (text or "").strip()
        return next((r for r in self.rows if text and text in (r.code, r.name_zh, r.name_en)), None)

    def chain(self, name: str | None) -> list[Region]:
        """The place and the places above it, from the top (nation, province, city, district)."""
        out, seen = [], set()
        r = self.by_name(name)
        while r is not None and r.code not in seen:
            out.append(r)
            seen.add(r.code)
            r = next((p for p in self.rows if p.code == r.parent), None) if r.parent else None
        return out[::-1]

    def peers(self, name: str | None) -> list[Region]:
        """The places of the same level under the same parent, the place itself included."""
        r = self.by_name(name)
        return [p for p in self.rows if r and p.level == r.level and p.parent == r.parent]

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
    for i, r in enumerate(read_table(path, REGION_COLUMNS), start=2):
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


# --- the words numbers are read with: units and hedges ----------------------------------

HEDGE_POSITIONS = ("prefix", "suffix", "none")
HEDGE_BOUNDS = ("about", "floor", "ceiling", "exact")
KIND_WORDS = ("target", "actual", "above", "below")


def _number(text: str, where: str, what: str) -> float:
    """A required, finite, non-negative number of a rule table (a factor, a tolerance)."""
    value = finite_number(text, where, what)
    if value is None or value < 0:
        raise InputError(f"{where}: {what} {text!r} is not a finite, non-negative number")
    return value


def finite_number(text: str | None, where: str, what: str = "") -> float | None:
    """A cell of a hand-made table as a finite number (None when empty); InputError names the place."""
    text = (text or "").strip()
    if not text:
        return None
    label = f"{what} {text!r}" if what else repr(text)
    try:
        value = float(text)
    except ValueError as exc:
        raise InputError(f"{where}: {label} is not a number") from exc
    if not math.isfinite(value):
        raise InputError(f"{where}: {label} is not a finite number")
    return value


@lru_cache(maxsize=4)
def plausible_ranges(data_dir: Path = DATA_DIR) -> dict[str, tuple[float | None, float | None]]:
    """unit (spelling or canonical) -> (min, max) a figure in that unit can plausibly take."""
    out = {}
    for r in read_units(data_dir):
        out[r["unit"]] = out[r["canonical"]] = (r["plausible_min"], r["plausible_max"])
    return out


def implausible(value: float | None, unit: str, data_dir: Path = DATA_DIR) -> str | None:
    """Why a value cannot be a figure in `unit` (not finite, outside data/units.csv's range), or None."""
    if value is None:
        return None
    if not math.isfinite(value):
        return f"{value!r} is not a finite number"
    lo, hi = plausible_ranges(data_dir).get(unit, (None, None))
    if (lo is not None and value < lo) or (hi is not None and value > hi):
        return f"{value:g} {unit} is outside the plausible range {lo:g}–{hi:g} of data/units.csv"
    return None


def read_units(data_dir: Path = DATA_DIR) -> list[dict]:
    """data/units.csv: every unit spelling the extractor reads, with its dimension, factor and
    canonical spelling. A bad number names the file and line."""
    path = data_dir / "units.csv"
    rows = []
    for i, r in enumerate(read_table(path, ["unit", "dimension", "factor", "canonical"]), start=2):
        where = f"{path}: line {i}"
        unit = (r["unit"] or "").strip()
        if not unit or not (r["dimension"] or "").strip():
            raise InputError(f"{where}: unit and dimension must not be empty")
        factor = _number(r["factor"], where, "factor")
        if factor == 0:
            raise InputError(f"{where}: factor must not be 0")
        lo = finite_number(r.get("plausible_min"), where, "plausible_min")
        hi = finite_number(r.get("plausible_max"), where, "plausible_max")
        if lo is not None and hi is not None and lo > hi:
            raise InputError(f"{where}: plausible_min is above plausible_max")
        rows.append({**r, "unit": unit, "factor": factor, "canonical": (r["canonical"] or unit).strip(),
                     "plausible_min": lo, "plausible_max": hi})
    return rows


TIERS = ("official", "press", "reprint", "unknown")   # best first: the order an outcome is chosen by


@dataclass(frozen=True)
class SourceTiers:
    """data/source_tiers.csv: which sites are official (government and statistics bureaus) and which
    are the press. Any other site is a reprint (mirrors, forums, aggregators); a source with no
    address is unknown."""
    by_domain: tuple[tuple[str, str], ...]

    def tier_of(self, url: str | None) -> str:
        if not url:
            return "unknown"
        try:
            host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
        except ValueError:
            return "unknown"
        if not host:
            return "unknown"
        best = None
        for domain, tier in self.by_domain:
            if (host == domain or host.endswith("." + domain)) and (best is None or len(domain) > len(best[0])):
                best = (domain, tier)
        return best[1] if best else "reprint"


@lru_cache(maxsize=4)
def source_tiers_of(data_dir: Path = DATA_DIR) -> SourceTiers:
    path = data_dir / "source_tiers.csv"
    rows = []
    for i, r in enumerate(read_table(path, ["domain", "tier"]), start=2):
        domain, tier = (r["domain"] or "").strip().lower(), (r["tier"] or "").strip()
        if not domain or tier not in TIERS[:3]:
            raise InputError(f"{path}: line {i}: a domain and a tier of {', '.join(TIERS[:3])} are needed")
        rows.append((domain, tier))
    return SourceTiers(tuple(rows))


def read_hedges(data_dir: Path = DATA_DIR) -> list[dict]:
    """data/hedges.csv: each hedge word, where it stands, what bound it makes and its tolerance."""
    path = data_dir / "hedges.csv"
    rows = []
    for i, r in enumerate(read_table(path, ["qualifier", "position", "bound", "tolerance_pp", "tolerance_rel_pct"]),
                          start=2):
        where = f"{path}: line {i}"
        if r["position"] not in HEDGE_POSITIONS:
            raise InputError(f"{where}: position must be one of {', '.join(HEDGE_POSITIONS)}")
        if r["bound"] not in HEDGE_BOUNDS:
            raise InputError(f"{where}: bound must be one of {', '.join(HEDGE_BOUNDS)}")
        if (r.get("stretch") or "").strip() not in ("", "1"):
            raise InputError(f"{where}: stretch must be 1 or empty")
        rows.append({**r, "qualifier": (r["qualifier"] or "").strip(), "stretch": (r.get("stretch") or "").strip() == "1",
                     "tolerance_pp": _number(r["tolerance_pp"] or "0", where, "tolerance_pp"),
                     "tolerance_rel_pct": _number(r["tolerance_rel_pct"] or "0", where, "tolerance_rel_pct")})
    if not any(r["bound"] == "exact" and r["qualifier"] == "" for r in rows):
        raise InputError(f"{path}: the row for no hedge (empty qualifier, bound exact) is missing")
    return rows


@dataclass(frozen=True, eq=False)
class Grammar:
    """What figures.py reads after a number, from data/units.csv and data/hedges.csv."""
    units: tuple[str, ...]          # spellings, longest first
    canonical: dict[str, str]       # spelling -> canonical spelling
    dimension: dict[str, str]       # spelling or canonical -> CNY | USD | pct | pp | ugm3 …
    prefixes: tuple[str, ...]       # hedge words before a number, longest first
    suffixes: tuple[str, ...]       # hedge words after a number, longest first
    clause_hedges: tuple[str, ...]  # hedge words that may stand anywhere before the number in its clause (力争)
    bounds: dict[str, str]          # hedge word -> about | floor | ceiling | exact
    target_words: tuple[str, ...]   # words that make a clause a target (预期, 确保 …), data/kind_words.csv
    outcome_words: tuple[str, ...]  # words that make it an outcome (完成, 同比 …)
    above_words: tuple[str, ...]    # 高于 … (目标): the outcome was above the target
    below_words: tuple[str, ...]    # 低于 … (目标)
    whole_of: dict[str, str]        # level -> the word for "the whole of it" (district: 全区), data/region_levels.csv


@lru_cache(maxsize=4)
def grammar_of(data_dir: Path = DATA_DIR) -> Grammar:
    units = read_units(data_dir)
    hedges = read_hedges(data_dir)
    by_len = lambda words: tuple(sorted({w for w in words if w}, key=len, reverse=True))  # noqa: E731
    dimension = {r["unit"]: r["dimension"] for r in units} | {r["canonical"]: r["dimension"] for r in units}
    kinds = read_table(data_dir / "kind_words.csv", ["word", "kind"])
    for i, k in enumerate(kinds, start=2):
        if k["kind"] not in KIND_WORDS or not (k["word"] or "").strip():
            raise InputError(f"{data_dir / 'kind_words.csv'}: line {i}: a word, and a kind target, actual, above or below")
    words = {kind: by_len(k["word"].strip() for k in kinds if k["kind"] == kind) for kind in KIND_WORDS}
    levels = {r["level"]: r["whole_zh"].strip() for r in read_table(data_dir / "region_levels.csv", ["level", "whole_zh"])}
    return Grammar(by_len(r["unit"] for r in units), {r["unit"]: r["canonical"] for r in units}, dimension,
                   by_len(h["qualifier"] for h in hedges if h["position"] == "prefix"),
                   by_len(h["qualifier"] for h in hedges if h["position"] == "suffix"),
                   by_len(h["qualifier"] for h in hedges if h.get("reach") == "clause"),
                   {h["qualifier"]: h["bound"] for h in hedges},
                   words["target"], words["actual"], words["above"], words["below"], levels)


def read_qualitative(data_dir: Path = DATA_DIR) -> list[dict]:
    """data/qualitative.csv: the phrases a figure may be stated in instead of a number (负增长, 基本同步)."""
    rows = read_table(data_dir / "qualitative.csv", ["phrase", "meaning", "label_en"])
    return [r for r in rows if (r["phrase"] or "").strip()]


@lru_cache(maxsize=4)
def qualitative_of(data_dir: Path = DATA_DIR) -> re.Pattern:
    return re.compile(alternation(r["phrase"].strip() for r in read_qualitative(data_dir)))


@lru_cache(maxsize=4)
def labels_of(data_dir: Path = DATA_DIR) -> dict[str, dict[str, str]]:
    """English labels of hedge words, qualitative phrases and units (zh, en), for the app and the exports."""
    hedges = {h["qualifier"]: h.get("label_en") or h["qualifier"] for h in read_hedges(data_dir) if h["qualifier"]}
    hedges |= {r["phrase"].strip(): r["label_en"] or r["phrase"].strip() for r in read_qualitative(data_dir)}
    units = {r["canonical"]: (r.get("label_zh") or r["canonical"], r.get("label_en") or r["canonical"])
             for r in read_units(data_dir)}
    return {"hedges": hedges, "units": units}
