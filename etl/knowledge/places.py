"""data/regions.csv: every place name the product knows, with its level and parent."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from etl.errors import InputError
from etl.knowledge.tables import read_rows, split_cell

REGION_COLUMNS = ["code", "name_zh", "name_en", "level", "parent", "short_zh", "aliases", "domains", "home"]
REGION_LEVELS = ("nation", "province", "city", "district")
# The most places a chain may hold, the place included: the four levels, and room for a level repeated
# (a county-level city under a city). regions.csv is refused beyond it; `Regions.chain` never walks further.
MAX_DEPTH = 8


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

    @cached_property
    def _by_name(self) -> dict[str, Region]:
        return {r.name_zh: r for r in reversed(self.rows)}   # the first row of a name wins

    @cached_property
    def _by_code(self) -> dict[str, Region]:
        return {r.code: r for r in reversed(self.rows)}

    def by_name(self, name: str | None) -> Region | None:
        return self._by_name.get(name)

    def find(self, text: str | None) -> Region | None:
        """The place a table cell names by its code (440303, SZ) or its Chinese or English name."""
        text = (text or "").strip()
        return next((r for r in self.rows if text and text in (r.code, r.name_zh, r.name_en)), None)

    def chain(self, name: str | None) -> list[Region]:
        """The place and the places above it, from the top (nation, province, city, district): at most
        MAX_DEPTH places, the nearest ones, and each once (a table that was never checked cannot make
        the walk long)."""
        out, seen = [], set()
        r = self.by_name(name)
        while r is not None and r.code not in seen and len(out) < MAX_DEPTH:
            out.append(r)
            seen.add(r.code)
            r = self._by_code.get(r.parent) if r.parent else None
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



def load_regions(data_dir: Path) -> Regions:
    """data/regions.csv, every row checked: a name and a code each once, a known level, and a parent
    that is another place of the table, with no cycle and no chain deeper than MAX_DEPTH places."""
    path = data_dir / "regions.csv"
    rows, names, codes = [], set(), set()
    for i, r in read_rows(path, REGION_COLUMNS):
        name, code = r["name_zh"].strip(), r["code"].strip()
        if not name or name in names:
            raise InputError(f"{path}: line {i}: empty or repeated name_zh {name!r}")
        if not code or code in codes:
            raise InputError(f"{path}: line {i}: empty or repeated code {code!r}")
        if r["level"] not in REGION_LEVELS:
            raise InputError(f"{path}: line {i}: level must be one of {', '.join(REGION_LEVELS)}")
        names.add(name)
        codes.add(code)
        rows.append((i, Region(code, name, (r["name_en"] or name).strip(), r["level"], r["parent"].strip() or None,
                               r["short_zh"].strip(), split_cell(r["aliases"]), split_cell(r["domains"]),
                               r["home"].strip() == "1")))
    if not rows:
        raise InputError(f"{path}: no regions")
    _check_parents(path, rows)
    return Regions(tuple(r for _, r in rows))


def _check_parents(path: Path, rows: list[tuple[int, Region]]) -> None:
    """Each parent is another place of the table; no place is its own ancestor; no chain is too deep."""
    by_code = {r.code: r for _, r in rows}
    for i, r in rows:
        if r.parent == r.code:
            raise InputError(f"{path}: line {i}: {r.code} is its own parent")
        if r.parent and r.parent not in by_code:
            raise InputError(f"{path}: line {i}: parent {r.parent[:40]!r} is not a code of regions.csv")
    above = {r.code: _ancestors(r, by_code) for _, r in rows}
    for i, r in rows:
        if r.code in above[r.code]:
            cycle = above[r.code][:above[r.code].index(r.code) + 1]
            raise InputError(f"{path}: line {i}: a cycle of parents: {' → '.join([r.code, *cycle])}")
    for i, r in rows:
        if len(above[r.code]) + 1 > MAX_DEPTH:
            raise InputError(f"{path}: line {i}: {r.code} is deeper than {MAX_DEPTH} places "
                             f"({', '.join(REGION_LEVELS)}: four levels)")


def _ancestors(r: Region, by_code: dict[str, Region]) -> list[str]:
    """The codes above a place, nearest first, at most MAX_DEPTH of them."""
    out = []
    while r.parent and len(out) < MAX_DEPTH:
        r = by_code[r.parent]
        out.append(r.code)
    return out


def with_units(regions: Regions, units, names_en: dict[str, str] | None = None) -> Regions:
    """data/regions.csv's places and the gazetteer's `units` they do not name (a unit whose name a
    place of the table already has is left out; a province hangs from the table's nation)."""
    from etl.knowledge.gazetteer import english_name, short_name

    known = {r.name_zh: r for r in regions.rows}
    nation = next((r.code for r in regions.rows if r.level == "nation"), None)
    by_code = {u.code: u for u in units}

    def parent_code(u) -> str | None:
        if u.parent is None:
            return nation
        parent = by_code.get(u.parent)
        return known[parent.name].code if parent is not None and parent.name in known else u.parent
    added = tuple(Region(u.code, u.name, english_name(u.name, names_en), u.level, parent_code(u), short_name(u.name), (), (), False)
                  for u in units if u.name not in known)
    return Regions(regions.rows + added)
