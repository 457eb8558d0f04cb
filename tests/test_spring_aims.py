"""In an item of January–March, 力争全年实现… is this year's aim, not last year's outcome; and a dateline
without a year is dated by the page's address up to a month later (a paper posts late). Made-up items in
this file's own wording."""

import pytest

from etl.extract.dateline import dateline_date
from tests.extracting import figures

ITEM = "罗湖区召开经济工作会议\n1月6日,罗湖区召开经济工作会议,部署今年经济工作。\n"
FIELDS = ("indicator", "year", "kind", "value", "confidence")


def read(text: str) -> set[tuple]:
    return figures(ITEM + text, FIELDS, meta={"region": "罗湖区", "source_url": "https://example.org/2021/01/20/x.html"})


@pytest.mark.parametrize("text, expected", [
    ("区长表示,力争全年实现社会消费品零售总额增长8%以上。", ("retail_sales_growth", 2021, "target", 8.0, "high")),
    ("会议提出,要确保全年完成固定资产投资增长6%。", ("fixed_investment_growth", 2021, "target", 6.0, "high")),
    ("会议要求,力争全年一般公共预算收入达到50亿元。", ("fiscal_revenue", 2021, "target", 50.0, "high")),
])
def test_an_aim_for_the_whole_year_in_spring_is_this_years_target(text, expected):
    assert expected in read(text)


@pytest.mark.parametrize("text, expected", [
    ("会议指出,全年实现社会消费品零售总额增长6.5%。", ("retail_sales_growth", 2020, "actual", 6.5)),
    ("去年,全区地区生产总值增长4.1%。", ("gdp_growth", 2020, "actual", 4.1)),
])
def test_a_whole_year_done_in_spring_is_still_last_years(text, expected):
    assert expected in {f[:4] for f in read(text)}


@pytest.mark.parametrize("posted, expected", [
    ("https://example.org/2021/01/22/x.html", "2021-01-05"),   # 17 days later
    ("https://example.org/2021/02/04/x.html", "2021-01-05"),   # 30 days later
    ("https://example.org/2021/03/01/x.html", None),           # too late to say
    ("https://example.org/2020/12/30/x.html", None),           # before it
])
def test_a_dateline_without_a_year_is_dated_by_an_address_up_to_a_month_later(posted, expected):
    assert dateline_date("1月5日,区委召开全会。", posted) == expected
