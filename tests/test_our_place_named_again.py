"""A county's report often gives the level above first and its own figure after it, naming the indicator once:
"the prefecture's output grew a%, ours b%". The second figure is the county's own figure of the same indicator and was
lost (issue 23, class 4, and issue 22, item 5: another place's figure told apart from ours). The words a county uses for
the prefecture or league above it (全州, 我州, 全盟) also mark that level's figures, as 全市 and 全省 do. Before, they did
not, and the prefecture's target was charted as the county's. Negatives: the other place's figure stays out; a clause
naming ours with another indicator, or with no figure, adds nothing; a list between the two adds nothing; nor does a
rank between them; our figure given first is not doubled. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
RELEASE = "{place}2024年国民经济和社会发展统计公报\n{place}统计局\n2025年3月20日\n{body}\n"
REPORT = ("政府工作报告\n——2025年1月10日在{place}第十八届人民代表大会第五次会议上\n{place}人民政府县长\n{body}\n")


def charted(template: str, place: str, body: str) -> set[tuple]:
    return figures(template.format(place=place, body=body), FIELDS, meta={"region": place}, charted=True)


@pytest.mark.parametrize("place,body,want", [
    ("沐川县", "2024年,全市地区生产总值增长4.1%,我县增长5.3%,高于全市1.2个百分点。", ("gdp_growth", 2024, "actual", 5.3)),
    ("沐川县", "全市规模以上工业增加值增长6.0%,全县同比增长8.2%。", ("industrial_va_growth", 2024, "actual", 8.2)),
    ("罗湖区", "全市进出口总额增长16.4%,罗湖区增长12.0%。", ("trade_growth", 2024, "actual", 12.0)),
    ("罗湖区", "全市规模以上工业增加值增长9.0%,我区下降2.0%。", ("industrial_va_growth", 2024, "actual", -2.0)),
    ("望谟县", "全州地区生产总值同比增长4.6%,其中我县增长5.1%。", ("gdp_growth", 2024, "actual", 5.1)),
    ("沐川县", "全市一般公共预算收入增长3.1%,其中,全县增长4.4%。", ("fiscal_revenue_growth", 2024, "actual", 4.4)),
    ("沐川县", "全市地区生产总值1500亿元,增长4.1%,我县增长5.3%。", ("gdp_growth", 2024, "actual", 5.3)),
    ("沐川县", "全市地区生产总值增长4.1%;我县增长5.3%。", ("gdp_growth", 2024, "actual", 5.3)),
    ("沐川县", "全市实现一般公共预算收入210亿元,增长3.1%;全县增长4.4%。", ("fiscal_revenue_growth", 2024, "actual", 4.4)),
    ("广西壮族自治区", "全国规模以上工业增加值增长5.8%,全区增长7.1%。", ("industrial_va_growth", 2024, "actual", 7.1)),
])
def test_our_figure_after_the_level_above_is_ours(place, body, want):
    got = charted(RELEASE, place, body)
    assert want in got
    assert not any(v != want[3] and i == want[0] for i, y, k, v in got)


@pytest.mark.parametrize("body,ours,theirs", [
    ("2025年主要预期目标是:全州地区生产总值预期增长5.5%,全县力争增长6.5%左右。", 6.5, 5.5),
    ("2025年主要预期目标是:全州地区生产总值增长5.5%左右,我县增长7%左右。", 7.0, 5.5),
    ("2025年主要预期目标是:我州地区生产总值增长5.5%,本县增长7%以上。", 7.0, 5.5),
])
def test_a_prefectures_aim_is_not_the_countys(body, ours, theirs):
    got = charted(REPORT, "望谟县", body)
    assert ("gdp_growth", 2025, "target", ours) in got
    assert not any(v == theirs for i, y, k, v in got)


def test_a_leagues_figure_is_not_the_banners():
    got = charted(RELEASE, "阿巴嘎旗", "全盟地区生产总值增长6.2%,全旗增长7.4%。")
    assert ("gdp_growth", 2024, "actual", 7.4) in got and not any(v == 6.2 for i, y, k, v in got)


@pytest.mark.parametrize("body", [
    "全市地区生产总值增长4.1%,我县经济运行总体平稳。",
    "全市地区生产总值增长4.1%,全县一般公共预算收入增长2.0%。",
    "全市地区生产总值增长4.1%、固定资产投资增长3.0%,我县增长5.3%。",
    "全市地区生产总值增长4.1%,居全省第3位,我县增长5.3%。",
])
def test_no_figure_of_ours_is_made_up(body):
    got = charted(RELEASE, "沐川县", body)
    assert not any(i == "gdp_growth" for i, y, k, v in got)


def test_our_figure_first_is_not_doubled():
    got = charted(RELEASE, "沐川县", "全县地区生产总值增长5.3%,全市增长4.1%。")
    assert {v for i, y, k, v in got if i == "gdp_growth"} == {5.3}


@pytest.mark.parametrize("ours", ["全县民宿旅游增长25.0%", "全县客流量增长25.0%", "我县网购增长25.0%"])
def test_an_unknown_name_between_takes_nothing(ours):
    got = charted(RELEASE, "沐川县", "全市固定资产投资增长3.0%," + ours + "。")
    assert not any(v == 25.0 for i, y, k, v in got)
