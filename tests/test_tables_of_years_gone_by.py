"""Tables that run over several years. A table whose rows are years gone by (2013 | 186.4 | 11.2), set below a sentence
of the coming year's aims, holds outcomes, not aims. A plan outline's bare year columns before the page's date (2015年 |
2020年 | 2025年目标) hold outcomes too. A second header row of units alone ((亿元) | (%)) gives each column its unit, so
the levels are read. And a row named by its measure alone (增长(%) under 地区生产总值(亿元)) is that measure of the row
above's indicator. Before, the first two were charted as aims and the last two lost (issue 23, class 3: tables).
Negatives: a plan table's target column stays aims; a year column after the page's date stays aims. Made-up pages in
this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")


def read(text: str) -> set[tuple]:
    return figures(text, FIELDS, meta={"region": "汝城县"}, charted=True)


PROFILE = ("汝城县概况\n发布时间:2018-05-21 09:30\n2018年,全县主要预期目标为地区生产总值增长8.5%左右。\n"
           "2013—2017年汝城县主要经济指标\n")


@pytest.mark.parametrize("header, unit_row", [
    ("| 年份 | 地区生产总值增长(%) | 固定资产投资增长(%) |", None),
    ("| 年份 | 地区生产总值 | 固定资产投资增长 |", "| | (%) | (%) |"),
    ("| 年度 | GDP增速(%) | 固定资产投资增速(%) |", None),
    ("| 年份 | 生产总值增长(%) | 全社会固定资产投资增长(%) |", None),
    ("| 年 | 地区生产总值增长(%) | 固定资产投资增长(%) |", None),
])
def test_rows_of_years_gone_by_are_outcomes(header, unit_row):
    if unit_row:
        header = header.replace("地区生产总值 |", "地区生产总值增长 |")
    rows = "| 2013 | 11.2 | 30.5 |\n| 2014 | 10.3 | 25.6 |\n| 2015 | 9.2 | 20.8 |\n"
    got = read(PROFILE + header + "\n" + (unit_row + "\n" if unit_row else "") + rows)
    assert ("gdp_growth", 2014, "actual", 10.3) in got, got
    assert not any(k == "target" and y < 2018 for i, y, k, v in got), got


OUTLINE = ("汝城县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n汝城县人民政府 发布时间:2021-03-30\n"
           "第二章 “十四五”时期主要目标\n表1 汝城县“十四五”时期经济社会发展主要指标\n")


@pytest.mark.parametrize("header", [
    "| 指标 | 2015年 | 2020年 | 2025年目标 | 年均增长(%) | 属性 |",
    "| 指标 | 2015年 | 2020年 | 2025年 | 年均增长(%) | 属性 |",
    "| 项目 | 2015年 | 2020年 | 2025年目标 | 年均增长(%) | 属性 |",
    "| 指标名称 | 2015年 | 2020年 | 2025年目标值 | 年均增长(%) | 指标属性 |",
    "| 指标 | 2015年 | 2020年 | 2025年规划目标 | 年均增长(%) | 属性 |",
])
def test_bare_year_columns_before_the_date_are_outcomes(header):
    got = read(OUTLINE + header + "\n| 地区生产总值(亿元) | 198.7 | 301.6 | 430 | 7.5 | 预期性 |\n"
               "| 一般公共预算收入(亿元) | 10.35 | 12.86 | 17 | 5.7 | 预期性 |\n")
    assert {("gdp", 2015, "actual", 198.7), ("gdp", 2020, "actual", 301.6)} <= got, got
    assert ("gdp", 2025, "target", 430.0) in got, got


def test_a_year_after_the_date_stays_an_aim():
    got = read(OUTLINE.replace("2021-03-30", "2020-12-30") + "| 指标 | 2015年 | 2021年 | 2025年目标 | 属性 |\n"
               "| 地区生产总值(亿元) | 198.7 | 320 | 430 | 预期性 |\n")
    assert ("gdp", 2021, "target", 320.0) in got, got


BULLETIN = "汝城县2016年国民经济和社会发展统计公报\n汝城县统计局\n2017年4月12日\n附表:汝城县2012—2016年主要经济指标\n"


@pytest.mark.parametrize("name, key", [
    ("地区生产总值(亿元)", "gdp_growth"), ("生产总值(亿元)", "gdp_growth"), ("GDP(亿元)", "gdp_growth"),
    ("社会消费品零售总额(亿元)", "retail_sales_growth"), ("一般公共预算收入(亿元)", "fiscal_revenue_growth"),
])
def test_a_row_named_by_its_measure_is_the_row_aboves(name, key):
    got = read(BULLETIN + "| 指标 | 2014年 | 2015年 | 2016年 |\n"
               f"| {name} | 105.2 | 112.9 | 121.4 |\n| 增长(%) | 9.6 | 8.8 | 8.1 |\n")
    assert (key, 2015, "actual", 8.8) in got, got


@pytest.mark.parametrize("units", [
    "| | (亿元) | (%) | (亿元) |", "| | （亿元） | （%） | （亿元） |", "| (单位) | (亿元) | (%) | (亿元) |",
    "| | (亿元) | (%) | (亿元)", "|  | (亿元) |  (%)  | (亿元) |",
])
def test_a_row_of_units_gives_each_column_its_unit(units):
    got = read(PROFILE + "| 年份 | 地区生产总值 | 增长 | 社会消费品零售总额 |\n" + units + "\n"
               "| 2014 | 205.1 | 10.3 | 80.6 |\n| 2015 | 221.8 | 9.2 | 90.4 |\n")
    assert {("gdp", 2014, "actual", 205.1), ("retail_sales", 2015, "actual", 90.4)} <= got, got
