"""A table pasted from a sheet keeps a row whose last cells are empty (第三产业增加值占GDP比重<TAB>49.5<TAB><TAB><TAB>): its
tabs are its cells. Before, the trailing tabs were dropped with the line's end, the row fell below three cells, the
table was cut there, and the rows below it lost their header (their figures were lost). (Issue 23, class 3: layout.)
Negative: a table whose rows are all full reads as before. Made-up pages in this
file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
T = "\t"
PAGE = ("曹县统计局:上半年全县经济运行情况\n发布时间:2025-07-25\n\n上半年,全县经济运行总体平稳,主要指标如下。\n\n"
        "2025年上半年曹县主要经济指标\n单位:亿元、%\n"
        + T.join(["指标", "1-6月累计", "累计同比增长%", "去年同期累计增长%", "位次"]) + "\n"
        + T.join(["地区生产总值", "256.83", "6.3", "6.5", "3"]) + "\n"
        + "{short}\n"
        + T.join(["规模以上工业增加值", "", "8.9", "10.4", "5"]) + "\n"
        + T.join(["社会消费品零售总额", "118.26", "6.6", "6.0", "2"]) + "\n"
        + T.join(["一般公共预算收入", "12.47", "2.4", "3.1", "7"]) + "\n"
        + T.join(["进出口总额", "36.52", "18.3", "22.7", "1"]) + "\n注:位次为在全市县区中的排位。\n")


def read(short: str) -> set[tuple]:
    return figures(PAGE.format(short=short), FIELDS, meta={"region": "曹县"})


@pytest.mark.parametrize("short, key, value", [
    (T.join(["第三产业增加值占GDP比重", "49.5", "", "", ""]), "retail_sales_growth", 6.6),
    (T.join(["第三产业增加值占GDP比重", "49.5", "", "", ""]), "fiscal_revenue_growth", 2.4),
    (T.join(["第三产业增加值占GDP比重", "49.5", "", ""]), "trade_growth", 18.3),
    (T.join(["城镇登记失业率", "2.9", "", "", ""]), "industrial_va_growth", 8.9),
    (T.join(["第三产业增加值占GDP比重", "49.5", "", "", ""]), "industrial_va_growth", 8.9),
])
def test_the_rows_below_a_row_with_empty_end_cells_are_read(short, key, value):
    got = read(short)
    assert (key, 2025, "H1", "actual", value) in got, got


def test_a_row_with_every_cell_filled_reads_as_before():
    got = read(T.join(["城镇登记失业率", "2.9", "-0.1", "0.2", "4"]))
    assert ("gdp_growth", 2025, "H1", "actual", 6.3) in got, got
    assert ("retail_sales_growth", 2025, "H1", "actual", 6.6) in got, got
