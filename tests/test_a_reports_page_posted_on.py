"""A news item dated only by the time it was posted, in any way of writing a day (发布时间: 2022.06.21, 发布时间:2022年6月21日)
is dated by it: its 过去一年 is the year before. A report's page is not: a copy posted years later carries such a time
as well as the first posting, and its 过去一年 would be read a year or more late (the development texts' restamped
copies lost 23 right figures and gained a wrong one when it was). Before, a day written with dots after 发布时间 dated
nothing (issue 23, class 1). Made-up pages of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value", "confidence")
BODY = "过去一年,全市实现地区生产总值418.5亿元,增长8.9%。\n"


def read(page: str) -> set[tuple]:
    return {f[:4] for f in figures(page, FIELDS, meta={"region": "陆丰市"})}


@pytest.mark.parametrize("stamp", [
    "发布时间: 2022.06.21  来源:市政协",
    "发布时间:2022.6.21 来源:陆丰新闻",
    "【发布时间】2022.06.21",
    "发表时间:2022.06.21 作者:本站",
    "发布时间 | 2022.06.21 | 浏览次数:",
])
def test_a_news_item_dated_by_its_posting(stamp):
    got = read(f"陆丰市经济运行稳中有进\n{stamp}\n{BODY}")
    assert {("gdp", 2021, "actual", 418.5), ("gdp_growth", 2021, "actual", 8.9)} <= got


def test_a_reports_page_is_not_dated_by_its_posting():
    got = read("陆丰市政府工作报告\n发布时间:2024-06-21 10:31\n" + BODY)
    assert not {f for f in got if f[1] == 2023}


def test_the_delivery_date_dates_a_report():
    page = "陆丰市政府工作报告\n发布时间:2023-05-04\n——2022年1月10日在陆丰市第九届人民代表大会第一次会议上\n" + BODY
    assert ("gdp", 2021, "actual", 418.5) in read(page)
