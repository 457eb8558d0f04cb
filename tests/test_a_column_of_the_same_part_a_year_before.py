"""A table of a part of a year whose column beside this year's is headed 上年同期 (去年同期, 上一年同期): its cells are
the same part of the year before. Before, they were read as this year's, a second value of the same figure, and went
to review (issue 23, class 3: a table's header gives each column its meaning). Negatives: this year's column keeps its
year; a column headed with its own year keeps that year. Made-up tables of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")


def charted(page: str) -> set[tuple]:
    return figures(page, FIELDS, meta={"region": "汶上县"}, charted=True)


@pytest.mark.parametrize("page,figure", [
    ("汶上县2023年1-11月主要经济指标\n指标名称 单位 1-11月 同比增长(%) 上年同期\n地区生产总值 亿元 380.2 5.8 359.1\n"
     "一般公共预算收入 亿元 19.6 6.2 18.4\n", ("gdp", 2022, "M1-M11", "actual", 359.1)),
    ("汶上县2023年1-11月主要经济指标\n指标名称 单位 1-11月 同比增长(%) 上年同期\n地区生产总值 亿元 380.2 5.8 359.1\n"
     "一般公共预算收入 亿元 19.6 6.2 18.4\n", ("fiscal_revenue", 2022, "M1-M11", "actual", 18.4)),
    ("汶上县2024年上半年主要经济指标\n指标 | 单位 | 上半年 | 去年同期\n---|---|---|---\n地区生产总值 | 亿元 | 190.5 | 181.2\n"
     "社会消费品零售总额 | 亿元 | 80.3 | 76.9\n", ("gdp", 2023, "H1", "actual", 181.2)),
    ("汶上县2024年上半年主要经济指标\n指标 | 单位 | 上半年 | 去年同期\n---|---|---|---\n地区生产总值 | 亿元 | 190.5 | 181.2\n"
     "社会消费品零售总额 | 亿元 | 80.3 | 76.9\n", ("retail_sales", 2023, "H1", "actual", 76.9)),
    ("汶上县2024年1-9月主要经济指标\n指标 | 单位 | 1-9月 | 上一年同期\n---|---|---|---\n一般公共预算收入 | 亿元 | 15.2 | 14.7\n"
     "地区生产总值 | 亿元 | 290.1 | 276.4\n", ("fiscal_revenue", 2023, "Q1-Q3", "actual", 14.7)),
])
def test_the_same_part_a_year_before(page, figure):
    assert figure in charted(page)


def test_this_years_column_keeps_its_year():
    page = ("汶上县2024年上半年主要经济指标\n指标 | 单位 | 上半年 | 去年同期\n---|---|---|---\n地区生产总值 | 亿元 | 190.5 | 181.2\n"
            "社会消费品零售总额 | 亿元 | 80.3 | 76.9\n")
    got = charted(page)
    assert ("gdp", 2024, "H1", "actual", 190.5) in got
    assert ("gdp", 2024, "H1", "actual", 181.2) not in got


def test_a_column_with_its_own_year_keeps_it():
    page = ("汶上县2024年上半年主要经济指标\n指标 | 单位 | 2024年上半年 | 2022年上半年\n---|---|---|---\n"
            "地区生产总值 | 亿元 | 190.5 | 170.2\n社会消费品零售总额 | 亿元 | 80.3 | 71.9\n")
    got = charted(page)
    assert ("gdp", 2022, "H1", "actual", 170.2) in got
