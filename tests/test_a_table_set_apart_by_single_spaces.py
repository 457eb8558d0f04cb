"""A table whose cells a page sets apart by single spaces, under a header opening with 指标 or 项目, is read as a table:
each row on a line of its own, or all run on after the header in one line (a table flattened into a paragraph), in
simplified or traditional characters (issue 23, class 3: 指标 属性 完成情况 同比增长 年度目标, then the rows). Before,
only tabs or runs of two spaces or more parted cells. Negatives: rows not as wide as the header, and a column of
figures in one row and words in another, are no table. Made-up tables of this file's own
wording."""

import pytest
from opencc import OpenCC

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value", "confidence")
META = {"region": "金华市"}
HEAD = "金华市2021年国民经济和社会发展计划执行情况与2022年计划草案的报告\n2022年1月12日\n表1 2021年主要指标完成情况\n"
HEADER = "指标 属性 单位 完成情况 同比增长(%) 年度目标(%)"
ROWS = ["地区生产总值 预期性 亿元 5355.4 9.8 8左右", "一般公共预算收入 预期性 亿元 540.1 12.3 6",
        "固定资产投资 预期性 亿元 3120.7 10.5 9"]
WANT = {("gdp", 2021, "actual", 5355.4), ("gdp_growth", 2021, "actual", 9.8), ("gdp_growth", 2021, "target", 8.0),
        ("fiscal_revenue_growth", 2021, "target", 6.0), ("fixed_investment", 2021, "actual", 3120.7)}


def charted(table: str, traditional: bool = False) -> set[tuple]:
    page = HEAD + table + "\n"
    if traditional:
        page = OpenCC("s2t").convert(page)
    return {f[:4] for f in figures(page, FIELDS, meta=META) if f[4] == "high"}


@pytest.mark.parametrize("want", sorted(WANT))
def test_rows_on_lines_of_their_own(want):
    assert want in charted("\n".join([HEADER, *ROWS]))


@pytest.mark.parametrize("want", sorted(WANT))
def test_rows_run_on_after_the_header(want):
    assert want in charted(" ".join([HEADER, *ROWS]))


@pytest.mark.parametrize("joined", ["\n", " "])
def test_in_traditional_characters(joined):
    assert WANT <= charted(joined.join([HEADER, *ROWS]), traditional=True)


def test_headed_by_item():
    table = "项目 单位 2021年完成 增长(%)\n地区生产总值 亿元 5355.4 9.8\n一般公共预算收入 亿元 540.1 12.3"
    assert {("gdp", 2021, "actual", 5355.4), ("fiscal_revenue_growth", 2021, "actual", 12.3)} <= charted(table)


@pytest.mark.parametrize("table", [
    "\n".join([HEADER, "地区生产总值 预期性 亿元 5355.4 9.8", "一般公共预算收入 预期性 亿元 540.1 12.3"]),   # narrower
    " ".join([HEADER, "地区生产总值 预期性 亿元 5355.4 9.8 8", "一般公共预算收入 预期性 亿元 较好 12.3 6"]),   # words
])
def test_no_table_of_another_shape(table):
    assert not {f for f in charted(table) if f[3] in (5355.4, 9.8, 12.3)}
