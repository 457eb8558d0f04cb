"""A table set out with runs of spaces whose rows have one space only between the label and the first figure
(规模以上工业增加值 -9.7   -3.8   -0.1   3.3): the label and the figure are two cells. Before, they were read as one
cell, every figure moved one column left, and each quarter's growth was charted as the quarter before's (issue 23,
class 3: tables). Negatives: rows whose label stands apart by a run of spaces read as before. Made-up pages in this file's
own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
HEAD = "吉林省2020年国民经济和社会发展统计公报\n吉林省统计局\n2021年3月1日\n表2 2020年主要指标分季度增长情况\n单位:%\n"
HEADER = "指标                一季度    上半年    前三季度    全年\n"


def read(rows: str) -> set[tuple]:
    return figures(HEAD + HEADER + rows + "\n注:增长速度为累计同比。\n", FIELDS, meta={"region": "吉林省"}, charted=True)


@pytest.mark.parametrize("row, indicator", [
    ("规模以上工业增加值 -9.7    -3.8    -0.1    3.3", "industrial_va_growth"),
    ("社会消费品零售总额 -9.7    -3.8    -0.1    3.3", "retail_sales_growth"),
    ("固定资产投资 -9.7    -3.8    -0.1    3.3", "fixed_investment_growth"),
    ("一般公共预算收入\u3000-9.7    -3.8    -0.1    3.3", "fiscal_revenue_growth"),
    ("进出口总额 -9.7%    -3.8%    -0.1%    3.3%", "trade_growth"),
])
def test_each_quarter_has_its_figure(row, indicator):
    got = read("地区生产总值      -8.3    -4.9    -1.6    1.1\n" + row)
    assert {(indicator, 2020, "Q1", "actual", -9.7), (indicator, 2020, "H1", "actual", -3.8),
            (indicator, 2020, "Q1-Q3", "actual", -0.1)} <= got, got


def test_rows_set_apart_by_runs_of_spaces_read_as_before():
    got = read("地区生产总值      -8.3    -4.9    -1.6    1.1\n规模以上工业增加值    -9.7    -3.8    -0.1    3.3")
    assert ("gdp_growth", 2020, "Q1", "actual", -8.3) in got, got
