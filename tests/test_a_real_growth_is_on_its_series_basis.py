"""A growth of output said to be at comparable prices (按可比价格计算,比上年增长5.9%; 按可比价计算) is how its series is
measured, the real growth: its basis is the reported one, as the same growth stated without the words. Before, 可比价
labelled it "comparable", a scope adjustment in the data dictionary (同口径, 可比口径), so a bulletin's GDP growth was
drawn apart from the same series in work reports (61 charted figures of the development texts). Negatives: a growth on
a like-for-like scope (同口径增长) stays comparable; an income's growth at comparable prices, whose headline is at
current prices, stays comparable. Made-up bulletins of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "value", "basis")
BULLETIN = "费县2023年国民经济和社会发展统计公报\n费县统计局 2024年3月12日\n{s}\n"


def charted(sentence: str) -> set[tuple]:
    return figures(BULLETIN.format(s=sentence), FIELDS, meta={"region": "费县"}, charted=True)


@pytest.mark.parametrize("sentence,figure", [
    ("全年地区生产总值212.6亿元,按可比价格计算,比上年增长5.9%。", ("gdp_growth", 2023, 5.9, "reported")),
    ("全年地区生产总值按可比价计算增长6.1%。", ("gdp_growth", 2023, 6.1, "reported")),
    ("全年规模以上工业增加值按可比价格计算增长8.2%。", ("industrial_va_growth", 2023, 8.2, "reported")),
    ("全年实现地区生产总值(GDP)300亿元,按可比价格计算增长4.4%。", ("gdp_growth", 2023, 4.4, "reported")),
    ("初步核算,全年生产总值156.2亿元,按可比价格计算,同比增长7%。", ("gdp_growth", 2023, 7.0, "reported")),
])
def test_a_real_growth_is_reported(sentence, figure):
    assert figure in charted(sentence)


def test_a_like_for_like_growth_stays_comparable():
    got = charted("全年一般公共预算收入11.3亿元,同口径增长7.1%。")
    assert ("fiscal_revenue_growth", 2023, 7.1, "comparable") in got


def test_an_incomes_growth_at_comparable_prices_stays_comparable():
    got = charted("全年居民人均可支配收入32000元,按可比价格计算增长5.2%。")
    assert ("disposable_income_growth", 2023, 5.2, "comparable") in got
