"""An average whose base year is named right after it (2013年,全市地区生产总值完成6202亿元,年均增长12.1%,是2008年的1.8倍)
is over the five years since that base, and the later averages of its sentence keep that span: a city's five-year
review in a newspaper's digest left all five averages unread (issue 23, found on set AQ after it was measured once).
Made-up reports of this file's own wording. Negatives: a base that is not five years back, and a multiple with no
base year, date no span."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "value")
DIGEST = "某市政府工作报告摘编\n过去五年\n{s}\n"
META = {"region": "郑州市"}
REVIEW = ("2013年,全市地区生产总值完成6202亿元,年均增长12.1%,是2008年的1.8倍;公共财政预算收入723.6亿元,年均增长22.7%,"
          "是2008年的2.8倍;固定资产投资4400亿元,年均增长23.8%;社会消费品零售总额2586亿元,年均增长15.8%。")


@pytest.mark.parametrize("s, want", [
    (REVIEW, ("gdp_growth_avg_5yr", 2013, "2009-2013", 12.1)),
    (REVIEW, ("fiscal_revenue_growth_avg_5yr", 2013, "2009-2013", 22.7)),
    (REVIEW, ("fixed_investment_growth_avg_5yr", 2013, "2009-2013", 23.8)),
    (REVIEW, ("retail_sales_growth_avg_5yr", 2013, "2009-2013", 15.8)),
    ("2017年,全市生产总值完成236亿元,年均增长8.4%,是2012年的1.5倍。", ("gdp_growth_avg_5yr", 2017, "2013-2017", 8.4)),
])
def test_an_average_with_its_base_named_after_it_is_over_the_five_years_since(s, want):
    assert want in figures(DIGEST.format(s=s), FIELDS, meta=META)


@pytest.mark.parametrize("s", [
    "2013年,全市地区生产总值完成6202亿元,年均增长12.1%,是2010年的1.4倍。",
    "2013年,全市地区生产总值完成6202亿元,年均增长12.1%,是全省的1.8倍。",
])
def test_a_base_not_five_years_back_or_no_base_dates_no_span(s):
    got = figures(DIGEST.format(s=s), FIELDS, meta=META)
    assert not {f for f in got if f[3] == 12.1 and f[2] == "2009-2013"}
