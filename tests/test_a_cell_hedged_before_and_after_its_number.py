"""A table cell with a hedge word both before and after its number (控制在4.5%以内, 不低于6%以上): the cell reads as its
number, with its ceiling or floor. Before, the word after the number was left when one stood before it, and the cell was
read as no figure (issue 23, class 3: tables; made-up sets jv, im). Negatives: a cell with a word after its number alone
reads as before. Made-up tables in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "石柱县"}
HEAD = ("石柱县2016年上半年计划执行情况\n石柱县发展和改革委员会 2016年7月25日\n\n"
        "指标名称 | 年度目标 | 1-6月完成 | 增长 | 完成进度\n")


@pytest.mark.parametrize("row, want", [
    ("城镇登记失业率(%) | 控制在4.5%以内 | 3.6 | — | —", ("unemployment_rate", 2016, "target", 4.5)),
    ("城镇登记失业率(%) | 控制在4%以内 | 3.2 | — | —", ("unemployment_rate", 2016, "target", 4.0)),
    ("城镇登记失业率(%) | 控制在 4.2% 以内 | 3.1 | — | —", ("unemployment_rate", 2016, "target", 4.2)),
    ("城镇登记失业率(%) | 不超过4.5%以内 | 3.0 | — | —", ("unemployment_rate", 2016, "target", 4.5)),
    ("城镇登记失业率(%) | 控制在3.8以内 | 2.9 | — | —", ("unemployment_rate", 2016, "target", 3.8)),
])
def test_the_cell_reads_as_its_number(row, want):
    assert want in figures(HEAD + row + "\n", FIELDS, meta=META, charted=True)


def test_a_word_after_the_number_alone_reads_as_before():
    got = figures(HEAD + "城镇登记失业率(%) | 4.5以内 | 3.6 | — | —\n", FIELDS, meta=META, charted=True)
    assert ("unemployment_rate", 2016, "target", 4.5) in got
