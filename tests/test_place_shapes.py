"""The shapes a place's name takes in real reports (issue 22): an autonomous prefecture's text that calls
itself 全州, an autonomous county called by its place name and 自治县, a banner called by its wing and part,
and a site whose host spells the place's initials. Made-up texts in this file's own wording."""

import pytest

from etl.documents import documents_from_text
from etl.knowledge import DATA_DIR, load_knowledge
from etl.knowledge.gazetteer import banner_short
from tests.extracting import region_of

K = load_knowledge(DATA_DIR)
FILLER = "各项工作稳步推进,民生保障持续加强,生态环境不断改善。"


def region_at(text: str, url: str) -> str | None:
    return documents_from_text(K, text, "made_up.txt", meta={"source_url": url})[0].region


@pytest.mark.parametrize("text, place", [
    ("各位代表:\n现在,我代表州人民政府向大会报告工作。过去一年,全州上下攻坚克难。" + FILLER
     + "今年也是甘孜藏族自治州成立纪念之年。", "甘孜藏族自治州"),
    ("过去一年,全州上下团结一心,州委统筹推进各项工作。恩施州经济稳中向好。" + FILLER, "恩施土家族苗族自治州"),
    ("工作回顾\n我代表州人民政府作报告。全州生产总值增长6%。" + FILLER + "海北州发展迈上新台阶。", "海北藏族自治州"),
    ("统计公报\n全州经济平稳运行,全州社会和谐稳定。" + FILLER + "在红河州各族人民共同努力下。", "红河哈尼族彝族自治州"),
    ("工作报告\n我代表州人民政府报告工作。全州上下奋力拼搏。" + FILLER + "黔东南州加快发展。", "黔东南苗族侗族自治州"),
])
def test_a_prefecture_text_that_calls_itself_zhou_is_read_by_its_one_naming(text, place):
    assert region_of(text) == place


@pytest.mark.parametrize("text", [
    # a county's text naming its prefecture once: the county is not named, so no place
    "过去一年,全县上下在恩施州委的坚强领导下,县委统筹推进。" + FILLER,
    # a prefecture's text naming another prefecture it is paired with
    "过去一年,全州上下团结一心,州委统筹推进。" + FILLER + "与甘孜州对口协作不断深化。",
    # two prefectures named once each
    "过去一年,全州上下团结一心。" + FILLER + "甘孜州、阿坝州联动发展。",
])
def test_no_prefecture_is_read_where_the_text_does_not_say_which(text):
    assert region_of(text) is None


@pytest.mark.parametrize("text, place", [
    ("2021年长阳自治县国民经济和社会发展统计公报\n全县经济运行平稳。", "长阳土家族自治县"),
    ("城步自治县人民政府工作报告\n各位代表:全县上下砥砺前行。", "城步苗族自治县"),
    ("峨边自治县2019年国民经济和社会发展计划执行情况\n全县生产总值增长7%。", "峨边彝族自治县"),
    ("2020年务川自治县国民经济和社会发展统计公报\n全县经济总体平稳。", "务川仡佬族苗族自治县"),
    ("关于甘孜自治州2022年国民经济和社会发展计划执行情况的报告\n全州经济企稳回升。", "甘孜藏族自治州"),
])
def test_an_autonomous_unit_called_by_its_place_name_and_whole_kind_is_known(text, place):
    assert region_of(text) == place


@pytest.mark.parametrize("name, short", [
    ("科尔沁右翼中旗", "科右中旗"), ("科尔沁左翼后旗", "科左后旗"), ("察哈尔右翼前旗", "察右前旗"),
    ("土默特左旗", "土左旗"), ("鄂托克前旗", "鄂前旗"),
    ("巴林左旗", None), ("正蓝旗", None), ("鄂伦春自治旗", None), ("杭锦旗", None),
])
def test_a_banner_named_by_wing_and_part_has_its_short_name(name, short):
    assert banner_short(name) == short


@pytest.mark.parametrize("text, place", [
    ("关于科左后旗2022年国民经济和社会发展计划执行情况的报告\n全旗经济稳中有进。", "科尔沁左翼后旗"),
    ("察右前旗人民政府工作报告\n各位代表:全旗上下团结奋斗。", "察哈尔右翼前旗"),
    ("2021年土右旗国民经济和社会发展统计公报\n全旗生产总值增长6%。", "土默特右旗"),
])
def test_a_banner_called_by_its_short_name_in_the_title_is_known(text, place):
    assert region_of(text) == place


BODY = "过去一年,我区坚持稳中求进,我区经济持续向好。" + FILLER


@pytest.mark.parametrize("url, text, place", [
    # the city's initials then the district's, and the text names the district once
    ("https://www.nbhs.gov.cn/art/2021/1/5/x.html", BODY + "海曙实践成效明显。", "海曙区"),
    ("http://www.hzsc.gov.cn/art/2020/3/9/x.html", BODY + "上城经验得到推广。", "上城区"),
    # a county's: its city's initials and its own
    ("http://www.hzaj.gov.cn/col/1.html", "过去一年,全县上下团结奋斗,县委统筹推进。" + FILLER + "安吉模式走向全国。",
     "安吉县"),
])
def test_a_host_spelling_the_initials_of_a_place_the_text_names_is_the_place(url, text, place):
    assert region_at(text, url) == place


@pytest.mark.parametrize("url, text", [
    # the host spells only the district's own initials and kind, which many share, and the text never names it
    ("https://www.hsq.gov.cn/art/2021/1/5/x.html", BODY),
    # the text names the district, but it is a county's text (全县) and the district is no county
    ("https://www.nbhs.gov.cn/art/2021/1/5/x.html", "过去一年,全县上下团结奋斗,县委统筹推进。" + FILLER + "与海曙结对。"),
    # initials of no place the text names
    ("https://www.abcd.gov.cn/x.html", BODY + "海曙实践成效明显。"),
])
def test_initials_alone_or_a_place_of_another_kind_give_no_place(url, text):
    assert region_at(text, url) is None


@pytest.mark.parametrize("url, text, place", [
    # a name four cities share, told apart by the site: Nanjing's initials, then the district's
    ("http://rd.njgl.gov.cn/art/2016/3/4/x.html", "鼓楼区人民政府工作报告\n各位代表:全区上下团结奋斗。", "南京市鼓楼区"),
    ("http://www.fzgl.gov.cn/xxgk/x.html", "鼓楼区人民政府工作报告\n各位代表:全区上下团结奋斗。", "福州市鼓楼区"),
    # zh, ch and sh as two letters (朝阳: chy), after the city's initials
    ("https://rd.bjchy.gov.cn/x.html", "关于朝阳区2024年国民经济和社会发展计划执行情况的报告\n全区经济平稳。", "北京市朝阳区"),
    ("https://www.cccy.gov.cn/x.html", "关于朝阳区2024年国民经济和社会发展计划执行情况的报告\n全区经济平稳。", "长春市朝阳区"),
])
def test_a_name_several_places_share_is_told_apart_by_the_site(url, text, place):
    assert region_at(text, url) == place


@pytest.mark.parametrize("url", [
    "http://www.example.com/x.html",          # the site says nothing
    "http://www.gl.gov.cn/x.html",            # the district's initials alone fit all four
])
def test_a_shared_name_stays_unknown_where_the_site_does_not_tell(url):
    assert region_at("鼓楼区人民政府工作报告\n各位代表:全区上下团结奋斗。", url) is None


def test_an_ordinary_word_or_a_provinces_short_name_is_no_districts_mention():
    # 文明城区 is no 城区, 河北 of 河北项目区 is the province's short name before Tianjin's 河北区; the one
    # district named, with its city, is the text's
    text = ("石家庄频道\n一年来,全区上下奋力拼搏,我区荣获省文明城区称号,入选河北项目区,区委统筹推进。"
            + FILLER + "魅力藁城建设成效明显。")
    assert region_of(text) == "藁城区"


PROVINCE_BODY = "过去一年,全省上下团结奋斗,全省经济稳中有进。" + FILLER


@pytest.mark.parametrize("url, text, place", [
    # the province's initials, then the congress's (人大)
    ("http://rdh.zjrd.gov.cn/qwfb/201802/x.html", PROVINCE_BODY + "建设美丽浙江取得新进展。", "浙江省"),
    # a district's site run by its statistics bureau (统计局: tjj)
    ("http://www.nbhstjj.gov.cn/x.html", BODY + "海曙实践成效明显。", "海曙区"),
])
def test_the_initials_of_the_body_that_runs_the_site_are_left_aside(url, text, place):
    assert region_at(text, url) == place


def test_the_body_left_aside_still_needs_the_place_named():
    assert region_at(PROVINCE_BODY, "http://rdh.zjrd.gov.cn/qwfb/201802/x.html") is None
