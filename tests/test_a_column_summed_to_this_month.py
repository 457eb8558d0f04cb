"""A monthly table's column of the sum to this month (本月止累计, 当月止累计) and its growth (累计增长%) are the months to
the title's month, not one month's: only a column of the month alone (本月, 当月) is left out (issue 23, class 3:
tables). Made-up tables in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")


def _page(months: str, header: str, rows: str) -> str:
    return f"2024年{months}某市国民经济主要指标\n\n发布日期:2024-12-20\n\n{header}\n{rows}"


ROWS = ("社会消费品零售总额 | 亿元 | 96.84 | 1012.57 | 6.2\n一般公共预算收入 | 亿元 | 31.26 | 744.18 | -6.8\n"
        "规模以上工业增加值 | % | — | — | 5.4\n")


@pytest.mark.parametrize("months, header, fact", [
    ("1—11月", "指标名称 | 计量单位 | 本月 | 本月止累计 | 累计增长(%)", ("retail_sales", 2024, "M1-M11", "actual", 1012.57)),
    ("1—11月", "指标名称 | 计量单位 | 本月 | 本月止累计 | 累计增长(%)", ("fiscal_revenue_growth", 2024, "M1-M11", "actual", -6.8)),
    ("1—11月", "指标名称 | 计量单位 | 本月 | 本月止累计 | 累计增长(%)", ("industrial_va_growth", 2024, "M1-M11", "actual", 5.4)),
    ("1—10月", "指标 | 单位 | 当月 | 当月止累计 | 累计增长(%)", ("retail_sales", 2024, "M1-M10", "actual", 1012.57)),
    ("1—10月", "指标 | 单位 | 当月 | 当月止累计 | 累计增长(%)", ("fiscal_revenue", 2024, "M1-M10", "actual", 744.18)),
], ids=["sum", "growth", "growth-only-row", "dangyue-sum", "dangyue-revenue"])
def test_the_sum_to_this_month_is_read(months, header, fact):
    got = figures(_page(months, header, ROWS), FIELDS, meta={"region": "榆林市"})
    assert fact in got, got


def test_the_month_alone_is_left_out():
    got = figures(_page("1—11月", "指标名称 | 计量单位 | 本月 | 本月止累计 | 累计增长(%)", ROWS), FIELDS, meta={"region": "榆林市"})
    assert not any(v in (96.84, 31.26) for *_, v in got), got
