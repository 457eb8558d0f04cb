"""An outcome measured against its aim, the aim's rate in brackets and no growth of the same indicator said before it
in the sentence (地区生产总值完成年度目标任务(6.5%)的81.5%): the bracket holds the year's growth target. Before, such a
target was read only after the outcome's own growth (增长3.2%,为年度目标(8%)的40%), and here it was lost; 目标任务 was
not read as an aim's name at all (issue 23, class 2: target words). The share of the aim done (81.5%) is never a figure.
Negatives: a sum in brackets is no growth; a bracket after no aim's word is no target. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
HEAD = "2024年沐川县国民经济运行情况\n沐川县统计局 2025-01-25\n"


def read(line: str) -> set[tuple]:
    return figures(HEAD + line + "\n", FIELDS, meta={"region": "沐川县"})


@pytest.mark.parametrize("line,indicator,aim", [
    ("全县地区生产总值完成年度目标任务(6.5%)的81.5%。", "gdp_growth", 6.5),
    ("全县地区生产总值完成年度目标(6.5%)的81.5%。", "gdp_growth", 6.5),
    ("规模以上工业增加值为全年目标任务(8%)的90.2%。", "industrial_va_growth", 8.0),
    ("固定资产投资完成年初目标(10%)的36%。", "fixed_investment_growth", 10.0),
    ("社会消费品零售总额达到年度目标任务(7%)的75%。", "retail_sales_growth", 7.0),
])
def test_the_aim_in_brackets_is_the_growth_target(line, indicator, aim):
    got = read(line)
    assert (indicator, 2024, "target", aim) in got
    assert not any(v in (81.5, 90.2, 36.0, 75.0) for i, y, k, v in got), got


def test_after_the_growth_as_before():
    assert ("fixed_investment_growth", 2024, "target", 8.0) in read("固定资产投资增长3.2%,为年度目标任务(8%)的40%。")


@pytest.mark.parametrize("line", ["全县地区生产总值完成全年工作(6.5%)的81.5%。", "全县地区生产总值(6.5%)完成81.5%。"])
def test_no_target_without_an_aims_word(line):
    assert not any(k == "target" for i, y, k, v in read(line))


def test_a_sum_in_brackets_is_no_growth():
    got = read("一般公共预算收入完成年度目标任务(10.2亿元)的85%。")
    assert not any(i == "fiscal_revenue_growth" for i, y, k, v in got), got
