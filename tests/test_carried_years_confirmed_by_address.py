"""An undated item's outcome whose year is carried from earlier in its text (2021年,全县… then a paragraph with no
year) is charted when the item's own address is dated in the first months of the year after that year
(…/20220125/…): the two readings agree (on the corpus, 39 such outcomes of headline indicators, none wrong; the
carried year alone was wrong about one time in eight). Made-up items of this file's own wording. Negatives: an address
of later in the year after, of two years after, of the same year, or none keeps the outcome in review."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
ITEM = ("某县经济社会发展成绩单\n\n2021年,全县上下攻坚克难,经济社会发展取得新成效,实现地区生产总值255亿元,增长8%。\n\n"
        "财政实力稳步增强,一般公共预算收入完成10.6亿元,同比增长7.5%。\n")
WANT = ("fiscal_revenue", 2021, "actual", 10.6)


@pytest.mark.parametrize("url", [
    "http://news.example.cn/county/20220125/1281620.html",
    "https://www.example.com/2022/02/15/8899.html",
    "http://www.example.cn/a/2022-03-01/5566.shtml",
    "http://www.example.cn/content/2022/04/30/77.html",
    "http://www.example.gov.cn/xwzx/202201/t20220110_1234.html",
])
def test_an_address_of_the_next_spring_confirms_the_carried_year(url):
    assert WANT in figures(ITEM, FIELDS, meta={"source_url": url, "region": "某县"}, charted=True)


@pytest.mark.parametrize("url", [
    "http://news.example.cn/county/20220625/1281620.html",
    "http://news.example.cn/county/20230125/1281620.html",
    "http://news.example.cn/county/20211225/1281620.html",
    "http://news.example.cn/county/1281620.html",
    None,
])
def test_no_agreeing_address_leaves_the_outcome_in_review(url):
    meta = {"region": "某县"} | ({"source_url": url} if url else {})
    assert WANT in figures(ITEM, FIELDS, meta=meta)
    assert WANT not in figures(ITEM, FIELDS, meta=meta, charted=True)
