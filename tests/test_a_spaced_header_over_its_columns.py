"""A table set out by spaces, as a PDF's text layer gives it, whose header is narrower than its rows because a cell
spans two columns (2023年 over 完成 and 增长%): each header cell stands over the columns it is written above (a wide
character takes two places), so the spanning cell and the second header row name each column. Before, the header's
cells were taken in order, 2024年 fell over the growth of 2023, and figures were charted under the wrong year, kind or
unit (issue 23, class 3). Made-up tables in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value", "unit")
PLAN = "漳浦县2023年国民经济和社会发展计划执行情况与2024年计划草案\n附表:主要经济指标\n{t}\n"
TWO_ROWS = ("指标名称          单位      2023年                2024年\n"
            "                            完成       增长%      预期增长%\n"
            "地区生产总值      亿元      358.2      5.3        6左右\n"
            "规模以上工业增加值  亿元    —          6.8        7\n"
            "一般公共预算收入  亿元      15.3       4.1        5")
ONE_ROW = ("指标名称          单位      2023年                2024年\n"
           "地区生产总值      亿元      358.2      5.3        6左右\n"
           "固定资产投资      亿元      140.2      -2.1       5\n"
           "一般公共预算收入  亿元      15.3       4.1        5")


def charted(table: str) -> set[tuple]:
    return figures(PLAN.format(t=table), FIELDS, meta={"region": "漳浦县"}, charted=True)


@pytest.mark.parametrize("want", [
    ("gdp_growth", 2023, "actual", 5.3, "pct"),
    ("gdp_growth", 2024, "target", 6.0, "pct"),
    ("industrial_va_growth", 2023, "actual", 6.8, "pct"),
    ("fiscal_revenue_growth", 2023, "actual", 4.1, "pct"),
    ("fiscal_revenue_growth", 2024, "target", 5.0, "pct"),
])
def test_two_header_rows_over_their_columns(want):
    assert want in charted(TWO_ROWS)


@pytest.mark.parametrize("table,never", [
    (TWO_ROWS, ("gdp_growth", 2024, 5.3)),
    (TWO_ROWS, ("industrial_va_growth", 2024, 6.8)),
    (ONE_ROW, ("gdp", 2024, 5.3)),
    (ONE_ROW, ("fixed_investment", 2024, -2.1)),
])
def test_no_figure_under_the_wrong_year(table, never):
    assert not any((i, y, v) == never for i, y, k, v, u in charted(table))


def test_the_spanning_cells_own_column_is_read():
    assert ("gdp", 2023, "actual", 358.2, "亿元") in charted(ONE_ROW)
