"""In a county, a banner or a city (county-level or prefecture-level) of an autonomous region, or of a 地区, 全区 is
the region above, not the place's own whole (a county says 全县, a banner 全旗). Before, 全区 counted as a district's
own word for every county-level place, and the region's growth and aims were charted as the county's, with high
confidence (issue 22, item 5; issue 23, class 4). Negatives: a district's own 全区 stays its own, in an autonomous
region too; a county of a province keeps its 全县 figures. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
RELEASE = "{place}2024年国民经济和社会发展统计公报\n{place}统计局\n2025年4月2日\n{body}\n"
REPORT = "政府工作报告\n——2025年1月8日在{place}第三届人民代表大会第五次会议上\n{place}人民政府\n{body}\n"


def charted(template: str, place: str, body: str) -> set[tuple]:
    return figures(template.format(place=place, body=body), FIELDS, meta={"region": place}, charted=True)


@pytest.mark.parametrize("template,place,body,ours,theirs", [
    (RELEASE, "融水苗族自治县", "2024年,全区地区生产总值增长4.2%,全县地区生产总值增长5.6%。", 5.6, 4.2),
    (RELEASE, "阿巴嘎旗", "2024年,全区地区生产总值增长5.8%;全旗地区生产总值增长7.3%。", 7.3, 5.8),
    (RELEASE, "库车市", "2024年,全区地区生产总值增长6.1%,全市地区生产总值增长8.0%。", 8.0, 6.1),
    (REPORT, "库车市", "2025年主要预期目标:全区地区生产总值增长6%左右,全市地区生产总值增长7%左右。", 7.0, 6.0),
    (RELEASE, "克拉玛依市", "2024年,全区地区生产总值增长6.8%,全市地区生产总值增长6.1%。", 6.1, 6.8),
    (REPORT, "平罗县", "2025年主要预期目标:全区地区生产总值增长5.5%左右,全县地区生产总值增长6.5%左右。", 6.5, 5.5),
])
def test_the_regions_figure_is_not_the_countys(template, place, body, ours, theirs):
    got = charted(template, place, body)
    assert any(i == "gdp_growth" and v == ours for i, y, k, v in got)
    assert not any(v == theirs for i, y, k, v in got)


@pytest.mark.parametrize("place", ["青秀区", "罗湖区"])
def test_a_districts_own_whole_stays_its_own(place):
    got = charted(RELEASE, place, "2024年,全区地区生产总值增长5.6%。")
    assert ("gdp_growth", 2024, "actual", 5.6) in got


def test_a_county_of_a_province_keeps_its_figures():
    got = charted(RELEASE, "沐川县", "2024年,全县地区生产总值增长5.6%,规模以上工业增加值增长8.1%。")
    assert {("gdp_growth", 2024, "actual", 5.6), ("industrial_va_growth", 2024, "actual", 8.1)} <= got
