"""A plan report's review gives the plan's figure right after 计划 (一般公共预算收入:计划6.0亿元,完成6.2亿元), and a
budget report the budget's right after 预算 (预算数6.0亿元,执行数6.2亿元): that figure is the year's target. Before, a
bare 计划 or 预算 was no target word, and the plan's level was charted as an outcome beside the real one, both with high
confidence (issue 23, class 2: target words). An outcome done by plan (按计划完成6.2亿元) had been read as the plan's, by
计划完成 (plan to complete); it is an outcome. Negatives: an outcome measured against the plan (完成年度计划的103%)
stays an outcome. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
HEAD = ("关于沐川县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n"
        "——2025年1月10日在沐川县第十八届人民代表大会第五次会议上\n一、2024年计划执行情况\n")


def charted(body: str) -> set[tuple]:
    return figures(HEAD + body + "\n", FIELDS, meta={"region": "沐川县"}, charted=True)


@pytest.mark.parametrize("body,plan,done", [
    ("一般公共预算收入:计划6.0亿元,完成6.2亿元。", ("fiscal_revenue", 6.0), ("fiscal_revenue", 6.2)),
    ("社会消费品零售总额:计划50亿元,实际完成50.2亿元。", ("retail_sales", 50.0), ("retail_sales", 50.2)),
    ("地区生产总值计划125亿元,预计完成120.5亿元。", ("gdp", 125.0), ("gdp", 120.5)),
    ("进出口总额:计划1.5亿元,全年完成1.2亿元。", ("trade", 1.5), ("trade", 1.2)),
    ("固定资产投资:计划45亿元,实际完成41.3亿元,下降3.2%。", ("fixed_investment", 45.0), ("fixed_investment", 41.3)),
    ("一般公共预算收入计划为6.0亿元,实际完成6.2亿元。", ("fiscal_revenue", 6.0), ("fiscal_revenue", 6.2)),
    ("进出口总额:计划数1.5亿元,完成1.2亿元。", ("trade", 1.5), ("trade", 1.2)),
])
def test_the_figure_after_jihua_is_the_plans(body, plan, done):
    got = charted(body)
    assert (plan[0], 2024, "target", plan[1]) in got and (done[0], 2024, "actual", done[1]) in got
    assert (plan[0], 2024, "actual", plan[1]) not in got


@pytest.mark.parametrize("body", [
    "一般公共预算收入完成6.2亿元,完成年度计划的103.3%。",
    "一般公共预算收入按计划完成6.2亿元。",
])
def test_an_outcome_by_the_plan_stays_an_outcome(body):
    got = charted(body)
    assert ("fiscal_revenue", 2024, "actual", 6.2) in got and not any(k == "target" for i, y, k, v in got)


BUDGET = ("关于沐川县2024年预算执行情况和2025年预算草案的报告\n"
          "——2025年1月10日在沐川县第十八届人民代表大会第五次会议上\n一、2024年预算执行情况\n")


@pytest.mark.parametrize("body,budget", [
    ("全县一般公共预算收入预算数6.0亿元,执行数6.2亿元,完成预算的103.3%。", 6.0),
    ("一般公共预算收入预算为6.0亿元,完成6.2亿元。", 6.0),
    ("一般公共预算收入:预算6.0亿元,执行6.2亿元。", 6.0),
    ("一般公共预算收入调整预算数6.1亿元,完成6.2亿元。", 6.1),
    ("2024年一般公共预算收入预算数为6.0亿元,执行数为6.2亿元。", 6.0),
])
def test_the_figure_after_the_budgets_word_is_the_budget(body, budget):
    got = figures(BUDGET + body + "\n", FIELDS, meta={"region": "沐川县"}, charted=True)
    assert ("fiscal_revenue", 2024, "target", budget) in got and ("fiscal_revenue", 2024, "actual", 6.2) in got
    assert ("fiscal_revenue", 2024, "actual", budget) not in got
