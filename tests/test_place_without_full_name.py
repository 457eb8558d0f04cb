"""A text that names its place mostly by the short name, inside a province or city it also names, or only in its
web address's initials, is placed; a tie, a nested namesake, a kind that does not fit or a busy text stays unknown."""

from __future__ import annotations

import pytest

from etl.extract.region import read_region
from etl.knowledge import load_knowledge

K = load_knowledge()
PAD = "各项工作稳步推进,民生持续改善。" * 4


def region_of(text: str, url: str | None = None) -> str | None:
    return read_region(text, K.regions, K.gazetteer, None, url).region


@pytest.mark.parametrize("text, region", [
    # the province named in full and as often by short name as one of its county-level cities: the city's text
    ("湖南省有一个县级市叫浏阳。浏阳地处湖南东部,浏阳烟花闻名,浏阳经济总量居湖南前列,湖南人都知道浏阳。" + PAD, "浏阳市"),
    ("甘肃省西部有座城市。张掖历史悠久,张掖湿地很美,张掖的经济在甘肃增长较快,甘肃张掖值得一游。" + PAD, "张掖市"),
    # two units below it named as often: unknown
    ("湖南省两座县级市。浏阳和醴陵相邻,浏阳烟花与醴陵瓷器齐名,浏阳醴陵都在湖南东部,湖南看浏阳醴陵。" + PAD, None),
    # a unit below named under three times does not take the text from its province
    ("湖南省的县级市浏阳,浏阳烟花闻名,湖南人都知道,湖南发展很快。" + PAD, "湖南省"),
])
def test_the_unit_its_province_holds_and_the_text_names_most(text, region):
    assert region_of(text) == region


@pytest.mark.parametrize("text, region", [
    # no unit in full anywhere, one short name five times and more, its province the only other name
    ("赣州发展势头好。赣州工业增长,赣州农业丰收,赣州消费回暖,江西支持赣州,赣州人民奋发。" + PAD, "赣州市"),
    ("今年绵阳经济稳中有进,绵阳科技城建设提速,绵阳消费升级,绵阳外贸增长,绵阳就业稳定。" + PAD, "绵阳市"),
    # four times is not enough where another place is named too (four alone is: tests/test_storied_places.py)
    ("今年绵阳经济稳中有进,绵阳科技城建设提速,绵阳消费升级,绵阳外贸增长,德阳也在追赶。" + PAD, None),
    # a nested namesake (the prefecture and its city share 大理): unknown
    ("大理两会召开。大理提出目标,大理推进项目,大理保护洱海,大理发展旅游,大理招商引资。" + PAD, None),
    # another unit not above it named half as often: unknown
    ("绵阳和德阳合作。绵阳经济稳中有进,德阳工业提速,绵阳消费升级,绵阳外贸增长,德阳就业稳定,绵阳好。" + PAD, None),
    # a neighbour named once in full as a clause's subject does not outweigh five short mentions
    ("绵阳经济稳中有进,绵阳科技城建设提速,绵阳消费升级,绵阳外贸增长,绵阳就业稳定,德阳市来访。" + PAD, "绵阳市"),
    # … but named in full three times, it is as clear as the short name: unknown
    ("绵阳经济稳中有进,绵阳科技城建设提速,绵阳消费升级,绵阳外贸增长,绵阳就业稳定,德阳市来访,德阳市交流,德阳市合作。" + PAD, None),
])
def test_a_short_name_alone_places_a_text_only_when_it_clearly_dominates(text, region):
    assert region_of(text) == region


@pytest.mark.parametrize("url, text, region", [
    # the province's initials, then the unit's: a county of 重庆
    ("https://www.cqfj.gov.cn/zwgk/1.html", "全县经济平稳增长,全县财政收入增长。" + PAD, "奉节县"),
    ("http://tnb.cqtn.com/Html/1.html", "在区委坚强领导下,经济平稳增长。" + PAD, "潼南区"),
    # the same host under a text that neither says its kind nor speaks of a government (a yearbook's table): unknown
    ("http://tnb.cqtn.com/Html/1.html", "经济平稳增长。" + PAD, None),
    ("https://www.bjdx.gov.cn/a.html", "全区经济平稳增长,全区财政收入增长。" + PAD, "大兴区"),
    # the same initials with a kind that does not fit (a 全市 text on a district's site): unknown
    ("https://www.bjdx.gov.cn/a.html", "全市经济平稳增长,全市财政收入增长。" + PAD, None),
    # initials that are no province's, or a tail that is no unit of that province: unknown
    ("https://www.qqfj.gov.cn/a.html", "全县经济平稳增长,全县财政收入增长。" + PAD, None),
    ("https://www.cqzz.gov.cn/a.html", "经济平稳增长。" + PAD, None),
    # the province's initials, then the name in pinyin (山西 + 中阳)
    ("http://www.sxzhongyang.gov.cn/xxgk/1.shtml", "全县经济平稳增长,全县财政收入增长。" + PAD, "中阳县"),
    # a pinyin name under initials that are not a province or city above it: unknown
    ("http://www.gdzhongyang.gov.cn/1.shtml", "全县经济平稳增长,全县财政收入增长。" + PAD, None),
])
def test_a_host_spelling_a_province_then_one_of_its_units(url, text, region):
    assert region_of(text, url) == region


BULLETIN = "2022年上半年,全区实现地区生产总值513.8亿元,同比增长2.8%。全区固定资产投资增长7.1%,全区消费回暖。"


@pytest.mark.parametrize("head, region", [
    # a bar of links to other governments' sites above the page names none of them as the issuer
    ("中国政府网 | 四川省人民政府网 | 绵阳市人民政府网 | |\n2022年涪城区经济运行情况\n", "涪城区"),
    ("中国政府网 | 湖北省人民政府网 |\n来源:江夏区统计局\n", "江夏区"),
    ("国务院 | 福建省人民政府网 | 泉州市政府网\n来源:丰泽区人民政府\n", "丰泽区"),
    # the links alone, with no issuer of its own: no place from them
    ("中国政府网 | 湖北省人民政府网 | 武汉市人民政府网 |\n", None),
    # negatives: a page's own banner is no bar of links, and still names the issuer
    ("绵阳市人民政府网\n2022年经济运行情况\n", "绵阳市"),
    ("湖北省人民政府 | 政务公开\n2022年湖北省经济运行情况\n", "湖北省"),
])
def test_a_bar_of_links_names_no_issuer(head, region):
    assert region_of(head + BULLETIN + PAD) == region


@pytest.mark.parametrize("url, region", [
    # the province's initials with its level word's (cqs: 重庆市), then the unit's
    ("http://www.cqstl.gov.cn/a.html", "铜梁区"),
    ("http://www.cqsnc.gov.cn/a.html", "南川区"),
    # without the level word, as before
    ("http://www.cqtl.gov.cn/a.html", "铜梁区"),
    # a level word's initial with a tail that is no unit of the province: unknown
    ("http://www.cqsqq.gov.cn/a.html", None),
])
def test_a_host_with_the_provinces_level_word(url, region):
    assert region_of("全区经济平稳增长,全区财政收入增长。" + PAD, url) == region


@pytest.mark.parametrize("title, region", [
    # a title naming its place by the short name before the report's kind
    ("2022年新疆政府工作报告(全文)", "新疆维吾尔自治区"),
    ("2021年广西政府工作报告", "广西壮族自治区"),
    ("2019年温州统计公报", "温州市"),
    ("2020年内蒙古政府工作报告", "内蒙古自治区"),
    # negatives: a short name of two units (the province and its city), and a word that is no place
    ("2018年吉林政府工作报告", None),
    ("2018年年度政府工作报告", None),
])
def test_a_title_naming_its_place_by_the_short_name(title, region):
    assert region_of(title + "\n各位代表:\n现在,我代表人民政府向大会报告工作。\n" + PAD) == region


def test_a_province_level_autonomous_regions_short_name_is_its_place_name():
    from etl.knowledge.gazetteer import short_name
    assert [short_name(n) for n in ("新疆维吾尔自治区", "宁夏回族自治区", "内蒙古自治区", "西藏自治区")] == \
        ["新疆", "宁夏", "内蒙古", "西藏"]
    # a prefecture's stem without 族 keeps its whole place name
    assert short_name("巴音郭楞蒙古自治州") == "巴音郭楞蒙古"


@pytest.mark.parametrize("url, region", [
    # a page named by its title in the address's path (encoded, traditional characters too)
    ("https://example.tw/wiki/2012%E5%B9%B4%E9%96%8B%E5%8E%9F%E5%B8%82%E6%94%BF%E5%BA%9C%E5%B7%A5%E4%BD%9C%E5%A0%B1%E5%91%8A",
     "开原市"),
    ("https://example.com/doc/2019年沂南县政府工作报告.html", "沂南县"),
    ("https://example.com/a/德阳市2020年统计公报/", "德阳市"),
    # negatives: a path naming no place as an issuer, a namesake left open, or no path at all
    ("https://example.com/doc/政府工作报告全文.html", None),
    ("https://example.com/doc/2019年朝阳区政府工作报告.html", None),
    ("https://example.com/", None),
])
def test_a_title_in_the_address_names_the_place(url, region):
    assert region_of("2011年是实施规划的开局之年。一年来,我市经济增长,全市财政增长。" + PAD, url) == region
