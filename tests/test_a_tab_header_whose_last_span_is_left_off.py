"""A table copied from a sheet, its cells apart by tabs: a first header row whose cells span two columns each, the
spanned cells kept empty but the last one left off (指标 | 2025年一季度 | | 2024年一季度 | | 2024年全年), over a second
row naming each column (绝对额 | 增长). Each figure is read under its part and its word (issue 23). Before, the first row,
narrower than the rows of figures, was blanked with the second, and no figure had a header. Negatives: a narrower first
row with no empty cell (指标 | 2023年 | 2024年 over four columns) is still no header to place; a row of full width is read
as before. Made-up tables in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
PAGE = ("2025年一季度某县主要经济指标\n\n发布时间:2025-04-27 信息来源:某县统计局\n\n单位:亿元;%\n"
        "指标\t2025年一季度\t\t2024年一季度\t\t2024年全年\n\t绝对额\t增长\t绝对额\t增长\t绝对额\t增长\n"
        "地区生产总值\t48.92\t5.1\t46.35\t4.6\t212.48\t5.4\n规模以上工业增加值\t—\t7.4\t—\t6.8\t—\t7.9\n"
        "社会消费品零售总额\t17.86\t4.3\t17.12\t5.9\t71.35\t5.2\n")


@pytest.mark.parametrize("fact", [
    ("gdp", 2025, "Q1", "actual", 48.92),
    ("gdp_growth", 2025, "Q1", "actual", 5.1),
    ("industrial_va_growth", 2024, "Q1", "actual", 6.8),
    ("retail_sales", 2024, "year", "actual", 71.35),
    ("retail_sales_growth", 2024, "year", "actual", 5.2),
])
def test_each_figure_under_its_part_and_word(fact):
    assert fact in figures(PAGE, FIELDS, meta={"region": "某县"})


def test_a_narrower_row_with_no_empty_cell_places_nothing():
    text = ("某县主要经济指标\n发布时间:2025-04-27\n指标\t2023年\t2024年\n地区生产总值\t201.5\t4.9\t212.48\t5.4\n"
            "社会消费品零售总额\t68.1\t4.4\t71.35\t5.2\n")
    got = figures(text, FIELDS, meta={"region": "某县"})
    assert ("gdp", 2024, "year", "actual", 4.9) not in got and ("gdp_growth", 2023, "year", "actual", 212.48) not in got, got
