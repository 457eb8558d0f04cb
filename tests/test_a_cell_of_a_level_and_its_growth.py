"""A table cell that holds a level and its growth in brackets (154(增长10.5%), 18.2(下降3%)), as a mid-year report's
table gives the year's aims: both are figures of the column, the level in the row's unit and the growth in percent. Before,
such a cell was read as nothing, its aims lost (issue 23, class 3: tables; made-up set jv). Negatives: a cell of a level
alone, and a cell of a growth alone, read as before. Made-up tables in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "来安县"}
HEAD = ("来安县2019年上半年经济运行情况\n来安县统计局 2019年7月19日\n\n主要指标完成情况\n"
        "指标名称 | 单位 | 年度目标 | 1-6月完成 | 增长(%)\n")


@pytest.mark.parametrize("row, level, growth", [
    ("社会消费品零售总额 | 亿元 | 154(增长10.5%) | 75.2 | 10.3", ("retail_sales", 154.0), ("retail_sales_growth", 10.5)),
    ("一般公共预算收入 | 亿元 | 15.6(增长6%) | 8.16 | 5.4", ("fiscal_revenue", 15.6), ("fiscal_revenue_growth", 6.0)),
    ("固定资产投资 | 亿元 | 260(增长15%) | 142.7 | 14.1", ("fixed_investment", 260.0), ("fixed_investment_growth", 15.0)),
    ("地区生产总值 | 亿元 | 380(增长7.5%) | 186.4 | 6.1", ("gdp", 380.0), ("gdp_growth", 7.5)),
    ("一般公共预算收入 | 亿元 | 11.2(下降3%) | 5.02 | -4.1", ("fiscal_revenue", 11.2), ("fiscal_revenue_growth", -3.0)),
])
def test_both_figures_of_the_cell_are_the_years_aims(row, level, growth):
    got = figures(HEAD + row + "\n", FIELDS, meta=META, charted=True)
    assert (level[0], 2019, "target", level[1]) in got
    assert (growth[0], 2019, "target", growth[1]) in got


@pytest.mark.parametrize("row, want", [
    ("社会消费品零售总额 | 亿元 | 154 | 75.2 | 10.3", ("retail_sales", 2019, "target", 154.0)),
    ("地区生产总值 | 亿元 | 增长7.5% | 186.4 | 6.1", ("gdp_growth", 2019, "target", 7.5)),
])
def test_a_cell_of_one_figure_reads_as_before(row, want):
    assert want in figures(HEAD + row + "\n", FIELDS, meta=META, charted=True)
