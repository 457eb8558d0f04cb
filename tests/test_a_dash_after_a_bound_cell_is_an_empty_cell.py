"""A dash on its own line after a table's cell that is a bound (<4.5, ≤4.5, ＞60, ≥10) is an empty cell of that row, as
after a plain number (3.1) or a hedged one (4.5以内): it does not split the file into two documents, so the text after
the table keeps the report's place and date. A dash after prose still parts two items of a listing page (issue 23,
class 3: tables; made-up set jb). Made-up pages in this file's own wording."""

import pytest

from etl.extract.metadata import split_segments

HEAD = ("某县政府工作报告\n——2021年2月2日在县人民代表大会上\n各位代表:\n"
        + "过去一年,全县上下统筹推进疫情防控和经济社会发展,经济运行逐季回升、稳中向好,各项事业取得新进展。\n" * 4
        + "“十四五”时期经济社会发展主要指标\n指标\n2020年\n2025年\n年均增长\n属性\n城镇登记失业率(%)\n3.1\n")
TAIL = "\n—\n预期性\n三、2021年工作安排\n" + "今年全县经济社会发展的主要预期目标是:地区生产总值增长8%以上,规模以上工业增加值增长9%。\n" * 8


@pytest.mark.parametrize("cell", ["<4.5", "≤4.5", ">60", "≥10", "<=4.5"], ids=["lt", "le", "gt", "ge", "ascii-le"])
def test_the_dash_after_a_bound_is_a_cell(cell):
    assert len(split_segments(HEAD + cell + TAIL)) == 1


def test_a_dash_after_prose_still_parts_two_items():
    text = (HEAD.split("“十四五”")[0] + "—\n某县2020年统计公报\n" + "全年全县地区生产总值141.2亿元,比上年增长3.8%,经济运行稳中向好。\n" * 8)
    assert len(split_segments(text)) == 2
