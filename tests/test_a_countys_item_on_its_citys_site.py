"""Two ways a page's place was misread. A city's site name alone on the page's first line (某市人民政府网) is the
publisher, not the item's place: a headline under it naming a county of that city (某县:全年经济稳中有进) is the item's
place, as the body's 全县 says (before, the county's figures were filed under the city). And a city the text only
measures itself against (比某市高0.4个百分点) is not the text's own place, however often it is named (before, a speech of a
county-level city that never names itself was filed under the city it compared with; now its place stays unknown, with
its reason). (Issue 22 and issue 23, class 5: places.) Negatives: a site's page whose headline names no place stays the
site's; a city's speech naming itself as it reports stays the city's. Made-up pages in this file's own wording."""

import pytest

from etl.extract.region import read_region
from etl.knowledge import load_knowledge

CAT = load_knowledge()


def region(text: str) -> str | None:
    return read_region(text, CAT.regions, CAT.gazetteer).region


@pytest.mark.parametrize("site, headline, county", [
    ("铜仁市人民政府网", "思南县:上半年经济运行稳中有进", "思南县"),
    ("遵义市人民政府门户网站", "湄潭县召开全年经济工作会议", "湄潭县"),
    ("曲靖市人民政府网", "宣威市一季度经济开局良好", "宣威市"),
    ("赣州市人民政府网站", "于都县:全年主要经济指标完成情况", "于都县"),
    ("南平市人民政府网", "光泽县前三季度经济运行简况", "光泽县"),
    ("邵阳市人民政府门户网站", "隆回县:经济运行稳中向好", "隆回县"),
])
def test_a_headline_naming_a_county_of_the_site_city_is_the_items_place(site, headline, county):
    text = (f"{site}\n当前位置:首页 > 新闻动态 > 区县动态\n\n{headline}\n发布时间:2024-07-23  来源:县融媒体中心\n\n"
            "会议通报,上半年全县地区生产总值增长6.1%,规模以上工业增加值增长8.2%。全县上下要紧盯全年目标。\n")
    assert region(text) == county


def test_a_site_page_whose_headline_names_no_place_stays_the_sites():
    text = ("铜仁市人民政府网\n当前位置:首页 > 政务公开\n\n上半年经济运行情况通报\n发布时间:2024-07-23\n\n"
            "上半年全市地区生产总值增长5.9%,规模以上工业增加值增长7.1%。\n")
    assert region(text) == "铜仁市"


SPEECH = ("在全市上半年经济运行分析会上的讲话\n市委副书记、市长 某某\n(2025年7月25日)\n\n同志们:\n"
          "上半年,全市实现地区生产总值158.3亿元,增长5.3%,{}。各乡镇(街道)要对照目标抓落实。\n"
          "{}。全市上下要奋力赶超。\n")


@pytest.mark.parametrize("compared, named", [
    ("比南平市高0.4个百分点", "南平市上半年地区生产总值增长4.9%"),
    ("高于南平市0.4个百分点", "南平市上半年规上工业增加值增长6.1%"),
    ("较南平市快0.4个百分点", "南平市上半年固定资产投资增长3.2%"),
    ("增速比三明市高0.6个百分点", "三明市上半年地区生产总值增长4.7%"),
    ("低于龙岩市0.2个百分点", "龙岩市上半年地区生产总值增长5.5%"),
])
def test_a_city_named_only_as_a_yardstick_is_not_the_texts_place(compared, named):
    assert region(SPEECH.format(compared, named)) is None


def test_a_city_naming_itself_as_it_reports_stays_its_own():
    text = SPEECH.format("比全省高0.4个百分点", "南平市上半年规上工业增加值增长6.1%,南平市固定资产投资增长3.2%")
    assert region(text) == "南平市"
