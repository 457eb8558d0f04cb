"""Another province named by its short name right before an indicator, alone or with its whole (河北全省生产总值,
湖南生产总值), makes the figure that province's, as its full name does (issue 22, class of set AI: a Hubei news item
quoting Hebei's growth, charted as Hubei's). Made-up texts of this file's own wording; negatives: the text's own province
by its short name, and a short name that only ends inside another word, leave the figure the place's."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "value")
ITEM = "湖北经济数据发布\n2016年湖北全省实现生产总值32297.91亿元,增长8.1%。据了解,2016年{s}。\n"


@pytest.mark.parametrize("clause", ["河北全省生产总值突破3万亿元、增长6.8%", "湖南生产总值增长6.8%", "广东全省地区生产总值增长6.8%",
                                    "内蒙古全区地区生产总值增长6.8%", "新疆地区生产总值增长6.8%"])
def test_another_province_by_its_short_name_is_not_the_places(clause):
    got = figures(ITEM.format(s=clause), FIELDS, meta={"region": "湖北省"})
    assert ("gdp_growth", 2016, 8.1) in got and ("gdp_growth", 2016, 6.8) not in got


@pytest.mark.parametrize("text, region, want", [
    ("湖北经济数据发布\n2016年,湖北全省生产总值增长8.1%。\n", "湖北省", ("gdp_growth", 2016, 8.1)),
    ("浙江经济数据发布\n2016年,浙江西部地区生产总值增长6.8%。\n", "浙江省", ("gdp_growth", 2016, 6.8)),
])
def test_the_own_province_or_a_name_inside_a_word_stays_the_places(text, region, want):
    assert want in figures(text, FIELDS, meta={"region": region})
