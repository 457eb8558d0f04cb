"""Pure: the former names of counties that became county-level cities or districts (撤县设市, 撤县设区), read from
today's names in the gazetteer (part of etl/knowledge/gazetteer.py's reading)."""

from __future__ import annotations

import re

# a district's stem made only of words of where it lies in its city (城东, 城关, 新城, 郊): no county of that name was it
_GENERIC_STEM = re.compile(r"[城郊东西南北中新老关市镇区前后]+")


def former_counties(units: dict, by_name: dict, former: dict[str, str], merged: dict) -> None:
    """A county-level city whose name as a 县 no unit has was that 县 before (撤县设市: 旬阳县 is 旬阳市): a former
    name of it, unless data/renamed_units.csv says otherwise. So is a district's, when one district alone has the
    name's stem (撤县设区: 望城县 is 望城区); many districts were never a 县 (城东区), but no text names a 县 that never was."""
    for suffix in ("市", "区"):
        stems: dict[str, list] = {}
        for unit in units.values():
            if unit.level == "district" and unit.name.endswith(suffix) and len(unit.name) >= 3 \
                    and not (suffix == "区" and _GENERIC_STEM.fullmatch(unit.name[:-1])):
                stems.setdefault(unit.name[:-1] + "县", []).append(unit)
        for old, named in stems.items():
            if len(named) == 1 and old not in by_name and old not in merged:
                by_name[old] = (named[0],)
                former[old] = named[0].code
