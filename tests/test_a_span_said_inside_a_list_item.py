"""A span of years said inside one item of a year's review (——经济运行回升向好。…;“十四五”以来,全市地区生产总值年均增长4.6%)
ends with that item: before, it held on through the items below it, and their plain growths of the year (规模以上工业增加值
增长10.2%) were taken for averages over the span and lost. (Issue 23, class 2: time.) Negatives: a span a paragraph opens
with (“十二五”时期,…。五年来,…) still holds for the items below it; a span said in a paragraph that is no list item holds on
as before. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
HEAD = "开原市政府工作报告\n——2025年1月9日在开原市第十八届人民代表大会第五次会议上\n\n一、2024年工作回顾\n"
ITEM = "——经济运行回升向好。全市地区生产总值完成198.7亿元,增长5.3%;{span},全市地区生产总值年均增长4.6%。\n"


def read(text: str) -> set[tuple]:
    return figures(HEAD + text, FIELDS, meta={"region": "开原市"})


@pytest.mark.parametrize("span, below, key, value", [
    ("“十四五”以来", "——工业支撑持续增强。规模以上工业增加值增长10.2%,增速居全市第一位。", "industrial_va_growth", 10.2),
    ("“十四五”以来", "——投资消费双双回暖。固定资产投资增长9.4%,其中亿元以上项目投资占比61%。", "fixed_investment_growth", 9.4),
    ("四年来", "——财政实力稳步增强。一般公共预算收入完成9.46亿元,同口径增长6.1%。", "fiscal_revenue_growth", 6.1),
    ("“十四五”以来", "——开放水平不断提升。外贸进出口总额完成14.3亿元,增长8.2%。", "trade_growth", 8.2),
    ("近四年", "——消费市场持续回暖。社会消费品零售总额实现80.2亿元,增长4.7%。", "retail_sales_growth", 4.7),
])
def test_a_span_said_inside_an_item_ends_with_it(span, below, key, value):
    got = read(ITEM.format(span=span) + below + "\n")
    assert (key, 2024, "year", "actual", value) in got, got


def test_a_span_a_paragraph_opens_with_holds_below():
    text = ("“十二五”时期,是全市很不平凡的五年。五年来,全市上下奋力拼搏。\n"
            "——产业提升取得新突破。地区生产总值年均增长9.2%,比全省快1个百分点。\n")
    got = figures("开原市政府工作报告\n——2016年1月9日在开原市第十六届人民代表大会第五次会议上\n\n" + text, FIELDS + ("indicator",),
                  meta={"region": "开原市"})
    assert any(v == 9.2 and p == "2011-2015" for i, y, p, k, v, *_ in got), got
