"""A table drawn in box characters (┌──┬──┐ / │指标 │单位 │上半年完成 │同比增长% │年度目标 │), as a Word table saved
as text draws it, is read as a table: each column's kind and period from its header, so the year's aims in the last
column are aims, not the half's growth (issue 23, class 3). Negatives: a line with one bar in prose is no table.
Made-up texts in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
BARS = ["│", "┃", "║"]


def report(bar: str) -> str:
    rule = "─" if bar == "│" else "━" if bar == "┃" else "═"
    rows = [("指标", "单位", "上半年完成", "同比增长%", "年度目标"), ("地区生产总值", "亿元", "124.7", "7.6", "增长8%"),
            ("规上工业增加值", "亿元", "52.3", "8.9", "增长9.5%"), ("社会消费品零售总额", "亿元", "61.3", "11.8", "增长12%"),
            ("城镇登记失业率", "%", "3.96", "—", "4.2%以内")]
    drawn = "\n".join("    " + bar + bar.join(f"{c:<8}" for c in r) + bar for r in rows)
    return ("关于某县2016年上半年国民经济和社会发展计划执行情况的报告\n——2016年7月28日在县人大常委会第三十次会议上\n"
            "一、上半年主要经济指标完成情况\n表1 2016年上半年主要经济指标完成情况\n"
            f"    ┌{rule * 30}┐\n{drawn}\n    └{rule * 30}┘\n")


@pytest.mark.parametrize("bar", BARS)
@pytest.mark.parametrize("fact", [
    ("gdp_growth", 2016, "year", "target", 8.0),
    ("industrial_va_growth", 2016, "year", "target", 9.5),
    ("retail_sales_growth", 2016, "year", "target", 12.0),
    ("unemployment_rate", 2016, "year", "target", 4.2),
    ("industrial_va_growth", 2016, "H1", "actual", 8.9),
])
def test_the_drawn_tables_columns(bar, fact):
    got = figures(report(bar), FIELDS, meta={"region": "中江县"}, charted=True)
    assert fact in got, got


@pytest.mark.parametrize("bar", BARS)
def test_the_years_aims_are_no_outcomes_of_the_half(bar):
    got = figures(report(bar), FIELDS, meta={"region": "中江县"}, charted=True)
    assert not {("industrial_va_growth", 2016, "H1", "actual", 9.5), ("unemployment_rate", 2016, "H1", "actual", 4.2)} & got


def test_one_bar_in_prose_is_no_table():
    text = ("某县2016年上半年经济运行情况\n发布时间:2016-07-20\n上半年,全县地区生产总值增长7.6%│规上工业增加值增长8.9%。\n")
    got = figures(text, FIELDS, meta={"region": "中江县"}, charted=True)
    assert ("gdp_growth", 2016, "H1", "actual", 7.6) in got, got
