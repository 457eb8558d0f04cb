"""Set G's wrong figures, as general rules, each with texts written for this test:

1. A per-capita figure (每人平均地区生产总值 …元) is not the aggregate's, nor is the growth after it; a
   GDP in plain 元 is outside the aggregate's plausible range and never charted.
2. A price index of an indicator (固定资产投资价格上涨1.5%) is not the indicator's growth
   (data/non_headline_terms.csv).
3. After a plan figure, a part-year with an outcome word (年计划X亿元以上,1—9月完成Y亿元,同比增长Z%)
   reports what the part-year did: an outcome, not a target.
"""

import pytest

from tests.extracting import figures

META = {"region": "罗湖区", "date": "2024-01-10"}


def rows(text):
    return figures(text, ("indicator", "year", "period", "kind", "value", "confidence"), META)


def charted(text):
    return {row[:5] for row in rows(text) if row[5] == "high"}


@pytest.mark.parametrize("text, expected", [
    ("2019年,全年每人平均地区生产总值107139元,比上年增长6.7%。",
     {("gdp_per_capita", 2019, "year", "actual", 10.7139)}),
    ("2019年,全区地区生产总值107139元。", set()),
    ("2019年,固定资产投资价格上涨1.5%。", set()),
    ("2019年,固定资产投资价格指数上涨1.5%。", set()),
    # negatives: the aggregate and its growth, investment growth itself
    ("2019年,全区地区生产总值42395亿元,比上年增长7.6%。",
     {("gdp", 2019, "year", "actual", 42395.0), ("gdp_growth", 2019, "year", "actual", 7.6)}),
    ("2019年,固定资产投资增长1.5%。", {("fixed_investment_growth", 2019, "year", "actual", 1.5)}),
])
def test_per_capita_and_price_figures_are_not_the_aggregate(text, expected):
    assert charted(text) == expected


REVIEW = "一、2023年计划执行情况\n"


@pytest.mark.parametrize("text, expected", [
    (REVIEW + "——年计划完成地区生产总值617亿元以上,1—9月完成428.3亿元,同比增长2.2%。",
     {("gdp", 2023, "year", "target", 617.0), ("gdp", 2023, "Q1-Q3", "actual", 428.3),
      ("gdp_growth", 2023, "Q1-Q3", "actual", 2.2)}),
    (REVIEW + "——年计划完成地方一般公共预算收入16.34亿元,1—10月完成11.43亿元,同比增长6.23%。",
     {("fiscal_revenue", 2023, "year", "target", 16.34), ("fiscal_revenue", 2023, "M1-M10", "actual", 11.43),
      ("fiscal_revenue_growth", 2023, "M1-M10", "actual", 6.23)}),
    (REVIEW + "——年计划完成社会消费品零售总额165亿元以上,上半年完成80亿元,同比增长9.0%。",
     {("retail_sales", 2023, "year", "target", 165.0), ("retail_sales", 2023, "H1", "actual", 80.0),
      ("retail_sales_growth", 2023, "H1", "actual", 9.0)}),
    # negatives: the plan figure alone, and a part-year target said with a target word after the part-year
    (REVIEW + "——年计划完成地区生产总值617亿元以上。", {("gdp", 2023, "year", "target", 617.0)}),
    ("2024年主要预期目标是:一季度力争地区生产总值增长6%。", {("gdp_growth", 2024, "Q1", "target", 6.0)}),
])
def test_a_part_year_done_after_a_plan_figure_is_an_outcome(text, expected):
    assert charted(text) == expected
