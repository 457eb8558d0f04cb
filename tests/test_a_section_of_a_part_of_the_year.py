"""A numbered heading that names a part of the year first (一、1-3月份主要经济指标完成情况, (一)上半年经济运行) gives that
part to the figures under it that name none of their own, until the next first-level heading names another or none.
Before, they were read as the whole year's and held back as a year not yet over (issue 23, class 1: monthly and
quarterly reports of a county's economy). Negatives: an aim under such a heading is the year's; figures under a later
heading that names no part are not the part's. Made-up items of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
META = {"region": "佳县"}


def charted(page: str) -> set[tuple]:
    return figures(page, FIELDS, meta=META, charted=True)


@pytest.mark.parametrize("heading,stamp,period", [
    ("一、1-3月份主要经济指标完成情况。", "2025-04-20 10:00", "Q1"),
    ("一、上半年主要经济指标完成情况", "2025-07-20 10:00", "H1"),
    ("(一)前三季度经济运行情况", "2025-10-22 10:00", "Q1-Q3"),
    ("一、1-9月主要经济指标", "2025-10-22 10:00", "Q1-Q3"),
    ("二、一季度全县经济运行", "2025-04-20 10:00", "Q1"),
])
def test_the_headings_part(heading, stamp, period):
    page = (f"佳县经济运行情况\n{stamp}\n今年以来,全县经济平稳。\n{heading}\n"
            "根据统一核算结果,全县地区生产总值总量为52.22亿元,同比增长4.0%。\n(一)全县规模以上工业增加值同比增长7.5%。\n")
    got = charted(page)
    assert {("gdp", 2025, period, "actual", 52.22), ("gdp_growth", 2025, period, "actual", 4.0),
            ("industrial_va_growth", 2025, period, "actual", 7.5)} <= got


def test_an_aim_under_the_heading_is_the_years():
    page = ("佳县经济运行情况\n2025-07-20 10:00\n一、上半年主要经济指标完成情况\n全县地区生产总值同比增长4.0%。\n"
            "全县力争地区生产总值增长6%。\n")
    got = charted(page)
    assert ("gdp_growth", 2025, "H1", "actual", 4.0) in got
    assert not {f for f in got if f[3] == "target" and f[2] != "year"}


def test_a_later_heading_naming_no_part():
    page = ("佳县2024年经济运行情况\n2025-01-20 10:00\n一、四季度主要指标\n全县地区生产总值同比增长4.0%。\n"
            "二、全年经济运行\n全县规模以上工业增加值同比增长7.5%。\n")
    got = charted(page)
    assert not {f for f in got if f[0] == "industrial_va_growth" and f[2] == "Q4"}
