"""An excerpt of a province's report with no title names its province once (…主要是考虑黑龙江省正处于…) and speaks of
itself as 全省 again and again: it is that province's, even where it names its capital once (the province alone was read so before). Not where it speaks of
itself as a city (全市), says 全省 only once beside a city it names, or names a city below more often than the province (issue 22).
Made-up excerpts in this file's own wording."""

import pytest

from tests.extracting import region_of

BODY = ("二、2025年主要预期目标\n\n综合考虑,建议全省经济社会发展的主要预期目标是:地区生产总值增长5%左右;"
        "规模以上工业增加值增长6%左右。\n\n上述目标的确定主要考虑:{province}正处于全面振兴的关键阶段,{capital}"
        "全省项目投资持续发力,全省消费市场逐步回暖。\n")


@pytest.mark.parametrize("province, capital", [
    ("黑龙江省", ""),
    ("黑龙江省", "哈尔滨市新区建设提速,"),
    ("吉林省", "长春市汽车产业回升,"),
    ("辽宁省", ""),
    ("湖南省", "长沙市先进制造业集群壮大,"),
    ("江西省", "南昌市电子信息产业加快集聚,"),
    ("山东省", "济南市新旧动能转换起步区提速,"),
], ids=["alone", "with-capital", "jilin", "liaoning", "hunan", "jiangxi", "shandong"])
def test_the_province_is_the_texts(province, capital):
    assert region_of(BODY.format(province=province, capital=capital)) == province


def test_a_city_text_naming_its_province_once_is_not_the_provinces():
    text = ("二、2025年主要预期目标\n\n建议全市主要预期目标是:地区生产总值增长5%左右。全市项目投资持续发力,"
            "全市消费市场回暖,黑龙江省政策支持力度加大。\n")
    assert region_of(text) != "黑龙江省"


def test_one_quanshen_beside_a_named_city_is_not_enough():
    text = ("二、2025年主要预期目标\n\n地区生产总值增长5%左右。黑龙江省正处于振兴阶段,哈尔滨市新区建设提速,"
            "全省项目投资持续发力。\n")
    assert region_of(text) is None


def test_a_city_named_more_often_than_the_province():
    text = BODY.format(province="黑龙江省", capital="哈尔滨市新区建设提速,哈尔滨市消费回暖,")
    assert region_of(text) != "黑龙江省"


def test_a_county_text_ranking_itself_in_its_province_is_not_the_provinces():
    text = ("全县上下齐心协力,黑龙江省首个试点落地,哈尔滨市企业来县投资,全省树标杆,全省首批示范,全省领先。\n")
    assert region_of(text) != "黑龙江省"
