"""A page copied run by run, each number and each quote mark on a line of its own (全年实现地区生产总值\n5532.4\n亿元、增速进一步
升至\n3.5%\n。), is read as the sentences it was: a line that opens with a closing mark, or with a number and its unit (or a
ratio's colon) that goes on with the sentence, joins the line before, as does the line after an opening mark (issue 23,
found on development sets AD, S and V: a province's plan report of this shape gave no figure at all). Made-up texts of
this file's own wording. Negatives: a one-cell-per-line table keeps its cells, and a heading stays apart from a line
that opens with a year."""

import pytest

from etl.extract.normalize import normalize_text
from tests.extracting import K, figures

FIELDS = ("indicator", "year", "kind", "value")
REPORT = "关于某省2020年国民经济和社会发展计划执行情况的报告\n一、2020年计划执行情况\n{body}\n"


def read(body: str) -> set[tuple]:
    return figures(REPORT.format(body=body), FIELDS, meta={"region": "海南省"})


@pytest.mark.parametrize("body, want", [
    ("经济走势逐季攀升,全年实现地区生产总值\n5532.4\n亿元、增速进一步升至\n3.5%\n。固定资产投资稳步回升。", ("gdp", 2020, "actual", 5532.4)),
    ("经济走势逐季攀升,全年实现地区生产总值\n5532.4\n亿元、增速进一步升至\n3.5%\n。固定资产投资稳步回升。", ("gdp_growth", 2020, "actual", 3.5)),
    ("消费市场回暖,社会消费品零售总额\n1974.6\n亿元、增长\n1.2%\n。", ("retail_sales", 2020, "actual", 1974.6)),
    ("结构持续优化,三次产业结构调整为\n20.5:\n19.1:\n60.4,\n服务业比重提高1.1个百分点。", ("tertiary_share", 2020, "actual", 60.4)),
    ("坚持\n“\n两手抓\n”\n,财政收入稳定,一般公共预算收入\n818\n亿元,增长\n0.2%\n。", ("fiscal_revenue", 2020, "actual", 818.0)),
])
def test_a_page_copied_run_by_run_reads_as_its_sentences(body, want):
    assert want in read(body)


def test_a_one_cell_per_line_table_keeps_its_cells():
    text = normalize_text("指标\n绝对值\n增长(%)\n地区生产总值\n414.9\n7.4\n第一产业\n60.8\n3.9\n", K.grammar.units)
    assert "地区生产总值\n414.9\n7.4\n" in text


def test_a_heading_stays_apart_from_a_line_opening_with_a_year():
    text = normalize_text("一、2018年计划执行情况\n2018年,全区上下稳中求进。\n", K.grammar.units)
    assert "执行情况\n2018年" in text


@pytest.mark.parametrize("text", ["\n\n,", "0\n0\n%", "1\n4\n88亿元", "地区生产总值\n\n“\n\n数字", "增长\n\n3.5%\n\n。", "2\n0\n2\n3\n亿元"])
def test_joining_is_done_whole_in_one_pass(text):
    once = normalize_text(text, K.grammar.units)
    assert normalize_text(once, K.grammar.units) == once
