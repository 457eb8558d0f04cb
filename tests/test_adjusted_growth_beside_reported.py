"""A growth with some factor taken out (剔除留抵退税影响后同口径增长6%, 扣除价格因素实际增长7.6%) beside the reported growth
of the same figure is not charted: the reported one is the series (issue 23, class of set AF). Made-up texts of this
file's own wording; negatives: such a growth stated alone is charted, labelled comparable, a growth on a comparable
scope (按可比口径) beside the reported one is a series of its own, and a growth at comparable prices is output's real
growth."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
BULLETIN = "某区2023年国民经济和社会发展统计公报\n2024-03-20\n2023年,全区一般公共预算收入49.12亿元,比上年增长14%,{a}6%。"


@pytest.mark.parametrize("adjusted", ["剔除留抵退税政策影响后同口径增长", "剔除减税降费因素,同口径增长", "扣除减税降费因素后增长",
                                      "扣除一次性收入因素后可比增长", "剔除一次性收入因素增长"])
def test_an_adjusted_growth_beside_the_reported_one_is_not_charted(adjusted):
    got = {f for f in figures(BULLETIN.format(a=adjusted), FIELDS, meta={"region": "青白江区"}, charted=True)
           if f[0] == "fiscal_revenue_growth"}
    assert got == {("fiscal_revenue_growth", 2023, "year", "actual", 14.0)}


def test_real_income_growth_beside_the_nominal_is_not_charted():
    text = ("某区2023年国民经济和社会发展统计公报\n2024-03-20\n2023年,全区居民人均可支配收入39055元,同比增长10.4%,"
            "扣除价格因素实际增长7.6%。")
    got = {f for f in figures(text, FIELDS, meta={"region": "青白江区"}, charted=True) if f[0] == "disposable_income_growth"}
    assert got == {("disposable_income_growth", 2023, "year", "actual", 10.4)}


def test_an_adjusted_growth_alone_is_charted():
    text = "某区2023年国民经济和社会发展统计公报\n2024-03-20\n2023年,全区一般公共预算收入49.12亿元,同口径增长6%。"
    assert ("fiscal_revenue_growth", 2023, "year", "actual", 6.0) in figures(
        text, FIELDS, meta={"region": "青白江区"}, charted=True)


def test_a_growth_on_a_comparable_scope_beside_the_reported_one_is_charted():
    got = {f for f in figures(BULLETIN.format(a="按可比口径增长"), FIELDS, meta={"region": "青白江区"}, charted=True)
           if f[0] == "fiscal_revenue_growth"}
    assert got == {("fiscal_revenue_growth", 2023, "year", "actual", 14.0), ("fiscal_revenue_growth", 2023, "year", "actual", 6.0)}


def test_growth_at_comparable_prices_is_charted():
    text = "某区2023年国民经济和社会发展统计公报\n2024-03-20\n2023年,全区地区生产总值153.1亿元,按可比价格计算,比上年增长8.1%。"
    assert ("gdp_growth", 2023, "year", "actual", 8.1) in figures(text, FIELDS, meta={"region": "青白江区"}, charted=True)
