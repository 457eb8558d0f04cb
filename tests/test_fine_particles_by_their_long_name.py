"""PM2.5 named in full with its short name in brackets (细颗粒物(PM2.5)年均浓度) is the indicator (data/indicators.csv,
pm25 aliases). Before, the bracketed short name stood alone and the 年均 after it read as an average over years: the
figure was lost (issue 23, class 7: the extended indicators people expect). Negatives: coarser particles (PM10) are not PM2.5. Made-up
reports in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
PLAN = "云霄县2024年政府工作报告\n——2024年1月10日在云霄县第十八届人民代表大会第四次会议上\n二、2024年主要预期目标\n{s}\n"
BULLETIN = "云霄县2023年国民经济和社会发展统计公报\n云霄县统计局 2024年3月20日\n{s}\n"


def charted(page: str, s: str) -> set[tuple]:
    return figures(page.format(s=s), FIELDS, meta={"region": "云霄县"}, charted=True)


@pytest.mark.parametrize("page,s,want", [
    (PLAN, "细颗粒物(PM2.5)年均浓度30微克/立方米。", ("pm25", 2024, "target", 30.0)),
    (PLAN, "细颗粒物（PM2.5）年均浓度控制在30微克/立方米以内。", ("pm25", 2024, "target", 30.0)),
    (PLAN, "细颗粒物(PM2.5)年均浓度不高于32微克/立方米。", ("pm25", 2024, "target", 32.0)),
    (BULLETIN, "全年细颗粒物(PM2.5)年均浓度为24微克/立方米。", ("pm25", 2023, "actual", 24.0)),
    (BULLETIN, "细颗粒物(PM2.5)年均浓度27微克/立方米,下降3.6%。", ("pm25", 2023, "actual", 27.0)),
])
def test_the_long_name_is_pm25(page, s, want):
    assert want in charted(page, s)


def test_coarser_particles_are_not_pm25():
    got = charted(BULLETIN, "可吸入颗粒物(PM10)年均浓度45微克/立方米。")
    assert not any(i == "pm25" for i, y, k, v in got)
