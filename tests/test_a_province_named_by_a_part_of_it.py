"""Read without the address it was fetched from, a text is placed by what it names, and two readings filed a text under
a place it is not (issue 22, found by reading each development text without its address):
- a county's name inside a province's short name said without 省 (龙江 in 黑龙江昊伟公司, 黑龙江日报) is no mention of that
  county (龙江县);
- a text that speaks of its own place as a whole (今年全区, 全县) and never as a province (全省), naming its province twice
  (《海南自贸港建设总体方案》, 智慧海南), is a part of that province's text, not the province's own: left unknown.
Negatives: the same words in a text that says 全省, or 全区 with an autonomous region's name, still give the province.
Made-up texts of this file's own wording."""

import pytest

from tests.extracting import region_of

COUNTY = ("关于全县2022年国民经济和社会发展计划执行情况的报告\n\n各位代表:\n\n2022年,全县地区生产总值增长4.3%,全县固定资产投资增长"
          "20.1%,全县一般公共预算收入增长8.5%。{x}\n")
PART = "今年{w}经济社会发展的主要预期目标是:地区生产总值增长9.5%左右。\n主动落实好《{p}自贸港建设总体方案》,结合智慧{p}建设,培育数字经济。\n"


@pytest.mark.parametrize("words", ["持续提升黑龙江昊伟农庄食品公司融合发展水平。", "在黑龙江农业博览会上签约项目12个。",
                                   "引进黑龙江北大荒集团投资建设加工项目。", "黑龙江日报、新华网等媒体多次报道全县经验。",
                                   "全县参加黑龙江冰雪旅游推介会。"])
def test_a_countys_name_inside_a_provinces_is_no_mention_of_it(words):
    assert region_of(COUNTY.format(x=words)) != "龙江县"


@pytest.mark.parametrize("whole,province", [("全区", "海南"), ("全县", "浙江"), ("全区", "四川"), ("全县", "贵州"), ("全市", "安徽")])
def test_a_part_naming_its_province_is_not_the_provinces(whole, province):
    assert region_of(PART.format(w=whole, p=province)) != f"{province}省"


def test_a_text_saying_its_province_whole_is_the_provinces():
    assert region_of(PART.format(w="全省", p="海南")) == "海南省"


def test_an_autonomous_regions_text_saying_its_whole_is_its_own():
    assert region_of(PART.format(w="全区", p="广西壮族自治区")) == "广西壮族自治区"
