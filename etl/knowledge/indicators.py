"""data/indicators.csv (with non_headline_terms.csv, dictionary.csv and abbreviations.csv): every
indicator, its family and measure, its names, unit and direction."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from etl.errors import InputError
from etl.knowledge.tables import alternation, finite_number, read_table

INDICATOR_COLUMNS = ["key", "family", "measure", "name_zh", "name_en", "unit", "direction",
                     "aliases", "former_names", "notes"]
MEASURES = {"level", "growth", "rate", "share", "change", "avg_growth_5yr",
            "cumulative_growth_5yr", "cumulative_5yr"}


@dataclass(frozen=True)
class Term:
    text: str
    family: str | None  # None: a non-headline term that blocks a figure from being read as headline


@dataclass(frozen=True, eq=False)
class Indicators:
    rows: dict[str, dict]                         # key -> its row of indicators.csv
    families: dict[str, dict[str, str]]           # family -> measure -> key
    terms: list[Term]                             # every name, longest first
    term_re: re.Pattern = field(repr=False)
    term_family: dict[str, str | None] = field(repr=False)
    paragraph_aliases: dict[str, str] = field(repr=False)   # term -> family
    fallback_names: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict, repr=False)
    # term -> (family, names that block it), data/fallback_names.csv
    part_scope: re.Pattern | None = field(default=None, repr=False)   # data/part_scopes.csv: 区本级, 主城区
    part_subject: re.Pattern | None = field(default=None, repr=False)   # … 经开区 opening a clause as its subject
    part_after: re.Pattern | None = field(default=None, repr=False)   # … in brackets after a name: 收入(本级)


def read_indicators(data_dir: Path, known_units: set[str]) -> Indicators:
    path = data_dir / "indicators.csv"
    indicators, families, terms = _read_rows(path, read_table(path, INDICATOR_COLUMNS), known_units)
    paragraph_aliases: dict[str, str] = {}
    for row in indicators.values():
        for name in (row.get("paragraph_aliases") or "").split("|"):
            if name.strip():
                paragraph_aliases[name.strip()] = row["family"]
                terms.setdefault(name.strip(), Term(name.strip(), None))
    fallback = _fallback_names(data_dir / "fallback_names.csv", families)
    for row in read_table(data_dir / "non_headline_terms.csv", ["term", "reason"]):
        name = row["term"].strip()
        if name and name not in terms:
            terms[name] = Term(name, None)
    for name in fallback:
        terms.setdefault(name, Term(name, None))
    ordered = sorted(terms.values(), key=lambda t: -len(t.text))
    names = alternation(t.text for t in ordered)
    return Indicators(indicators, families, ordered, re.compile(names),
                      {t.text: t.family for t in ordered}, paragraph_aliases, fallback,
                      *_part_scope(data_dir / "part_scopes.csv", names))


# grammar: a time lead before a clause's subject (2022年,…; 上半年…; 全年…; 其中…)
_TIME_LEAD = r"(?:其中)?(?:[\d一二三四五六七八九十○〇上前后半下全今去本年月季度份—\-至]{1,12}[,,]?)?"


def _part_scope(path: Path, names: str) -> tuple[re.Pattern | None, re.Pattern | None, re.Pattern | None]:
    """data/part_scopes.csv: words that, standing right before an indicator's name, make it a part of
    the place (区本级地区生产总值, 主城区的…), and every later name of their sentence; a ranking among
    them (增速居中心城区第一) is not one. Those marked `subject` do so also as the subject opening a
    clause (天易经开区实现…; 2022年,高新区完成…): the second pattern, its name in the group `part`. The third: one in
    brackets right after a name (一般公共预算收入(本级)6.37亿元)."""
    if not path.exists():
        return None, None, None
    rows = [row for row in read_table(path, ["word", "note", "subject"]) if row["word"].strip()]
    words = [row["word"].strip() for row in rows]
    subjects = [row["word"].strip() for row in rows if row["subject"].strip() == "yes"]
    # … or, in brackets after the place's name, joined to it (平房区(哈经开区)地区生产总值: the two together, not the place)
    before = re.compile(f"(?:[((][\u4e00-\u9fff]{{0,8}}?)?(?:{alternation(words)})[))]?\\s?(?=的?(?:{names}))") if words else None
    # the words before the part are its name (天易经开区), never a verb's particle (干出了新区速度: 新区 is no subject)
    # nor a verb whose object it is (融入长江经济带, 推进高新区建设, 抢抓成渝地区双城经济圈建设机遇), nor a part named as a
    # project it is the object of (…经济圈建设机遇, …一体化发展)
    opening = re.compile(f"{_TIME_LEAD}(?P<part>(?:(?!融入|对接|推进|推动|加快|建设|服务|参与|打造|预计|实现|完成|抢抓|抓住|把握|"
                         f"用好|依托|借助|共建|联动|协同|助力|[了的是为在把将对])[\u4e00-\u9fff]){{0,8}}?"
                         f"(?:{alternation(subjects)}))(?![、和与及]|建设|战略|机遇|一体化|规划)") if subjects else None
    after = re.compile(rf"\s*[((][\u4e00-\u9fff]{{0,2}}?(?:{alternation(words)})[))]") if words else None   # (区本级)
    return before, opening, after


def _fallback_names(path: Path, families: dict) -> dict[str, tuple[str, tuple[str, ...]]]:
    """data/fallback_names.csv: a name read as a family's only in a document that never uses the
    family's own names nor a name of its `unless` column (地方财政收入 is budget revenue where neither
    一般公共预算收入 nor a total it is part of, 财政总收入, is named)."""
    if not path.exists():
        return {}
    out = {}
    for i, row in enumerate(read_table(path, ["name", "family", "unless"]), start=2):
        if row["family"] not in families or not row["name"].strip():
            raise InputError(f"{path}: line {i}: a name and a family of indicators.csv")
        unless = tuple(w.strip() for w in (row["unless"] or "").split("|") if w.strip())
        out[row["name"].strip()] = (row["family"], unless)
    return out


def _read_rows(path: Path, rows: list[dict], known_units: set[str]):
    """The checked rows by key, the families' measures, and the names each row gives its family."""
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
        row["plausible"] = _range(row, f"{path}: line {i}")
        indicators[key] = row
        families.setdefault(row["family"], {})[row["measure"]] = key
        for name in (row["aliases"] + "|" + row["former_names"]).split("|"):
            name = name.strip()
            if name:
                if name in terms and terms[name].family != row["family"]:
                    raise InputError(f"{path}: line {i}: alias {name!r} names two families")
                terms[name] = Term(name, row["family"])
    return indicators, families, terms


def _range(row: dict, where: str) -> tuple[float | None, float | None]:
    """The values a figure of the indicator, in its own unit, can plausibly take (columns plausible_min
    and plausible_max, empty for none): narrower than its unit's range of data/units.csv (a growth of
    159% is a possible percentage, not a possible GDP growth)."""
    lo = finite_number(row.get("plausible_min"), where, "plausible_min")
    hi = finite_number(row.get("plausible_max"), where, "plausible_max")
    if lo is not None and hi is not None and lo > hi:
        raise InputError(f"{where}: plausible_min is above plausible_max")
    return lo, hi
