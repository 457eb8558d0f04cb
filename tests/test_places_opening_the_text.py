"""A text that opens with its place as its first sentence's subject (过去五年,休宁县坚持…; 宁波市镇海区经济社会实现…;
原标题:南昌一季度实现…) is that place's: by the unit's full name, alone or after its parents' names, or by a short name
when the text clearly speaks of its own kind (全市 twice). Before, such texts that name their place nowhere else had no
region, and all their figures waited (issue 22, four documents of the development sets placed, none wrongly). Made-up
texts of this file's own wording. Negatives: a name several units share (长安区), a short name without the text's own
kind, and a run before the name that is no parent's, place nothing."""

import pytest

from tests.extracting import region_of

BODY = "地区生产总值增长6.1%,一般公共预算收入增长5.2%,固定资产投资增长8.0%。\n"


@pytest.mark.parametrize("head, place", [
    ("过去五年,休宁县坚持稳中求进,与临安区、开化县携手共建生态示范区。\n", "休宁县"),
    ("一、2021年国民经济和社会发展基本情况\n宁波市镇海区经济社会实现平稳健康发展。主要指标如下:\n", "镇海区"),
    ("原标题:南昌一季度实现GDP1204.62亿元\n记者获悉,一季度全市经济企稳回升,全市上下共克时艰。\n", "南昌市"),
    ("7月20日,中卫经济半年报公布,全市实现平稳增长,全市上下信心十足。\n", "中卫市"),
    ("2019年,桐庐县坚持稳中求进,对口帮扶景宁县、松阳县取得新成效。\n", "桐庐县"),
    ("刚刚过去的2020年,浙江省湖州市德清县经济运行稳中向好。\n", "德清县"),
])
def test_the_place_opening_the_text_is_its_place(head, place):
    assert region_of(head + BODY) == place


@pytest.mark.parametrize("head", [
    "过去五年,长安区坚持稳中求进,经济实力显著增强。\n",          # two cities have a 长安区
    "原标题:南昌一季度实现GDP1204.62亿元\n记者获悉,一季度经济企稳回升。\n",   # no kind the text calls its own
    "过去五年,某某集团镇海区分公司经济效益显著增强。\n",          # a company's branch, not the district
])
def test_an_opening_that_does_not_settle_the_place_places_nothing(head):
    assert region_of(head + BODY) is None
