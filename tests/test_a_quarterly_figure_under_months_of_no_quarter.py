"""Residents' income is surveyed and accounted by quarter only (data/indicators.csv `by_quarter`): such a figure read as of
months that end no quarter (a monthly report's table of 1—11月, whose income row holds the first three quarters) is of
a quarter the page does not name there, so it goes to review. Before, it was charted as the months' figure (issue 23,
class 1: part-years; made-up set ka). Negatives: the same indicators over months that end a quarter (1—9月), and other
indicators over any months (GDP too, which some places estimate by month), are charted. Made-up monthly reports in this
file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "value")
META = {"region": "沁水县"}
HEAD = ("沁水县统计月报 2022年11月\n沁水县统计局 2022年12月14日\n\n表1  全县主要经济指标完成情况(1—11月)\n\n"
        "| 指标 | 单位 | 1—11月累计 | 同比增长(%) | 上年同期 |\n")


@pytest.mark.parametrize("row, charted", [
    ("| 全体居民人均可支配收入 | 元 | 24106 | 6.0 | 22742 |", ("disposable_income", 2022, "M1-M11", 2.4106)),
    ("| 全体居民人均可支配收入 | 元 | 24106 | 6.0 | 22742 |", ("disposable_income_growth", 2022, "M1-M11", 6.0)),
    ("| 城镇居民人均可支配收入 | 元 | 32450 | 5.3 | 30817 |", ("disposable_income_urban", 2022, "M1-M11", 3.245)),
    ("| 城镇居民人均可支配收入 | 元 | 32450 | 5.3 | 30817 |", ("disposable_income_urban", 2021, "M1-M11", 3.0817)),
    ("| 全体居民人均可支配收入 | 元 | 24106 | 6.0 | 22742 |", ("disposable_income", 2021, "M1-M11", 2.2742)),
])
def test_the_figure_goes_to_review(row, charted):
    assert charted not in figures(HEAD + row + "\n", FIELDS, meta=META, charted=True)
    assert charted in figures(HEAD + row + "\n", FIELDS, meta=META)


@pytest.mark.parametrize("row, want", [
    ("| 社会消费品零售总额 | 亿元 | 79.45 | 2.6 | 77.44 |", ("retail_sales", 2022, "M1-M11", 79.45)),
    ("| 一般公共预算收入 | 亿元 | 36.82 | 21.4 | 30.33 |", ("fiscal_revenue", 2022, "M1-M11", 36.82)),
    ("| 地区生产总值 | 亿元 | 291.6 | 6.4 | 270.2 |", ("gdp", 2022, "M1-M11", 291.6)),
])
def test_other_indicators_over_the_months_are_charted(row, want):
    assert want in figures(HEAD + row + "\n", FIELDS, meta=META, charted=True)


def test_the_same_indicator_over_months_ending_a_quarter_is_charted():
    head = HEAD.replace("1—11月", "1—9月").replace("2022年11月", "2022年9月").replace("12月14日", "10月14日")
    got = figures(head + "| 全体居民人均可支配收入 | 元 | 24106 | 6.0 | 22742 |\n", FIELDS, meta=META, charted=True)
    assert ("disposable_income", 2022, "Q1-Q3", 2.4106) in got
