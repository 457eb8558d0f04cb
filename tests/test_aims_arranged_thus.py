"""Next year's aims opened by 主要预期目标建议这样安排: (or 这样定:), as a speech at a December meeting says them: the lines
after are next year's targets. Before, they were read as this year's figures and sent to review (issue 23, class 2: kind;
made-up set jl). The year's estimates before them stay this year's outcomes. Made-up speeches in this file's own
wording."""

import pytest

from tests.extracting import figures

META = {"region": "天水市"}
HEAD = "在市委经济工作会议上的讲话\n\n市委书记\n2018年12月26日\n\n同志们:\n\n"


@pytest.mark.parametrize("opener", ["明年全市经济社会发展的主要预期目标建议这样安排:", "明年的主要预期目标这样定:",
                                    "综合考虑各方面因素,明年主要预期目标建议这样安排:", "经过反复测算,明年的主要预期目标建议这样安排:",
                                    "明年全市主要预期目标这样安排:"])
def test_aims_arranged_thus_are_next_years(opener):
    text = HEAD + "二、明年的工作\n\n" + opener + "\n\n地区生产总值增长6%左右;\n固定资产投资增长5%以上;\n"
    got = figures(text, ("indicator", "year", "kind", "value"), meta=META, charted=True)
    assert {("gdp_growth", 2019, "target", 6.0), ("fixed_investment_growth", 2019, "target", 5.0)} <= got


def test_this_years_estimate_before_them_stays_an_outcome():
    text = HEAD + "一、今年\n\n预计全年地区生产总值增长6.5%左右。\n\n二、明年的工作\n\n明年的主要预期目标这样定:\n\n地区生产总值增长6%左右;\n"
    got = figures(text, ("indicator", "year", "kind", "value"), meta=META)
    assert ("gdp_growth", 2018, "actual", 6.5) in got
