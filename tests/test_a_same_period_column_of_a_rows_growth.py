"""A column of the same period last year (上年同期) in a row whose unit is % (规模以上工业增加值 | % | — | 7.1 | 8.6): the
row's growth a year before, as the growth column beside it is this year's. Before, a % column naming no growth in a row
with a growth column was taken for a level and dropped (issue 23, class 3: tables; made-up set ka). Negatives: a column of
the whole year done (全年完成) in such a row is still no growth. Made-up monthly reports in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "value")
META = {"region": "准格尔旗"}
HEAD = ("准格尔旗统计月报 2025年1—2月\n准格尔旗统计局 2025年3月15日\n\n表1  1—2月主要经济指标\n\n"
        "指标  单位  1—2月  同比增长(%)  上年同期\n")
OTHER_ROW = "社会消费品零售总额  亿元  30.2  4.1  29.0\n"   # (a table of one row is no table)


@pytest.mark.parametrize("row, want", [
    ("规模以上工业增加值  %  —  7.1  8.6", ("industrial_va_growth", 2024, "M1-M2", 8.6)),
    ("固定资产投资  %  —  15.8  -9.2", ("fixed_investment_growth", 2024, "M1-M2", -9.2)),
    ("规模以上工业增加值  %  —  6.4  5.3", ("industrial_va_growth", 2024, "M1-M2", 5.3)),
    ("固定资产投资  %  —  3.2  11.7", ("fixed_investment_growth", 2024, "M1-M2", 11.7)),
    ("规模以上工业增加值  %  —  9.9  -1.4", ("industrial_va_growth", 2024, "M1-M2", -1.4)),
])
def test_the_column_is_last_years_growth(row, want):
    assert want in figures(HEAD + row + "\n" + OTHER_ROW, FIELDS, meta=META, charted=True)


def test_a_column_of_the_whole_year_is_still_no_growth():
    head = HEAD.replace("上年同期", "全年完成")
    got = figures(head + "规模以上工业增加值  %  —  7.1  8.6\n" + OTHER_ROW, FIELDS, meta=META, charted=True)
    assert not any(f[3] == 8.6 for f in got)
