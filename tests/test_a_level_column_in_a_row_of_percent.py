"""In a table with a column of growth, a number under a column that names no growth and no aim (全年完成, 累计, 绝对值)
is not the row's growth because the row's unit column says % (社会消费品零售总额 | % | 7.5 | 98.7 | 6.5: the % is the
aim's, 98.7 the level done, 6.5 the growth). Before, 98.7 was charted high as the growth and the true growth sent to
review as a second statement (issue 23, class 3: tables whose header gives each column its meaning). Negatives: a
table with no growth column reads a % row's number as its growth, and the aim column keeps its % in either. Made-up
tables of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")


@pytest.mark.parametrize("done,growth", [
    ("全年完成", "同比增长%"),
    ("累计", "增长(%)"),
    ("1-12月", "增速(%)"),
    ("绝对值", "比上年增长%"),
    ("本年完成", "增幅(%)"),
])
def test_the_level_done_is_no_growth(done, growth):
    page = (f"宁都县2023年主要经济指标完成情况\n指标名称 | 单位 | 年度目标 | {done} | {growth}\n"
            "社会消费品零售总额 | % | 7.5 | 98.7 | 6.5\n一般公共预算收入 | % | 5 | 16.2 | 2.8\n")
    got = figures(page, FIELDS, meta={"region": "宁都县"}, charted=True)
    assert {("retail_sales_growth", 2023, "actual", 6.5), ("fiscal_revenue_growth", 2023, "actual", 2.8),
            ("retail_sales_growth", 2023, "target", 7.5)} <= got
    assert not {f for f in got if f[3] in (98.7, 16.2)}


def test_no_growth_column():
    page = ("宁都县2023年主要经济指标完成情况\n指标名称 | 单位 | 年度目标 | 全年完成\n规模以上工业增加值 | % | 9 | 8.1\n")
    got = figures(page, FIELDS, meta={"region": "宁都县"}, charted=True)
    assert {("industrial_va_growth", 2023, "actual", 8.1), ("industrial_va_growth", 2023, "target", 9.0)} <= got
