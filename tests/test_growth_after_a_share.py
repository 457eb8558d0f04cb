"""A name's growth after its share of a whole (地区生产总值实现1135.8亿元,占全市的比重为29.37%,比2015年提高0.56个百分点,增长7.8%)
is the name's growth: the share before it made it look like a second reading of one figure, and a district report's
four growths were left out (issue 23, found on set AM after it was measured once). Made-up reports of this file's own
wording. Negatives: a second plain percentage of a name with no share before it is still not read, and a share alone
gives no growth."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
REPORT = "某区政府工作报告\n——2017年1月5日在某区人民代表大会上\n各位代表:\n一、2016年工作回顾\n{s}\n"


@pytest.mark.parametrize("sentence, want", [
    ("地区生产总值实现1135.8亿元,占全市的比重为29.37%,比2015年提高0.56个百分点,增长7.8%。", ("gdp_growth", 2016, "actual", 7.8)),
    ("固定资产投资完成523.7亿元,占全市的比重为17.72%,比2015年低0.2个百分点,增长14.5%。",
     ("fixed_investment_growth", 2016, "actual", 14.5)),
    ("社会消费品零售总额完成464.7亿元,占全市比重达33.19%,增长9.8%。", ("retail_sales_growth", 2016, "actual", 9.8)),
    ("一般公共预算收入完成58.2亿元,占全市的比重为25.1%,同比增长4.9%。", ("fiscal_revenue_growth", 2016, "actual", 4.9)),
    ("地区生产总值实现1135.8亿元,占全市比重为29.37%,同比下降1.2%。", ("gdp_growth", 2016, "actual", -1.2)),
])
def test_a_growth_after_the_name_share_is_its_growth(sentence, want):
    assert want in figures(REPORT.format(s=sentence), FIELDS, meta={"region": "昆都仑区"})


@pytest.mark.parametrize("sentence, value", [
    ("地区生产总值增长7.8%,高于全市,增长8%。", 8.0),
    ("地区生产总值实现1135.8亿元,占全市的比重为29.37%,比2015年提高0.56个百分点。", 0.56),
])
def test_no_share_first_or_no_growth_after_it_reads_nothing_more(sentence, value):
    got = figures(REPORT.format(s=sentence), FIELDS, meta={"region": "昆都仑区"})
    assert not {f for f in got if f[0] == "gdp_growth" and f[3] == value}
