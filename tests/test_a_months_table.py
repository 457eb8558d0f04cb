"""A month's table (2024年9月…: 9月 | 1-9月 | 累计增长%, or 本月 | 累计 | 累计增长%): the one month's column is no
headline figure, the growth of the total so far is of the months to it, and 累计 on a month's page is January to that
month, and so are 本年累计, the same months of the year before (上年同期) and the growth beside them (增减%, 同比%).
Before, the one month's figure and the growth so far were charted as the whole year's, with high confidence
(issue 23, classes 1 and 3: the period from the header). Where the months so far are named nowhere (a page titled
by its year alone, dated before December), such columns are not read. Negatives: a table of the months so far alone
keeps its period; a yearly bulletin's table stays the year's; so does 本年累计 on a page of the next January. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "value")


def read(text: str, sep: str = " | ") -> set[tuple]:
    return figures(text.replace(" | ", sep), FIELDS, meta={"region": "沐川县"}, charted=True)


@pytest.mark.parametrize("sep", [" | ", "\t"])
@pytest.mark.parametrize("title,header,period", [
    ("2024年9月沐川县主要经济指标", "指标 | 单位 | 9月 | 1-9月 | 累计增长%", "Q1-Q3"),
    ("2024年9月沐川县主要经济指标", "指标 | 单位 | 本月 | 累计 | 累计增长%", "Q1-Q3"),
    ("2024年6月份沐川县经济数据", "指标 | 单位 | 当月 | 1-6月 | 同比增长%", "H1"),
    ("沐川县主要经济指标(2024年10月)", "指标 | 单位 | 2024年10月份 | 2024年1-10月 | 增长%", "M1-M10"),
    ("2024年5月沐川县主要经济指标", "指标 | 单位 | 本月 | 累计 | 累计增长%", "M1-M5"),
])
def test_the_months_so_far_not_the_one_month(sep, title, header, period):
    text = (f"{title}\n沐川县统计局 2024-11-25\n{header}\n规模以上工业增加值 | 亿元 | 3.1 | 25.2 | 8.1\n"
            "社会消费品零售总额 | 亿元 | 4.2 | 36.5 | 6.7\n")
    got = read(text, sep)
    assert ("industrial_va", 2024, period, 25.2) in got and ("industrial_va_growth", 2024, period, 8.1) in got
    assert ("retail_sales", 2024, period, 36.5) in got and ("retail_sales_growth", 2024, period, 6.7) in got
    assert not any(v in (3.1, 4.2) or p == "year" for i, y, p, v in got)


def test_a_table_of_the_months_so_far_alone_keeps_its_period():
    got = read("2024年9月沐川县主要经济指标\n沐川县统计局 2024-10-25\n指标 | 单位 | 1-9月 | 增长%\n"
               "规模以上工业增加值 | 亿元 | 25.2 | 8.1\n")
    assert {("industrial_va", 2024, "Q1-Q3", 25.2), ("industrial_va_growth", 2024, "Q1-Q3", 8.1)} <= got


def test_a_yearly_bulletins_table_stays_the_years():
    got = read("沐川县2024年国民经济和社会发展统计公报\n沐川县统计局 2025-03-28\n指标 | 单位 | 绝对值 | 增长%\n"
               "规模以上工业增加值 | 亿元 | 35.2 | 8.2\n")
    assert {("industrial_va", 2024, "year", 35.2), ("industrial_va_growth", 2024, "year", 8.2)} <= got


@pytest.mark.parametrize("sep", [" | ", "\t"])
@pytest.mark.parametrize("header", ["指标 | 单位 | 本年累计 | 上年同期 | 增减%", "指标 | 单位 | 累计 | 上年同期 | 同比%"])
def test_so_far_and_last_years_same_months_on_a_months_page(sep, header):
    text = (f"2024年9月沐川县主要经济指标\n沐川县统计局 2024-10-25\n{header}\n"
            "规模以上工业增加值 | 亿元 | 25.2 | 23.3 | 8.1\n社会消费品零售总额 | 亿元 | 36.5 | 34.2 | 6.7\n")
    got = read(text, sep)
    assert {("industrial_va", 2024, "Q1-Q3", 25.2), ("industrial_va", 2023, "Q1-Q3", 23.3),
            ("industrial_va_growth", 2024, "Q1-Q3", 8.1), ("retail_sales_growth", 2024, "Q1-Q3", 6.7)} <= got
    assert not any(p == "year" for i, y, p, v in got)


MONTHLY = ("沐川县2024年主要经济指标月报\n沐川县统计局 {day}\n指标 | 单位 | 本年累计 | 上年同期 | 增减%\n"
           "规模以上工业增加值 | 亿元 | 25.2 | 23.3 | 8.1\n社会消费品零售总额 | 亿元 | 36.5 | 34.2 | 6.7\n")


@pytest.mark.parametrize("day", ["2024-10-25", "2024-07-18", "2024-04-20"])
def test_so_far_with_its_months_named_nowhere_is_not_read(day):
    assert not read(MONTHLY.format(day=day))


def test_so_far_on_a_page_of_the_next_january_is_the_years():
    got = read(MONTHLY.format(day="2025-01-20"))
    assert {("industrial_va", 2024, "year", 25.2), ("industrial_va_growth", 2024, "year", 8.1),
            ("retail_sales", 2023, "year", 34.2)} <= got
