"""Pure: what both table layouts share (etl/extract/tables.py reads pipe tables, etl/extract/cell_tables.py the
one-cell-per-line layout): a cell, a number in a cell, a cell's unit, and the words of headers and cells that
tell a column's kind."""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUMBER_CELL = re.compile(r"^\s*(-?\d+(?:\.\d+)?)(?:\s*(?:-|~|–|—|至)\s*(-?\d+(?:\.\d+)?))?\s*(%)?\s*$")
_GROWTH_CELL = re.compile(r"^\s*(增长|下降)\s*(?=-?\d)")
# (not a column's kind in brackets: 2025年(预计), 2024年(快报))
UNIT_IN_HEADER = re.compile(r"[(\[]\s*(?!预计|预期|实际|初步|快报|草案)([^()\[\]]{1,8})\s*[)\]]")
MAX_COLUMNS = 12
UNIT_HEADERS = ("单位", "计量单位")   # the header of a column of units
_EMPTY_MARKS = r"-|—|–|…|/|\*"   # what a table puts in a cell that holds nothing
BLANK_CELL = re.compile(rf"^\s*(?:{_EMPTY_MARKS}){{0,3}}\s*$")   # an empty cell, or a mark that stands for none
# a row's label that is a year (2018年 | 20363.19 | 6): the table runs its years down, its indicators across
YEAR_LABEL = re.compile(r"^\s*((?:19|20)\d\d)\s*年?\s*$")
RATE_HEADER = re.compile(r"增长|增速|增幅|同比|比上年|%")   # a growth column: the label's unit is not its own
# a column of ranks (全省排名, 位次): its numbers are places in a league, not figures
# a column of ranks, or of progress against the year's target (完成率, 完成进度, 占年度目标%, 完成年计划%): no figure of
# the indicator
NO_FIGURE_HEADER = re.compile(r"排名|位次|排位|完成率|进度|(?:完成|占|为)\s*(?:年初|调整后?|全年|年度|年)?\s*的?(?:目标|预算|计划)")
# the column of a plan's table giving each indicator's type (预期性, 约束性)
ATTRIBUTE_HEADER = re.compile(r"^(?:属性|指标属性|指标性质|性质|类型)$")
TEXT_COLUMN = re.compile(r"^(?:单位|计量单位|属性|指标属性|指标性质|性质|类型|备注|责任(?:部门|单位)|牵头(?:部门|单位)"
                         r"|是否(?:完成|达标|达到)|完成与否|(?:进展|进度|完成)评价|达标情况)$")   # cells that are words
# the header of a column before the indicator's (类别 | 指标名称 | …): part of the header, not the title
LEAD_HEADER = re.compile(r"^(?:类别|分类|序号|编号|领域|板块|一级指标)$")
# a header over several columns (2015年目标 over 绝对值 | 增速): a year, or what the columns hold; the words under it name a
# measure only
GROUP_HEADER = re.compile(r"\d{4}年|目标|计划|预期|预计|完成|实绩|实际|执行|^(?:一季度|上半年|前三季度|全年|1[-—~]\d{1,2}月)$")
SUB_HEADER = re.compile(r"^(?:绝对值|绝对数|总量|数值|金额|增长|增速|增幅|比上年|同比)")
# a line above a table giving its cells' unit (单位:亿元, 金额单位:万元)
TABLE_UNIT = re.compile(r"^(?:金额|计量)?单位\s*[::]\s*(\S{1,8})$"
                        # … or a note that names the levels' unit (说明:绝对额单位为亿元,增速单位为%。)
                        r"|^(?:说明|注)?\s*[::]?\s*(?:绝对额|绝对值|总量|金额)(?:的)?单位(?:为|是|[::])\s*([^\s,,。;;]{0,3}元)")
# … or in brackets at the end of the line that leads to it (主要指标计划与执行对照如下(单位:%):); of two (…如下(绝对值单位:亿元,
# 增速单位:%)), the first, of the sums: the rates' % their columns say
UNIT_IN_TITLE = re.compile(r"[((]\s*(?:金额|计量|绝对值|总量)?单位\s*[::]\s*([^()()\s,,]{1,8})\s*(?:[,,][^()()]{0,12})?[))]\s*[::]?\s*$")
TYPE_CELL = re.compile(r"^[\u4e00-\u9fff]{2,3}性$")   # 预期性, 约束性: a row's cell in a type column, not a header


@dataclass(frozen=True)
class Cell:
    label: str            # the row's label (first column)
    label_start: int
    header: str           # the column's header text
    value: float
    value_high: float | None
    unit: str             # from a unit column, the header's brackets or a % in the cell; "" when none
    start: int            # offsets of the cell's text in the document
    end: int
    title: str            # the nearest line above the table (its title), "" when none
    beside: str = ""      # a growth column's: the header of the value column it belongs to
    hedge: str = ""       # a hedge word after the number in the cell (7左右), one of the caller's suffixes
    first_year: int | None = None   # in a plan's table of indicators (a 属性 column), the first year its header names
    row_words: str = ""   # the row's other short cells of words (时期 | 前三季度): what the row says of all its figures


def parse_number_cell(text: str) -> tuple[float, float | None, bool] | None:
    grows = _GROWTH_CELL.match(text)   # (增长6.5 under 年度目标: a growth, in percent; 下降2 is -2)
    if grows:
        parsed = parse_number_cell(text[grows.end():])
        if parsed is None or grows.group(1) == "增长":
            return parsed and (parsed[0], parsed[1], True)
        return (-parsed[0], None, True) if parsed[1] is None else (-parsed[1], -parsed[0], True)
    m = _NUMBER_CELL.match(text)
    if not m:
        return None
    lo = float(m.group(1))
    hi = float(m.group(2)) if m.group(2) else None
    if hi is not None and hi <= lo:
        return None
    return lo, hi, bool(m.group(3))


# a cell of a level with its growth in brackets (154(增长10.5%), 18.2(下降3%)): a plan's table gives an aim so
_LEVEL_AND_GROWTH = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*\(\s*((?:增长|下降)\s*-?\d+(?:\.\d+)?\s*%?)\s*\)\s*$")


def level_and_growth(text: str) -> tuple[float, float, int] | None:
    """A cell of a level and its growth in brackets: (the level, the growth in percent, where the growth starts)."""
    m = _LEVEL_AND_GROWTH.match(text)
    growth = parse_number_cell(m.group(2)) if m else None
    return (float(m.group(1)), growth[0], m.start(2)) if growth and growth[1] is None else None


def unit_of(header: str, unit_cell: str, percent: bool, label: str = "", section: str = "") -> str:
    """A cell's unit: a % in it, the unit column, the column header's brackets, else the row label's
    (地区生产总值(亿元)), else its section row's or table's (财政(亿元), 单位:亿元); a growth column's own %
    wins over the unit column's, the label's, the section's and the table's unit."""
    if percent or header.rstrip().endswith(("%", "%")):   # (增减%, 增长%: the column's own percent sign)
        return "%"
    m = UNIT_IN_HEADER.search(header)
    if RATE_HEADER.search(header) and unit_cell.strip():
        return _bracketed(m.group(1)) if m else "%"   # 同比增长% beside a unit column of 亿元
    if unit_cell.strip():
        return unit_cell.strip()
    if m is None and not RATE_HEADER.search(header):
        m = UNIT_IN_HEADER.search(label)
        if m is None:
            return section
    return _bracketed(m.group(1)) if m else ""


def _bracketed(unit: str) -> str:
    """A header's bracketed unit; a percentage with its words ((增速%), (增长%)) is a percentage."""
    return "%" if "%" in unit else unit.strip()




# a cell that gives its change in words (增长6.5%左右, 下降4.6%, 同比增长5%): its number, a fall's as a negative one
# (or an estimate's: 预计7.3%左右, 预计增长5%)
_WORDED_CHANGE = re.compile(r"((?:^|\|)\s*)(?=预计|预期|同比|比上年|增长|增加|提高|上升|下降|减少|降低|回落|下滑)(?:预计|预期)?"
                            r"(?:同比|比上年)?(?:(增长|增加|提高|上升)|(下降|减少|降低|回落|下滑))?(?=\s*\d+(?:\.\d+)?\s*%)")


def unworded(line: str) -> str:
    """The line with each cell's word of change before its percentage (增长6.5%, 下降4.6%) turned into spaces of its
    length, the last of them a minus for a fall, so the cell reads as its number and every offset stays where it was."""
    def blank(m: re.Match) -> str:
        words = m.end() - m.end(1)
        return m.group(1) + (" " * (words - 1) + "-" if m.group(3) else " " * words)
    return _WORDED_CHANGE.sub(blank, line) if "%" in line else line


def is_pipe_row(line: str) -> bool:
    """A row of a pipe table: `| a | b |`, or `a | b | c` without the leading bar (two bars at least)."""
    return line.lstrip().startswith("|") or line.count("|") >= 2


_A_YEAR = re.compile(r"(?<!\d)(\d{4})年")


_AIM_NAMED = re.compile(r"目标|规划")


def plan_table_start(header: list[str]) -> int | None:
    """The first year a plan's table of indicators names in its header (指标 | 2020年 | 2025年 | 年均增长 | 属性): a table
    with a column of indicator types is a plan's, and its later years' columns are what the plan aims at."""
    if not any(ATTRIBUTE_HEADER.match(h.strip()) for h in header):
        return None
    if any(_A_YEAR.search(h) and _AIM_NAMED.search(h) for h in header):
        return None   # 2020年 | 2022年 | 2025年目标 | 属性 (a review of the plan): the aims' column says so; the bare years are done
    years = [int(m.group(1)) for h in header for m in [_A_YEAR.search(h)] if m]
    return min(years) if len(years) > 1 else None


def spread_over(header: list[str], under: list[str]) -> list[str]:
    """The columns of a header whose last cells each stand over several columns (2015年目标 | 2015年实绩) with, under
    them, the same words for each in turn (绝对值 | 增速(%) | 绝对值 | 增速(%)): 2015年目标 绝对值, 2015年目标 增速(%), …;
    [] when it is not of that shape (two words or more under each, the same under each)."""
    groups = 0
    while groups < len(header) and GROUP_HEADER.search(header[-1 - groups]) and not SUB_HEADER.match(header[-1 - groups]):
        groups += 1
    if not groups or len(under) < 2 * groups or len(under) % groups or not all(SUB_HEADER.match(w) for w in under):
        return []
    width = len(under) // groups
    if any(under[k] != under[k % width] for k in range(len(under))):
        return []
    return header[:-groups] + [f"{top} {word}" for top in header[-groups:] for word in under[:width]]


def column_wise(header: list[str], sub: list[str], width: int | None) -> list[str] | None:
    """A second header row whose words stand under the columns of a first row with a cell spanning several (2023年 |
    (empty) | 2024年 over 完成 | 增长% | 预期增长%), as wide as the rows below: each column is named by the cell spanning it
    and its own word, the second row's cells set against the last columns (the first ones, 指标名称 and 单位, span both
    rows). None when the first row spans nothing or is wider than the rows."""
    if width is None or len(header) > width or len(sub) > width or len([w for w in sub if w]) < 2:
        return None
    header = header + [""] * (width - len(header))   # (2024年 | : the bar after the last name closes a spanning cell)
    if all(header[1:]):
        return _under_each(header, sub)
    sub = [""] * (width - len(sub)) + sub
    spanning, above = [], ""
    for h in header:   # an empty cell stands under the named one before it
        above = h or above
        spanning.append(above)
    return [f"{above} {w}".strip() if w else above for above, w in zip(spanning, sub, strict=True)]


def _under_each(header: list[str], sub: list[str]) -> list[str] | None:
    """A second header row with a word under each column of a first row that repeats its cells over the columns they
    span (1-3月 | 1-3月 | 1-6月 | 1-6月 over 绝对额 | 增速 | 绝对额 | 增速; its first cell, 指标, spanning both rows):
    each column named by its cell and its word. None unless a cell repeats beside itself and every column has a word."""
    repeats = any(a == b for a, b in zip(header[1:], header[2:], strict=False))
    if len(sub) != len(header) or sub[0] or not all(sub[1:]) or not repeats:
        return None
    return header[:1] + [f"{h} {w}" for h, w in zip(header[1:], sub[1:], strict=True)]


_LEAD_CELL = re.compile(r"^(?:指\s*标(?:名称)?|项\s*目(?:名称)?|(?:计量)?单位)$")


def spread_under_leads(header: list[str], under: list[str]) -> list[str]:
    """A first header row of nothing but groups (一季度 | 上半年 | 前三季度 | 全年) over a second that opens with the
    headers of the rows' names and units (指标名称 | 单位 | 绝对值 | 增长% | 绝对值 | …): those, then each group's words
    (一季度 绝对值, 一季度 增长%, …); [] when it is not of that shape."""
    leads = 0
    while leads < len(under) and _LEAD_CELL.match(under[leads]):
        leads += 1
    if not leads or not header or _LEAD_CELL.match(header[0]):
        return []
    spread = spread_over(header, under[leads:])
    return under[:leads] + spread if spread and len(spread) == len(under) - leads else []


def money_unit(units: str) -> str:
    """The first unit of a table's unit line that is not a percent (亿元 of 亿元、%); a line of a percent alone, that."""
    return next((u for u in re.split(r"[、,,/;;]", units) if u and u not in "%%"), units.strip())
