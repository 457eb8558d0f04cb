"""In a speech or news item of February-April with no year of its own, the first months of the year that ended just
before its date (1—2月份 in a March speech, 一季度 in April) are of the date's year, not of the year before, as the
spring's undated outcomes otherwise are (issue 23, class 2). Negatives: in a bulletin reviewing the year before, such a
part stays that year's; an undated whole year's outcome in spring stays the year before's. Made-up texts in this
file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "value")


def speech(date: str, sentence: str) -> str:
    return f"在全县经济工作会议暨重点项目建设推进会上的讲话\n({date})\n同志们:\n{sentence}\n"


@pytest.mark.parametrize("date, sentence, fact", [
    ("2020年3月2日", "受疫情影响,1—2月份全县规上工业增加值下降12.3%。", ("industrial_va_growth", 2020, "M1-M2", -12.3)),
    ("2020年3月5日", "受疫情影响,1—2月份社会消费品零售总额下降18.6%。", ("retail_sales_growth", 2020, "M1-M2", -18.6)),
    ("2019年4月15日", "一季度,全县地区生产总值增长7.2%。", ("gdp_growth", 2019, "Q1", 7.2)),
    ("2017年3月20日", "1-2月份,全县固定资产投资增长15.1%。", ("fixed_investment_growth", 2017, "M1-M2", 15.1)),
    ("2018年3月12日", "1至2月,全县一般公共预算收入增长9.4%。", ("fiscal_revenue_growth", 2018, "M1-M2", 9.4)),
])
def test_the_months_just_ended_are_the_dates_year(date, sentence, fact):
    got = figures(speech(date, sentence), FIELDS, meta={"region": "襄城县"}, charted=True)
    assert fact in got, got


def test_in_a_bulletin_of_the_year_before_the_part_stays_that_years():
    text = ("某县2020年国民经济和社会发展统计公报\n发布时间:2021-04-26\n一、综合\n"
            "全年全县地区生产总值248.9亿元,比上年增长3.9%。从季度走势看,一季度地区生产总值下降6.2%。\n")
    got = figures(text, FIELDS, meta={"region": "襄城县"}, charted=True)
    assert ("gdp_growth", 2021, "Q1", -6.2) not in got, got
