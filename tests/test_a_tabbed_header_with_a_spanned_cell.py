"""A table pasted from a sheet or a Word document, its cells set apart by tabs, whose header spans cells (2023年, an
empty cell, 2024年; under them 完成, 增长%, 预期增长%): each tab closes one cell, so the spanned cell keeps its place and
both header rows name each column. Where a tabbed header row is narrower than the rows and nothing tells which columns
it spans, the table is left unread rather than read under the wrong years. Before, runs of tabs were one gap, the
header slid left, and 2023's growth was charted as 2024's aim (issue 23, class 3). Made-up tables in this file's own
wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
PLAN = "漳浦县2023年国民经济和社会发展计划执行情况与2024年计划草案\n附表:主要经济指标\n{t}\n"
ROWS = "地区生产总值\t亿元\t358.2\t5.3\t6左右\n规模以上工业增加值\t亿元\t—\t6.8\t7\n一般公共预算收入\t亿元\t15.3\t4.1\t5"
SPANNED = "指标名称\t单位\t2023年\t\t2024年\n\t\t完成\t增长%\t预期增长%\n" + ROWS
NARROW = "指标名称\t单位\t2023年\t2024年\n完成\t增长%\t预期增长%\n" + ROWS


def charted(table: str) -> set[tuple]:
    return figures(PLAN.format(t=table), FIELDS, meta={"region": "漳浦县"}, charted=True)


@pytest.mark.parametrize("want", [
    ("gdp_growth", 2023, "actual", 5.3),
    ("gdp_growth", 2024, "target", 6.0),
    ("industrial_va_growth", 2023, "actual", 6.8),
    ("fiscal_revenue_growth", 2023, "actual", 4.1),
    ("fiscal_revenue_growth", 2024, "target", 5.0),
])
def test_the_spanned_cell_keeps_its_place(want):
    assert want in charted(SPANNED)


@pytest.mark.parametrize("table", [SPANNED, NARROW])
def test_no_growth_of_2023_under_2024(table):
    assert not any(y == 2024 and v in (5.3, 6.8, 4.1) for i, y, k, v in charted(table))
