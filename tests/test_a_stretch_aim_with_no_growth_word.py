"""A stretch aim given as a bare rate after the aim (生产总值增长6%左右,力争达到6.5%; 增长6%,力争7%): the second rate
is the same name's growth, aimed higher, hedged 力争 (data/hedges.csv, column stretch). Before, with no growth word
before it, it was dropped. Negatives: a level, a gap in points, or other words after the stretch word are not a
growth; a stretch word before a rate of another name leaves that name's figure as it was. Made-up reports in this
file's own wording (issue 23, class 2)."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value", "qualifier")
PLAN = "淅川县2025年政府工作报告\n——2025年1月9日在淅川县第十七届人民代表大会第五次会议上\n二、2025年主要预期目标\n{s}\n"


def charted(sentence: str, page: str = PLAN) -> set[tuple]:
    return figures(page.format(s=sentence), FIELDS, meta={"region": "淅川县"}, charted=True)


@pytest.mark.parametrize("sentence,key,floor,stretch", [
    ("生产总值增长6%左右,力争达到6.5%。", "gdp_growth", 6.0, 6.5),
    ("地区生产总值增长5.5%,力争6%;固定资产投资增长8%。", "gdp_growth", 5.5, 6.0),
    ("规模以上工业增加值增长8%以上,力争实现10%。", "industrial_va_growth", 8.0, 10.0),
    ("一般公共预算收入增长4%,力争5%。", "fiscal_revenue_growth", 4.0, 5.0),
    ("社会消费品零售总额增长6%左右、力争达到7%;一般公共预算收入增长4%。", "retail_sales_growth", 6.0, 7.0),
])
def test_the_bare_stretch_rate_is_the_same_growth(sentence, key, floor, stretch):
    got = charted(sentence)
    assert {(i, y, k, v) for i, y, k, v, q in got} >= {(key, 2025, "target", floor), (key, 2025, "target", stretch)}
    assert (key, 2025, "target", stretch, "力争") in got


def test_congress_news_says_it_the_same_way():
    page = "淅川县召开第十七届人民代表大会第五次会议\n2025年1月9日\n{s}\n"
    got = charted("今年全县地区生产总值预期增长5.5%左右,力争6%。", page)
    assert ("gdp_growth", 2025, "target", 6.0, "力争") in got


@pytest.mark.parametrize("sentence,absent", [
    ("地区生产总值增长6%,力争达到300亿元。", ("gdp_growth", 300.0)),
    ("地区生产总值增长6%,力争高于全市1个百分点。", ("gdp_growth", 1.0)),
    ("地区生产总值增长6%,力争在全市排名前10%。", ("gdp_growth", 10.0)),
    ("地区生产总值增长6%,力争服务业增加值占比达到50%。", ("gdp_growth", 50.0)),
])
def test_other_words_after_the_stretch_word_are_no_growth(sentence, absent):
    got = {(i, v) for i, y, k, v, q in charted(sentence)}
    assert absent not in got and ("gdp_growth", 6.0) in got


def test_a_second_rate_with_no_stretch_word_is_still_left():
    got = {(i, v) for i, y, k, v, q in charted("地区生产总值增长6%左右,达到7%。")}
    assert ("gdp_growth", 7.0) not in got
