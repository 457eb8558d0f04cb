"""A meeting's news that names the five-year plan before the year's aims, in one sentence (明年是“十四五”规划收官之年……
会议提出明年全市经济社会发展主要预期目标:地区生产总值增长6.5%左右,…): the aims name their own year, and are that year's,
not the plan's five years. Before, the plan's span said earlier swallowed them: the growth targets were lost and one
was charted as the plan's (issue 23, class 1: time). Negatives: aims that name no year of their own after a plan's
name (“十四五”时期主要目标是:…) stay the plan's. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
HEAD = "巩义市委经济工作会议召开\n发布时间:2024-12-27 来源:巩义市融媒体中心\n"


def read(line: str) -> set[tuple]:
    return figures(HEAD + line + "\n", FIELDS, meta={"region": "巩义市"}, charted=True)


@pytest.mark.parametrize("lead", [
    "会议强调,明年是“十四五”规划收官之年……会议提出明年全市经济社会发展主要预期目标:",
    "明年是“十四五”规划的收官之年,会议提出明年全市经济社会发展主要预期目标:",
    "会议指出,明年是实施“十四五”规划的最后一年,明年全市主要预期目标是:",
    "明年是“十四五”收官之年,会议确定明年全市经济社会发展的主要预期目标是:",
    "会议强调,做好明年工作,对“十四五”圆满收官意义重大,明年全市经济社会发展主要预期目标为:",
])
def test_the_named_years_aims(lead):
    got = read(lead + "地区生产总值增长6.5%左右,规模以上工业增加值增长8.5%,城镇登记失业率控制在4%以内。")
    assert {("gdp_growth", 2025, "year", "target", 6.5), ("industrial_va_growth", 2025, "year", "target", 8.5),
            ("unemployment_rate", 2025, "year", "target", 4.0)} <= got, got


def test_aims_of_the_plan_stay_the_plans():
    text = ("巩义市国民经济和社会发展第十四个五年规划纲要\n2021年2月1日\n"
            "“十四五”时期主要目标是:地区生产总值年均增长6.5%左右。\n")
    got = figures(text, FIELDS, meta={"region": "巩义市"}, charted=True)
    assert ("gdp_growth_avg_5yr", 2025, "2021-2025", "target", 6.5) in got
