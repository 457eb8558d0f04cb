"""A release's word on how its figures were made (初步核算,前三季度,…) before the part of the year still leads the
paragraph, so the sentences after it are that part's too; and a text that opens with the day alone (22日,省统计局发布…)
takes its month and year from the date in its address (issue 23, class of set AE). Made-up texts of this file's own
wording; negatives: a paragraph opening with such a word and no part stays the whole year's, and a day later in the text
dates nothing."""

import pytest

from etl.extract.dateline import dateline_date
from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
RELEASE = ("某省统计局发布经济运行情况\n2012-10-23\n省统计局发布了经济运行情况。\n{w},{p},全省地区生产总值8712.9亿元,增长10%,"
           "高于全国2.3个百分点。全省固定资产投资完成5651.4亿元,增长25.8%。")


@pytest.mark.parametrize("word, part, label", [("初步测算", "前三季度", "Q1-Q3"), ("初步核算", "上半年", "H1"),
                                               ("据初步核算", "一季度", "Q1"), ("经初步核算", "前三季度", "Q1-Q3"),
                                               ("据统计", "1-8月", "M1-M8")])
def test_a_releases_word_before_the_part_leads_the_paragraph(word, part, label):
    got = {f for f in figures(RELEASE.format(w=word, p=part), FIELDS, meta={"region": "山西省"})
           if f[0] == "fixed_investment_growth"}
    assert got == {("fixed_investment_growth", 2012, label, "actual", 25.8)}


def test_such_a_word_with_no_part_leaves_the_year():
    got = {f[2] for f in figures(RELEASE.format(w="初步核算", p="全年"), FIELDS, meta={"region": "山西省"})
           if f[0] == "fixed_investment_growth"}
    assert got == {"year"}


@pytest.mark.parametrize("text, url, want", [
    ("22日,山西省统计局发布了前三季度经济运行情况。", "http://a.example.com/2012-10/23/content_1.htm", "2012-10-22"),
    ("15日,市统计局发布数据。", "http://a.example.com/20210716/1.html", "2021-07-15"),
    (" 30日,省政府召开新闻发布会。", "http://a.example.com/20200105/x.html", "2019-12-30"),
    ("8日,县人大会议开幕。", "http://a.example.com/2018/01/09/x.html", "2018-01-08"),
    ("1日,某市召开经济形势分析会。", "http://a.example.com/20150801/x.html", "2015-08-01")])
def test_a_text_opening_with_the_day_takes_the_addresss_month(text, url, want):
    assert dateline_date(text, url) == want


def test_a_day_later_in_the_text_dates_nothing():
    assert dateline_date("省统计局发布数据,全省22日召开会议。", "http://a.example.com/20121023/1.html") is None
