"""A pipe table whose rows have no closing bar (指标 | 完成 | 增长(%) | 年度目标(%), as a converter or a hand leaves them)
has a last column too: its cells are read under its header, the year's target beside the outcome and its growth
(issue 23 class 3, found by writing a plan report's table of outcomes and targets: the last column was never read, so
a table ending in its target column lost every target, one ending in its growth column every growth). Negatives: rows
closed by a bar read as before, and a line of one cell and a bar is no row of two. Made-up texts of this file's own
wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value", "confidence")
META = {"region": "雁塔区"}
HEAD = "雁塔区2023年国民经济和社会发展计划执行情况与2024年计划(草案)的报告\n\n2023年12月28日\n\n附表:2023年主要指标完成情况\n\n"


def charted(table: str) -> set[tuple]:
    return {f[:4] for f in figures(HEAD + table + "\n", FIELDS, meta=META) if f[4] == "high"}


TARGET_LAST = ("指标 | 完成情况绝对值 | 同比增长(%) | 年度目标(%)\n地区生产总值(亿元) | 2480.1 | 5.6 | 6.5\n"
               "一般公共预算收入(亿元) | 67.1 | 6.2 | 5.0\n社会消费品零售总额(亿元) | 905.3 | 4.1 | 7.0")
GROWTH_LAST = ("指标 | 年度目标(%) | 完成情况绝对值 | 同比增长(%)\n地区生产总值(亿元) | 6.5 | 2480.1 | 5.6\n"
               "一般公共预算收入(亿元) | 5.0 | 67.1 | 6.2")


@pytest.mark.parametrize("table,figure", [
    (TARGET_LAST, ("gdp_growth", 2023, "target", 6.5)),
    (TARGET_LAST, ("fiscal_revenue_growth", 2023, "target", 5.0)),
    (TARGET_LAST, ("retail_sales_growth", 2023, "target", 7.0)),
    (GROWTH_LAST, ("gdp_growth", 2023, "actual", 5.6)),
    (GROWTH_LAST, ("fiscal_revenue_growth", 2023, "actual", 6.2)),
])
def test_the_last_column_of_rows_without_a_closing_bar_is_read(table, figure):
    assert figure in charted(table)


def test_rows_closed_by_a_bar_read_as_before():
    closed = "\n".join(line + " |" for line in TARGET_LAST.split("\n"))
    got = charted(closed)
    assert {("gdp", 2023, "actual", 2480.1), ("gdp_growth", 2023, "actual", 5.6), ("gdp_growth", 2023, "target", 6.5)} <= got


def test_a_growth_is_not_read_as_the_target_of_the_column_beside():
    got = charted(TARGET_LAST)
    assert ("gdp_growth", 2023, "target", 5.6) not in got and ("gdp_growth", 2023, "actual", 6.5) not in got
