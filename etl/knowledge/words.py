"""The words numbers are read with: units (data/units.csv), hedges (hedges.csv), target and outcome
words (kind_words.csv), whole-of words (region_levels.csv) and qualitative phrases (qualitative.csv)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

from etl.errors import InputError
from etl.knowledge.tables import alternation, finite_number, nonnegative_number, read_table, split_cell

HEDGE_POSITIONS = ("prefix", "suffix", "none")
HEDGE_BOUNDS = ("about", "floor", "ceiling", "exact")
KIND_WORDS = ("target", "actual", "above", "below", "announce", "assigned", "decided")


def plausible_ranges(units: list[dict]) -> dict[str, tuple[float | None, float | None]]:
    """unit (spelling or canonical) -> (min, max) a figure in that unit can plausibly take."""
    out = {}
    for r in units:
        out[r["unit"]] = out[r["canonical"]] = (r["plausible_min"], r["plausible_max"])
    return out


def implausible(value: float | None, unit: str, ranges: dict[str, tuple[float | None, float | None]]) -> str | None:
    """Why a value cannot be a figure in `unit` (not finite, outside data/units.csv's range), or None."""
    if value is None:
        return None
    if not math.isfinite(value):
        return f"{value!r} is not a finite number"
    lo, hi = ranges.get(unit, (None, None))
    if (lo is not None and value < lo) or (hi is not None and value > hi):
        return f"{value:g} {unit} is outside the plausible range {lo:g}–{hi:g} of data/units.csv"
    return None


def read_units(data_dir: Path) -> list[dict]:
    """data/units.csv: every unit spelling the extractor reads, with its dimension, factor and
    canonical spelling. A bad number names the file and line."""
    path = data_dir / "units.csv"
    rows = []
    for i, r in enumerate(read_table(path, ["unit", "dimension", "factor", "canonical"]), start=2):
        where = f"{path}: line {i}"
        unit = (r["unit"] or "").strip()
        if not unit or not (r["dimension"] or "").strip():
            raise InputError(f"{where}: unit and dimension must not be empty")
        factor = nonnegative_number(r["factor"], where, "factor")
        if factor == 0:
            raise InputError(f"{where}: factor must not be 0")
        lo = finite_number(r.get("plausible_min"), where, "plausible_min")
        hi = finite_number(r.get("plausible_max"), where, "plausible_max")
        if lo is not None and hi is not None and lo > hi:
            raise InputError(f"{where}: plausible_min is above plausible_max")
        rows.append({**r, "unit": unit, "factor": factor, "canonical": (r["canonical"] or unit).strip(),
                     "plausible_min": lo, "plausible_max": hi})
    return rows


def read_hedges(data_dir: Path) -> list[dict]:
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
                     "tolerance_pp": nonnegative_number(r["tolerance_pp"] or "0", where, "tolerance_pp"),
                     "tolerance_rel_pct": nonnegative_number(r["tolerance_rel_pct"] or "0", where, "tolerance_rel_pct")})
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
    announce_words: tuple[str, ...]  # 提出: a report or meeting announcing what its sentence's figures are to be
    whole_of: dict[str, str]        # level -> the word for "the whole of it" (district: 全区), data/region_levels.csv
    own_words: dict[str, tuple[str, ...]]   # level -> words for "this place" (district: 本区, 我区, 辖区)
    variants: tuple[tuple[str, str], ...] = ()   # (variant, standard) characters OpenCC leaves, data/char_variants.csv
    chrome: tuple[str, ...] = ()   # the words of a site's page tools (字号, 打印, 分享到), longest first, data/page_chrome.csv
    footer: tuple[str, ...] = ()   # words only a site's footer has (版权所有, ICP备), data/page_chrome.csv
    assigned_words: tuple[str, ...] = ()   # 下达: a target the level above handed down (data/kind_words.csv)
    decided_words: tuple[str, ...] = ()    # 批准, 确定: aims decided for a year, not only proposed (data/kind_words.csv)


def read_grammar(data_dir: Path, units: list[dict], hedges: list[dict], level_rows: list[dict]) -> Grammar:
    by_len = lambda words: tuple(sorted({w for w in words if w}, key=len, reverse=True))  # noqa: E731
    dimension = {r["unit"]: r["dimension"] for r in units} | {r["canonical"]: r["dimension"] for r in units}
    kinds = read_table(data_dir / "kind_words.csv", ["word", "kind"])
    for i, k in enumerate(kinds, start=2):
        if k["kind"] not in KIND_WORDS or not (k["word"] or "").strip():
            raise InputError(f"{data_dir / 'kind_words.csv'}: line {i}: a word, and a kind target, actual, above, below, announce, assigned or decided")
    words = {kind: by_len(k["word"].strip() for k in kinds if k["kind"] == kind) for kind in KIND_WORDS}
    levels = {r["level"]: r["whole_zh"].strip() for r in level_rows}
    own = {r["level"]: split_cell(r.get("own_zh")) for r in level_rows}
    return Grammar(by_len(r["unit"] for r in units), {r["unit"]: r["canonical"] for r in units}, dimension,
                   by_len(h["qualifier"] for h in hedges if h["position"] == "prefix"),
                   by_len(h["qualifier"] for h in hedges if h["position"] == "suffix"),
                   by_len(h["qualifier"] for h in hedges if h.get("reach") == "clause"),
                   {h["qualifier"]: h["bound"] for h in hedges},
                   words["target"], words["actual"], words["above"], words["below"], words["announce"], levels, own,
                   read_variants(data_dir), *read_chrome(data_dir), assigned_words=words["assigned"],
                   decided_words=words["decided"])


def read_chrome(data_dir: Path) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """data/page_chrome.csv: the words of a site's page tools (role tool), and the words only its footer has (footer)."""
    path = data_dir / "page_chrome.csv"
    rows = read_table(path, ["word", "role"])
    for i, r in enumerate(rows, start=2):
        if r["role"] not in ("tool", "footer") or not (r["word"] or "").strip():
            raise InputError(f"{path}: line {i}: a word, and its role tool or footer")
    words = {role: tuple(sorted({r["word"].strip() for r in rows if r["role"] == role}, key=len, reverse=True))
             for role in ("tool", "footer")}
    return words["tool"], words["footer"]


def read_variants(data_dir: Path) -> tuple[tuple[str, str], ...]:
    """data/char_variants.csv: single characters that OpenCC's t2s leaves as they are (陜), each with
    its standard simplified form; one character for one, so offsets in the text do not move."""
    path = data_dir / "char_variants.csv"
    rows = read_table(path, ["variant", "standard"])
    out = []
    for i, r in enumerate(rows, start=2):
        variant, standard = (r["variant"] or "").strip(), (r["standard"] or "").strip()
        if len(variant) != 1 or len(standard) != 1 or variant == standard:
            raise InputError(f"{path}: line {i}: one variant character and one different standard character")
        out.append((variant, standard))
    return tuple(out)

def read_qualitative(data_dir: Path) -> list[dict]:
    """data/qualitative.csv: the phrases a figure may be stated in instead of a number (负增长, 基本同步)."""
    rows = read_table(data_dir / "qualitative.csv", ["phrase", "meaning", "label_en"])
    return [r for r in rows if (r["phrase"] or "").strip()]



def qualitative_pattern(rows: list[dict]) -> re.Pattern:
    return re.compile(alternation(r["phrase"].strip() for r in rows))


def read_labels(units: list[dict], hedges: list[dict], qualitative: list[dict]) -> dict[str, dict[str, str]]:
    """English labels of hedge words, qualitative phrases and units (zh, en), for the app and the exports."""
    hedges = {h["qualifier"]: h.get("label_en") or h["qualifier"] for h in hedges if h["qualifier"]}
    hedges |= {r["phrase"].strip(): r["label_en"] or r["phrase"].strip() for r in qualitative}
    units = {r["canonical"]: (r.get("label_zh") or r["canonical"], r.get("label_en") or r["canonical"])
             for r in units}
    return {"hedges": hedges, "units": units}
