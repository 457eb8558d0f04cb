"""A page's address whose date runs into its serial number (…/201604273266.html) dates a yearless dateline it agrees
with (4月27日讯,…), as an address with the date set apart does (issue 23, class of set AH: a first quarter's figures read
with no year). Made-up datelines of this file's own wording; negatives: a run of digits with no dateline, or with a
dateline it does not agree with, dates nothing."""

import pytest

from etl.extract.dateline import dateline_date


@pytest.mark.parametrize("text, url, date", [
    ("4月27日讯,今年一季度,全区生产总值完成238.54亿元。", "http://example.cn/news/xzly/201604273266.html", "2016-04-27"),
    ("3月15日电 记者从省统计局获悉,", "http://example.cn/a/20190315123.shtml", "2019-03-15"),
    ("3月14日,记者从市统计局获悉,", "http://example.cn/a/2019031509.html", "2019-03-14"),
    ("7月20日讯 上半年全市经济运行平稳。", "https://example.cn/c/20220721004512.htm", "2022-07-20"),
    ("12月30日,全县经济工作会议召开。", "http://example.cn/p/2021010588.html", "2020-12-30"),
])
def test_an_address_date_run_into_its_serial_dates_an_agreeing_dateline(text, url, date):
    assert dateline_date(text, url) == date


@pytest.mark.parametrize("text, url", [
    ("记者从省统计局获悉,今年一季度全区经济平稳。", "http://example.cn/news/xzly/201604273266.html"),
    ("5月2日讯,今年一季度,全区经济平稳。", "http://example.cn/news/xzly/201604273266.html"),
    ("4月27日讯,今年一季度,全区经济平稳。", "http://example.cn/news/xzly/3266201604271.html"),
])
def test_a_run_without_an_agreeing_dateline_dates_nothing(text, url):
    assert dateline_date(text, url) is None
