"""Pure: the values a bulletin gives under a chart's caption (图1 2019—2023年地区生产总值及其增长速度), written as sentences
that name what they measure. The chart's data stand below the caption, year by year, without the indicator's name
(2019年:492.40亿元,增长4.6% / (2019年492.40亿元,增长4.6%;2020年…) / 2017年 171.20 6.8 under 单位:亿元,% / a row of
years over a row of levels and a row of growths): each year becomes 2019年,地区生产总值492.40亿元,增长4.6%。 so the
figures of the earlier years are read as the years' own, not lost. A caption whose name is no indicator's, or data that
fit none of these shapes, are left as they are. Linear in the text."""

from __future__ import annotations

import re

_CAPTION = re.compile(r"^\s*图\s*\d{1,2}\s*(\d{4})\s*[—–\-~至到]+\s*(\d{4})\s*年\s*(\S{2,24}?)(?:及其?|和)(?:增长速度|增速|增长率)\s*$")
NUMBER = r"-?\d+(?:\.\d+)?"
_YEAR_THEN_FIGURE = re.compile(r"(\d{4})年\s*[::]?\s*(?=-?\d)")
_BARE_PAIR = re.compile(rf"^\s*(\d{{4}})年\s+({NUMBER})\s+({NUMBER})\s*[;;。]?\s*$")
_UNIT_LINE = re.compile(r"^\s*(?:单位)\s*[::]\s*([亿万]元)\s*[,,、]\s*%\s*$")
_YEARS_ROW = re.compile(r"^\s*年份\s+((?:\d{4}\s*年?\s*){2,12})$")
_ROW = re.compile(rf"^\s*([^\d\s]{{1,12}}?)\s*[((]([亿万]元|%)[))]\s*((?:{NUMBER}\s*){{2,12}})$")
_MOST_LINES = 14


def chart_values_named(text: str, names: re.Pattern) -> str:
    """`text` with each chart's year-by-year data below its caption written as sentences naming the caption's indicator
    (`names`: Knowledge.term_re)."""
    if "图" not in text:
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        m = _CAPTION.match(line)
        if not m or not names.search(m.group(3)):
            continue
        lo, hi, name = int(m.group(1)), int(m.group(2)), m.group(3)
        end = block_end(lines, i + 1)
        lines[i + 1:end] = _named(lines[i + 1:end], name, lo, hi)
    return "\n".join(lines)


def block_end(lines: list[str], start: int) -> int:
    """Where the data below a caption end: the first blank line after a line of data, within reach."""
    j = start
    while j < len(lines) and j - start < _MOST_LINES and not lines[j].strip():
        j += 1   # (the blank line a caption is set apart by)
    while j < len(lines) and j - start < _MOST_LINES and lines[j].strip():
        j += 1
    return j


def _named(block: list[str], name: str, lo: int, hi: int) -> list[str]:
    """The block's lines with each year's data written as a sentence naming `name`; lines of no shape kept."""
    unit, out, years = None, [], None
    for line in block:
        if (u := _UNIT_LINE.match(line)) is not None:
            unit = u.group(1)
            continue
        if (row := _YEARS_ROW.match(line)) is not None:
            years = [int(y) for y in re.findall(r"\d{4}", row.group(1))]
            out.append(line)
            continue
        pair = _BARE_PAIR.match(line)
        if pair and unit and lo <= int(pair.group(1)) <= hi:
            out.append(f"{pair.group(1)}年,{name}{pair.group(2)}{unit},{_growth(pair.group(3))}。")
        elif _YEAR_THEN_FIGURE.search(line):
            out.append(_YEAR_THEN_FIGURE.sub(lambda y: f"{y.group(1)}年,{name}" if lo <= int(y.group(1)) <= hi else y.group(), line))
        else:
            out.append(line)
    return _rows_by_year(out, name, years) if years else out


def _growth(value: str) -> str:
    return f"下降{value[1:]}%" if value.startswith("-") else f"增长{value}%"


def _rows_by_year(lines: list[str], name: str, years: list[int]) -> list[str]:
    """A row of years over a row of levels (总量(亿元) …) and a row of growths (增速(%) …): one sentence a year."""
    levels = growths = None
    for line in lines:
        row = _ROW.match(line)
        values = row.group(3).split() if row else []
        if row and len(values) == len(years):
            if row.group(2) == "%":
                growths = values
            else:
                levels = [v + row.group(2) for v in values]
    if levels is None:
        return lines
    return [f"{y}年,{name}{lv}" + (f",{_growth(growths[k])}" if growths else "") + "。" for k, (y, lv) in enumerate(zip(years, levels, strict=True))]
