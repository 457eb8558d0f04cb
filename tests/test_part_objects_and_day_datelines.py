"""A part of the place named as the object of a verb (干出了新区速度, 建成了园区标杆) opens no part's clause, so the
figures after it stay the place's; and a dateline that names only the day (记者27日从…获悉) takes its month and year
from the date in the page's own address (issue 23, classes of set AD). Made-up texts of this file's own wording;
negatives: a zone that opens its clause as its subject keeps its figures apart, and a day with no date in the
address, or no reporter's dateline, dates nothing."""

import pytest

from etl.extract.dateline import dateline_date
from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
REVIEW = ("政府工作报告\n——2016年2月25日在某区人民代表大会会议上\n各位代表:\n一、2015年工作回顾\n"
          "过去一年,我们拼搏进取,{o},完成地区生产总值2594.7亿元,可比增长12%。")


@pytest.mark.parametrize("obj", ["干出了新区速度", "创出了园区品牌", "做强了开发区经济", "打响了高新区名片",
                                 "跑出了经开区加速度"])
def test_a_part_named_as_a_verbs_object_opens_no_parts_clause(obj):
    got = {f for f in figures(REVIEW.format(o=obj), FIELDS) if f[0] == "gdp"}
    assert got == {("gdp", 2015, "year", "actual", 2594.7)}


def test_a_zone_opening_its_clause_keeps_its_figures_apart():
    got = {f for f in figures(REVIEW.format(o="高新区完成投资增长9%"), FIELDS) if f[0] == "gdp"}
    assert got == set()


@pytest.mark.parametrize("text, url, want", [
    ("记者27日从某省政府新闻办获悉,一季度…", "http://a.example.com/x/20230427/947997.html", "2023-04-27"),
    ("本报记者 15日从省统计局了解到,…", "http://a.example.com/2021/07/16/1.html", "2021-07-15"),
    ("记者28日在新闻发布会上获悉,…", "http://a.example.com/20190402/1.html", "2019-03-28"),
    ("新华社记者3日从自治区获悉,…", "http://a.example.com/20240103/x.html", "2024-01-03"),
    ("记者30日从市发改委获悉,…", "http://a.example.com/20200105/x.html", "2019-12-30")])
def test_a_day_only_dateline_takes_the_addresss_month(text, url, want):
    assert dateline_date(text, url) == want


@pytest.mark.parametrize("text, url", [("记者27日从某省获悉,…", "http://a.example.com/x/947997.html"),
                                       ("据统计,27日全省经济…", "http://a.example.com/20230427/1.html")])
def test_no_address_date_or_no_reporter_dates_nothing(text, url):
    assert dateline_date(text, url) is None
