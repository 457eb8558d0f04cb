"""A comparison framed around last year's own figure (与去年全年全市地区生产总值增长11.3%相比, 同上年全县生产总值增长8%相比)
states that figure: it is last year's outcome, not this year's. A frame closed before the figure (与去年相比,增长5%;
与去年同期相比) leaves last year a base only, and the figure this year's (issue 23, class 1: time; made-up set it).
Made-up sentences in this file's own wording."""

import pytest

from etl.extract.last_year import says_last_year
from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
META = {"region": "南平市"}
HEAD = "某市前三季度经济运行情况新闻发布会\n\n2016-10-26\n\n前三季度,全市地区生产总值增长8.1%。"


@pytest.mark.parametrize("sentence, fact", [
    ("但与去年全年全市地区生产总值增长9.3%相比,增速有所回落。", ("gdp_growth", 2015, "year", "actual", 9.3)),
    ("但与去年全市地区生产总值增长9.3%相比,增速有所回落。", ("gdp_growth", 2015, "year", "actual", 9.3)),
    ("与去年全年规上工业增加值增长10.2%相比,回落1.5个百分点。", ("industrial_va_growth", 2015, "year", "actual", 10.2)),
    ("同去年全年固定资产投资增长15%相比,低了2个百分点。", ("fixed_investment_growth", 2015, "year", "actual", 15.0)),
    ("跟去年全年社会消费品零售总额增长11.6%相比,略有放缓。", ("retail_sales_growth", 2015, "year", "actual", 11.6)),
], ids=["quannian", "no-quannian", "industry", "tong", "gen"])
def test_the_figure_inside_the_frame_is_last_years(sentence, fact):
    assert fact in figures(HEAD + sentence + "\n", FIELDS, meta=META)


@pytest.mark.parametrize("sentence", [
    "与去年相比,全市规上工业增加值增长10.2%。",
    "与去年同期相比,全市规上工业增加值增长10.2%。",
    "比去年全年规上工业增加值增长10.2%。",
], ids=["closed-before", "same-period", "bi"])
def test_a_frame_closed_before_the_figure_leaves_no_last_years_figure(sentence):
    got = figures(HEAD + sentence + "\n", FIELDS, meta=META)
    assert ("industrial_va_growth", 2015, "year", "actual", 10.2) not in got


@pytest.mark.parametrize("text, said", [
    ("与去年相比,", False), ("较去年同期", False), ("去年全市", True), ("与去年全年全市地区生产总值增长", True),
])
def test_says_last_year(text, said):
    assert says_last_year(text) is said
