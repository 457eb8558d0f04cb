"""A table set apart by single spaces whose first column numbers its rows (序号 指标 年度目标 一季度完成 备注 over
1 地区生产总值增长(%) 6.5左右 6.9 …) is read with the numbers set aside: each row's aim is the year's, its outcome the
part's. Lines that open with a number but stand under no such header are left as they are (issue 23, class 3:
tables). Made-up tables in this file's own wording."""

import pytest

from etl.extract.columns import single_spaced_tables
from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
PAGE = ("某县2025年政府工作报告主要预期目标进展情况(一季度)\n\n发布时间:2025-04-28\n\n"
        "序号 指标 年度目标 一季度完成 备注\n"
        "1 地区生产总值增长(%) 6.5左右 6.9 高于全市0.9个百分点\n"
        "2 规模以上工业增加值增长(%) 8 10.2 —\n"
        "3 固定资产投资增长(%) 5 3.1 低于目标1.9个百分点\n"
        "4 社会消费品零售总额增长(%) 6 5.4 —\n"
        "5 一般公共预算收入增长(%) 4 5.6 同口径\n")


@pytest.mark.parametrize("fact", [
    ("gdp_growth", 2025, "year", "target", 6.5),
    ("industrial_va_growth", 2025, "year", "target", 8.0),
    ("fixed_investment_growth", 2025, "year", "target", 5.0),
    ("retail_sales_growth", 2025, "year", "target", 6.0),
    ("fiscal_revenue_growth", 2025, "year", "target", 4.0),
], ids=["gdp", "industry", "investment", "retail", "revenue"])
def test_each_years_aim_is_read(fact):
    assert fact in figures(PAGE, FIELDS, meta={"region": "肥西县"})


def test_the_quarters_outcome_is_read():
    assert ("industrial_va_growth", 2025, "Q1", "actual", 10.2) in figures(PAGE, FIELDS, meta={"region": "肥西县"})


def test_numbered_lines_under_no_such_header_stay():
    text = "指标 说明\n1 地区生产总值 增长较快\n2 规模以上工业 稳中有升\n"
    assert single_spaced_tables(text) == text
