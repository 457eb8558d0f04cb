"""An item that states no year and carries no date of its own, but reports one part of a year (上半年, 前三季度, 一季度,
1-5月) in its head, is dated by the date in its own address when that date falls one to three months after the part
ends: a half year's news filed under …/20230811/… is 2023's (issue 23: 42 texts of the corpus state no year at all and
none of their figures was read). Made-up items of this file's own wording. Negatives: an address dated long after the
part (a page copied later), an item that states a later year, a report, an item that names no part or several, an
address without a day, and an item with a date of its own keep their readings. An item that also states an earlier
year (去年同期, 2020年全县…) is still dated by its address."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
ITEM = "{head}\n\n记者从某县统计局获悉,{head},全县经济运行总体平稳,实现地区生产总值312.4亿元,同比增长6.1%。\n{tail}"
TAIL = "全县规模以上工业增加值同比增长7.3%,社会消费品零售总额同比增长4.2%。\n"


@pytest.mark.parametrize("head, url, year, period", [
    ("上半年某县经济运行情况", "http://news.example.cn/county/20230811/1281620.html", 2023, "H1"),
    ("前三季度某县经济运行稳中有进", "https://www.example.gov.cn/tjj/202511/t20251103_99.html", 2025, "Q1-Q3"),
    ("一季度某县经济实现良好开局", "http://www.example.com/2022/04/24/154923.html", 2022, "Q1"),
    ("1-5月某县主要经济指标运行平稳", "http://www.example.cn/news/2019-06-20/778.shtml", 2019, "M1-M5"),
    ("前三季度某县经济运行情况", "http://www.example.cn/a/20171201/5566.html", 2017, "Q1-Q3"),
    # … or a date run into the page's serial, read only where the part agrees with it
    ("上半年某县经济运行情况", "http://www.example.com/news/lz/2015080209540141610.htm", 2015, "H1"),
    ("前三季度某县经济运行稳中有进", "http://www.example.com/a/2019102312301.html", 2019, "Q1-Q3"),
    ("一季度某县经济实现良好开局", "http://www.example.com/n/20210420885566.shtml", 2021, "Q1"),
    ("1-5月某县主要经济指标运行平稳", "http://www.example.com/p/201806151122.html", 2018, "M1-M5"),
    ("上半年某县经济运行情况", "http://www.example.com/c/2023072809313377.htm", 2023, "H1"),
])
def test_an_address_just_after_the_part_dates_the_item(head, url, year, period):
    got = figures(ITEM.format(head=head, tail=TAIL), FIELDS, meta={"source_url": url, "region": "某县"}, charted=True)
    assert ("gdp", year, period, "actual", 312.4) in got
    assert ("gdp_growth", year, period, "actual", 6.1) in got


@pytest.mark.parametrize("head, url", [
    ("上半年某县经济运行情况", "http://news.example.cn/county/20240311/1281620.html"),   # eight months after: a copy
    ("一季度某县经济实现良好开局", "http://www.example.com/2022/03/24/154923.html"),      # before the part ends
    ("某县经济运行情况", "http://news.example.cn/county/20230811/1281620.html"),          # no part named
    ("一季度和上半年某县经济运行", "http://news.example.cn/county/20230811/1281620.html"),  # two parts
    ("上半年某县经济运行情况", "http://news.example.cn/county/202308/1281620.html"),       # a month, no day
    ("上半年某县经济运行情况", "http://news.example.cn/county/1281620.html"),              # no date at all
])
def test_an_address_that_does_not_agree_dates_nothing(head, url):
    got = figures(ITEM.format(head=head, tail=TAIL), FIELDS, meta={"source_url": url, "region": "某县"}, charted=True)
    assert not {f for f in got if f[0] == "gdp"}


def test_an_item_stating_a_later_year_is_not_dated_by_its_address():
    tail = TAIL + "全县2024年地区生产总值预计达到650亿元。\n"
    got = figures(ITEM.format(head="上半年某县经济运行情况", tail=tail), FIELDS,
                  meta={"source_url": "http://news.example.cn/county/20230811/1.html", "region": "某县"}, charted=True)
    assert not {f for f in got if f[1] == 2023}


@pytest.mark.parametrize("earlier", ["2020年全县地区生产总值为580亿元。", "2022年,全县完成固定资产投资120亿元。",
                                     "全县经济总量比2019年增加了一倍。", "2021年全年引进项目58个。",
                                     "该县自2018年起连续五年位居全市前列。"])
def test_an_item_stating_an_earlier_year_is_dated_by_its_address(earlier):
    filler = "全县上下坚持稳中求进工作总基调,统筹推进各项工作,项目建设、产业升级、民生改善等方面取得积极成效。" * 6
    got = figures(ITEM.format(head="上半年某县经济运行情况", tail=TAIL + filler + "\n" + earlier + "\n"), FIELDS,
                  meta={"source_url": "http://news.example.cn/county/20230811/1.html", "region": "某县"}, charted=True)
    assert ("gdp", 2023, "H1", "actual", 312.4) in got


def test_a_report_is_not_dated_by_its_address():
    text = "某县政府工作报告\n\n各位代表:\n上半年,全县实现地区生产总值312.4亿元,同比增长6.1%。今年主要预期目标是:地区生产总值增长6%左右。\n"
    got = figures(text, FIELDS, meta={"source_url": "http://news.example.cn/county/20230811/1.html", "region": "某县"},
                  charted=True)
    assert not {f for f in got if f[1] == 2023}


def test_an_item_with_a_date_of_its_own_keeps_it():
    text = ITEM.format(head="上半年某县经济运行情况", tail=TAIL).replace("\n\n", "\n发布时间:2021-07-20 09:00\n", 1)
    got = figures(text, FIELDS, meta={"source_url": "http://news.example.cn/county/20230811/1.html", "region": "某县"},
                  charted=True)
    assert ("gdp", 2021, "H1", "actual", 312.4) in got
    assert not {f for f in got if f[1] == 2023}


@pytest.mark.parametrize("url", ["http://www.example.com/news/lz/2015120209540141610.htm",
                                 "http://www.example.com/news/lz/2015130209540141610.htm"])
def test_a_run_in_date_the_part_does_not_agree_with_dates_nothing(url):
    got = figures(ITEM.format(head="上半年某县经济运行情况", tail=TAIL), FIELDS, meta={"source_url": url, "region": "某县"},
                  charted=True)
    assert not {f for f in got if f[0] == "gdp"}
