"""A title line that names one unit of the gazetteer in full, anywhere in it (兴化市2024年经济数据公布, 【雁塔区】前三季度
经济运行简况, 数说兴化市2023年经济发展), is that unit's page when the text speaks of the whole or the government of a
unit of that kind (全市, 市委; 全区). Before, such a title counted only when the name stood before an issuer's or a
report's word, so a page naming its place once, in its title, was read as no place's and all its figures went to
review (issue 22: unknown only where the text names no place). Negatives: a title naming two units, a namesake
shared by several units, a place visited or helped (赴…学习, 对口帮扶…), and a district's delegation at its city's
congress (the text speaks of 全市) give no place from the title. Made-up texts in this file's own wording."""

import pytest

from tests.extracting import region_of

BODY = "\n今年以来,全{kind}经济运行平稳,地区生产总值增长5.2%。\n"


@pytest.mark.parametrize("title,place", [
    ("兴化市2024年经济数据公布", "兴化市"),
    ("兴化市一季度经济数据出炉", "兴化市"),
    ("数说兴化市2023年经济发展", "兴化市"),
    ("【雁塔区】2024年前三季度经济运行简况", "雁塔区"),
    ("2023年雁塔区经济运行稳中有进", "雁塔区"),
    ("临朐县经济运行简析(2023年1-6月)", "临朐县"),
    ("岳麓区2023年工作总结及2024年工作计划", "岳麓区"),
])
def test_the_one_place_a_title_names(title, place):
    assert region_of(title + BODY.format(kind=place[-1])) == place


def test_a_title_naming_two_places():
    assert region_of("兴化市与临朐县签订2024年合作协议" + BODY.format(kind="市")) is None


def test_a_namesake_shared_by_several_places():
    assert region_of("2023年朝阳区经济运行稳中有进" + BODY.format(kind="区")) is None


def test_a_districts_delegation_at_its_citys_congress():
    page = "雁塔区代表团审议政府工作报告\n代表们认为,报告回顾过去一年全市工作实事求是,全市地区生产总值增长5.2%。\n"
    assert region_of(page) != "雁塔区"


def test_a_title_naming_a_place_of_another_kind_than_the_text():
    page = "兴化市客商考察团来访\n今年以来,全县经济运行平稳,地区生产总值增长5.2%。\n"
    assert region_of(page) != "兴化市"


@pytest.mark.parametrize("title", ["考察团赴兴化市学习交流", "对口帮扶兴化市工作综述"])
def test_a_place_visited_or_helped(title):
    assert region_of(title + BODY.format(kind="市")) != "兴化市"
