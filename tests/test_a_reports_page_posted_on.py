"""A report's page with no delivery date but the time it was posted (发布时间:2022-06-21, 发布时间:2022年6月21日 09:30) is
dated by that time, as by the day it was issued or written (发布日期, 成文日期): its 过去一年 is the year before, its
今年 that year. Before, such a report had no date, and figures of 过去一年 and 今年 had no year and were not read
(issue 23, class 1: a city's report on a local political consultative site). Negatives: a report's own delivery date
wins over the page's; a page without either stays undated. Made-up pages of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value", "confidence")
BODY = "过去一年,全市实现地区生产总值418.5亿元,增长8.9%。今年主要预期目标是:地区生产总值增长7%左右。\n"


def charted(page: str) -> set[tuple]:
    return {f[:4] for f in figures(page, FIELDS, meta={"region": "陆丰市"}) if f[4] == "high"}


@pytest.mark.parametrize("stamp", [
    "发布时间:2022-06-21 发布者:admin",
    "发布时间:2022-06-21 10:31",
    "发布时间:2022年6月21日",
    "【发布时间】2022/6/21",
    "发布时间: 2022.06.21  来源:市政协",
])
def test_a_report_dated_by_its_posting(stamp):
    got = charted(f"陆丰市政府工作报告\n{stamp}\n{BODY}")
    assert {("gdp", 2021, "actual", 418.5), ("gdp_growth", 2021, "actual", 8.9), ("gdp_growth", 2022, "target", 7.0)} <= got


def test_the_delivery_date_wins():
    page = "陆丰市政府工作报告\n发布时间:2023-05-04\n——2022年1月10日在陆丰市第九届人民代表大会第一次会议上\n" + BODY
    got = charted(page)
    assert ("gdp", 2021, "actual", 418.5) in got and ("gdp_growth", 2022, "target", 7.0) in got


def test_an_undated_page_stays_undated():
    got = charted("陆丰市政府工作报告\n" + BODY)
    assert not {f for f in got if f[1] in (2021, 2022)}
