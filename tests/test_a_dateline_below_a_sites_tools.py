"""A yearless dateline (1月18日,…) standing below a site's breadcrumb and page tools, past the item's first 120
characters but within its head, dates the item with its address's date when the two agree, as it does at the top.
Before, only the first 120 characters were looked at, and the item lost its year's figures (issue 23, class 1: the year
from the date). Negatives: a date deep in the body dates nothing; an address dated months after the dateline dates
nothing. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
TOOLS = ("东山县人民政府门户网站 | 政务公开 | 政务服务 | 互动交流 | 走进东山\n首页 > 新闻中心 > 县域动态 > 两会专题 > 正文\n"
         "【字体:大 中 小】【打印本页】【关闭窗口】【收藏本页】【分享到微信】【分享到微博】【分享到QQ空间】\n"
         "东山县召开第十八届人民代表大会第四次会议\n")
BODY = "{day},东山县第十八届人民代表大会第四次会议开幕。报告回顾,过去一年全县地区生产总值增长5.3%,一般公共预算收入增长4.1%。\n"


def charted(text: str, url: str) -> set[tuple]:
    return figures(text, FIELDS, meta={"region": "东山县", "source_url": url}, charted=True)


@pytest.mark.parametrize("filler,day,url,year", [
    ("", "1月18日", "http://news.example.cn/xw/202401/t20240119_88.html", 2023),
    ("来源:东山融媒 作者:李四 编辑:王五 审核:赵六\n", "1月9日", "http://news.example.cn/2023/01/10/art_1.html", 2022),
    ("浏览次数:1024 发布者:东山县融媒体中心\n", "2月26日", "http://www.example.gov.cn/zwgk/20210227/9.html", 2020),
    ("信息来源:东山县人民政府办公室 发布机构:东山县人民政府\n", "1月5日", "http://news.example.cn/c/2022-01-06/1.html", 2021),
    ("【打印】【关闭】\n", "3月2日", "http://news.example.cn/xw/201903/t20190303_5.html", 2018),
])
def test_the_dateline_below_the_tools_dates_the_item(filler, day, url, year):
    got = charted(TOOLS + filler + BODY.format(day=day), url)
    assert ("gdp_growth", year, "actual", 5.3) in got and ("fiscal_revenue_growth", year, "actual", 4.1) in got


def test_a_date_deep_in_the_body_dates_nothing():
    filler = "会议期间,代表们认真审议各项报告,积极建言献策,围绕产业发展、城乡建设、民生保障等提出意见建议。" * 4 + "\n"
    got = charted(TOOLS + filler + BODY.format(day="1月18日"), "http://news.example.cn/xw/202401/t20240119_88.html")
    assert not any(i == "gdp_growth" for i, y, k, v in got)


def test_an_address_months_later_dates_nothing():
    got = charted(TOOLS + BODY.format(day="1月18日"), "http://news.example.cn/xw/202406/t20240619_88.html")
    assert not any(i == "gdp_growth" for i, y, k, v in got)
