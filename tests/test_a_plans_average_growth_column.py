"""A five-year plan's table of indicators (2020年 | 2025年 | 年均增长(%) | 属性) gives, under its average's column, the
growth the plan aims at on average over its years: gdp_growth_avg_5yr 2021-2025, a target. Before, that column had no
year and its cells were dropped (issue 23, class 3: header semantics; five-year plans beside annual ones). Negatives: a
table that is no plan's (no 属性 column), or whose first year does not open a plan's span, gets no plan average.
Made-up tables in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
OUTLINE = "云霄县国民经济和社会发展第十四个五年规划纲要\n表1 主要指标\n{t}\n"
T14 = ("类别 | 指标 | 单位 | 2020年 | 2025年 | 年均增长(%) | 属性\n"
       "经济发展 | 地区生产总值 | 亿元 | 285.3 | 400 | 7左右 | 预期性\n"
       " | 一般公共预算收入 | 亿元 | 12.1 | 16 | 6 | 预期性\n"
       " | 社会消费品零售总额 | 亿元 | 120.5 | 170 | 7.5 | 预期性")
T13 = ("指标 | 单位 | 2015年 | 2020年 | 年均增速(%) | 属性\n地区生产总值 | 亿元 | 180 | 265 | 8 | 预期性\n"
       "固定资产投资 | 亿元 | 150 | 240 | 10 | 预期性")


def charted(table: str, page: str = OUTLINE) -> set[tuple]:
    return figures(page.format(t=table), FIELDS, meta={"region": "云霄县"}, charted=True)


@pytest.mark.parametrize("table,want", [
    (T14, ("gdp_growth_avg_5yr", 2025, "2021-2025", "target", 7.0)),
    (T14, ("fiscal_revenue_growth_avg_5yr", 2025, "2021-2025", "target", 6.0)),
    (T14, ("retail_sales_growth_avg_5yr", 2025, "2021-2025", "target", 7.5)),
    (T13, ("gdp_growth_avg_5yr", 2020, "2016-2020", "target", 8.0)),
    (T13, ("fixed_investment_growth_avg_5yr", 2020, "2016-2020", "target", 10.0)),
])
def test_the_average_column_is_the_plans_average(table, want):
    assert want in charted(table)


@pytest.mark.parametrize("table", [
    "指标 | 单位 | 2020年 | 2025年 | 年均增长(%)\n地区生产总值 | 亿元 | 285.3 | 400 | 7\n一般公共预算收入 | 亿元 | 12.1 | 16 | 6",
    "指标 | 单位 | 2022年 | 2025年 | 年均增长(%) | 属性\n地区生产总值 | 亿元 | 330 | 400 | 7 | 预期性\n"
    "一般公共预算收入 | 亿元 | 13.1 | 16 | 6 | 预期性",
])
def test_no_plan_average_outside_a_plans_span(table):
    assert not any(i.endswith("avg_5yr") for i, y, p, k, v in charted(table))
