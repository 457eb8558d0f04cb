"""A list of figures set apart by 、 and closed by the word for an aim (紧盯全年地区生产总值增长6.5%、规上工业增加值增长8%的
目标): every figure of the list is an aim, not only the last. Before, the figures before the last were charted as
outcomes with high confidence (issue 23, class 2: the kind from the words around a list). Negatives: a list closed by
no aim's word stays outcomes, and a list whose last item is measured against an aim (完成年度目标的98%) is not one.
Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
HEAD = "兴义市上半年经济运行情况\n发布时间:2023-08-03 来源:兴义市统计局\n"


def read(line: str) -> set[tuple]:
    return figures(HEAD + line + "\n", FIELDS, meta={"region": "兴义市"}, charted=True)


@pytest.mark.parametrize("line", [
    "下半年,全市将紧盯全年地区生产总值增长6.5%、规上工业增加值增长8%的目标,推动经济回升。",
    "今年确定了地区生产总值增长6.5%、规上工业增加值增长8%的年度目标,目前工业增速仍略低于目标。",
    "为实现地区生产总值增长6.5%、规上工业增加值增长8%的预期目标,全市上下要加压奋进。",
    "全市将围绕地区生产总值增长6.5%和规上工业增加值增长8%的目标,狠抓项目建设。",
    "锚定地区生产总值增长6.5%左右、规上工业增加值增长8%以上的全年目标,奋力冲刺。",
])
def test_every_item_of_the_list_is_an_aim(line):
    got = read(line)
    assert ("gdp_growth", 2023, "target", 6.5) in got and ("industrial_va_growth", 2023, "target", 8.0) in got
    assert not any(k == "actual" for i, y, k, v in got), got


def test_a_list_without_an_aim_stays_outcomes():
    got = read("上半年,全市地区生产总值增长6.5%、规上工业增加值增长8%,经济运行稳中向好。")
    assert not any(k == "target" for i, y, k, v in got)


def test_a_share_of_the_aim_is_no_aim():
    got = read("上半年,全市规上工业增加值增长8%、一般公共预算收入完成年度目标的56%。")
    assert not any(k == "target" for i, y, k, v in got)
