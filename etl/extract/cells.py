"""Table cells: the row label names the indicator, the header and the title say what, when and whether planned."""

from __future__ import annotations

import functools
import re

from etl.extract.group_columns import column_family, narrower_in_title, shortened_in_title
from etl.extract.lead_part import head_part, part_of_another_year
from etl.extract.measure import declined
from etl.extract.outline import outline_start
from etl.extract.patterns import (
    ANNUAL_HEADER,
    AVG,
    BUDGET_COLUMN,
    DECLINE,
    DONE_ALONE,
    FIVE_YEAR_PLANS,
    GROWTH,
    PART_NAME,
    TABLE_ACTUAL,
    TABLE_TARGET,
    YEAR,
    part_year_of,
    plan_span,
)
from etl.extract.places import own_names, own_whole
from etl.extract.subjects import dimension_of
from etl.extract.table_words import YEAR_LABEL, Cell

_RELATIVE_OFFSET = {"上年": -1, "上一年": -1, "本年": 0, "当年": 0, "下年": 1, "下一年": 1, "去年": -1, "今年": 0, "明年": 1}
_LABEL_ASIDE = re.compile(r"[((]([^()()]{2,8})[))]")   # 地区生产总值(前三季度): what the label says in brackets
_DATED_COLUMN = re.compile(r"^\s*(去年|今年|明年)(?!同期)")
_RELATIVE_COLUMN = re.compile(r"^\s*(上一年|上年|本年|当年|下一年|下年)(?!同期)")
_NEXT_YEAR_HEADER = re.compile(r"\|\s*(?:下一?年|明年)")   # a table's column of the year after 本年 (本年预计 | 下年计划)


@functools.lru_cache(maxsize=4)
def _next_year_header(text: str) -> bool:
    return bool(_NEXT_YEAR_HEADER.search(text))   # (once per document: a str keeps its hash)
_SAME_PART_BEFORE = re.compile(r"^\s*(?:上一?年|去年)同期")   # 上年同期: the same part of the year before the table's
# a month's page (2024年9月…, not 2024年1-9月), and a column of the total so far in it (累计, 本年累计, 累计增长%) or of
# the same months of the year before (上年同期)
_MONTH_TITLE = re.compile(r"\d{4}年(1[0-2]|[2-9])月份?(?![-—~至\d])")
_SO_FAR_COLUMN = re.compile(r"^\s*(?:(?:本年|今年|本期)?(?:累计|1月至今|年初至今|年初以来)|(?:上一?年|去年)同期)")

# a column of the change in a sum (增减(亿元), 增加额, 比上年增减额), not in percent: no level, no growth
_CHANGE_COLUMN = re.compile(r"^\s*(?:比上年|同比)?(?:增减|增加|减少)(?:额|量|值)?(?![^|]*%)(?=\s*(?:[((]|额|$))")
# a column of one month (9月, 2024年9月份, 本月, 当月增长%), not of the months to it (1-9月)
_ONE_MONTH_COLUMN = re.compile(r"^\s*(?:\d{4}年)?(?:(?:1[0-2]|[1-9])月份?(?![-—~至])|本月(?!止|累计)|当月(?!止|累计)|单月)")
_ALIAS = re.compile(r"[(（]\s*[A-Za-z]{2,6}\s*[)）]")   # (GDP), (CPI): an abbreviation of the name before it


def _so_far(cell: Cell) -> bool:
    """The cell's column, or the value column its growth belongs to, is of the total so far or last year's same months."""
    return bool(_SO_FAR_COLUMN.match(cell.header) or _SO_FAR_COLUMN.match(cell.beside))


# a table's title that names a five-year plan (“十四五”时期主要指标, …规划纲要…): its first year column is the plan's base
_PLANS_TABLE = re.compile(r"十[一二三四五]五|规划|纲要")


def _aim_column(header: str) -> bool:
    """A column of aims: a plan's, a target's (计划, 目标, 预期), a budget's (预算数, not 预算执行数), or an aim set at the
    year's start or changed in its course, by that word alone (2020年年初, 2020年调整, 调整后)."""
    return bool(TABLE_TARGET.search(header) or (BUDGET_COLUMN.search(header) and not TABLE_ACTUAL.search(header))
                or _SET_OR_CHANGED.search(header))


# a header opening with a year run into its word, 年 left out (2013计划, 2012预计)
_YEAR_WORD_HEAD = re.compile(r"\s*((?:19|20)\d\d)(?=[\u4e00-\u9fff])")
# a row label ending in two figures a single space apart: cells the row's spacing failed to part from the label
_FIGURES_IN_LABEL = re.compile(r"\d\s+-?\d+(?:\.\d+)?\s*$")
# an aim's column named by when it was set or changed alone (2020年年初, 2020年调整, 调整后): the header's last words
_SET_OR_CHANGED = re.compile(r"(?:年初|调整后?)\s*$")


def _grows(header: str) -> bool:
    """A column header of growth (增长%, 增速), not one naming an indicator that holds the word (规上工业增加值)."""
    return bool(GROWTH.search(header.replace("增加值", "")))


def growth_rows(cells: list[Cell]) -> set[int]:
    """The rows (by their label's start) with a cell under a column of growth."""
    return {c.label_start for c in cells if _grows(c.header)}


def row_levels(cells: list[Cell]) -> dict[int, tuple[float, str]]:
    """Each table row's first level done (a number in a unit that is no %, under a column of no aim), by its label's
    start: what an aim column's number in the same unit is to be near."""
    out: dict[int, tuple[float, str]] = {}
    for c in cells:
        if c.unit and c.unit != "%" and not _aim_column(c.header) and not GROWTH.search(c.header):
            out.setdefault(c.label_start, (c.value, c.unit))
    return out


# a row labelled by a year and a part of it (2024年一季度, 2024年全年), as a table of periods down its side sets it
_YEAR_AND_PART = re.compile(r"^\s*((?:19|20)\d\d)\s*年\s*(?:" + PART_NAME + r"|全年)\s*$")


def _year_row(label: str) -> re.Match | None:
    """A row's label that is a year (2023年) or a year and a part of it (2024年上半年), the year in group 1."""
    return YEAR_LABEL.match(label) or _YEAR_AND_PART.match(label)


# a row labelled by a part of the year alone (1—2月, 一季度), as a table of a year's months down its side sets it
_PART_ROW = re.compile(r"^\s*(?:" + PART_NAME + r")\s*$")


# a column's year written straight before its part, no 年 between (2024一季度, 2023 1-9月)
_TITLE_REACH = 300   # the head of a table's title read for the names in it
# a row named by what it measures alone (总量(亿元), 增速(%)), in a table whose title names the one indicator
_MEASURE_ROW = re.compile(r"^\s*(?=[^\s(])(?:总量|总额|绝对值|绝对额|数值)?(?:增速|增长速度|增长|增幅|比上年增长)?\s*(?:\([^()]{1,6}\))?\s*$")
_YEAR_BEFORE_PART = re.compile(r"(?<!\d)((?:19|20)\d\d)(?=\s*(?:" + PART_NAME + r"))")


class CellsMixin:
    """The cells part of the extractor (etl/extract/classify.py's Extractor)."""

    def table_cell(self, cell: Cell) -> None:
        """One numeric cell of a table: the row label names the indicator, the unit and the headers
        say what it measures, the header or the table's title its year and whether it is planned."""
        measured = self.cell_measure(cell)
        if measured is None or _FIGURES_IN_LABEL.search(cell.label):
            return   # (社会消费品零售总额增长(%) 15 13.2 | 88.0: a row whose label swallowed its first cells: no column is sure)
        key, value, value_high, unit = measured
        kind = self.cell_kind(cell)
        stated = _year_row(cell.label) or YEAR.search(cell.header) or YEAR_LABEL.match(cell.header) or _YEAR_WORD_HEAD.match(cell.header) \
            or _YEAR_BEFORE_PART.search(cell.header) or YEAR.search(cell.beside) or YEAR.search(cell.title)
        # a column of the year's target (年度目标, 全年计划) under a title of a part-year is the whole year's
        # (地区生产总值(前三季度) | 亿元 | …: a part named in the row's own label is the row's)
        said = _LABEL_ASIDE.search(cell.label)
        # (地区生产总值 | 前三季度 | 812.4亿元: a cell of the row naming a part is the part of all its figures)
        annual = bool(ANNUAL_HEADER.search(cell.header))   # (年度目标 beside a cell of the row's part, 前三季度: the year's)
        period = (part_year_of(said.group(1), only=True) if said else None) \
            or (None if annual else part_year_of(cell.row_words, only=True)) \
            or (part_year_of(cell.label, only=True) if _year_row(cell.label) or _PART_ROW.match(cell.label) else None) \
            or part_year_of(cell.header) or part_year_of(cell.beside) or (
            None if annual else self.titled_part(cell)) or "year"
        year = int(stated.group(1)) if stated and self._plausible(int(stated.group(1))) else self.ctx.year
        if year is not None and _SAME_PART_BEFORE.match(cell.header):
            year -= 1   # 1-11月 | 同比增长(%) | 上年同期: the column beside this year's is the year before's
        # (上年计划 | 上年预计完成 | 本年计划 under a title of 2025年…主要指标(草案): 本年 is the title's year)
        titled = YEAR.search(cell.title) if stated and stated.re is YEAR and stated.string is cell.title else None
        title_year = int(titled.group(1)) if titled else None   # (去年完成 | 增长: the growth of the column it stands beside)
        relative = None if stated and not titled else self.relative_column(cell.header, title_year) or (
            self.relative_column(cell.beside, title_year) if cell.beside else None)
        year, stated = (relative, True) if relative is not None else (year, stated)
        if year is None and kind == "actual" and self.part_just_ended(period):
            year = self.date_year - bool(_SAME_PART_BEFORE.match(cell.header))   # 1-3月 in a table of a page out in May: the
            # months just past of the page's year (上年同期: of the year before)
        page_title_year = self._titles_one_year() if year is None else None   # (under a heading of no year: the title's)
        by_title = page_title_year is not None
        year = page_title_year - bool(_SAME_PART_BEFORE.match(cell.header)) if by_title else year
        averaged = self.plan_average(cell, key) or self.row_average(cell, key, kind, year)
        if averaged is not None:   # 年均增长(%) in a plan's table of 2020年 | 2025年 | 属性: the plan's average aimed at
            key, kind, year, period, stated = *averaged, True
        elif AVG.search(cell.header):
            return   # (规划年均增长 in a table of no type column: an average over years it does not say, no year's growth)
        if year is None or key is None or self.so_far_unnamed(cell, period, year):
            return
        a, b = cell.label_start, cell.end
        line_start = self.doc.text.rfind("\n", 0, a) + 1
        line_end = self.doc.text.find("\n", b)
        self.out.append(self.row(key, kind, year, period, value, value_high, unit, cell.hedge or None, "reported", "table",
                                 "text", a, b, line_start, len(self.doc.text) if line_end < 0 else line_end,
                                 year_source="clause" if stated else "title" if by_title else self.ctx.year_source,
                                 kind_source="section"))

    def cell_kind(self, cell: Cell) -> str:
        """Target or actual, by the cell's column (a bare growth column's by the value column it belongs to: 2020年预算数 |
        比上年增长%, the budget's growth), else the table's title, the column's year, the section."""
        said = (cell.beside, cell.header) if cell.beside and not DONE_ALONE.match(cell.header) else (cell.header,)
        kind = next(("target" if _aim_column(h) else "actual" for h in said if _aim_column(h) or TABLE_ACTUAL.search(h)),
                    None)
        in_header = YEAR.search(cell.header)
        if kind is not None:
            return kind
        if in_header and cell.first_year == int(in_header.group(1)) and _PLANS_TABLE.search(cell.title):
            return "actual"   # 2020年 in a table of a plan's indicators titled by the plan: its base year, done
        if TABLE_TARGET.search(cell.title) and not TABLE_ACTUAL.search(cell.title):
            return "target"
        bare = YEAR_LABEL.match(cell.header)
        if in_header and (cell.first_year and int(in_header.group(1)) == cell.first_year
                          or bare and self.date_year and int(bare.group(1)) < self.date_year):
            return "actual"   # 2020年 in a plan's table of 2020年 | 2025年 | 属性: the base year, done; any bare year gone by
        if in_header and self.aimed_at(int(in_header.group(1)), cell.first_year):
            return "target"   # 2025年 in a plan's table of 2020年 | 2025年 | 属性, or a year after the page's date
        row_year = _year_row(cell.label)
        if row_year and self.ctx.year and int(row_year.group(1)) < self.ctx.year:
            return "actual"   # a table of years gone by (2013 | 186.4 | 11.2) below a sentence of the next year's aims
        return "target" if self.ctx.section == "plan" else "actual"

    def plan_average(self, cell: Cell, key: str) -> tuple[str | None, str, int, str] | None:
        """(key, kind, year, period) of a growth under an average's column (年均增长) in a five-year plan's table of
        indicators (its first year the year before a plan's first: 2020年 | 2025年 | 年均增长 | 属性): the plan's average
        growth aimed at over its years (key None when the indicator has no such measure); None for any other cell."""
        start = cell.first_year + 1 if cell.first_year else None
        span = next((s for s in FIVE_YEAR_PLANS.values() if s[0] == start), None)
        if span is None or not AVG.search(cell.header):
            return None
        avg = self.cat.key(self.cat.indicators[key]["family"], "avg_growth_5yr")
        return avg, "target", span[1], f"{span[0]}-{span[1]}"

    def row_average(self, cell: Cell, key: str, kind: str, year: int | None) -> tuple[str | None, str, int, str] | None:
        """A row of an average growth (地区生产总值年均增长(%) | 2020年基期值 | 2025年目标值 | 2022年实现值): under the last year
        of a five-year plan, the plan's average over its years; under any other year, an average over years the table does
        not say (key None: not read). None for a row of no average."""
        if year is None or not AVG.search(cell.label) or AVG.search(cell.header):
            return None
        span = plan_span(year)
        avg = self.cat.key(self.cat.indicators[key]["family"], "avg_growth_5yr") if span else None
        return avg, kind, year, f"{span[0]}-{span[1]}" if span else "year"

    def relative_column(self, header: str, titled: int | None = None) -> int | None:
        """The year of a column named relative to the year its table's title names, else to the year a plan report
        reviews (上年实际 | 本年计划 | 本年预计 | 下年计划): the year before it, that year, the year after; None for any other
        header, or when no year is named or reviewed."""
        dated = _DATED_COLUMN.match(header)   # 去年完成 | 今年目标: of the page's own date
        if dated and self.date_year:
            return self.date_year + _RELATIVE_OFFSET[dated.group(1)]
        m = _RELATIVE_COLUMN.match(header)
        # (上年计划 | 上年预计完成 | 本年计划 in a plan report of the year it plans, no 下年 column: 本年 is that year)
        of_plan = self.doc.plans_year if self.doc.plans_year == self.date_year and not _next_year_header(self.doc.text) else None
        anchor = titled or of_plan or self.doc.reviews_year or self.ctx.year
        return anchor + _RELATIVE_OFFSET[m.group(1)] if m and anchor else None

    def _titles_one_year(self) -> int | None:
        """The one year the document's title names, not after its date (某县2019年主要预期目标完成情况): the year of a table
        whose title and header name none, under a heading of no year (一、主要预期目标完成情况)."""
        years = {int(y) for y in YEAR.findall(self.doc.title or "")}
        year = years.pop() if len(years) == 1 else None
        return year if year and self._plausible(year) and not (self.date_year and year > self.date_year) else None

    def aimed_at(self, year: int, first_year: int | None) -> bool:
        """A column's year no outcome can be of: a plan table's year after its first, one after the page's date, or in
        a report, the year it plans or later (某区2023年国民经济和社会发展计划: 2022年 | 2023年)."""
        planned = self.formal and self.doc.plans_year and year >= self.doc.plans_year
        outline = outline_start(self.doc.text.split("\n", 1)[0][:200])
        return bool(first_year and year > first_year) or bool(self.date_year and year > self.date_year) \
            or bool(planned) or bool(outline and year >= outline)

    def titled_part(self, cell: Cell) -> str | None:
        """The part of the year the table's title or the page's names, unless the row is a year's and the title names
        that part after another year (历年主要经济指标(2012—2024年及2025年1—9月): a row of 2016 is the whole year)."""
        part = part_year_of(cell.title, only=True) or self.titles_part(cell)
        row = YEAR_LABEL.match(cell.label)
        return None if part and row and part_of_another_year(int(row.group(1)), cell.title, self.page_title(), self.doc.title) \
            else part

    def page_title(self) -> str:
        """The page's first line, as its title (a site's name above it is read by the callers' own rules)."""
        return self.doc.text[:80].partition("\n")[0]

    def titles_part(self, cell: Cell) -> str | None:
        """The part of the year the document's title names (2024年1-9月沐川县主要经济指标), for a table whose own title
        and headers name no year (本期 | 上年同期 | 增减%): a page of that part's figures; in a month's page (2024年9月…),
        the months to it for a column of the total so far (累计)."""
        title = self.page_title()
        month = _MONTH_TITLE.search(cell.title) or _MONTH_TITLE.search(title)
        if month and _so_far(cell):
            # 2024年9月…: 累计 (and 上年同期 beside it) is of January to September
            return part_year_of(f"1-{month.group(1)}月")
        named = YEAR.search(cell.header + cell.beside + cell.title)   # (a site's name above its title: the title read)
        if named and _so_far(cell) and named.group(0) in title:   # (附表:2024年…主要经济指标 | 累计值 in a page titled
            return part_year_of(title)                          # 2024年1—11月经济运行情况: the months of the page's title)
        if named:
            return None
        # (上年同期 beside the months of a page whose head, not title, names them: 孝义市经济运行月报 / (2021年1—11月))
        return part_year_of(title) or part_year_of(self.doc.title or "", only=True) \
            or (head_part(self.doc) if _SAME_PART_BEFORE.match(cell.header) else None)

    def so_far_unnamed(self, cell: Cell, period: str, year: int) -> bool:
        """A column of the total so far (本年累计, 累计增长%, and 上年同期 beside it) read as the whole year's, of the year
        of a page dated before its December: the months it covers are named nowhere, so it is not read."""
        page_year = year + 1 if _SAME_PART_BEFORE.match(cell.header) else year   # (上年同期: the year before the page's)
        return _so_far(cell) and period == "year" and page_year == self.date_year and bool(self.date_month) \
            and self.date_month < 12

    def elsewhere(self, title: str) -> bool:
        """A table's title names the nation (全国历年GDP: data/region_levels.csv) or a place of the gazetteer other
        than the document's (江西省历年…)."""
        names = self.cat.gazetteer.mentions(title) if title else {}
        nation = [self.grammar.whole_of.get("nation", ""), *self.grammar.own_words.get("nation", ())]
        return any(w and w in title for w in nation) or (bool(names) and self.doc.region not in names)

    def column_elsewhere(self, header: str) -> bool:
        """A column headed by another level's whole (全省, 全市 in a district's table) or by a place of the gazetteer
        other than the document's (陕西省 | 西安市 | 雁塔区): its cells are that place's."""
        if not header:
            return False
        if self.other_place.whole_in(header):
            return True
        names = self.cat.gazetteer.mentions(header)
        return bool(names) and self.doc.region not in names and not self.own_row(header)

    def far_below_the_row(self, cell: Cell) -> bool:
        """An aim column's number in its row's unit that is less than a fifth of the level done in the same row and unit
        (the same period's a year before, 上年同期: less than half): no level a year is aimed at (a level aimed at, or last
        year's, is near the level done), but the growth the row's unit hides."""
        done = self.row_levels.get(cell.label_start)
        before = bool(_SAME_PART_BEFORE.match(cell.header))   # (last year's level is never below half this year's)
        return bool(done) and (_aim_column(cell.header) or before) and cell.unit == done[1] and cell.value < done[0] / (2 if before else 5)

    def level_beside_growth(self, cell: Cell) -> bool:
        """A cell under a column that names no growth and no aim (全年完成, 累计), with a % only from its row's unit
        column, in a row that has a cell under a growth column: the row's growth is that cell's, not this one (but a
        column of the same period last year holds last year's growth: 规模以上工业增加值 | % | — | 7.1 | 8.6)."""
        return cell.label_start in self.growth_rows and not _grows(cell.header) and "%" not in cell.header \
            and not _aim_column(cell.header) and not _grows(cell.label) and not _grows(cell.beside) \
            and not _SAME_PART_BEFORE.match(cell.header)   # (地区生产总值增长 | % | 3.9)

    def own_row(self, label: str) -> bool:
        """A row labelled by the document's own place, by any name it goes by (江西省, 江西: places.own_names), or by its
        whole (全市 over a city's districts)."""
        region = self.doc.region
        return bool(region) and label.strip() in (*own_names(self.cat, region), own_whole(region))

    def _family_named(self, named: str, sole: bool = False) -> str | None:
        """The family of the first indicator name in `named`, not one after 占/比 (研发经费支出占地区生产总值比重 is not
        GDP's: what the row is a share of); with `sole`, only when `named` names no other family (a title listing
        地区生产总值、一般公共预算收入… names none of its columns)."""
        named = _ALIAS.sub("", named)   # 占地区生产总值(GDP)比重: the bracketed abbreviation is the name before it again
        found = [self.cat.term_family[m.group()] for m in self.cat.term_re.finditer(named)
                 if self.cat.term_family.get(m.group()) and not self.words.comparator_before.search(named[:m.start()])]
        return None if not found or (sole and len(set(found)) > 1) else found[0]

    def cell_family(self, cell: Cell) -> str | None:
        """The family a cell measures: its row's label names it, or, in a row of a year, a part or the place itself,
        its column's header, else the table's title (its one indicator, or the one a short header names)."""
        across = _year_row(cell.label) or _PART_ROW.match(cell.label) or self.own_row(cell.label)
        title = cell.title[:_TITLE_REACH]   # (a run-together text's "title" may be its whole first line: its head is read)
        away = self.elsewhere(cell.title)   # (the title of another place's table names none of ours)
        titled = bool(title) and not away
        named = (cell.header + " " + cell.beside) if across and not away else cell.label
        family = self._family_named(named)
        if family and across and titled:
            family = narrower_in_title(self.cat, title, named, family)   # (图2 …城镇常住居民人均可支配收入 / 人均可支配收入(元))
        if family is None and _MEASURE_ROW.match(cell.label) and titled:
            family = self._family_named(title, sole=True)   # (图1 …地区生产总值及增长速度 / 总量(亿元) | 681.4 | …)
        if family is None and across and titled:
            family = self._family_named(title, sole=True) \
                or shortened_in_title(self.cat, cell.header, title)   # (表1 …地区生产总值增长目标与完成情况 / 年份 | …)
            # … narrowed by a column naming whose (城镇居民 | 增速 under 城乡居民人均可支配收入)
            family = family and column_family(self.cat, title, family, (cell.header, cell.beside))
        return family

    def cell_measure(self, cell: Cell):
        """-> (indicator key, value, value_high, unit) of a cell, or None when its label names no
        indicator or the cell does not measure one."""
        # a row labelled by a year (2018年 | 20363.19 | 6): the column's header, or the one it is the growth of, names it
        # … or by the document's own place among others (江西省 | 32200.10 | 32074.70 under 2023年GDP | 2022年GDP)
        if self.column_elsewhere(cell.header) or self.column_elsewhere(cell.beside):
            return None   # 指标 | 全省 | 全市 | 雁塔区: the province's and the city's columns beside the district's own
            # (全市 | 增长%: the growth column is the city's too)
        if _ONE_MONTH_COLUMN.match(cell.header) or _ONE_MONTH_COLUMN.match(cell.beside) or _CHANGE_COLUMN.match(cell.header):
            return None   # 9月 | 1-9月 | 累计增长%: one month's figures (and their growth) are no headline's; 增减(亿元): a change
        family = self.cell_family(cell)
        if family is None:
            return None
        measures = self.cat.families[family]
        words = cell.label + " " + cell.header
        unit = self.grammar.canonical.get(cell.unit, cell.unit) or ("%" if GROWTH.search(cell.header) else "")
        dim = dimension_of(unit, self.grammar)
        value, value_high = cell.value, cell.value_high
        if dim == "pct":
            if "rate" in measures:
                key = measures["rate"]
            elif "share" in measures and self.cat.measure_words(measures["share"]).search(words):
                key = measures["share"]
            elif "growth" in measures and (GROWTH.search(words) or "%" in cell.header or cell.unit == "%"):
                # a % in a level's row is its growth (年度目标 | 6%): a share or a rate says so above; not a level
                # column's number in a row whose growth stands under a growth column (% | 7.5 | 98.7 | 6.5: the unit is
                # the aim's, 98.7 the level done)
                if self.level_beside_growth(cell):
                    return None
                key = measures["growth"]
                if DECLINE.search(words) and value > 0:
                    value, value_high = declined(value, value_high)
            else:
                return None
            return key, value, value_high, "pct"
        if dim in ("CNY", "USD", "ugm3") and self.far_below_the_row(cell):
            # 地区生产总值(亿元) | 1218.6 | 5.8 | 6 under 年度目标: an aim of 6亿元 beside 1218.6 done is the growth aimed at
            grows = "growth" in measures and value <= 30 and cell.label_start in self.growth_rows   # (a row that says growth)
            return (measures["growth"], value, value_high, "pct") if grows else None
        if dim in ("CNY", "USD", "ugm3") and measures.get("level"):
            key = measures["level"]
            converted = self.convert(key, unit, value, value_high)
            return None if converted is None else (key, *converted)
        return None
