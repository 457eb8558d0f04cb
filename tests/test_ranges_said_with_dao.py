"""A range said with 到 (增长6%到7%, 6到7%) is a range as 6%-7% and 6%至7% are: its low and high ends both read (issue 23,
found by writing a target's range every way a report may: 到 alone was read as a point, the low end, a target of 6%
where 6% to 7% was set). Negatives: the other separators read as before; 增长到 between two sums (由100亿元增长到200亿元)
is no range. Made-up texts of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value", "value_high")


def read(items: str) -> set[tuple]:
    text = f"宁县2024年政府工作报告\n今年全县经济社会发展的主要预期目标是:{items}。\n"
    return figures(text, FIELDS, meta={"region": "宁县", "date": "2024-01-10"})


@pytest.mark.parametrize("items,figure", [
    ("地区生产总值增长6%到7%", ("gdp_growth", 2024, "target", 6.0, 7.0)),
    ("地区生产总值增长6到7%", ("gdp_growth", 2024, "target", 6.0, 7.0)),
    ("固定资产投资增长8%到10%", ("fixed_investment_growth", 2024, "target", 8.0, 10.0)),
    ("一般公共预算收入增长5.5%到6%", ("fiscal_revenue_growth", 2024, "target", 5.5, 6.0)),
    ("社会消费品零售总额增长7% 到 8%", ("retail_sales_growth", 2024, "target", 7.0, 8.0)),
])
def test_a_range_said_with_dao_is_a_range(items, figure):
    assert figure in read(items)


@pytest.mark.parametrize("items", ["地区生产总值增长6%-7%", "地区生产总值增长6%至7%"])
def test_the_other_separators_read_as_before(items):
    assert ("gdp_growth", 2024, "target", 6.0, 7.0) in read(items)


def test_growth_to_a_sum_is_no_range():
    rows = figures("宁县经济概况\n2023年,全县地区生产总值由100亿元增长到200亿元。\n", FIELDS, meta={"region": "宁县"})
    assert not [r for r in rows if r[4] is not None]
