"""A plan's annex table written one cell per line, with a unit column, whose first row is a growth (地区生产总值增长,
then its unit %, then its cells): the row's label and its unit read like two more headers (增长, %), and the table was
lost whole, every row of it (issue 23, class 3: one-cell-per-line tables). Now the rows open at the label's line when
the headers read that far fit no row and the shorter ones do. Negatives: a table whose first row names no header word,
and one whose last header is a bare growth, read as before. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
HEAD = ["关于宁陵县2024年计划执行情况与2025年计划草案的报告", "宁陵县发展和改革委员会", "附表 主要指标"]
HEADERS = ["指标名称", "单位", "2024年计划", "2024年预计完成", "2025年计划", "属性"]
SECOND = ["一般公共预算收入", "亿元", "9.8", "9.5", "10.1", "预期性"]


def read(first: list[str], headers: list[str] = HEADERS) -> set[tuple]:
    text = "\n".join(HEAD + headers + first + SECOND) + "\n"
    return figures(text, FIELDS, meta={"region": "宁陵县"})


@pytest.mark.parametrize("first,indicator", [
    (["地区生产总值增长", "%", "7", "5.1", "6", "预期性"], "gdp_growth"),
    (["地区生产总值增速", "%", "7", "5.1", "6", "预期性"], "gdp_growth"),
    (["规模以上工业增加值增长", "%", "7", "5.1", "6", "预期性"], "industrial_va_growth"),
    (["固定资产投资增长", "%", "7", "5.1", "6", "预期性"], "fixed_investment_growth"),
    (["社会消费品零售总额增长", "%", "7", "5.1", "6", "预期性"], "retail_sales_growth"),
])
def test_the_first_row_opens_at_its_label(first, indicator):
    got = read(first)
    assert {(indicator, 2024, "target", 7.0), (indicator, 2024, "actual", 5.1), (indicator, 2025, "target", 6.0)} <= got
    assert ("fiscal_revenue", 2025, "target", 10.1) in got


def test_a_first_row_without_header_words_as_before():
    got = read(["地区生产总值", "亿元", "210", "205.3", "220", "预期性"])
    assert ("gdp", 2025, "target", 220.0) in got and ("fiscal_revenue", 2024, "actual", 9.5) in got


def test_a_growth_header_still_heads_its_column():
    headers = ["指标名称", "单位", "2024年完成", "增长"]
    text = "\n".join(HEAD + headers + ["地区生产总值", "亿元", "205.3", "5.1", "一般公共预算收入", "亿元", "9.5", "2.2"]) + "\n"
    got = figures(text, FIELDS, meta={"region": "宁陵县"})
    assert ("gdp_growth", 2024, "actual", 5.1) in got and ("fiscal_revenue_growth", 2024, "actual", 2.2) in got
