"""A percentage written in words (增长百分之六左右, 百分之七点五, 百分之十二), as spoken reports and their news give it, is
read as the figure it says. Before, only digits were numbers, so such a sentence gave nothing (issue 23: reports never
seen write their figures in more than one way). Negatives: a share of an aim in words (完成年度目标的百分之百) is no
growth; a word that is no whole percentage up to a hundred (百分之三百) is left as written. Made-up items of this
file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
ITEM = "金乡县召开十九届人大三次会议\n2024-01-12 金乡县融媒体中心\n报告提出,今年全县{s}。\n"


def charted(words: str) -> set[tuple]:
    return figures(ITEM.format(s=words), FIELDS, meta={"region": "金乡县"}, charted=True)


@pytest.mark.parametrize("words,figure", [
    ("地区生产总值增长百分之六左右", ("gdp_growth", 2024, "target", 6.0)),
    ("一般公共预算收入增长百分之五点五", ("fiscal_revenue_growth", 2024, "target", 5.5)),
    ("固定资产投资增长百分之十二", ("fixed_investment_growth", 2024, "target", 12.0)),
    ("社会消费品零售总额增长百分之七,城镇登记失业率控制在百分之三点五以内", ("unemployment_rate", 2024, "target", 3.5)),
    ("规模以上工业增加值增长百分之二十", ("industrial_va_growth", 2024, "target", 20.0)),
])
def test_a_percentage_in_words(words, figure):
    assert figure in charted(words)


def test_a_share_of_an_aim_in_words_is_no_growth():
    got = charted("一般公共预算收入完成年度目标的百分之百,增长百分之五")
    assert not {f for f in got if f[3] == 100.0}


def test_no_whole_percentage_is_left_as_written():
    got = charted("进出口总额增长百分之三百")
    assert not {f for f in got if f[0] == "trade_growth"}
