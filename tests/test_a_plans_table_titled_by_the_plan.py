"""A five-year plan's table of indicators introduced by words naming the plan (…规划纲要…主要经济指标安排如下:) with
columns 2020年 | 2025年 | 年均增长 | 属性: the first year's column is the plan's base, an outcome, though the words above
name targets; the later year's column stays the plan's aim (issue 23, class 4). Made-up tables in this file's own
wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")

TABLE = ("关于某县2020年计划执行情况与2021年计划草案的报告\n——2021年2月3日在某县人民代表大会上\n二、“十四五”时期主要发展目标\n"
         "根据《某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要(草案)》,“十四五”时期全县主要经济指标安排如下:\n"
         "| 指标 | 2020年 | 2025年 | 年均增长 | 属性 |\n"
         "| 地区生产总值(亿元) | 238.6 | 350 | 8% | 预期性 |\n"
         "| 一般公共预算收入(亿元) | 13.42 | 18.5 | 6.5% | 预期性 |\n"
         "| 社会消费品零售总额(亿元) | 113.7 | 165 | 7.7% | 预期性 |\n"
         "| 第三产业增加值占比(%) | 49.8 | 52 | — | 预期性 |\n"
         "| 城镇登记失业率(%) | 2.8 | 4.5 | — | 预期性 |\n")


@pytest.mark.parametrize("fact", [
    ("gdp", 2020, "actual", 238.6),
    ("fiscal_revenue", 2020, "actual", 13.42),
    ("retail_sales", 2020, "actual", 113.7),
    ("tertiary_share", 2020, "actual", 49.8),
    ("unemployment_rate", 2020, "actual", 2.8),
])
def test_the_base_column_is_an_outcome(fact):
    assert fact in figures(TABLE, FIELDS, meta={"region": "寿县"})


def test_the_later_column_stays_the_plans_aim():
    got = figures(TABLE, FIELDS, meta={"region": "寿县"})
    assert ("gdp", 2025, "target", 350.0) in got, got


def test_a_years_aims_table_keeps_its_only_year_an_aim():
    text = ("某县2021年政府工作报告\n——2021年1月8日\n三、2021年主要预期目标\n2021年主要预期目标如下:\n"
            "| 指标 | 2021年 |\n| 地区生产总值增速(%) | 8 |\n| 一般公共预算收入增速(%) | 6 |\n| 固定资产投资增速(%) | 10 |\n")
    got = figures(text, FIELDS, meta={"region": "寿县"})
    assert ("gdp_growth", 2021, "target", 8.0) in got, got
