"""A work report's date set in brackets after its name (某市人民政府工作报告(2024年12月28日)) is the day it was delivered:
a report delivered at the end of December reviews the year that is ending and aims at the next (issue 23, class 1, found
by a check of every development text against a copy delivered in the December before: a report so titled had filed its
review and its aims a year early). Negatives: a January date in the same place reads as before. Made-up texts of this
file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
REPORT = "{title}\n各位代表:\n一、过去一年工作回顾\n全市地区生产总值增长5.3%。\n二、今年主要预期目标\n地区生产总值增长6%左右。\n"


def read(title: str) -> set[tuple]:
    return figures(REPORT.format(title=title), FIELDS, meta={"region": "通辽市"}, charted=True)


@pytest.mark.parametrize("title, reviewed", [
    ("某市人民政府工作报告(2024年12月28日)", 2024),
    ("某市人民政府工作报告(2023年12月30日)", 2023),
    ("某市政府工作报告 (2022年12月27日)", 2022),
    ("某市人民政府工作报告【2021年12月29日】", 2021),
    ("(某省)某市人民政府工作报告[2020年12月26日]", 2020),
])
def test_a_report_delivered_in_december_reviews_that_year(title, reviewed):
    assert {("gdp_growth", reviewed, "actual", 5.3), ("gdp_growth", reviewed + 1, "target", 6.0)} <= read(title)


@pytest.mark.parametrize("title, reviewed", [
    ("某市人民政府工作报告(2025年1月23日)", 2024),
    ("某市人民政府工作报告(2021年1月8日)", 2020),
])
def test_a_report_delivered_in_january_reviews_the_year_before(title, reviewed):
    assert {("gdp_growth", reviewed, "actual", 5.3), ("gdp_growth", reviewed + 1, "target", 6.0)} <= read(title)
