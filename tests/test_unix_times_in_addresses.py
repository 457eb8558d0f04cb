"""A yearless dateline (1月13日,某区人民代表大会…开幕) is dated by a Unix time in the page's own address
(…/news/1642125018724993: 2022-01-14) when the two agree within weeks, as a date written in the address already
dated it: a district's five-year review went unread for want of a year (issue 23, found on set AQ after it was
measured once). Made-up items of this file's own wording. Negatives: a number in the address that is no Unix time
of those years, or one far from the dateline, dates nothing."""

import pytest

from etl.extract.dateline import dateline_date

ITEM = "掌上新闻讯{line},某区第四届人民代表大会第一次会议开幕,代理区长作政府工作报告。\n过去五年,全区地区生产总值年均增长8%。"


@pytest.mark.parametrize("line, url, want", [
    ("1月13日", "https://example.cn/news/1642125018724993", "2022-01-13"),     # microseconds
    ("1月13日", "https://example.cn/news/1642125018724", "2022-01-13"),        # milliseconds
    ("3月2日", "https://example.cn/a/1583139600.html", "2020-03-02"),          # seconds
    ("12月28日", "https://example.cn/p/1640995200000", "2021-12-28"),          # the year before the stamp
    ("4月20日", "https://example.cn/news/1713600000/index.html", "2024-04-20"),
])
def test_a_unix_time_in_the_address_dates_a_yearless_dateline(line, url, want):
    assert dateline_date(ITEM.format(line=line), url) == want


@pytest.mark.parametrize("line, url", [
    ("1月13日", "https://example.cn/news/2642125018724993"),   # no Unix time of these years
    ("1月13日", "https://example.cn/news/1652125018724"),      # May 2022: far from the dateline
    ("1月13日", "https://example.cn/news/164212501"),          # too short to be one
])
def test_no_agreeing_unix_time_dates_nothing(line, url):
    assert dateline_date(ITEM.format(line=line), url) is None
