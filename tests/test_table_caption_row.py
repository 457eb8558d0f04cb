"""A table whose first row is its caption (表1 | 2016年一般公共预算收入执行情况 | 单位:万元、%), written with wide gaps or
bars: the caption gives the table's title and unit and is no row of column names. Before, its cells were read as a
header spanning the columns below, so the growth column stood beside the share-of-budget column and a growth done was
charted as the year's aim, and the sums in 万元 were not read (issue 23, class 3: tables). Negatives: a row of column
names that holds a unit cell of its own is still a header. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
HEAD = "滑县2018年财政预算执行情况和2019年财政预算草案的报告\n——2019年1月9日在滑县第十五届人民代表大会第四次会议上\n"


def read(body: str) -> set[tuple]:
    return figures(HEAD + body + "\n", FIELDS, meta={"region": "滑县"}, charted=True)


@pytest.mark.parametrize("caption", [
    "表1  2018年一般公共预算收入执行情况  单位:万元、%",
    "| 表1 | 2018年一般公共预算收入执行情况 | 单位:万元、% |",
    "附表2  2018年全县一般公共预算收入完成情况  单位:万元",
    "表一  一般公共预算收入执行情况表  金额单位:万元",
    "表3:  2018年财政收入执行情况  单位:万元,%",
])
def test_the_growth_done_is_an_outcome(caption):
    body = (caption + "\n项目              年初预算    调整预算    完成数     为调整预算%   增长%\n"
            "一般公共预算收入    136000      142000      143582     101.1         11.8\n"
            "  税收收入          101000      106500      108230     101.6         12.6\n")
    got = read(body)
    assert ("fiscal_revenue_growth", 2018, "actual", 11.8) in got, got
    assert ("fiscal_revenue", 2018, "actual", 14.3582) in got, got
    assert not any(k == "target" and v == 11.8 for i, y, k, v in got), got


def test_a_header_row_with_a_unit_cell_stays_a_header():
    body = ("| 指标 | 2018年完成 | 比上年增长% |\n| 一般公共预算收入(万元) | 143582 | 11.8 |\n"
            "| 地区生产总值(亿元) | 412.5 | 7.1 |\n")
    got = read(body)
    assert {("fiscal_revenue_growth", 2018, "actual", 11.8), ("gdp", 2018, "actual", 412.5)} <= got, got
