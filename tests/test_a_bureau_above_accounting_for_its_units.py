"""A statistics bureau named as the one that did the unified accounting (经榆林市统计局统一核算, 据株洲市统计局统一核算)
is the level above the text's place: a county's news story saying so is the county's, not the city's, where the
county is named only by its short name in the title, and a city's naming its province's bureau (经陕西省统计局统一核算)
is the city's. A city's own bureau that accounts (经榆林市统计局核算,全市…) leaves the text the city's (issue 22:
places; made-up set iz). Made-up stories in this file's own wording."""

import pytest

from etl.extract.region import read_region
from etl.knowledge import load_knowledge

K = load_knowledge()
STORY = ("{title}\n\n发布时间:2023-02-08 来源:{paper}\n\n记者从{kind}统计局了解到,{verb}{above}统计局{acc},2022年,全{kind}实现"
         "地区生产总值{gdp}亿元,同比增长5.1%,增速高于{above}0.6个百分点,在{above}各区县中排名第二。"
         "全{kind}规模以上工业增加值增长7.2%。\n")


def region_of(**parts) -> str | None:
    return read_region(STORY.format(**{"acc": "统一核算", **parts}), K.regions, K.gazetteer, None, None).region


@pytest.mark.parametrize("parts, place", [
    (dict(title="2022年神木经济成绩单出炉", paper="融媒体中心", kind="市", verb="经", above="榆林市", gdp="2286.5"), "神木市"),
    (dict(title="前三季度浏阳经济稳中有进", paper="融媒体中心", kind="市", verb="经", above="长沙市", gdp="1236.8"), "浏阳市"),
    (dict(title="2022年宁乡经济运行稳中有进", paper="融媒体中心", kind="市", verb="据", above="长沙市", gdp="1498.2"), "宁乡市"),
    (dict(title="2022年祁东经济总量再上台阶", paper="融媒体中心", kind="县", verb="经", above="衡阳市", gdp="318.6"), "祁东县"),
    (dict(title="2022年府谷经济实现平稳增长", paper="融媒体中心", kind="县", verb="据", above="榆林市", gdp="1120.4"), "府谷县"),
    (dict(title="2022年榆林经济运行情况", paper="榆林日报", kind="市", verb="经", above="陕西省", gdp="6543.7"), "榆林市"),
], ids=["shenmu", "liuyang", "ningxiang", "qidong", "fugu", "province-above"])
def test_the_unit_below_the_accounting_bureau(parts, place):
    assert region_of(**parts) == place


def test_a_citys_own_bureau_accounting_stays_the_citys():
    parts = dict(title="2022年榆林经济运行情况", paper="榆林日报", kind="市", verb="经", above="榆林市", gdp="6543.7",
                 acc="核算")
    assert region_of(**parts) == "榆林市"
