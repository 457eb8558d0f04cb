"""An undated item's target whose year is carried from earlier in its text (2021年是…开局之年 then a paragraph of aims with
no year) is charted when the item's own address is dated, or filed under a month's folder, in the first months of
that year: the congress season's news of the year's aims, and the two readings agree (issue 23, found on development
sets R and T: a daily's congress page of …/2013-03/05/… and a mirror of …/2021/0414/… kept their targets in review).
Made-up items of this file's own wording. Negatives: an address of later that year, of the year after, of the
December before, or none keeps the targets in review."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
ITEM = ("某县第十八届人民代表大会第五次会议开幕\n\n2021年是“十四五”规划开局之年,做好今年工作意义重大。\n\n"
        "会议提出:地区生产总值计划增长8%,一般公共预算收入计划增长9%,固定资产投资计划增长16%。\n")
WANT = ("fiscal_revenue_growth", 2021, "target", 9.0)


@pytest.mark.parametrize("url", [
    "http://epaper.example.com/rb/html/2021-03/05/content_183175.htm",
    "http://www.example.com/page/2021/0414/8113082.shtml",
    "http://news.example.cn/county/20210125/1281620.html",
    "https://www.example.gov.cn/xwzx/202102/t20210210_77.html",
    "http://www.example.cn/a/2021-01/5566.shtml",
])
def test_an_address_of_the_years_spring_confirms_a_carried_targets_year(url):
    assert WANT in figures(ITEM, FIELDS, meta={"source_url": url, "region": "某县"}, charted=True)


@pytest.mark.parametrize("url", [
    "http://news.example.cn/county/20210925/1281620.html",
    "http://news.example.cn/county/20220125/1281620.html",
    "http://news.example.cn/county/20201225/1281620.html",
    None,
])
def test_an_address_that_does_not_agree_leaves_the_target_in_review(url):
    meta = {"region": "某县"} | ({"source_url": url} if url else {})
    assert WANT in figures(ITEM, FIELDS, meta=meta)
    assert WANT not in figures(ITEM, FIELDS, meta=meta, charted=True)
