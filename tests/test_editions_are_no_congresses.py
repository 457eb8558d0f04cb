"""A place before the edition of a festival or fair (图为拉萨市当雄县第三届虫草文化旅游节期间…) is no issuer: only an edition
of a congress, its standing committee or its session (第十八届人民代表大会, 八届人大三次会议, 十五届四次) names the issuer. A
city's release was filed under one of its counties named in a photo's caption (issue 22, found on set AR after it was
measured once). Made-up items of this file's own wording. Negatives: a congress's edition, also broken over two lines,
still names the issuer."""

import pytest

from tests.extracting import region_of

ITEM = ("某市2019年经济发展情况发布\n发布时间:2020-04-29 19:56\n  记者从新闻发布会上获悉,2019年度,拉萨市地区生产总值达到617.88亿元,"
        "比上年增长8.0%。拉萨市社会消费品零售总额322.17亿元,增长9.1%。\n\n{caption}\n\n  拉萨市城镇居民人均可支配收入39686元。\n")


@pytest.mark.parametrize("caption", [
    "图为拉萨市当雄县第三届虫草文化旅游节期间,游客体验上山挖虫草",
    "图为堆龙德庆区第五届农民运动会开幕式现场",
    "图为达孜区第二届文化旅游节上的演出",
    "图为林周县第十届赛马节现场",
    "图为曲水县第四届桃花节上的游客",
])
def test_a_place_before_a_festivals_edition_is_no_issuer(caption):
    assert region_of(ITEM.format(caption=caption)) == "拉萨市"


@pytest.mark.parametrize("text, place", [
    ("政府工作报告\n——2024年1月18日在牟定县第十八届\n人民代表大会第三次会议上\n各位代表:\n一、2023年工作回顾\n全县生产总值增长5%。\n",
     "牟定县"),
    ("政府工作报告\n在霍林郭勒市八届人大三次会议上\n各位代表:\n一、2019年工作回顾\n全市生产总值增长5%。\n", "霍林郭勒市"),
])
def test_a_congresss_edition_still_names_the_issuer(text, place):
    assert region_of(text) == place
