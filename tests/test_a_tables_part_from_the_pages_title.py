"""A page of a part of the year (2024年1-9月…主要经济指标) whose table has no title of its own, its headers naming no
year (本期 | 上年同期 | 增减%), is a table of that part: the page's title says so. Before, a table under a stamp line
(沐川县统计局 2024-10-25) or with its title several lines above read its figures as the whole year's, with high
confidence (issue 23, classes 1 and 3). Negatives: a yearly bulletin's table stays the year's; a column that says
全年 stays the year's. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "value")
TABLE = "指标 | 单位 | 本期 | 上年同期 | 增减%\n地区生产总值 | 亿元 | 88.2 | 84.0 | 5.0\n"


def read(text: str) -> set[tuple]:
    return figures(text, FIELDS, meta={"region": "沐川县"}, charted=True)


@pytest.mark.parametrize("head,period", [
    ("2024年1-9月沐川县主要经济指标\n沐川县统计局 2024-10-25\n", "Q1-Q3"),
    ("2024年1-9月沐川县主要经济指标\n沐川县统计局\n发布时间:2024-10-25\n浏览次数:102\n单位:亿元\n", "Q1-Q3"),
    ("2024年上半年沐川县主要经济指标\n沐川县统计局 2024年7月20日 09:30\n", "H1"),
    ("沐川县2024年1-5月主要经济指标\n来源:沐川县统计局\n发布时间:2024-06-18\n浏览次数:88\n单位:亿元\n", "M1-M5"),
    ("2024年一季度沐川县经济运行情况\n沐川县统计局\n发布日期:2024-04-22\n字号:大 中 小\n", "Q1"),
])
def test_the_table_is_of_the_pages_part(head, period):
    got = read(head + TABLE)
    assert ("gdp", 2024, period, 88.2) in got and ("gdp", 2023, period, 84.0) in got
    assert not any(p == "year" for i, y, p, v in got)


def test_a_yearly_bulletins_table_stays_the_years():
    got = read("沐川县2024年国民经济和社会发展统计公报\n沐川县统计局 2025-03-28\n"
               "指标 | 单位 | 绝对值 | 增长%\n地区生产总值 | 亿元 | 120.5 | 5.3\n")
    assert {("gdp", 2024, "year", 120.5), ("gdp_growth", 2024, "year", 5.3)} <= got


def test_a_column_of_the_whole_year_stays_the_years():
    got = read("2024年1-9月沐川县主要经济指标\n沐川县统计局 2024-10-25\n"
               "指标 | 单位 | 全年目标 | 本期 | 增减%\n地区生产总值增速 | % | 6.0 | 5.0 | —\n")
    assert ("gdp_growth", 2024, "year", 6.0) in got and ("gdp_growth", 2024, "Q1-Q3", 5.0) in got
