"""The title of a plan or budget report names its place before the year it reports on, as a work report's does
(关于X区2023年上半年国民经济和社会发展计划执行情况的报告, X县2023年预算执行情况和2024年预算草案的报告, X市2022年决算):
the place is read from it, also for places outside data/regions.csv (issue 22, found by writing such reports with only
their title: each got region unknown). Negatives: titles naming no place (全区 is none) give no region. Made-up texts of this file's own wording."""

import pytest

from tests.extracting import region_of

BODY = "\n\n一、执行情况\n\n全区地区生产总值完成1180.2亿元,同比增长5.6%。\n"


@pytest.mark.parametrize("title,place", [
    ("关于雁塔区2023年上半年国民经济和社会发展计划执行情况的报告", "雁塔区"),
    ("西安市雁塔区2023年上半年计划执行情况的报告", "雁塔区"),
    ("关于长武县2023年计划执行情况与2024年计划草案的报告", "长武县"),
    ("关于雁塔区2023年预算执行情况和2024年预算草案的报告", "雁塔区"),
    ("宝鸡市2022年财政决算报告", "宝鸡市"),
    ("关于临潼区2023年1-9月国民经济和社会发展计划执行情况的报告", "临潼区"),
])
def test_a_plan_or_budget_reports_title_gives_its_place(title, place):
    assert (region_of(title + BODY) or "").endswith(place)


@pytest.mark.parametrize("text", [
    "2023年上半年计划执行情况的报告" + BODY,
    "上半年经济运行分析" + BODY + "会议听取了关于全区2023年计划执行情况的汇报。\n",
    "关于2023年预算执行情况和2024年预算草案的报告" + BODY,
])
def test_no_place_in_the_title_gives_none_from_it(text):
    assert region_of(text) is None


@pytest.mark.parametrize("title,place", [
    ("雁塔区1-11月经济运行简况", "雁塔区"),
    ("长武县上半年经济运行情况", "长武县"),
    ("临潼区前三季度经济运行分析", "临潼区"),
    ("宝鸡市1-5月份主要经济指标", "宝鸡市"),
    ("长武县一季度经济运行情况通报", "长武县"),
])
def test_a_part_years_economy_titled_by_its_place_gives_it(title, place):
    """(A release titled by its place and a part of the year, with no year: 雁塔区1-11月经济运行简况.)"""
    assert (region_of(title + BODY) or "").endswith(place)


@pytest.mark.parametrize("title,place", [
    ("临潼区政府召开常务会议", "临潼区"),
    ("长武县政府常务会议研究部署经济工作", "长武县"),
    ("宝鸡市政府召开全市经济工作会议", "宝鸡市"),
    ("淳化县政府门户网站\n2023年经济运行", "淳化县"),
    ("雁塔区政府全体会议召开", "雁塔区"),
])
def test_a_government_named_without_its_peoples_gives_its_place(title, place):
    """(X区政府召开…, X县政府门户网站: the government of the place, as X区人民政府 is.)"""
    assert (region_of(title + BODY) or "").endswith(place)


@pytest.mark.parametrize("text", [
    "在市政府的领导下,全区经济平稳\n工作综述" + BODY,
    "全区上下在区委区政府领导下\n经济综述" + BODY,
])
def test_a_government_of_no_named_place_gives_none(text):
    assert region_of(text) is None


def test_a_level_aboves_press_office_further_down_names_no_issuer():
    """(A county's page whose seventh line tells of 甘肃省政府新闻办召开发布会 on it is not the province's.)"""
    text = ("通渭县概况\n\n1、位于甘肃省中部\n\n2、现辖18个乡镇\n\n3、县政府驻平襄镇\n\n4、人口\n\n5、面积\n\n"
            "6、2020年11月21日上午,甘肃省政府新闻办召开发布会,宣布通渭县退出贫困县序列。\n" + BODY)
    assert region_of(text) != "甘肃省"
