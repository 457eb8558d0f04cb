"""A name several units share (通州区 of 北京 and of 南通, 鼓楼区 of four cities, 新华区, 朝阳区) is told apart by the city or
province the text names, also when it names that place by its short name only (北京城市副中心, 南通港, 福州鼓楼): a
press conference of Beijing's 通州区 had no region (issue 22, made-up set ii). Negatives: no city named, or the short
names of two namesakes' cities, leave the text unknown. Made-up pages in this file's own wording."""

import pytest

from etl.extract.region import read_region
from etl.knowledge import load_knowledge

K = load_knowledge()
BODY = ("\n\n发布时间:2021-04-20\n\n一季度,全区地区生产总值增长9.1%,规模以上工业增加值增长12.4%,"
        "社会消费品零售总额增长18.2%。\n")


def region_of(title: str) -> str | None:
    return read_region(title + BODY, K.regions, K.gazetteer, None, None).region


@pytest.mark.parametrize("title, place", [
    ("北京城市副中心通州区一季度经济运行情况新闻发布会", "北京市通州区"),
    ("南通港畔通州区一季度经济运行情况", "南通市通州区"),
    ("福州鼓楼区一季度经济运行简况", "福州市鼓楼区"),
    ("开封鼓楼区一季度经济运行简况", "开封市鼓楼区"),
    ("长春朝阳区一季度经济运行简况", "长春市朝阳区"),
    ("沧州新华区一季度经济运行简况", "沧州市新华区"),
], ids=["tongzhou-beijing", "tongzhou-nantong", "gulou-fuzhou", "gulou-kaifeng", "chaoyang-changchun", "xinhua-cangzhou"])
def test_a_namesake_placed_by_its_citys_short_name(title, place):
    assert region_of(title) == place


@pytest.mark.parametrize("title", [
    "通州区一季度经济运行情况新闻发布会",
    "北京南通两地交流:通州区一季度经济运行情况",
    "鼓楼区一季度经济运行简况",
], ids=["none-named", "both-named", "gulou-alone"])
def test_a_namesake_with_no_city_or_both_stays_unknown(title):
    assert region_of(title) is None


def test_a_full_name_outweighs_another_short_name():
    assert region_of("北京市通州区一季度经济运行情况(南通客商来访)") == "北京市通州区"
