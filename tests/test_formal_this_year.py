"""In a dated government work report, 今年 is its date's year: a target said for 今年 outside the plan
section is not filed under the year its review covers (issue 23, class 1). Made-up texts of this file's
own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
HEAD = "政府工作报告\n——2019年2月12日在某某市第八届人民代表大会第三次会议上\n"
REVIEW = "2018年,全市实现地区生产总值820亿元,增长6.8%。"


@pytest.mark.parametrize("said, found", [
    ("市长表示,今年全市将力争固定资产投资增长10%以上。", ("fixed_investment_growth", 2019, "target", 10.0)),
    ("今年,全市将力争社会消费品零售总额增长8%。", ("retail_sales_growth", 2019, "target", 8.0)),
    ("他说,今年力争实现一般公共预算收入60亿元。", ("fiscal_revenue", 2019, "target", 60.0)),
])
def test_a_target_for_this_year_in_a_dated_report_is_the_dates_year(said, found):
    got = figures(HEAD + REVIEW + said, FIELDS)
    assert found in got
    assert (found[0], 2018, "target", found[3]) not in got


def test_the_reviewed_years_outcomes_keep_their_year():
    got = figures(HEAD + REVIEW + "今年,全市将力争固定资产投资增长10%以上。", FIELDS)
    assert ("gdp", 2018, "actual", 820.0) in got and ("gdp_growth", 2018, "actual", 6.8) in got
