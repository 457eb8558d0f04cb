"""A level said as a change from last year's (地区生产总值由上年的798.4亿元增加到812.6亿元): the first number is last year's,
the second the year's. Before, last year's level was charted as this year's, and this year's went to review as a second
value (issue 23, class 1: time from the words around a figure; a wrong figure charted high). Negatives: a change from a
named year keeps both years, and a level said alone is read as before. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
HEAD = "2025年孝义市人民政府工作报告\n——2025年2月10日在孝义市第十七届人民代表大会第五次会议上\n一、2024年工作回顾\n"


def read(line: str) -> set[tuple]:
    return figures(HEAD + line + "\n", FIELDS, meta={"region": "孝义市"}, charted=True)


@pytest.mark.parametrize("line,key,last,this", [
    ("地区生产总值由上年的798.4亿元增加到812.6亿元,增长3.8%。", "gdp", 798.4, 812.6),
    ("地区生产总值从去年的798.4亿元增加到812.6亿元。", "gdp", 798.4, 812.6),
    ("一般公共预算收入由上年的52.1亿元增加到58.4亿元。", "fiscal_revenue", 52.1, 58.4),
    ("社会消费品零售总额由上年的160.3亿元提高到168.2亿元。", "retail_sales", 160.3, 168.2),
    ("地区生产总值由上一年的798.4亿元增长到812.6亿元。", "gdp", 798.4, 812.6),
])
def test_last_years_start_is_not_this_years(line, key, last, this):
    got = read(line)
    assert (key, 2024, "actual", this) in got and (key, 2024, "actual", last) not in got, got


def test_a_named_year_keeps_both():
    got = read("地区生产总值由2023年的798.4亿元增加到812.6亿元。")
    assert {("gdp", 2023, "actual", 798.4), ("gdp", 2024, "actual", 812.6)} <= got


def test_a_level_alone_as_before():
    assert ("gdp", 2024, "actual", 812.6) in read("地区生产总值达到812.6亿元,增长3.8%。")
