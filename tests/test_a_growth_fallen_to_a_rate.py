"""A growth that slowed to a rate over the year (…一季度增长10.1%,全年回落至7.7%; 全年回落到9.9%) is that rate, not a fall:
the verb of slowing with 至 or 到 before the number names the level the growth came down to. A fall said plainly
(下降4.3%) and a slowing by points (回落2.1个百分点,增长5.5%) are read as before (issue 23). Made-up sentences in this
file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
HEAD = "某县统计局  2024-01-20\n\n2023年全县经济运行情况\n\n"


def _read(sentence: str) -> set[tuple]:
    return figures(HEAD + sentence + "\n", FIELDS, meta={"region": "安吉县"})


@pytest.mark.parametrize("sentence, fact", [
    ("全县规模以上工业增加值一季度增长10.1%,全年回落至7.7%。", ("industrial_va_growth", 2023, "year", "actual", 7.7)),
    ("全县居民人均可支配收入上半年增长7.4%,全年回落至6.2%。", ("disposable_income_growth", 2023, "year", "actual", 6.2)),
    ("全县固定资产投资1—9月增长12.5%,全年回落到9.9%。", ("fixed_investment_growth", 2023, "year", "actual", 9.9)),
    ("全县一般公共预算收入上半年增长15.2%,全年回落到11.4%。", ("fiscal_revenue_growth", 2023, "year", "actual", 11.4)),
    ("截至11月,全县固定资产投资增速还保持在9.7%,全年回落至8.4%。", ("fixed_investment_growth", 2023, "year", "actual", 8.4)),
], ids=["industry", "income", "investment", "revenue", "after-a-clause-of-the-rate"])
def test_slowed_to_a_rate_is_that_rate(sentence, fact):
    got = _read(sentence)
    assert fact in got and (*fact[:4], -fact[4]) not in got, got


def test_the_part_years_rate_before_it_stays():
    assert ("industrial_va_growth", 2023, "Q1", "actual", 10.1) in _read("全县规模以上工业增加值一季度增长10.1%,全年回落至7.7%。")


def test_a_plain_fall_is_still_a_fall():
    assert ("industrial_va_growth", 2023, "year", "actual", -4.3) in _read("全县规模以上工业增加值全年下降4.3%。")


def test_a_slowing_by_points_leaves_the_growth_after_it():
    got = _read("全县固定资产投资全年回落2.1个百分点,增长5.5%。")
    assert ("fixed_investment_growth", 2023, "year", "actual", 5.5) in got, got
