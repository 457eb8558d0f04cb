"""Where a document's place is read from (issue 22, classes of set AD): a headline naming a place's economy by its
short name before the part of the year (内蒙古一季度经济运行…), also on a line below a site's navigation; a folder of
four bare letters is a section's code, not a city's and a district's initials (…/zdjc/…); a city named in the chain of
governments that lead the text's place (中央、省和X市的决策部署) is above it; and a 该市 that refers back to the one
city named before it (从X市政府新闻发布会上获悉,一季度该市经济…). Made-up texts of this file's own wording."""

import pytest

from etl.documents import documents_from_text
from etl.extract.path_place import place_of_city_and_own_initials
from tests.extracting import K


def place(text: str, url: str | None = None) -> str | None:
    return documents_from_text(K, text, "made_up.txt", meta={"source_url": url} if url else None)[0].region


BODY = "\n据官方网站消息,{p},全区经济运行总体平稳,主要指标稳中有升,地区生产总值同比增长7.2%,实现良好开局。"


@pytest.mark.parametrize("title, want", [
    ("内蒙古一季度经济运行开门红 主要指标高于全国", "内蒙古自治区"), ("青海上半年经济运行稳中向好", "青海省"),
    ("贵州前三季度经济保持较快增长", "贵州省"), ("甘肃1-8月经济运行总体平稳", "甘肃省"),
    ("宁夏一季度经济实现平稳开局", "宁夏回族自治区")])
def test_a_headline_naming_a_place_before_the_part_of_the_year(title, want):
    assert place(title + BODY.format(p="一季度"), "https://huhehaote.example.com/xinwen/1.html") == want


@pytest.mark.parametrize("nav, title, want", [
    ("站点切换\n新闻", "上半年宁夏经济数据出炉: 三次产业增速由负转正", "宁夏回族自治区"),
    ("首页\n要闻", "前三季度青海经济稳中有进", "青海省"), ("网站导航\n经济", "一季度贵州经济运行平稳", "贵州省"),
    ("切换城市\n资讯", "上半年甘肃经济延续恢复态势", "甘肃省"), ("首页\n时政", "前三季度江西经济运行稳中向好", "江西省")])
def test_a_headline_below_a_sites_navigation_names_the_place(nav, title, want):
    assert place(f"{nav}\n{title}" + BODY.format(p="上半年")) == want


@pytest.mark.parametrize("title", ["全市一季度经济运行开门红", "吉林一季度经济运行开门红"])
def test_a_headline_naming_no_place_or_a_shared_short_name_names_none(title):
    assert place(title + "\n全市经济运行总体平稳,地区生产总值同比增长7.2%。") is None


GOVERNED = "2016年是我区开局之年。今年全区经济社会发展主要预期目标是:区委区政府带领全区上下,增长7%左右。"


@pytest.mark.parametrize("folder", ["nbyz", "hzsc", "cdjj", "nbhs", "gzth"])
def test_a_bare_folder_of_four_letters_names_no_district(folder):
    assert place_of_city_and_own_initials(f"https://www.example.cn/a/{folder}/b.html", GOVERNED, "区", K.gazetteer) is None


@pytest.mark.parametrize("url, want", [("https://www.nbyz.gov.cn/art/1.html", "鄞州区"),
                                       ("http://example.cn/hzshtqzf/zwgk/x.shtml", "汉台区")])
def test_a_host_or_a_governments_folder_still_names_it(url, want):
    assert place_of_city_and_own_initials(url, GOVERNED, "区", K.gazetteer).name == want


CHAIN = ("一、2020年计划执行情况\n2020年,全市上下认真贯彻落实中央、省和{c}的决策部署,紧紧围绕{c}委的新要求和赋予我市"
         "的新定位,全市经济稳中有进。全市地区生产总值增长4%。")


@pytest.mark.parametrize("city", ["南通市", "苏州市", "嘉兴市", "泉州市", "潍坊市"])
def test_a_city_in_the_chain_of_governments_above_is_not_the_place(city):
    assert place(CHAIN.format(c=city)) != city


def test_a_city_named_as_its_own_without_a_chain_is_the_place():
    text = "一、2020年计划执行情况\n2020年,潍坊市全市上下团结奋进,潍坊市经济稳中有进。潍坊市地区生产总值增长4%。"
    assert place(text) == "潍坊市"


REFERRED = "一季度\n日前从{c}政府新闻办召开的新闻发布会上获悉,一季度该{k}经济实现强势开局,地区生产总值同比增长9.1%。"


@pytest.mark.parametrize("city, kind", [("保定市", "市"), ("邯郸市", "市"), ("洛阳市", "市"), ("曲靖市", "市"),
                                        ("滕州市", "市")])
def test_a_this_city_refers_back_to_the_one_city_named_before_it(city, kind):
    assert place(REFERRED.format(c=city, k=kind)) == city


@pytest.mark.parametrize("text", [REFERRED.format(c="保定市、邯郸市", k="市"), REFERRED.format(c="保定市", k="县")])
def test_two_cities_before_it_or_another_kind_refer_to_none(text):
    assert place(text) is None
