"""A level standing right against a percentage, with no mark or word between (增长5%下降4.6%102.1亿元), is a table's
cells run together when a page lost its layout: which column it stood in is gone, so it is no figure. Before, such a
level was charted under the year and kind of the cells before it (a plan's 2024 aim from its 2023 outcome column).
Negatives: a level after a percentage and a mark (增长6.2%,达到412.6亿元) or a word is read as before. Made-up pages of
this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
PLAN = "莒县2024年国民经济和社会发展计划\n——2024年1月10日在莒县第十九届人民代表大会第三次会议上\n二、2024年主要预期目标\n{s}\n"


def read(row: str) -> set[tuple]:
    return figures(PLAN.format(s=row), FIELDS, meta={"region": "莒县"})


@pytest.mark.parametrize("row,level", [
    ("一般公共预算收入增长5%下降4.6%102.1亿元", 102.1),
    ("地区生产总值增长6.5%左右增长4.8%1347.1亿元", 1347.1),
    ("社会消费品零售总额增长7%增长6.1%512.3亿元", 512.3),
    ("固定资产投资增长8%下降2.2%300亿元", 300.0),
    ("规模以上工业增加值增长9%增长8.8%455.6亿元", 455.6),
])
def test_a_level_against_a_percentage_is_no_figure(row, level):
    assert not {f for f in read(row) if f[3] == level}


@pytest.mark.parametrize("row,figure", [
    ("地区生产总值增长6.2%,达到1347.1亿元。", ("gdp", 2024, "target", 1347.1)),
    ("一般公共预算收入增长5%、达到102.1亿元。", ("fiscal_revenue", 2024, "target", 102.1)),
])
def test_a_level_after_a_mark_is_read(row, figure):
    assert figure in read(row)
