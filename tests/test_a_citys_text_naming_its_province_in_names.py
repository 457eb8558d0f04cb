"""A city's text that names its province only inside other names (湖北省科技进步奖, 湖北省重点实验室) and speaks of
itself as a whole of a lower kind (全市, 市委; never 全省) is not the province's: the province holds the text's place.
Before, the province, named most often in full, was read as the region when the text had no speaker line (a plan's
excerpt saved without its address; issue 22: a region never wrong). Negatives: a province's own text (全省), an
autonomous region's (全区) and a municipality's (全市 of 重庆市) keep their place. Made-up texts of this file's own
wording."""

import pytest

from tests.extracting import region_of

CITY_TEXT = ("{year}年全市经济社会发展主要预期目标为:地区生产总值增长7%以上。全市新增{p}重点实验室2个,"
             "获{p}科技进步奖5项,{p}专精特新企业达到40家。{c}高新区建设加快推进。市委市政府要求全市上下抓好落实。\n")


@pytest.mark.parametrize("province,city_short,city", [
    ("湖北省", "十堰", "十堰市"),
    ("湖南省", "郴州", "郴州市"),
    ("陕西省", "宝鸡", "宝鸡市"),
    ("四川省", "绵阳", "绵阳市"),
    ("江苏省", "泰州", "泰州市"),
])
def test_the_province_in_names_is_not_the_place(province, city_short, city):
    got = region_of(CITY_TEXT.format(year=2022, p=province, c=city_short))
    assert got != province
    assert got in (city, None)


def test_a_provinces_own_text():
    text = "2022年全省经济社会发展主要预期目标为:地区生产总值增长6%。湖北省重点实验室新增20个,湖北省科技进步奖评出300项。全省上下抓好落实。\n"
    assert region_of(text) == "湖北省"


def test_an_autonomous_regions_own_text():
    text = ("2022年全区经济社会发展主要预期目标为:地区生产总值增长6%。新疆维吾尔自治区重点实验室新增20个,"
            "新疆维吾尔自治区科技进步奖评出300项。全区上下抓好落实。\n")
    assert region_of(text) == "新疆维吾尔自治区"


def test_a_municipalitys_own_text():
    text = "2022年全市经济社会发展主要预期目标为:地区生产总值增长6%。重庆市重点实验室新增20个,重庆市科技进步奖评出300项。全市上下抓好落实。\n"
    assert region_of(text) == "重庆市"
