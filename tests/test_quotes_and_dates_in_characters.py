"""Two ways of writing a report that mean nothing new (issue 23, found by a check of every development text against a copy
written so): a plan's name quoted with corner brackets (「十二五」末, as traditional-character pages and some mirrors quote)
reads as with the quote marks the rules know (data/char_variants.csv), and a date written in characters (二〇二三年一月十二日,
a formal report's dateline) reads as in digits. Without them a level at a plan's end was lost, a growth since the plan's
end was charted as the year's own, and a report dated only by such a dateline gave no figure at all. Negatives: words with
characters for numbers that are no date (十二月 alone, 第十二年) stay as they are. Made-up texts of this file's own
wording."""

import pytest

from etl.extract.normalize import normalize_text
from tests.extracting import K, figures

FIELDS = ("indicator", "year", "period", "kind", "value")
REPORT = "某区人民政府工作报告\n——2021年1月8日在某区第七届人民代表大会第五次会议上\n{line}\n"


def read(text: str) -> set[tuple]:
    return figures(text, FIELDS, meta={"region": "福田区"}, charted=True)


@pytest.mark.parametrize("line, want", [
    ("过去五年,全区地区生产总值由「十二五」末的650亿元增加到900亿元,年均增长6.7%。", ("gdp", 2015, "year", "actual", 650.0)),
    ("五年来,全区一般公共预算收入由「十二五」末的41.2亿元增加到60.5亿元。", ("fiscal_revenue", 2015, "year", "actual", 41.2)),
    ("全区社会消费品零售总额从「十二五」末的180亿元增长到260亿元。", ("retail_sales", 2015, "year", "actual", 180.0)),
])
def test_a_level_at_a_plans_end_in_corner_brackets(line, want):
    assert want in read(REPORT.format(line=line))


@pytest.mark.parametrize("line, indicator", [
    ("全区社会消费品零售总额达到300亿元,比「十二五」末增长40%。", "retail_sales_growth"),
    ("全区地区生产总值达到900亿元,比「十二五」末增长38%。", "gdp_growth"),
    ("全区固定资产投资达到410亿元,较「十二五」末增长52%。", "fixed_investment_growth"),
])
def test_a_growth_since_a_plans_end_in_corner_brackets_is_not_the_years(line, indicator):
    assert not {f for f in read(REPORT.format(line=line)) if f[0] == indicator and f[2] == "year"}


DATED = "某区人民政府工作报告\n——{date}在某区第八届人民代表大会第三次会议上\n过去一年,全区地区生产总值增长5.1%。\n今年主要预期目标是:地区生产总值增长6%左右。\n"


@pytest.mark.parametrize("date, reviewed", [
    ("二〇二三年一月十二日", 2022),
    ("二○二一年二月三日", 2020),
    ("二O二二年一月二十六日", 2021),
    ("二零二四年一月九日", 2023),
    ("二〇一九年一月三十一日", 2018),
])
def test_a_dateline_in_characters_dates_the_report(date, reviewed):
    got = read(DATED.format(date=date))
    assert ("gdp_growth", reviewed, "year", "actual", 5.1) in got
    assert ("gdp_growth", reviewed + 1, "year", "target", 6.0) in got


@pytest.mark.parametrize("words", ["十二月以来,全区", "第十二年", "二十一日", "一二三四"])
def test_numbers_in_characters_that_are_no_date_stay(words):
    assert normalize_text(words, K.grammar.units, K.grammar.variants) == words
