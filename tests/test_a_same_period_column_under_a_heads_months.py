"""A table's column of the same period last year (上年同期, 上年同期增长(%)) on a page whose months are named in its head
below the title (孝义市经济运行月报 / (2021年1—11月)), not in the title or the table: its figures are last year's same
months. Before, they were read as last year's whole year (issue 23, class 3: tables; made-up set ka). Negatives: this
year's column of the months keeps its months. Made-up monthly reports in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "value")
META = {"region": "汾阳市"}
HEAD = ("汾阳市经济运行月报\n(2021年1—11月)\n\n汾阳市统计局    2021年12月20日\n\n表一 主要经济指标完成情况\n\n"
        "| 指标 | 单位 | 1—11月累计 | 同比增长(%) | 上年同期增长(%) |\n")


@pytest.mark.parametrize("row, want", [
    ("| 规模以上工业增加值 | % | — | 10.4 | 3.6 |", ("industrial_va_growth", 2020, "M1-M11", 3.6)),
    ("| 固定资产投资 | % | — | 12.8 | 8.4 |", ("fixed_investment_growth", 2020, "M1-M11", 8.4)),
    ("| 社会消费品零售总额 | 亿元 | 153.86 | 11.7 | -3.9 |", ("retail_sales_growth", 2020, "M1-M11", -3.9)),
    ("| 一般公共预算收入 | 亿元 | 72.15 | 35.2 | 2.1 |", ("fiscal_revenue_growth", 2020, "M1-M11", 2.1)),
    ("| 一般公共预算收入 | 亿元 | 72.15 | 35.2 | -6.4 |", ("fiscal_revenue_growth", 2020, "M1-M11", -6.4)),
])
def test_the_column_is_last_years_same_months(row, want):
    got = figures(HEAD + row + "\n", FIELDS, meta=META, charted=True)
    assert want in got
    assert (want[0], 2020, "year", want[3]) not in got


def test_this_years_column_keeps_its_months():
    got = figures(HEAD + "| 社会消费品零售总额 | 亿元 | 153.86 | 11.7 | -3.9 |\n", FIELDS, meta=META, charted=True)
    assert ("retail_sales", 2021, "M1-M11", 153.86) in got
