"""A plan report's review often heads each item by the indicator's name alone ((一)地区生产总值。年初计划增长6.5%,预计
增长5.3%。), the name on its own line or ending its own sentence, and gives the figures after it naming nothing: they
are that indicator's. Before, the item's figures were all lost (issue 23, class 2: kind from structure, and class 3).
Negatives: a figure whose clause opens with another subject (第一产业增长2.0%, 其中工业投资增长15%) takes nothing from
the heading; nor does a paragraph after one the heading did not stand alone in, nor a line that ends as no sentence
does (a table's cells one per line: 1.地区生产总值 · 增速为6.5%左右 · 增速为4.8%). Made-up pages in this file's own
wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
HEAD = ("关于沐川县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n"
        "——2025年1月10日在沐川县第十八届人民代表大会第五次会议上\n一、2024年计划执行情况\n")


def charted(body: str) -> set[tuple]:
    return figures(HEAD + body + "\n", FIELDS, meta={"region": "沐川县"}, charted=True)


@pytest.mark.parametrize("body,want", [
    ("(一)地区生产总值。年初计划增长6.5%,预计完成增长5.3%。",
     {("gdp_growth", 2024, "target", 6.5), ("gdp_growth", 2024, "actual", 5.3)}),
    ("(一)地区生产总值\n年初计划增长6.5%,预计完成增长5.3%。",
     {("gdp_growth", 2024, "target", 6.5), ("gdp_growth", 2024, "actual", 5.3)}),
    ("1.一般公共预算收入。计划增长5%,实际完成6.2亿元,增长4.4%。",
     {("fiscal_revenue_growth", 2024, "target", 5.0), ("fiscal_revenue", 2024, "actual", 6.2),
      ("fiscal_revenue_growth", 2024, "actual", 4.4)}),
    ("(三)社会消费品零售总额。全年预计增长7.1%。", {("retail_sales_growth", 2024, "actual", 7.1)}),
    ("②规模以上工业增加值\n目标增长9%,实际增长8.2%,未完成年度目标。",
     {("industrial_va_growth", 2024, "target", 9.0), ("industrial_va_growth", 2024, "actual", 8.2)}),
])
def test_the_items_figures_are_its_names(body, want):
    assert want <= charted(body)


@pytest.mark.parametrize("body", [
    "(一)地区生产总值。第一产业增长2.0%,第二产业增长6.1%。",
    "(二)固定资产投资。其中工业投资增长15.0%,民间投资增长3.0%。",
    "(四)社会消费品零售总额。网络零售额增长25.0%。",
    "(一)地区生产总值。总体平稳。\n增长5.3%。",
    "1.地区生产总值\n增速为6.5%左右\n增速为4.8%\n1347.1亿元",
])
def test_another_subject_takes_nothing_from_the_heading(body):
    assert not charted(body)
