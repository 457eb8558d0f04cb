"""An item dated in the first months of a year (January to March) reports no whole-year outcome of that year, even one
whose year the text states somewhere (2019年政府工作总体要求: over a congress item run into one paragraph): such a figure,
read under that year, goes to review. Before, any year the text stated anywhere let the outcome be charted, so an outcome
of the year just past, with no year of its own, was charted as the new year's when the item's paragraph opened with the
new year's heading (issue 23, class 1: congress news of January-March). Negatives: a bulletin whose title names the year
it reviews keeps that year under a date that slipped (2016年…统计公报 dated 2016年3月9日); an outcome of the year before
is charted. Made-up items of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")


@pytest.mark.parametrize("lead", [
    "2019年政府工作总体要求:",
    "2019年主要任务:",
    "2019年工作思路:",
    "2019年工作部署:",
    "2019年重点工作:",
])
def test_no_outcome_of_the_year_just_begun(lead):
    page = (f"莒县十八届人大三次会议开幕\n2019-01-29 齐鲁晚报\n{lead}1月26日上午,莒县第十八届人民代表大会第三次会议开幕。"
            "县长代表县政府作工作报告。报告指出,全县经济平稳运行。完成一般公共预算收入21.03亿元,增长16%。\n")
    got = figures(page, FIELDS, meta={"region": "莒县"}, charted=True)
    assert not {f for f in got if f[1] == 2019 and f[2] == "actual"}


def test_a_bulletin_whose_date_slipped():
    page = ("道县2016年国民经济和社会发展统计公报\n道县统计局\n2016年3月9日\n一、综合\n经初步核算,全县实现地区生产总值171.2亿元,"
            "比上年增长9.2%。\n")
    assert ("gdp_growth", 2016, "actual", 9.2) in figures(page, FIELDS, meta={"region": "道县"}, charted=True)


def test_last_years_outcome():
    page = "莒县十八届人大三次会议开幕\n2019-01-29 齐鲁晚报\n报告指出,2018年全县完成一般公共预算收入21.03亿元,增长16%。\n"
    assert ("fiscal_revenue_growth", 2018, "actual", 16.0) in figures(page, FIELDS, meta={"region": "莒县"}, charted=True)
