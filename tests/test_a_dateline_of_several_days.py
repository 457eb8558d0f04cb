"""A yearless dateline that spans days (1月18—19日, 2月26~27日, 1月8至10日) dates a news item with its own address's date
when the two agree (the address's date on those days or up to a month after them), as a one-day dateline (3月2日)
does (etl/extract/dateline.py). Before, a span of days was no dateline, the item had no date, and its year's figures
were lost (issue 23, class 1: the year from the date and the kind of document). Negatives: an address dated long after
the dateline, or before it, dates nothing. Made-up news in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
NEWS = ("通讯员 王五 融媒体中心 赵六\n“目标实在,路径清楚,干起来有劲头。”{day},东山县召开县委全会暨经济工作会议,代表们热议"
        "过去一年的成绩。过去一年,全县地区生产总值预计实现124亿元,增长6.5%;一般公共预算收入实现13.6亿元,增长8.4%。\n")


def charted(day: str, url: str) -> set[tuple]:
    return figures(NEWS.format(day=day), FIELDS, meta={"region": "东山县", "source_url": url}, charted=True)


@pytest.mark.parametrize("day,url,year", [
    ("1月18—19日", "http://news.example.cn/xw/201601/t20160122_1739.html", 2015),
    ("2月26~27日", "http://news.example.cn/2019/03/01/art_12.html", 2018),
    ("1月8至10日", "http://www.example.gov.cn/zwgk/20230112/44.html", 2022),
    ("1月5-6日", "http://news.example.cn/content/2021-01-08/8812.html", 2020),
    ("12月28–29日", "http://news.example.cn/xw/202101/t20210104_31.html", 2020),
])
def test_the_span_of_days_dates_the_item(day, url, year):
    got = charted(day, url)
    assert ("gdp_growth", year, "actual", 6.5) in got and ("fiscal_revenue", year, "actual", 13.6) in got


@pytest.mark.parametrize("day,url", [
    ("1月18—19日", "http://news.example.cn/xw/202106/t20210622_1739.html"),   # posted months later: a copy's date
    ("3月18—19日", "http://news.example.cn/xw/201601/t20160122_1739.html"),    # days after the address's date
])
def test_no_date_where_the_two_do_not_agree(day, url):
    assert not any(i == "gdp_growth" for i, y, k, v in charted(day, url))
