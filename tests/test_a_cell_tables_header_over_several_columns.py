"""A table laid out one cell per line whose header has two rows, each cell of the first over several columns
(2019年计划 | 2019年完成, then 绝对值 | 增长% under each), is read column by column: the plan's value and growth as
targets, the outcome's as outcomes. Before, the header's six lines did not fit the rows' four cells and nothing of the
table was read; a first header spaced out (指  标  名  称), or 项目 in place of 指标, was not taken for one either
(issue 23, a plan report of the texts at hand). Negatives: words under the first row that differ from one group to the
next, or fewer than two under each, are no such header; a line 项目 heading no cells reads nothing. Made-up tables of
this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value", "confidence")
META = {"region": "台州市"}
PAGE = ("台州市2019年国民经济和社会发展计划执行情况与2020年计划草案的报告\n2020年1月8日\n"
        "表1 2019年主要指标完成情况\n{first}\n单位\n2019年{plan}\n2019年{done}\n{under}\n"
        "地区生产总值\n亿元\n5150\n7以上\n5134.05\n7.3\n"
        "一般公共预算收入\n亿元\n420\n6.5左右\n431.6\n8.2\n"
        "社会消费品零售总额\n亿元\n2400\n9\n2406.38\n9.1\n")
UNDER = "绝对值\n增长(%)\n绝对值\n增长(%)"


def charted(**parts) -> set[tuple]:
    words = {"first": "指  标  名  称", "plan": "计划", "done": "完成", "under": UNDER} | parts
    return {f[:4] for f in figures(PAGE.format(**words), FIELDS, meta=META) if f[4] == "high"}


@pytest.mark.parametrize("want", [
    ("gdp", 2019, "target", 5150.0),
    ("gdp_growth", 2019, "target", 7.0),
    ("fiscal_revenue_growth", 2019, "target", 6.5),
    ("retail_sales", 2019, "actual", 2406.38),
    ("fiscal_revenue_growth", 2019, "actual", 8.2),
    ("gdp", 2019, "actual", 5134.05),
])
def test_each_column_under_its_spanning_header(want):
    assert want in charted()


@pytest.mark.parametrize("parts", [
    {"first": "指标名称", "plan": "目标", "done": "实绩"},
    {"first": "指 标", "plan": "预期目标", "done": "执行情况", "under": "总量\n增速(%)\n总量\n增速(%)"},
])
def test_other_words_of_the_same_shape(parts):
    assert {("gdp_growth", 2019, "target", 7.0), ("retail_sales_growth", 2019, "actual", 9.1)} <= charted(**parts)


@pytest.mark.parametrize("under", [
    "绝对值\n增长(%)\n增长(%)\n绝对值",   # not the same words under each group
    "绝对值\n增长(%)\n绝对值",             # an odd number of columns under two groups
])
def test_no_spanning_header_of_another_shape(under):
    assert not {f for f in charted(under=under) if f[1] == 2019 and f[2] == "target"}


PIPES = ("台州市2019年国民经济和社会发展计划执行情况与2020年计划草案的报告\n2020年1月8日\n表1 2019年主要指标完成情况\n"
         "| 指标 | 单位 | 2019年{plan} | 2019年{done} |\n| {under} |\n"
         "| 地区生产总值 | 亿元 | 5150 | 7以上 | 5134.05 | 7.3 |\n"
         "| 一般公共预算收入 | 亿元 | 420 | 6.5左右 | 431.6 | 8.2 |\n")


def piped(plan="计划", done="完成", under="绝对值 | 增长(%) | 绝对值 | 增长(%)") -> set[tuple]:
    page = PIPES.format(plan=plan, done=done, under=under)
    return {f[:4] for f in figures(page, FIELDS, meta=META) if f[4] == "high"}


@pytest.mark.parametrize("want", [
    ("gdp_growth", 2019, "target", 7.0),
    ("gdp", 2019, "actual", 5134.05),
    ("fiscal_revenue_growth", 2019, "actual", 8.2),
    ("fiscal_revenue", 2019, "actual", 431.6),
    ("fiscal_revenue_growth", 2019, "target", 6.5),
])
def test_a_pipe_tables_second_header_row_under_each_group(want):
    assert want in piped()


def test_a_growth_cell_is_never_read_as_the_level_beside_it():
    assert not {f for f in piped() if f[0] == "gdp" and f[3] < 100}


def test_a_second_row_of_other_words_is_no_such_header():
    assert not {f for f in piped(under="绝对值 | 增长(%) | 增长(%) | 绝对值") if f[2] == "target" and f[0].endswith("growth")}


ITEMS = ("台州市2019年国民经济和社会发展计划执行情况与2020年计划草案的报告\n2020年1月8日\n表1 2019年主要指标完成情况\n"
         "{first}\n单位\n2019年计划\n2019年完成\n地区生产总值\n亿元\n5150\n5134.05\n一般公共预算收入\n亿元\n420\n431.6\n")


@pytest.mark.parametrize("first", ["项目", "项  目", "项目名称"])
def test_a_table_headed_by_item_is_read(first):
    want = {("gdp", 2019, "target", 5150.0), ("gdp", 2019, "actual", 5134.05), ("fiscal_revenue", 2019, "actual", 431.6)}
    assert want <= {f[:4] for f in figures(ITEMS.format(first=first), FIELDS, meta=META) if f[4] == "high"}


def test_a_line_of_item_heading_no_cells_reads_nothing():
    text = "台州市2019年工作总结\n2020年1月8日\n项目\n全市重点项目建设扎实推进。\n"
    assert not figures(text, FIELDS, meta=META)
