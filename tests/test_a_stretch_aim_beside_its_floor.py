"""An aim and a stretch beside it (地区生产总值增长6%以上,力争增长7%): both are read, the stretch hedged 力争, and the
merge keeps them as a floor and a stretch goal (data/hedges.csv, column stretch). Before, the stretch was dropped as a
second number of the name, and when read it went to review as a second value of the aim (issue 23, class 2: hedges and
target words read right). Negatives: a second number with no stretch word still goes as before; an outcome beside its
aim is still the outcome. Made-up reports of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value", "qualifier")
REPORT = "沂水县2024年政府工作报告\n——2024年1月10日在沂水县第十九届人民代表大会第三次会议上\n二、2024年主要预期目标\n{s}\n"


def charted(sentence: str) -> set[tuple]:
    return figures(REPORT.format(s=sentence), FIELDS, meta={"region": "沂水县"}, charted=True)


@pytest.mark.parametrize("sentence,floor,stretch", [
    ("地区生产总值增长6%以上,力争增长7%。", ("gdp_growth", 6.0), ("gdp_growth", 7.0)),
    ("一般公共预算收入增长5%,力争增长6%。", ("fiscal_revenue_growth", 5.0), ("fiscal_revenue_growth", 6.0)),
    ("固定资产投资增长8%左右,力争增长10%。", ("fixed_investment_growth", 8.0), ("fixed_investment_growth", 10.0)),
    ("社会消费品零售总额增长6.5%,力争增长7.5%。", ("retail_sales_growth", 6.5), ("retail_sales_growth", 7.5)),
    ("规模以上工业增加值增长8%以上、力争增长9%。", ("industrial_va_growth", 8.0), ("industrial_va_growth", 9.0)),
])
def test_the_floor_and_the_stretch(sentence, floor, stretch):
    got = {(i, y, k, v) for i, y, k, v, q in charted(sentence)}
    assert {(floor[0], 2024, "target", floor[1]), (stretch[0], 2024, "target", stretch[1])} <= got
    assert (stretch[0], 2024, "target", stretch[1], "力争") in charted(sentence)


def test_a_second_number_with_no_stretch_word():
    got = charted("地区生产总值增长6%,增长7%。")
    assert ("gdp_growth", 2024, "target", 7.0, "") not in got and ("gdp_growth", 2024, "target", 7.0, None) not in got


def test_an_outcome_beside_its_aim_is_still_the_outcome():
    page = ("沂水县2024年政府工作报告\n——2024年1月10日在沂水县第十九届人民代表大会第三次会议上\n一、2023年工作回顾\n"
            "地区生产总值预期增长6.5%,实际增长5.9%。\n")
    got = {(i, y, k, v) for i, y, k, v, q in figures(page, FIELDS, meta={"region": "沂水县"}, charted=True)}
    assert ("gdp_growth", 2023, "actual", 5.9) in got
