"""A place's own news site is often named by the place's initials and the word news or daily (hsnews.cnnb.com.cn for
海曙, its byline 海曙新闻网讯): an item there that speaks of its own kind of government (全区) and names the unit is that
unit's, as a host of the initials alone already was (issue 22, found on set AT after it was measured once; the change
also placed a county-level city of an older set). Made-up items of this file's own wording. Negatives: initials the text
names no unit of, or whose unit is of another kind than the text speaks of, place nothing."""

import pytest

from tests.extracting import region_of

ITEM = ("{name}新闻网讯(记者 某某)去年,{whole}上下稳中求进,经济运行总体平稳。数据显示,{whole}实现生产总值496.18亿元,"
        "按可比价计算增长7.1%;社会消费品零售总额372.85亿元,增长10.8%。\n")


def region_at(url: str, name: str, whole: str) -> str | None:
    return region_of(ITEM.format(name=name, whole=whole), "item.txt", url)


@pytest.mark.parametrize("url, name, whole, place", [
    ("http://hsnews.cnnb.com.cn/system/2013/02/08/010503527.shtml", "海曙", "全区", "海曙区"),
    ("http://yhnews.hangzhou.com.cn/jjxw/content/2019-01/1.htm", "余杭", "全区", "余杭区"),
    ("http://www.xsnews.com.cn/news/2018/0112/1.shtml", "萧山", "全区", "萧山区"),
    ("http://cxnews.zjol.com.cn/cxnews/system/2017/01/1.shtml", "慈溪", "全市", "慈溪市"),
    ("http://tlnews.hangzhou.com.cn/xwzx/content/2016-01/1.htm", "桐庐", "全县", "桐庐县"),
])
def test_a_news_site_of_a_units_initials_names_it(url, name, whole, place):
    assert region_at(url, name, whole) == place


@pytest.mark.parametrize("url, name, whole", [
    ("http://hsnews.cnnb.com.cn/system/2013/02/08/1.shtml", "某地", "全区"),   # the text names no unit of hs
    ("http://hsnews.cnnb.com.cn/system/2013/02/08/1.shtml", "海曙", "全县"),   # 海曙 is a district, the text a county's
])
def test_initials_the_text_does_not_bear_out_place_nothing(url, name, whole):
    assert region_at(url, name, whole) is None
