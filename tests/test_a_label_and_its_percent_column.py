"""A text table whose label and unit column stand one wide space apart (全社会固定资产投资增速 %   10   7.6): a wide
space is as wide as two narrow ones, so the label and the % are two cells and the row's figures keep their columns
(issue 23, class 4). Negatives: rows whose label and unit stand far apart read as before. Made-up tables in this
file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")


def report(rows: str) -> str:
    return ("关于某县2023年国民经济和社会发展计划执行情况的报告\n——2024年1月12日在某县人民代表大会上\n一、2023年计划执行情况\n"
            "主要指标完成情况如下:\n指标名称　　　　　　　　单位　　2023年计划　　2023年完成\n"
            "地区生产总值增速　　　　%　　　6.5　　　　　6.1\n" + rows + "一般公共预算收入　　　　亿元　　10.3　　　　 10.52\n")


@pytest.mark.parametrize("rows, fact", [
    ("全社会固定资产投资增速　%　　　10　　　　　 7.6\n", ("fixed_investment_growth", 2023, "target", 10.0)),
    ("全社会固定资产投资增速　%　　　10　　　　　 7.6\n", ("fixed_investment_growth", 2023, "actual", 7.6)),
    ("社会消费品零售总额增速　%　　　9　　　　　　8.4\n", ("retail_sales_growth", 2023, "target", 9.0)),
    ("社会消费品零售总额增速　%　　　9　　　　　　8.4\n", ("retail_sales_growth", 2023, "actual", 8.4)),
    ("规模以上工业增加值增速　%　　　8　　　　　　9.2\n", ("industrial_va_growth", 2023, "actual", 9.2)),
])
def test_the_rows_figures_keep_their_columns(rows, fact):
    assert fact in figures(report(rows), FIELDS, meta={"region": "营山县"}, charted=True)


def test_rows_set_far_apart_read_as_before():
    got = figures(report(""), FIELDS, meta={"region": "营山县"}, charted=True)
    assert {("gdp_growth", 2023, "target", 6.5), ("gdp_growth", 2023, "actual", 6.1),
            ("fiscal_revenue", 2023, "actual", 10.52)} <= got, got
