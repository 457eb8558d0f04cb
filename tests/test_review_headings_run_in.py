"""A review's heading run into a flattened page (…2025年要扩大内需,…完成规划目标任务 [3] 各部分摘要 2024年工作回顾 - 经济运行:
全省生产总值增长5.7%) opens what it reviews: the figures after it are of its year, not of the plan year that led the
run of text, and the plan's 目标 before the heading makes none of them a target (issue 23, found on set AO after it
was measured once). Made-up pages of this file's own wording. Negatives: a heading on its own line, and a year run
in without a heading word, read as before."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
PAGE = ("某省政府工作报告(全文)\n某研究院·2025-02-07 08:05\n"
        "核心观点 2024年全省经济稳中向好;2025年要扩大内需,推动经济回升,高质量完成规划目标任务 [3] 各部分摘要{gap}{s}\n")
META = {"region": "陕西省"}


@pytest.mark.parametrize("s, want", [
    ("2024年工作回顾 - 经济运行稳中向好:全省地区生产总值增长5.7%,经济总量达6469亿元。", ("gdp_growth", 2024, "actual", 5.7)),
    ("2024年工作回顾 - 经济运行稳中向好:全省地区生产总值增长5.7%,经济总量达6469亿元。", ("gdp", 2024, "actual", 6469.0)),
    ("2024年工作回顾 一、发展质效提升:全省一般公共预算收入增长3.1%。", ("fiscal_revenue_growth", 2024, "actual", 3.1)),
    ("2024年工作回顾 - 财政稳健:全省一般公共预算收入增长3.1%,高于全国1.8个百分点。", ("fiscal_revenue_growth", 2024, "actual", 3.1)),
    ("2024年工作回顾 - 内需扩大:全省社会消费品零售总额增长4.2%,总额达2.6万亿元。", ("retail_sales", 2024, "actual", 26000.0)),
])
def test_figures_after_a_run_in_review_heading_are_its_years_outcomes(s, want):
    assert want in figures(PAGE.format(gap=" ", s=s), FIELDS, meta=META)


@pytest.mark.parametrize("gap, s, want", [
    ("\n", "2024年工作回顾\n全省地区生产总值增长5.7%。", ("gdp_growth", 2024, "actual", 5.7)),
    (" ", "2024年,全省地区生产总值增长5.7%。", ("gdp_growth", 2024, "actual", 5.7)),
])
def test_a_heading_on_its_line_or_a_year_and_comma_read_as_before(gap, s, want):
    assert want in figures(PAGE.format(gap=gap, s=s), FIELDS, meta=META)
