"""A plan's progress table written out as prose, one indicator a line (地区生产总值:2020年基期值296.4亿元,2025年目标值460
亿元,年均增长8%以上,预期性,2022年实际376.9亿元): the year's figure after 实际 is that year's outcome, not the plan's aim
said earlier on the line; an indicator's type (预期性, 约束性) is no aim word (issue 23, class 2). Negatives: the aim
itself stays the plan's. Made-up reviews in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")


def review(line: str) -> str:
    return ("某市“十四五”规划纲要实施情况中期评估报告\n2023年10月18日\n二、主要指标完成情况\n【主要经济指标进展表】\n" + line + "\n")


@pytest.mark.parametrize("line, fact", [
    ("地区生产总值:2020年基期值296.4亿元,2025年目标值460亿元,年均增长8%以上,预期性,2022年实际376.9亿元,进度符合预期。",
     ("gdp", 2022, "actual", 376.9)),
    ("一般公共预算收入:2020年基期值8.12亿元,2025年目标值13亿元,年均增长9.9%,预期性,2022年实际10.36亿元。",
     ("fiscal_revenue", 2022, "actual", 10.36)),
    ("社会消费品零售总额:2020年基期值128.6亿元,2025年目标值210亿元,年均增长10%,预期性,2022年实际158.4亿元,进度滞后。",
     ("retail_sales", 2022, "actual", 158.4)),
    ("进出口总额:2020年基期值35.2亿元,2025年目标值60亿元,年均增长11%,预期性,2022年实际44.7亿元。",
     ("trade", 2022, "actual", 44.7)),
    ("城镇登记失业率:2020年基期值3.8%,2025年目标值4.5%以内,约束性,2022年实际2.9%。",
     ("unemployment_rate", 2022, "actual", 2.9)),
])
def test_the_years_figure_after_actual_is_an_outcome(line, fact):
    assert fact in figures(review(line), FIELDS, meta={"region": "洪湖市"})


def test_the_plans_aim_stays_an_aim():
    got = figures(review("地区生产总值:2020年基期值296.4亿元,2025年目标值460亿元,年均增长8%以上,预期性,2022年实际376.9亿元。"),
                  FIELDS, meta={"region": "洪湖市"})
    assert ("gdp", 2025, "target", 460.0) in got, got
