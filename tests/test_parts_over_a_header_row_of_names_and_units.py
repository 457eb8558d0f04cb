"""A table whose first header row names only the year's parts (一季度 | 上半年 | 前三季度 | 全年), over a second row that
opens with the headers of the rows' names and units (指标名称 | 单位) and names each part's columns (绝对值 | 增长%); the
rows may stop short of a part not yet reported (全年). Each figure is read under its part and its word, and a row that
lost its unit cell (社会消费品零售总额亿元 | 17.38 | 7.9 | …) is dropped, its cells slid (issue 23). Made-up tables in
this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
PAGE = ("某县统计局\n2023年前三季度全县主要经济指标\n发布时间:2023年10月31日\n\n"
        "                          一季度             上半年             前三季度             全年\n"
        "指标名称         单位   绝对值   增长%   绝对值   增长%   绝对值   增长%   绝对值   增长%\n"
        "地区生产总值     亿元    58.63    4.2     121.74    4.6     187.52    4.9\n"
        "规上工业增加值    %       …       5.1       …       5.8       …       6.3\n"
        "一般公共预算收入  亿元    4.87     11.6    9.64      7.2     13.08     5.3\n"
        "社会消费品零售总额亿元 17.38    7.9     35.26     8.3     53.91     7.6\n")


@pytest.mark.parametrize("fact", [
    ("gdp", 2023, "Q1", "actual", 58.63),
    ("gdp_growth", 2023, "H1", "actual", 4.6),
    ("industrial_va_growth", 2023, "Q1-Q3", "actual", 6.3),
    ("fiscal_revenue", 2023, "H1", "actual", 9.64),
    ("fiscal_revenue_growth", 2023, "Q1-Q3", "actual", 5.3),
])
def test_each_figure_under_its_part(fact):
    assert fact in figures(PAGE, FIELDS, meta={"region": "某县"})


def test_a_row_that_lost_its_unit_is_dropped():
    got = figures(PAGE, FIELDS, meta={"region": "某县"})
    assert not any(i == "retail_sales_growth" and v > 30 for i, y, p, k, v in got), got
