"""A plan report's table whose columns are named by when an aim was set or changed (2020年年初, 2020年调整, 调整后) or by a
year run into its word, 年 left out (2012计划, 2012预计, 2013计划): the first are the year's aims, the second take their
year. And a row whose spacing failed to part its first cells from its label (社会消费品零售总额增长(%) 15 13.2 | 88.0) is
read for no column at all. Before, the set or changed aims were charted as outcomes, the next year's plan as this year's,
and a completion percentage as an aim (issue 23, class 3: tables; made-up set jr). Made-up reports in this file's own
wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
HEAD = "某市2020年国民经济和社会发展计划执行情况与2021年计划草案的报告\n2021年1月10日\n\n一、2020年计划执行情况\n\n主要指标执行情况表\n\n"


@pytest.mark.parametrize("header, row, want", [
    ("| 指标 | 2021年预期 | 2020年预计 | 2020年调整 | 2020年年初 |", "| GDP增长(%) | 5 | 1.2 | 1 | 3.5 |",
     {("gdp_growth", 2020, "target", 3.5), ("gdp_growth", 2020, "actual", 1.2)}),
    ("| 指标 | 2020年年初 | 2020年预计 |", "| GDP增长(%) | 3 | 1.2 |\n| 规模以上工业增加值增长(%) | 3 | 1.5 |",
     {("industrial_va_growth", 2020, "target", 3.0), ("gdp_growth", 2020, "target", 3.0)}),
    ("| 指标 | 调整后 | 2020年预计 |", "| GDP增长(%) | 1 | 1.2 |\n| 规模以上工业增加值增长(%) | 1 | 1.5 |",
     {("industrial_va_growth", 2020, "target", 1.0), ("gdp_growth", 2020, "target", 1.0)}),
    ("| 指标 | 2020计划 | 2020预计 | 2021计划 |", "| 固定资产投资增长(%) | 8 | 6.5 | 9 |",
     {("fixed_investment_growth", 2020, "target", 8.0), ("fixed_investment_growth", 2021, "target", 9.0)}),
    ("| 指标 | 2020计划 | 2020预计 | 完成计划% | 2021计划 |", "| 社零增长(%) | 6 | 4.6 | 76.7 | 7 |",
     {("retail_sales_growth", 2020, "actual", 4.6), ("retail_sales_growth", 2021, "target", 7.0)}),
])
def test_the_columns_kind_and_year(header, row, want):
    got = figures(HEAD + header + "\n" + row + "\n", FIELDS, meta={"region": "大庆市"})
    assert want <= got
    assert not any(kind == "actual" and value in (3.5, 3.0) for _, _, kind, value in got)


def test_a_row_whose_label_swallowed_its_cells_is_not_read():
    table = ("指标　　　　　　　　　2020计划　2020预计　完成计划%　2021计划\n生产总值增长（%）　　　12　　　10.8　　　90.0　　　11\n"
             "规上工业增加值增长（%）　15　　　13.6　　　90.7　　　13\n社会消费品零售总额增长（%）　15　13.2　　88.0　　　13.5\n")
    got = figures(HEAD + table, FIELDS, meta={"region": "大庆市"})
    assert not any(value == 88.0 for *_, value in got)
