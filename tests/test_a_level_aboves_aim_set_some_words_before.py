"""The aim a level above sets, named a few words before its target word (全市确定的地区生产总值目标为增长5.5%左右,
全省确定的一般公共预算收入年度目标为增长5%), is that level's, not the document's: before, the level's whole-of word
(全市, 全省) had to stand within eight characters of the target word, so an indicator's name between them let the
city's aim be charted as the district's own (issue 23, class 4: comparisons and other places). Negatives: the
document's own whole (全区确定的…目标) and a county-level city's 全市 are still its own aims. Made-up reports of this
file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
PAGE = ("{p}2024年政府工作报告\n——2024年1月9日在{p}第十八届人民代表大会第四次会议上\n二、2024年主要预期目标\n"
        "{own}{other}\n")


def charted(place: str, own: str, other: str) -> set[tuple]:
    return figures(PAGE.format(p=place, own=own, other=other), FIELDS, meta={"region": place}, charted=True)


@pytest.mark.parametrize("place,other,theirs", [
    ("雁塔区", "全市确定的地区生产总值目标为增长5.5%左右。", ("gdp_growth", 2024, "target", 5.5)),
    ("雁塔区", "全省确定的年度固定资产投资目标为增长4%。", ("fixed_investment_growth", 2024, "target", 4.0)),
    ("临朐县", "全市下达的社会消费品零售总额年度目标是增长6%。", ("retail_sales_growth", 2024, "target", 6.0)),
    ("宝鸡市", "全省确定的一般公共预算收入年度目标为增长5%。", ("fiscal_revenue_growth", 2024, "target", 5.0)),
    ("临朐县", "全市制定的规模以上工业增加值年度目标为增长7%。", ("industrial_va_growth", 2024, "target", 7.0)),
])
def test_the_level_aboves_aim(place, other, theirs):
    got = charted(place, "进出口总额增长3%。", other)
    assert theirs not in got
    assert ("trade_growth", 2024, "target", 3.0) in got


@pytest.mark.parametrize("place,own,ours", [
    ("雁塔区", "全区确定的地区生产总值目标为增长6%左右。", ("gdp_growth", 2024, "target", 6.0)),
    ("临朐县", "全县确定的固定资产投资目标为增长8%。", ("fixed_investment_growth", 2024, "target", 8.0)),
    ("兴化市", "全市确定的地区生产总值目标为增长6%左右。", ("gdp_growth", 2024, "target", 6.0)),
])
def test_our_own_aim(place, own, ours):
    assert ours in charted(place, own, "")
