"""An autonomous region's own text speaks of itself as 全区, as a district's does: a release on 新疆's half year that
names 新疆 three times and no place below it was left without a region, as if 全区 had to be a district (issue 22,
found on set AM after it was measured once). Made-up releases of this file's own wording. Negatives: a district's
text that names its region and itself is the district's, and a 全区 text naming a province that is no autonomous
region is not that province's."""

import pytest

from tests.extracting import region_of

RELEASE = ("{s}上半年生产总值同比增长9.9%\n记者从自治区新闻发布会上获悉:上半年,全区实现生产总值7328.90亿元,同比增长9.9%。"
           "“上半年,{s}积极因素不断积累,经济运行稳中向好。”全区规模以上工业增加值增长8.7%,{s}经济发展势头良好。\n")


@pytest.mark.parametrize("short, full", [
    ("新疆", "新疆维吾尔自治区"),
    ("西藏", "西藏自治区"),
    ("广西", "广西壮族自治区"),
    ("宁夏", "宁夏回族自治区"),
    ("内蒙古", "内蒙古自治区"),
])
def test_an_autonomous_region_speaking_of_itself_as_quanqu(short, full):
    assert region_of(RELEASE.format(s=short)) == full


def test_a_district_naming_its_region_is_the_district():
    text = RELEASE.format(s="新疆") + "乌鲁木齐市天山区全区上半年实现生产总值420亿元。天山区经济稳中向好,天山区再创佳绩。\n"
    assert region_of(text) != "新疆维吾尔自治区"


def test_a_quanqu_text_naming_a_province_is_not_the_province():
    assert region_of(RELEASE.format(s="广东")) != "广东省"
