"""A place's newspaper names its site by the place and the word news or daily (baotounews.com.cn): an item there that
speaks of 我市 and never names its city is that city's, as a host spelled by the place alone already is (issue 22,
found on set AQ after it was measured once). Made-up items of this file's own wording. Negatives: a host whose rest is
no place (chinanews, daydaynews), or too short to be one, places nothing."""

import pytest

from tests.extracting import region_of

ITEM = "前三季度,我市经济运行稳中有进。根据统一核算结果,前三季度我市地区生产总值为2500亿元,同比增长7.1%。全市规模以上工业增加值增长9%。\n"


def region_at(url: str) -> str | None:
    return region_of(ITEM, "item.txt", url)


@pytest.mark.parametrize("url, place", [
    ("https://baotounews.com.cn/p/762930.html", "包头市"),
    ("https://www.qingdaonews.com/content/2021-10/26/content_1.htm", "青岛市"),
    ("http://www.anshannews.cn/news/2021/1026.html", "鞍山市"),
    ("http://www.yantainews.net/a/2021/1026.html", "烟台市"),
    ("http://m.luoyangdaily.com/html/2021-10/26/content_8.htm", "洛阳市"),
])
def test_a_newspapers_host_names_its_place(url, place):
    assert region_at(url) == place


@pytest.mark.parametrize("url", [
    "https://www.chinanews.com/cj/2021/10-26/1.shtml",
    "https://daydaynews.cc/zh-hans/economy/1.html",
    "http://www.ynews.cn/a/1.html",
])
def test_a_host_whose_rest_is_no_place_places_nothing(url):
    assert region_at(url) is None
