"""A plain-text table whose cells a single wide space (the ideographic space, as wide as two) sets apart, alone or
among rows parted by more: each is a cell, and a header row of years over its columns stands where its wide spaces put
it. Before, a wide space was read as one narrow space, so such rows were no table's and the years stood over the wrong
columns (issue 23, class 3: tables; made-up set jr). Made-up reports in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "南海区"}
HEAD = "佛山市南海区2017年国民经济和社会发展计划执行情况与2018年计划草案的报告\n2018年1月15日\n\n二、主要指标执行情况对照\n\n"
W = "\u3000"


def table(rows: list[str]) -> str:
    top = W * 12 + "2017年" + W * 2 + "2017年" + W * 2 + "2018年"
    header = "指标名称" + W * 4 + "单位" + W * 2 + "预计完成" + W * 2 + "计划" + W * 3 + "预期"
    return HEAD + "\n".join([top, header, *rows]) + "\n"


@pytest.mark.parametrize("row, want", [
    ("社会消费品零售总额增长" + W + "%" + W + "9.5" + W + "10" + W + "9",
     {("retail_sales_growth", 2017, "actual", 9.5), ("retail_sales_growth", 2017, "target", 10.0), ("retail_sales_growth", 2018, "target", 9.0)}),
    ("一般公共预算收入增长" + W + "%" + W + "9.6" + W + "8" + W + "8.5",
     {("fiscal_revenue_growth", 2017, "actual", 9.6), ("fiscal_revenue_growth", 2018, "target", 8.5)}),
    ("第三产业比重" + W + "%" + W + "42.3" + W + "42" + W + "43", {("tertiary_share", 2017, "actual", 42.3), ("tertiary_share", 2018, "target", 43.0)}),
    ("城镇登记失业率" + W + "%" + W + "2.36" + W + "3以内" + W + "3.5以内",
     {("unemployment_rate", 2017, "actual", 2.36), ("unemployment_rate", 2018, "target", 3.5)}),
    ("固定资产投资增长" + W + "%" + W + "14.2" + W + "12" + W + "11", {("fixed_investment_growth", 2018, "target", 11.0)}),
])
def test_single_wide_spaces_part_the_cells(row, want):
    rows = ["地区生产总值增长" + W + "%" + W * 2 + "7.8" + W * 3 + "8左右" + W * 2 + "7.5左右",
            "人均生产总值" + W + "万元" + W * 2 + "9.6" + W * 3 + "9.5" + W * 3 + "10.3", row]
    got = figures(table(rows), FIELDS, meta=META)
    assert want <= got
    assert ("gdp_growth", 2018, "target", 7.5) in got
