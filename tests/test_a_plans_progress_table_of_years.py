"""A plan's progress table with a unit column and a column per year (指标 | 单位 | 2020年 | 2021年 | 2022年 | 2025年 |
年均增长 | 属性): its header of years is no table flattened into one line, a row named by its growth (地区生产总值增长
| % | 3.9 | 9.6 | 4.9) gives each year's growth though the table has an average's column, and a row whose label took
in its unit (社会消费品零售总额亿元 | 82.5 | …: every cell slid one column left) is read not at all rather than under the
wrong years (issue 23, class 4). Made-up tables in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")

TABLE = ("某县“十四五”规划主要指标中期监测分析\n发布日期:2023-08-15\n二、主要指标完成情况一览\n"
         "| 指标 | 单位 | 2020年 | 2021年 | 2022年 | 2025年 | 年均增长 | 属性 |\n"
         "| 地区生产总值 | 亿元 | 196.8 | 221.5 | 236.9 | 290 | 8% | 预期性 |\n"
         "| 地区生产总值增长 | % | 3.9 | 9.6 | 4.9 | — | 8% | 预期性 |\n"
         "| 公共财政预算收入 | 亿元 | 10.92 | 11.85 | 12.35 | 15 | 6.5% | 预期性 |\n"
         "| 社会消费品零售总额亿元 | 82.5 | 88.9 | 93.4 | 120 | 8% | 预期性 |\n"
         "| 城镇登记失业率 | % | 3.3 | 3.2 | 3.1 | 4.5 | — | 预期性 |\n")


@pytest.mark.parametrize("fact", [
    ("gdp", 2021, "actual", 221.5),
    ("fiscal_revenue", 2022, "actual", 12.35),
    ("gdp_growth", 2020, "actual", 3.9),
    ("gdp_growth", 2021, "actual", 9.6),
    ("gdp_growth", 2022, "actual", 4.9),
    ("unemployment_rate", 2021, "actual", 3.2),
])
def test_each_years_figure_is_read(fact):
    assert fact in figures(TABLE, FIELDS, meta={"region": "兴国县"})


def test_a_row_slid_left_is_not_read_under_the_wrong_years():
    got = figures(TABLE, FIELDS, meta={"region": "兴国县"})
    assert not any(f[0].startswith("retail_sales") for f in got), got
