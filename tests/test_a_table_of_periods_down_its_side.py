"""A table turned on its side: indicators across its header, periods down its first column, each a year and a part of
it (2023年 | 2024年一季度 | 2024年上半年 | 2024年全年). Each figure is read for its row's year and part, under its column's
indicator (issue 23). Before, only the row of a bare year was read. Negatives: a row labelled by a place, not a period,
gives nothing of the document's own place; a table of bare years is read as before. Made-up tables in this file's own
wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
PAGE = ("2024年某区分季度主要经济指标(累计)\n\n发布时间:2025-02-14 发布单位:某区统计局\n\n"
        "时间\t地区生产总值(亿元)\tGDP增速(%)\t规上工业增加值增速(%)\t一般公共预算收入(亿元)\n"
        "2023年\t812.6\t6.9\t8.4\t62.35\n2024年一季度\t195.3\t6.1\t9.6\t21.47\n2024年上半年\t402.8\t6.4\t10.2\t38.06\n"
        "2024年前三季度\t615.1\t6.0\t9.1\t52.93\n2024年全年\t851.9\t5.9\t8.7\t64.18\n")


@pytest.mark.parametrize("fact", [
    ("gdp", 2024, "Q1", "actual", 195.3),
    ("gdp_growth", 2024, "H1", "actual", 6.4),
    ("industrial_va_growth", 2024, "Q1-Q3", "actual", 9.1),
    ("fiscal_revenue", 2024, "H1", "actual", 38.06),
    ("gdp", 2024, "year", "actual", 851.9),
    ("fiscal_revenue", 2024, "year", "actual", 64.18),
])
def test_each_row_is_its_periods(fact):
    assert fact in figures(PAGE, FIELDS, meta={"region": "某区"})


def test_the_bare_years_row_is_read_as_before():
    assert ("gdp", 2023, "year", "actual", 812.6) in figures(PAGE, FIELDS, meta={"region": "某区"})


def test_a_row_of_another_place_gives_nothing_of_ours():
    text = PAGE.replace("2024年一季度\t195.3", "某市\t1995.3")
    got = figures(text, FIELDS, meta={"region": "某区"})
    assert not any(v == 1995.3 for i, y, p, k, v in got), got
