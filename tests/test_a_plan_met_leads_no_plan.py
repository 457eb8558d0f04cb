"""A sentence that opens with its year and a plan measured (2023年,全县完成年度计划的102%,…; 2023年,全区超额完成年度计划,…)
reports outcomes against the plan: its figures are outcomes, not aims, though the year is the item's own (issue 23
class 2, found by writing late-year news that measures the year against its plan: the figures were charted as aims).
Negatives: a year opened by a plan itself (2024年,全县计划实现…) still sets aims. Made-up texts of this file's own
wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "kind", "value", "confidence")
META = {"region": "澄城县"}


def read(date: str, sentence: str) -> set[tuple]:
    return {f[:3] for f in figures(f"全县经济工作综述\n\n{date}\n\n{sentence}\n", FIELDS, meta=META) if f[3] == "high"}


@pytest.mark.parametrize("date,sentence,outcome", [
    ("2023-12-28", "2023年,全县完成年度计划的102%,一般公共预算收入完成3.3亿元。", ("fiscal_revenue", "actual", 3.3)),
    ("2023-12-28", "2023年,全县超额完成年度计划,地区生产总值增长6.1%。", ("gdp_growth", "actual", 6.1)),
    ("2024-12-20", "2024年,全县未完成年度计划,固定资产投资下降2.1%。", ("fixed_investment_growth", "actual", -2.1)),
    ("2023-12-26", "2023年,全县完成年计划的98%,社会消费品零售总额增长5.2%。", ("retail_sales_growth", "actual", 5.2)),
    ("2023-12-29", "2023年,全县实现年度计划,规模以上工业增加值增长7.3%。", ("industrial_va_growth", "actual", 7.3)),
])
def test_a_plan_measured_at_the_head_leaves_outcomes(date, sentence, outcome):
    got = read(date, sentence)
    assert (outcome[0], "target", outcome[2]) not in got


def test_a_year_opened_by_a_plan_still_sets_aims():
    assert ("gdp_growth", "target", 6.0) in read("2024-01-15", "2024年,全县计划实现地区生产总值增长6%。")
