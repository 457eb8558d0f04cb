"""After an outcome, the year's plan for the same indicator said with its own growth verb (年度计划为增长8%, 年度计划
增长7.5%) or in brackets after the word plan (低于年度计划(6.5%)1.6个百分点) is that year's target, as 年度计划为7.5%
already was (issue 23, class 2). Negatives: a share of the plan done is no target; the outcome itself stays an
outcome. Made-up plan reports in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")


def report(item: str) -> str:
    return ("关于某县2023年国民经济和社会发展计划执行情况的报告\n——2024年1月11日在某县人民代表大会上\n一、2023年计划执行情况\n"
            "主要指标完成情况如下:\n1.地区生产总值170.2亿元。\n2." + item + "\n")


@pytest.mark.parametrize("item, fact", [
    ("固定资产投资下降2.8%,年度计划为增长8%;", ("fixed_investment_growth", 2023, "target", 8.0)),
    ("规模以上工业增加值增长6.2%,年度计划增长7.5%;", ("industrial_va_growth", 2023, "target", 7.5)),
    ("地区生产总值增长4.9%,低于年度计划(6.5%)1.6个百分点;", ("gdp_growth", 2023, "target", 6.5)),
    ("社会消费品零售总额增长6.1%,低于全年计划(7%)0.9个百分点;", ("retail_sales_growth", 2023, "target", 7.0)),
    ("一般公共预算收入增长5.3%,年度计划为增长5%;", ("fiscal_revenue_growth", 2023, "target", 5.0)),
])
def test_the_plan_is_the_years_target(item, fact):
    assert fact in figures(report(item), FIELDS, meta={"region": "嘉禾县"}, charted=True)


@pytest.mark.parametrize("item, fact", [
    ("固定资产投资下降2.8%,年度计划为增长8%;", ("fixed_investment_growth", 2023, "actual", -2.8)),
    ("地区生产总值增长4.9%,低于年度计划(6.5%)1.6个百分点;", ("gdp_growth", 2023, "actual", 4.9)),
])
def test_the_outcome_stays_an_outcome(item, fact):
    assert fact in figures(report(item), FIELDS, meta={"region": "嘉禾县"}, charted=True)


def test_a_share_of_the_plan_done_is_no_target():
    got = figures(report("固定资产投资增长8.2%,完成年度计划的102%;"), FIELDS, meta={"region": "嘉禾县"})
    assert not any(f[3] == 102.0 for f in got), got
