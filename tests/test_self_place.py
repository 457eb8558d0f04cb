"""A document that names its place in no title or issuer line is still placed when it speaks of itself
clearly (我代表县人民政府, 全县 …) and names one unit of that kind clearly most, or when its host is the
place's name in pinyin; never when two places fit or the words point elsewhere."""

from __future__ import annotations

import pytest

from etl.extract.host_place import place_of_host
from etl.extract.places import other_places
from etl.extract.region import read_region
from etl.extract.self_place import own_kind
from etl.knowledge import load_knowledge

K = load_knowledge()
FILLER = "各项工作稳步推进。" * 5


def region_of(text: str, url: str | None = None) -> str | None:
    return read_region(text, K.regions, K.gazetteer, None, url).region


@pytest.mark.parametrize("text, kind", [
    ("各位代表:现在,我代表县人民政府向大会报告工作。全县经济平稳。", ("县", True)),
    ("全市生产总值增长6%,全市财政收入增长5%。", ("市", False)),
    ("全縣經濟穩定,全縣財政增長。", ("县", False)),                      # traditional characters
    ("我代表市人民政府报告工作。全区上下(自治区)共同努力,全区一盘棋。", ("市", True)),   # the speaker outweighs
    ("全市排名第一。", None),                                               # once is a ranking, not a self
    ("全市增长,全县增长。", None),                                          # two kinds, neither leads
])
def test_the_kind_a_text_speaks_of_as_its_own(text, kind):
    assert own_kind(text) == kind


@pytest.mark.parametrize("text, region", [
    ("各位代表:我代表县人民政府报告工作。一年来,安吉人民奋发有为,安吉经济稳中有进。" + FILLER, "安吉县"),
    ("各位代表:我代表市人民政府报告工作。赤峰全市上下,赤峰经济增长。" + FILLER, "赤峰市"),
    ("今年上海主要预期目标:全市生产总值增长6%,上海财政收入增长5%,全市就业稳定。" + FILLER, "上海市"),
    # the speaker's kind passes over a city named in a link: a 区's report names no 区
    ("我代表区人民政府报告工作。\n相关:昆明市2023年政府工作报告\n全区经济增长。" + FILLER, None),
    # two units of the kind named as often: none
    ("我代表县人民政府报告工作。安吉和德清两地合作,安吉德清共建。" + FILLER, None),
    # the only county a county's text names, named once, with its city named too: its own
    ("我代表县人民政府报告工作。湖州全市支持,安吉经济增长。" + FILLER, "安吉县"),
    ("全县经济平稳,全县财政增长,为伊吾县的发展打下基础。" + FILLER, "伊吾县"),
    # … but not named once alone: two characters may be a slogan's (除险固安), not a name
    ("我代表县人民政府报告工作。安吉经济增长。" + FILLER, None),
    # … but not one it visits, helps or learns from
    ("我代表县人民政府报告工作。赴安吉考察。" + FILLER, None),
    ("全县经济平稳,全县财政增长,与安吉结对帮扶。" + FILLER, None),
    ("全县经济平稳,全县财政增长,学习安吉经验。" + FILLER, None),
    # nor a short name that is an ordinary word (朝阳产业), nor a 市 named once (a county-level city's
    # text names its prefecture once: 按照赣州市部署)
    ("我代表区人民政府报告工作。全区发展朝阳产业。" + FILLER, None),
    ("我代表市人民政府报告工作。按照赣州市部署,全市经济增长。" + FILLER, None),
])
def test_a_place_is_read_from_how_the_text_speaks_of_itself(text, region):
    assert region_of(text) == region


@pytest.mark.parametrize("text, region", [
    ("【概况】琼山区位于海口市东部。琼山区全年经济增长。" + FILLER, "琼山区"),        # twice, its city once
    ("雁塔区经济增长,雁塔区财政增长,西安市排名靠前。" + FILLER, "雁塔区"),
    ("雁塔区经济增长,雁塔区财政增长,碑林区也在增长。" + FILLER, None),           # a neighbour, not above it
    ("雁塔区经济增长。西安市排名靠前。" + FILLER, None),                          # once is not enough
    ("朝阳区经济增长,朝阳区财政增长。" + FILLER, None),                           # two 朝阳区, no city named
])
def test_a_unit_named_twice_with_only_the_places_above_it(text, region):
    assert region_of(text) == region


@pytest.mark.parametrize("url, name", [
    ("https://www.panji.gov.cn/zjpj/index.html", "潘集区"),
    ("http://yanta.gov.cn/a.html", "雁塔区"),
    ("http://www.chaoyang.gov.cn/", None),          # several units are 朝阳
    ("http://news.example.com/", None),
    ("http://www.gov.cn/", None),
    ("not a url at all", None),
    (None, None),
])
def test_a_host_that_is_a_places_name_in_pinyin(url, name):
    unit = place_of_host(url, K.gazetteer)
    assert (unit.name if unit else None) == name


def test_the_host_is_evidence_only_after_the_text():
    text = "雁塔区人民政府工作报告\n" + FILLER
    assert region_of(text, "http://www.panji.gov.cn/") == "雁塔区"
    assert region_of(FILLER, "http://www.panji.gov.cn/") == "潘集区"


@pytest.mark.parametrize("own, sentence, other", [
    ("沙河市", "全市地区生产总值", False),     # a county-level city: 全市 is its own
    ("天津市", "全市地区生产总值", False),     # a municipality
    ("雁塔区", "全市地区生产总值", True),      # a district: 全市 is its city
    ("安吉县", "全市地区生产总值", True),
    ("安吉县", "全县地区生产总值", False),
])
def test_the_whole_of_word_of_a_places_own_kind_is_its_own(own, sentence, other):
    assert bool(other_places(K, own).search(sentence[:2])) == other


@pytest.mark.parametrize("head, region, why", [
    ("闸北区人民政府工作报告\n", None, "became part of 静安区 in 2015"),        # merged: not 静安区's series
    ("2013年苏州市沧浪区国民经济和社会发展统计公报\n", None, "became part of 姑苏区"),
    ("莱芜市2017年政府工作报告\n", None, "became part of 济南市"),               # a city merged into another
    ("神木县人民政府工作报告\n", "神木市", None),                                # renamed: the same place
    ("绍兴县第十五届人民代表大会第三次会议\n", "柯桥区", None),
])
def test_a_merged_unit_is_left_unknown_and_a_renamed_one_is_filed_under_today(head, region, why):
    reading = read_region(head + FILLER, K.regions, K.gazetteer)
    assert reading.region == region and (why is None or why in reading.warning)


def test_every_change_of_the_renamed_table_says_rename_or_merge(tmp_path):
    from etl.errors import InputError
    from etl.knowledge.gazetteer import read_gazetteer

    lines = (K.data_dir / "renamed_units.csv").read_text(encoding="utf-8").splitlines()
    (tmp_path / "renamed.csv").write_text("\n".join([lines[0], lines[1].replace(",rename,", ",split,")]) + "\n",
                                          encoding="utf-8")
    with pytest.raises(InputError, match="line 2: .*rename or merge"):
        read_gazetteer(renamed=tmp_path / "renamed.csv")


@pytest.mark.parametrize("head, region", [
    ("海口市龙华区人民政府工作报告\n", "海口市龙华区"),     # a listed name, another city named: not Shenzhen's
    ("鹤岗市南山区2020年政府工作报告\n", "鹤岗市南山区"),
    ("龙华区人民政府工作报告\n深圳市龙华区", "龙华区"),     # its own city named: the listed place
    ("龙华区人民政府工作报告\n", "龙华区"),                 # no city named: the listed place stands
    ("积石山保安族东乡族撒拉族自治县人民政府工作报告\n", "积石山保安族东乡族撒拉族自治县"),   # a long name
])
def test_a_namesake_of_a_listed_place_is_filed_under_its_own_city(head, region):
    assert region_of(head + FILLER) == region


def test_a_namesakes_own_figures_are_its_own():
    text = ("海口市龙华区2024年政府工作报告\n——在海口市龙华区第八届人民代表大会上\n各位代表:\n一、2023年工作回顾\n"
            "龙华区地区生产总值增长7.5%。\n")
    from etl.documents import documents_from_text
    from etl.extract.classify import extract_document
    rows = {(m["region"], m["indicator"], m["value"]) for d in documents_from_text(K, text, "case.txt")
            for m in extract_document(d, K) if m["confidence"] == "high"}
    assert rows == {("海口市龙华区", "gdp_growth", 7.5)}


@pytest.mark.parametrize("head, region", [
    ("2021年海南州国民经济和社会发展统计公报\n", "海南藏族自治州"),     # an autonomous prefecture by its place and kind
    ("2022年凉山州人民政府工作报告\n", "凉山彝族自治州"),
    ("景东县人民政府工作报告\n", "景东彝族自治县"),
    ("围场县2020年国民经济和社会发展统计公报\n", "围场满族蒙古族自治县"),
    # a unit whose own name it is keeps it: 海南 the province is not 海南州
    ("2021年海南省国民经济和社会发展统计公报\n", "海南省"),
])
def test_an_autonomous_unit_is_known_by_its_short_form(head, region):
    assert region_of(head + FILLER) == region


# The address spells a place (its pinyin is a label of the host) and the text is about another place.
_ITEM = "记者从{place}统计部门获悉,上半年{short}经济运行平稳。{short}地区生产总值增长6.1%,{short}财政收入增长5.2%。" + FILLER


@pytest.mark.parametrize("url, place, short, expected", [
    # a province's news site on one of its cities: the city
    ("https://henan.news.example.cn/a/1.html", "洛阳市", "洛阳", "洛阳市"),
    ("https://hubei.news.example.cn/a/1.html", "十堰市", "十堰", "十堰市"),
    # a city-named channel of a news site carrying another city's county, the city never named: the county
    ("https://guilin.news.example.com/a/1.html", "栾川县", "栾川", "栾川县"),
    # a city's own site whose text is about its province: the city (the site is the more specific)
    ("https://www.shiyan.gov.example/a/1.html", "湖北省", "湖北", "十堰市"),
    # a name said once does not outweigh the address
    ("https://www.pingwu.gov.example/a/1.html", "栾川县", "平武", "平武县"),
])
def test_a_texts_own_place_against_the_place_its_address_spells(url, place, short, expected):
    assert region_of(_ITEM.format(place=place, short=short), url) == expected


def test_an_address_and_a_text_naming_two_places_outside_each_other_leave_the_place_unknown():
    text = _ITEM.format(place="栾川县", short="栾川") + "桂林市领导到栾川考察。"
    assert region_of(text, "https://guilin.news.example.com/a/1.html") is None
