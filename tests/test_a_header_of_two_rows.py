"""A table whose header takes two rows, the first with cells spanning several columns (2023年 | (empty) | 2024年) and the
second naming each column under them (| | 完成 | 增长% | 预期增长%; its first cells, under 指标名称 and 单位, empty): each
column is named by its spanning cell and its own word. Before, the second row was not read, the growth columns were read
as levels in the row's unit and charted (issue 23, class 3: a table reader with header semantics). A column with no
name at all is not read, nor are rows wider than their header (which columns a shorter header names is unknown). Made-up tables in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value", "unit")
PLAN = "漳浦县2023年国民经济和社会发展计划执行情况与2024年计划草案\n附表:主要经济指标\n{t}\n"
BULLETIN = "漳浦县2023年国民经济和社会发展统计公报\n漳浦县统计局 2024年3月20日\n表1 主要指标\n{t}\n"

T1 = ("指标名称 | 单位 | 2023年 | | 2024年\n| | 完成 | 增长% | 预期增长%\n"
      "地区生产总值 | 亿元 | 358.2 | 5.3 | 6左右\n规模以上工业增加值 | 亿元 | — | 6.8 | 7\n一般公共预算收入 | 亿元 | 15.3 | 4.1 | 5")
T2 = "指标名称 | 计量单位 | 2023年 | | \n| | 目标 | 完成 | 增长%\n地区生产总值 | 亿元 | 370 | 358.2 | 5.3\n固定资产投资 | 亿元 | 150 | 139.5 | -2.1"
T3 = "指标 | 单位 | 2024年 | \n| | 预期目标 | 比上年增长%\n地区生产总值 | 亿元 | 380 | 6\n社会消费品零售总额 | 亿元 | 160 | 7"


def charted(page: str, table: str) -> set[tuple]:
    return figures(page.format(t=table), FIELDS, meta={"region": "漳浦县"}, charted=True)


@pytest.mark.parametrize("page,table,want", [
    (PLAN, T1, ("gdp_growth", 2023, "actual", 5.3, "pct")),
    (PLAN, T1, ("gdp_growth", 2024, "target", 6.0, "pct")),
    (PLAN, T1, ("industrial_va_growth", 2023, "actual", 6.8, "pct")),
    (PLAN, T1, ("fiscal_revenue_growth", 2024, "target", 5.0, "pct")),
    (PLAN, T2, ("gdp_growth", 2023, "actual", 5.3, "pct")),
    (PLAN, T3, ("retail_sales_growth", 2024, "target", 7.0, "pct")),
])
def test_each_column_is_named_by_both_rows(page, table, want):
    assert want in charted(page, table)


@pytest.mark.parametrize("page,table,never", [
    (PLAN, T1, ("gdp", 6.0)),
    (PLAN, T1, ("industrial_va", 6.8)),
    (PLAN, T1, ("fiscal_revenue", 5.0)),
    (PLAN, T2, ("gdp", 5.3)),
])
def test_no_growth_column_is_read_as_a_level(page, table, never):
    assert not any((i, v) == never for i, y, k, v, u in charted(page, table))


def test_a_column_with_no_name_is_not_read():
    got = charted(BULLETIN, "指标 | 单位 | 2023年 | | 2024年目标\n地区生产总值 | 亿元 | 358.2 | 5.3 | 380\n"
                            "一般公共预算收入 | 亿元 | 15.3 | 4.1 | 16")
    assert ("gdp", 2023, "actual", 358.2, "亿元") in got
    assert not any(v in (5.3, 4.1) for i, y, k, v, u in got)


def test_rows_wider_than_their_header_are_left():
    got = charted(PLAN, "指标名称 | 单位 | 2023年 | 2024年\n地区生产总值 | 亿元 | 358.2 | 5.3 | 6左右\n"
                        "一般公共预算收入 | 亿元 | 15.3 | 4.1 | 5")
    assert not any(v in (5.3, 4.1) for i, y, k, v, u in got)
