"""A space a page sets around a bracket changes nothing (issue 23, found by a check of every development text against a
copy with a space before each opening bracket and after each closing one): a yearbook entry that describes its place
(阿鲁科尔沁旗 (以下简称阿旗)地处…) still names it, and a part of the place named before an indicator (平房区 (哈经开区) 地区生产
总值, 主城区 地区生产总值) still makes the figure the part's, not the place's. Negatives: the same texts without the spaces
read as before. Made-up texts of this file's own wording."""

import pytest

from tests.extracting import figures, region_of


@pytest.mark.parametrize("text, place", [
    ("2017卷\n【概况】 阿鲁科尔沁旗 (以下简称阿旗)地处内蒙古自治区中部,隶属赤峰市。\n全旗地区生产总值增长5%。\n", "阿鲁科尔沁旗"),
    ("【概况】 巴林右旗 (简称巴右旗)位于赤峰市北部。\n全旗地区生产总值增长5%。\n", "巴林右旗"),
    ("阿鲁科尔沁旗 (以下简称阿旗)地处内蒙古自治区中部。\n全旗地区生产总值增长5%。\n", "阿鲁科尔沁旗"),
    ("阿鲁科尔沁旗(以下简称阿旗)地处内蒙古自治区中部。\n全旗地区生产总值增长5%。\n", "阿鲁科尔沁旗"),
])
def test_a_place_described_with_a_space_before_its_bracket(text, place):
    assert region_of(text) == place


NEWS = "某区经济运行情况\n2018年,{line}\n"


@pytest.mark.parametrize("line", ["平房区 (哈经开区) 地区生产总值同比增长6%左右。", "平房区(哈经开区) 地区生产总值同比增长6%左右。",
                                  "平房区 (哈经开区)地区生产总值同比增长6%左右。", "全区区本级 地区生产总值同比增长6%左右。"])
def test_a_part_named_with_spaces_is_still_a_part(line):
    got = figures(NEWS.format(line=line), ("indicator", "year"), meta={"region": "平房区"}, charted=True)
    assert ("gdp_growth", 2018) not in got


def test_the_place_itself_is_still_read():
    got = figures(NEWS.format(line="平房区地区生产总值同比增长6%左右。"), ("indicator", "year"), meta={"region": "平房区"}, charted=True)
    assert ("gdp_growth", 2018) in got
