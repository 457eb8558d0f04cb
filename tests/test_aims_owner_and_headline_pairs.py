"""A text's own place read from the sentence that states the year's aims as that place's (2019年X市经济社会发展
主要目标为:), from a headline that opens with its parent's short name and its own (重庆黔江上半年GDP…), and from a
headline that names a place's economy by its short name (上半年青海经济…) (issue 22, classes of sets AA and AC).
Made-up texts of this file's own wording; negatives: aims of 全市 with no name, a name several units share, a pair
whose first name is not the second's parent, and a region that no unit is (长三角)."""

import pytest

from tests.extracting import region_of

AIMS = "会议指出,要扎实做好各项工作。2019年{a}经济社会发展主要{w}目标为:生产总值增长7.5%左右。深化与{b}合作。"


@pytest.mark.parametrize("own, other, word", [
    ("平顶山市", "郑州市", ""), ("绵阳市", "德阳市", "预期"), ("剑阁县", "苍溪县", ""), ("湖北省", "河南省", "预期"),
    ("漳州市", "厦门市", ""), ("义乌市", "东阳市", "预期"), ("黔江区", "彭水县", ""),
])
def test_the_place_whose_aims_a_sentence_states_is_the_texts(own, other, word):
    assert region_of(AIMS.format(a=own, b=other, w=word)) == own


@pytest.mark.parametrize("text", [
    "会议指出,要扎实做好各项工作。今年全市经济社会发展主要目标为:生产总值增长7.5%左右。深化与郑州市合作。",
    "会议指出,要扎实做好各项工作。2019年朝阳区经济社会发展主要目标为:生产总值增长7.5%左右。深化与通州区合作。",
])
def test_aims_of_no_name_or_of_a_shared_name_tell_no_place(text):
    assert region_of(text) is None


@pytest.mark.parametrize("headline, place", [
    ("重庆黔江上半年GDP实现59.5亿\n今年上半年,全区GDP实现59.5亿元,同比增长13.5%。", "黔江区"),
    ("四川剑阁一季度经济开局良好\n一季度,全县地区生产总值增长6.1%。", "剑阁县"),
    ("湖南沅陵前三季度主要经济指标稳中有升\n前三季度,全县地区生产总值增长7.2%。", "沅陵县"),
    ("云南漾濞上半年经济运行平稳\n上半年,全县生产总值增长5.3%。", "漾濞彝族自治县"),
    ("山西泽州一季度实现开门红\n一季度,全县地区生产总值增长6.3%。", "泽州县"),
])
def test_a_headline_opening_with_parent_and_own_short_names_names_the_place(headline, place):
    assert region_of(headline) == place


def test_a_headline_pair_that_is_not_parent_and_child_names_none():
    assert region_of("北京黔江上半年经济运行平稳\n上半年,全区生产总值增长5%。") is None


@pytest.mark.parametrize("headline, place", [
    ("上半年青海经济呈现“稳好新”\n来源:某晚报\n上半年,全省地区生产总值增长6.8%,全省固定资产投资增长8%。", "青海省"),
    ("前三季度湖南经济稳中有进\n前三季度,全省地区生产总值增长7.6%。全省规模以上工业增加值增长7.2%。", "湖南省"),
    ("一季度宁夏经济实现良好开局\n一季度,全区地区生产总值增长6.1%。", "宁夏回族自治区"),
    ("1-5月贵州经济运行平稳\n1-5月,全省规模以上工业增加值增长6%。", "贵州省"),
    ("2023年甘肃经济持续恢复向好\n2023年,全省地区生产总值增长6.4%。", "甘肃省"),
])
def test_a_headline_naming_a_places_economy_by_its_short_name_names_the_place(headline, place):
    assert region_of(headline) == place


@pytest.mark.parametrize("headline", ["上半年吉林经济稳中向好\n上半年,全省地区生产总值增长5%。",
                                      "上半年长三角经济持续回升\n上半年,地区生产总值增长5%。"])
def test_a_shared_short_name_or_a_region_no_unit_is_names_none(headline):
    assert region_of(headline) is None
