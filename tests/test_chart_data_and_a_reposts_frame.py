"""A bulletin's chart data and a repost's frame. The values a bulletin gives below a chart's caption (图1 2019—2023年地区
生产总值及其增长速度), year by year and without the indicator's name, are read as each year's outcomes (etl/extract/
chart_values.py): before, all but the year the text also states were lost. A reposted item's end (往期推荐, 相关推荐,
精选留言: other pages' headlines and readers' words, most often of other places) and its editor's note (【编者按】: the
reposting account's words, often of its own place) are not the item's text (etl/extract/page_frame.py): before, their
figures were charted as the item's place's. (Issue 23, class 3: layout.) Negatives: a caption naming no indicator leaves
its lines alone; a line after the page's end that stands in a new paragraph is read. Made-up pages in this file's own
wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")


def read(text: str, **kw) -> set[tuple]:
    return figures(text, FIELDS, meta={"region": "招远市"}, **kw)


BULLETIN = "招远市2015年国民经济和社会发展统计公报\n招远市统计局\n2016年3月18日\n\n一、综合\n初步核算,全年实现地区生产总值662.47亿元,比上年增长7.6%。\n{}\n\n全年城镇新增就业7215人。\n"


@pytest.mark.parametrize("chart, key, value", [
    ("图1 2011—2015年地区生产总值及其增长速度\n\n2011年:498.62亿元,增长12.8%\n2012年:551.30亿元,增长11.2%\n2015年:662.47亿元,增长7.6%",
     "gdp", 498.62),
    ("图1 2011—2015年地区生产总值及其增长速度\n(2011年498.62亿元,增长12.8%;2012年551.30亿元,增长11.2%;2015年662.47亿元,增长7.6%)",
     "gdp_growth", 12.8),
    ("图1 2011—2015年地区生产总值及其增长速度\n单位:亿元,%\n2011年 498.62 12.8\n2012年 551.30 11.2\n2015年 662.47 7.6",
     "gdp", 498.62),
    ("图1 2011—2015年地区生产总值及其增长速度\n年份 2011 2012 2013\n总量(亿元) 498.62 551.30 598.75\n增速(%) 12.8 11.2 10.1",
     "gdp_growth", 12.8),
    ("图2 2011—2015年一般公共预算收入和增长速度\n2011年 31.20亿元 增长5.1%\n2012年 32.00亿元 下降2.6%\n2015年 36.40亿元 增长3.8%",
     "fiscal_revenue", 31.2),
])
def test_a_charts_data_are_each_years_outcomes(chart, key, value):
    got = read(BULLETIN.format(chart))
    assert (key, 2011, "year", "actual", value) in got, got


def test_a_caption_naming_no_indicator_leaves_its_lines():
    got = read(BULLETIN.format("图3 2011—2015年粮食产量及其增长速度\n2011年:26.8万吨,增长1.6%\n2012年:27.1万吨,增长1.1%"))
    assert not any(y == 2011 for i, y, p, k, v in got), got


REPOST = ("招远:前三季度经济运行稳中有进\n原创 2024-11-05 某某发布\n来源:招远市融媒体中心\n\n"
          "前三季度,全市地区生产总值增长6.2%,规模以上工业增加值增长8.1%。\n\n{}\n")


@pytest.mark.parametrize("tail", [
    "往期推荐\n· 去年全市GDP增长5.1%的背后\n· 一般公共预算收入增长4.4%,这个县做对了什么?",
    "相关推荐\n蓬莱区:前三季度地区生产总值增长5.1%\n海阳市规上工业增加值增长4.4%",
    "精选留言\n邻县网友:我们那边地区生产总值才增长5.1% 赞 31\n作者回复:感谢关注",
    "【编者按】据测算,前三季度本号所在地区生产总值增长5.1%,供读者参考。",
    "编者按:本号转发此文。去年同期,全市规模以上工业增加值增长4.4%,可作对照。",
])
def test_a_reposts_end_and_note_are_not_the_items(tail):
    got = read(REPOST.format(tail))
    assert ("gdp_growth", 2024, "Q1-Q3", "actual", 6.2) in got, got
    assert not any(v in (5.1, 4.4) for i, y, p, k, v in got), got


def test_a_new_paragraph_after_the_pages_end_is_read():
    got = read(REPOST.format("往期推荐\n· 莱州市前三季度GDP增长5.1%\n\n前三季度,全市固定资产投资增长4.4%。"))
    assert ("fixed_investment_growth", 2024, "Q1-Q3", "actual", 4.4) in got, got
