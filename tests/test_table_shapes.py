"""Tables as pages flatten them (issue 23, class 3): rows without a leading bar, a second header row under
a cell spanning two columns, cells that carry their unit, a year's target column under a part-year's
title, and a % in a level's row. Made-up tables in this file's own wording."""

import pytest

from etl.extract.tables import find_cells
from tests.extracting import figures

HEAD = ("关于罗湖区2023年前三季度国民经济和社会发展计划执行情况的报告\n"
        "——2023年10月20日在罗湖区第七届人民代表大会常务委员会会议上\n\n")
TABLE = ("表1 2023年前三季度主要指标完成情况\n"
         "指标名称 | 年度目标 | 前三季度完成情况 | |\n"
         "绝对值 | 增幅 | ||\n"
         "1.社会消费品零售总额 | 7% | 612.4亿元 | 9.3% |\n"
         "2.一般公共预算收入 | 5%以上 | 88.1亿元 | 6.2% |\n"
         "3.居民人均可支配收入 | 与经济增长同步 | 52318元 | 5.1% |\n")
FIELDS = ("indicator", "year", "period", "kind", "value")


def read(text: str) -> set[tuple]:
    return figures(HEAD + text, FIELDS, meta={"region": "罗湖区"}, charted=True)


@pytest.mark.parametrize("expected", [
    ("retail_sales_growth", 2023, "year", "target", 7.0),          # the year's target, not the part-year's
    ("retail_sales", 2023, "Q1-Q3", "actual", 612.4),              # a cell carrying its unit
    ("retail_sales_growth", 2023, "Q1-Q3", "actual", 9.3),         # the second header row: 增幅
    ("fiscal_revenue_growth", 2023, "year", "target", 5.0),
    ("fiscal_revenue", 2023, "Q1-Q3", "actual", 88.1),
    ("disposable_income", 2023, "Q1-Q3", "actual", 5.2318),        # 元 in the cell, read in 万元
    ("disposable_income_growth", 2023, "Q1-Q3", "actual", 5.1),
])
def test_a_table_without_leading_bars_and_with_two_header_rows_is_read(expected):
    assert expected in read(TABLE)


def test_the_second_header_row_names_the_columns_it_spans():
    cells = find_cells(TABLE)
    headers = {c.header for c in cells}
    assert {"前三季度完成情况 绝对值", "前三季度完成情况 增幅"} <= headers


@pytest.mark.parametrize("text", [
    "首页 | 新闻中心 | 政务公开\n",                                              # a menu: one line with bars
    "网站导航 | 地区生产总值增长6% | 联系我们\n",                                   # a menu naming a figure
])
def test_a_lone_line_with_bars_is_no_table(text):
    assert find_cells(text) == []


def test_a_row_of_numbers_after_the_header_is_a_row_not_a_second_header():
    text = "指标 | 2023年完成 | 增长 |\n地区生产总值 | 2480.5 | 6.1 |\n"
    cells = find_cells(text)
    assert {(c.header, c.value) for c in cells} == {("2023年完成", 2480.5), ("增长", 6.1)}


def test_a_percent_in_a_shares_row_is_no_growth():
    text = ("指标 | 2023年完成 |\n| --- | --- |\n"
            "第三产业增加值占地区生产总值比重 | 63.2% |\n")
    assert not any(f[0].endswith("_growth") for f in read(text))


@pytest.mark.parametrize("lead, period", [
    ("2023年前9个月", "Q1-Q3"), ("2023年前6个月", "H1"), ("2023年前10个月", "M1-M10"), ("2023年前三季度", "Q1-Q3"),
    ("2023年前3个月", "Q1"),
])
def test_the_first_months_of_a_year_are_that_years_part(lead, period):
    text = f"罗湖区经济运行情况\n{lead},全区社会消费品零售总额增长5.1%。"
    assert ("retail_sales_growth", 2023, period, "actual", 5.1) in figures(text, FIELDS, meta={"region": "罗湖区"},
                                                                            charted=True)


def test_a_year_before_which_something_happens_is_no_lead():
    text = "罗湖区经济运行情况\n力争2025年前全区社会消费品零售总额增长5.1%。"
    assert not any(f[1] == 2025 and f[3] == "actual" for f in figures(text, FIELDS, meta={"region": "罗湖区"}))


PLAN_HEAD = "城东区2021年国民经济和社会发展计划执行情况与2022年计划草案\n一、2021年计划执行情况\n"
TYPED = ("表一:2021年主要指标完成情况\n"
         "属性 | 指标名称 | 人代会 目标 | 完成情况 | 全市排名 | |||\n"
         "增幅 | 绝对值 | 评价 | |||||\n"
         "预期性 | 地区生产总值 | 8%左右 | 9.7 | 853.2亿元 | 完成 | 2 | |\n"
         "社会消费品零售总额 | 6% | 10.1% | 330.5亿元 | 完成 | 3 | |\n"
         "固定资产投资 | 11% | 25.6% | | 完成 | 2 | |||\n"
         "约束性 | 一般公共预算收入 | 7% | 12.5% | 60.8亿元 | 完成 | 1 | |\n")


@pytest.mark.parametrize("expected", [
    # the type column (预期性) is no label; the name after it is
    ("gdp_growth", 2021, "year", "target", 8.0),
    ("gdp_growth", 2021, "year", "actual", 9.7),
    ("gdp", 2021, "year", "actual", 853.2),
    # a row whose type cell spans from the row above keeps each value under its own header
    ("retail_sales_growth", 2021, "year", "target", 6.0),
    ("retail_sales_growth", 2021, "year", "actual", 10.1),
    ("fixed_investment_growth", 2021, "year", "actual", 25.6),
    ("fiscal_revenue_growth", 2021, "year", "actual", 12.5),
])
def test_a_type_column_and_a_second_header_row_under_the_outcome(expected):
    assert expected in read_plan(TYPED)


def test_no_value_is_read_under_the_neighbouring_header():
    got = read_plan(TYPED)
    # negatives: a target read as an outcome, or an outcome as a target, as a shifted row would
    assert ("fixed_investment_growth", 2021, "year", "actual", 11.0) not in got
    assert ("fixed_investment_growth", 2021, "year", "target", 25.6) not in got
    assert ("retail_sales_growth", 2021, "year", "target", 10.1) not in got
    # the ranking and the rating are no figures
    assert not any(f[4] in (2.0, 3.0, 1.0) for f in got)


def read_plan(text: str, head: str = PLAN_HEAD) -> set[tuple]:
    return figures(head + text, FIELDS, meta={"region": "罗湖区"})


RANKED = ("表1 2020年主要指标完成情况\n指标名称\n预期目标\n完成情况\n全省排名\n"
          "地区生产总值增长(%)\n6%左右\n3.8%\n4\n"
          "固定资产投资增长(%)\n10%\n8.1%\n10\n"
          "社会消费品零售总额增长(%)\n7.8%\n-9.4%\n16\n")


@pytest.mark.parametrize("expected", [
    # a ranking column in the header (全省排名) is a column: the rows below keep their places
    ("gdp_growth", 2020, "year", "target", 6.0),
    ("gdp_growth", 2020, "year", "actual", 3.8),
    ("fixed_investment_growth", 2020, "year", "target", 10.0),
    ("fixed_investment_growth", 2020, "year", "actual", 8.1),
    ("retail_sales_growth", 2020, "year", "actual", -9.4),
])
def test_a_ranking_column_keeps_the_rows_in_place(expected):
    assert expected in read_ranked()


def test_a_rank_is_no_figure():
    got = read_ranked()
    assert not any(f[4] in (4.0, 16.0) for f in got)
    assert ("fixed_investment_growth", 2020, "year", "actual", 10.0) not in got


def read_ranked() -> set[tuple]:
    return read_plan(RANKED, "城东市2020年国民经济和社会发展计划执行情况与2021年计划草案的报告\n一、2020年计划执行情况\n")
