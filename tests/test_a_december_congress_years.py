"""A congress that meets in December to choose a new government counts the year that is ending among the
years it looks back on: its 过去五年 (五年来, 这三年) ends with the 今年 it reports beside them, and its 今后五年 begins the
year after. Before, the span ended a year early (a December 2021 congress's five years were charted as 2016-2020), and
an average growth of the term was filed under the wrong five years (issue 23, class 1: the year from the date and the
kind of document). A paragraph that speaks of the years ahead and then names the aims of one year (今后五年,…。明年的主要
预期目标是:…) sets that year's aims: before, the five-year span said first swallowed them and they were lost. Negatives:
a congress of January, March or November still looks back to the year before its date, a report that names the year it reviews
keeps it, and aims that name no year of their own after 今后五年 stay the plan's. Made-up pages in this file's own
wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
META = {"region": "黟县"}


def news(date: str, body: str) -> str:
    return f"黟县第十八届人民代表大会第一次会议开幕\n{date} 来源:黟县融媒体中心\n县长代表县人民政府作政府工作报告。\n{body}\n"


@pytest.mark.parametrize("date,lead,span", [
    ("2021-12-28", "报告指出,过去五年,", "2017-2021"),
    ("2021-12-20", "报告回顾说,五年来,", "2017-2021"),
    ("2021-12-01", "过去的五年,", "2017-2021"),
    ("2016-12-27", "报告指出,过去五年,", "2012-2016"),
    ("2021-12-28", "这三年,", "2019-2021"),
])
def test_a_late_congress_counts_the_year_ending(date, lead, span):
    body = f"{lead}全县地区生产总值年均增长7.2%。今年预计全县地区生产总值增长8.5%。"
    got = figures(news(date, body), FIELDS, META)
    assert any(p == span and k == "actual" and v == 7.2 for i, y, p, k, v in got), got


@pytest.mark.parametrize("date,span", [("2022-01-10", "2017-2021"), ("2022-03-02", "2017-2021"),
                                       ("2021-06-15", "2016-2020"), ("2021-11-30", "2016-2020")])
def test_an_earlier_congress_looks_back_to_the_year_before(date, span):
    got = figures(news(date, "报告指出,过去五年,全县地区生产总值年均增长7.2%。"), FIELDS, META)
    assert any(p == span and v == 7.2 for i, y, p, k, v in got), got


def test_a_report_naming_the_year_it_reviews_keeps_it():
    text = ("2021年黟县人民政府工作报告\n——2021年12月28日在黟县第十八届人民代表大会第一次会议上\n"
            "一、2020年工作回顾\n过去五年,全县地区生产总值年均增长7.2%。\n")
    got = figures(text, FIELDS, META)
    assert not any(p == "2017-2021" for i, y, p, k, v in got), got


@pytest.mark.parametrize("aims", [
    "明年全县经济社会发展的主要预期目标是:",
    "明年的主要预期目标是:",
    "明年全县经济社会发展主要预期目标是:",
    "明年,全县主要预期目标是:",
    "明年全县的主要发展目标是:",
])
def test_aims_naming_their_year_after_the_years_ahead(aims):
    body = f"报告提出,今后五年,全县地区生产总值年均增长6.5%左右。{aims}地区生产总值增长7%左右,一般公共预算收入增长6%。"
    got = figures(news("2021-12-28", body), FIELDS, META)
    assert ("gdp_growth", 2022, "year", "target", 7.0) in got and ("fiscal_revenue_growth", 2022, "year", "target", 6.0) in got
    assert ("gdp_growth_avg_5yr", 2026, "2022-2026", "target", 6.5) in got


@pytest.mark.parametrize("aims", ["2022年全县经济社会发展的主要预期目标是:", "2022年主要预期目标为:"])
def test_aims_naming_their_year_in_figures_also_so(aims):
    body = f"报告提出,今后五年,全县地区生产总值年均增长6.5%左右。{aims}地区生产总值增长7%左右。"
    assert ("gdp_growth", 2022, "year", "target", 7.0) in figures(news("2021-12-28", body), FIELDS, META)


@pytest.mark.parametrize("body", [
    "报告提出,今后五年,全县主要目标是:地区生产总值年均增长6.5%左右,一般公共预算收入年均增长6%。",
    "报告提出,今后五年,全县经济社会发展的主要目标是:地区生产总值年均增长6.5%左右。",
])
def test_aims_naming_no_year_stay_the_plans(body):
    got = figures(news("2021-12-28", body), FIELDS, META)
    assert ("gdp_growth_avg_5yr", 2026, "2022-2026", "target", 6.5) in got
    assert not any(y == 2022 and p == "year" for i, y, p, k, v in got), got
