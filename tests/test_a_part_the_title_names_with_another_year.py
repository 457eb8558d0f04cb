"""A page whose title names whole years and a part of a later one (主要经济指标(2012—2024年及2025年1—9月)): the part is
that later year's only. A table row labelled by another year, and a sentence of another year's figures, are whole years.
Before, every row of a historical table was charted as its year's first three quarters (issue 23, class 3: tables, and
class 1: time; made-up set jy: 106 wrong figures). Negative: the row of the part itself keeps it. Made-up history pages
in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "value")
META = {"region": "中山市"}
TITLE = "中山市主要经济指标(2016—2024年及2025年1—9月)\n中山市统计局 2025-10-27\n\n单位:亿元、%\n"
HEADER = "年份          地区生产总值  增长  社会消费品零售总额  增长\n"
ROWS = ("2016          3202.8        7.8   1359.4              10.1\n"
        "2019          3101.1        1.2   1550.3              5.8\n"
        "2022          3631.3        0.7   1537.6              -1.9\n"
        "2024          3850.7        4.1   1627.9              2.2\n"
        "2025年1—9月   2903.5        3.6   1224.0              2.9\n")


@pytest.mark.parametrize("want", [
    ("gdp", 2016, "year", 3202.8),
    ("gdp_growth", 2019, "year", 1.2),
    ("retail_sales", 2022, "year", 1537.6),
    ("retail_sales_growth", 2024, "year", 2.2),
    ("gdp", 2024, "year", 3850.7),
])
def test_a_row_of_another_year_is_the_whole_year(want):
    got = figures(TITLE + HEADER + ROWS, FIELDS, meta=META, charted=True)
    assert want in got
    assert (want[0], want[1], "Q1-Q3", want[3]) not in got


def test_a_sentence_of_another_year_is_the_whole_year():
    text = TITLE + HEADER + ROWS + "\n数据看点:2024年全市地区生产总值3850.7亿元,增长4.1%。\n"
    got = figures(text, FIELDS, meta=META, charted=True)
    assert ("gdp", 2024, "Q1-Q3", 3850.7) not in got


def test_the_parts_own_row_keeps_it():
    got = figures(TITLE + HEADER + ROWS, FIELDS, meta=META, charted=True)
    assert ("gdp", 2025, "Q1-Q3", 2903.5) in got
