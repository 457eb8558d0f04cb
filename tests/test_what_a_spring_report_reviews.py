"""Congress news of January-March that says the report reviews (报告回顾,…; 报告总结了…): the figures are
the year just past, for sure, as after 一年来 or 过去一年. Before, with no year near them, they were read as last year's
but sent to review as a guess from the date (issue 23, class 1: the year from the date and the kind of document).
Negatives: a review of a span of years (回顾过去五年) is not the year just past. Made-up news in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
NEWS = ("县十八届人大四次会议开幕\n发布时间:{day} 来源:云霄县人民政府\n会议听取了政府工作报告。报告确定今年主要预期目标为:"
        "地区生产总值增长6.5%左右。{s}\n")


def charted(s: str, day: str = "2024-01-12") -> set[tuple]:
    return figures(NEWS.format(s=s, day=day), FIELDS, meta={"region": "云霄县"}, charted=True)


@pytest.mark.parametrize("s,want", [
    ("报告回顾,全县地区生产总值达到358.2亿元,增长5.3%。", ("gdp", 2023, "actual", 358.2)),
    ("报告回顾,全县地区生产总值达到358.2亿元,增长5.3%。", ("gdp_growth", 2023, "actual", 5.3)),
    ("报告总结了全县发展成绩,一般公共预算收入完成15.3亿元。", ("fiscal_revenue", 2023, "actual", 15.3)),
    ("政府工作报告回顾,全县规上工业增加值增长6.8%。", ("industrial_va_growth", 2023, "actual", 6.8)),
    ("县长在报告中回顾,全县固定资产投资增长4.5%。", ("fixed_investment_growth", 2023, "actual", 4.5)),
])
def test_what_the_report_reviews_is_last_year(s, want):
    assert want in charted(s)


def test_a_february_item_too():
    assert ("retail_sales_growth", 2022, "actual", 7.1) in charted("报告回顾,全县社会消费品零售总额增长7.1%。", "2023-02-20")


@pytest.mark.parametrize("s", [
    "报告回顾,过去五年全县地区生产总值年均增长6.1%。",
    "报告回顾了“十四五”以来的工作,全县地区生产总值年均增长6.1%。",
])
def test_a_span_reviewed_is_no_year(s):
    assert not any(i == "gdp_growth" and y == 2023 and k == "actual" for i, y, k, v in charted(s))
