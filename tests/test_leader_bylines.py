"""A text signed near its head by its place's head of government, on a line of its own (文|内蒙古自治区主席 巴特尔; 文/浙江省
省长 某某), is that place's: the unit's full name before a title of its kind (主席 of an autonomous region, 省长 of a
province). Before, such an article that names its place nowhere else had no region (issue 22, one development
document; a county's or a city's such line was already read as the title). Made-up texts of this file's own wording.
Negatives: bylines of no place's government place nothing."""

import pytest

from tests.extracting import region_of

BODY = "\n——经济实力提升最快的时期。生产总值从2007年的6423.2亿元增加到2012年的1.6万亿元,年均增长15%。\n"


@pytest.mark.parametrize("byline, place", [
    ("文|内蒙古自治区主席 巴特尔", "内蒙古自治区"),
    ("文/浙江省省长 钱七", "浙江省"),
    ("文|广西壮族自治区主席 张三", "广西壮族自治区"),
    ("文:山东省省长 李四", "山东省"),
    ("文|四川省省长 王五", "四川省"),
    ("文/宁夏回族自治区主席 赵六", "宁夏回族自治区"),
])
def test_a_leaders_byline_names_the_place(byline, place):
    assert region_of(byline + BODY) == place


@pytest.mark.parametrize("text", [
    "文|某某集团董事长 张三" + BODY,
    "文|本报记者 张三" + BODY,
])
def test_a_byline_of_no_places_government_places_nothing(text):
    assert region_of(text) is None
