"""A review's heading that names, beside its year, the term or the five-year plan the year ends (2020年和“十三五”工作
回顾, 2012年及过去五年政府工作回顾, 2015年暨“十二五”时期工作回顾) heads a review of that year, as 2023年工作回顾 does.
Before, the words between the year and 工作回顾 hid the heading, and the review's figures were dated by the report's
title or not at all (issue 23, found by writing each development text with every sentence on a line of its own, where
a paragraph's opening year no longer reaches its later sentences). Negatives: a heading of the year's tasks (2021年
工作安排) heads no review; the plain heading still does. Made-up texts of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
PAGE = ("某县人民政府工作报告\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n一、{heading}\n"
        "面对复杂严峻的形势,全县上下攻坚克难。\n全县实现地区生产总值318.4亿元,增长5.5%。\n")


@pytest.mark.parametrize("heading,year", [
    ("2020年和“十三五”工作回顾", 2020),
    ("2012年及过去五年政府工作回顾", 2012),
    ("2015年暨“十二五”时期工作回顾", 2015),
    ("2017年和本届政府工作回顾", 2017),
    ("2022年及过去五年政府工作回顾", 2022),
])
def test_a_review_heading_naming_its_term_or_plan_dates_the_review(heading, year):
    got = figures(PAGE.format(heading=heading), FIELDS, meta={"region": "长丰县"}, charted=True)
    assert ("gdp", year, "actual", 318.4) in got


def test_a_heading_of_the_years_tasks_heads_no_review():
    got = figures(PAGE.format(heading="2021年工作安排"), FIELDS, meta={"region": "长丰县"}, charted=True)
    assert ("gdp", 2021, "actual", 318.4) not in got


def test_the_plain_heading_still_heads_a_review():
    got = figures(PAGE.format(heading="2020年工作回顾"), FIELDS, meta={"region": "长丰县"}, charted=True)
    assert ("gdp", 2020, "actual", 318.4) in got
