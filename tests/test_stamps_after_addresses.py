"""A page's stamp (编辑:… 2021-05-26) years after the date in its own address (…/content/2013/06/14/…) is a later edit's:
it dates nothing, so the item's 上半年 is not filed under the stamp's year. Before, a 2013 briefing re-edited in 2021 had
its half year's figures charted as 2021's (issue 23, found on set AU after it was measured once). Made-up pages of this
file's own wording. Negative: a stamp within a year of its address's date still dates the page."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "value")
PAGE = ("某区召开座谈会\n编辑:某某 2021-05-26 10:01:54\n会上通报了今年来全区经济社会发展情况,上半年完成地区生产总值130.96亿元,"
        "同比增长9.2%。\n")


@pytest.mark.parametrize("url", [
    "https://tz.example.cn/content/2013/06/14/10664744.html",
    "http://www.example.gov.cn/art/201306/t20130614_1234.html",
    "http://news.example.com/2013-06-14/5566.shtml",
    "http://www.example.cn/xwzx/20130614/123.html",
    "http://www.example.cn/n/2014/0926/c1234-5678.html",
])
def test_a_stamp_years_after_the_address_dates_nothing(url):
    got = figures(PAGE, FIELDS, meta={"region": "娄星区", "source_url": url})
    assert not any(f[1] == 2021 for f in got)


def test_a_stamp_close_to_its_address_still_dates_the_page():
    got = figures(PAGE, FIELDS, meta={"region": "娄星区", "source_url": "https://tz.example.cn/content/2021/05/26/1.html"})
    assert ("gdp", 2021, "H1", 130.96) in got
