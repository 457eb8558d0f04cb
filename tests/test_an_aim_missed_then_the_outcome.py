"""An aim named with its number, said to be missed or met, and then the outcome in the next clause (增长7%的目标未能实现,
全年增长5.6%): the aim's word belongs to the number before it, and the next number is the year's outcome. Before, the
target word in between made the outcome a second target, and an aim named before 的预期目标 or 的年度目标 was read as
the outcome (issue 23, class 2: kind from structure, the words as evidence only where they stand). Negatives: a target
set in brackets after an outcome, or named after it, stays a target. Made-up reports in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
REPORT = "东山县2024年政府工作报告\n——2024年1月11日在东山县第十八届人民代表大会第四次会议上\n一、2023年工作回顾\n{s}\n"


def charted(sentence: str) -> set[tuple]:
    return figures(REPORT.format(s=sentence), FIELDS, meta={"region": "东山县"}, charted=True)


@pytest.mark.parametrize("sentence,want", [
    ("年初确定的地区生产总值增长7%的目标未能实现,全年增长5.6%。", ("gdp_growth", 2023, "actual", 5.6)),
    ("一般公共预算收入增长8%的预期目标没有完成,全年增长4.2%。", ("fiscal_revenue_growth", 2023, "actual", 4.2)),
    ("固定资产投资增长10%左右的目标未实现,全年下降3.1%。", ("fixed_investment_growth", 2023, "actual", -3.1)),
    ("社会消费品零售总额增长7%的年度目标顺利完成,全年增长7.4%。", ("retail_sales_growth", 2023, "actual", 7.4)),
    ("规上工业增加值增长9%的目标超额完成,全年增长9.6%。", ("industrial_va_growth", 2023, "actual", 9.6)),
])
def test_the_outcome_after_the_aims_fate(sentence, want):
    got = charted(sentence)
    assert want in got
    assert (want[0], 2023, "target", want[3]) not in got


@pytest.mark.parametrize("sentence,aim", [
    ("一般公共预算收入增长8%的预期目标没有完成,全年增长4.2%。", ("fiscal_revenue_growth", 8.0)),
    ("社会消费品零售总额增长7%的年度目标顺利完成,全年增长7.4%。", ("retail_sales_growth", 7.0)),
    ("地区生产总值增长6%的全年目标未能实现,全年增长5.1%。", ("gdp_growth", 6.0)),
])
def test_the_aim_named_before_its_word_is_the_target(sentence, aim):
    got = charted(sentence)
    assert (aim[0], 2023, "target", aim[1]) in got and (aim[0], 2023, "actual", aim[1]) not in got


@pytest.mark.parametrize("sentence,want", [
    ("规上工业增加值增长6.8%(目标8%)。", ("industrial_va_growth", 2023, "target", 8.0)),
    ("一般公共预算收入增长4.5%(预算目标为增长5%)。", ("fiscal_revenue_growth", 2023, "target", 5.0)),
    ("年初确定的地区生产总值增长7%的目标未能实现,全年增长5.6%。", ("gdp_growth", 2023, "target", 7.0)),
])
def test_a_target_beside_an_outcome_stays_one(sentence, want):
    assert want in charted(sentence)
