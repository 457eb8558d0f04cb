"""A clause whose subject is a grouping of places (成渝地区双城经济圈, 南京都市圈, 长株潭城市群, 长江经济带) reports the
grouping's figures, not the text's place's (issue 22/23, class of set Y: a province's text quoting its economic circle's
GDP, charted as its own). Made-up texts of this file's own wording; negatives: the place's own clause after it, and a
grouping named as what the place joins, leave the place's figures read."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "value")
ITEM = "某省经济运行情况\n2023年上半年,{s}\n"


@pytest.mark.parametrize("sentence", [
    "成渝地区双城经济圈实现地区生产总值40365.7亿元,同比增长5.8%。",
    "南京都市圈地区生产总值40365.7亿元,增长5.8%。",
    "长株潭城市群实现地区生产总值40365.7亿元,增长5.8%。",
    "长江经济带沿线地区生产总值40365.7亿元,增长5.8%。",
    "据统计,成渝经济圈完成地区生产总值40365.7亿元,增长5.8%。",
])
def test_a_groupings_figures_are_not_the_places(sentence):
    got = figures(ITEM.format(s=sentence), FIELDS, meta={"region": "四川省"})
    assert not {f for f in got if f[0] in ("gdp", "gdp_growth")}


@pytest.mark.parametrize("sentence", [
    "成渝地区双城经济圈建设提速;全省实现地区生产总值28000亿元,增长5.8%。",
    "全省主动融入长江经济带发展,实现地区生产总值28000亿元,增长5.8%。",
])
def test_the_places_own_figures_beside_a_grouping_are_read(sentence):
    got = figures(ITEM.format(s=sentence), FIELDS, meta={"region": "四川省"})
    assert ("gdp", 2023, 28000.0) in got
