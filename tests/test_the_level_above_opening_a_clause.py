"""The level above named as the subject that opens a clause, a verb between it and the indicator (全市实现地区生产总值…,
全省完成…), makes the clause's figures that level's. Before, only a place right before the name counted, and a county's
analysis that sets the city's total beside its own charted the city's total as the county's, with high confidence
(issue 22, item 5; issue 23, class 4). Negatives: our own whole opening the clause keeps its figures; the level above
after 在 or 居 (a rank, a place among others) takes nothing away; a district's own level opening keeps its figures.
Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
PAGE = "2024年{place}经济运行简析\n{place}统计局\n2025年2月10日\n{body}\n"


def charted(place: str, body: str) -> set[tuple]:
    return figures(PAGE.format(place=place, body=body), FIELDS, meta={"region": place}, charted=True)


@pytest.mark.parametrize("place,body,theirs", [
    ("沐川县", "全市实现地区生产总值2500.3亿元,同比增长4.1%;我县实现地区生产总值120.5亿元。", 2500.3),
    ("沐川县", "2024年,全市完成固定资产投资1800亿元;全县固定资产投资增长9.1%。", 1800.0),
    ("罗湖区", "全市共完成一般公共预算收入4100亿元。全区一般公共预算收入增长2.5%。", 4100.0),
    ("望谟县", "全州实现地区生产总值1600亿元;全县地区生产总值增长5.1%。", 1600.0),
    ("宝安区", "2024年全市实现社会消费品零售总额10900亿元,全区社会消费品零售总额增长3.3%。", 10900.0),
])
def test_the_level_aboves_total_is_not_ours(place, body, theirs):
    got = charted(place, body)
    assert not any(v == theirs for i, y, k, v in got)
    assert got   # our own figure of the text is still read


@pytest.mark.parametrize("place,body,want", [
    ("沐川县", "全县实现地区生产总值120.5亿元,同比增长5.3%。", ("gdp", 2024, "actual", 120.5)),
    ("沐川县", "增速居全市第三,全县完成固定资产投资60.2亿元。", ("fixed_investment", 2024, "actual", 60.2)),
    ("罗湖区", "全区实现地区生产总值2900.1亿元,增长5.1%。", ("gdp", 2024, "actual", 2900.1)),
    ("罗湖区", "在全市率先完成一般公共预算收入110.2亿元。", ("fiscal_revenue", 2024, "actual", 110.2)),
])
def test_our_own_totals_are_kept(place, body, want):
    assert want in charted(place, body)
