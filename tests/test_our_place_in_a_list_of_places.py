"""Places listed before one name, their values given in order by 分别 (全市、全县地区生产总值分别增长4.1%和5.3%): the
value in our place's position is ours. Before, one name with several values said nothing, and the county's figure was
lost (issue 23, class 5: 分别 lists aligned to their subjects; issue 22, item 5). Negatives: no value is taken when
the list and the values differ in number, when our place is not in the list or is in it twice, when an item is no
place, or when no 分别 pairs them. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
HEAD = "沐川县2024年国民经济和社会发展统计公报\n沐川县统计局\n2025年3月28日\n"


def charted(body: str) -> set[tuple]:
    return figures(HEAD + body + "\n", FIELDS, meta={"region": "沐川县"}, charted=True)


@pytest.mark.parametrize("body,want", [
    ("2024年,全市、全县地区生产总值分别增长4.1%和5.3%。", ("gdp_growth", 2024, "actual", 5.3)),
    ("全县、全市地区生产总值分别增长5.3%和4.1%。", ("gdp_growth", 2024, "actual", 5.3)),
    ("全省、全市和全县规模以上工业增加值分别增长6.1%、6.0%和8.2%。", ("industrial_va_growth", 2024, "actual", 8.2)),
    ("我县与全省固定资产投资分别增长9.1%、3.0%。", ("fixed_investment_growth", 2024, "actual", 9.1)),
    ("全国、全省、全市及我县社会消费品零售总额分别增长3.5%、4.0%、4.2%和7.1%。", ("retail_sales_growth", 2024, "actual", 7.1)),
])
def test_our_value_by_our_place_in_the_list(body, want):
    got = charted(body)
    assert want in got
    assert not any(i == want[0] and v != want[3] for i, y, k, v in got)


@pytest.mark.parametrize("body", [
    "全国、全省、全市社会消费品零售总额分别增长3.5%、4.0%和4.2%。",
    "全市、全县一般公共预算收入分别增长3.1%、4.4%和5.0%。",
    "全县、全县地区生产总值分别增长5.3%和4.1%。",
    "全市、城区地区生产总值分别增长4.1%和5.3%。",
    "全市、全县地区生产总值增长4.1%和5.3%。",
])
def test_no_value_is_taken_from_an_odd_list(body):
    got = charted(body)
    assert not got
