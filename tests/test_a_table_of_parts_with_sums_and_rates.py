"""A statistics bureau's table of the year's parts (一季度, 1-6月, …), each with a sum and a rate under it: the parts
repeated over both their columns (1-3月 | 1-3月 over 绝对额 | 增速), bars only between the cells (地区生产总值|亿元|96.1|…,
or box bars │ with none at the row's ends), and the sums' unit in a note above (说明:绝对额单位为亿元,增速单位为%). Each
figure is read under its own part, the rate as a growth and the sum in the note's unit (issue 23). Before, the second
header row was not read, a row of figures with no bar at its ends was taken for a table flattened onto one line, and a
box-barred row was no row. Negatives: a header naming each column once is read as before; a table flattened onto one
line (年份 | GDP | 增速 | 2022年 | …) is still cut into its rows; a line with one box bar is no row. Made-up tables in this
file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value", "unit")
HEAD = "某县2024年1-12月主要经济指标\n\n发布日期:2025-01-20 来源:某县统计局\n\n"

REPEATED = HEAD + ("说明:绝对额单位为亿元,增速单位为%。\n指标\t1-3月\t1-3月\t1-6月\t1-6月\t1-12月\t1-12月\n"
                   "\t绝对额\t增速\t绝对额\t增速\t绝对额\t增速\n地区生产总值\t75.2\t6.1\t160.4\t5.9\t331.8\t5.7\n"
                   "规模以上工业增加值\t—\t8.8\t—\t9.2\t—\t9.0\n社会消费品零售总额\t30.5\t4.6\t61.2\t4.4\t128.9\t4.8\n")
EDGELESS = HEAD + ("指标名称|单位|1-3月绝对额|1-3月增速|1-6月绝对额|1-6月增速|1-9月绝对额|1-9月增速|1-12月绝对额|1-12月增速\n"
                   "地区生产总值|亿元|75.2|6.1|160.4|5.9|244.7|5.8|331.8|5.7\n"
                   "固定资产投资|%|/|3.3|/|2.8|/|2.1|/|1.9\n")
BOXED = HEAD + ("指标名称│一季度│ │上半年│ │全年│ \n │绝对额│增速│绝对额│增速│绝对额│增速\n"
                "地区生产总值(亿元)│75.2│6.1│160.4│5.9│331.8│5.7\n一般公共预算收入(亿元)│4.1│3.5│8.3│2.2│16.9│1.8\n")


@pytest.mark.parametrize("page,fact", [
    (REPEATED, ("gdp_growth", 2024, "Q1", "actual", 6.1, "pct")),
    (REPEATED, ("gdp_growth", 2024, "H1", "actual", 5.9, "pct")),
    (REPEATED, ("industrial_va_growth", 2024, "year", "actual", 9.0, "pct")),
    (REPEATED, ("retail_sales", 2024, "H1", "actual", 61.2, "亿元")),
    (REPEATED, ("gdp", 2024, "year", "actual", 331.8, "亿元")),
    (EDGELESS, ("gdp", 2024, "Q1", "actual", 75.2, "亿元")),
    (EDGELESS, ("gdp_growth", 2024, "Q1-Q3", "actual", 5.8, "pct")),
    (EDGELESS, ("fixed_investment_growth", 2024, "H1", "actual", 2.8, "pct")),
    (BOXED, ("gdp", 2024, "H1", "actual", 160.4, "亿元")),
    (BOXED, ("gdp_growth", 2024, "year", "actual", 5.7, "pct")),
    (BOXED, ("fiscal_revenue_growth", 2024, "Q1", "actual", 3.5, "pct")),
])
def test_each_figure_under_its_part(page, fact):
    assert fact in figures(page, FIELDS, meta={"region": "某县"})


@pytest.mark.parametrize("page", [REPEATED, EDGELESS, BOXED])
def test_no_rate_is_read_as_a_sum_nor_a_sum_as_a_rate(page):
    got = figures(page, FIELDS, meta={"region": "某县"})
    assert not any(f[0] == "gdp" and f[4] < 20 for f in got), got
    assert not any(f[0] == "gdp_growth" and f[4] > 20 for f in got), got


def test_a_header_naming_each_column_once_is_read_as_before():
    text = HEAD + "| 指标 | 单位 | 1-6月 | 增长% |\n| 地区生产总值 | 亿元 | 160.4 | 5.9 |\n| 社会消费品零售总额 | 亿元 | 61.2 | 4.4 |\n"
    got = figures(text, FIELDS, meta={"region": "某县"})
    assert ("gdp", 2024, "H1", "actual", 160.4, "亿元") in got and ("gdp_growth", 2024, "H1", "actual", 5.9, "pct") in got, got


def test_a_table_flattened_onto_one_line_is_still_cut_into_rows():
    text = ("某县历年地区生产总值\n| 年份 | GDP(亿元) | 增速(%) | 2022年 | 301.5 | 4.1 | 2023年 | 316.2 | 5.0 | 2024年 | 331.8 | "
            "5.7 |\n")
    got = figures(text, FIELDS, meta={"region": "某县"})
    assert ("gdp", 2023, "year", "actual", 316.2, "亿元") in got and ("gdp_growth", 2024, "year", "actual", 5.7, "pct") in got, got


def test_a_line_with_one_box_bar_is_no_row():
    text = HEAD + "全县经济│稳中有进\n地区生产总值331.8亿元,增长5.7%。\n"
    got = figures(text, FIELDS, meta={"region": "某县"})
    assert ("gdp", 2024, "year", "actual", 331.8, "亿元") in got, got
