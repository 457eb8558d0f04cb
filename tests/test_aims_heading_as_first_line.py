"""A text whose first line is only a year's aims heading (2019年预期目标, 2024年经济社会发展主要预期目标) opens a plan
section there: the list below it is that year's targets, as it is when the heading stands below a title (issue 23: a
traditional mirror of a city's aims whose every target was read as an outcome). Made-up texts of this file's own
wording; negatives: a first line that reviews aims or reports a year is no plan heading."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
LIST = "{head}\n地区生产总值增长6.5%左右\n一般公共预算收入增长6%左右\n固定资产投资增长6.5%左右\n"


@pytest.mark.parametrize("head, year", [("2019年预期目标", 2019), ("2024年经济社会发展主要预期目标", 2024),
                                        ("2021年主要目标:", 2021), ("2016年国民经济和社会发展预期目标", 2016),
                                        ("2023年发展目标", 2023)])
def test_an_aims_heading_on_the_first_line_makes_the_list_targets(head, year):
    got = figures(LIST.format(head=head), FIELDS, meta={"region": "德州市"})
    assert {("gdp_growth", year, "target", 6.5), ("fixed_investment_growth", year, "target", 6.5)} <= got


@pytest.mark.parametrize("head", ["2019年预期目标完成情况", "2019年经济运行情况", "2019年主要经济指标"])
def test_a_first_line_that_is_no_aims_heading_makes_no_targets(head):
    got = figures(LIST.format(head=head), FIELDS, meta={"region": "德州市"})
    assert not {f for f in got if f[2] == "target"}
