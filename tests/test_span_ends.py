"""The last year of a span named in a plan's title (《X国土空间规划(2021—2035年)》) is no year a later figure is about
(issue 23, a class of set AB, where half-year outcomes were dated 2035). Made-up texts of this file's own wording;
negatives: a span stated for an average keeps its years, and a year stated for the figure keeps it."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")


@pytest.mark.parametrize("plan", ["《某省国土空间规划(2021—2035年)》", "《某市城市总体规划(2016-2035年)》",
                                  "《某县乡村振兴规划(2018—2022年)》", "《某区产业发展规划(2019~2025年)》",
                                  "《某州综合交通规划(2021–2030年)》"])
def test_a_plans_span_end_dates_no_later_figure(plan):
    text = f"某地新闻\n会议审议通过了{plan}。\n全市地区生产总值增长6%,固定资产投资增长8%。"
    got = figures(text, FIELDS)
    assert not any(f[1] in (2022, 2025, 2030, 2035) for f in got)


def test_a_span_stated_for_an_average_keeps_its_years():
    text = "某县2016年统计公报\n2016年,全县地区生产总值增长7.5%。2011-2016年,全县固定资产投资年均增长12%。"
    assert figures(text, FIELDS) == {("gdp_growth", 2016, "year", "actual", 7.5),
                                     ("fixed_investment_growth_avg_5yr", 2016, "2011-2016", "actual", 12.0)}


def test_a_year_stated_after_a_plans_span_still_dates_its_figure():
    text = "某地新闻\n会议审议通过了《某市城市总体规划(2016-2035年)》。2023年,全市地区生产总值增长6%。"
    assert ("gdp_growth", 2023, "year", "actual", 6.0) in figures(text, FIELDS)
