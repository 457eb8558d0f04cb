"""Pure: figures an illustrated summary sets before their names. A card's value on a line of its own and its name on
the line below, the name's line going on with more words (5.5% / 地区生产总值增长,高于全国0.3个百分点; 24.3亿元 /
一般公共预算收入,增长20.1%), or both on one line, the value first in brackets or before a bar (【780.2亿元】地区生产总值,…;
615.3亿元 ▏地区生产总值,…): each is written name first, the value right after the name's clause (地区生产总值增长5.5%,高于
全国0.3个百分点), so no value is read with the name of the card below it. A run of card lines is read value first only
when it opens on a value after a line that is neither (a heading, a blank line, a paragraph) and closes on a name: a
run that opens on a name is name first, as the product reads it elsewhere (etl/extract/label_lines.py)."""

from __future__ import annotations

import re
from functools import lru_cache

from etl.extract.label_lines import TABLE_HEAD, TABLE_REACH
from etl.extract.patterns import PART_NAME

_CLAUSE_END = re.compile(r"[,，;；。:：]")


@lru_cache(maxsize=4)
def _shapes(units: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern]:
    """A value alone on its line, with its unit (data/units.csv) or percent, its range and its hedge (5516.1亿元,
    6.5%—7%, 5.5%以内, -4.6%), after a card's mark or none (▌1218.6亿元; not a sign, a bracket or an arrow: ▼2.1% says its
    change), the value in group 1; and a value at the head of its card's line, in brackets or before a bar, the name after
    it (【7.5万元】人均地区生产总值), the value in group 1 or 2."""
    unit = "|".join(sorted(map(re.escape, units), key=len, reverse=True))
    figure = (r"-?\d+(?:\.\d+)?[ \t]*(?:[%％]|" + unit + r")(?:[-—~至]-?\d+(?:\.\d+)?[ \t]*[%％]?)?"
              r"[\u4e00-\u9fff]{0,2}")
    value = re.compile(r"[ \t]*(?:[^\w\s(（【\-−+—.,，▲▼↑↓]\ufe0f?[ \t]*){0,2}(" + figure + r")[ \t]*")
    leading = re.compile(r"[ \t]*(?:【[ \t]*(" + figure + r")[ \t]*】|(" + figure + r")[ \t]*[▏▕│｜|])[ \t]*(?=\S)")
    return value, leading


@lru_cache(maxsize=4)
def _name_clause(names: re.Pattern) -> re.Pattern:
    """A clause of nothing but an indicator's name: a few words before it (全县, 全省), a part of the year (1—11月), its
    change after it (同口径增长, 比重), and no number."""
    return re.compile(rf"[^\d\n,，;；。]{{0,6}}?(?:{PART_NAME})?[^\d\n,，;；。]{{0,4}}?(?:{names.pattern})[^\d\n,，;；。]{{0,6}}")


def _name_line(line: str, names: re.Pattern) -> int | None:
    """Where the name's clause ends in a card's name line (the line itself, or the clause before its first mark), None
    for a line that is no card's name."""
    end = _CLAUSE_END.search(line)
    cut = end.start() if end else len(line.rstrip())
    return cut if cut and _name_clause(names).fullmatch(line[:cut].strip()) else None


def _named(value: str, line: str, cut: int) -> str:
    """The card written name first: the name's clause, the value, the rest of the name's line."""
    return line[:cut].strip() + value.strip() + line[cut:].rstrip()


def values_before_names(text: str, names: re.Pattern, units: tuple[str, ...]) -> str:
    """`text` with every card whose value stands before its name written name first (`names`: Knowledge.term_re;
    `units`: the grammar's), but for lines a table's header cell (指标名称, 单位) stands close above: a table written one
    cell per line, whose cells are not cards."""
    value, leading = _shapes(units)
    lines = [_leading_value_moved(line, names, leading) for line in text.split("\n")]
    out, i, header_at = [], 0, -TABLE_REACH - 1
    while i < len(lines):
        header_at = i if TABLE_HEAD.fullmatch(lines[i]) else header_at
        run = _run(lines, i, names, value) if i - header_at > TABLE_REACH else 0
        if run:
            out += [_named(value.fullmatch(lines[k]).group(1), lines[k + 1], _name_line(lines[k + 1], names))
                    for k in range(i, i + run, 2)]
            i += run
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)


def _run(lines: list[str], i: int, names: re.Pattern, value: re.Pattern) -> int:
    """The length of a run of value-then-name lines from line `i` (0 when there is none): it opens on a value after a
    line that is neither, alternates, and closes on a name before a line that is neither."""
    if not value.fullmatch(lines[i]) or i and (value.fullmatch(lines[i - 1]) or _name_line(lines[i - 1], names) is not None):
        return 0   # (the value first: the name's test, the costly one, only on a line above a value)
    j = i
    while j + 1 < len(lines) and value.fullmatch(lines[j]) and _name_line(lines[j + 1], names) is not None:
        j += 2
    if j < len(lines) and value.fullmatch(lines[j]):
        return 0   # (a value left over: the run may be name first from its second line)
    return j - i


def _leading_value_moved(line: str, names: re.Pattern, leading: re.Pattern) -> str:
    """A line with its value first (【780.2亿元】地区生产总值,…; 9.8% ▏规模以上工业增加值增长) written name first."""
    m = leading.match(line)
    if not m:
        return line
    rest = line[m.end():]
    cut = _name_line(rest, names)
    return _named(m.group(1) or m.group(2), rest, cut) if cut is not None else line
