"""A county's aims that quote first what the city handed down to it, then the aim the county sets itself, in one
sentence (市里下达我县地区生产总值增长目标为6%,我们提出增长6.5%左右): the county's own aim is the one to chart. Before,
the handed-down figure was charted as the county's target and its own aim was dropped as a second number of the
same name (issue 23, class 2: the kind from structure, and issue 18: the level above). Negatives: a handed-down
target said alone stays the place's target; a stretch aim after the aim (力争) is read as before; an outcome after a
handed-down aim is the year's outcome. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
PLAN = ("2025年沐川县人民政府工作报告\n——2025年1月10日在沐川县第十八届人民代表大会第五次会议上\n二、2025年工作安排\n"
        "今年经济社会发展的主要预期目标是:{};一般公共预算收入增长5%。\n")


def charted(aims: str) -> set[tuple]:
    return figures(PLAN.format(aims), FIELDS, meta={"region": "沐川县"}, charted=True)


@pytest.mark.parametrize("aims,own,given", [
    ("市里下达我县地区生产总值增长目标为6%,我们提出增长6.5%左右", 6.5, 6.0),
    ("市里下达我县地区生产总值增长目标为6%,我县自我加压,提出增长6.5%左右", 6.5, 6.0),
    ("市下达我县的地区生产总值增长目标是6%,县委确定增长7%", 7.0, 6.0),
    ("市里分解我县的地区生产总值增长目标为5.5%,我们提出增长6%", 6.0, 5.5),
    ("省市下达我县地区生产总值增长6%的目标,我们按照增长6.5%安排", 6.5, 6.0),
])
def test_the_places_own_aim_is_charted(aims, own, given):
    got = charted(aims)
    assert ("gdp_growth", 2025, "target", own) in got and ("gdp_growth", 2025, "target", given) not in got, got
    assert ("fiscal_revenue_growth", 2025, "target", 5.0) in got


def test_a_handed_down_aim_alone_stays():
    assert ("gdp_growth", 2025, "target", 6.0) in charted("市下达我县的地区生产总值增长目标为6%")


def test_a_stretch_as_before():
    got = charted("地区生产总值增长6%,力争增长6.5%左右")
    assert ("gdp_growth", 2025, "target", 6.0) in got


def test_an_outcome_after_a_handed_down_aim():
    text = ("2025年沐川县人民政府工作报告\n——2025年1月10日在沐川县第十八届人民代表大会第五次会议上\n一、2024年工作回顾\n"
            "市下达我县固定资产投资增长目标10%,全年实际增长12%。\n")
    got = figures(text, FIELDS, meta={"region": "沐川县"}, charted=True)
    assert ("fixed_investment_growth", 2024, "actual", 12.0) in got
