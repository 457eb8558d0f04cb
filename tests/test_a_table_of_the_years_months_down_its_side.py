"""A table of one year's months or quarters down its side (1—2月, 1—3月, 一季度 …) with an indicator over each column
(时间 | 规上工业增加值 | 固定资产投资, 单位:%): each cell is that indicator's growth for the row's part, of the title's
year. With no unit said, a column of a name measured by its level reads nothing (issue 23, class 3: tables). Made-up tables in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
HEAD = "2022年1—10月某区经济运行分析\n\n发布时间:2022-11-20\n\n"
MONTHS = ("表1 2022年某区规上工业增加值、固定资产投资分月累计增速\n单位:%\n"
          "| 时间 | 规上工业增加值 | 固定资产投资 |\n| 1—2月 | 11.3 | 12.6 |\n| 1—3月 | 10.8 | 10.1 |\n"
          "| 1—4月 | 9.6 | 8.7 |\n| 1—10月 | 8.9 | 5.3 |\n")
QUARTERS = ("表2 2022年某区分季度累计增速\n单位:%\n| 时期 | 地区生产总值 | 社会消费品零售总额 |\n"
            "| 一季度 | 4.9 | 6.2 |\n| 上半年 | 4.1 | 5.5 |\n| 前三季度 | 4.6 | 5.8 |\n")


@pytest.mark.parametrize("table, fact", [
    (MONTHS, ("industrial_va_growth", 2022, "M1-M2", "actual", 11.3)),
    (MONTHS, ("fixed_investment_growth", 2022, "Q1", "actual", 10.1)),
    (MONTHS, ("fixed_investment_growth", 2022, "M1-M10", "actual", 5.3)),
    (QUARTERS, ("gdp_growth", 2022, "H1", "actual", 4.1)),
    (QUARTERS, ("retail_sales_growth", 2022, "Q1-Q3", "actual", 5.8)),
], ids=["first-months", "quarter-by-months", "latest-months", "half", "three-quarters"])
def test_each_cell_is_its_rows_part(table, fact):
    got = figures(HEAD + table, FIELDS, meta={"region": "龙海区"})
    assert fact in got, got


def test_no_unit_said_reads_no_level_or_growth_of_a_level():
    table = "| 时间 | 地区生产总值 | 固定资产投资 |\n| 1—2月 | 11.3 | 12.6 |\n| 1—3月 | 10.8 | 10.1 |\n"
    got = figures(HEAD + table, FIELDS, meta={"region": "龙海区"})
    assert not got, got


def test_a_header_naming_no_indicator_reads_nothing():
    table = "单位:%\n| 时间 | 用电量 | 货运量 |\n| 1—2月 | 11.3 | 12.6 |\n| 1—3月 | 10.8 | 10.1 |\n"
    got = figures(HEAD + table, FIELDS, meta={"region": "龙海区"})
    assert not got, got
