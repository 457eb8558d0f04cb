"""A new term's report heads its aims with both the term's years and the first year's (二、今后五年奋斗目标和2012年工作总体
要求、主要预期目标): the span's targets (到2016年,…达到500亿元) are the span's, and once a sentence names the first year
(2012年是本届政府的开局之年), the aims that follow are that year's, growths included, not the span's. (Issue 23, class 1.)
Negatives: with no sentence naming the year, the span's levels stay the span's. Made-up reports in this file's own
wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
REPORT = ("政府工作报告\n——2012年1月12日在某县第十七届人民代表大会第一次会议上\n各位代表:\n一、过去五年工作回顾\n"
          "2011年,全县地区生产总值增长14.1%。\n二、今后五年奋斗目标和2012年工作总体要求、主要预期目标\n"
          "今后五年政府工作的总体目标是:加快工业化和城镇化进程。到2016年,全县地区生产总值达到500亿元,公共财政预算收入达到30亿元。\n"
          "{year}今年政府工作的总体要求是:稳中求进,加快发展。\n"
          "全县经济社会发展的主要预期目标是:地区生产总值增长13%;公共财政预算收入增长20%以上;全社会固定资产投资增长20%;"
          "社会消费品零售总额增长16%;城镇登记失业率控制在4%以内。\n")


def read(year: str) -> set[tuple]:
    return figures(REPORT.format(year=year), FIELDS, meta={"region": "齐河县"}, charted=True)


@pytest.mark.parametrize("fact", [
    ("gdp_growth", 2012, "year", "target", 13.0),
    ("fiscal_revenue_growth", 2012, "year", "target", 20.0),
    ("fixed_investment_growth", 2012, "year", "target", 20.0),
    ("retail_sales_growth", 2012, "year", "target", 16.0),
    ("unemployment_rate", 2012, "year", "target", 4.0),
])
def test_the_first_years_aims_after_it_is_named(fact):
    assert fact in read("2012年是本届政府的开局之年。")


def test_the_spans_levels_stay_the_spans():
    got = read("2012年是本届政府的开局之年。")
    assert ("gdp", 2016, "2012-2016", "target", 500.0) in got, got


def test_without_the_year_named_the_spans_levels_stay():
    got = read("")
    assert ("gdp", 2016, "2012-2016", "target", 500.0) in got, got
