"""Two rules from set V, in texts written for this test:

1. A sentence that opens with a year not yet past at the item's date and what is planned for it (2015年,X省计划…;
   力争; 预期) gives that year's targets in all its pieces, an outcome word among them (实现130亿美元) included.
2. A report said to set out the new year's aims before the first indicator (报告明确了新一年的目标任务,预计到年末…)
   announces targets, as 报告提出, does.
(A level target to pass a round number, 力争突破3000亿元, stays a charted target with its floor: a planner compares
the outcome with it. The corpus's truth leaves such milestones out, so they count as wrong there; see bench/README.)
"""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "罗湖区", "date": "2015-01-26"}


@pytest.mark.parametrize("sentence, expected", [
    ("2015年,全区计划地区生产总值增长10%;进出口总额实现130亿美元。", ("trade", 2015, "target", 130.0)),
    ("2015年,全区计划一般公共预算收入增长9%;社会消费品零售总额实现560亿元。", ("retail_sales", 2015, "target", 560.0)),
    ("2015年,全区力争地区生产总值增长8%;进出口总额实现90亿美元。", ("trade", 2015, "target", 90.0)),
    ("2015年,全区预期固定资产投资增长12%;地区生产总值实现1850亿元。", ("gdp", 2015, "target", 1850.0)),
    ("2015年全区计划社会消费品零售总额增长11%;一般公共预算收入实现95亿元。", ("fiscal_revenue", 2015, "target", 95.0)),
])
def test_a_sentence_led_by_the_years_plan_gives_its_targets(sentence, expected):
    got = figures(sentence, FIELDS, meta=META)
    assert expected in got
    assert (expected[0], expected[1], "actual", expected[3]) not in got


@pytest.mark.parametrize("sentence, expected", [
    # negatives: a plan for a year already past at the date is what that year did; no plan word, no plan
    ("2014年,全区计划地区生产总值增长10%;进出口总额实现130亿美元。", ("trade", 2014, "actual", 130.0)),
    ("2015年1-2月,全区进出口总额实现13亿美元。", ("trade", 2015, "actual", 13.0)),
])
def test_what_a_years_plan_lead_does_not_cover(sentence, expected):
    assert expected in figures(sentence, FIELDS, meta=META)


UNDATED = "一年春作首,万事竞争先。"


@pytest.mark.parametrize("sentence, expected", [
    ("城东县在2018年《政府工作报告》明确了新一年的目标任务,预计到年末全县地区生产总值增长7%左右。",
     ("gdp_growth", 2018, "target", 7.0)),
    ("城东县2018年政府工作报告明确了新一年的目标任务,预计到年末全县固定资产投资增长8%以上。",
     ("fixed_investment_growth", 2018, "target", 8.0)),
    ("城东县在2018年《政府工作报告》中明确了新一年的目标任务,预计到年末全县社会消费品零售总额增长9%以上。",
     ("retail_sales_growth", 2018, "target", 9.0)),
    ("2018年城东县政府工作报告明确了全年目标,全县一般公共预算收入预计增长10%以上。",
     ("fiscal_revenue_growth", 2018, "target", 10.0)),
    ("城东县在2018年《政府工作报告》明确了新一年的目标任务,预计全县地区生产总值增长6.5%。",
     ("gdp_growth", 2018, "target", 6.5)),
])
def test_a_report_setting_out_the_years_aims_announces_targets(sentence, expected):
    got = figures(UNDATED + sentence, FIELDS, meta={"region": "罗湖区"})
    assert expected in got
    assert (expected[0], expected[1], "actual", expected[3]) not in got


@pytest.mark.parametrize("sentence, expected", [
    # negatives: 明确 with no aim before the first indicator, and an estimate of the year with no announcement
    ("城东县2018年明确全县地区生产总值增长7%。", ("gdp_growth", 2018, "actual", 7.0)),
    ("2018年,预计全县地区生产总值增长7%。", ("gdp_growth", 2018, "actual", 7.0)),
])
def test_what_is_not_an_announcement(sentence, expected):
    assert expected in figures(UNDATED + sentence, FIELDS, meta={"region": "罗湖区", "date": "2019-01-10"})
