"""An address that files an item under a month's folder (…/201801/…, …/2022-02/…) confirms an outcome's year carried from
earlier in its text as a full date in the address does: a folder of the first months of the year after that year
agrees with it (issue 23, found on development sets AK and M: items filed as …/201801/6989733.html kept their outcomes
in review). Made-up items of this file's own wording. Negatives: a folder of later in the year after, of two years
after or of the same year, and digits that are no month's folder, keep the outcome in review."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
ITEM = ("某县经济社会发展成绩单\n\n2017年,全县上下攻坚克难,经济社会发展取得新成效,实现地区生产总值245.7亿元,增长8.5%。\n\n"
        "财政实力稳步增强,一般公共预算收入完成9.6亿元,同比增长7.5%。\n")
WANT = ("fiscal_revenue", 2017, "actual", 9.6)


@pytest.mark.parametrize("url", [
    "https://news.example.net/mianyang/santai/201801/6989733.html",
    "https://www.example.gov.cn/bjtz/fzx/201802/1060750.shtml",
    "http://www.example.cn/news/2018-03/content_31811593.htm",
    "http://www.example.cn/xwzx/2018_04/88.html",
    "http://www.example.com/a/2018/01/4411.html",
])
def test_a_months_folder_of_the_next_spring_confirms_the_carried_year(url):
    assert WANT in figures(ITEM, FIELDS, meta={"source_url": url, "region": "某县"}, charted=True)


@pytest.mark.parametrize("url", [
    "https://news.example.net/mianyang/santai/201809/6989733.html",
    "https://news.example.net/mianyang/santai/201901/6989733.html",
    "https://news.example.net/mianyang/santai/201712/6989733.html",
    "https://news.example.net/item/2018015.html",
])
def test_a_folder_that_does_not_agree_leaves_the_outcome_in_review(url):
    meta = {"region": "某县", "source_url": url}
    assert WANT in figures(ITEM, FIELDS, meta=meta)
    assert WANT not in figures(ITEM, FIELDS, meta=meta, charted=True)
