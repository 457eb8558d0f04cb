"""A table whose rows each name the part of the year their outcome covers (a 时段 cell: 前三季度, 1—10月; bars or commas between the cells) beside a column
of the year's aims (年度目标, 全年目标, 年初目标): the aim is the whole year's, the outcome the row's part. A column of a
part's own aim (一季度目标) keeps that part (issue 23, class 3: tables). Made-up tables in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
HEAD = "某市统计局  2019-11-20\n\n2019年1—10月全市主要指标完成情况\n\n"


def _read(table: str) -> set[tuple]:
    return figures(HEAD + table, FIELDS, meta={"region": "黄山市"})


LAST = ("| 指标 | 年度目标(%) | 完成(%) | 时段 |\n| 地区生产总值增长 | 7.5 | 7.1 | 前三季度 |\n"
        "| 规模以上工业增加值增长 | 8 | 8.6 | 1—10月 |\n| 社会消费品零售总额增长 | 9 | 8.4 | 1—10月 |\n")
WHOLE = ("指标,全年目标(%),完成(%),时段\n地区生产总值增长,7,6.8,前三季度\n"
         "固定资产投资增长,10,11.2,1—10月\n一般公共预算收入增长,6,7.3,1—10月\n")
OPENING = ("| 指标 | 时段 | 年初目标(%) | 完成(%) |\n| 地区生产总值增长 | 前三季度 | 6.5 | 6.2 |\n"
           "| 社会消费品零售总额增长 | 1—10月 | 8.5 | 9.1 |\n| 规模以上工业增加值增长 | 1—10月 | 7 | 7.4 |\n")


@pytest.mark.parametrize("table, fact", [
    (LAST, ("gdp_growth", 2019, "year", "target", 7.5)),
    (LAST, ("industrial_va_growth", 2019, "year", "target", 8.0)),
    (WHOLE, ("gdp_growth", 2019, "year", "target", 7.0)),
    (WHOLE, ("fixed_investment_growth", 2019, "year", "target", 10.0)),
    (OPENING, ("retail_sales_growth", 2019, "year", "target", 8.5)),
], ids=["period-last", "period-last-months", "whole-year", "whole-year-months", "opening-aim"])
def test_the_years_aim_is_the_whole_years(table, fact):
    got = _read(table)
    assert fact in got and not any(f[:2] == fact[:2] and f[3] == "target" and f[2] != "year" for f in got), got


@pytest.mark.parametrize("table, fact", [
    (LAST, ("gdp_growth", 2019, "Q1-Q3", "actual", 7.1)),
    (WHOLE, ("fixed_investment_growth", 2019, "M1-M10", "actual", 11.2)),
    (OPENING, ("industrial_va_growth", 2019, "M1-M10", "actual", 7.4)),
])
def test_the_outcome_keeps_its_rows_part(table, fact):
    assert fact in _read(table)


def test_a_parts_own_aim_keeps_its_part():
    table = ("| 指标 | 一季度目标(%) | 一季度完成(%) |\n| 地区生产总值增长 | 6 | 6.3 |\n"
             "| 规模以上工业增加值增长 | 7 | 7.8 |\n")
    got = figures("某市统计局  2019-04-22\n\n2019年一季度全市主要指标\n\n" + table, FIELDS, meta={"region": "黄山市"})
    assert ("gdp_growth", 2019, "Q1", "target", 6.0) in got, got
