"""The places the product knows: data/regions.csv over the gazetteer (etl/knowledge/gazetteer.py), with
their levels and parents."""

from __future__ import annotations

import hashlib
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

    def is_nation(self, name: str | None) -> bool:
        r = self.by_name(name)
        return r is not None and r.level == "nation"

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



def load_regions(data_dir: Path, gazetteer=None, names_en: dict[str, str] | None = None) -> Regions:
    """data/regions.csv, every row checked. A row of a unit the gazetteer knows holds only what the
    package lacks (its code, aliases, web domains, the home mark): its name, level, parent and short
    name come from the package, its English name from data/place_names_en.csv or pinyin; a row that
    restates them is refused. A place the package lacks (the nation, zones such as 大鹏新区) is
    written in full, its parent another place of the table or a unit of the package. Codes and names
    each once, no cycle, no chain deeper than MAX_DEPTH places."""
    path = data_dir / "regions.csv"
    rows, names, codes = [], set(), set()
    units = gazetteer.units if gazetteer is not None else {}
    for i, r in read_rows(path, REGION_COLUMNS):
        code = r["code"].strip()
        if not code or code in codes:
            raise InputError(f"{path}: line {i}: empty or repeated code {code!r}")
        region = _packaged(path, i, r, units[code], gazetteer, names_en) if code in units else _written(path, i, r)
        if region.name_zh in names:
            raise InputError(f"{path}: line {i}: repeated name_zh {region.name_zh!r}")
        names.add(region.name_zh)
        codes.add(code)
        rows.append((i, region))
    if not rows:
        raise InputError(f"{path}: no regions")
    rows += _ancestors_from(gazetteer, rows, names_en)
    _check_parents(path, rows)
    return Regions(tuple(r for _, r in rows))


_RESTATED = ("name_zh", "name_en", "level", "parent", "short_zh")


def _packaged(path: Path, i: int, r: dict, unit, gazetteer, names_en) -> Region:
    """A row of a unit the package knows: its words from the package, its extras from the row."""
    from etl.knowledge.gazetteer import short_name

    restated = [c for c in _RESTATED if r[c].strip()]
    if restated:
        raise InputError(f"{path}: line {i}: {unit.code} is {unit.name} of the gazetteer; its {', '.join(restated)} "
                         "come from the package (English names: data/place_names_en.csv): leave them empty")
    return Region(unit.code, unit.name, _english(unit, names_en), unit.level,   # a listed place keeps its name
                  unit.parent or _NATION, short_name(unit.name), split_cell(r["aliases"]), split_cell(r["domains"]),
                  r["home"].strip() == "1")


def _written(path: Path, i: int, r: dict) -> Region:
    """A place the package lacks, written in full."""
    name = r["name_zh"].strip()
    if not name:
        raise InputError(f"{path}: line {i}: {r['code'][:20]!r} is no unit of the gazetteer: its name_zh is needed")
    if r["level"] not in REGION_LEVELS:
        raise InputError(f"{path}: line {i}: level must be one of {', '.join(REGION_LEVELS)}")
    return Region(r["code"].strip(), name, (r["name_en"] or name).strip(), r["level"], r["parent"].strip() or None,
                  r["short_zh"].strip(), split_cell(r["aliases"]), split_cell(r["domains"]), r["home"].strip() == "1")


def _english(unit, names_en: dict[str, str] | None) -> str:
    """data/place_names_en.csv's name for the unit's code, else for its name, else pinyin."""
    from etl.knowledge.gazetteer import english_name

    return (names_en or {}).get(unit.code) or english_name(unit.name, names_en)


# the code of the nation's row: the package starts at the provinces
_NATION = "CN"


def _ancestors_from(gazetteer, rows: list[tuple[int, Region]], names_en) -> list[tuple[int, Region]]:
    """The gazetteer's units above the table's places that the table does not list (so every chain
    reaches the nation), each with the line of the first place that needed it."""
    from etl.knowledge.gazetteer import short_name

    have = {r.code for _, r in rows}
    out = []
    for i, r in list(rows):
        code = r.parent
        while gazetteer is not None and code in gazetteer.units and code not in have:
            u = gazetteer.units[code]
            out.append((i, Region(u.code, gazetteer.label(u), _english(u, names_en), u.level,
                                  u.parent or _NATION, short_name(u.name), (), (), False)))
            have.add(code)
            code = u.parent
    return out


def _check_parents(path: Path, rows: list[tuple[int, Region]]) -> None:
    """Each parent is another place of the table; no place is its own ancestor; no chain is too deep."""
    by_code = {r.code: r for _, r in rows}
    for i, r in rows:
        if r.parent == r.code:
            raise InputError(f"{path}: line {i}: {r.code} is its own parent")
        if r.parent and r.parent not in by_code:
            raise InputError(f"{path}: line {i}: parent {r.parent[:40]!r} is not a code of regions.csv or of the gazetteer")
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


def search_words(r: Region) -> str:
    """What a place is found by, lower case: its short name first (雁塔 finds 雁塔区 first), its label,
    its English name, and the pinyin run together (yanta, xian)."""
    english = r.name_en.lower()
    joined = "".join(ch for ch in english.split(" ")[0] if ch.isalnum())
    return " ".join(dict.fromkeys(w for w in (r.short_zh, r.name_zh, *r.aliases, english, joined, r.code.lower()) if w))


def with_units(regions: Regions, gazetteer, names_en: dict[str, str] | None = None) -> Regions:
    """data/regions.csv's places and every unit of the gazetteer they do not list (by code), each
    under its label (朝阳区's namesakes as 北京市朝阳区 and 长春市朝阳区); a province hangs from the
    table's nation."""
    from etl.knowledge.gazetteer import short_name

    nation = next((r.code for r in regions.rows if r.level == "nation"), None)
    added = tuple(Region(u.code, label, _english(u, names_en), u.level, u.parent or nation, short_name(u.name), (), (),
                         False) for u, label in _units_labelled(regions, gazetteer))
    return Regions(regions.rows + added)


def _units_labelled(regions: Regions, gazetteer):
    """(unit, its label) of every unit of the gazetteer regions.csv does not list, by code."""
    listed = {r.code for r in regions.rows}
    taken = {r.name_zh for r in regions.rows}
    for u in sorted(gazetteer.units.values(), key=lambda u: u.code):
        if u.code in listed:
            continue
        label = gazetteer.label(u)
        label = label if label not in taken else f"{label}({u.code})"
        taken.add(label)
        yield u, label


def place_names(regions: Regions, gazetteer) -> list[str]:
    """The labels of with_units's places, in its order, without what else it makes (English names)."""
    return [r.name_zh for r in regions.rows] + [label for _, label in _units_labelled(regions, gazetteer)]


BLOCKS = 2**16   # the places of with_units are blocks 1 … BLOCKS - 1; 0 is no place; other names lie above


def place_blocks(names: list[str]):
    """A place's name -> the block of figure ids it owns (etl/combine/merge.py: obs_id_of): its position
    among `names` (place_names: the same knowledge gives the same blocks); 0 for no place; a name no
    table knows gets a block above them all from a hash of it, so that it too is the same in every build."""
    if len(names) >= BLOCKS:
        raise ValueError(f"{len(names)} places: more than the {BLOCKS - 1} blocks of figure ids")
    position: dict[str, int] = {}
    for i, name in enumerate(names, start=1):
        position.setdefault(name, i)

    def block(name: str | None) -> int:
        if not name:
            return 0
        found = position.get(name)
        if found is not None:
            return found
        digest = hashlib.blake2b(name.encode("utf-8"), digest_size=8).digest()
        return BLOCKS + int.from_bytes(digest, "big") % (2**33 - BLOCKS)
    return block
