"""A table's cell may give its change in words (增长7%左右, 下降3.2%, 同比增长5%): it is read as that percentage, a fall as
a negative one, with its hedge; and a column of remarks (备注) may be left empty in some rows and hold a level with its
unit (905.3亿元) in others. Before, a worded cell was no cell, so the row, and in the one-cell-per-line layout every row
after it, was not read (issue 23, class 3: plan reports' tables of targets and outcomes). Negatives: a cell of words
without a percentage is no figure; a remark is no figure; a number's unit cell stays a cell. Made-up tables of this
file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "嘉善县"}
HEAD = "关于嘉善县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n2024年1月12日\n表1 2023年主要指标完成情况\n"


def charted(table: str) -> set[tuple]:
    return figures(HEAD + table, FIELDS, meta=META, charted=True)


def hedges(table: str) -> set[tuple]:
    return {f for f in figures(HEAD + table, ("indicator", "kind", "value", "qualifier"), meta=META)}


@pytest.mark.parametrize("aim,done,want", [
    ("增长7%左右", "增长5.1%", (7.0, 5.1)),
    ("增长7%", "下降3.2%", (7.0, -3.2)),
    ("同比增长6.5%", "同比下降1.5%", (6.5, -1.5)),
    ("增长8%以上", "增长8.4%", (8.0, 8.4)),
    ("增长6%", "减少2%", (6.0, -2.0)),
])
def test_worded_cells_one_per_line(aim, done, want):
    table = f"指标名称\n预期目标\n实际完成\n地区生产总值\n{aim}\n{done}\n一般公共预算收入\n增长4%\n增长4.6%\n"
    got = charted(table)
    assert {("gdp_growth", 2023, "target", want[0]), ("gdp_growth", 2023, "actual", want[1]),
            ("fiscal_revenue_growth", 2023, "actual", 4.6)} <= got


@pytest.mark.parametrize("aim,done,want", [
    ("增长7%左右", "增长5.1%", (7.0, 5.1)),
    ("增长7%", "下降3.2%", (7.0, -3.2)),
    ("同比增长6.5%", "同比下降1.5%", (6.5, -1.5)),
    ("增长8%以上", "增长8.4%", (8.0, 8.4)),
    ("比上年增长6%", "回落2%", (6.0, -2.0)),
])
def test_worded_cells_in_pipes(aim, done, want):
    table = f"| 指标 | 预期目标 | 实际完成 |\n| --- | --- | --- |\n| 地区生产总值 | {aim} | {done} |\n"
    assert {("gdp_growth", 2023, "target", want[0]), ("gdp_growth", 2023, "actual", want[1])} <= charted(table)


def test_a_worded_cells_hedge_is_kept():
    table = "指标名称\n预期目标\n实际完成\n地区生产总值\n增长7%左右\n增长5.1%\n"
    assert ("gdp_growth", "target", 7.0, "左右") in hedges(table)


@pytest.mark.parametrize("remark", ["905.3亿元", "", "超额完成", "1.2万元/人"])
def test_remarks_left_empty_or_holding_a_level(remark):
    rows = [("地区生产总值", "增长7%", "增长5.1%", remark), ("全员劳动生产率", "21万元/人", "21.3万元/人", ""),
            ("一般公共预算收入", "增长4%", "下降2.4%", "88.6亿元"), ("固定资产投资", "增长9%", "增长3.3%", "")]
    body = "".join(f"{a}\n{b}\n{c}\n" + (f"{d}\n" if d else "") for a, b, c, d in rows)
    got = charted("指标名称\n预期目标\n实际完成\n备注\n" + body)
    assert {("gdp_growth", 2023, "actual", 5.1), ("fiscal_revenue_growth", 2023, "actual", -2.4),
            ("fixed_investment_growth", 2023, "target", 9.0), ("fixed_investment_growth", 2023, "actual", 3.3)} <= got
    assert not {f for f in got if f[3] in (905.3, 88.6)}


def test_words_without_a_percentage_are_no_figure():
    table = "| 指标 | 预期目标 | 实际完成 |\n| --- | --- | --- |\n| 地区生产总值 | 稳定增长 | 增长5.1% |\n"
    got = charted(table)
    assert ("gdp_growth", 2023, "actual", 5.1) in got and not {f for f in got if f[2] == "target"}


def test_a_share_raised_by_points_is_no_growth():
    table = "| 指标 | 预期目标 | 实际完成 |\n| --- | --- | --- |\n| 第三产业增加值占比 | 提高1个百分点 | 提高0.8个百分点 |\n"
    assert not {f for f in charted(table) if f[3] in (1.0, 0.8)}


@pytest.mark.parametrize("done,want", [
    ("预计5.1%左右", 5.1),
    ("预计5.1 %左右", 5.1),
    ("预计增长5.1%", 5.1),
    ("预计下降1.5%", -1.5),
    ("预计同比增长5.1%", 5.1),
])
def test_an_estimates_cell_under_a_header_of_outcomes(done, want):
    """(a column headed 全年实绩, and its cells an estimate's: both were no table's before)"""
    cells = ["指标名称", "目标", "全年实绩", "地区生产总值", "7%左右", done, "一般公共预算收入", "9%", "16.2%"]
    table = "\n\n".join(cells) + "\n"   # each cell a paragraph of its own, as pages set them
    assert {("gdp_growth", 2023, "target", 7.0), ("gdp_growth", 2023, "actual", want),
            ("fiscal_revenue_growth", 2023, "actual", 16.2)} <= charted(table)
