"""An outcome's gap to its target said as a shortfall (增长6.9%,差计划目标3.1个百分点) or as a change from the target
(比年度目标提高1个百分点, 比年度计划降低2个百分点) gives the target: the outcome minus or plus the gap. Before, only 高于,
低于, 超 and 比…高/低 were read, and these targets were missed (issue 23, class 2: plan reports' reviews of the year).
Negatives: 差 that measures no target (差距) gives nothing; the outcome stays the outcome. Made-up items of this file's
own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "元谋县"}
HEAD = "元谋县2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n2023年2月2日\n"


def charted(item: str) -> set[tuple]:
    return figures(HEAD + item + "\n", FIELDS, meta=META, charted=True)


@pytest.mark.parametrize("gap,target", [
    ("差计划目标3.1个百分点", 10.0),
    ("差年度目标0.9个百分点", 7.8),
    ("比年度目标提高1个百分点", 5.9),
    ("比年度计划降低2个百分点", 8.9),
    ("比预期目标加快0.4个百分点", 6.5),
    ("差年初预期目标1.1个百分点", 8.0),
])
def test_the_target_from_the_gap(gap, target):
    got = charted(f"全县实现地区生产总值126.68亿元,同比增长6.9%,{gap}。")
    assert ("gdp_growth", 2022, "actual", 6.9) in got
    assert ("gdp_growth", 2022, "target", target) in got


@pytest.mark.parametrize("tail", ["与全州的差距缩小1.2个百分点", "差距比上年缩小0.5个百分点"])
def test_a_gap_to_no_target_gives_none(tail):
    got = charted(f"全县实现地区生产总值126.68亿元,同比增长6.9%,{tail}。")
    assert ("gdp_growth", 2022, "actual", 6.9) in got and not {f for f in got if f[2] == "target"}
