"""Press conferences and interviews (issue 23, class 1): a question asks about the year it names last (…2017年增长10%左右,
2018年的目标怎么定? / 和去年比,今年有什么变化?), so its answer's aims are that year's; an answer that opens after its
speaker's name with a year of its own said relative to the date (玉某某:去年全年,…) is that year's; a speaker's label in
【】 is no part of the clause after it, and an autonomous region's own whole (全自治区) is another place's in a text of a
place within it. Negatives: an answer naming its own year keeps it; a region's own text keeps its 全自治区. Made-up pages
in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
HEAD = "某区2017年经济社会发展情况新闻发布会\n发布时间:2018-01-26\n主持人:某某\n发布人:某某\n"


def read(body: str, own: str = "巴宜区") -> set[tuple]:
    return figures(HEAD + body + "\n", FIELDS, meta={"region": own}, charted=True)


@pytest.mark.parametrize("body, fact", [
    ("【拉萨日报记者】全市2017年GDP增长10%左右,2018年的目标怎么定?\n【某某】提请审议的主要预期目标是:地区生产总值增长11%左右,"
     "固定资产投资增长12%以上。", ("gdp_growth", 2018, "target", 11.0)),
    ("【拉萨日报记者】全市2017年GDP增长10%左右,2018年的目标怎么定?\n【某某】提请审议的主要预期目标是:地区生产总值增长11%左右,"
     "固定资产投资增长12%以上。", ("fixed_investment_growth", 2018, "target", 12.0)),
    ("记者:和去年比,今年有什么变化?\n某某某:去年全年,全区地区生产总值增长9.4%,固定资产投资下降了3.2%。",
     ("gdp_growth", 2017, "actual", 9.4)),
    ("记者:和去年比,今年有什么变化?\n区统计局局长 某某某:去年全年,全区固定资产投资下降了3.2%。",
     ("fixed_investment_growth", 2017, "actual", -3.2)),
    ("记者:2017年全区增长9.4%,今年的目标怎么定?\n某某:主要预期目标是:地区生产总值增长11%左右。", ("gdp_growth", 2018, "target", 11.0)),
    ("记者:今年一季度增长了多少?\n某某某:去年全年,全区地区生产总值增长9.4%。", ("gdp_growth", 2017, "actual", 9.4)),
    ("记者:今年有什么打算?\n区长 某某某:去年全年,全区固定资产投资下降了3.2%。", ("fixed_investment_growth", 2017, "actual", -3.2)),
])
def test_the_year_a_question_asks_about(body, fact):
    assert fact in read(body)


@pytest.mark.parametrize("body, value", [
    ("【西藏日报记者】全自治区2017年GDP增长10%左右,巴宜区怎么看?", 10.0),
    ("【记者】全自治区2017年规上工业增加值增长13.5%。", 13.5),
    ("【某电视台记者】全市2017年GDP增长9.3%,巴宜怎么看?", 9.3),
])
def test_another_levels_figure_after_a_speakers_label(body, value):
    assert not any(v == value for *_, v in read(body)), read(body)


def test_an_answer_naming_its_own_year_keeps_it():
    got = read("记者:今年的目标是多少?\n某某:2017年,全区地区生产总值增长9.4%,今年地区生产总值预期增长11%左右。")
    assert ("gdp_growth", 2017, "actual", 9.4) in got and ("gdp_growth", 2018, "target", 11.0) in got, got


def test_a_regions_own_text_keeps_its_whole():
    got = read("【记者】全自治区2017年地区生产总值增长10%。", own="西藏自治区")
    assert ("gdp_growth", 2017, "actual", 10.0) in got, got
