"""Spoken reports, broadcasts and their transcripts say their figures in words. A sum before its unit (三百四十二亿六千万元,
二十二亿零五百万元, 七点五亿元, 两千三百万元) is read as the sum in digits, and a change in points said in words
(一点二个百分点) too; before, only percentages in words were read and such sums were lost. And aims a congress decided for
the whole year (市人代会确定全年地区生产总值增长…) are aims (before, outcomes). (Issue 23, class 1: numbers; class 2:
kind.) Negatives: runs that are no whole numeral (七十多亿元, 上千万元, 几十亿元) and a word of one character before 元
(二元结构) stay words. Made-up sentences in this file's own wording."""

import pytest

from etl.extract.spoken_numbers import figures_in_words, number_in_words
from etl.knowledge import load_knowledge
from tests.extracting import figures

UNITS = load_knowledge().grammar.units

FIELDS = ("indicator", "year", "period", "kind", "value")


@pytest.mark.parametrize("words, digits", [
    ("三百四十二亿六千万元", "342.6亿元"), ("二十二亿零五百万元", "22.05亿元"), ("一百零三亿四千二百万元", "103.42亿元"),
    ("七点五亿元", "7.5亿元"), ("两千三百万元", "2300万元"), ("十亿元", "10亿元"), ("八十九亿五千万元", "89.5亿元"),
    ("提高了一点二个百分点", "提高了1.2个百分点"), ("百分之一百", "100%"), ("百分之七点五", "7.5%"),
])
def test_a_figure_said_in_words_is_written_in_digits(words, digits):
    assert figures_in_words(words, UNITS) == digits


@pytest.mark.parametrize("words", ["七十多亿元", "上千万元", "几十亿元", "二元结构", "六个多百分点", "近百亿元", "百分之三百"])
def test_what_is_no_whole_numeral_stays_words(words):
    assert figures_in_words(words, UNITS) == words


def test_numbers_in_words():
    assert number_in_words("三百零六亿二千万") == 30620000000
    assert str(number_in_words("十三点六")) == "13.6"
    assert number_in_words("亿亿") is None


NEWS = "涪城区新闻联播\n发布时间:2014-01-09\n主持人:各位观众,晚上好。\n记者:"


@pytest.mark.parametrize("sentence, expected", [
    ("去年,全区完成地区生产总值三百零六亿二千万元,增长百分之十三点六。", ("gdp", 2013, "year", "actual", 306.2)),
    ("去年,全区实现社会消费品零售总额八十九亿五千万元,增长百分之十四。", ("retail_sales", 2013, "year", "actual", 89.5)),
    ("去年,全区一般公共预算收入完成二十七亿九千万元。", ("fiscal_revenue", 2013, "year", "actual", 27.9)),
    ("去年,全区一般公共预算收入二十二亿零五百万元。", ("fiscal_revenue", 2013, "year", "actual", 22.05)),
    ("去年,全区完成地区生产总值三百零六点二亿元。", ("gdp", 2013, "year", "actual", 306.2)),
])
def test_a_sum_said_in_words_is_read(sentence, expected):
    got = figures(NEWS + sentence + "\n", FIELDS, meta={"region": "涪城区"})
    assert expected in got, got


@pytest.mark.parametrize("sentence", [
    "今年年初,区人代会确定全年地区生产总值增长6.5%左右、规模以上工业增加值增长8%。",
    "年初,区人代会确定全年地区生产总值增长6.5%左右、规模以上工业增加值增长8%。",
    "今年年初,区两会确定全年地区生产总值增长6.5%左右、规模以上工业增加值增长8%。",
    "今年初,区人代会确定全年地区生产总值增长6.5%左右、规模以上工业增加值增长8%。",
    "今年年初,区人代会设定全年地区生产总值增长6.5%左右、规模以上工业增加值增长8%。",
])
def test_aims_decided_for_the_whole_year_are_aims(sentence):
    text = "涪城区上半年经济运行情况新闻发布会\n发布时间:2025-07-24\n" + sentence + "\n"
    got = figures(text, FIELDS, meta={"region": "涪城区"}, charted=True)
    assert ("industrial_va_growth", 2025, "year", "target", 8.0) in got, got
