"""A government's text names its own place in set phrases even when it names it nowhere else: the leader's visit it
studies (深入贯彻习近平总书记视察贵州重要讲话精神, 对重庆提出的…), the national statistics office's survey team in it
(国家统计局山西调查总队), its own bureaus (据双鸭山市公安局…), the report it quotes by its formal name
(关于山东省2014年预算执行情况…的报告). The one unit so named that is of the kind the text speaks
of as its own (全省, 全市) is its place. Before, such texts had no region (issue 22, four documents of the development
sets placed, none wrongly). Made-up texts of this file's own wording. Negatives: a county's text (全县上下) that studies
the leader's visit to its province, and a city's text naming its province's team, place nothing."""

import pytest

from tests.extracting import region_of


@pytest.mark.parametrize("text, place", [
    ("全省上下深入贯彻习近平总书记视察贵州重要讲话精神,全省经济稳中向好。地区生产总值增长4.9%。\n", "贵州省"),
    ("7月21日,省统计局和国家统计局山西调查总队发布数据,全省经济持续恢复,全省生产总值增长12.2%。\n", "山西省"),
    ("全省认真落实总书记考察调研山西重要讲话精神,全省地区生产总值增长4.4%。\n", "山西省"),
    ("全市户籍人口继续减少。据双鸭山市公安局统计,全市年末户籍人口为130万人。\n", "双鸭山市"),
    ("全市全面落实习近平总书记对重庆提出的重要指示要求,全市经济平稳运行。\n", "重庆市"),
    ("全县上下齐心协力。据国家统计局桐庐调查队抽样调查,全县居民人均可支配收入增长8%。\n", "桐庐县"),
    ("本报济南1月27日讯 关于山东省2014年预算执行情况和2015年预算草案的报告显示,全省财政运行良好,全省收入增长10.2%。\n",
     "山东省"),
])
def test_a_set_phrase_names_the_texts_place(text, place):
    assert region_of(text) == place


@pytest.mark.parametrize("text", [
    "全县上下深入贯彻习近平总书记视察江西重要讲话精神,全省树标杆,全省首个千亿县,全省领先。\n",
    "全市经济运行平稳,全市工业增长。国家统计局江西调查总队发布数据显示,居民收入增长。\n",
])
def test_a_phrase_naming_a_place_of_another_kind_places_nothing(text):
    assert region_of(text) is None
