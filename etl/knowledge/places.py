"""data/regions.csv: every place name the product knows, with its level and parent."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from etl.errors import InputError
from etl.knowledge.tables import read_table, split_cell

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



def load_regions(data_dir: Path) -> Regions:
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
                           split_cell(r["aliases"]), split_cell(r["domains"]), (r["home"] or "").strip() == "1"))
    if not rows:
        raise InputError(f"{path}: no regions")
    return Regions(tuple(rows))
