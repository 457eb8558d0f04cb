"""A plan's table of indicators (指标 | 2020年 | 2025年 | 年均增长 | 属性, with 预期性 and 约束性 in the attribute column)
gives its first year's column as the outcome the plan starts from and its later years' columns as what it aims at; and a
column of a year after the page's own date, or in a five-year plan's outline (某县“十三五”规划纲要) a year of its span,
can hold no outcome; one-cell-per-line tables are read the same way. Before, with no word of aim in the header, every column
was read as an outcome: a plan outline's 2025 level charted as 2025's outcome (issue 23, the table reader with header
semantics; found by writing a plan outline's table). Negatives: a table of two years gone on a page dated after them
keeps both as outcomes, the first year of a plan's table stays an outcome, and a mid-term review of an outline
(规划纲要实施中期评估报告) keeps its years gone as outcomes. Made-up texts of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "铜山区"}
OUTLINE = "某区国民经济和社会发展第十四个五年规划纲要\n\n表1 主要指标\n\n"


def charted(text: str) -> set[tuple]:
    return figures(text, FIELDS, meta=META, charted=True)


@pytest.mark.parametrize("text,aim", [
    (OUTLINE + "| 指标 | 2020年 | 2025年 | 年均增长(%) | 属性 |\n|---|---|---|---|---|\n| 地区生产总值(亿元) | 600 | 800 | 6 | 预期性 |\n"
     "| 一般公共预算收入(亿元) | 40 | 52 | 5.5 | 预期性 |\n", ("gdp", 2025, "target", 800.0)),
    (OUTLINE + "| 指标 | 2020年 | 2025年 | 指标属性 |\n| 一般公共预算收入(亿元) | 40 | 52 | 预期性 |\n| 城镇登记失业率(%) | 2.9 | 3.5 | 预期性 |\n",
     ("fiscal_revenue", 2025, "target", 52.0)),
    (OUTLINE + "| 指标名称 | 2015年 | 2020年 | 指标性质 |\n| 社会消费品零售总额(亿元) | 180 | 260 | 预期性 |\n| 地区生产总值(亿元) | 420 | 600 | 预期性 |\n",
     ("retail_sales", 2020, "target", 260.0)),
    (OUTLINE + "| 类别 | 指标 | 2020年 | 2025年 | 属性 |\n| 经济发展 | 地区生产总值(亿元) | 600 | 800 | 预期性 |\n| 经济发展 | 固定资产投资(亿元) | 300 | 420 | 预期性 |\n",
     ("gdp", 2025, "target", 800.0)),
    ("某区2023年国民经济和社会发展计划\n\n发布时间:2023-01-10 09:00\n\n| 指标 | 2022年 | 2023年 |\n|---|---|---|\n"
     "| 地区生产总值(亿元) | 612 | 650 |\n| 一般公共预算收入(亿元) | 41.2 | 43.3 |\n", ("gdp", 2023, "target", 650.0)),
    (OUTLINE + "指标\n2020年\n2025年\n属性\n地区生产总值(亿元)\n600\n800\n预期性\n一般公共预算收入(亿元)\n40\n52\n预期性\n",
     ("gdp", 2025, "target", 800.0)),
    ("某县“十三五”规划纲要\n\n| 指标 | 2015年 | 2020年 | 年均增长 |\n| 地区生产总值(亿元) | 100 | 150 | 8.4% |\n"
     "| 一般公共预算收入(亿元) | 8 | 12 | 8.5% |\n", ("gdp", 2020, "target", 150.0)),
])
def test_a_later_years_column_is_an_aim(text, aim):
    got = charted(text)
    assert aim in got and (aim[0], aim[1], "actual", aim[3]) not in got


def test_years_gone_on_a_page_dated_after_them_stay_outcomes():
    text = ("某区主要经济指标\n\n发布时间:2023-03-10 09:00\n\n| 指标 | 2021年 | 2022年 |\n|---|---|---|\n"
            "| 地区生产总值(亿元) | 580 | 612 |\n| 一般公共预算收入(亿元) | 39.9 | 41.2 |\n")
    assert {("gdp", 2021, "actual", 580.0), ("gdp", 2022, "actual", 612.0)} <= charted(text)


def test_a_plan_tables_first_year_stays_an_outcome():
    text = (OUTLINE + "| 指标 | 2020年 | 2025年 | 属性 |\n| 地区生产总值(亿元) | 600 | 800 | 预期性 |\n"
            "| 一般公共预算收入(亿元) | 40 | 52 | 预期性 |\n")
    assert ("gdp", 2020, "actual", 600.0) in charted(text)


def test_a_mid_term_review_of_an_outline_keeps_its_years_gone():
    text = ("某区“十四五”规划纲要实施中期评估报告\n\n| 指标 | 2020年 | 2022年 | 2025年目标 |\n| 地区生产总值(亿元) | 600 | 690 | 800 |\n"
            "| 一般公共预算收入(亿元) | 40 | 45 | 52 |\n")
    assert ("gdp", 2022, "actual", 690.0) in charted(text)
