"""A figure whose own clause opens with last year as its time (需要看到,去年全市地区生产总值增长1.1%,今年一季度回升到…)
is last year's, whatever year the paragraph or the answer it stands in is about, and though a later clause of its
sentence speaks of this year. A clause with another place between last year and the name (去年柳州规模以上…), or a
figure in a later clause of the sentence (…,今年一季度规上工业增加值增长2.1%), is not (issue 23, class 1: time; made-up
set it). Made-up answers in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
META = {"region": "桂林市"}
HEAD = ("某市2023年一季度经济运行情况新闻发布会\n\n2023-04-24\n\n记者:一季度全市经济运行情况如何?\n\n"
        "王某:一季度,全市地区生产总值增长4.6%。")


@pytest.mark.parametrize("sentence, fact", [
    ("需要看到,去年全市地区生产总值增长1.1%,今年一季度回升到4.6%。", ("gdp_growth", 2022, "year", "actual", 1.1)),
    ("回头看,去年规模以上工业增加值增长2.3%,今年一季度加快到6%。", ("industrial_va_growth", 2022, "year", "actual", 2.3)),
    ("应该看到,上年全市固定资产投资下降6.1%,今年一季度降幅收窄至2%。", ("fixed_investment_growth", 2022, "year", "actual", -6.1)),
    ("客观地说,去年全年社会消费品零售总额增长0.8%,今年一季度为5.1%。", ("retail_sales_growth", 2022, "year", "actual", 0.8)),
    ("同时,去年我市一般公共预算收入下降3.4%,今年一季度增长7%。", ("fiscal_revenue_growth", 2022, "year", "actual", -3.4)),
], ids=["quanshi", "bare", "shangnian", "quannian", "woshi"])
def test_the_clauses_own_last_year(sentence, fact):
    assert fact in figures(HEAD + sentence + "\n", FIELDS, meta=META)


def test_a_later_clauses_figure_is_not_last_years():
    got = figures(HEAD + "需要看到,去年全市地区生产总值增长1.1%,今年一季度规模以上工业增加值增长2.1%。\n", FIELDS, meta=META)
    assert ("industrial_va_growth", 2022, "year", "actual", 2.1) not in got


def test_another_place_between_is_not_ours():
    got = figures(HEAD + "需要看到,去年柳州规模以上工业增加值增长5.2%。\n", FIELDS, meta=META)
    assert ("industrial_va_growth", 2022, "year", "actual", 5.2) not in got
