"""Three rules from set R, in texts written for this test:

1. A yearbook's edition in a bulletin's title (X年鉴·2020) records the year before the edition.
2. A city named in the chain of governments that lead the text's place (省委省政府、X市委市政府) is above the text's
   place: the text is not that city's, however often it names it.
3. A title about a part of a place that no unit of the gazetteer is (X市Y经开区…统计公报) gives no region.
"""

import pytest

from etl.extract.region import read_region
from etl.knowledge import load_knowledge
from tests.extracting import figures

K = load_knowledge()
PAD = "各项工作稳步推进,民生持续改善。" * 4


def region_of(text):
    return read_region(text, K.regions, K.gazetteer, None, None).region


@pytest.mark.parametrize("title, year", [
    ("潍坊年鉴·2020诸城市统计公报", 2019),
    ("临沂年鉴2018沂南县统计公报", 2017),
    ("2016年鉴 城东县国民经济和社会发展统计公报", 2015),
    # negatives: a bulletin's own year in its title stays the year
    ("城东县2019年国民经济和社会发展统计公报", 2019),
])
def test_a_yearbooks_edition_records_the_year_before(title, year):
    text = title + "\n全年实现生产总值636.75亿元,比上年增长4.6%。\n"
    got = figures(text, ("indicator", "year", "value"), meta={"region": "罗湖区", "date": "2023-08-17"})
    assert ("gdp", year, 636.75) in got


@pytest.mark.parametrize("text, region", [
    ("认真落实党中央国务院和省委省政府、成都市委市政府决策部署,我市在成都郊区新城建设中争先,加快建设成都西部中心,"
     "全市经济增长。" + PAD, None),
    ("落实省委、绵阳市委部署,全市上下在绵阳科技城建设中奋进,绵阳、绵阳经济增长。" + PAD, None),
    # negatives: the city that leads nothing and is named most is the text's own
    ("成都市经济增长,成都消费回暖,成都外贸增长,成都就业稳定,成都物价平稳。" + PAD, "成都市"),
    ("省委省政府高度重视。成都市经济增长,成都消费回暖,成都外贸增长,成都就业稳定,成都物价平稳。" + PAD, "成都市"),
])
def test_a_city_in_the_chain_of_leadership_is_above_the_text(text, region):
    assert region_of(text) == region


@pytest.mark.parametrize("title, region", [
    ("2015年重庆市万盛经开区国民经济和社会发展统计公报", None),
    ("2019年绵阳市科技城新区国民经济和社会发展统计公报", None),
    ("2020年城东市高新技术产业园统计公报", None),
    # negatives: a unit after the city, or the city alone, or the whole (全市)
    ("2015年重庆市渝中区国民经济和社会发展统计公报", "渝中区"),
    ("2015年重庆市国民经济和社会发展统计公报", "重庆市"),
])
def test_a_title_about_a_zone_the_gazetteer_does_not_hold(title, region):
    assert region_of(title + "\n2015年,全市经济平稳增长。" + PAD) == region
