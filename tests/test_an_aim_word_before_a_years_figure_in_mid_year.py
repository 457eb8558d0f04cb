"""A whole year's figure of the year under way in a mid-year item, in a sentence whose earlier words set an aim
(下半年,我们将…确保全年地区生产总值增长11%,固定资产投资完成260亿元,一般公共预算收入增长8%): the later items, said with
an outcome's verb or none, are not the year's outcomes, which the year has not yet reached; they go to review (an aim or
a forecast, the page does not say which). Before, they were charted as the year's outcomes (issue 23, class 1: time and
kind; made-up set jv). Negatives: a year already over, and a part of the year done, stay outcomes. Made-up half-year
reports in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
META = {"region": "丰都县"}
HEAD = "关于丰都县2016年上半年计划执行情况的报告\n——2016年7月26日在县人大常委会会议上\n\n"


@pytest.mark.parametrize("sentence, indicator, value", [
    ("下半年,我们将全力以赴,确保全年地区生产总值增长10%,固定资产投资完成210亿元,一般公共预算收入增长7%。",
     "fixed_investment", 210.0),
    ("下半年,我们将全力以赴,确保全年地区生产总值增长10%,固定资产投资完成210亿元,一般公共预算收入增长7%。",
     "fiscal_revenue_growth", 7.0),
    ("下半年要力争全年规模以上工业增加值增长11%,社会消费品零售总额实现95亿元。", "retail_sales", 95.0),
    ("确保全年目标实现,全年一般公共预算收入完成16.5亿元,城镇登记失业率3.9%。", "fiscal_revenue", 16.5),
    ("下半年全县将确保全年一般公共预算收入增长6%,固定资产投资实现两位数增长,社会消费品零售总额完成98亿元。",
     "retail_sales", 98.0),
])
def test_the_later_items_are_not_the_years_outcomes(sentence, indicator, value):
    got = figures(HEAD + sentence + "\n", FIELDS, meta=META, charted=True)
    assert (indicator, 2016, "year", "actual", value) not in got


def test_a_part_of_the_year_done_stays_an_outcome():
    got = figures(HEAD + "上半年,全县固定资产投资完成112.4亿元,同比增长13.6%。\n", FIELDS, meta=META, charted=True)
    assert ("fixed_investment", 2016, "H1", "actual", 112.4) in got


def test_a_year_already_over_stays_an_outcome():
    got = figures(HEAD + "2015年,全县固定资产投资完成186.2亿元,增长16.1%。\n", FIELDS, meta=META, charted=True)
    assert ("fixed_investment", 2015, "year", "actual", 186.2) in got
