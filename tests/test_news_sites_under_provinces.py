"""A county's news site is often a label of its province's news host, named by the county's initials and news or daily
(dsnews.zjol.com.cn: 岱山 under 浙江在线): an item there that speaks of its own kind of government (全县) and never names
its place is that of the one unit of that kind, with those initials, in the province another label of the host opens
with. Before, such an item had no region (issue 22, found on set AU after it was measured once). Made-up items of this
file's own wording. Negatives: initials of no unit of the text's kind in that province, and a host with no province's
label, place nothing."""

import pytest

from tests.extracting import region_of

ITEM = "上半年 我县经济实现稳中提质\n记者获悉,今年以来全县上下凝心聚力,上半年全县经济稳定增长。全县实现地区生产总值82.5亿元,同比增长6.1%。\n"


def region_at(url: str) -> str | None:
    return region_of(ITEM, "item.txt", url)


@pytest.mark.parametrize("url, place", [
    ("http://dsnews.zjol.com.cn/dsnews/system/2025/08/01/035018506.shtml", "岱山县"),
    ("http://ajnews.zjol.com.cn/ajnews/system/2025/08/01/1.shtml", "安吉县"),
    ("http://dqnews.zjol.com.cn/dqnews/system/2019/07/20/1.shtml", "德清县"),
    ("http://ttnews.zjol.com.cn/ttnews/system/2021/07/22/1.shtml", "天台县"),
    ("http://canews.zjol.com.cn/canews/system/2018/07/25/1.shtml", "淳安县"),
])
def test_a_county_news_site_under_its_provinces_host_names_it(url, place):
    assert region_at(url) == place


@pytest.mark.parametrize("url", [
    "http://qqnews.zjol.com.cn/qqnews/system/2025/08/01/1.shtml",
    "http://dsnews.example.com.cn/dsnews/system/2025/08/01/1.shtml",
])
def test_initials_of_no_unit_or_no_province_place_nothing(url):
    assert region_at(url) is None
