"""A growth followed by the average a year it compounds to over three to ten years (…由8亿元增长到12.9亿元,增长61.1%,年均
增长10%: 1.10 to the fifth is 1.61) is the growth over those years, not the growth of the year that leads the sentence;
it is not read as a year's (issue 23, found by stamping every development text with a date: a page whose span lead had
lost its first year, —2015年, charted five such growths as 2015's, 96.3% among them). Within the rounding of both
figures. Negatives: a two-year average (两年平均) leaves the year's own growth; a growth the average does not compound to
stays the year's; a growth since a base year five years back stays the five-year cumulative. Made-up texts of this
file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "value")


def read(sentence: str) -> set[tuple]:
    return figures(f"宁乡县经济概况\n{sentence}\n", FIELDS, meta={"region": "宁乡县"})


@pytest.mark.parametrize("sentence,indicator,cumulative", [
    ("2020年,全县一般公共预算收入由8亿元增长到12.9亿元,增长61.1%,年均增长10%。", "fiscal_revenue_growth", 61.1),
    ("2020年,全县地区生产总值由300亿元增长到440.8亿元,增长46.9%,年均增长8%。", "gdp_growth", 46.9),
    ("2019年,全县固定资产投资由90亿元增长到141.6亿元,增长57.4%,年均增长12%。", "fixed_investment_growth", 57.4),
    ("2018年,全县社会消费品零售总额增长20.8%,年均增长6.5%。", "retail_sales_growth", 20.8),
    ("2020年,全县进出口总额由5亿美元增长到10.1亿美元,增长101.1%,年均增长15%。", "trade_growth", 101.1),
    ("2020年,全县规模以上工业增加值增长96.7%,年均增长7%。", "industrial_va_growth", 96.7),
])
def test_a_growth_the_average_compounds_to_is_no_years_growth(sentence, indicator, cumulative):
    rows = read(sentence)
    assert not [r for r in rows if r[0] == indicator and r[3] == cumulative]


def test_a_two_year_average_leaves_the_years_growth():
    assert ("gdp_growth", 2021, "year", 10.9) in read("2021年,全县地区生产总值增长10.9%,两年平均增长5.3%。")


def test_a_growth_the_average_does_not_compound_to_stays_the_years():
    assert ("gdp_growth", 2020, "year", 7.5) in read("2020年,全县地区生产总值增长7.5%,年均增长8.1%。")


def test_a_growth_since_a_base_year_stays_the_five_year_cumulative():
    rows = read("2021年,全县地区生产总值达到166亿元,较2016年增长29.3%,年均增长5.3%。")
    assert ("gdp_growth_cumulative_5yr", 2021, "2017-2021", 29.3) in rows
