"""A sentence that opens with 去年同期 (去年同期,全市地区生产总值增速为13.2%) gives the same part of the year as its
paragraph's, a year before: 2012's first three quarters in a page on 2013's, not 2012's whole year. And a quarter's own
figure said as an aside (…,其中二季度当季增长8.0%) does not move the paragraph on to that quarter: the sentences after it
stay the paragraph's part (issue 23, class 2). Negatives: a sentence opening with 去年 alone is the year before's whole
year. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "value")


def page(text: str) -> str:
    return f"某市经济运行情况\n发布时间:2013-10-29\n{text}\n"


@pytest.mark.parametrize("text, fact", [
    ("前三季度,全市实现地区生产总值58.7亿元,同比增长11.6%。去年同期,全市地区生产总值增速为13.2%。", ("gdp_growth", 2012, "Q1-Q3", 13.2)),
    ("前三季度,全市规上工业增加值增长10.1%。去年同期,全市规上工业增加值增长12.4%。", ("industrial_va_growth", 2012, "Q1-Q3", 12.4)),
    ("上半年,全市固定资产投资增长18.3%。去年同期,全市固定资产投资增长21.5%。", ("fixed_investment_growth", 2012, "H1", 21.5)),
    ("1-8月,全市社会消费品零售总额增长13.1%。去年同期,全市社会消费品零售总额增长14.8%。",
     ("retail_sales_growth", 2012, "M1-M8", 14.8)),
    ("一季度,全市一般公共预算收入增长9.2%。去年同期,全市一般公共预算收入增长16.6%。", ("fiscal_revenue_growth", 2012, "Q1", 16.6)),
])
def test_last_years_same_part(text, fact):
    got = figures(page(text), FIELDS, meta={"region": "铁力市"}, charted=True)
    assert fact in got, got


@pytest.mark.parametrize("aside, fact", [
    ("其中二季度当季增长8.0%", ("tertiary_share", 2013, "H1", 52.3)),
    ("其中二季度单季增长7.1%", ("tertiary_share", 2013, "H1", 52.3)),
    ("其中第二季度当季增长6.6%", ("tertiary_share", 2013, "H1", 52.3)),
    ("其中二季度当季增长8.8%", ("tertiary_share", 2013, "H1", 52.3)),
    ("其中二季度单季增长9.0%", ("tertiary_share", 2013, "H1", 52.3)),
])
def test_a_quarter_alone_aside_keeps_the_paragraphs_part(aside, fact):
    text = f"上半年,全市实现地区生产总值372.5亿元,同比增长6.9%,较一季度提升1.2个百分点,{aside}。第三产业增加值占GDP比重为52.3%。"
    got = figures(page(text), FIELDS, meta={"region": "铁力市"}, charted=True)
    assert fact in got, got


def test_last_year_alone_is_the_whole_year():
    got = figures(page("前三季度,全市地区生产总值增长11.6%。去年,全市地区生产总值增长12.5%。"), FIELDS, meta={"region": "铁力市"})
    assert ("gdp_growth", 2012, "Q1-Q3", 12.5) not in got, got
